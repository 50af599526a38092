//! The HSDS 3.1 feed, validated item by item against Open Referral's compiled schemas (a copy
//! is in `tests/data/hsds-3.1`).

use reqwest::StatusCode;
use serde_json::Value;

use crate::{TestApp, test_data};

fn validator(schema: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(test_data(&format!("hsds-3.1/{schema}"))).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("the schema {schema} does not compile: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, item: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(item)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is not valid HSDS: {errors:#?}\n{item:#}"
    );
}

/// Every item of every page of an HSDS list.
async fn every_item(app: &TestApp, path: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut page = 1;
    loop {
        let answer = app.get(&format!("{path}?page={page}&per_page=20")).await;
        assert_eq!(answer.status, StatusCode::OK);
        let body = answer.json();
        for key in [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
        ] {
            assert!(!body[key].is_null(), "{path} page {page} lacks {key}");
        }
        assert_eq!(body["page_number"], page);
        assert_eq!(body["first_page"], page == 1);
        items.extend(body["contents"].as_array().unwrap().iter().cloned());
        if body["last_page"] == true {
            assert_eq!(body["total_items"].as_u64().unwrap() as usize, items.len());
            return items;
        }
        page += 1;
    }
}

#[tokio::test]
async fn the_root_names_the_version_and_profile() {
    let app = TestApp::spawn().await;
    let root = app.get("/hsds/").await.json();
    assert_eq!(root["version"], "3.1");
    assert!(root["profile"].as_str().unwrap().starts_with("https://"));
}

#[tokio::test]
async fn every_organization_validates_against_hsds_3_1() {
    let app = TestApp::spawn().await;
    let list_schema = validator("organization_list.json");
    let full_schema = validator("organization.json");
    let organizations = every_item(&app, "/hsds/organizations").await;
    assert_eq!(organizations.len(), 30);
    for organization in &organizations {
        assert_valid(&list_schema, organization, "a listed organization");
        let id = organization["id"].as_str().unwrap();
        let answer = app.get(&format!("/hsds/organizations/{id}")).await;
        assert_eq!(answer.status, StatusCode::OK);
        let full = answer.json();
        assert_valid(&full_schema, &full, "an organization");
        assert_eq!(full["name"], organization["name"]);
    }
    let moldova = organizations
        .iter()
        .find(|o| o["name"] == "La Strada Moldova")
        .unwrap();
    let full = app
        .get(&format!(
            "/hsds/organizations/{}",
            moldova["id"].as_str().unwrap()
        ))
        .await
        .json();
    assert!(full["services"].as_array().unwrap().len() >= 2);
}

#[tokio::test]
async fn every_service_validates_and_hotlines_carry_phones_schedules_and_languages() {
    let app = TestApp::spawn().await;
    let list_schema = validator("service_list.json");
    let full_schema = validator("service.json");
    let services = every_item(&app, "/hsds/services").await;
    let hotlines: Vec<&Value> = services.iter().filter(|s| s["phones"].is_array()).collect();
    assert_eq!(hotlines.len(), 11);
    assert!(services.len() > 100, "assistance services are services too");
    for service in &services {
        assert_valid(&list_schema, service, "a listed service");
        let id = service["id"].as_str().unwrap();
        let full = app.get(&format!("/hsds/services/{id}")).await.json();
        assert_valid(&full_schema, &full, "a service");
    }
    let ukraine = hotlines
        .iter()
        .find(|s| s["phones"][0]["number"] == "0 800 500 335")
        .expect("the Ukrainian hotline");
    assert_eq!(ukraine["schedules"][0]["freq"], "WEEKLY");
    assert_eq!(ukraine["schedules"][0]["byday"], "MO,TU,WE,TH,FR,SA,SU");
    assert_eq!(ukraine["phones"][0]["languages"][0]["code"], "uk");
}

#[tokio::test]
async fn nothing_in_the_feed_carries_an_address() {
    let app = TestApp::spawn().await;
    let mut everything = String::new();
    for path in ["/hsds/organizations", "/hsds/services"] {
        for item in every_item(&app, path).await {
            everything.push_str(&item.to_string());
        }
    }
    assert!(
        everything.contains("Safe housing and shelter"),
        "shelters are in the feed"
    );
    for key in [
        "\"address",
        "\"locations\"",
        "\"latitude\"",
        "\"postal_code\"",
    ] {
        assert!(!everything.contains(key), "the feed carries {key}");
    }
}

#[tokio::test]
async fn unknown_ids_and_bad_pages_are_refused() {
    let app = TestApp::spawn().await;
    for path in [
        "/hsds/organizations/not-a-uuid",
        "/hsds/organizations/0191c3a0-0000-7000-8000-000000000000",
        "/hsds/services/0191c3a0-0000-7000-8000-000000000000",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        app.get("/hsds/services?page=0").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}
