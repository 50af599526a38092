//! The public site: languages, the page chrome, privacy and security headers, weight, errors.

use std::io::Write;

use reqwest::StatusCode;
use strada_domain::language::UiLanguage;
use strada_web::i18n::Translator;

use crate::TestApp;

/// Every kind of public page, by its address after the language.
const PAGES: &[&str] = &[
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
async fn the_root_redirects_by_accept_language() {
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

/// Askama's escaping of text, for comparing translated messages with HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn public_pages_set_no_cookie_load_nothing_foreign_and_send_the_security_headers() {
    let app = TestApp::spawn().await;
    for page in PAGES {
        let answer = app.get(&format!("/en{page}")).await;
        assert!(
            answer.headers.get("set-cookie").is_none(),
            "{page} sets a cookie"
        );
        let csp = answer.header("content-security-policy");
        assert!(csp.contains("script-src 'self'"), "{page}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{page}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{page}: {csp}");
        assert_eq!(answer.header("x-content-type-options"), "nosniff");
        assert_eq!(answer.header("referrer-policy"), "no-referrer");
        assert!(
            !answer.header("x-request-id").is_empty(),
            "{page} has no request id"
        );
        let html = &answer.body;
        // No inline script, no inline style, nothing loaded from another origin.
        for script in html.split("<script").skip(1) {
            let tag = &script[..script.find('>').unwrap()];
            assert!(
                tag.contains("src=\"/static/"),
                "{page}: inline or foreign script {tag}"
            );
        }
        assert!(!html.contains(" style="), "{page} has an inline style");
        for attribute in ["src=\"http", "href=\"//", "src=\"//"] {
            assert!(!html.contains(attribute), "{page} loads {attribute}");
        }
        for stylesheet in html.split("rel=\"stylesheet\" href=\"").skip(1) {
            assert!(
                stylesheet.starts_with("/static/"),
                "{page}: foreign stylesheet"
            );
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

/// Each public page with its stylesheet and script weighs at most 30 KB compressed.
#[tokio::test]
async fn every_public_page_weighs_at_most_30_kb_compressed() {
    let app = TestApp::spawn().await;
    let gzip = [("accept-encoding", "gzip")];
    let assets_html = app.get("/en/").await.body;
    let mut assets_weight = 0;
    for marker in ["<link rel=\"stylesheet\" href=\"", "<script src=\""] {
        let start = assets_html.find(marker).unwrap() + marker.len();
        let href = &assets_html[start..start + assets_html[start..].find('"').unwrap()];
        let (_, body) = app.get_bytes(href, &[]).await;
        assets_weight += compressed_size(&body);
    }
    for language in UiLanguage::ALL {
        let mut pages: Vec<String> = PAGES.iter().map(|page| page.to_string()).collect();
        pages.extend(["/help/UA", "/members/la-strada-ukraine"].map(String::from));
        for page in pages {
            let path = format!("/{}{page}", language.code());
            let (status, body) = app.get_bytes(&path, &gzip).await;
            assert_eq!(status, StatusCode::OK);
            let weight = body.len() + assets_weight;
            assert!(
                weight <= 30 * 1024,
                "{path} weighs {weight} bytes compressed"
            );
        }
    }
}

fn compressed_size(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

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
    let missing = app.get("/ro/nowhere").await.body;
    assert!(!missing.contains("rel=\"alternate\""));
}

#[tokio::test]
async fn public_pages_come_compressed_in_gzip_or_brotli_as_asked_and_hold_the_same_page() {
    let app = TestApp::spawn().await;
    for path in ["/en/members", "/ro/help/MD", "/uk/"] {
        let plain = app.get(path).await;
        assert_eq!(plain.header("content-encoding"), "");
        let response = |encoding: &'static str| {
            app.client
                .get(format!("{}{path}", app.base))
                .header("accept-encoding", encoding)
                .send()
        };
        let gzip = response("gzip, deflate").await.unwrap();
        assert_eq!(gzip.headers()["content-encoding"], "gzip");
        assert_eq!(gzip.headers()["vary"], "accept-encoding");
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..]),
            &mut text,
        )
        .unwrap();
        assert_eq!(text, plain.body, "{path}");

        let brotli = response("gzip, deflate, br, zstd").await.unwrap();
        assert_eq!(brotli.headers()["content-encoding"], "br", "{path}");
        assert!(brotli.headers().contains_key("content-security-policy"));
        let bytes = brotli.bytes().await.unwrap();
        assert!(bytes.len() * 3 < plain.body.len(), "{path} is compressed");

        let refused = response("br;q=0, gzip;q=0").await.unwrap();
        assert!(!refused.headers().contains_key("content-encoding"));
    }
}
