//! Case files: opening, reading, changing and breaking the glass over the API, who may do
//! which (a case outside one's scope answers 404, a role that never works on cases 403), and
//! the invariants of their writes (distinct consecutive codes, no lost edit); and the staff
//! screens.

mod access;
mod api;
mod glass;
mod identity;
mod origins;
mod screens;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use strada_domain::accounts::Role;
use strada_domain::cases::CaseField;

use crate::{Answer, Client, TestApp};

/// The organisation the tests' cases belong to (its code starts with NL).
pub(crate) const ORGANISATION: &str = "comensha";

/// A case as a worker opens it.
pub(crate) fn sample() -> Value {
    json!({
        "gender": "Feminine",
        "age_band": "21-23",
        "citizenship": "RO",
        "residence": "NL",
        "identified_by": "NGO",
        "exploitation_types": ["SexualExploitation", "ForcedLabour"],
        "vulnerabilities": []
    })
}

/// A case worker of `ORGANISATION`, with an API token.
pub(crate) async fn worker(app: &TestApp) -> Client<'_> {
    app.api_client(Role::CaseWorker, ORGANISATION).await
}

pub(crate) async fn post(client: &mut Client<'_>, body: &Value, key: Option<&str>) -> Answer {
    let headers: Vec<(&str, &str)> = key
        .map(|key| ("idempotency-key", key))
        .into_iter()
        .collect();
    client
        .send_json(Method::POST, "/api/v1/cases", &body.to_string(), &headers)
        .await
}

/// Opens a case that must be opened; answers it as JSON.
pub(crate) async fn open(client: &mut Client<'_>, body: &Value) -> Value {
    let answer = post(client, body, None).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    answer.json()
}

/// Opens the sample case; answers it and its id.
pub(crate) async fn open_sample(client: &mut Client<'_>) -> (Value, String) {
    let case = open(client, &sample()).await;
    let id = case["id"].as_str().unwrap().to_owned();
    (case, id)
}

/// Sends a case's new state on the version `if_match` names, if any.
pub(crate) async fn put(
    client: &mut Client<'_>,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
) -> Answer {
    let headers: Vec<(&str, &str)> = if_match
        .map(|etag| ("if-match", etag))
        .into_iter()
        .collect();
    client
        .send_json(
            Method::PUT,
            &format!("/api/v1/cases/{id}"),
            &body.to_string(),
            &headers,
        )
        .await
}

/// The whole state of a case as answered (its fields), ready to be sent back with a change.
pub(crate) fn state_of(case: &Value) -> Value {
    let fields: serde_json::Map<String, Value> = CaseField::ALL
        .iter()
        .map(|field| (field.name().to_owned(), case[field.name()].clone()))
        .collect();
    fields.into()
}

/// Posts `body` as it is, bytes that may not be JSON nor UTF-8, to open a case.
pub(crate) async fn post_bytes(app: &TestApp, token: &str, body: Vec<u8>) -> Answer {
    app.send(
        reqwest::Client::new()
            .post(format!("{}/api/v1/cases", app.base))
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(body),
    )
    .await
}

pub(crate) async fn break_glass(client: &mut Client<'_>, id: &str, body: &str) -> Answer {
    client
        .send_json(
            Method::POST,
            &format!("/api/v1/cases/{id}/break-glass"),
            body,
            &[],
        )
        .await
}
