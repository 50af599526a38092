//! The answer to any address no route knows: a redirect for a near-miss of a public page, else
//! not found (JSON for the APIs, the translated page for the rest).

use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::language::UiLanguage;

use super::{ApiError, not_found_page};
use crate::layout::{browser_language, redirect_by_language};

/// The first segments of the public pages, which readers write without a language.
const PUBLIC_SECTIONS: [&str; 5] = ["members", "help", "countries", "about", "safety"];

/// Any address no route knows. A public address one step from a page is sent there: without
/// its trailing slash (`/en/help/`), with its language in lower case (`/EN/help`), or with the
/// reader's language in front (`/help`, `/members?country=MD`). The rest is not found: JSON for the APIs, the translated 404 page
/// for the others (in the language of the first segment when it names one, else in the one
/// the reader's browser asks for).
pub async fn not_found(uri: Uri, headers: HeaderMap) -> Response {
    answer_unknown_address(&uri, &headers)
}

/// What `not_found` answers, for extractors that find the address is not a page's.
pub fn answer_unknown_address(uri: &Uri, headers: &HeaderMap) -> Response {
    let path = uri.path();
    if path.starts_with("/api/") || path.starts_with("/hsds/") {
        return ApiError::not_found("resource").into_response();
    }
    let query = uri
        .query()
        .map(|query| format!("?{query}"))
        .unwrap_or_default();
    // `//host/...` (or `/\host`) read as an address would send the reader to another site:
    // such paths are never redirected, only answered 404.
    if path.starts_with("//") || path.contains('\\') {
        let language = browser_language(headers);
        return not_found_page(language, "error-not-found-text");
    }
    let segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let language = UiLanguage::from_code(segment);
    let trimmed = path.trim_end_matches('/');
    if let Some(written) = UiLanguage::from_code(&segment.to_ascii_lowercase()) {
        // The canonical form: the language in lower case, no trailing slash but the home
        // page's own (`/en/`).
        let rest = &trimmed[(1 + segment.len()).min(trimmed.len())..];
        let canonical = match rest {
            "" => format!("/{}/", written.code()),
            rest => format!("/{}{rest}", written.code()),
        };
        if canonical != path {
            return Redirect::permanent(&format!("{canonical}{query}")).into_response();
        }
    } else if PUBLIC_SECTIONS.contains(&segment) {
        return redirect_by_language(headers, &format!("{trimmed}{query}"));
    } else if !trimmed.is_empty() && trimmed != path {
        return Redirect::permanent(&format!("{trimmed}{query}")).into_response();
    }
    // Without a language in the address, the page speaks the one the reader's browser asks for.
    let language = language.unwrap_or_else(|| browser_language(headers));
    not_found_page(language, "error-not-found-text")
}
