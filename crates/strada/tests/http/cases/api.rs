//! The case API's writes and reads: an opening answers its code and `Location`, once per
//! idempotency key; a read answers the timeline and the version as `ETag`; a change needs
//! `If-Match` and refuses a stale one with the case as it now is; wrong input says each field.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::*;

#[tokio::test]
async fn a_case_opens_with_the_next_code_and_reads_back_with_its_timeline() {
    let app = TestApp::spawn().await;
    let mut worker = worker(&app).await;
    let answer = post(&mut worker, &sample(), None).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let case = answer.json();
    let id = case["id"].as_str().unwrap().to_owned();
    assert_eq!(answer.header("location"), format!("/api/v1/cases/{id}"));
    assert_eq!(answer.header("etag"), "\"1\"");
    let year = time::OffsetDateTime::now_utc().year();
    assert_eq!(case["code"], format!("NL-{year}-0001"));
    assert_eq!(case["status"], "Active");
    assert_eq!(case["phase"], "identification");
    assert_eq!(case["trafficking_status"], "PossibleVictimOfTrafficking");
    assert_eq!(
        case["exploitation_types"],
        json!(["ForcedLabour", "SexualExploitation"]),
        "in the order of the code list"
    );
    let me = app.user(&worker.email).await;
    assert_eq!(case["lead_worker"], me.id.to_string(), "the opener leads");
    for path in [
        format!("/api/v1/cases/{id}"),
        format!("/api/v1/cases/NL-{year}-0001"),
    ] {
        let read = worker.get(&path).await;
        assert_eq!(read.status, StatusCode::OK, "{path}: {}", read.body);
        assert_eq!(read.header("etag"), "\"1\"");
        let timeline = read.json()["timeline"].clone();
        assert_eq!(timeline[0]["kind"], "opened");
        assert_eq!(timeline[0]["actor"], me.id.to_string());
    }
    let audit = app.table_text("audit_events").await;
    assert!(audit.contains("case_opened"), "{audit}");
    assert!(audit.contains("case_read"), "{audit}");
}

#[tokio::test]
async fn an_idempotency_key_opens_one_case() {
    let app = TestApp::spawn().await;
    let mut worker = worker(&app).await;
    let first = post(&mut worker, &sample(), Some("intake-7")).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let again = post(&mut worker, &sample(), Some("intake-7")).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(again.json()["id"], first.json()["id"]);
    let list = worker.get("/api/v1/cases").await.json();
    assert_eq!(list["total"], 1);
    let mut colleague = super::worker(&app).await;
    let taken = post(&mut colleague, &sample(), Some("intake-7")).await;
    assert_eq!(
        taken.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a colleague's key never shows a case they may not see: {}",
        taken.body
    );
    assert!(taken.json()["error"]["fields"]["Idempotency-Key"].is_string());
}

#[tokio::test]
async fn twenty_cases_opened_at_once_get_twenty_consecutive_codes() {
    let app = TestApp::spawn().await;
    let token = worker(&app).await.token().to_owned();
    let openings = (0..20).map(|_| {
        let token = token.clone();
        let app = &app;
        async move {
            let answer = app
                .send_json(
                    Method::POST,
                    "/api/v1/cases",
                    Some(&token),
                    &sample().to_string(),
                    &[],
                )
                .await;
            assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
            answer.json()["code"].as_str().unwrap().to_owned()
        }
    });
    let mut codes = futures_util::future::join_all(openings).await;
    codes.sort();
    let year = time::OffsetDateTime::now_utc().year();
    let expected: Vec<String> = (1..=20).map(|n| format!("NL-{year}-{n:04}")).collect();
    assert_eq!(codes, expected);
}

