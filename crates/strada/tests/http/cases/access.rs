//! Who reaches a case: its workers and its organisation's administrators; a worker not
//! assigned to it, and anyone of another organisation, gets 404 as for a case that does not
//! exist; a role that never works on cases gets 403 from every route.

use reqwest::StatusCode;
use serde_json::json;

use super::*;

/// What `client` gets from reading, listing and changing case `id`: the statuses, and
/// whether the list holds it.
async fn reach(client: &mut Client<'_>, id: &str, state: &Value) -> (StatusCode, bool, StatusCode) {
    let read = client.get(&format!("/api/v1/cases/{id}")).await.status;
    let list = client.get("/api/v1/cases").await;
    let listed = list.status == StatusCode::OK
        && list.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|case| case["id"] == id);
    let changed = put(client, id, state, Some("\"1\"")).await.status;
    (read, listed, changed)
}

#[tokio::test]
async fn every_role_reaches_its_own_cases_only() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let (case, id) = open_sample(&mut lead).await;
    let state = state_of(&case);
    let not_found = (StatusCode::NOT_FOUND, false, StatusCode::NOT_FOUND);
    let forbidden = (StatusCode::FORBIDDEN, false, StatusCode::FORBIDDEN);
    let mut colleague = worker(&app).await;
    assert_eq!(
        reach(&mut colleague, &id, &state).await,
        not_found,
        "not assigned"
    );
    for organisation in ["la-strada-ukraine", "animus-association"] {
        for role in [Role::CaseWorker, Role::OrgAdmin] {
            let mut stranger = app.api_client(role, organisation).await;
            assert_eq!(
                reach(&mut stranger, &id, &state).await,
                not_found,
                "{role:?} of {organisation}"
            );
            let glass = break_glass(
                &mut stranger,
                &id,
                r#"{"reason": "a call from the police"}"#,
            );
            let expected = if role == Role::CaseWorker {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(glass.await.status, expected, "{role:?} of {organisation}");
        }
    }
    for role in [
        Role::HotlineConsultant,
        Role::Editor,
        Role::Analyst,
        Role::NetworkAdmin,
    ] {
        let mut other = app.api_client(role, ORGANISATION).await;
        assert_eq!(reach(&mut other, &id, &state).await, forbidden, "{role:?}");
        assert_eq!(
            post(&mut other, &sample(), None).await.status,
            StatusCode::FORBIDDEN
        );
        let glass = break_glass(&mut other, &id, r#"{"reason": "a call from the police"}"#);
        assert_eq!(glass.await.status, StatusCode::FORBIDDEN, "{role:?}");
    }
    let mut admin = app.api_client(Role::OrgAdmin, ORGANISATION).await;
    let (read, listed, _) = reach(&mut admin, &id, &json!({})).await;
    assert_eq!(
        (read, listed),
        (StatusCode::OK, true),
        "the organisation's admin"
    );
    let (read, listed, changed) = reach(&mut lead, &id, &state).await;
    assert_eq!((read, listed), (StatusCode::OK, true), "its lead");
    assert_eq!(changed, StatusCode::OK, "its lead changes it");
}

#[tokio::test]
async fn a_new_lead_reaches_the_case_and_the_former_one_still_does() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let mut successor = worker(&app).await;
    let successor_id = app.user(&successor.email).await.id.to_string();
    let (case, id) = open_sample(&mut lead).await;
    assert_eq!(
        successor.get(&format!("/api/v1/cases/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let mut handed_over = state_of(&case);
    handed_over["lead_worker"] = json!(successor_id);
    let answer = put(&mut lead, &id, &handed_over, Some("\"1\"")).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(
        successor.get(&format!("/api/v1/cases/{id}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        lead.get(&format!("/api/v1/cases/{id}")).await.status,
        StatusCode::OK
    );
    let mut outsider = sample();
    let stranger = app.api_client(Role::CaseWorker, "la-strada-ukraine").await;
    outsider["lead_worker"] = json!(app.user(&stranger.email).await.id.to_string());
    let answer = post(&mut lead, &outsider, None).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another organisation's worker"
    );
}
