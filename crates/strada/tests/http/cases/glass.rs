//! Breaking the glass: a case worker of the organisation opens a case they are not assigned
//! to with a reason (10 to 500 characters); the case then reads for them, its timeline says
//! who broke it, and the audit trail holds the event.

use reqwest::StatusCode;

use super::*;

#[tokio::test]
async fn a_worker_breaks_the_glass_with_a_reason_and_reads_the_case() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let (case, id) = open_sample(&mut lead).await;
    let code = case["code"].as_str().unwrap().to_owned();
    let mut colleague = worker(&app).await;
    let path = format!("/api/v1/cases/{id}");
    assert_eq!(colleague.get(&path).await.status, StatusCode::NOT_FOUND);
    for refused in [
        "{}".to_owned(),
        r#"{"reason": 42}"#.to_owned(),
        r#"{"reason": "   urgent  "}"#.to_owned(),
        format!(r#"{{"reason": "{}"}}"#, "x".repeat(501)),
    ] {
        let answer = break_glass(&mut colleague, &code, &refused).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
        assert!(answer.json()["error"]["fields"]["reason"].is_string());
    }
    let broken = break_glass(&mut colleague, &code, "{\"reason\": ").await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        colleague.get(&path).await.status,
        StatusCode::NOT_FOUND,
        "still closed"
    );
    let reason = r#"{"reason": "The lead is away; the person is at the police station now."}"#;
    let answer = break_glass(&mut colleague, &code, reason).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.json()["id"], id.as_str());
    let read = colleague.get(&path).await;
    assert_eq!(read.status, StatusCode::OK, "open for 12 hours");
    let me = app.user(&colleague.email).await.id.to_string();
    let timeline = read.json()["timeline"].clone();
    let entry = timeline
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["kind"] == "glass_broken")
        .unwrap_or_else(|| panic!("no glass_broken entry: {timeline}"))
        .clone();
    assert_eq!(entry["actor"], me.as_str());
    assert_eq!(
        entry["detail"], "",
        "the reason is sealed, not on the timeline"
    );
    let audit = app.table_text("audit_events").await;
    assert!(audit.contains("case_glass_broken"), "{audit}");
    assert!(
        !audit.contains("police station"),
        "the reason stays out of the audit trail"
    );
    let glass_breaks = app.table_text("case_glass_breaks").await;
    assert!(
        !glass_breaks.contains("police station"),
        "the reason is sealed"
    );
    let again = break_glass(&mut colleague, &code, reason).await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "an open case answers as it is"
    );
    let entries = colleague.get(&path).await.json()["timeline"].clone();
    assert_eq!(entries, timeline, "nothing broken twice");
    let by_lead = break_glass(&mut lead, &code, reason).await;
    assert_eq!(
        by_lead.status,
        StatusCode::OK,
        "its lead has nothing to break"
    );
    assert_eq!(lead.get(&path).await.json()["timeline"], timeline);
    let in_list = colleague.get("/api/v1/cases").await.json();
    assert_eq!(in_list["total"], 1);
    app.execute_sql("UPDATE case_glass_breaks SET broken_at = '2020-01-01T00:00:00.000000000Z'")
        .await;
    assert_eq!(
        colleague.get(&path).await.status,
        StatusCode::NOT_FOUND,
        "closed again after 12 hours"
    );
}
