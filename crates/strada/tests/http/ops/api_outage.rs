//! When the database does not answer, every API operation that needs it answers the
//! documented 503 JSON error (the cause is logged, never sent), and the directory, read from
//! memory, still answers.

use reqwest::StatusCode;
use serde_json::json;
use strada_domain::accounts::Role;

use crate::{Client, TestApp};

#[tokio::test]
async fn when_the_database_does_not_answer_the_api_says_so_in_its_documented_error() {
    let app = TestApp::spawn().await;
    let mut consultant = app
        .api_client(Role::HotlineConsultant, "la-strada-moldova")
        .await;
    app.server().state.store().close().await;

    let id = "0d7e4a52-8c1b-4c55-9a3e-2f1c6b8d9e01";
    let consultation = json!({"channel": "phone", "caller_type": "potential_victim"});
    let mut answers = vec![
        consultant.get("/api/v1/me").await,
        consultant.get("/api/v1/consultations").await,
        consultant
            .post_json("/api/v1/consultations", &consultation)
            .await,
        consultant.get(&format!("/api/v1/consultations/{id}")).await,
        consultant
            .put_json(&format!("/api/v1/consultations/{id}"), &consultation)
            .await,
        consultant.get("/api/v1/help-requests").await,
        consultant
            .post_json(
                &format!("/api/v1/help-requests/{id}/replies"),
                &json!({"message": "we can help"}),
            )
            .await,
        consultant
            .post_json(&format!("/api/v1/help-requests/{id}/close"), &json!({}))
            .await,
        consultant
            .post_json(
                &format!("/api/v1/help-requests/{id}/consultation"),
                &consultation,
            )
            .await,
    ];
    let mut person = Client::new(&app);
    let credentials = json!({"ticket": "ABCD-2345", "passphrase": "abcd-efgh-jkmn-pqrs"});
    answers.push(
        person
            .post_json(
                "/api/v1/help-requests",
                &json!({"country": "MD", "language": "ro", "message": "am nevoie de ajutor"}),
            )
            .await,
    );
    answers.push(
        person
            .post_json("/api/v1/help-requests/status", &credentials)
            .await,
    );
    answers.push(
        person
            .post_json(
                "/api/v1/help-requests/follow-ups",
                &json!({"ticket": "ABCD-2345", "passphrase": "abcd-efgh-jkmn-pqrs", "message": "still here"}),
            )
            .await,
    );
    for answer in &answers {
        assert_eq!(
            answer.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{}",
            answer.body
        );
        assert_eq!(
            answer.json()["error"]["code"],
            "unavailable",
            "{}",
            answer.body
        );
        assert!(!answer.body.contains("closed"), "{}", answer.body);
    }
    assert_eq!(
        app.get("/api/v1/organisations").await.status,
        StatusCode::OK
    );
}
