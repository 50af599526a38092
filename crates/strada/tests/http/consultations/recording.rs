//! Recording a consultation over the API: reading it back, notes sealed at rest, one record
//! per idempotency key, and times typed and shown on the organisation's clock.

use crate::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::json;

use super::*;
use strada_domain::accounts::Role;

#[tokio::test]
async fn a_consultant_records_a_consultation_and_reads_it_back() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let answer = post(&app, &token, &sample()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let record = answer.json();
    let id = record["id"].as_str().unwrap().to_owned();
    assert_eq!(record["organisation"], "la-strada-moldova");
    assert_eq!(record["destination_country"], "DE");
    assert_eq!(
        record["topics"],
        json!(["jobs_abroad", "work_contract_check"])
    );
    assert_eq!(record["referred_to"], json!(["kok"]));
    assert!(record["notes"].as_str().unwrap().contains("Hamburg"));

    let read = app
        .get_with_token(&format!("/api/v1/consultations/{id}"), &token)
        .await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.json()["notes"], record["notes"]);
    assert_eq!(read.json()["exploitation_types"], json!(["ForcedLabour"]));

    // Defaults: anonymous, no concern, started now.
    let minimal =
        json!({"channel": "chat", "caller_type": "other", "language": "uk", "topics": ["other"]});
    let answer = post(&app, &token, &minimal).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    assert_eq!(answer.json()["anonymous"], true);
    assert_eq!(answer.json()["trafficking_concern"], "none");
    assert!(answer.json().get("notes").is_none());

    // Reading the notes is in the audit trail.
    let mut admin = app.demo_staff(Role::OrgAdmin).await;
    let trail = admin
        .get("/staff/audit?action=consultation_read")
        .await
        .body;
    assert!(trail.contains(&id), "the read of {id} is audited");
}

#[tokio::test]
async fn notes_never_reach_the_database_in_clear() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let mut body = sample();
    body["notes"] = json!("UNIQUE-MARKER-Kharkiv-son-missing-in-Poznan");
    assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    app.server().state.store().close().await;
    if let strada_store::DatabaseUrl::Sqlite(path) = &app.database {
        let mut everything = std::fs::read(path).unwrap();
        for suffix in ["-wal", "-shm"] {
            if let Ok(more) = std::fs::read(format!("{}{suffix}", path.display())) {
                everything.extend(more);
            }
        }
        assert!(
            !everything
                .windows(13)
                .any(|window| window == b"UNIQUE-MARKER"),
            "notes in clear in the file"
        );
    }
}

#[tokio::test]
async fn a_repeated_submission_with_the_same_idempotency_key_stores_one_record() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let key = [("idempotency-key", "form-42")];
    let body = sample().to_string();
    let submit = || {
        app.send_json(
            Method::POST,
            "/api/v1/consultations",
            Some(&token),
            &body,
            &key,
        )
    };
    let first = submit().await;
    let second = submit().await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(first.json()["id"], second.json()["id"]);
    let listed = app.get_with_token("/api/v1/consultations", &token).await;
    assert_eq!(listed.json()["total"], 1);
}

#[tokio::test]
async fn times_are_typed_and_shown_on_the_organisations_clock() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let mut browser = app.demo_staff(Role::HotlineConsultant).await;
    let form = browser.get("/staff/consultations/new").await.body;
    assert!(form.contains("Started (time in Europe/Chisinau)"), "{form}");
    // Half past midnight in Chisinau in winter is half past ten the evening before in UTC.
    let saved = browser
        .submit(
            "/staff/consultations/new",
            "/staff/consultations/new",
            &[
                ("channel", "phone"),
                ("caller_type", "possible_victim"),
                ("language", "ro"),
                ("topics", "suspected_trafficking"),
                ("started_at", "2026-01-15T00:30"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.body);
    let listed = app
        .get_with_token("/api/v1/consultations", &token)
        .await
        .json();
    assert_eq!(listed["items"][0]["started_at"], "2026-01-14T22:30:00Z");
    let id = listed["items"][0]["id"].as_str().unwrap().to_owned();
    let record = browser
        .get(&format!("/staff/consultations/{id}"))
        .await
        .body;
    assert!(record.contains("value=\"2026-01-15T00:30\""), "{record}");
    let list = browser.get("/staff/consultations").await.body;
    assert!(list.contains(">2026-01-15 00:30</a>"), "{list}");
    // The list's days are the organisation's: the contact is on the 15th in Chisinau.
    for (query, found) in [
        ("from=2026-01-15&until=2026-01-15", true),
        ("from=2026-01-14&until=2026-01-14", false),
    ] {
        let page = browser
            .get(&format!("/staff/consultations?{query}"))
            .await
            .body;
        assert_eq!(page.contains(">2026-01-15 00:30</a>"), found, "{query}");
    }
    // In summer Chisinau is three hours ahead.
    let summer = browser
        .submit(
            &format!("/staff/consultations/{id}"),
            &format!("/staff/consultations/{id}"),
            &[
                ("channel", "phone"),
                ("caller_type", "possible_victim"),
                ("language", "ro"),
                ("topics", "suspected_trafficking"),
                ("started_at", "2025-07-01T03:15"),
            ],
        )
        .await;
    assert_eq!(summer.status, StatusCode::SEE_OTHER, "{}", summer.body);
    let read = app
        .get_with_token(&format!("/api/v1/consultations/{id}"), &token)
        .await
        .json();
    assert_eq!(read["started_at"], "2025-07-01T00:15:00Z");
}
