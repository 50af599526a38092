//! The sign-in limits hold under concurrency: each attempt is taken from the limit in one
//! atomic statement before the password is checked, and nothing typed is stored.

use std::net::{IpAddr, Ipv4Addr};

use futures_util::future::join_all;
use reqwest::StatusCode;

use crate::{Client, TestApp, csrf_token};

/// The form cookie and CSRF token a browser gets from `/login`.
async fn sign_in_form(app: &TestApp) -> (String, String) {
    let mut browser = Client::new(app);
    let page = browser.get("/login").await;
    (browser.cookie.unwrap(), csrf_token(&page.body))
}

/// Posts the sign-in form from the network address `from`.
async fn post_sign_in(
    app: &TestApp,
    from: IpAddr,
    form: &(String, String),
    email: &str,
    password: &str,
) -> StatusCode {
    let client = reqwest::Client::builder()
        .local_address(from)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    client
        .post(format!("{}/login", app.base))
        .header("cookie", &form.0)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(crate::form_body(&[
            ("csrf_token", form.1.as_str()),
            ("email", email),
            ("password", password),
        ]))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn concurrent_wrong_passwords_for_one_account_get_at_most_five_password_checks() {
    let app = TestApp::spawn().await;
    let password = app
        .create_user("ion@lastrada.md", "hotline-consultant", "la-strada-moldova")
        .await;
    let form = sign_in_form(&app).await;
    // 120 at once, each from its own address, so that only the account's limit applies.
    let answers = join_all((0..120u8).map(|index| {
        let from = IpAddr::V4(Ipv4Addr::new(127, 0, 1, index + 1));
        post_sign_in(&app, from, &form, "ion@lastrada.md", "a-wrong-password")
    }))
    .await;
    assert!(
        answers
            .iter()
            .all(|status| *status == StatusCode::UNAUTHORIZED),
        "{answers:?}"
    );
    let checked = app
        .count("SELECT COUNT(*) FROM audit_events WHERE action = 'sign_in_failed'")
        .await;
    assert!(checked <= 5, "{checked} password checks for a limit of 5");
    assert_eq!(
        app.count("SELECT MAX(attempts) FROM rate_limit_counts WHERE name = 'sign-in-account'")
            .await,
        5,
        "the limiter counted five attempts and refused the rest"
    );
    // Locked: the right password is refused too.
    let from = IpAddr::V4(Ipv4Addr::new(127, 0, 2, 1));
    assert_eq!(
        post_sign_in(&app, from, &form, "ion@lastrada.md", &password).await,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn concurrent_failures_from_one_address_get_429_past_its_limit() {
    let app = TestApp::spawn().await;
    let form = sign_in_form(&app).await;
    let from = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let emails: Vec<String> = (0..120)
        .map(|index| format!("guess{index}@example.org"))
        .collect();
    let answers = join_all(
        emails
            .iter()
            .map(|email| post_sign_in(&app, from, &form, email, "not-a-password")),
    )
    .await;
    let slowed = answers
        .iter()
        .filter(|status| **status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(
        slowed, 100,
        "twenty attempts pass, the rest are slowed: {answers:?}"
    );
    assert!(
        answers.iter().all(
            |status| [StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(status)
        )
    );
}

#[tokio::test]
async fn what_was_typed_as_the_email_is_never_stored() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    // People sometimes type their password into the email field.
    let typed = "my-secret-passphrase-typed-in-the-wrong-field";
    let answer = browser.sign_in(typed, "whatever").await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM rate_limit_counts WHERE subject_digest LIKE '%{typed}%'"
        ))
        .await,
        0
    );
    assert!(
        app.count("SELECT COUNT(*) FROM rate_limit_counts").await >= 2,
        "the attempt was counted, per account and per address"
    );
    let failures_table = app
        .try_execute_sql("SELECT COUNT(*) FROM sign_in_failures")
        .await;
    assert!(
        failures_table.is_err(),
        "the table of clear failures is gone"
    );
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM audit_events WHERE target LIKE '%{typed}%' OR actor LIKE '%{typed}%'")
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_signed_in_session_cannot_guess_the_password_faster_than_the_sign_in_form() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let (password, _) = super::enrolled(&mut browser, "ana@lastrada.md", "case-worker").await;
    let page = browser.get("/staff/account").await;
    let token = csrf_token(&page.body);
    let guesses: Vec<String> = (0..30).map(|n| format!("guess-number-{n}")).collect();
    let forms: Vec<_> = guesses
        .iter()
        .map(|guess| {
            vec![
                ("csrf_token", token.as_str()),
                ("current_password", guess.as_str()),
                ("new_password", "a-much-better-passphrase"),
            ]
        })
        .collect();
    let answers = browser
        .post_forms_at_once("/staff/account/password", &forms)
        .await;
    let checked = answers
        .iter()
        .filter(|status| **status == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    assert!(checked <= 5, "{checked} password checks: {answers:?}");
    assert!(answers.contains(&StatusCode::TOO_MANY_REQUESTS));
    let right = browser
        .change_password(&password, "a-much-better-passphrase")
        .await;
    assert_eq!(
        right.status,
        StatusCode::TOO_MANY_REQUESTS,
        "locked: not checked at all"
    );
}
