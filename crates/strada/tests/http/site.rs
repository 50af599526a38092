//! The public site: languages, the page chrome, privacy and security headers, weight, errors.

mod chrome;
mod errors;
mod privacy_and_weight;

use crate::TestApp;
use reqwest::StatusCode;

/// Every kind of public page, by its address after the language.
pub(crate) const PAGES: &[&str] = &[
    "/",
    "/members",
    "/members?country=MD&membership=member",
    "/members/la-strada-moldova",
    "/help",
    "/help/MD",
    "/about",
    "/safety",
];

#[tokio::test]
pub(crate) async fn the_root_redirects_by_accept_language() {
    let app = TestApp::spawn().await;
    let cases = [
        (Some("ro-MD,ro;q=0.9,en;q=0.8"), "/ro/"),
        (Some("de-DE,uk;q=0.7,ru;q=0.5"), "/uk/"),
        (Some("fr-FR"), "/en/"),
        (None, "/en/"),
    ];
    for (accept, expected) in cases {
        let headers: Vec<(&str, &str)> = accept
            .map(|value| ("accept-language", value))
            .into_iter()
            .collect();
        let answer = app.get_with("/", &headers).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{accept:?}");
        assert_eq!(answer.header("location"), expected, "{accept:?}");
    }
    let answer = app.get("/pl").await;
    assert_eq!(answer.header("location"), "/pl/");
}

/// Askama's escaping of text, for comparing translated messages with HTML.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}