#[tokio::test]
async fn a_change_needs_the_version_it_was_made_on() {
    let app = TestApp::spawn().await;
    let mut worker = worker(&app).await;
    let (case, id) = open_sample(&mut worker).await;
    let mut changed = state_of(&case);
    changed["phase"] = json!("first_assistance_and_protection");
    let missing = put(&mut worker, &id, &changed, None).await;
    assert_eq!(
        missing.status,
        StatusCode::PRECONDITION_REQUIRED,
        "{}",
        missing.body
    );
    let saved = put(&mut worker, &id, &changed, Some("\"1\"")).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(saved.header("etag"), "\"2\"");
    assert_eq!(saved.json()["phase"], "first_assistance_and_protection");
    let mut late = state_of(&case);
    late["status"] = json!("Closed");
    let stale = put(&mut worker, &id, &late, Some("\"1\"")).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    assert_eq!(stale.header("etag"), "\"2\"");
    let now_is = stale.json();
    assert_eq!(now_is["version"], 2);
    assert_eq!(
        now_is["phase"], "first_assistance_and_protection",
        "as it now is"
    );
    assert_eq!(now_is["status"], "Active", "nothing of the stale change");
    let read = worker.get(&format!("/api/v1/cases/{id}")).await.json();
    let kinds: Vec<&str> = read["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["opened", "phase_changed"]);
    assert!(
        app.table_text("audit_events")
            .await
            .contains("case_changed")
    );
}

#[tokio::test]
async fn wrong_input_is_refused_with_each_field_and_broken_json_with_400() {
    let app = TestApp::spawn().await;
    let mut worker = worker(&app).await;
    let mut wrong = sample();
    wrong["gender"] = json!("Martian");
    wrong["nickname"] = json!("Ana");
    wrong["status"] = json!("Closed");
    let answer = post(&mut worker, &wrong, None).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.body
    );
    let fields = answer.json()["error"]["fields"].clone();
    for field in ["gender", "nickname", "status"] {
        assert!(fields[field].is_string(), "{field}: {fields}");
    }
    let mut stranger = sample();
    stranger["lead_worker"] = json!(uuid::Uuid::now_v7().to_string());
    let answer = post(&mut worker, &stranger, None).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.json()["error"]["fields"]["lead_worker"].is_string());
    let broken = worker
        .send_json(Method::POST, "/api/v1/cases", "{\"gender\": ", &[])
        .await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST, "{}", broken.body);
    let not_utf8 = post_bytes(&app, worker.token(), b"{\"\xff\":1}".to_vec()).await;
    assert_eq!(not_utf8.status, StatusCode::BAD_REQUEST);
    let huge = post_bytes(&app, worker.token(), vec![b' '; 2 * 1024 * 1024]).await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    let case = open(&mut worker, &sample()).await;
    let id = case["id"].as_str().unwrap();
    let mut change = state_of(&case);
    change["phase"] = json!("moon");
    let answer = put(&mut worker, id, &change, Some("\"1\"")).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.json()["error"]["fields"]["phase"].is_string());
    assert_eq!(worker.get("/api/v1/cases").await.json()["total"], 1);
}

#[tokio::test]
async fn the_list_filters_and_names_a_wrong_filter() {
    let app = TestApp::spawn().await;
    let mut worker = worker(&app).await;
    let first = open(&mut worker, &sample()).await;
    let mut other = sample();
    other["exploitation_types"] = json!(["ForcedBegging"]);
    other["citizenship"] = json!("BG");
    open(&mut worker, &other).await;
    let total = |body: serde_json::Value| body["total"].as_u64().unwrap();
    assert_eq!(total(worker.get("/api/v1/cases").await.json()), 2);
    let begging = worker
        .get("/api/v1/cases?exploitation_type=ForcedBegging")
        .await
        .json();
    assert_eq!(total(begging), 1);
    assert_eq!(
        total(worker.get("/api/v1/cases?citizenship=RO").await.json()),
        1
    );
    let code = first["code"].as_str().unwrap();
    let by_code = worker
        .get(&format!("/api/v1/cases?code={code}"))
        .await
        .json();
    assert_eq!(by_code["items"][0]["id"], first["id"]);
    let today = time::OffsetDateTime::now_utc().date();
    let opened = worker
        .get(&format!(
            "/api/v1/cases?opened_from={today}&opened_until={today}&status=Active"
        ))
        .await
        .json();
    assert_eq!(total(opened), 2);
    for (query, field) in [
        ("status=Lost", "status"),
        ("phase=moon", "phase"),
        ("lead_worker=me", "lead_worker"),
        ("opened_from=yesterday", "opened_from"),
        ("code=NL-1", "code"),
        ("per_page=1000", "page"),
    ] {
        let answer = worker.get(&format!("/api/v1/cases?{query}")).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert!(
            answer.json()["error"]["fields"][field].is_string(),
            "{query}"
        );
    }
}
