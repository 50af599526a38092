//! The audit trail: events for sign-ins and changes, browsing by role, and `strada audit
//! verify` catching an edited, deleted or reordered event.

use reqwest::StatusCode;

use crate::{Client, TestApp};
use strada_domain::accounts::Role;

async fn some_events(app: &TestApp) -> String {
    let password = app
        .create_user("boss@lastrada.md", "editor", "la-strada-moldova")
        .await;
    let mut browser = Client::new(app);
    browser
        .sign_in("boss@lastrada.md", "wrong-password-here")
        .await;
    browser.sign_in("boss@lastrada.md", &password).await;
    browser
        .submit(
            "/staff/account",
            "/staff/account/tokens",
            &[("name", "script")],
        )
        .await;
    let home = browser.get("/staff/").await;
    browser
        .post("/logout", &[("csrf_token", &crate::csrf_token(&home.body))])
        .await;
    password
}

#[tokio::test]
async fn verify_counts_a_whole_chain_and_names_the_first_edited_event() {
    let app = TestApp::spawn().await;
    some_events(&app).await;
    let output = app.strada(&["audit", "verify"], "");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("whole: 4 events"), "{text}");

    // The database refuses edits itself; someone who removes that guard is still caught.
    app.drop_audit_guards().await;
    app.execute_sql("UPDATE audit_events SET outcome = 'success' WHERE sequence = 1")
        .await;
    let output = app.strada(&["audit", "verify"], "");
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("event 1") && message.contains("changed"),
        "{message}"
    );
}

#[tokio::test]
async fn verify_catches_a_deleted_and_a_reordered_event() {
    let app = TestApp::spawn().await;
    some_events(&app).await;
    app.drop_audit_guards().await;
    app.execute_sql("DELETE FROM audit_events WHERE sequence = 2")
        .await;
    let output = app.strada(&["audit", "verify"], "");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("event 2"));

    let app = TestApp::spawn().await;
    some_events(&app).await;
    app.drop_audit_guards().await;
    app.execute_sql(
        "UPDATE audit_events SET sequence = 100 WHERE sequence = 2; \
         UPDATE audit_events SET sequence = 2 WHERE sequence = 3; \
         UPDATE audit_events SET sequence = 3 WHERE sequence = 100",
    )
    .await;
    let output = app.strada(&["audit", "verify"], "");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("event 2"));
}

#[tokio::test]
async fn the_database_itself_refuses_to_change_or_remove_an_event() {
    let app = TestApp::spawn().await;
    some_events(&app).await;
    assert!(
        app.try_execute_sql("DELETE FROM audit_events")
            .await
            .is_err()
    );
    assert!(
        app.try_execute_sql("UPDATE audit_events SET actor = 'someone else'")
            .await
            .is_err()
    );
    assert!(app.strada(&["audit", "verify"], "").status.success());
}

#[tokio::test]
async fn admins_browse_their_scope_of_the_trail_with_filters() {
    let app = TestApp::spawn().await;
    some_events(&app).await;
    app.create_user("olga@la-strada.org.ua", "editor", "la-strada-ukraine")
        .await;
    Client::new(&app)
        .sign_in("olga@la-strada.org.ua", "wrong-password-again")
        .await;

    let mut network = app.demo_staff(Role::NetworkAdmin).await;
    let all = network.get("/staff/audit").await;
    assert_eq!(all.status, StatusCode::OK);
    assert!(all.body.contains("boss@lastrada.md") && all.body.contains("olga@la-strada.org.ua"));
    let failures = network
        .get("/staff/audit?action=sign_in_failed")
        .await
        .html()
        .cells();
    assert!(failures.contains(&"sign_in_failed".to_owned()));
    assert!(!failures.contains(&"token_created".to_owned()));
    let by_actor = network
        .get("/staff/audit?actor=olga@la-strada.org.ua")
        .await
        .html()
        .cells();
    assert!(!by_actor.contains(&"boss@lastrada.md".to_owned()));
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let dated = network
        .get(&format!("/staff/audit?from={today}&until={today}"))
        .await
        .body;
    assert!(dated.contains("boss@lastrada.md"));
    let past = network.get("/staff/audit?until=2000-01-01").await.body;
    assert!(past.contains("No event matches"));
    assert_eq!(
        network.get("/staff/audit?from=yesterday").await.status,
        StatusCode::BAD_REQUEST
    );

    let mut moldova = app.demo_staff(Role::OrgAdmin).await;
    let own = moldova.get("/staff/audit").await.body;
    assert!(own.contains("boss@lastrada.md"));
    assert!(
        !own.contains("olga@la-strada.org.ua"),
        "an org-admin sees their organisation's events only"
    );
}

#[tokio::test]
async fn the_secretariats_changes_to_a_members_staff_are_in_that_members_trail() {
    let app = TestApp::spawn().await;
    app.create_user("ion@lastrada.md", "editor", "la-strada-moldova")
        .await;
    let ion = app.user("ion@lastrada.md").await;
    let mut network = app.demo_staff(Role::NetworkAdmin).await;
    let changed = network.change_role(ion.id, "analyst").await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let disabled = network
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/disable", ion.id),
            &[],
        )
        .await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER, "{}", disabled.body);

    let mut moldova = app.demo_staff(Role::OrgAdmin).await;
    let own = moldova.get("/staff/audit").await.html().cells();
    for action in ["role_changed", "user_disabled"] {
        assert!(own.contains(&action.to_owned()), "{action}: {own:?}");
    }
    // Another member's administrator sees none of it.
    let password = app
        .create_user("admin@la-strada.org.ua", "org-admin", "la-strada-ukraine")
        .await;
    let mut ukraine = Client::new(&app);
    app.execute_sql(
        "UPDATE users SET totp_enrolled = 0, demo = 1 WHERE email = 'admin@la-strada.org.ua'",
    )
    .await;
    ukraine.sign_in("admin@la-strada.org.ua", &password).await;
    let theirs = ukraine.get("/staff/audit").await;
    assert_eq!(theirs.status, StatusCode::OK, "{}", theirs.body);
    assert!(!theirs.body.contains("ion@lastrada.md"), "{}", theirs.body);
    // The chain still verifies with the new field.
    let output = app.strada(&["audit", "verify"], "");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn concurrent_events_are_all_recorded_in_one_unbroken_chain() {
    use strada_domain::audit::{AuditAction, Outcome};
    use strada_store::audit::{AuditActor, NewAuditEvent};
    let app = TestApp::spawn().await;
    let store = app.server().state.store().clone();
    let before = match store.verify_audit_chain().await.unwrap() {
        strada_store::audit::ChainVerdict::Whole { events } => events,
        broken => panic!("{broken:?}"),
    };
    let appends = (0..120).map(|n| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .record_audit_event(NewAuditEvent::new(
                    AuditActor::Named("system"),
                    AuditAction::SignInFailed,
                    format!("burst {n}"),
                    Outcome::Failure,
                ))
                .await
        })
    });
    for append in futures_util::future::join_all(appends).await {
        append.unwrap().expect("no event is lost to a busy moment");
    }
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        strada_store::audit::ChainVerdict::Whole {
            events: before + 120
        }
    );
}
