//! The error pages: what a page handler's `PageError` becomes, drawn in the reader's language
//! and, for staff, in the staff chrome.
//!
//! A handler does not know how to draw an error page, and should not have to: it answers
//! `PageError`, which travels in the response's extensions to `render_error_pages`. That
//! middleware gives each request a `ReaderSlot` in which the extractors that learn who reads
//! (`PageLanguage`, `Staff`, the form extractors) note it, and draws the page from that note.

use std::sync::{Arc, Mutex};

use askama::Template;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{Extensions, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use strada_domain::language::UiLanguage;
use strada_store::StoreError;

use crate::i18n::Translator;
use crate::layout::{Chrome, Section, browser_language, render};
use crate::staff::{Staff, StaffChrome, staff_not_found};

/// Why a page cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageError {
    /// Not there, or not this reader's to see (the two look the same): 404.
    NotFound,
    /// The database did not answer; the cause was logged where this was made: 503.
    Unavailable,
}

impl PageError {
    /// A failure whose cause is logged here, once, and never shown.
    pub fn unavailable(error: &dyn std::fmt::Display) -> Self {
        tracing::error!(%error, "a page failed");
        Self::Unavailable
    }

    fn status(self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        Self::unavailable(&error)
    }
}

impl IntoResponse for PageError {
    /// The status, with the error for `render_error_pages` to draw.
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Who reads a page, as far as the extractors have learned.
#[derive(Clone)]
pub enum Reader {
    /// A public page's reader, in the language of its address.
    Visitor(UiLanguage),
    /// A staff member signed in with every factor (the staff chrome, their language).
    Staff(Box<Staff>),
    /// Someone on a staff page who is not (yet) signed in, in their account's or browser's
    /// language.
    Signing(UiLanguage),
}

impl Reader {
    /// Notes the reader for the request's error page, if one is drawn.
    pub fn note(self, parts: &Parts) {
        self.note_in(&parts.extensions);
    }

    /// Notes the reader in a request's extensions (for an extractor that read the body).
    pub fn note_in(self, extensions: &Extensions) {
        if let Some(slot) = extensions.get::<ReaderSlot>() {
            *slot
                .0
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(self);
        }
    }
}

/// Where a request's extractors note its reader.
#[derive(Clone, Default)]
struct ReaderSlot(Arc<Mutex<Option<Reader>>>);

/// Draws the page of a `PageError` answered by a handler or an extractor, in the reader's
/// language and chrome; other answers pass untouched.
pub async fn render_error_pages(mut request: Request, next: Next) -> Response {
    let slot = ReaderSlot::default();
    let browser = browser_language(request.headers());
    request.extensions_mut().insert(slot.clone());
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<PageError>().copied() else {
        return response;
    };
    let reader = slot
        .0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take();
    match (error, reader) {
        (PageError::NotFound, Some(Reader::Staff(staff))) => staff_not_found(&staff),
        (PageError::NotFound, Some(Reader::Visitor(language) | Reader::Signing(language))) => {
            not_found_page(language, "error-not-found-text")
        }
        (PageError::NotFound, None) => not_found_page(browser, "error-not-found-text"),
        (PageError::Unavailable, Some(Reader::Staff(staff))) => {
            unavailable_page(staff.user.language)
        }
        (PageError::Unavailable, Some(Reader::Visitor(language) | Reader::Signing(language))) => {
            unavailable_page(language)
        }
        (PageError::Unavailable, None) => unavailable_page(browser),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    text: String,
}

/// The translated 404 page; `text_key` says what was not found.
pub fn not_found_page(language: UiLanguage, text_key: &str) -> Response {
    let tr = Translator::new(language);
    let page = ErrorPage {
        chrome: Chrome::new(
            tr,
            tr.t("error-not-found-title"),
            "/".into(),
            Section::None,
            false,
            None,
        )
        .without_alternates(),
        text: tr.t(text_key),
    };
    render(&page, StatusCode::NOT_FOUND).into_response(language)
}

#[derive(Template)]
#[template(path = "staff/form_refused.html")]
struct UnavailablePage {
    chrome: StaffChrome,
    message: String,
}

/// The translated 503 page, for when the database does not answer.
pub fn unavailable_page(language: UiLanguage) -> Response {
    let chrome = StaffChrome::for_language(language, "service-unavailable-title");
    let message = chrome.t("service-unavailable");
    render(
        &UnavailablePage { chrome, message },
        StatusCode::SERVICE_UNAVAILABLE,
    )
    .into_response(language)
}
