//! A case's identity over the API: written whole and never in clear in the database file nor
//! its WAL, shown only when asked and each showing audited, found again by family name and
//! birth year whatever the script, among the cases the caller may open; outside the caller's
//! scope a 404, and each wrong field of a write its own 422.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::*;
use crate::cases_identity::file_holds;

/// An identity with everything a scan of the database must not find.
fn person() -> Value {
    json!({
        "given_names": "Oleksandra",
        "family_name": "Ştefănescu",
        "other_names": ["Иванова"],
        "birth_date": "1998-07-21",
        "phone": "+373 600 12 345",
        "email": "",
        "address": "Strada Trandafirilor 12",
        "documents": [{"type": "passport", "number": "QX7745120", "issuing_country": "MD"}],
        "notes": "Speaks Romanian and Russian."
    })
}

async fn put_identity(client: &mut Client<'_>, id: &str, body: &Value) -> Answer {
    put_text(client, id, &body.to_string()).await
}

/// Writes the identity of case `id` with `body`, as it is.
async fn put_text(client: &mut Client<'_>, id: &str, body: &str) -> Answer {
    let path = format!("/api/v1/cases/{id}/identity");
    client.send_json(Method::PUT, &path, body, &[]).await
}

/// Asks the possible matches of `body`, as it is.
async fn ask(client: &mut Client<'_>, body: &str) -> Answer {
    client
        .send_json(Method::POST, "/api/v1/cases/possible-matches", body, &[])
        .await
}

async fn search(client: &mut Client<'_>, family_name: &str, birth_year: i32) -> Value {
    let body = json!({"family_name": family_name, "birth_year": birth_year});
    let answer = ask(client, &body.to_string()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.json()
}

/// The fields a 422 names, in order.
fn named_fields(answer: &Answer) -> Vec<String> {
    let body = &answer.body;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let fields = answer.json()["error"]["fields"].clone();
    let mut named: Vec<String> = fields.as_object().unwrap().keys().cloned().collect();
    named.sort_unstable();
    named
}

/// Whether the database file or its WAL holds `needle` anywhere.
fn database_holds(path: &std::path::Path, needle: &str) -> bool {
    ["", "-wal"]
        .iter()
        .map(|suffix| std::path::PathBuf::from(format!("{}{suffix}", path.display())))
        .any(|file| file_holds(&file, needle))
}

#[tokio::test]
async fn an_identity_written_through_the_api_is_shown_audited_and_never_stored_in_clear() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let (case, id) = open_sample(&mut lead).await;
    let path = format!("/api/v1/cases/{id}/identity");
    let before = lead.get(&path).await;
    assert_eq!(before.status, StatusCode::OK, "{}", before.body);
    assert_eq!(
        before.json(),
        json!({"case": case["code"], "erased": false, "identity": null})
    );

    let written = put_identity(&mut lead, &id, &person()).await;
    assert_eq!(written.status, StatusCode::OK, "{}", written.body);
    assert_eq!(written.json()["identity"], person());
    let shown = lead.get(&path).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    assert_eq!(shown.header("cache-control"), "no-store");
    assert_eq!(shown.json()["identity"], person());
    assert_eq!(shown.json()["erased"], false);

    let timeline = lead.get(&format!("/api/v1/cases/{id}")).await.json()["timeline"].clone();
    let kinds: Vec<&str> = timeline
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|entry| entry["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["opened", "identity_changed"]);
    let me = app.user(&lead.email).await.id.to_string();
    assert_eq!(timeline[1]["actor"], me);

    let audit = app.table_text("audit_events").await;
    assert_eq!(audit.matches("case_identity_shown").count(), 2, "{audit}");
    assert!(audit.contains("case_identity_changed"), "{audit}");

    app.server().state.store().close().await;
    if let strada_store::DatabaseUrl::Sqlite(file) = &app.database {
        assert!(
            database_holds(file, "case_identity_shown"),
            "the scan reads what is stored in clear"
        );
        for needle in [
            "Oleksandra",
            "Ştefănescu",
            "Иванова",
            "1998-07-21",
            "QX7745120",
            "Trandafirilor",
            "+373 600 12 345",
        ] {
            assert!(!database_holds(file, needle), "{needle} in the database");
        }
    }
}

#[tokio::test]
async fn a_person_is_found_again_across_scripts_among_the_cases_the_caller_may_open() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let (case, id) = open_sample(&mut lead).await;
    let mut cyrillic = person();
    cyrillic["family_name"] = json!("Иванова");
    cyrillic["other_names"] = json!([]);
    cyrillic["birth_date"] = json!("1999-03-14");
    let written = put_identity(&mut lead, &id, &cyrillic).await;
    assert_eq!(written.status, StatusCode::OK, "{}", written.body);
    let found = json!({"matches": [{"id": id, "code": case["code"]}], "others": 0});
    for spelling in ["Ivanova", "IVANOVA", "Иванова"] {
        assert_eq!(search(&mut lead, spelling, 1999).await, found, "{spelling}");
    }
    assert_eq!(
        search(&mut lead, "Ivanova", 2000).await,
        json!({"matches": [], "others": 0}),
        "another birth year"
    );
    let mut admin = app.api_client(Role::OrgAdmin, ORGANISATION).await;
    assert_eq!(search(&mut admin, "Ivanova", 1999).await, found);

    let mut colleague = worker(&app).await;
    assert_eq!(
        search(&mut colleague, "Ivanova", 1999).await,
        json!({"matches": [], "others": 1}),
        "a worker not assigned sees no code, and knows to ask"
    );
    let mut stranger = app.api_client(Role::OrgAdmin, "la-strada-ukraine").await;
    assert_eq!(
        search(&mut stranger, "Ivanova", 1999).await,
        json!({"matches": [], "others": 0}),
        "another organisation's cases are not counted"
    );
    let audit = app.table_text("audit_events").await;
    assert!(audit.contains("case_possible_matches_sought"), "{audit}");
    assert!(
        !audit.contains("Ivanova"),
        "the name asked for is not audited"
    );
}

