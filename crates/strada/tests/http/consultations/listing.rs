//! The list of consultations: pages, filters, and who sees which organisation's records.

use crate::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::json;

use super::*;
use strada_domain::accounts::Role;

#[tokio::test]
async fn the_list_paginates_and_filters_by_dates_topic_destination_caller_and_channel() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let variants = [
        (
            "2026-11-01T10:00:00Z",
            "jobs_abroad",
            "DE",
            "potential_migrant",
            "phone",
        ),
        (
            "2026-11-02T10:00:00Z",
            "missing_person",
            "PL",
            "relative_or_friend",
            "chat",
        ),
        (
            "2026-11-03T10:00:00Z",
            "jobs_abroad",
            "PL",
            "potential_migrant",
            "email",
        ),
        (
            "2026-11-04T10:00:00Z",
            "study_abroad",
            "IT",
            "professional",
            "phone",
        ),
    ];
    for (started, topic, destination, caller, channel) in variants {
        let body = json!({"channel": channel, "caller_type": caller, "language": "ro", "topics": [topic],
            "destination_country": destination, "started_at": started});
        assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    }
    let auth = format!("Bearer {token}");
    let total = |query: &str| {
        let app = &app;
        let auth = auth.clone();
        let query = query.to_owned();
        async move {
            let answer = app
                .get_with(
                    &format!("/api/v1/consultations?{query}"),
                    &[("authorization", &auth)],
                )
                .await;
            assert_eq!(answer.status, StatusCode::OK, "{query}: {}", answer.body);
            answer.json()["total"].as_u64().unwrap()
        }
    };
    assert_eq!(total("").await, 4);
    assert_eq!(total("topic=jobs_abroad").await, 2);
    assert_eq!(total("destination_country=pl").await, 2);
    assert_eq!(
        total("caller_type=potential_migrant&destination_country=PL").await,
        1
    );
    assert_eq!(total("channel=phone").await, 2);
    assert_eq!(total("from=2026-11-02&until=2026-11-03").await, 2);
    assert_eq!(total("from=2026-11-03T10:00:00Z").await, 2);
    let page = app
        .get_with(
            "/api/v1/consultations?per_page=3&page=2",
            &[("authorization", &auth)],
        )
        .await
        .json();
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        page["items"][0]["started_at"], "2026-11-01T10:00:00Z",
        "newest first"
    );
    assert!(
        page["items"][0].get("notes").is_none(),
        "lists never carry notes"
    );
    for bad in [
        "topic=sports",
        "from=last-week",
        "destination_country=XX",
        "per_page=0",
        "channel=fax",
    ] {
        let answer = app
            .get_with(
                &format!("/api/v1/consultations?{bad}"),
                &[("authorization", &auth)],
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
}

#[tokio::test]
async fn the_list_filters_by_concern_and_outcome_too() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    for (concern, outcome) in [
        ("likely", "case_opened"),
        ("likely", "information_provided"),
        ("none", "case_opened"),
        ("possible", "referred_within_network"),
    ] {
        let body = json!({"channel": "phone", "caller_type": "possible_victim", "language": "ro",
            "topics": ["suspected_trafficking"], "trafficking_concern": concern, "outcome": outcome});
        assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    }
    let auth = format!("Bearer {token}");
    for (query, expected) in [
        ("trafficking_concern=likely", 2),
        ("outcome=case_opened", 2),
        ("trafficking_concern=likely&outcome=case_opened", 1),
        (
            "trafficking_concern=possible&topic=suspected_trafficking",
            1,
        ),
    ] {
        let api = app
            .get_with(
                &format!("/api/v1/consultations?{query}"),
                &[("authorization", &auth)],
            )
            .await
            .json();
        assert_eq!(api["total"], expected, "{query}");
    }
    let mut browser = app.demo_staff(Role::HotlineConsultant).await;
    let page = browser
        .get("/staff/consultations?trafficking_concern=likely&outcome=case_opened")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("1 contact") || page.body.contains("One contact"));
    assert!(page.html().has("option[value=\"likely\"][selected]"));
    assert!(page.html().cells().contains(&"Case opened".to_owned()));
}

#[tokio::test]
async fn consultations_belong_to_their_organisation_and_analysts_see_none() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let id = record(&app, &token, &sample()).await;
    app.create_user(
        "olga@la-strada.org.ua",
        "hotline-consultant",
        "la-strada-ukraine",
    )
    .await;
    let stranger = app.api_token("olga@la-strada.org.ua").await;
    let auth = |token: &str| format!("Bearer {token}");
    let other = app
        .get_with(
            &format!("/api/v1/consultations/{id}"),
            &[("authorization", &auth(&stranger))],
        )
        .await;
    assert_eq!(
        other.status,
        StatusCode::NOT_FOUND,
        "another organisation's record is absent"
    );
    let listed = app
        .get_with(
            "/api/v1/consultations",
            &[("authorization", &auth(&stranger))],
        )
        .await;
    assert_eq!(listed.json()["total"], 0);
    let edited = app
        .send_json(
            Method::PUT,
            &format!("/api/v1/consultations/{id}"),
            Some(&stranger),
            &sample().to_string(),
            &[],
        )
        .await;
    assert_eq!(edited.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/api/v1/consultations/{id}")).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.send_json(
            Method::POST,
            "/api/v1/consultations",
            None,
            &sample().to_string(),
            &[]
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );
    for role in ["analyst", "editor"] {
        let token = app.api_token(&format!("{role}@demo.strada.invalid")).await;
        assert_eq!(
            app.get_with("/api/v1/consultations", &[("authorization", &auth(&token))])
                .await
                .status,
            StatusCode::FORBIDDEN,
            "{role}"
        );
        assert_eq!(
            post(&app, &token, &sample()).await.status,
            StatusCode::FORBIDDEN,
            "{role}"
        );
    }
    for role in ["case-worker", "org-admin"] {
        let token = app.api_token(&format!("{role}@demo.strada.invalid")).await;
        assert_eq!(
            app.get_with(
                &format!("/api/v1/consultations/{id}"),
                &[("authorization", &auth(&token))]
            )
            .await
            .status,
            StatusCode::OK,
            "{role}"
        );
    }
}
