//! Staff accounts over HTTP: signing in, the second factor, sessions, CSRF, API tokens, the
//! administration of users and organisations, and the command line.

mod at_rest;
mod form_errors;
mod invitations;
mod second_factor_reset;
mod sessions;
mod sign_in_limits;
mod tokens;

use reqwest::StatusCode;
use strada_domain::second_factor::TotpSecret;

use crate::{Client, TestApp, csrf_token, enrolment_secret, totp_code};

/// Signs in a new account of `role` at La Strada Moldova in `browser` and enrols its second
/// factor; answers its password and secret.
pub(crate) async fn enrolled(
    browser: &mut Client<'_>,
    email: &str,
    role: &str,
) -> (String, TotpSecret) {
    let role = strada_domain::accounts::Role::parse(role).unwrap();
    let staff = browser
        .app
        .staff_named(email, role, "la-strada-moldova")
        .await;
    let secret = staff.secret.clone().expect("a role with a second factor");
    let password = staff.password.clone();
    *browser = staff;
    (password, secret)
}

#[tokio::test]
async fn a_case_worker_signs_in_enrols_signs_out_and_back_in_with_a_code() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    assert_eq!(browser.get("/staff/").await.header("location"), "/login");
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
    assert!(login.body.contains("name=\"email\"") && login.body.contains("name=\"password\""));

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
        assert_eq!(
            browser.get(path).await.header("location"),
            "/staff/enrol",
            "{path}"
        );
    }
    let page = browser.get("/staff/enrol").await;
    assert!(
        page.body.contains("<svg")
            && page
                .body
                .contains("otpauth://totp/Strada:ana@lastrada.md?secret=")
    );
    assert!(page.body.contains("name=\"code\""));
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
    assert_eq!(thief.get("/staff/").await.header("location"), "/login");

    let answer = browser.sign_in("ana@lastrada.md", &password).await;
    assert_eq!(answer.header("location"), "/login/code");
    assert_eq!(
        browser.get("/staff/").await.header("location"),
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
    let mut other = Client::new(&app);
    other.sign_in("ana@lastrada.md", &password).await;
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
    let mut third = Client::new(&app);
    third.sign_in("ana@lastrada.md", &password).await;
    let page = third.get("/login/code").await;
    let again = third
        .post(
            "/login/code",
            &[
                ("csrf_token", &csrf_token(&page.body)),
                ("code", &recovery[0]),
            ],
        )
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
        browser
            .sign_in("eva@lastrada.md", &password)
            .await
            .header("location"),
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
    let mut browser = Client::new(&app);
    browser.sign_in("eva@lastrada.md", &password).await;
    assert_eq!(browser.get("/staff/").await.status, StatusCode::OK);
    let idle = (time::OffsetDateTime::now_utc() - time::Duration::minutes(31))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.execute_sql(&format!("UPDATE sessions SET last_seen_at = '{idle}'"))
        .await;
    assert_eq!(browser.get("/staff/").await.header("location"), "/login");

    browser.sign_in("eva@lastrada.md", &password).await;
    let old = (time::OffsetDateTime::now_utc() - time::Duration::hours(13))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.execute_sql(&format!("UPDATE sessions SET created_at = '{old}'"))
        .await;
    assert_eq!(browser.get("/staff/").await.header("location"), "/login");
}

