//! The consultations API: recording, validation, listing with filters, reading (audited),
//! editing rules, access by organisation and role, and notes encrypted at rest.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestApp;

const CONSULTANT: &str = "hotline-consultant@demo.strada.invalid";

fn sample() -> Value {
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

async fn post(app: &TestApp, token: &str, body: &Value) -> crate::Answer {
    app.send_json(
        Method::POST,
        "/api/v1/consultations",
        Some(token),
        &body.to_string(),
        &[],
    )
    .await
}

#[tokio::test]
async fn a_consultant_records_a_consultation_and_reads_it_back() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let answer = post(&app, &token, &sample()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    let record = answer.json();
    let id = record["id"].as_str().unwrap().to_owned();
    assert_eq!(record["organisation"], "la-strada-moldova");
    assert_eq!(record["destination_country"], "DE");
    assert_eq!(
        record["topics"],
        json!(["jobs_abroad", "work_contract_check"])
    );
    assert_eq!(record["referred_to"], json!(["kok"]));
    assert!(record["notes"].as_str().unwrap().contains("Hamburg"));

    let read = app
        .get_with(
            &format!("/api/v1/consultations/{id}"),
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.json()["notes"], record["notes"]);
    assert_eq!(read.json()["exploitation_types"], json!(["ForcedLabour"]));

    // Defaults: anonymous, no concern, started now.
    let minimal =
        json!({"channel": "chat", "caller_type": "other", "language": "uk", "topics": ["other"]});
    let answer = post(&app, &token, &minimal).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    assert_eq!(answer.json()["anonymous"], true);
    assert_eq!(answer.json()["trafficking_concern"], "none");
    assert!(answer.json().get("notes").is_none());

    // Reading the notes is in the audit trail.
    let mut admin = crate::Client::new(&app);
    admin
        .sign_in(
            "org-admin@demo.strada.invalid",
            strada_store::demo::DEMO_PASSWORD,
        )
        .await;
    let trail = admin
        .get("/staff/audit?action=consultation_read")
        .await
        .body;
    assert!(trail.contains(&id), "the read of {id} is audited");
}

#[tokio::test]
async fn notes_never_reach_the_database_in_clear() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let mut body = sample();
    body["notes"] = json!("UNIQUE-MARKER-Kharkiv-son-missing-in-Poznan");
    assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    app.server().state.store().close().await;
    if let strada_store::DatabaseUrl::Sqlite(path) = &app.database {
        let mut everything = std::fs::read(path).unwrap();
        for suffix in ["-wal", "-shm"] {
            if let Ok(more) = std::fs::read(format!("{}{suffix}", path.display())) {
                everything.extend(more);
            }
        }
        assert!(
            !everything
                .windows(13)
                .any(|window| window == b"UNIQUE-MARKER"),
            "notes in clear in the file"
        );
    }
}

