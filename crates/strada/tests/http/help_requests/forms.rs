//! The person's forms: the "sent" page that a reload does not send again, tickets and
//! passphrases read however they are typed, errors in the reader's language beside their
//! field, and writing back with the ticket and passphrase.

use reqwest::StatusCode;

use super::{ask_with_form, code_text, rows, status};
use crate::{Client, TestApp};

#[tokio::test]
async fn reloading_the_sent_page_sends_nothing_again_and_shows_the_codes_only_once() {
    let app = TestApp::spawn().await;
    let sent = Client::new(&app)
        .post(
            "/uk/help/ask",
            &[
                ("country", "MD"),
                ("language", "uk"),
                ("message", "Допоможіть"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "post, redirect, get");
    let location = sent.header("location").to_owned();
    assert!(
        location.starts_with("/uk/help/ask/sent?receipt="),
        "{location}"
    );
    let page = app.get(&location).await;
    assert_eq!(page.status, StatusCode::OK);
    let (ticket, passphrase) = (
        code_text(&page.body, "ticket"),
        code_text(&page.body, "passphrase"),
    );
    for secret in [&ticket, &passphrase] {
        assert!(
            !location.contains(secret.as_str()),
            "no secret in the address"
        );
        assert!(!location.to_lowercase().contains(&secret.to_lowercase()));
    }
    for _ in 0..3 {
        let reloaded = app.get(&location).await;
        assert_eq!(reloaded.status, StatusCode::NOT_FOUND);
        assert!(reloaded.body.contains("id=\"sent-gone\""));
        assert!(!reloaded.body.contains(&passphrase), "shown once");
    }
    assert_eq!(
        rows(&app, "SELECT id FROM help_requests").await.len(),
        1,
        "one request, however often the page is reloaded"
    );
    assert_eq!(
        app.get("/uk/help/ask/sent?receipt=00000000000000000000000000000000")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status(&app, &ticket, &passphrase).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn tickets_and_passphrases_are_accepted_with_or_without_hyphens_spaces_and_capitals() {
    let app = TestApp::spawn().await;
    let (ticket, passphrase, _) = ask_with_form(&app, "MD", "Is this agency safe?").await;
    let loose_ticket = ticket.replace('-', "").to_lowercase();
    let loose_passphrase = format!(" {} ", passphrase.replace('-', " ").to_uppercase());
    assert_eq!(
        status(&app, &loose_ticket, &loose_passphrase).await.status,
        StatusCode::OK,
        "the API"
    );
    let page = Client::new(&app)
        .post(
            "/en/help/ask/status",
            &[("ticket", &loose_ticket), ("passphrase", &loose_passphrase)],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "the form");
    assert!(page.body.contains("Is this agency safe?"));
    let malformed = Client::new(&app)
        .post(
            "/ro/help/ask/status",
            &[("ticket", "ABC"), ("passphrase", &passphrase)],
        )
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        malformed
            .html()
            .described_by("status-ticket")
            .contains(&"status-ticket-error".to_owned())
    );
    assert!(
        malformed.body.contains("Un tichet are 8 litere"),
        "in Romanian"
    );
}

#[tokio::test]
async fn form_errors_speak_the_readers_language_beside_their_field_and_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    let refused = Client::new(&app)
        .post(
            "/ru/help/ask",
            &[("country", "XX"), ("language", "??"), ("message", "   ")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = &refused.body;
    let page = refused.html();
    for (id, russian) in [
        ("ask-country", "Выберите страну"),
        ("ask-language", "Выберите язык"),
        ("ask-message", "Напишите ваше сообщение"),
    ] {
        let error = page.text_by_id(&format!("{id}-error")).unwrap_or_default();
        assert!(error.starts_with(russian), "{id}: {html}");
        assert!(
            page.links().contains(&format!("#{id}")),
            "the summary links {id}"
        );
    }
    assert!(page.error_beside("ask-country").is_some());
    assert!(page.has("[role=\"alert\"]"));
    for code in ["ISO 3166", "BCP 47", "alpha-2", "write a message", "is not"] {
        assert!(!html.contains(code), "no English or code shown: {code}");
    }
    let kept = Client::new(&app)
        .post(
            "/pl/help/ask",
            &[
                ("country", ""),
                ("language", "pl"),
                ("message", "zachowaj to, co napisałam"),
            ],
        )
        .await;
    assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = kept.html();
    assert_eq!(
        page.textareas("message"),
        ["zachowaj to, co napisałam"],
        "kept as typed"
    );
    assert!(
        page.error_beside("ask-country")
            .is_some_and(|error| error.starts_with("Wybierz kraj"))
    );
    assert!(
        rows(&app, "SELECT id FROM help_requests").await.is_empty(),
        "nothing stored"
    );
}

/// The value of the hidden field `name` in a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name}")) + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn the_person_writes_back_with_the_ticket_and_passphrase_and_a_resent_form_stores_once() {
    let app = TestApp::spawn().await;
    let (ticket, passphrase, _) = ask_with_form(&app, "MD", "First message").await;
    let page = Client::new(&app)
        .post(
            "/en/help/ask/status",
            &[("ticket", &ticket), ("passphrase", &passphrase)],
        )
        .await;
    let follow_up = hidden(&page.body, "follow_up");
    let fields = [
        ("ticket", ticket.as_str()),
        ("passphrase", passphrase.as_str()),
        ("follow_up", follow_up.as_str()),
        ("message", "I forgot to say: they keep my passport."),
    ];
    let written = Client::new(&app)
        .post("/en/help/ask/status/reply", &fields)
        .await;
    assert_eq!(written.status, StatusCode::OK, "{}", written.body);
    assert!(written.body.contains("they keep my passport"));
    assert!(written.body.contains("You wrote"));
    let again = Client::new(&app)
        .post("/en/help/ask/status/reply", &fields)
        .await;
    assert_eq!(again.status, StatusCode::OK);
    let thread = status(&app, &ticket, &passphrase).await.json();
    assert_eq!(
        thread["follow_ups"].as_array().unwrap().len(),
        1,
        "the same form sent twice stores one message"
    );
    let empty = Client::new(&app)
        .post(
            "/en/help/ask/status/reply",
            &[
                ("ticket", ticket.as_str()),
                ("passphrase", passphrase.as_str()),
                ("follow_up", "not-an-id"),
                ("message", ""),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .body
            .contains("id=\"reply-message-error\">Write your message.")
    );
}

#[tokio::test]
async fn a_body_that_is_no_form_gets_a_page_in_the_readers_language() {
    let app = TestApp::spawn().await;
    for path in [
        "/bg/help/ask",
        "/bg/help/ask/status",
        "/bg/help/ask/status/reply",
    ] {
        let answer = app
            .client
            .post(format!("{}{path}", app.base))
            .header("content-type", "text/plain")
            .body("country=MD")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::BAD_REQUEST, "{path}");
        let body = answer.text().await.unwrap();
        assert!(
            body.contains("Формулярът не можа да бъде прочетен"),
            "{path}: {body}"
        );
    }
    assert!(rows(&app, "SELECT id FROM help_requests").await.is_empty());
}

#[tokio::test]
async fn the_person_writes_back_through_the_api_once_per_id() {
    let app = TestApp::spawn().await;
    let (ticket, passphrase, _) = ask_with_form(&app, "MD", "first").await;
    let write = |body: serde_json::Value| {
        let app = &app;
        async move {
            app.send_json(
                reqwest::Method::POST,
                "/api/v1/help-requests/follow-ups",
                None,
                &body.to_string(),
                &[],
            )
            .await
        }
    };
    let id = "0d7e4a52-8c1b-4c55-9a3e-2f1c6b8d9e01";
    let loose = ticket.replace('-', " ").to_lowercase();
    let body = serde_json::json!({"ticket": loose, "passphrase": passphrase, "message": "and more", "id": id});
    let first = write(body.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert_eq!(first.json()["follow_ups"][0]["message"], "and more");
    let again = write(body).await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "the same id stores nothing again"
    );
    assert_eq!(again.json()["follow_ups"].as_array().unwrap().len(), 1);
    let refused = write(serde_json::json!({"ticket": ticket, "passphrase": passphrase, "message": "", "id": "nope", "name": "x"})).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["message", "id", "name"] {
        assert!(
            refused.json()["error"]["fields"][field].is_string(),
            "{field}"
        );
    }
    let wrong = write(
        serde_json::json!({"ticket": ticket, "passphrase": "abcd-efgh-jkmn-pqrs", "message": "x"}),
    )
    .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    app.execute_sql("UPDATE help_requests SET status = 'closed'")
        .await;
    let closed =
        write(serde_json::json!({"ticket": ticket, "passphrase": passphrase, "message": "late"}))
            .await;
    assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        rows(&app, "SELECT id FROM help_request_follow_ups")
            .await
            .len(),
        1
    );
}
