//! The whole journey of a request: asked from the form or the API, routed to the members in
//! the country (or the secretariat), answered, read back with the ticket and passphrase,
//! turned into a consultation and deleted after its retention; bad input and floods refused.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{ask, code_text, consultant_queue, status};
use crate::TestApp;

#[tokio::test]
async fn a_person_asks_from_the_form_and_reads_the_reply_with_the_ticket_and_passphrase() {
    let app = TestApp::spawn().await;
    let form = app.get("/ro/help/ask").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.headers.get("set-cookie").is_none(), "no cookie");
    let sent = crate::Client::new(&app)
        .post(
            "/ro/help/ask",
            &[
                ("country", "MD"),
                ("language", "ro"),
                (
                    "message",
                    "Mi s-a oferit un loc de muncă în Germania. Este sigur?",
                ),
                ("contact_me_by_fax_only", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.headers.get("set-cookie").is_none());
    let shown = app.get(sent.header("location")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.headers.get("set-cookie").is_none());
    assert_eq!(shown.header("cache-control"), "no-store");
    let (ticket, passphrase) = (
        code_text(&shown.body, "ticket"),
        code_text(&shown.body, "passphrase"),
    );
    assert!(passphrase.len() >= 12);

    let waiting = status(&app, &ticket, &passphrase).await;
    assert_eq!(waiting.status, StatusCode::OK);
    assert_eq!(waiting.json()["status"], "open");
    assert_eq!(
        status(&app, &ticket, "abcd-efgh-jkmn-pqrs").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status(&app, "ZZZZ-ZZZZ", &passphrase).await.status,
        StatusCode::NOT_FOUND
    );

    // The consultants of the member in Moldova see it and answer.
    let (consultant, queue) = consultant_queue(&app).await;
    assert_eq!(queue["total"], 1);
    assert!(
        queue["items"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Germania")
    );
    let id = queue["items"][0]["id"].as_str().unwrap().to_owned();
    let reply =
        json!({"message": "Verificați agenția înainte de a plăti ceva. Sunați-ne la 0 800 77777."});
    let answered = app
        .send_json(
            Method::POST,
            &format!("/api/v1/help-requests/{id}/replies"),
            Some(&consultant),
            &reply.to_string(),
            &[],
        )
        .await;
    assert_eq!(answered.status, StatusCode::CREATED, "{}", answered.body);

    let page = crate::Client::new(&app)
        .post(
            "/ro/help/ask/status",
            &[("ticket", &*ticket), ("passphrase", &*passphrase)],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Verificați agenția"),
        "the reply is shown"
    );
    let wrong = crate::Client::new(&app)
        .post(
            "/ro/help/ask/status",
            &[("ticket", &*ticket), ("passphrase", "abcd-efgh-jkmn-pqrs")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert_eq!(
        status(&app, &ticket, &passphrase).await.json()["status"],
        "answered"
    );
    // The ticket and passphrase never travel in a URL.
    assert_eq!(
        app.get_undocumented(&format!(
            "/api/v1/help-requests/status?ticket={ticket}&passphrase={passphrase}"
        ))
        .await
        .status,
        StatusCode::METHOD_NOT_ALLOWED
    );
}

#[tokio::test]
async fn requests_go_to_the_members_in_the_country_or_the_secretariat_and_nobody_else() {
    let app = TestApp::spawn().await;
    let moldova = ask(
        &app,
        json!({"country": "md", "language": "ru", "message": "Мой сын не выходит на связь."}),
    )
    .await;
    assert_eq!(moldova.status, StatusCode::CREATED, "{}", moldova.body);
    let greece = ask(&app, json!({"country": "GR", "language": "en", "message": "I work on a farm near Larissa and cannot leave."})).await;
    assert_eq!(greece.status, StatusCode::CREATED);
    app.create_user(
        "olga@la-strada.org.ua",
        "hotline-consultant",
        "la-strada-ukraine",
    )
    .await;
    app.create_user(
        "desk@lastradainternational.org",
        "hotline-consultant",
        "la-strada-international-secretariat",
    )
    .await;
    let queue = |email: &'static str| {
        let app = &app;
        async move {
            let token = app.api_token(email).await;
            app.get_with_token("/api/v1/help-requests", &token)
                .await
                .json()
        }
    };
    assert_eq!(
        queue("hotline-consultant@demo.strada.invalid").await["total"],
        1
    );
    assert_eq!(
        queue("olga@la-strada.org.ua").await["total"],
        0,
        "Ukraine receives neither"
    );
    let secretariat = queue("desk@lastradainternational.org").await;
    assert_eq!(
        secretariat["total"], 1,
        "no member in Greece: the secretariat answers"
    );
    assert_eq!(secretariat["items"][0]["country"], "GR");
    let greek_id = secretariat["items"][0]["id"].as_str().unwrap().to_owned();
    let outsider = app.api_token("olga@la-strada.org.ua").await;
    let reply = json!({"message": "hello"}).to_string();
    let refused = app
        .send_json(
            Method::POST,
            &format!("/api/v1/help-requests/{greek_id}/replies"),
            Some(&outsider),
            &reply,
            &[],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::NOT_FOUND,
        "another organisation's request is absent"
    );
    let analyst = app.api_token("analyst@demo.strada.invalid").await;
    assert_eq!(
        app.get_with_token("/api/v1/help-requests", &analyst)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/api/v1/help-requests").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn bad_requests_robots_and_floods_are_refused_and_store_nothing() {
    let app = TestApp::spawn().await;
    // Each rule of the input is tried beside the parser (`help_requests/input/tests.rs`):
    // here, what a refusal answers.
    for (body, field) in [
        (
            json!({"country": "XX", "language": "ro", "message": "help"}),
            "country",
        ),
        (
            json!({"country": "MD", "language": "ro", "message": "help", "email": "me@example.org"}),
            "email",
        ),
    ] {
        let answer = ask(&app, body).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(
            answer.json()["error"]["fields"][field].is_string(),
            "{field}: {}",
            answer.body
        );
    }
    assert_eq!(
        app.send_json(
            Method::POST,
            "/api/v1/help-requests",
            None,
            "{\"country\":",
            &[]
        )
        .await
        .status,
        StatusCode::BAD_REQUEST
    );
    let robot = crate::Client::new(&app)
        .post(
            "/en/help/ask",
            &[
                ("country", "MD"),
                ("language", "en"),
                ("message", "cheap pills"),
                ("contact_me_by_fax_only", "yes"),
            ],
        )
        .await;
    assert_eq!(robot.status, StatusCode::BAD_REQUEST);
    let kept = crate::Client::new(&app)
        .post(
            "/en/help/ask",
            &[
                ("country", ""),
                ("language", "en"),
                ("message", "please keep what I wrote"),
            ],
        )
        .await;
    assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        kept.html().textareas("message"),
        ["please keep what I wrote"]
    );
    let (_, queue) = consultant_queue(&app).await;
    assert_eq!(queue["total"], 0, "nothing was stored");

    let mut statuses = Vec::new();
    for attempt in 0..6 {
        statuses.push(
            ask(
                &app,
                json!({"country": "MD", "language": "ro", "message": format!("request {attempt}")}),
            )
            .await
            .status,
        );
    }
    assert_eq!(&statuses[..5], &[StatusCode::CREATED; 5]);
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_request_becomes_a_consultation_and_is_deleted_after_its_retention() {
    let app = TestApp::spawn().await;
    let created = ask(
        &app,
        json!({"country": "MD", "language": "ro", "message": "SECRET-MARKER-ask about a contract"}),
    )
    .await
    .json();
    let (ticket, passphrase) = (
        created["ticket"].as_str().unwrap().to_owned(),
        created["passphrase"].as_str().unwrap().to_owned(),
    );
    let (consultant, queue) = consultant_queue(&app).await;
    let id = queue["items"][0]["id"].as_str().unwrap().to_owned();
    let body =
        json!({"caller_type": "potential_migrant", "topics": ["work_contract_check"]}).to_string();
    let made = app
        .send_json(
            Method::POST,
            &format!("/api/v1/help-requests/{id}/consultation"),
            Some(&consultant),
            &body,
            &[],
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let consultation_id = made.json()["consultation_id"].as_str().unwrap().to_owned();
    let consultation = app
        .get_with_token(
            &format!("/api/v1/consultations/{consultation_id}"),
            &consultant,
        )
        .await
        .json();
    assert_eq!(consultation["channel"], "web_form");
    assert_eq!(consultation["language"], "ro");
    assert_eq!(
        status(&app, &ticket, &passphrase).await.json()["status"],
        "closed"
    );

    if let strada_store::DatabaseUrl::Sqlite(path) = &app.database {
        let bytes = std::fs::read(path).unwrap();
        let wal = std::fs::read(format!("{}-wal", path.display())).unwrap_or_default();
        assert!(
            !bytes
                .windows(13)
                .chain(wal.windows(13))
                .any(|w| w == b"SECRET-MARKER"),
            "messages are encrypted"
        );
    }
    let store = app.server().state.store();
    assert_eq!(
        strada::server::sweep_expired(store, 90).await.unwrap(),
        0,
        "kept while within its retention"
    );
    app.execute_sql("UPDATE help_requests SET closed_at = '2020-01-01T00:00:00Z'")
        .await;
    assert_eq!(strada::server::sweep_expired(store, 90).await.unwrap(), 1);
    assert_eq!(
        status(&app, &ticket, &passphrase).await.status,
        StatusCode::NOT_FOUND,
        "deleted"
    );
}