#[tokio::test]
async fn an_identity_outside_the_scope_is_not_found_and_other_roles_are_refused() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let (_, id) = open_sample(&mut lead).await;
    let path = format!("/api/v1/cases/{id}/identity");
    let mut colleague = worker(&app).await;
    assert_eq!(colleague.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        put_identity(&mut colleague, &id, &person()).await.status,
        StatusCode::NOT_FOUND
    );
    for role in [Role::CaseWorker, Role::OrgAdmin] {
        let mut stranger = app.api_client(role, "la-strada-ukraine").await;
        assert_eq!(stranger.get(&path).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            put_identity(&mut stranger, &id, &person()).await.status,
            StatusCode::NOT_FOUND,
            "{role:?} of another organisation"
        );
    }
    for role in [Role::HotlineConsultant, Role::Analyst, Role::NetworkAdmin] {
        let mut other = app.api_client(role, ORGANISATION).await;
        assert_eq!(other.get(&path).await.status, StatusCode::FORBIDDEN);
        let search = ask(
            &mut other,
            r#"{"family_name": "Ivanova", "birth_year": 1999}"#,
        )
        .await;
        assert_eq!(search.status, StatusCode::FORBIDDEN, "{role:?}");
    }
    let audit = app.table_text("audit_events").await;
    assert!(
        !audit.contains("case_identity"),
        "nothing was shown: {audit}"
    );
}

#[tokio::test]
async fn each_wrong_field_of_an_identity_or_a_search_is_named() {
    let app = TestApp::spawn().await;
    let mut lead = worker(&app).await;
    let (_, id) = open_sample(&mut lead).await;
    let wrong = json!({
        "family_name": 5,
        "given_names": ["Elena"],
        "birth_date": "1998-13-01",
        "other_names": "Ivanova",
        "documents": [
            {"type": "passport", "number": "AB1"},
            {"type": "visa", "number": "", "colour": "red"},
            "QX7745120"
        ],
        "nickname": "Lena"
    });
    let answer = put_identity(&mut lead, &id, &wrong).await;
    let named = named_fields(&answer);
    assert_eq!(
        named,
        [
            "birth_date",
            "documents[1].colour",
            "documents[1].number",
            "documents[1].type",
            "documents[2]",
            "family_name",
            "given_names",
            "nickname",
            "other_names",
        ]
    );
    let blank = put_identity(&mut lead, &id, &json!({"family_name": "  "})).await;
    assert_eq!(named_fields(&blank), ["family_name"]);
    let mut long = person();
    long["notes"] = json!("x".repeat(20_001));
    let too_long = put_identity(&mut lead, &id, &long).await;
    assert_eq!(named_fields(&too_long), ["notes"]);
    let not_json = put_text(&mut lead, &id, "{").await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);

    let search = ask(
        &mut lead,
        r#"{"family_name": "", "birth_year": "1999", "city": "Chișinău"}"#,
    )
    .await;
    assert_eq!(named_fields(&search), ["birth_year", "city", "family_name"]);
    let audit = app.table_text("audit_events").await;
    assert!(!audit.contains("case_identity_changed"), "nothing written");
}
