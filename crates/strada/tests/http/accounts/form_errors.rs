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
    let page = wrong.html();
    for field in ["email", "password"] {
        assert!(page.has(&format!("input#{field}")), "{field}");
        assert!(
            page.invalid_and_described_by(field, "sign-in-error"),
            "{field}: {}",
            wrong.body
        );
    }

    let (password, _) = enrolled(&mut browser, "ana@lastrada.md", "case-worker").await;
    let wrong = browser
        .change_password("not-it-at-all", "a-much-better-passphrase")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.html().error_beside("current-password").is_some(),
        "{}",
        wrong.body
    );
    let weak = browser.change_password(&password, "short").await;
    let page = weak.html();
    assert!(page.text_by_id("new-password-error").is_some());
    assert!(page.text_by_id("current-password-error").is_none());
    let unnamed = browser
        .submit("/staff/account", "/staff/account/tokens", &[("name", " ")])
        .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = unnamed.html();
    assert!(
        page.described_by("token-name")
            .contains(&"token-name-error".to_owned())
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
    let page = refused.html();
    let field = format!("role-{}", ana.id);
    assert!(page.error_beside(&field).is_some(), "{}", refused.body);
    assert!(
        page.links().contains(&format!("#{field}")),
        "the summary links it"
    );
}
