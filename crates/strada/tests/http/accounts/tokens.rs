//! API tokens act only as far as their user could through a signed-in session with every
//! factor their role needs, and changes to the user end them.

use reqwest::StatusCode;

use super::enrolled;
use crate::{Client, TestApp};

async fn me(app: &TestApp, token: &str) -> StatusCode {
    app.get_with_token("/api/v1/me", token).await.status
}

async fn consultations(app: &TestApp, token: &str) -> StatusCode {
    app.get_with_token("/api/v1/consultations", token)
        .await
        .status
}

/// A token made on the account page; answers it.
async fn token_from_account_page(browser: &mut Client<'_>) -> String {
    let created = browser
        .submit(
            "/staff/account",
            "/staff/account/tokens",
            &[("name", "script")],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let marker = "id=\"new-token\" class=\"wrap-anywhere\">";
    let start = created.body.find(marker).unwrap() + marker.len();
    created.body[start..start + created.body[start..].find('<').unwrap()].to_owned()
}

#[tokio::test]
async fn a_token_of_a_user_who_never_enrolled_reads_nothing_and_cannot_be_made() {
    let app = TestApp::spawn().await;
    app.create_user("ion@lastrada.md", "hotline-consultant", "la-strada-moldova")
        .await;
    // A token that exists already (made before this rule) does not act.
    let store = app.server().state.store();
    let ion = app.user("ion@lastrada.md").await;
    let token = format!("strada_{}", strada_store::accounts::random_token());
    store
        .create_api_token(ion.id, "old", &strada_store::accounts::digest(&token))
        .await
        .unwrap();
    assert_eq!(me(&app, &token).await, StatusCode::UNAUTHORIZED);
    assert_eq!(consultations(&app, &token).await, StatusCode::UNAUTHORIZED);
    let output = app.strada(
        &[
            "token",
            "create",
            "--email",
            "ion@lastrada.md",
            "--name",
            "cli",
        ],
        "",
    );
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("second factor"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stdout.is_empty(), "no token is printed");
}

#[tokio::test]
async fn a_change_of_role_ends_the_users_tokens() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    app.create_user("ana@lastrada.md", "analyst", "la-strada-moldova")
        .await;
    // An analyst needs no second factor: their token acts, on aggregates.
    let token = app.api_token("ana@lastrada.md").await;
    assert_eq!(me(&app, &token).await, StatusCode::OK);
    let ana = app.user("ana@lastrada.md").await;
    let changed = admin.change_role(ana.id, "hotline-consultant").await;
    assert_eq!(changed.header("location"), "/staff/users");
    assert_eq!(me(&app, &token).await, StatusCode::UNAUTHORIZED);
    assert_eq!(consultations(&app, &token).await, StatusCode::UNAUTHORIZED);
    // Changing back does not bring it back: the token was ended, not suspended.
    admin.change_role(ana.id, "analyst").await;
    assert_eq!(me(&app, &token).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_password_change_and_a_reset_of_the_second_factor_end_the_users_tokens() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let (password, _) = enrolled(&mut browser, "ion@lastrada.md", "hotline-consultant").await;
    let token = token_from_account_page(&mut browser).await;
    assert_eq!(consultations(&app, &token).await, StatusCode::OK);
    let changed = browser
        .change_password(&password, "a-much-better-passphrase")
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(me(&app, &token).await, StatusCode::UNAUTHORIZED);

    let token = token_from_account_page(&mut browser).await;
    assert_eq!(me(&app, &token).await, StatusCode::OK);
    let reset = browser
        .reset_second_factor("a-much-better-passphrase")
        .await;
    assert_eq!(reset.header("location"), "/staff/enrol");
    assert_eq!(me(&app, &token).await, StatusCode::UNAUTHORIZED);
    assert_eq!(consultations(&app, &token).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn api_tokens_act_as_their_user_until_revoked_or_the_user_is_disabled() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    enrolled(&mut browser, "ana@lastrada.md", "hotline-consultant").await;
    let created = browser
        .submit(
            "/staff/account",
            "/staff/account/tokens",
            &[("name", "reporting script")],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK);
    let start = created
        .body
        .find("id=\"new-token\" class=\"wrap-anywhere\">")
        .unwrap()
        + "id=\"new-token\" class=\"wrap-anywhere\">".len();
    let token = created.body[start..start + created.body[start..].find('<').unwrap()].to_owned();
    assert!(token.starts_with("strada_"));
    assert!(
        !browser.get("/staff/account").await.body.contains(&token),
        "shown once"
    );

    let me = app.get_with_token("/api/v1/me", &token).await;
    assert_eq!(me.status, StatusCode::OK);
    let me = me.json();
    assert_eq!(me["email"], "ana@lastrada.md");
    assert_eq!(me["organisation"], "la-strada-moldova");
    assert_eq!(me["role"], "hotline-consultant");
    assert!(me["name"].is_string());
    // A session cookie is never an API credential.
    let cookie = browser.cookie.clone().unwrap();
    let with_cookie = app.get_with("/api/v1/me", &[("cookie", &cookie)]).await;
    assert_eq!(with_cookie.status, StatusCode::UNAUTHORIZED);
    assert_eq!(with_cookie.json()["error"]["code"], "unauthorised");
    assert_eq!(
        app.get_with("/api/v1/me", &[("authorization", "Bearer strada_nope")])
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );

    let page = browser.get("/staff/account").await;
    let id_start =
        page.body.find("name=\"token\" value=\"").unwrap() + "name=\"token\" value=\"".len();
    let id = page.body[id_start..id_start + 36].to_owned();
    let revoked = browser
        .submit(
            "/staff/account",
            "/staff/account/tokens/revoke",
            &[("token", &id)],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::OK);
    assert_eq!(
        app.get_with_token("/api/v1/me", &token).await.status,
        StatusCode::UNAUTHORIZED
    );

    // From the command line; refused once the user is disabled.
    let token = app.strada_succeeds(
        &[
            "token",
            "create",
            "--email",
            "ana@lastrada.md",
            "--name",
            "cli",
        ],
        "",
    );
    assert_eq!(
        app.get_with_token("/api/v1/me", &token).await.status,
        StatusCode::OK
    );
    let output = app.strada(&["user", "disable", "--email", "ana@lastrada.md"], "");
    assert!(output.status.success());
    assert_eq!(
        app.get_with_token("/api/v1/me", &token).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        browser.location_of("/staff/").await,
        "/login",
        "disabling ends the sessions"
    );
}
