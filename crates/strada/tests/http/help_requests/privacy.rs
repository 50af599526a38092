//! Nothing stored ties a request to its sender, and no number of concurrent requests passes
//! the limits.

use reqwest::StatusCode;
use serde_json::json;

use super::{ask, ask_with_form, rows, status};
use crate::TestApp;

#[tokio::test]
async fn nothing_stored_names_the_address_or_lines_up_with_the_request_in_time() {
    let app = TestApp::spawn().await;
    let (ticket, passphrase, _) = ask_with_form(&app, "MD", "They took my passport.").await;
    assert_eq!(
        status(&app, &ticket, &passphrase).await.status,
        StatusCode::OK
    );
    let sent = ask(
        &app,
        json!({"country": "GR", "language": "en", "message": "I cannot leave the farm."}),
    )
    .await;
    assert_eq!(sent.status, StatusCode::CREATED);

    assert!(
        app.try_execute_sql("SELECT * FROM anonymous_attempts")
            .await
            .is_err(),
        "the table of addresses is gone"
    );
    let counts = rows(
        &app,
        "SELECT name, subject_digest, CAST(window_ends_at AS TEXT), CAST(attempts AS TEXT) FROM rate_limit_counts",
    )
    .await;
    assert!(!counts.is_empty(), "the attempts were counted");
    for count in &counts {
        let digest = count[1].clone().unwrap();
        assert!(
            !digest.contains("127.0.0.1"),
            "only a digest of the address"
        );
        let ends: i64 = count[2].clone().unwrap().parse().unwrap();
        assert_eq!(
            ends % 3600,
            0,
            "the window's end, on the hour; never the request's time"
        );
    }
    let receipts = rows(&app, "SELECT expires_at FROM help_request_receipts").await;
    assert!(receipts.is_empty(), "the receipt is deleted once shown");

    // The audit trail says a request came from a country, nothing of who sent it.
    let events = rows(
        &app,
        "SELECT actor, target, CAST(actor_id AS TEXT) FROM audit_events WHERE action = 'help_request_received'",
    )
    .await;
    assert_eq!(events.len(), 2);
    for event in &events {
        assert_eq!(event[0].as_deref(), Some("anonymous"));
        assert!(matches!(event[1].as_deref(), Some("MD") | Some("GR")));
        assert_eq!(event[2], None);
    }
    // No other row names the address, whatever table it is in.
    let dump = rows(
        &app,
        "SELECT CAST(actor AS TEXT) || ' ' || CAST(target AS TEXT) FROM audit_events",
    )
    .await;
    assert!(
        dump.iter()
            .flatten()
            .flatten()
            .all(|text| !text.contains("127.0.0.1")),
        "{dump:?}"
    );
    if let strada_store::DatabaseUrl::Sqlite(path) = &app.database {
        let bytes = std::fs::read(path).unwrap();
        let wal = std::fs::read(format!("{}-wal", path.display())).unwrap_or_default();
        assert!(
            !bytes
                .windows(9)
                .chain(wal.windows(9))
                .any(|w| w == b"127.0.0.1"),
            "the address is nowhere in the database file"
        );
    }
}

