//! Addresses that are wrong: a translated 404, a 400 by the field of a bad filter, and
//! redirects from near misses to the canonical address.

use crate::TestApp;
use reqwest::StatusCode;
use strada_domain::language::UiLanguage;
use strada_web::i18n::Translator;

use super::*;

#[tokio::test]
async fn unknown_addresses_get_a_translated_404_page() {
    let app = TestApp::spawn().await;
    for language in UiLanguage::ALL {
        let tr = Translator::new(language);
        for path in [
            "/nothing-here",
            "/help/XX",
            "/help/JP",
            "/members/no-such-member",
        ] {
            let answer = app.get(&format!("/{}{path}", language.code())).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
            assert!(
                answer
                    .body
                    .contains(&format!("<html lang=\"{}\">", language.code()))
            );
            assert!(
                answer
                    .body
                    .contains(&escape(&tr.t("error-not-found-title"))),
                "{path}"
            );
        }
    }
    let answer = app.get("/xx/members").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.body.contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn a_bad_filter_in_an_address_is_a_400_page_with_a_translated_error_by_its_field() {
    let app = TestApp::spawn().await;
    let answer = app.get("/ru/members?country=ZZ&service=shelter").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let message = Translator::new(UiLanguage::Ru).t("error-query-country");
    // The error sits by its field, which points at it for screen readers.
    assert!(answer.body.contains(&format!(
        "<p class=\"field-error\" id=\"filter-country-error\" role=\"alert\">{}</p>",
        escape(&message)
    )));
    assert!(
        answer
            .body
            .contains("aria-describedby=\"filter-country-error\"")
    );
    assert!(
        answer.body.contains("value=\"shelter\" selected"),
        "the valid choices stay chosen"
    );
    for code in ["ISO 3166", "alpha-2", "BCP 47", "is not an", "ZZ"] {
        assert!(!answer.body.contains(code), "{code} reaches the reader");
    }
    let answer = app.get("/en/members?service=%3Cscript%3E").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(!answer.body.contains("<script>"), "the value is escaped");
    assert!(
        answer
            .body
            .contains("This is not an assistance service we know")
    );
    let answer = app.get("/en/members?country=%FF%FE").await;
    assert_eq!(
        answer.status,
        StatusCode::BAD_REQUEST,
        "broken encodings are refused"
    );
    // The help page's country chooser says the same by its own field, in Polish here.
    let answer = app.get("/pl/help?country=Moldova").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let message = Translator::new(UiLanguage::Pl).t("error-query-country");
    assert!(answer.body.contains(&format!(
        "id=\"help-country-error\" role=\"alert\">{}</p>",
        escape(&message)
    )));
    assert!(!answer.body.contains("ISO 3166") && !answer.body.contains("Moldova</p>"));
}

#[tokio::test]
async fn near_miss_public_addresses_redirect_to_their_canonical_address() {
    let app = TestApp::spawn().await;
    // A trailing slash or a language in capitals: permanently to the canonical address, query
    // kept.
    for (from, to) in [
        ("/en/help/", "/en/help"),
        ("/ro/help/MD/", "/ro/help/MD"),
        ("/en/members/?country=MD", "/en/members?country=MD"),
        (
            "/en/members/la-strada-moldova/",
            "/en/members/la-strada-moldova",
        ),
        ("/uk/countries/", "/uk/countries"),
        ("/en/safety/", "/en/safety"),
        ("/EN/help", "/en/help"),
        ("/Ro/help/MD/", "/ro/help/MD"),
        ("/UK/", "/uk/"),
        ("/PL", "/pl/"),
        ("/login/", "/login"),
    ] {
        let answer = app.get(from).await;
        assert_eq!(answer.status, StatusCode::PERMANENT_REDIRECT, "{from}");
        assert_eq!(answer.header("location"), to, "{from}");
    }
    // No language: to the reader's, by Accept-Language, like `/`.
    for (from, to) in [
        ("/help", "/ro/help"),
        ("/help/", "/ro/help"),
        ("/help/MD", "/ro/help/MD"),
        ("/members?country=MD", "/ro/members?country=MD"),
        ("/countries/IT", "/ro/countries/IT"),
        ("/about", "/ro/about"),
        ("/safety", "/ro/safety"),
    ] {
        let answer = app
            .get_with(from, &[("accept-language", "ro-RO,ro;q=0.9")])
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{from}");
        assert_eq!(answer.header("location"), to, "{from}");
        assert_eq!(answer.header("vary"), "accept-language");
    }
    // The home page keeps its slash; what is not near a page stays not found.
    assert_eq!(app.get("/en/").await.status, StatusCode::OK);
    assert_eq!(app.get("/nowhere").await.status, StatusCode::NOT_FOUND);
    // Nothing redirects to another site: `//host` would be read as one.
    for from in [
        "//evil.example/",
        "//evil.example",
        "///evil.example/",
        "//evil.example/help/",
        "/\\evil.example/",
    ] {
        let answer = app.get(from).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{from}");
        assert_eq!(answer.header("location"), "", "{from}");
    }
    // A 404 without a language in its address speaks the reader's.
    let missing = app
        .get_with("/xx/members", &[("accept-language", "uk-UA,uk;q=0.9")])
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<html lang=\"uk\">"));
    let api = app.get_undocumented("/api/v1/network/").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.header("content-type").starts_with("application/json"));
}
