//! Country information: public pages in every language, the API, editing by editors.

use reqwest::StatusCode;
use strada_domain::language::UiLanguage;

use crate::{TestApp, reference_network};
use strada_domain::accounts::Role;

#[tokio::test]
async fn every_country_of_the_network_has_a_profile_in_every_language() {
    let app = TestApp::spawn().await;
    let countries: std::collections::BTreeSet<String> = reference_network()
        .into_iter()
        .map(|(_, c, ..)| c)
        .collect();
    assert_eq!(countries.len(), 23);
    for language in UiLanguage::ALL {
        let index = app.get(&format!("/{}/countries", language.code())).await;
        assert_eq!(index.status, StatusCode::OK);
        for country in &countries {
            let path = format!("/{}/countries/{country}", language.code());
            assert!(
                index.body.contains(&format!("href=\"{path}\"")),
                "{path} is listed"
            );
            let page = app.get(&path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert!(page.body.contains("<h2>"), "{path} has its sections");
            assert!(
                page.body.contains("112") || country == "BY",
                "{path} names 112"
            );
        }
    }
    let moldova = app.get("/en/countries/md").await.body;
    assert!(moldova.contains("Last reviewed: 27 November 2026"));
    assert!(
        moldova.contains("href=\"tel:080077777\""),
        "the network's hotlines are beside the profile"
    );
    assert!(moldova.contains("Demo data"));
    let russian = app.get("/ru/countries/MD").await.body;
    assert!(
        russian.contains("ноября 2026"),
        "the date is in the reader's language"
    );
}

#[tokio::test]
async fn unknown_countries_are_translated_404s_and_the_api_serves_profiles() {
    let app = TestApp::spawn().await;
    for path in ["/en/countries/XX", "/en/countries/JP", "/uk/countries/zz"] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let answer = app.get("/api/v1/countries/de?lang=pl").await;
    assert_eq!(answer.status, StatusCode::OK);
    let profile = answer.json();
    assert_eq!(profile["country"], "DE");
    assert_eq!(profile["language"], "pl");
    assert_eq!(profile["demo"], true);
    assert!(profile["markdown"].as_str().unwrap().contains("## "));
    assert!(profile["html"].as_str().unwrap().contains("<h2>"));
    assert_eq!(profile["hotlines"].as_array().unwrap().len(), 2);
    assert_eq!(
        app.get("/api/v1/countries/DE").await.json()["language"],
        "en"
    );
    assert_eq!(
        app.get("/api/v1/countries/XX").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/countries/DE?lang=fr").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn editors_edit_profiles_sanitised_and_published_at_once() {
    let app = TestApp::spawn().await;
    let before = app.get("/en/countries/MD").await;
    assert_eq!(before.status, StatusCode::OK);
    let mut editor = app.demo_staff(Role::Editor).await;
    assert_eq!(editor.get("/staff/countries").await.status, StatusCode::OK);
    let body = "## Situation\n\nNew text **checked** by the editor.\n\n<script>alert(1)</script><img src=x onerror=alert(2)>";
    let saved = editor
        .submit(
            "/staff/countries/MD/en",
            "/staff/countries/MD/en",
            &[("body", body), ("last_reviewed", "2026-11-26")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let page = app.get("/en/countries/MD").await.body;
    assert!(page.contains("<strong>checked</strong>"));
    assert!(
        !page.contains("<script>alert") && !page.contains("onerror"),
        "sanitised"
    );
    assert!(page.contains("Last reviewed: 26 November 2026"));
    let api = app.get("/api/v1/countries/MD").await.json();
    assert_eq!(
        api["demo"], false,
        "an edited profile is no longer demo content"
    );
    let empty = editor
        .submit(
            "/staff/countries/MD/en",
            "/staff/countries/MD/en",
            &[("body", "  "), ("last_reviewed", "2026-11-26")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad_date = editor
        .submit(
            "/staff/countries/MD/en",
            "/staff/countries/MD/en",
            &[("body", "text"), ("last_reviewed", "soon")],
        )
        .await;
    assert_eq!(bad_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_date.html().textareas("body") == ["text"],
        "the form keeps what was typed"
    );

    for role in ["case-worker", "analyst", "org-admin"] {
        let mut other = app.demo_staff(Role::parse(role).unwrap()).await;
        assert_eq!(
            other.get("/staff/countries").await.status,
            StatusCode::NOT_FOUND,
            "{role}"
        );
        let refused = other
            .submit(
                "/staff/",
                "/staff/countries/MD/en",
                &[("body", "vandalised"), ("last_reviewed", "2026-11-26")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{role}");
    }
    assert!(
        !app.get("/en/countries/MD")
            .await
            .body
            .contains("vandalised")
    );
}

#[tokio::test]
async fn the_country_editors_errors_are_in_the_editors_language_beside_their_fields() {
    let app = TestApp::spawn().await;
    app.execute_sql("UPDATE users SET language = 'pl' WHERE email = 'editor@demo.strada.invalid'")
        .await;
    let mut editor = app.demo_staff(Role::Editor).await;
    let long = "x".repeat(30_001);
    for (body, date, field, message) in [
        ("  ", "2026-11-26", "body", "To pole jest wymagane."),
        (
            long.as_str(),
            "2026-11-26",
            "body",
            "Tekst jest zbyt długi: najwyżej 30 000 znaków.",
        ),
        ("text", "soon", "last-reviewed", "Wpisz datę."),
    ] {
        let answer = editor
            .submit(
                "/staff/countries/MD/en",
                "/staff/countries/MD/en",
                &[("body", body), ("last_reviewed", date)],
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.html();
        assert_eq!(
            page.texts(&format!("p.field-error#{field}-error")),
            [message],
            "{field}: {message}"
        );
        // The body is described by its hint as well as by its error.
        let error = format!("{field}-error");
        let described = if field == "body" {
            page.described_by(field) == ["body-hint", "body-error"]
        } else {
            page.described_by(field) == [error.as_str()]
        };
        assert!(
            described && page.invalid_and_described_by(field, &error),
            "{field} is tied to its message"
        );
        assert!(page.links().contains(&format!("#{field}")), "the summary");
        assert!(!answer.body.contains("characters"), "no English");
    }
}

#[tokio::test]
async fn profile_numbers_are_tel_links_and_the_national_line_follows_an_edit() {
    let app = TestApp::spawn().await;
    let italy = app.get("/uk/countries/IT").await.body;
    assert!(italy.contains("<a href=\"tel:800290290\" rel=\"noreferrer\">800 290 290</a>"));
    assert!(italy.contains("<a href=\"tel:112\" rel=\"noreferrer\">112</a>"));
    assert!(
        !italy.contains("national-line"),
        "the definition shows nothing"
    );
    let english = app.get("/en/countries/IT").await.body;
    assert!(
        english.contains("<strong>Criminal Code, Articles 600 and 601"),
        "bold words stay words"
    );
    // Belgium's profile names no national line yet: its help page has no number of its own.
    let belgium = app.get("/en/help/BE").await.body;
    assert!(!belgium.contains("tel:080030030"));
    let mut editor = app.demo_staff(Role::Editor).await;
    let body = "## Useful numbers\n- **0800 30 030** — line against trafficking\n\n[national-line]: <tel:0800 30 030>";
    let saved = editor
        .submit(
            "/staff/countries/BE/ro",
            "/staff/countries/BE/ro",
            &[("body", body), ("last_reviewed", "2026-11-26")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    // Published at once, in every language's help page.
    for language in ["en", "ro", "pl"] {
        let help = app.get(&format!("/{language}/help/BE")).await.body;
        let first = help.find("class=\"first-call\"").unwrap();
        assert!(
            help[first..].contains("<a href=\"tel:080030030\">0800 30 030</a>"),
            "{language}"
        );
    }
}