#[tokio::test]
async fn the_account_page_changes_the_password_lists_and_ends_sessions_and_resets_the_second_factor()
 {
    let app = TestApp::spawn().await;
    let mut laptop = Client::new(&app);
    let (password, _) = enrolled(&mut laptop, "ana@lastrada.md", "case-worker").await;
    let mut phone = Client::new(&app);
    phone.sign_in("ana@lastrada.md", &password).await;
    let account = laptop.get("/staff/account").await;
    let weak = laptop
        .submit(
            "/staff/account",
            "/staff/account/password",
            &[
                ("current_password", &password),
                ("new_password", "password12345"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("most common"));
    let wrong = laptop
        .submit(
            "/staff/account",
            "/staff/account/password",
            &[
                ("current_password", "not-it-at-all"),
                ("new_password", "a-much-better-passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let changed = laptop
        .submit(
            "/staff/account",
            "/staff/account/password",
            &[
                ("current_password", &password),
                ("new_password", "a-much-better-passphrase"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(
        phone.get("/login/code").await.header("location"),
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

    let refused = laptop
        .submit(
            "/staff/account",
            "/staff/account/second-factor/reset",
            &[("password", "not-the-password")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reset = laptop
        .submit(
            "/staff/account",
            "/staff/account/second-factor/reset",
            &[("password", "a-much-better-passphrase")],
        )
        .await;
    assert_eq!(reset.header("location"), "/staff/enrol");
    assert_eq!(
        laptop.get("/staff/").await.header("location"),
        "/staff/enrol",
        "re-enrolment is required"
    );
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

    let me = app
        .get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
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
        app.get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))]
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );

    // From the command line; refused once the user is disabled.
    let output = app.strada(
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
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let token = String::from_utf8(output.stdout).unwrap().trim().to_owned();
    assert_eq!(
        app.get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))]
        )
        .await
        .status,
        StatusCode::OK
    );
    let output = app.strada(&["user", "disable", "--email", "ana@lastrada.md"], "");
    assert!(output.status.success());
    assert_eq!(
        app.get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))]
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        browser.get("/staff/").await.header("location"),
        "/login",
        "disabling ends the sessions"
    );
}

#[tokio::test]
async fn the_command_line_creates_lists_and_disables_accounts_with_clear_errors() {
    let app = TestApp::spawn().await;
    let create = |email: &str, org: &str, role: &str, password: &str| {
        app.strada(
            &[
                "user",
                "create",
                "--email",
                email,
                "--name",
                "Maria Popescu",
                "--org",
                org,
                "--role",
                role,
            ],
            &format!("{password}\n"),
        )
    };
    let output = create(
        "maria@lastrada.md",
        "la-strada-moldova",
        "org-admin",
        "lantern-orchard-river-9",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let refusals = [
        (
            create(
                "x@lastrada.md",
                "no-such-org",
                "org-admin",
                "lantern-orchard-river-9",
            ),
            "no organisation",
        ),
        (
            create(
                "x@lastrada.md",
                "la-strada-moldova",
                "boss",
                "lantern-orchard-river-9",
            ),
            "not a role",
        ),
        (
            create("x@lastrada.md", "la-strada-moldova", "editor", "short"),
            "at least 12",
        ),
        (
            create(
                "x@lastrada.md",
                "la-strada-moldova",
                "editor",
                "qwertyuiop123",
            ),
            "common",
        ),
        (
            create(
                "maria@lastrada.md",
                "la-strada-moldova",
                "editor",
                "lantern-orchard-river-9",
            ),
            "exists already",
        ),
    ];
    for (output, expected) in refusals {
        assert!(!output.status.success());
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains(expected), "{expected}: {message}");
    }
    let list = String::from_utf8(app.strada(&["user", "list"], "").stdout).unwrap();
    assert!(
        list.contains("maria@lastrada.md") && list.contains("org-admin") && list.contains("active")
    );
    assert!(!list.contains("x@lastrada.md"));
    let mut browser = Client::new(&app);
    assert_eq!(
        browser
            .sign_in("maria@lastrada.md", "lantern-orchard-river-9")
            .await
            .header("location"),
        "/staff/enrol"
    );
}

#[tokio::test]
async fn org_admins_invite_change_roles_and_disable_their_own_staff_only() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    app.create_user("ana@lastrada.md", "case-worker", "la-strada-moldova")
        .await;
    app.create_user("olga@la-strada.org.ua", "case-worker", "la-strada-ukraine")
        .await;
    let users = admin.get("/staff/users").await;
    assert_eq!(users.status, StatusCode::OK);
    assert!(users.body.contains("ana@lastrada.md"));
    assert!(
        !users.body.contains("olga@la-strada.org.ua"),
        "another organisation's staff are not listed"
    );
    assert!(
        !users.body.contains("value=\"network-admin\""),
        "an org-admin cannot make network admins"
    );

    let moldova = app
        .server()
        .state
        .directory()
        .organisation("la-strada-moldova")
        .unwrap()
        .id
        .to_string();
    let invited = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "new@lastrada.md"),
                ("name", "New Colleague"),
                ("role", "hotline-consultant"),
                ("organisation", &moldova),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::CREATED, "{}", invited.body);
    let link = invitations::invitation_link(&app, &invited.body);
    let bad = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "not-an-email"),
                ("name", "X"),
                ("role", "hotline-consultant"),
                ("organisation", &moldova),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("value=\"not-an-email\""),
        "the form keeps what was typed"
    );
    let ukraine = app
        .server()
        .state
        .directory()
        .organisation("la-strada-ukraine")
        .unwrap()
        .id
        .to_string();
    let elsewhere = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "spy@example.org"),
                ("name", "Spy"),
                ("role", "case-worker"),
                ("organisation", &ukraine),
            ],
        )
        .await;
    assert_eq!(
        elsewhere.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not into another organisation"
    );

    // The invited person sets a password once.
    let mut newcomer = Client::new(&app);
    let page = newcomer.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("new@lastrada.md"));
    let token = invitations::token_of(&link);
    let weak = newcomer
        .submit(
            &link,
            "/invitation",
            &[("token", &token), ("new_password", "short")],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = newcomer
        .submit(
            &link,
            "/invitation",
            &[("token", &token), ("new_password", "willow-compass-amber")],
        )
        .await;
    assert_eq!(accepted.header("location"), "/login?password-set");
    assert_eq!(
        newcomer.get(&link).await.status,
        StatusCode::NOT_FOUND,
        "an invitation works once"
    );
    assert_eq!(
        newcomer
            .sign_in("new@lastrada.md", "willow-compass-amber")
            .await
            .header("location"),
        "/staff/enrol"
    );

    // Role changes and disabling, inside the organisation only.
    let store = app.server().state.store();
    let ana = store
        .credentials(&strada_domain::accounts::EmailAddress::parse("ana@lastrada.md").unwrap())
        .await
        .unwrap()
        .unwrap()
        .user;
    let olga = store
        .credentials(
            &strada_domain::accounts::EmailAddress::parse("olga@la-strada.org.ua").unwrap(),
        )
        .await
        .unwrap()
        .unwrap()
        .user;
    let changed = admin
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/role", ana.id),
            &[("role", "analyst")],
        )
        .await;
    assert_eq!(changed.header("location"), "/staff/users");
    assert_eq!(
        store.user(ana.id).await.unwrap().unwrap().role.code(),
        "analyst"
    );
    let promoted = admin
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/role", ana.id),
            &[("role", "network-admin")],
        )
        .await;
    assert_eq!(promoted.status, StatusCode::UNPROCESSABLE_ENTITY);
    for path in [
        format!("/staff/users/{}/role", olga.id),
        format!("/staff/users/{}/disable", olga.id),
    ] {
        let answer = admin
            .submit("/staff/users", &path, &[("role", "analyst")])
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert!(!store.user(olga.id).await.unwrap().unwrap().disabled);
    let disabled = admin
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/disable", ana.id),
            &[],
        )
        .await;
    assert_eq!(disabled.header("location"), "/staff/users");
    assert!(store.user(ana.id).await.unwrap().unwrap().disabled);
    let enabled = admin
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/enable", ana.id),
            &[],
        )
        .await;
    assert_eq!(enabled.header("location"), "/staff/users");
    assert!(!store.user(ana.id).await.unwrap().unwrap().disabled);
}

