//! Invitations: the token never travels in a path, the link is shown whole, the role starts
//! at the least powerful, an address of another organisation answers like a new one, and
//! errors name their field.

use reqwest::StatusCode;

use super::enrolled;
use crate::{Client, TestApp};

/// Accepts the invitation at `link` with a new password, from the form that link shows.
pub(crate) async fn accept_invitation(
    newcomer: &mut Client<'_>,
    link: &str,
    new_password: &str,
) -> crate::Answer {
    let token = token_of(link);
    newcomer
        .submit(
            link,
            "/invitation",
            &[("token", &token), ("new_password", new_password)],
        )
        .await
}

/// The invitation link in a page, as a path with its query (`/invitation?token=…`).
pub(crate) fn invitation_link(app: &TestApp, html: &str) -> String {
    let full = format!("{}/invitation?token=", app.base);
    let start = html
        .find(&full)
        .unwrap_or_else(|| panic!("no full invitation link in {html}"));
    let end = start + html[start..].find('<').unwrap();
    html[start + app.base.len()..end].to_owned()
}

/// The token in an invitation link.
pub(crate) fn token_of(link: &str) -> String {
    link.split_once("token=").unwrap().1.to_owned()
}

fn organisation_id(app: &TestApp, slug: &str) -> String {
    app.server()
        .state
        .directory()
        .organisation(slug)
        .unwrap()
        .id
        .to_string()
}

async fn invite(
    admin: &mut Client<'_>,
    email: &str,
    role: &str,
    organisation: &str,
) -> crate::Answer {
    admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", email),
                ("name", "New Colleague"),
                ("role", role),
                ("organisation", organisation),
            ],
        )
        .await
}

#[tokio::test]
async fn an_invitation_link_keeps_its_token_out_of_the_path_and_the_password_set_is_confirmed() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    let users = admin.get("/staff/users").await;
    assert!(
        users.body.contains("<option value=\"analyst\" selected>"),
        "an invitation starts at the least powerful role"
    );
    let moldova = organisation_id(&app, "la-strada-moldova");
    let invited = invite(&mut admin, "new@lastrada.md", "analyst", &moldova).await;
    assert_eq!(invited.status, StatusCode::CREATED, "{}", invited.body);
    // The full address, to send as it is.
    let link = invitation_link(&app, &invited.body);
    let token = token_of(&link);
    assert_eq!(token.len(), 64);
    assert_eq!(
        app.get(&format!("/invite/{token}")).await.status,
        StatusCode::NOT_FOUND,
        "no token in a path"
    );
    let mut newcomer = Client::new(&app);
    let page = newcomer.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let form = page.html();
    assert!(form.has("form[action=\"/invitation\"]"));
    assert_eq!(
        form.attributes("form[action=\"/invitation\"] input[name=token]", "value"),
        [token.as_str()]
    );
    let accepted = accept_invitation(&mut newcomer, &link, "willow-compass-amber").await;
    assert_eq!(accepted.header("location"), "/login?password-set");
    let confirmation = newcomer.get("/login?password-set").await;
    assert!(
        confirmation.body.contains("role=\"status\"")
            && confirmation.body.contains("Your password is set"),
        "{}",
        confirmation.body
    );
    assert_eq!(
        newcomer
            .sign_in_leads_to("new@lastrada.md", "willow-compass-amber")
            .await,
        "/staff/"
    );
}

#[tokio::test]
async fn inviting_an_address_of_another_organisation_answers_as_a_new_address_does() {
    let app = TestApp::spawn().await;
    let olga_password = app
        .create_user("olga@la-strada.org.ua", "case-worker", "la-strada-ukraine")
        .await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    let moldova = organisation_id(&app, "la-strada-moldova");
    let new = invite(&mut admin, "new@lastrada.md", "analyst", &moldova).await;
    let elsewhere = invite(&mut admin, "olga@la-strada.org.ua", "analyst", &moldova).await;
    assert_eq!(new.status, StatusCode::CREATED);
    assert_eq!(elsewhere.status, new.status);
    let notice = |body: &str| {
        body[body.find("role=\"status\"").unwrap()..]
            .split("</p>")
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(notice(&elsewhere.body), notice(&new.body));
    let link = invitation_link(&app, &elsewhere.body);
    invitation_link(&app, &new.body);
    let users = admin.get("/staff/users").await.body;
    for email in ["new@lastrada.md", "olga@la-strada.org.ua"] {
        let row = &users[users.find(email).unwrap()..];
        let row = &row[..row.find("</tr>").unwrap()];
        assert!(row.contains("Invited"), "{email} is listed alike: {row}");
    }
    // The operator's list shows the waiting invitation too.
    let listed = String::from_utf8(app.strada(&["user", "list"], "").stdout).unwrap();
    let line = listed
        .lines()
        .find(|line| line.starts_with("new@lastrada.md"))
        .unwrap_or_else(|| panic!("{listed}"));
    assert!(line.ends_with("\tinvited"), "{line}");
    // Opening the link answers as an accepted invitation does, whoever opens it (the inviting
    // administrator too), and uses it up; nothing of the existing account changes.
    let mut olga = Client::new(&app);
    let answered = olga
        .submit(
            &link,
            "/invitation",
            &[
                ("token", &token_of(&link)),
                ("new_password", "willow-compass-amber"),
            ],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    assert_eq!(answered.header("location"), "/login?password-set");
    assert_eq!(
        olga.get(&link).await.status,
        StatusCode::NOT_FOUND,
        "used up, like an accepted one"
    );
    assert_eq!(
        olga.sign_in_leads_to("olga@la-strada.org.ua", &olga_password)
            .await,
        "/staff/enrol",
        "her account and password are unchanged"
    );
    // An address the administrator already sees is named as taken, beside its field.
    let own = invite(&mut admin, "new@lastrada.md", "analyst", &moldova).await;
    assert_eq!(own.status, StatusCode::CREATED, "still only an invitation");
    let colleague = invite(&mut admin, "boss@lastrada.md", "analyst", &moldova).await;
    assert_eq!(colleague.status, StatusCode::CONFLICT);
    assert!(colleague.html().error_beside("invite-email").is_some());
}

#[tokio::test]
async fn an_invitation_with_errors_names_each_field_in_error() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    let moldova = organisation_id(&app, "la-strada-moldova");
    let bad = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "not-an-email"),
                ("name", ""),
                ("role", "analyst"),
                ("organisation", &moldova),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &bad.body;
    let page = bad.html();
    assert!(page.has("#error-summary[role=\"alert\"]"));
    for field in ["email", "name"] {
        let field = format!("invite-{field}");
        assert!(page.error_beside(&field).is_some(), "{field}: {body}");
        assert!(page.links().contains(&format!("#{field}")));
    }
    assert!(page.text_by_id("invite-role-error").is_none());
    assert!(page.text_by_id("invite-organisation-error").is_none());
    assert!(
        body.contains("value=\"not-an-email\""),
        "the form keeps what was typed"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM staff_invitations").await,
        0,
        "nothing is stored"
    );
}
