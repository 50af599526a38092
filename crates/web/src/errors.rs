//! The error policy of the web layer, followed by every handler:
//!
//! - Bad input is the client's to fix: JSON endpoints answer 4xx with
//!   `{"error": {"code", "message", "fields"}}` (`ApiError`), pages answer a translated page
//!   that keeps what was typed.
//! - Internal failures are logged once with their cause, where they are turned into an
//!   answer (`From<StoreError>` for `ApiError` and `PageError`), and answered 503 (500 for a
//!   panic); their details never reach the client. No handler answers a bare status.
//! - Another organisation's record and a record that does not exist look the same: 404.
//!
//! Page handlers return `Result<_, PageError>`; the error page is drawn by
//! `render_error_pages` in the reader's language and chrome, which the extractors that know
//! the reader (the page's language, the signed-in staff member) note for it.

mod api;
mod fallback;
mod pages;

pub use api::ApiError;
pub(crate) use fallback::{answer_unknown_address, not_found};
pub(crate) use pages::{PageError, Reader, render_error_pages};
pub use pages::{not_found_page, unavailable_page};

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The last line of defence: a handler that panicked answers a bare 500. The panic itself is
/// logged where it happened, by location only (the binary's panic hook): no input should get
/// here, and each panic logged is a fault to fix where it happened.
pub fn answer_panic(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "The server met an error it did not expect. Try again; if it persists, tell the network's secretariat.",
    )
        .into_response()
}
