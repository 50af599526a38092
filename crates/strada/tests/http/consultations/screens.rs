//! The consultation form of the staff screens: logging a contact, the form's memory of the
//! consultant's habits, and errors in the consultant's language beside their fields.

use crate::TestApp;
use reqwest::StatusCode;

use super::*;
use strada_domain::accounts::Role;

/// The form's own submission id, from the page.
fn submission_id(html: &str) -> String {
    let marker = "name=\"submission\" value=\"";
    let start = html.find(marker).unwrap() + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn a_consultant_logs_a_contact_from_the_form_and_the_form_remembers_their_habits() {
    let app = TestApp::spawn().await;
    let mut browser = app.demo_staff(Role::HotlineConsultant).await;
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
    assert_eq!(
        invalid.html().texts("p.field-error#topics-error"),
        ["Tick at least one topic."],
        "the message is next to the field"
    );
    assert!(
        invalid.html().textareas("notes") == ["keep me"],
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
    let page = answer.html();
    for (field, message) in [
        ("topics", "Bifați cel puțin un subiect."),
        ("language", "Alegeți o variantă din listă."),
        ("started_at", "Introduceți o dată și o oră."),
        (
            "duration_minutes",
            "Introduceți un număr întreg de minute, de la 0 la 1440.",
        ),
    ] {
        assert_eq!(
            page.texts(&format!("p.field-error#{field}-error")),
            [message],
            "{field}: {body}"
        );
        // A group of checkboxes is described by its message; a single field is also invalid.
        let error = format!("{field}-error");
        let tied = if field == "topics" {
            page.has("fieldset#topics") && page.described_by(field) == [error]
        } else {
            page.invalid_and_described_by(field, &error)
        };
        assert!(tied, "{field} is tied to its message");
        assert!(
            page.links().contains(&format!("#{field}")),
            "the summary links to {field}"
        );
    }
    assert!(page.has("#error-summary[role=\"alert\"]"));
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
        page.textareas("notes") == ["de păstrat"],
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
