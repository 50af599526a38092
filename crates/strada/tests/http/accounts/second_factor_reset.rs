//! A reset of the second factor cannot be hijacked: it ends every other session and token,
//! the new secret is shown only to the session that started it, and until the new factor is
//! confirmed nothing beyond enrolment is reachable.

use reqwest::StatusCode;
use strada_domain::accounts::Role;

use super::enrolled;
use crate::{Client, TestApp, csrf_token};
use crate::{enrolment_secret, totp_code};

#[tokio::test]
async fn a_reset_ends_other_sessions_and_only_its_own_session_sees_the_new_secret() {
    let app = TestApp::spawn().await;
    let mut laptop = Client::new(&app);
    let (password, secret) = enrolled(&mut laptop, "ana@lastrada.md", "case-worker").await;
    // A second session, signed in with a code.
    let mut phone = app
        .signed_in_with_second_factor("ana@lastrada.md", &password, &secret)
        .await;
    assert_eq!(phone.get("/staff/").await.status, StatusCode::OK);

    let reset = laptop.reset_second_factor(&password).await;
    assert_eq!(reset.header("location"), "/staff/enrol");
    assert_eq!(
        phone.location_of("/staff/enrol").await,
        "/login",
        "the other session ended"
    );
    let own = laptop.get("/staff/enrol").await;
    assert!(
        own.body.contains("otpauth://"),
        "the resetting session sees it"
    );
    let new_secret = enrolment_secret(&own.body);
    assert_ne!(new_secret, secret);

    // The password alone signs in, but reaches neither the new secret nor anything else.
    let mut thief = Client::new(&app);
    assert_eq!(
        thief.sign_in_leads_to("ana@lastrada.md", &password).await,
        "/staff/enrol"
    );
    let theirs = thief.get("/staff/enrol").await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(
        !theirs.body.contains("otpauth://") && !theirs.body.contains(&new_secret.to_base32()),
        "another session never sees the pending secret"
    );
    assert!(
        !theirs.html().has("[name=\"password\"]"),
        "a pending reset is not started over with the password alone"
    );
    // Nor does posting the password bind a new secret to the thief's session, or end the
    // session that started the reset.
    let taken = thief
        .post_from(&theirs, "/staff/enrol/password", &[("password", &password)])
        .await;
    assert_eq!(taken.header("location"), "/staff/enrol");
    assert!(!thief.get("/staff/enrol").await.body.contains("otpauth://"));
    assert!(
        laptop
            .get("/staff/enrol")
            .await
            .body
            .contains(&new_secret.to_base32())
    );
    for path in ["/staff/", "/staff/account", "/staff/consultations"] {
        assert!(thief.sent_to_enrolment(path).await, "{path}");
    }
    // Nor can it confirm the secret it was not shown.
    let forged = thief
        .post_from(
            &theirs,
            "/staff/enrol",
            &[("code", &totp_code(&new_secret, 0))],
        )
        .await;
    assert_ne!(forged.status, StatusCode::OK);

    // The session that started the reset finishes it.
    let confirmed = laptop
        .post_from(
            &own,
            "/staff/enrol",
            &[("code", &totp_code(&new_secret, 0))],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    assert_eq!(laptop.get("/staff/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn after_a_reset_a_role_without_a_required_second_factor_reaches_only_enrolment() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let password = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    // An editor may choose a second factor.
    assert_eq!(
        browser.sign_in_leads_to("eva@lastrada.md", &password).await,
        "/staff/"
    );
    let page = browser.get("/staff/enrol").await;
    let secret = enrolment_secret(&page.body);
    let confirmed = browser
        .post_from(&page, "/staff/enrol", &[("code", &totp_code(&secret, 0))])
        .await;
    assert_eq!(confirmed.status, StatusCode::OK);
    let reset = browser.reset_second_factor(&password).await;
    assert_eq!(reset.header("location"), "/staff/enrol");
    for path in ["/staff/", "/staff/account", "/staff/countries"] {
        assert!(browser.sent_to_enrolment(path).await, "{path}");
    }
    let mut other = app.signed_in("eva@lastrada.md", &password).await;
    assert!(
        other.sent_to_enrolment("/staff/").await,
        "the password alone does not get past a reset"
    );
}

#[tokio::test]
async fn confirmations_that_race_enrol_once_with_one_set_of_recovery_codes() {
    let app = TestApp::spawn().await;
    let mut browser = app
        .signed_in_new("ana@lastrada.md", Role::CaseWorker, "la-strada-moldova")
        .await;
    let page = browser.get("/staff/enrol").await;
    let secret = enrolment_secret(&page.body);
    let token = csrf_token(&page.body);
    let the_code = totp_code(&secret, 0);
    let confirmation = vec![("csrf_token", token.as_str()), ("code", the_code.as_str())];
    let answers = browser
        .post_forms_at_once("/staff/enrol", &vec![confirmation; 10])
        .await;
    assert_eq!(
        answers.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{answers:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes").await, 10);
}

#[tokio::test]
async fn an_operator_clears_a_lost_reset_and_the_next_sign_in_enrols_afresh() {
    let app = TestApp::spawn().await;
    let mut laptop = Client::new(&app);
    let (password, _) = enrolled(&mut laptop, "ana@lastrada.md", "case-worker").await;
    laptop.reset_second_factor(&password).await;
    // The session of the reset is lost: the password alone gets no secret.
    let mut again = app.signed_in("ana@lastrada.md", &password).await;
    assert!(!again.get("/staff/enrol").await.body.contains("otpauth://"));

    let output = app.strada(
        &["user", "clear-second-factor", "--email", "ana@lastrada.md"],
        "",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(again.location_of("/staff/enrol").await, "/login");
    let mut fresh = Client::new(&app);
    assert_eq!(
        fresh.sign_in_leads_to("ana@lastrada.md", &password).await,
        "/staff/enrol"
    );
    assert!(fresh.get("/staff/enrol").await.body.contains("otpauth://"));
}
