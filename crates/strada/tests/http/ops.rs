//! Operations: health, readiness, request ids, the OpenAPI document.

mod api_outage;
mod openapi;

use reqwest::StatusCode;
use serde_json::Value;

use crate::TestApp;

#[tokio::test]
async fn health_and_readiness_answer_and_readiness_checks_the_database() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
    app.server().state.store().close().await;
    assert_eq!(
        app.get("/readyz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn every_answer_carries_a_request_id_and_keeps_the_callers() {
    let app = TestApp::spawn().await;
    let first = app.get("/healthz").await;
    let second = app.get("/healthz").await;
    assert_ne!(first.header("x-request-id"), second.header("x-request-id"));
    assert!(!first.header("x-request-id").is_empty());
    let own = app
        .get_with("/healthz", &[("x-request-id", "trace-42")])
        .await;
    assert_eq!(own.header("x-request-id"), "trace-42");
    for malformed in ["a b", "<script>", &"x".repeat(65)] {
        let replaced = app
            .get_with("/healthz", &[("x-request-id", malformed)])
            .await;
        let id = replaced.header("x-request-id");
        assert!(
            uuid::Uuid::parse_str(id).is_ok(),
            "{malformed:?} gave {id:?}"
        );
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_api_route_and_they_answer() {
    let app = TestApp::spawn().await;
    let answer = app.get("/openapi.json").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(
        answer
            .header("content-type")
            .starts_with("application/json")
    );
    let document: Value = answer.json();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    let hsds_id = app.get("/hsds/organizations").await.json()["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let service_id = app.get("/hsds/services").await.json()["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (path, operations) in paths {
        // Public reads must answer; the others are exercised by their features' tests.
        let public_read = operations
            .get("get")
            .is_some_and(|get| get.get("security").is_none());
        if !public_read {
            continue;
        }
        let concrete = path
            .replace("{slug}", "la-strada-moldova")
            .replace("{country}", "MD")
            .replace("/organizations/{id}", &format!("/organizations/{hsds_id}"))
            .replace("/services/{id}", &format!("/services/{service_id}"));
        let answer = app.get(&concrete).await;
        assert_eq!(answer.status, StatusCode::OK, "{path} ({concrete})");
    }
    for route in [
        "/api/v1/network",
        "/api/v1/organisations",
        "/api/v1/organisations/{slug}",
        "/api/v1/hotlines",
        "/hsds/",
        "/hsds/organizations",
        "/hsds/organizations/{id}",
        "/hsds/services",
        "/hsds/services/{id}",
        "/healthz",
        "/readyz",
        "/api/v1/me",
        "/api/v1/consultations",
        "/api/v1/consultations/{id}",
        "/api/v1/countries/{country}",
        "/api/v1/help-requests",
        "/api/v1/help-requests/status",
        "/api/v1/help-requests/{id}/replies",
        "/api/v1/help-requests/{id}/close",
        "/api/v1/help-requests/{id}/consultation",
    ] {
        assert!(paths.contains_key(route), "{route} is not documented");
    }
    assert_eq!(
        app.get_undocumented("/api/v1/nothing").await.json()["error"]["code"],
        "not_found"
    );
}

#[tokio::test]
async fn a_body_larger_than_the_limit_of_256_kib_is_refused_with_the_security_headers() {
    let app = TestApp::spawn().await;
    let send = |size: usize| {
        app.client
            .post(format!("{}/api/v1/help-requests", app.base))
            .header("content-type", "application/json")
            .body(vec![b' '; size])
            .send()
    };
    let within = send(256 * 1024).await.unwrap();
    assert_eq!(
        within.status(),
        StatusCode::BAD_REQUEST,
        "read, and not JSON"
    );
    let response = send(256 * 1024 + 1).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        response.headers()["content-security-policy"],
        CONTENT_SECURITY_POLICY
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(app.get("/api/v1/network").await.json()["members"], 26);
}

const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; \
     base-uri 'none'; frame-ancestors 'none'";

/// Opens a raw connection to the app, as a client that may never finish would.
async fn raw_connection(app: &TestApp) -> tokio::net::TcpStream {
    tokio::net::TcpStream::connect(app.server().addr)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_request_whose_body_never_arrives_answers_408_with_the_security_headers() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn().await;
    let mut stream = raw_connection(&app).await;
    stream
        .write_all(
            b"POST /api/v1/help-requests HTTP/1.1\r\nHost: strada\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"message\": ",
        )
        .await
        .unwrap();
    let mut answer = Vec::new();
    let read =
        tokio::time::timeout(crate::REQUEST_TIMEOUT * 4, stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the server answers and closes in time");
    let answer = String::from_utf8_lossy(&answer).to_lowercase();
    assert!(answer.starts_with("http/1.1 408"), "{answer}");
    assert!(
        answer.contains("content-security-policy: default-src 'none'"),
        "{answer}"
    );
    assert!(answer.contains("x-frame-options: deny"), "{answer}");
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn().await;
    let mut stream = raw_connection(&app).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: strada\r\nX-Slow: ")
        .await
        .unwrap();
    let mut answer = Vec::new();
    let read =
        tokio::time::timeout(crate::REQUEST_TIMEOUT * 4, stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the connection is closed, not held for ever");
    let answer = String::from_utf8_lossy(&answer);
    assert!(!answer.contains("200 OK"), "{answer}");
    // The server goes on serving others.
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_rate_limit_holds_under_concurrent_attempts_and_keeps_no_subject_in_clear() {
    use strada_store::rate_limits::RateLimit;
    let app = TestApp::spawn().await;
    let store = app.server().state.store().clone();
    let limit = RateLimit {
        name: "test-concurrency",
        max: 5,
        window: time::Duration::hours(1),
    };
    let attempts = (0..120).map(|_| {
        let store = store.clone();
        tokio::spawn(async move { store.take_attempt(&limit, "203.0.113.7").await })
    });
    let mut counted = 0;
    for attempt in futures_util::future::join_all(attempts).await {
        if attempt.unwrap().unwrap() {
            counted += 1;
        }
    }
    assert_eq!(
        counted, 5,
        "exactly the limit is counted, however many race"
    );
    assert!(!store.take_attempt(&limit, "203.0.113.7").await.unwrap());
    assert!(store.take_attempt(&limit, "203.0.113.8").await.unwrap());
    store
        .give_back_attempt(&limit, "203.0.113.7")
        .await
        .unwrap();
    assert!(store.take_attempt(&limit, "203.0.113.7").await.unwrap());

    let dump = app.table_text("rate_limit_counts").await;
    assert!(!dump.contains("203.0.113"), "{dump}");
    // Nothing ended yet, so the sweep keeps the counts.
    assert_eq!(store.purge_rate_limits().await.unwrap(), 0);
}
