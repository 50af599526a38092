//! Editing a consultation: its author for 24 hours, the organisation's administrators after,
//! and no colleague.

use crate::TestApp;
use reqwest::StatusCode;
use serde_json::json;

use super::*;
use strada_domain::accounts::Role;

#[tokio::test]
async fn authors_edit_for_24_hours_and_org_admins_after() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let id = record(&app, &token, &sample()).await;
    let mut changed = sample();
    changed["outcome"] = json!("referred_within_network");
    let answer = put(&app, &token, &id, &changed).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.json()["outcome"], "referred_within_network");
    let colleague = app.api_token("case-worker@demo.strada.invalid").await;
    let answer = put(&app, &colleague, &id, &changed).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "not the author");
    let day_ago = (time::OffsetDateTime::now_utc() - time::Duration::hours(25))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.execute_sql(&format!(
        "UPDATE consultations SET created_at = '{day_ago}'"
    ))
    .await;
    let answer = put(&app, &token, &id, &changed).await;
    assert_eq!(
        answer.status,
        StatusCode::FORBIDDEN,
        "the author's 24 hours are over"
    );
    let admin = app.api_token("org-admin@demo.strada.invalid").await;
    let answer = put(&app, &admin, &id, &changed).await;
    assert_eq!(answer.status, StatusCode::OK);
    let mut invalid = changed.clone();
    invalid["channel"] = json!("carrier-pigeon");
    let answer = put(&app, &admin, &id, &invalid).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let read = app
        .get_with_token(&format!("/api/v1/consultations/{id}"), &admin)
        .await
        .json();
    assert_eq!(read["channel"], "phone", "nothing changed");
}

#[tokio::test]
async fn the_record_is_edited_by_its_author_and_not_by_a_colleague() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let id = record(&app, &token, &sample()).await;
    let path = format!("/staff/consultations/{id}");
    let mut author = app.demo_staff(Role::HotlineConsultant).await;
    let page = author.get(&path).await;
    assert!(
        page.body.contains("id=\"consultation-form\""),
        "the author may edit"
    );
    let edited = author
        .submit(
            &path,
            &path,
            &[
                ("channel", "email"),
                ("caller_type", "professional"),
                ("language", "en"),
                ("topics", "other"),
                ("trafficking_concern", "none"),
            ],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let location = edited.header("location").to_owned();
    assert_eq!(location, format!("{path}?saved"));
    let after = author.get(&location).await;
    assert!(
        after
            .body
            .contains("role=\"status\" id=\"form-notice\">The consultation was updated.</p>"),
        "the edit is confirmed"
    );
    let read = app
        .get_with_token(&format!("/api/v1/consultations/{id}"), &token)
        .await
        .json();
    assert_eq!(read["channel"], "email");
    let mut colleague = app.demo_staff(Role::CaseWorker).await;
    assert!(
        !colleague
            .get(&path)
            .await
            .body
            .contains("id=\"consultation-form\"")
    );
    let refused = colleague
        .submit(
            &path,
            &path,
            &[
                ("channel", "phone"),
                ("caller_type", "other"),
                ("language", "en"),
                ("topics", "other"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let mut stranger = crate::Client::new(&app);
    app.create_user(
        "olga@la-strada.org.ua",
        "hotline-consultant",
        "la-strada-ukraine",
    )
    .await;
    let password = app
        .create_user("ivan@la-strada.org.ua", "editor", "la-strada-ukraine")
        .await;
    stranger.sign_in("ivan@la-strada.org.ua", &password).await;
    assert_eq!(stranger.get(&path).await.status, StatusCode::NOT_FOUND);
}
