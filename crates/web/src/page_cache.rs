//! Public pages rendered once and served from memory until the directory changes, each kept
//! beside its gzip and brotli forms, compressed once when rendered, so that a browser asking
//! for a compressed page (every browser does) costs what an uncompressed one costs. Keys are
//! built from typed, validated values (a language and a canonical path), so the number of
//! entries is bounded by what exists, not by what clients send.
//!
//! A cached page leaves its handler with its compressed forms attached; `serve_precompressed`
//! then sends the one the request's `Accept-Encoding` prefers, and the compression layer
//! leaves an answer with a `Content-Encoding` alone.

use std::collections::HashMap;
use std::io::Write;
use std::sync::RwLock;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use bytes::Bytes;
use strada_domain::language::UiLanguage;

/// A page as sent: its status and its HTML.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    pub status: StatusCode,
    pub html: Bytes,
}

/// A page's compressed forms, attached to its response.
#[derive(Debug, Clone)]
pub struct Precompressed {
    gzip: Bytes,
    brotli: Bytes,
}

impl Precompressed {
    fn of(html: &[u8]) -> Self {
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = gzip
            .write_all(html)
            .and_then(|()| gzip.finish())
            .expect("compressing into memory cannot fail");
        let mut brotli = Vec::new();
        {
            // Quality 9 of 11: within a few per cent of the best size, at a fraction of its
            // time, which a page re-rendered after each directory change pays once.
            let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 9, 22);
            writer
                .write_all(html)
                .expect("compressing into memory cannot fail");
        }
        Self {
            gzip: Bytes::from(gzip),
            brotli: Bytes::from(brotli),
        }
    }
}

/// A cached page and its compressed forms.
#[derive(Debug, Clone)]
pub struct CachedPage {
    pub page: RenderedPage,
    pub compressed: Precompressed,
}

#[derive(Debug, Default)]
pub struct PageCache {
    pages: RwLock<HashMap<(UiLanguage, String), CachedPage>>,
}

impl PageCache {
    /// The cached page for `(language, path)`, rendering and compressing it on the first
    /// request.
    pub fn get_or_render(
        &self,
        language: UiLanguage,
        path: String,
        render: impl FnOnce() -> RenderedPage,
    ) -> CachedPage {
        let key = (language, path);
        if let Some(page) = self.read().get(&key) {
            return page.clone();
        }
        let page = render();
        let cached = CachedPage {
            compressed: Precompressed::of(&page.html),
            page,
        };
        self.pages
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(key, cached.clone());
        cached
    }

    /// Forgets every page: called whenever the data they show changes.
    pub fn clear(&self) {
        self.pages
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<(UiLanguage, String), CachedPage>> {
        self.pages
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The encodings Strada keeps pages in, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The encoding a request's `Accept-Encoding` prefers among those kept: the highest `q`,
/// brotli before gzip at equal weight, identity when neither is acceptable.
fn preferred_encoding(headers: &HeaderMap) -> Encoding {
    let mut weights = [(Encoding::Brotli, None), (Encoding::Gzip, None)];
    let mut wildcard = None;
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(text) = value.to_str() else { continue };
        for item in text.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let weight = parts
                .filter_map(|parameter| parameter.trim().strip_prefix("q="))
                .filter_map(|q| q.trim().parse::<f32>().ok())
                .next()
                .unwrap_or(1.0);
            match name.as_str() {
                "br" => weights[0].1 = Some(weight),
                "gzip" | "x-gzip" => weights[1].1 = Some(weight),
                "*" => wildcard = Some(weight),
                _ => {}
            }
        }
    }
    weights
        .into_iter()
        .map(|(encoding, weight)| (encoding, weight.or(wildcard).unwrap_or(0.0)))
        .filter(|(_, weight)| *weight > 0.0)
        .fold(
            None,
            |best: Option<(Encoding, f32)>, candidate| match best {
                Some(best) if best.1 >= candidate.1 => Some(best),
                _ => Some(candidate),
            },
        )
        .map_or(Encoding::Identity, |(encoding, _)| encoding)
}

/// Sends a cached page in the encoding the request prefers.
pub async fn serve_precompressed(request: Request, next: Next) -> Response {
    let encoding = preferred_encoding(request.headers());
    let mut response = next.run(request).await;
    let Some(compressed) = response.extensions_mut().remove::<Precompressed>() else {
        return response;
    };
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    let (body, name) = match encoding {
        Encoding::Identity => return response,
        Encoding::Brotli => (compressed.brotli, "br"),
        Encoding::Gzip => (compressed.gzip, "gzip"),
    };
    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    headers.remove(header::CONTENT_LENGTH);
    *response.body_mut() = Body::from(body);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn the_preferred_kept_encoding_is_chosen() {
        assert_eq!(preferred_encoding(&HeaderMap::new()), Encoding::Identity);
        assert_eq!(
            preferred_encoding(&accepting("gzip, deflate, br, zstd")),
            Encoding::Brotli
        );
        assert_eq!(preferred_encoding(&accepting("gzip")), Encoding::Gzip);
        assert_eq!(
            preferred_encoding(&accepting("br;q=0.5, gzip;q=0.8")),
            Encoding::Gzip
        );
        assert_eq!(
            preferred_encoding(&accepting("br;q=0, gzip;q=0")),
            Encoding::Identity
        );
        assert_eq!(preferred_encoding(&accepting("*")), Encoding::Brotli);
        assert_eq!(
            preferred_encoding(&accepting("identity")),
            Encoding::Identity
        );
    }

    #[test]
    fn compressed_forms_hold_the_page() {
        let html = "<p>La Strada</p>".repeat(100);
        let compressed = Precompressed::of(html.as_bytes());
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&compressed.gzip[..]),
            &mut text,
        )
        .unwrap();
        assert_eq!(text, html);
        let mut text = Vec::new();
        brotli::BrotliDecompress(&mut &compressed.brotli[..], &mut text).unwrap();
        assert_eq!(text, html.as_bytes());
        assert!(compressed.brotli.len() < html.len() / 10);
    }
}
