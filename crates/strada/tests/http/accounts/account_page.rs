//! A staff member's own account page, the CSRF token every form needs, and the lifetime of
//! a session.

use crate::{Client, TestApp};
use reqwest::StatusCode;

use super::*;

#[tokio::test]
async fn the_account_page_changes_the_password_lists_and_ends_sessions_and_resets_the_second_factor()
 {
    let app = TestApp::spawn().await;
    let mut laptop = Client::new(&app);
    let (password, _) = enrolled(&mut laptop, "ana@lastrada.md", "case-worker").await;
    let mut phone = app.signed_in("ana@lastrada.md", &password).await;
    let account = laptop.get("/staff/account").await;
    let weak = laptop.change_password(&password, "password12345").await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("most common"));
    let wrong = laptop
        .change_password("not-it-at-all", "a-much-better-passphrase")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let changed = laptop
        .change_password(&password, "a-much-better-passphrase")
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(
        phone.location_of("/login/code").await,
        "/login",
        "other sessions ended"
    );
    assert!(account.body.contains("this one"));
    assert_eq!(
        Client::new(&app)
            .sign_in("ana@lastrada.md", &password)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );

    let refused = laptop.reset_second_factor("not-the-password").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reset = laptop.reset_second_factor("a-much-better-passphrase").await;
    assert_eq!(reset.header("location"), "/staff/enrol");
    let held = laptop.sent_to_enrolment("/staff/").await;
    assert!(held, "re-enrolment is required");
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let password = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    let mut browser = Client::new(&app);
    browser.get("/login").await;
    let forged = browser
        .post(
            "/login",
            &[("email", "eva@lastrada.md"), ("password", &password)],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let forged = browser
        .post(
            "/login",
            &[
                ("email", "eva@lastrada.md"),
                ("password", &password),
                ("csrf_token", "0000"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        browser.sign_in_leads_to("eva@lastrada.md", &password).await,
        "/staff/"
    );
    let forged = browser
        .post("/staff/account/tokens", &[("name", "forged")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let account = browser.get("/staff/account").await;
    assert!(!account.body.contains("forged"), "nothing was created");
    assert_eq!(account.header("cache-control"), "no-store");
    assert!(
        account
            .header("content-security-policy")
            .contains("frame-ancestors 'none'")
    );
}

#[tokio::test]
async fn sessions_end_when_idle_for_30_minutes_or_older_than_12_hours() {
    let app = TestApp::spawn().await;
    let password = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    let mut browser = app.signed_in("eva@lastrada.md", &password).await;
    assert_eq!(browser.get("/staff/").await.status, StatusCode::OK);
    let idle = (time::OffsetDateTime::now_utc() - time::Duration::minutes(31))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.execute_sql(&format!("UPDATE sessions SET last_seen_at = '{idle}'"))
        .await;
    assert_eq!(browser.location_of("/staff/").await, "/login");

    browser.sign_in("eva@lastrada.md", &password).await;
    let old = (time::OffsetDateTime::now_utc() - time::Duration::hours(13))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.execute_sql(&format!("UPDATE sessions SET created_at = '{old}'"))
        .await;
    assert_eq!(browser.location_of("/staff/").await, "/login");
}