#[tokio::test]
async fn concurrent_requests_and_status_checks_never_pass_their_limits() {
    let app = TestApp::spawn().await;
    let sends = futures_util::future::join_all((0..20).map(|n| {
        ask(
            &app,
            json!({"country": "MD", "language": "ro", "message": format!("request {n}")}),
        )
    }))
    .await;
    let created = sends
        .iter()
        .filter(|a| a.status == StatusCode::CREATED)
        .count();
    let refused = sends
        .iter()
        .filter(|a| a.status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(
        (created, refused),
        (5, 15),
        "five an hour, however many at once"
    );
    let stored = rows(&app, "SELECT id FROM help_requests").await;
    assert_eq!(stored.len(), 5, "nothing past the limit was stored");

    let ticket = sends
        .iter()
        .find(|a| a.status == StatusCode::CREATED)
        .unwrap()
        .json()["ticket"]
        .as_str()
        .unwrap()
        .to_owned();
    let checks = futures_util::future::join_all(
        (0..45).map(|_| status(&app, &ticket, "abcd-efgh-jkmn-pqrs")),
    )
    .await;
    let answered = checks
        .iter()
        .filter(|a| a.status == StatusCode::NOT_FOUND)
        .count();
    let limited = checks
        .iter()
        .filter(|a| a.status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(
        (answered, limited),
        (30, 15),
        "thirty guesses an hour, however many at once"
    );
}

#[tokio::test]
async fn what_the_person_writes_is_dated_to_the_minute_with_ids_that_carry_no_time() {
    let app = TestApp::spawn().await;
    let (ticket, passphrase, _) = ask_with_form(&app, "MD", "first").await;
    let page = crate::Client::new(&app)
        .post(
            "/en/help/ask/status",
            &[("ticket", &ticket), ("passphrase", &passphrase)],
        )
        .await;
    let marker = "name=\"follow_up\" value=\"";
    let start = page.body.find(marker).unwrap() + marker.len();
    let follow_up = page.body[start..start + 36].to_owned();
    crate::Client::new(&app)
        .post(
            "/en/help/ask/status/reply",
            &[
                ("ticket", &ticket),
                ("passphrase", &passphrase),
                ("follow_up", &follow_up),
                ("message", "second"),
            ],
        )
        .await;
    let written = rows(
        &app,
        "SELECT id, created_at FROM help_requests UNION ALL SELECT id, created_at FROM help_request_follow_ups",
    )
    .await;
    assert_eq!(written.len(), 2);
    for row in written {
        let id = uuid::Uuid::parse_str(row[0].as_deref().unwrap()).unwrap();
        assert_eq!(
            id.get_version_num(),
            4,
            "a random id, not one made of the time"
        );
        let created = row[1].clone().unwrap();
        assert!(created.ends_with(":00Z"), "to the minute: {created}");
    }
}

/// Sends a request as a proxy does, naming the client in `X-Forwarded-For`.
async fn ask_through_proxy(app: &TestApp, forwarded_for: &str) -> StatusCode {
    app.send_json(
        reqwest::Method::POST,
        "/api/v1/help-requests",
        None,
        &json!({"country": "MD", "language": "ro", "message": "help"}).to_string(),
        &[("x-forwarded-for", forwarded_for)],
    )
    .await
    .status
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit_and_a_forged_entry_gains_nothing() {
    let app = TestApp::spawn_behind_proxy("127.0.0.1".parse().unwrap()).await;
    for _ in 0..5 {
        assert_eq!(
            ask_through_proxy(&app, "198.51.100.7").await,
            StatusCode::CREATED
        );
    }
    assert_eq!(
        ask_through_proxy(&app, "198.51.100.7").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // What the client wrote to the left of the proxy's own entry proves nothing.
    assert_eq!(
        ask_through_proxy(&app, "203.0.113.1, 198.51.100.7").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another visitor behind the same proxy is not held back by the first.
    assert_eq!(
        ask_through_proxy(&app, "198.51.100.8").await,
        StatusCode::CREATED
    );
    // An IPv6 visitor is counted by its /64: another address of it shares the limit.
    for n in 0..5 {
        let address = format!("2001:db8:1:2::{n:x}");
        assert_eq!(ask_through_proxy(&app, &address).await, StatusCode::CREATED);
    }
    assert_eq!(
        ask_through_proxy(&app, "2001:db8:1:2:ffff::1").await,
        StatusCode::TOO_MANY_REQUESTS
    );

    // Without the setting, a forwarded address is only a header: everyone is the peer.
    let direct = TestApp::spawn().await;
    for n in 0..5 {
        assert_eq!(
            ask_through_proxy(&direct, &format!("198.51.100.{n}")).await,
            StatusCode::CREATED
        );
    }
    assert_eq!(
        ask_through_proxy(&direct, "198.51.100.99").await,
        StatusCode::TOO_MANY_REQUESTS
    );
}