#[tokio::test]
async fn network_admins_manage_every_organisations_users_and_the_organisations() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    let password = app
        .create_user(
            "sec@lastradainternational.org",
            "network-admin",
            "la-strada-international-secretariat",
        )
        .await;
    admin
        .sign_in("sec@lastradainternational.org", &password)
        .await;
    let page = admin.get("/staff/enrol").await;
    let secret = enrolment_secret(&page.body);
    admin
        .post(
            "/staff/enrol",
            &[
                ("csrf_token", &csrf_token(&page.body)),
                ("code", &totp_code(&secret, 0)),
            ],
        )
        .await;
    app.create_user("olga@la-strada.org.ua", "case-worker", "la-strada-ukraine")
        .await;
    let users = admin.get("/staff/users").await;
    assert!(users.body.contains("olga@la-strada.org.ua"));
    assert!(users.body.contains("value=\"network-admin\""));

    let created = admin
        .submit(
            "/staff/organisations",
            "/staff/organisations",
            &[
                ("name", "La Strada Georgia"),
                ("country", "ge"),
                ("city", "Tbilisi"),
                ("membership", "associate"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let members = app.get("/en/members").await.body;
    assert!(
        members.contains("La Strada Georgia"),
        "the public directory shows it at once"
    );
    let duplicate = admin
        .submit(
            "/staff/organisations",
            "/staff/organisations",
            &[
                ("name", "La Strada Georgia"),
                ("country", "GE"),
                ("membership", "associate"),
            ],
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::CONFLICT);
    let invalid = admin
        .submit(
            "/staff/organisations",
            "/staff/organisations",
            &[
                ("name", "Somewhere"),
                ("country", "XX"),
                ("membership", "associate"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body.contains("value=\"Somewhere\""));
}

#[tokio::test]
async fn demo_accounts_exist_for_every_role_and_may_skip_the_second_factor_with_a_banner() {
    let app = TestApp::spawn().await;
    for role in [
        "network-admin",
        "org-admin",
        "case-worker",
        "hotline-consultant",
        "editor",
        "analyst",
    ] {
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
