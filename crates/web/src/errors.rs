//! The error policy of the web layer, followed by every handler:
//!
//! - Bad input is the client's to fix: JSON endpoints answer 4xx with
//!   `{"error": {"code", "message", "fields"}}`, pages answer a translated error page.
//! - Internal failures are logged with their cause and answered with a bare 500 (or 503 for
//!   readiness); their details never reach the client.
//! - Another organisation's record and a record that does not exist look the same: 404.

use std::collections::BTreeMap;

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error answered to a JSON client.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    fields: BTreeMap<String, String>,
}

impl ApiError {
    pub fn not_found(what: &str) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: format!("no {what} at this address"),
            fields: BTreeMap::new(),
        }
    }

    /// A body that is not JSON at all (or not UTF-8).
    pub fn malformed(detail: &str) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            code: "malformed_json",
            message: format!("the body is not valid JSON: {detail}"),
            fields: BTreeMap::new(),
        }
    }

    /// A caller whose role may not do this (they know the resource exists: it is their own
    /// organisation's kind of record).
    pub fn forbidden(message: &str) -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
            message: message.to_owned(),
            fields: BTreeMap::new(),
        }
    }

    /// The server cannot answer now; the cause is logged, never sent.
    pub fn unavailable(error: &dyn std::fmt::Display) -> Self {
        tracing::error!(%error, "request failed");
        Self {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "unavailable",
            message: "the server cannot answer now; try again later".into(),
            fields: BTreeMap::new(),
        }
    }

    /// Too many attempts from one address; `Retry-After` says when to come back.
    pub fn too_many() -> Self {
        Self {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: "too_many_requests",
            message: "too many requests from this address; wait an hour".into(),
            fields: BTreeMap::new(),
        }
    }

    /// Values that parsed as text but are not valid: one message per field.
    pub fn invalid(fields: BTreeMap<String, String>) -> Self {
        Self {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid_input",
            message: "some values are not valid; see `fields`".into(),
            fields,
        }
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: ErrorDetail<'a>,
}

#[derive(Serialize)]
struct ErrorDetail<'a> {
    code: &'a str,
    message: &'a str,
    fields: &'a BTreeMap<String, String>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: &self.message,
                fields: &self.fields,
            },
        };
        (self.status, Json(body)).into_response()
    }
}

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
