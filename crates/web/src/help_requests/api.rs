//! The JSON twins of the person's forms (no account): sending, reading the thread and writing
//! back with the ticket and passphrase; the recipients' API is in `queue`.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;
use strada_domain::country_code::CountryCode;
use strada_domain::help_requests::{HelpRequestStatus, Passphrase, Ticket, check_message};
use strada_domain::ids::HelpRequestId;
use strada_store::help_requests::HelpRequest;

use super::{
    CHECKS, FieldProblem, Problems, SENDS, TRAP_FIELD, api_errors, create, read_request,
    take_attempt,
};
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::errors::ApiError;
use crate::params::{FieldErrors, read_json_object};

mod queue;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/help-requests",
            post(send_json).get(queue::list_queue),
        )
        .route("/api/v1/help-requests/status", post(check_status_json))
        .route("/api/v1/help-requests/follow-ups", post(write_back_json))
        .route("/api/v1/help-requests/{id}/replies", post(queue::reply))
        .route("/api/v1/help-requests/{id}/close", post(queue::close))
        .route(
            "/api/v1/help-requests/{id}/consultation",
            post(queue::make_consultation),
        )
}

fn too_many() -> Response {
    let mut response = ApiError::too_many().into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
    response
}

/// A string field of a JSON object: absent is empty; another type is a field error.
pub(super) fn text_field(
    object: &serde_json::Map<String, Value>,
    name: &str,
    errors: &mut FieldErrors,
) -> String {
    match object.get(name) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(_) => {
            errors.insert(name.into(), "must be a string".into());
            String::new()
        }
    }
}

#[derive(Serialize)]
struct CredentialsJson {
    ticket: String,
    passphrase: String,
}

/// `POST /api/v1/help-requests` with `country`, `language`, `message`: no account needed.
async fn send_json(
    State(state): State<AppState>,
    client: ClientAddress,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = read_json_object(&body)?;
    let mut errors = FieldErrors::new();
    for name in object.keys() {
        if !["country", "language", "message", TRAP_FIELD].contains(&name.as_str()) {
            errors.insert(name.clone(), "is not a field of a help request".into());
        }
    }
    let trap = text_field(&object, TRAP_FIELD, &mut errors);
    let country = text_field(&object, "country", &mut errors);
    let language = text_field(&object, "language", &mut errors);
    let message = text_field(&object, "message", &mut errors);
    if !trap.is_empty() {
        errors.insert(TRAP_FIELD.into(), "must be empty".into());
    }
    let request = match read_request(&country, &language, &message) {
        Err(problems) => {
            for (field, message) in api_errors(&problems) {
                errors.entry(field).or_insert(message);
            }
            return Err(ApiError::invalid(errors));
        }
        Ok(_) if !errors.is_empty() => return Err(ApiError::invalid(errors)),
        Ok(request) => request,
    };
    if !take_attempt(&state, &SENDS, client)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
    {
        return Ok(too_many());
    }
    let credentials = create(&state, &request)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    Ok((
        StatusCode::CREATED,
        Json(CredentialsJson {
            ticket: credentials.ticket.as_str().to_owned(),
            passphrase: credentials.passphrase.as_str().to_owned(),
        }),
    )
        .into_response())
}

#[derive(Serialize)]
struct ReplyJson {
    /// The organisation that wrote it.
    organisation: String,
    message: String,
    created_at: String,
}

#[derive(Serialize)]
struct FollowUpJson {
    message: String,
    created_at: String,
}

#[derive(Serialize)]
pub(super) struct RequestJson {
    id: Option<HelpRequestId>,
    country: CountryCode,
    language: String,
    status: HelpRequestStatus,
    message: String,
    created_at: String,
    replies: Vec<ReplyJson>,
    /// What the person wrote back.
    follow_ups: Vec<FollowUpJson>,
}

impl RequestJson {
    pub(super) fn new(request: HelpRequest, with_id: bool) -> Self {
        let mut replies = Vec::new();
        let mut follow_ups = Vec::new();
        for message in request.thread {
            match message.organisation {
                Some(organisation) => replies.push(ReplyJson {
                    organisation,
                    message: message.message,
                    created_at: message.created_at,
                }),
                None => follow_ups.push(FollowUpJson {
                    message: message.message,
                    created_at: message.created_at,
                }),
            }
        }
        Self {
            id: with_id.then_some(request.id),
            country: request.country,
            language: request.language.to_string(),
            status: request.status,
            message: request.message,
            created_at: request.created_at,
            replies,
            follow_ups,
        }
    }
}

