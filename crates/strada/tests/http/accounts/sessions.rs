//! Sessions exist only once a password was right, and expired ones are deleted.

use reqwest::StatusCode;

use crate::{Client, TestApp};

#[tokio::test]
async fn visits_to_the_sign_in_form_store_nothing_and_a_session_is_made_only_by_the_password() {
    let app = TestApp::spawn().await;
    let password = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    for _ in 0..5 {
        let login = Client::new(&app).get("/login").await;
        assert_eq!(login.status, StatusCode::OK);
        assert!(login.html().has("form input[name=\"csrf_token\"]"));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
    let mut browser = Client::new(&app);
    let wrong = browser.sign_in("eva@lastrada.md", "not-the-password").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM sessions").await,
        0,
        "a wrong password makes no session"
    );
    let right = browser.sign_in("eva@lastrada.md", &password).await;
    assert_eq!(right.header("location"), "/staff/");
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 1);
    assert_eq!(browser.get("/staff/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_sweeper_deletes_sessions_past_their_idle_or_absolute_timeout() {
    let app = TestApp::spawn().await;
    let password = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    for _ in 0..3 {
        let answer = Client::new(&app)
            .sign_in("eva@lastrada.md", &password)
            .await;
        assert_eq!(answer.header("location"), "/staff/");
    }
    let ago = |duration: time::Duration| {
        (time::OffsetDateTime::now_utc() - duration)
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    let ids = |offset: usize| {
        format!("(SELECT id_hash FROM sessions ORDER BY id_hash LIMIT 1 OFFSET {offset})")
    };
    app.execute_sql(&format!(
        "UPDATE sessions SET last_seen_at = '{}' WHERE id_hash = {}",
        ago(time::Duration::minutes(31)),
        ids(0)
    ))
    .await;
    app.execute_sql(&format!(
        "UPDATE sessions SET created_at = '{}' WHERE id_hash = {}",
        ago(time::Duration::hours(13)),
        ids(1)
    ))
    .await;
    strada::server::sweep_expired(app.server().state.store(), 90)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM sessions").await,
        1,
        "only the live session is left"
    );
}
