//! What public pages send: no cookie, nothing foreign, the security headers, and at most
//! 30 kB compressed, in gzip or brotli as asked.

use crate::TestApp;
use reqwest::StatusCode;
use std::io::Write;
use strada_domain::language::UiLanguage;

use super::*;

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
