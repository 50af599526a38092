//! Consultations: recording over the API and from the staff form, validation, listing with
//! filters, reading (audited), editing rules, access by organisation and role, exports, and
//! notes encrypted at rest.

mod editing;
mod export;
mod listing;
mod recording;
mod screens;
mod validation;

use crate::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub(crate) const CONSULTANT: &str = "hotline-consultant@demo.strada.invalid";

pub(crate) fn sample() -> Value {
    json!({
        "channel": "phone",
        "caller_type": "potential_migrant",
        "anonymous": true,
        "language": "ro",
        "topics": ["jobs_abroad", "work_contract_check"],
        "destination_country": "de",
        "trafficking_concern": "possible",
        "exploitation_types": ["ForcedLabour"],
        "duration_minutes": 12,
        "started_at": "2026-11-20T09:30:00Z",
        "outcome": "information_provided",
        "referred_to": ["kok"],
        "notes": "Offer of a warehouse job near Hamburg; agency asks for a fee up front."
    })
}

pub(crate) async fn post(app: &TestApp, token: &str, body: &Value) -> crate::Answer {
    app.send_json(
        Method::POST,
        "/api/v1/consultations",
        Some(token),
        &body.to_string(),
        &[],
    )
    .await
}

/// Records a consultation that must be accepted; answers its id.
pub(crate) async fn record(app: &TestApp, token: &str, body: &Value) -> String {
    let answer = post(app, token, body).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    answer.json()["id"].as_str().unwrap().to_owned()
}

/// Sends a consultation's new version.
pub(crate) async fn put(app: &TestApp, token: &str, id: &str, body: &Value) -> crate::Answer {
    app.send_json(
        Method::PUT,
        &format!("/api/v1/consultations/{id}"),
        Some(token),
        &body.to_string(),
        &[],
    )
    .await
}

/// The demo consultant (of la-strada-moldova), with the interface in Romanian.
pub(crate) async fn romanian_consultant(app: &TestApp) -> crate::Client<'_> {
    app.execute_sql(&format!(
        "UPDATE users SET language = 'ro' WHERE email = '{CONSULTANT}'"
    ))
    .await;
    let mut browser = crate::Client::new(app);
    browser
        .sign_in(CONSULTANT, strada_store::demo::DEMO_PASSWORD)
        .await;
    browser
}

pub(crate) async fn org_admin(app: &TestApp) -> crate::Client<'_> {
    let mut browser = crate::Client::new(app);
    browser
        .sign_in(
            "org-admin@demo.strada.invalid",
            strada_store::demo::DEMO_PASSWORD,
        )
        .await;
    browser
}

pub(crate) async fn browser_get_audit(app: &TestApp) -> String {
    app.table_text("audit_events").await
}
