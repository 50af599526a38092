//! The JSON error of the API: `{"error": {"code", "message", "fields"}}`.

use std::collections::BTreeMap;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use strada_store::StoreError;

use crate::params::FieldErrors;

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

    /// No valid API token: 401 with `WWW-Authenticate: Bearer`.
    pub fn unauthorised() -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorised",
            message: "send a valid API token as `Authorization: Bearer TOKEN`".into(),
            fields: BTreeMap::new(),
        }
    }

    /// The server cannot answer now; the cause is logged, never sent.
    pub fn unavailable(error: &dyn std::fmt::Display) -> Self {
        tracing::error!(%error, "an API request failed");
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

    /// A change that names no version to be made on (`If-Match`): 428, so that no edit is
    /// lost to one made meanwhile.
    pub fn precondition_required() -> Self {
        Self {
            status: StatusCode::PRECONDITION_REQUIRED,
            code: "precondition_required",
            message: "send `If-Match` with the ETag of the version this change was made on".into(),
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
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// A failure of the database: logged once with its cause, answered 503.
impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        Self::unavailable(&error)
    }
}

/// Values that are not valid: 422 with one message per field.
impl From<FieldErrors> for ApiError {
    fn from(fields: FieldErrors) -> Self {
        Self::invalid(fields)
    }
}

/// Every field's problem of a write's input: 422, each said in English.
impl From<crate::input::Problems> for ApiError {
    fn from(problems: crate::input::Problems) -> Self {
        Self::invalid(crate::input::in_english(problems))
    }
}
