//! Signing in: the password, the second factor's enrolment and codes, the same answer for
//! every failure, slowing an address that keeps failing, demo accounts, and cookies over TLS.

use crate::{Client, TestApp, csrf_token, enrolment_secret, totp_code};
use reqwest::StatusCode;
use strada_domain::accounts::Role;

#[tokio::test]
async fn a_case_worker_signs_in_enrols_signs_out_and_back_in_with_a_code() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    assert_eq!(browser.location_of("/staff/").await, "/login");
    let password = app
        .create_user("ana@lastrada.md", "case-worker", "la-strada-moldova")
        .await;

    let login = browser.get("/login").await;
    let anonymous_cookie = browser.cookie.clone().unwrap();
    let set_cookie = login.header("set-cookie");
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    assert!(!set_cookie.contains("Secure"), "no Secure without TLS");
    let form = login.html();
    assert!(form.has("form input[name=\"email\"]") && form.has("form input[name=\"password\"]"));

    let answer = browser.sign_in("ana@lastrada.md", &password).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("location"), "/staff/enrol");
    assert_ne!(
        browser.cookie.clone().unwrap(),
        anonymous_cookie,
        "the session id rotates at sign-in"
    );
    // Until enrolled, every staff page leads to the enrolment page.
    for path in ["/staff/", "/staff/account", "/staff/users"] {
        assert!(browser.sent_to_enrolment(path).await, "{path}");
    }
    let page = browser.get("/staff/enrol").await;
    assert!(
        page.body.contains("<svg")
            && page
                .body
                .contains("otpauth://totp/Strada:ana@lastrada.md?secret=")
    );
    assert!(page.html().has("form input[name=\"code\"]"));
    assert_eq!(page.header("cache-control"), "no-store");
    let secret = enrolment_secret(&page.body);
    let token = csrf_token(&page.body);
    let wrong = browser
        .post(
            "/staff/enrol",
            &[("csrf_token", &token), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let confirmed = browser
        .post(
            "/staff/enrol",
            &[("csrf_token", &token), ("code", &totp_code(&secret, 0))],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK);
    let recovery: Vec<String> = confirmed
        .body
        .split("<li><code>")
        .skip(1)
        .map(|item| item[..item.find("</code>").unwrap()].to_owned())
        .collect();
    assert_eq!(recovery.len(), 10, "ten recovery codes are shown once");
    assert_eq!(browser.get("/staff/").await.status, StatusCode::OK);

    let home = browser.get("/staff/").await;
    let signed_in_cookie = browser.cookie.clone().unwrap();
    let out = browser
        .post("/logout", &[("csrf_token", &csrf_token(&home.body))])
        .await;
    assert_eq!(out.header("location"), "/login");
    // The old session is gone on the server too.
    let mut thief = Client::new(&app);
    thief.cookie = Some(signed_in_cookie);
    assert_eq!(thief.location_of("/staff/").await, "/login");

    let answer = browser.sign_in("ana@lastrada.md", &password).await;
    assert_eq!(answer.header("location"), "/login/code");
    assert_eq!(
        browser.location_of("/staff/").await,
        "/login",
        "not before the code"
    );
    let page = browser.get("/login/code").await;
    let token = csrf_token(&page.body);
    let wrong = browser
        .post("/login/code", &[("csrf_token", &token), ("code", "123456")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    // The enrolment used this step's code: it is refused now; the next step's code works once.
    let used = browser
        .post(
            "/login/code",
            &[("csrf_token", &token), ("code", &totp_code(&secret, 0))],
        )
        .await;
    assert_eq!(
        used.status,
        StatusCode::UNAUTHORIZED,
        "a code is accepted once"
    );
    let next = totp_code(&secret, 1);
    let passed = browser
        .post("/login/code", &[("csrf_token", &token), ("code", &next)])
        .await;
    assert_eq!(passed.header("location"), "/staff/");
    assert_eq!(browser.get("/staff/").await.status, StatusCode::OK);

    // A recovery code works once, in place of the app's code.
    let mut other = app.signed_in("ana@lastrada.md", &password).await;
    let page = other.get("/login/code").await;
    let token = csrf_token(&page.body);
    let replayed = other
        .post("/login/code", &[("csrf_token", &token), ("code", &next)])
        .await;
    assert_eq!(
        replayed.status,
        StatusCode::UNAUTHORIZED,
        "a replayed code is refused"
    );
    let recovered = other
        .post(
            "/login/code",
            &[("csrf_token", &token), ("code", &recovery[0])],
        )
        .await;
    assert_eq!(recovered.header("location"), "/staff/");
    let mut third = app.signed_in("ana@lastrada.md", &password).await;
    let page = third.get("/login/code").await;
    let again = third
        .post_from(&page, "/login/code", &[("code", &recovery[0])])
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNAUTHORIZED,
        "a recovery code works once"
    );
}

#[tokio::test]
async fn unknown_accounts_wrong_passwords_and_locked_accounts_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let password = app
        .create_user("ion@lastrada.md", "hotline-consultant", "la-strada-moldova")
        .await;
    let mut browser = Client::new(&app);
    let unknown = browser
        .sign_in("nobody@lastrada.md", "whatever-password")
        .await;
    let wrong = browser
        .sign_in("ion@lastrada.md", "whatever-password")
        .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let message = |body: &str| {
        body[body.find("role=\"alert\"").unwrap()..]
            .split("</p>")
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(message(&unknown.body), message(&wrong.body));
    assert!(
        wrong.body.contains("value=\"ion@lastrada.md\""),
        "the form keeps the email"
    );
    for _ in 0..4 {
        browser
            .sign_in("ion@lastrada.md", "still-the-wrong-one")
            .await;
    }
    // Five failures: the right password is refused too, with the same message.
    let locked = browser.sign_in("ion@lastrada.md", &password).await;
    assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
    assert_eq!(message(&locked.body), message(&wrong.body));
    // Another account is not locked by it.
    let other = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    assert_eq!(
        Client::new(&app)
            .sign_in("eva@lastrada.md", &other)
            .await
            .header("location"),
        "/staff/"
    );
}

#[tokio::test]
async fn an_address_that_keeps_failing_is_slowed() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let mut statuses = Vec::new();
    for attempt in 0..22 {
        let answer = browser
            .sign_in(&format!("guess{attempt}@example.org"), "not-a-password")
            .await;
        statuses.push(answer.status);
    }
    assert_eq!(statuses[0], StatusCode::UNAUTHORIZED);
    assert_eq!(*statuses.last().unwrap(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn demo_accounts_exist_for_every_role_and_may_skip_the_second_factor_with_a_banner() {
    let app = TestApp::spawn().await;
    for role in Role::ALL.iter().map(|role| role.code()) {
        let mut browser = Client::new(&app);
        let email = format!("{role}@demo.strada.invalid");
        let answer = browser
            .sign_in(&email, strada_store::demo::DEMO_PASSWORD)
            .await;
        assert_eq!(answer.header("location"), "/staff/", "{role}");
        let home = browser.get("/staff/").await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(home.body.contains("Demo account"), "{role} sees the banner");
    }
}

#[tokio::test]
async fn behind_tls_the_session_cookie_is_secure_and_hsts_is_sent() {
    let app = TestApp::spawn_behind_tls().await;
    let login = app.get("/login").await;
    let cookie = login.header("set-cookie");
    assert!(cookie.starts_with("__Host-strada_form="), "{cookie}");
    assert!(
        cookie.contains("; Secure")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
    );
    assert!(
        login
            .header("strict-transport-security")
            .contains("max-age=")
    );
    let mut browser = Client::new(&app);
    let answer = browser
        .sign_in(
            "editor@demo.strada.invalid",
            strada_store::demo::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(answer.header("location"), "/staff/");
    let session = answer.header("set-cookie");
    assert!(
        session.starts_with("__Host-strada_session=")
            && session.contains("; Secure")
            && session.contains("HttpOnly")
            && session.contains("SameSite=Strict"),
        "{session}"
    );
}
