//! Every public page's chrome: translated and linked to its twins in every language, a
//! quick exit, a skip link and landmarks, a favicon, a description of its own, and hreflang
//! alternates.

use crate::TestApp;
use reqwest::StatusCode;
use strada_domain::language::UiLanguage;
use strada_web::i18n::Translator;

use super::*;

#[tokio::test]
async fn every_page_in_every_language_is_translated_and_linked_to_its_twins() {
    let app = TestApp::spawn().await;
    for language in UiLanguage::ALL {
        let tr = Translator::new(language);
        let code = language.code();
        for page in PAGES {
            let answer = app.get(&format!("/{code}{page}")).await;
            assert_eq!(answer.status, StatusCode::OK, "/{code}{page}");
            let html = &answer.body;
            assert!(
                html.contains(&format!("<html lang=\"{code}\">")),
                "/{code}{page}"
            );
            assert_eq!(answer.header("content-language"), code);
            // The page speaks its language: the navigation and the quick exit are translated.
            assert!(html.contains(&escape(&tr.t("nav-help"))), "/{code}{page}");
            assert!(html.contains(&escape(&tr.t("quick-exit"))), "/{code}{page}");
            // The switcher and the alternates point to the same page in every language.
            for other in UiLanguage::ALL {
                let twin = format!("/{}{}", other.code(), page.replace('&', "&#38;"));
                assert!(
                    html.contains(&format!("hreflang=\"{}\" href=\"{twin}\"", other.code())),
                    "/{code}{page} lacks the alternate {twin}"
                );
            }
        }
    }
}

#[tokio::test]
async fn every_page_has_a_quick_exit_a_skip_link_and_landmarks() {
    let app = TestApp::spawn().await;
    for page in PAGES {
        let html = app.get(&format!("/en{page}")).await.body;
        assert!(html.contains("data-quick-exit"), "{page}");
        assert!(
            html.contains("href=\"https://www.bbc.com/weather\""),
            "{page}"
        );
        assert!(
            html.contains("class=\"skip-link\" href=\"#content\""),
            "{page}"
        );
        assert!(html.contains("<main id=\"content\""), "{page}");
        assert!(
            html.contains("<header") && html.contains("<footer") && html.contains("<nav"),
            "{page}"
        );
        assert!(
            html.contains("href=\"/en/safety\""),
            "{page} lacks the page on covering tracks"
        );
    }
    let safety = app.get("/en/safety").await.body;
    assert!(
        safety.contains("private"),
        "the safety page explains private browsing"
    );
}

#[tokio::test]
async fn the_quick_exit_script_is_served_with_a_long_cache_life() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/").await.body;
    let start = html.find("<script src=\"").unwrap() + "<script src=\"".len();
    let href = &html[start..start + html[start..].find('"').unwrap()];
    let script = app.get(href).await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(script.header("content-type").starts_with("text/javascript"));
    assert!(script.header("cache-control").contains("immutable"));
    assert!(script.body.contains("Escape") && script.body.contains("location.replace"));
    assert_eq!(
        app.get("/static/site.0000000000.js").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn pages_have_a_favicon_and_favicon_ico_answers() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/").await.body;
    let start = html
        .find("<link rel=\"icon\" href=\"")
        .expect("an icon link")
        + 23;
    let href = &html[start..start + html[start..].find('"').unwrap()];
    assert!(
        href.starts_with("/static/favicon.") && href.ends_with(".svg"),
        "{href}"
    );
    let icon = app.get(href).await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.header("content-type"), "image/svg+xml");
    assert!(icon.header("cache-control").contains("immutable"));
    assert!(icon.body.starts_with("<svg"));
    let legacy = app.get("/favicon.ico").await;
    assert_eq!(legacy.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(legacy.header("location"), href);
}

/// The content of a page's `<meta name="description">`.
fn description(html: &str) -> &str {
    let start = html
        .find("<meta name=\"description\" content=\"")
        .expect("a description")
        + 34;
    &html[start..start + html[start..].find('"').unwrap()]
}

#[tokio::test]
async fn every_public_page_has_its_own_translated_description() {
    let app = TestApp::spawn().await;
    let pages = [
        "/",
        "/members",
        "/members/la-strada-moldova",
        "/help",
        "/help/MD",
        "/countries",
        "/countries/MD",
        "/about",
        "/safety",
    ];
    for language in ["en", "ro", "uk"] {
        let mut seen = std::collections::BTreeSet::new();
        for page in pages {
            let html = app.get(&format!("/{language}{page}")).await.body;
            let text = description(&html).to_owned();
            assert!(text.len() > 40, "{language}{page}: {text}");
            assert!(seen.insert(text.clone()), "{language}{page} repeats {text}");
        }
    }
    let romanian = app.get("/ro/help/MD").await.body;
    assert!(description(&romanian).contains("Republica Moldova"));
    assert_ne!(
        description(&romanian),
        description(&app.get("/en/help/MD").await.body)
    );
}

#[tokio::test]
async fn hreflang_alternates_are_absolute_addresses_from_the_public_url() {
    let app = TestApp::spawn_with_public_url("https://strada.example.org/").await;
    let html = app.get("/ro/members?country=MD").await.body;
    for language in ["en", "ro", "ru", "uk", "bg", "pl"] {
        let alternate = format!(
            "<link rel=\"alternate\" hreflang=\"{language}\" href=\"https://strada.example.org/{language}/members?country=MD\">"
        );
        assert!(html.contains(&alternate), "{alternate}");
    }
    // An error page has no counterpart to point at.
    let missing = app.get("/ro/nowhere").await.html();
    assert!(!missing.has("[rel=\"alternate\"]"));
}