/// `POST /api/v1/help-requests/status` with `ticket` and `passphrase` in the body (written
/// with or without hyphens, spaces and capitals).
async fn check_status_json(
    State(state): State<AppState>,
    client: ClientAddress,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = read_json_object(&body)?;
    let mut errors = FieldErrors::new();
    let credentials = read_credentials(&object, &mut errors);
    let (Some((ticket, passphrase)), true) = (credentials, errors.is_empty()) else {
        return Err(ApiError::invalid(errors));
    };
    match open_request(&state, client, &CHECKS, &ticket, &passphrase).await? {
        Ok(request) => Ok(Json(RequestJson::new(request, false)).into_response()),
        Err(refused) => Ok(refused),
    }
}

/// The ticket and passphrase of a body, or their field errors.
fn read_credentials(
    object: &serde_json::Map<String, Value>,
    errors: &mut FieldErrors,
) -> Option<(Ticket, Passphrase)> {
    let ticket = text_field(object, "ticket", errors);
    let passphrase = text_field(object, "passphrase", errors);
    let mut problems = Problems::new();
    let ticket = Ticket::parse(&ticket)
        .map_err(|_| problems.insert("ticket", FieldProblem::Ticket))
        .ok();
    let passphrase = Passphrase::parse(&passphrase)
        .map_err(|_| problems.insert("passphrase", FieldProblem::Passphrase))
        .ok();
    for (field, message) in api_errors(&problems) {
        errors.entry(field).or_insert(message);
    }
    ticket.zip(passphrase)
}

/// The request a ticket and passphrase open, after one attempt of `limit`: the request, or
/// the answer that refuses (429 past the limit, 404 for a wrong pair).
async fn open_request(
    state: &AppState,
    client: ClientAddress,
    limit: &strada_store::rate_limits::RateLimit,
    ticket: &Ticket,
    passphrase: &Passphrase,
) -> Result<Result<HelpRequest, Response>, ApiError> {
    if !take_attempt(state, limit, client)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
    {
        return Ok(Err(too_many()));
    }
    match state
        .store()
        .help_request_for_author(ticket, passphrase)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
    {
        Some(request) => Ok(Ok(request)),
        None => Err(ApiError::not_found(
            "help request for this ticket and passphrase",
        )),
    }
}

/// `POST /api/v1/help-requests/follow-ups` with `ticket`, `passphrase`, `message` and
/// optionally `id` (a UUID the client makes: the same id sent twice stores one message):
/// the person writes back. Answers the request with its thread.
async fn write_back_json(
    State(state): State<AppState>,
    client: ClientAddress,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = read_json_object(&body)?;
    let mut errors = FieldErrors::new();
    for name in object.keys() {
        if !["ticket", "passphrase", "message", "id"].contains(&name.as_str()) {
            errors.insert(name.clone(), "is not a field of a follow-up".into());
        }
    }
    let credentials = read_credentials(&object, &mut errors);
    let message = check_message(&text_field(&object, "message", &mut errors))
        .map_err(|invalid| {
            errors
                .entry("message".into())
                .or_insert(FieldProblem::Message(invalid).detail());
        })
        .ok();
    let id_text = text_field(&object, "id", &mut errors);
    let id = if id_text.is_empty() {
        Some(strada_store::help_requests::random_id())
    } else {
        uuid::Uuid::parse_str(&id_text)
            .map_err(|_| errors.insert("id".into(), "is not a UUID".into()))
            .ok()
    };
    let (Some((ticket, passphrase)), Some(message), Some(id), true) =
        (credentials, message, id, errors.is_empty())
    else {
        return Err(ApiError::invalid(errors));
    };
    let request = match open_request(&state, client, &SENDS, &ticket, &passphrase).await? {
        Ok(request) => request,
        Err(refused) => return Ok(refused),
    };
    if request.status == HelpRequestStatus::Closed {
        let mut closed = FieldErrors::new();
        closed.insert(
            "message".into(),
            "cannot be added: the request is closed; send a new request".into(),
        );
        return Err(ApiError::invalid(closed));
    }
    let added = state
        .store()
        .add_follow_up(request.id, id, &message)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let request = state
        .store()
        .help_request_for_author(&ticket, &passphrase)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("help request"))?;
    let status = if added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(RequestJson::new(request, false))).into_response())
}
