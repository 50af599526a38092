//! Errors on the accounts' forms speak the reader's language, sit next to their field and are
//! announced: no bare English text and no code shown to a person.

use reqwest::StatusCode;

use super::enrolled;
use crate::{Client, TestApp};

#[tokio::test]
async fn a_refused_form_answers_a_translated_page() {
    let app = TestApp::spawn().await;
    // No CSRF token, from a Romanian browser.
    let answer = app
        .client
        .post(format!("{}/login", app.base))
        .header("accept-language", "ro")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=a%40b.org&password=x")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert!(
        answer
            .headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let body = answer.text().await.unwrap();
    assert!(body.contains("<html lang=\"ro\""), "{body}");
    assert!(body.contains("Acest formular a expirat"), "{body}");
    assert!(body.contains("role=\"alert\""));

    // A signed-in user's form, in the user's language.
    let mut browser = Client::new(&app);
    enrolled(&mut browser, "ana@lastrada.md", "case-worker").await;
    let chosen = browser
        .submit(
            "/staff/account",
            "/staff/account/language",
            &[("language", "uk")],
        )
        .await;
    assert_eq!(chosen.header("location"), "/staff/account");
    let forged = browser
        .post("/staff/account/tokens", &[("name", "forged")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged.body.contains("<html lang=\"uk\""));
    assert!(forged.body.contains("Термін дії цієї форми минув"));
}

#[tokio::test]
async fn errors_on_the_sign_in_and_account_forms_sit_next_to_their_field() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let wrong = browser.sign_in("nobody@lastrada.md", "whatever").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    for field in ["email", "password"] {
        let start = wrong.body.find(&format!("<input id=\"{field}\"")).unwrap();
        let input = &wrong.body[start..start + wrong.body[start..].find('>').unwrap()];
        assert!(
            input.contains("aria-invalid=\"true\"")
                && input.contains("aria-describedby=\"sign-in-error\""),
            "{input}"
        );
    }

    let (password, _) = enrolled(&mut browser, "ana@lastrada.md", "case-worker").await;
    let wrong = browser
        .change_password("not-it-at-all", "a-much-better-passphrase")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("id=\"current-password-error\""));
    assert!(
        wrong
            .body
            .contains("aria-invalid=\"true\" aria-describedby=\"current-password-error\"")
    );
    let weak = browser.change_password(&password, "short").await;
    assert!(weak.body.contains("id=\"new-password-error\""));
    assert!(!weak.body.contains("id=\"current-password-error\""));
    let unnamed = browser
        .submit("/staff/account", "/staff/account/tokens", &[("name", " ")])
        .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unnamed
            .body
            .contains("aria-describedby=\"token-name-error\"")
    );
}

#[tokio::test]
async fn when_the_database_does_not_answer_the_sign_in_says_so_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let page = browser.get("/login").await;
    let token = crate::csrf_token(&page.body);
    app.server().state.store().close().await;
    let answer = app
        .client
        .post(format!("{}/login", app.base))
        .header("accept-language", "pl")
        .header("cookie", browser.cookie.clone().unwrap())
        .header("content-type", "application/x-www-form-urlencoded")
        .body(crate::form_body(&[
            ("csrf_token", &token),
            ("email", "ana@lastrada.md"),
            ("password", "whatever-it-is"),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body = answer.text().await.unwrap();
    assert!(body.contains("<html lang=\"pl\""), "{body}");
    assert!(body.contains("Nic nie zostało zmienione"), "{body}");
}

#[tokio::test]
async fn a_refused_role_change_is_shown_beside_that_users_role() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    app.create_user("ana@lastrada.md", "case-worker", "la-strada-moldova")
        .await;
    let ana = app.user("ana@lastrada.md").await;
    let refused = admin.change_role(ana.id, "network-admin").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains(&format!("id=\"role-{}-error\"", ana.id))
    );
    assert!(refused.body.contains(&format!(
        "aria-invalid=\"true\" aria-describedby=\"role-{}-error\"",
        ana.id
    )));
    assert!(refused.body.contains(&format!("href=\"#role-{}\"", ana.id)));
}