#[tokio::test]
async fn bad_input_answers_422_or_400_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let cases: Vec<(Value, &str)> = vec![
        (json!({"channel": "pigeon"}), "channel"),
        (
            {
                let mut b = sample();
                b["caller_type"] = json!("alien");
                b
            },
            "caller_type",
        ),
        (
            {
                let mut b = sample();
                b["anonymous"] = json!("yes");
                b
            },
            "anonymous",
        ),
        (
            {
                let mut b = sample();
                b["language"] = json!("english");
                b
            },
            "language",
        ),
        (
            {
                let mut b = sample();
                b["topics"] = json!([]);
                b
            },
            "topics",
        ),
        (
            {
                let mut b = sample();
                b["topics"] = json!(["jobs"]);
                b
            },
            "topics",
        ),
        (
            {
                let mut b = sample();
                b["topics"] = json!("jobs_abroad");
                b
            },
            "topics",
        ),
        (
            {
                let mut b = sample();
                b["destination_country"] = json!("XX");
                b
            },
            "destination_country",
        ),
        (
            {
                let mut b = sample();
                b["trafficking_concern"] = json!("maybe");
                b
            },
            "trafficking_concern",
        ),
        (
            {
                let mut b = sample();
                b["exploitation_types"] = json!(["forced_labour"]);
                b
            },
            "exploitation_types",
        ),
        (
            {
                let mut b = sample();
                b["duration_minutes"] = json!(-3);
                b
            },
            "duration_minutes",
        ),
        (
            {
                let mut b = sample();
                b["duration_minutes"] = json!(12.5);
                b
            },
            "duration_minutes",
        ),
        (
            {
                let mut b = sample();
                b["duration_minutes"] = json!("12");
                b
            },
            "duration_minutes",
        ),
        (
            {
                let mut b = sample();
                b["started_at"] = json!("yesterday");
                b
            },
            "started_at",
        ),
        (
            {
                let mut b = sample();
                b["started_at"] = json!("2099-01-01T00:00:00Z");
                b
            },
            "started_at",
        ),
        (
            {
                let mut b = sample();
                b["outcome"] = json!("solved");
                b
            },
            "outcome",
        ),
        (
            {
                let mut b = sample();
                b["referred_to"] = json!(["no-such-organisation"]);
                b
            },
            "referred_to",
        ),
        (
            {
                let mut b = sample();
                b["notes"] = json!("x".repeat(20_001));
                b
            },
            "notes",
        ),
        (
            {
                let mut b = sample();
                b["notes"] = json!(42);
                b
            },
            "notes",
        ),
        (
            {
                let mut b = sample();
                b["note"] = json!("typo");
                b
            },
            "note",
        ),
        (json!(["not", "an", "object"]), "body"),
    ];
    for (body, field) in cases {
        let answer = post(&app, &token, &body).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            answer.body
        );
        let error = &answer.json()["error"];
        assert_eq!(error["code"], "invalid_input");
        assert!(error["fields"][field].is_string(), "{field}: {error}");
    }
    let mut long_but_allowed = sample();
    long_but_allowed["notes"] = json!("ș".repeat(20_000));
    assert_eq!(
        post(&app, &token, &long_but_allowed).await.status,
        StatusCode::CREATED
    );
    for broken in ["{\"channel\": ", "not json", "\u{0}"] {
        let answer = app
            .send_json(
                Method::POST,
                "/api/v1/consultations",
                Some(&token),
                broken,
                &[],
            )
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{broken}");
        assert_eq!(answer.json()["error"]["code"], "malformed_json");
    }
    let invalid_utf8 = app
        .client
        .post(format!("{}/api/v1/consultations", app.base))
        .header("authorization", format!("Bearer {token}"))
        .body(vec![0x7b, 0xff, 0xfe, 0x7d])
        .send()
        .await
        .unwrap();
    assert_eq!(invalid_utf8.status(), StatusCode::BAD_REQUEST);
    let huge = app
        .client
        .post(format!("{}/api/v1/consultations", app.base))
        .header("authorization", format!("Bearer {token}"))
        .body(vec![b' '; 2 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let listed = app
        .get_with(
            "/api/v1/consultations",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(listed.json()["total"], 1, "only the valid one was stored");
}

#[tokio::test]
async fn a_repeated_submission_with_the_same_idempotency_key_stores_one_record() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let key = [("idempotency-key", "form-42")];
    let first = app
        .send_json(
            Method::POST,
            "/api/v1/consultations",
            Some(&token),
            &sample().to_string(),
            &key,
        )
        .await;
    let second = app
        .send_json(
            Method::POST,
            "/api/v1/consultations",
            Some(&token),
            &sample().to_string(),
            &key,
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(first.json()["id"], second.json()["id"]);
    let listed = app
        .get_with(
            "/api/v1/consultations",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(listed.json()["total"], 1);
}

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
async fn consultations_belong_to_their_organisation_and_analysts_see_none() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let id = post(&app, &token, &sample()).await.json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
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

#[tokio::test]
async fn authors_edit_for_24_hours_and_org_admins_after() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let id = post(&app, &token, &sample()).await.json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut changed = sample();
    changed["outcome"] = json!("referred_within_network");
    let answer = app
        .send_json(
            Method::PUT,
            &format!("/api/v1/consultations/{id}"),
            Some(&token),
            &changed.to_string(),
            &[],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.json()["outcome"], "referred_within_network");
    let colleague = app.api_token("case-worker@demo.strada.invalid").await;
    let answer = app
        .send_json(
            Method::PUT,
            &format!("/api/v1/consultations/{id}"),
            Some(&colleague),
            &changed.to_string(),
            &[],
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "not the author");
    let day_ago = (time::OffsetDateTime::now_utc() - time::Duration::hours(25))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.execute_sql(&format!(
        "UPDATE consultations SET created_at = '{day_ago}'"
    ))
    .await;
    let answer = app
        .send_json(
            Method::PUT,
            &format!("/api/v1/consultations/{id}"),
            Some(&token),
            &changed.to_string(),
            &[],
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::FORBIDDEN,
        "the author's 24 hours are over"
    );
    let admin = app.api_token("org-admin@demo.strada.invalid").await;
    let answer = app
        .send_json(
            Method::PUT,
            &format!("/api/v1/consultations/{id}"),
            Some(&admin),
            &changed.to_string(),
            &[],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let mut invalid = changed.clone();
    invalid["channel"] = json!("carrier-pigeon");
    let answer = app
        .send_json(
            Method::PUT,
            &format!("/api/v1/consultations/{id}"),
            Some(&admin),
            &invalid.to_string(),
            &[],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let read = app
        .get_with(
            &format!("/api/v1/consultations/{id}"),
            &[("authorization", &format!("Bearer {admin}"))],
        )
        .await
        .json();
    assert_eq!(read["channel"], "phone", "nothing changed");
}

/// The form's own submission id, from the page.
fn submission_id(html: &str) -> String {
    let marker = "name=\"submission\" value=\"";
    let start = html.find(marker).unwrap() + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn a_consultant_logs_a_contact_from_the_form_and_the_form_remembers_their_habits() {
    let app = TestApp::spawn().await;
    let mut browser = crate::Client::new(&app);
    browser
        .sign_in(CONSULTANT, strada_store::demo::DEMO_PASSWORD)
        .await;
    let form = browser.get("/staff/consultations/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        !form.body.contains(" selected>") && !form.body.contains(" checked"),
        "nothing is chosen for the consultant on their first contact"
    );
    assert!(
        form.body.contains("data-country-info"),
        "the destination's information comes beside the form"
    );
    let token = crate::csrf_token(&form.body);
    let submission = submission_id(&form.body);
    let fields = [
        ("csrf_token", token.as_str()),
        ("submission", submission.as_str()),
        ("channel", "chat"),
        ("caller_type", "relative_or_friend"),
        ("language", "uk"),
        ("topics", "missing_person"),
        ("topics", "jobs_abroad"),
        ("destination_country", "PL"),
        ("trafficking_concern", "possible"),
        ("duration_minutes", "7"),
        ("notes", "Son stopped answering two weeks ago."),
    ];
    let saved = browser.post("/staff/consultations/new", &fields).await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.body);
    assert!(saved.body.contains("id=\"saved-consultation\""));
    let again = browser.post("/staff/consultations/new", &fields).await;
    assert_eq!(
        again.status,
        StatusCode::CREATED,
        "a double submission answers the same"
    );
    let list = browser.get("/staff/consultations").await;
    assert!(
        list.body.contains("1 contact") || list.body.contains("One contact"),
        "recorded once"
    );
    // The next form remembers the channel and the language of the last contact.
    let next = browser.get("/staff/consultations/new").await.body;
    assert!(next.contains("<option value=\"chat\" selected>"));
    assert!(next.contains("<option value=\"uk\" selected>Ukrainian</option>"));
    let carried = &next[next.find("id=\"carried-over\"").expect("said so")..];
    assert!(
        carried[..carried.find("</p>").unwrap()].contains("Chat, Ukrainian"),
        "what carries over is visible"
    );
    assert!(!next.contains(" checked"), "nothing else is chosen");

    let token = crate::csrf_token(&next);
    let invalid = browser
        .post(
            "/staff/consultations/new",
            &[
                ("csrf_token", &token),
                ("channel", "phone"),
                ("caller_type", "other"),
                ("language", "uk"),
                ("notes", "keep me"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid
            .body
            .contains("<p class=\"field-error\" id=\"topics-error\">Tick at least one topic.</p>"),
        "the message is next to the field"
    );
    assert!(
        invalid.body.contains(">keep me</textarea>"),
        "what was typed is kept"
    );

    let filtered = browser
        .get("/staff/consultations?topic=missing_person&destination_country=PL")
        .await;
    assert_eq!(filtered.status, StatusCode::OK);
    let start = filtered
        .body
        .find("href=\"/staff/consultations/0")
        .or_else(|| filtered.body.find("href=\"/staff/consultations/"))
        .unwrap();
    let href = &filtered.body[start + 6..start + 6 + filtered.body[start + 6..].find('"').unwrap()];
    let record = browser.get(href).await;
    assert_eq!(record.status, StatusCode::OK);
    assert!(
        record.body.contains("Son stopped answering"),
        "the record shows its notes"
    );
    assert_eq!(
        browser
            .get("/staff/consultations?from=someday")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn the_record_is_edited_by_its_author_and_not_by_a_colleague() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let id = post(&app, &token, &sample()).await.json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/staff/consultations/{id}");
    let mut author = crate::Client::new(&app);
    author
        .sign_in(CONSULTANT, strada_store::demo::DEMO_PASSWORD)
        .await;
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
        .get_with(
            &format!("/api/v1/consultations/{id}"),
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await
        .json();
    assert_eq!(read["channel"], "email");
    let mut colleague = crate::Client::new(&app);
    colleague
        .sign_in(
            "case-worker@demo.strada.invalid",
            strada_store::demo::DEMO_PASSWORD,
        )
        .await;
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

/// The demo consultant (of la-strada-moldova), with the interface in Romanian.
async fn romanian_consultant(app: &TestApp) -> crate::Client<'_> {
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

#[tokio::test]
async fn form_errors_speak_the_consultants_language_beside_their_fields() {
    let app = TestApp::spawn().await;
    let mut browser = romanian_consultant(&app).await;
    let answer = browser
        .submit(
            "/staff/consultations/new",
            "/staff/consultations/new",
            &[
                ("channel", "phone"),
                ("caller_type", "other"),
                ("language", "not a language!"),
                ("started_at", "yesterday"),
                ("duration_minutes", "99999"),
                ("notes", "de păstrat"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &answer.body;
    for (field, message) in [
        ("topics", "Bifați cel puțin un subiect."),
        ("language", "Alegeți o variantă din listă."),
        ("started_at", "Introduceți o dată și o oră."),
        (
            "duration_minutes",
            "Introduceți un număr întreg de minute, de la 0 la 1440.",
        ),
    ] {
        assert!(
            body.contains(&format!(
                "<p class=\"field-error\" id=\"{field}-error\">{message}</p>"
            )),
            "{field}: {body}"
        );
        // A group of checkboxes is described by its message; a single field is also invalid.
        let tied = if field == "topics" {
            "<fieldset id=\"topics\" aria-describedby=\"topics-error\">".to_owned()
        } else {
            format!("aria-invalid=\"true\" aria-describedby=\"{field}-error\"")
        };
        assert!(body.contains(&tied), "{field} is tied to its message");
        assert!(
            body.contains(&format!("<a href=\"#{field}\">")),
            "the summary links to {field}"
        );
    }
    assert!(body.contains("id=\"error-summary\" role=\"alert\""));
    for english in [
        "BCP 47",
        "RFC 3339",
        "needs at least one topic",
        "must be",
        "is required",
    ] {
        assert!(!body.contains(english), "no {english} on the page");
    }
    assert!(
        body.contains(">de păstrat</textarea>"),
        "what was typed is kept"
    );
    let list = browser.get("/staff/consultations?outcome=maybe").await;
    assert_eq!(list.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        list.body
            .contains("Acest filtru nu a fost înțeles: Rezultat."),
        "{}",
        list.body
    );
    assert!(!list.body.contains("consultation outcome"));
}

#[tokio::test]
async fn times_are_typed_and_shown_on_the_organisations_clock() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    let mut browser = crate::Client::new(&app);
    browser
        .sign_in(CONSULTANT, strada_store::demo::DEMO_PASSWORD)
        .await;
    let form = browser.get("/staff/consultations/new").await.body;
    assert!(form.contains("Started (time in Europe/Chisinau)"), "{form}");
    // Half past midnight in Chisinau in winter is half past ten the evening before in UTC.
    let saved = browser
        .submit(
            "/staff/consultations/new",
            "/staff/consultations/new",
            &[
                ("channel", "phone"),
                ("caller_type", "possible_victim"),
                ("language", "ro"),
                ("topics", "suspected_trafficking"),
                ("started_at", "2026-01-15T00:30"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.body);
    let listed = app
        .get_with(
            "/api/v1/consultations",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await
        .json();
    assert_eq!(listed["items"][0]["started_at"], "2026-01-14T22:30:00Z");
    let id = listed["items"][0]["id"].as_str().unwrap().to_owned();
    let record = browser
        .get(&format!("/staff/consultations/{id}"))
        .await
        .body;
    assert!(record.contains("value=\"2026-01-15T00:30\""), "{record}");
    let list = browser.get("/staff/consultations").await.body;
    assert!(list.contains(">2026-01-15 00:30</a>"), "{list}");
    // The list's days are the organisation's: the contact is on the 15th in Chisinau.
    for (query, found) in [
        ("from=2026-01-15&until=2026-01-15", true),
        ("from=2026-01-14&until=2026-01-14", false),
    ] {
        let page = browser
            .get(&format!("/staff/consultations?{query}"))
            .await
            .body;
        assert_eq!(page.contains(">2026-01-15 00:30</a>"), found, "{query}");
    }
    // In summer Chisinau is three hours ahead.
    let summer = browser
        .submit(
            &format!("/staff/consultations/{id}"),
            &format!("/staff/consultations/{id}"),
            &[
                ("channel", "phone"),
                ("caller_type", "possible_victim"),
                ("language", "ro"),
                ("topics", "suspected_trafficking"),
                ("started_at", "2025-07-01T03:15"),
            ],
        )
        .await;
    assert_eq!(summer.status, StatusCode::SEE_OTHER, "{}", summer.body);
    let read = app
        .get_with(
            &format!("/api/v1/consultations/{id}"),
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await
        .json();
    assert_eq!(read["started_at"], "2025-07-01T00:15:00Z");
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
    let mut browser = crate::Client::new(&app);
    browser
        .sign_in(CONSULTANT, strada_store::demo::DEMO_PASSWORD)
        .await;
    let page = browser
        .get("/staff/consultations?trafficking_concern=likely&outcome=case_opened")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("1 contact") || page.body.contains("One contact"));
    assert!(page.body.contains("<option value=\"likely\" selected>"));
    assert!(page.body.contains("<td>Case opened</td>"));
}

#[tokio::test]
async fn org_admins_export_analysts_see_aggregates_only_and_consultants_neither() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    for (topic, destination) in [
        ("jobs_abroad", "DE"),
        ("jobs_abroad", "PL"),
        ("study_abroad", "DE"),
    ] {
        let body = json!({"channel": "phone", "caller_type": "potential_migrant", "language": "ro", "topics": [topic],
            "destination_country": destination, "duration_minutes": 12, "notes": "=HYPERLINK(\"http://evil\")"});
        assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    }
    for role in ["org-admin", "analyst"] {
        let mut browser = crate::Client::new(&app);
        browser
            .sign_in(
                &format!("{role}@demo.strada.invalid"),
                strada_store::demo::DEMO_PASSWORD,
            )
            .await;
        let dashboard = browser.get("/staff/consultations/dashboard").await;
        assert_eq!(dashboard.status, StatusCode::OK, "{role}");
        assert_eq!(dashboard.body.matches("<svg").count(), 4, "four charts");
        // Drawn a phone wide and scaled by its viewBox: at 360 px its text is 14 px, and each
        // label has a line of its own, so none overlaps another or a bar.
        assert_eq!(dashboard.body.matches("viewBox=\"0 0 320 ").count(), 4);
        assert!(
            dashboard
                .body
                .contains("<text x=\"0\" y=\"15\" font-size=\"14\"")
        );
        assert!(dashboard.body.contains("<td>Jobs abroad</td><td>2</td>"));
        assert!(dashboard.body.contains("<td>Germany</td><td>2</td>"));
        assert!(dashboard.body.contains("3 contacts"));
        if role == "analyst" {
            for path in [
                "/staff/consultations/export.csv",
                "/staff/consultations/export.xlsx",
            ] {
                assert_eq!(
                    browser.get(path).await.status,
                    StatusCode::NOT_FOUND,
                    "analysts never get one row per consultation: {path}"
                );
            }
            continue;
        }
        let csv = browser.get("/staff/consultations/export.csv").await;
        assert_eq!(csv.status, StatusCode::OK, "{role}");
        assert!(csv.header("content-type").starts_with("text/csv"));
        assert!(
            csv.header("content-disposition")
                .contains("consultations.csv")
        );
        let lines: Vec<&str> = csv.body.lines().collect();
        assert_eq!(lines.len(), 4, "a header and three rows");
        assert!(lines[0].starts_with("id,started_at,channel"));
        assert!(
            !csv.body.contains("HYPERLINK"),
            "notes never leave in an export"
        );
        let filtered = browser
            .get("/staff/consultations/export.csv?destination_country=DE")
            .await;
        assert_eq!(filtered.body.lines().count(), 3);
        let (status, xlsx) = {
            let cookie = browser.cookie.clone().unwrap();
            app.get_bytes("/staff/consultations/export.xlsx", &[("cookie", &cookie)])
                .await
        };
        assert_eq!(status, StatusCode::OK);
        assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip");
        let sheet = zip_entry(&xlsx, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains("<c r=\"K2\"><v>12</v></c>"),
            "minutes are a number: {sheet}"
        );
        assert!(
            sheet.contains("<c r=\"E2\" t=\"b\"><v>1</v></c>"),
            "{sheet}"
        );
    }
    let mut consultant = crate::Client::new(&app);
    consultant
        .sign_in(CONSULTANT, strada_store::demo::DEMO_PASSWORD)
        .await;
    for path in [
        "/staff/consultations/export.csv",
        "/staff/consultations/export.xlsx",
        "/staff/consultations/dashboard",
    ] {
        assert_eq!(
            consultant.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let mut analyst = crate::Client::new(&app);
    analyst
        .sign_in(
            "analyst@demo.strada.invalid",
            strada_store::demo::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(
        analyst.get("/staff/consultations").await.status,
        StatusCode::NOT_FOUND,
        "analysts see aggregates only"
    );
}

async fn org_admin(app: &TestApp) -> crate::Client<'_> {
    let mut browser = crate::Client::new(app);
    browser
        .sign_in(
            "org-admin@demo.strada.invalid",
            strada_store::demo::DEMO_PASSWORD,
        )
        .await;
    browser
}

#[tokio::test]
async fn a_compressed_csv_export_arrives_whole_and_its_audit_event_says_so() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    // More than one page of the export's reads.
    for minute in 0..130 {
        let mut body = sample();
        body["started_at"] = json!(format!(
            "2026-11-20T{:02}:{:02}:00Z",
            8 + minute / 60,
            minute % 60
        ));
        assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    }
    let browser = org_admin(&app).await;
    let cookie = browser.cookie.clone().unwrap();
    let response = app
        .client
        .get(format!("{}/staff/consultations/export.csv", app.base))
        .header("cookie", &cookie)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let compressed = response.bytes().await.expect("the whole body arrives");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&compressed[..]), &mut csv)
        .expect("a complete gzip stream");
    assert_eq!(csv.lines().count(), 131, "a header and every row");
    let audit = browser_get_audit(&app).await;
    assert!(audit.contains("consultations_exported"), "{audit}");
}

async fn browser_get_audit(app: &TestApp) -> String {
    app.table_text("audit_events").await
}

#[tokio::test]
async fn dates_outside_what_the_code_handles_answer_422_and_never_panic() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    assert_eq!(
        post(&app, &token, &sample()).await.status,
        StatusCode::CREATED
    );
    let mut admin = org_admin(&app).await;
    for query in [
        "until=9999-12-31",
        "from=9999-12-31",
        "until=-9999-01-01",
        "from=0000-01-01&until=9999-12-31T23:59:59Z",
        "until=2026-02-30",
    ] {
        let api = app
            .send_json(
                Method::GET,
                &format!("/api/v1/consultations?{query}"),
                Some(&token),
                "",
                &[],
            )
            .await;
        assert_eq!(
            api.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}: {}",
            api.body
        );
        assert!(api.json()["error"]["fields"].is_object());
        for page in [
            "/staff/consultations",
            "/staff/consultations/dashboard",
            "/staff/consultations/export.csv",
            "/staff/consultations/export.xlsx",
        ] {
            // Exports answer the list, which names the field in error in the reader's words.
            let answer = admin.get(&format!("{page}?{query}")).await;
            assert_eq!(
                answer.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{page}?{query}"
            );
            assert!(
                answer.body.contains("role=\"alert\"") || answer.body.contains("class=\"error\""),
                "{page}?{query}: {}",
                answer.body
            );
            assert!(!answer.body.contains("1900"), "no parser's English: {page}");
        }
    }
    // The last dates the code handles still work, to their last nanosecond.
    let api = app
        .send_json(
            Method::GET,
            "/api/v1/consultations?from=1900-01-01&until=2200-12-31",
            Some(&token),
            "",
            &[],
        )
        .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    assert_eq!(api.json()["total"], 1);
}

/// One file of a zip archive (an XLSX), inflated: enough of the format to read a worksheet,
/// through the central directory (local headers may leave sizes to a trailing descriptor).
fn zip_entry(archive: &[u8], name: &str) -> String {
    let number = |at: usize, width: usize| {
        archive[at..at + width]
            .iter()
            .rev()
            .fold(0usize, |value, byte| value << 8 | usize::from(*byte))
    };
    let mut at = archive
        .windows(4)
        .position(|window| window == b"PK\x01\x02")
        .expect("a central directory");
    while archive[at..].starts_with(b"PK\x01\x02") {
        let (method, compressed) = (number(at + 10, 2), number(at + 20, 4));
        let (name_length, extra_length, comment_length) =
            (number(at + 28, 2), number(at + 30, 2), number(at + 32, 2));
        let local = number(at + 42, 4);
        if &archive[at + 46..at + 46 + name_length] == name.as_bytes() {
            let start = local + 30 + number(local + 26, 2) + number(local + 28, 2);
            let data = &archive[start..start + compressed];
            let mut text = String::new();
            if method == 0 {
                text = String::from_utf8(data.to_vec()).unwrap();
            } else {
                std::io::Read::read_to_string(
                    &mut flate2::read::DeflateDecoder::new(data),
                    &mut text,
                )
                .unwrap();
            }
            return text;
        }
        at += 46 + name_length + extra_length + comment_length;
    }
    panic!("no {name} in the archive");
}
