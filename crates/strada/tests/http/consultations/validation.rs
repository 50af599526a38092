//! Bad input over the API: each rule of the input answers 422 (or 400 for what is not JSON)
//! and stores nothing, and dates outside what the code handles never panic.

use crate::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::*;

#[tokio::test]
async fn bad_input_answers_422_or_400_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    // Each rule of the input is tried beside the parser (`consultations/input/tests.rs`):
    // here, what any refusal answers and that nothing is stored.
    let cases: Vec<(Value, &str)> = vec![
        (json!({"channel": "pigeon"}), "channel"),
        (json!(["not", "an", "object"]), "body"),
    ];
    for (body, field) in cases {
        let answer = post(&app, &token, &body).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            answer.body
        );
        let error = &answer.json()["error"];
        assert_eq!(error["code"], "invalid_input");
        assert!(error["fields"][field].is_string(), "{field}: {error}");
    }
    let mut long_but_allowed = sample();
    long_but_allowed["notes"] = json!("ș".repeat(20_000));
    assert_eq!(
        post(&app, &token, &long_but_allowed).await.status,
        StatusCode::CREATED
    );
    for broken in ["{\"channel\": ", "not json", "\u{0}"] {
        let answer = app
            .send_json(
                Method::POST,
                "/api/v1/consultations",
                Some(&token),
                broken,
                &[],
            )
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{broken}");
        assert_eq!(answer.json()["error"]["code"], "malformed_json");
    }
    let invalid_utf8 = app
        .client
        .post(format!("{}/api/v1/consultations", app.base))
        .header("authorization", format!("Bearer {token}"))
        .body(vec![0x7b, 0xff, 0xfe, 0x7d])
        .send()
        .await
        .unwrap();
    assert_eq!(invalid_utf8.status(), StatusCode::BAD_REQUEST);
    let huge = app
        .client
        .post(format!("{}/api/v1/consultations", app.base))
        .header("authorization", format!("Bearer {token}"))
        .body(vec![b' '; 2 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let listed = app.get_with_token("/api/v1/consultations", &token).await;
    assert_eq!(listed.json()["total"], 1, "only the valid one was stored");
}

#[tokio::test]
async fn dates_outside_what_the_code_handles_answer_422_and_never_panic() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    assert_eq!(
        post(&app, &token, &sample()).await.status,
        StatusCode::CREATED
    );
    let mut admin = org_admin(&app).await;
    for query in [
        "until=9999-12-31",
        "from=9999-12-31",
        "until=-9999-01-01",
        "from=0000-01-01&until=9999-12-31T23:59:59Z",
        "until=2026-02-30",
    ] {
        let api = app
            .send_json(
                Method::GET,
                &format!("/api/v1/consultations?{query}"),
                Some(&token),
                "",
                &[],
            )
            .await;
        assert_eq!(
            api.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}: {}",
            api.body
        );
        assert!(api.json()["error"]["fields"].is_object());
        for page in [
            "/staff/consultations",
            "/staff/consultations/dashboard",
            "/staff/consultations/export.csv",
            "/staff/consultations/export.xlsx",
        ] {
            // Exports answer the list, which names the field in error in the reader's words.
            let answer = admin.get(&format!("{page}?{query}")).await;
            assert_eq!(
                answer.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{page}?{query}"
            );
            assert!(
                answer.body.contains("role=\"alert\"") || answer.body.contains("class=\"error\""),
                "{page}?{query}: {}",
                answer.body
            );
            assert!(!answer.body.contains("1900"), "no parser's English: {page}");
        }
    }
    // The last dates the code handles still work, to their last nanosecond.
    let api = app
        .send_json(
            Method::GET,
            "/api/v1/consultations?from=1900-01-01&until=2200-12-31",
            Some(&token),
            "",
            &[],
        )
        .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    assert_eq!(api.json()["total"], 1);
}
