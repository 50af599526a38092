//! The JSON twins of the person's forms (no account): sending, reading the thread and writing
//! back with the ticket and passphrase; the recipients' API is in `queue`.

mod queue;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use bytes::Bytes;
use serde::Serialize;
use strada_domain::country_code::CountryCode;
use strada_domain::help_requests::{HelpRequestStatus, Passphrase, Ticket};
use strada_domain::ids::HelpRequestId;
use strada_store::help_requests::HelpRequest;
use strada_store::rate_limits::RateLimit;

use super::input::{AskInput, CredentialsInput, FieldProblem, FollowUpInput, Source, from_json};
use super::intake::{CHECKS, Opened, SENDS, add_follow_up, create, open};
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::client_address::with_retry_after;
use crate::errors::ApiError;
use crate::params::FieldErrors;

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

/// 429 past a limit, with when to come back.
fn too_many() -> Response {
    // Sending and checking share a window of an hour: either says when to come back.
    with_retry_after(ApiError::too_many().into_response(), &SENDS)
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
    let request = from_json::<AskInput>(&body)?.read(Source::Json)?;
    if !client.take_attempt(&state, &SENDS).await? {
        return Ok(too_many());
    }
    let credentials = create(&state, &request).await?;
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
    /// The request as JSON; `with_id` for its recipients (the person needs no id: the
    /// ticket is theirs).
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
    let (ticket, passphrase) = from_json::<CredentialsInput>(&body)?.read()?;
    match open_request(&state, client, &CHECKS, &ticket, &passphrase).await? {
        Ok(request) => Ok(Json(RequestJson::new(request, false)).into_response()),
        Err(refused) => Ok(refused),
    }
}

/// The request a ticket and passphrase open, after one attempt of `limit`: the request, or
/// the answer that refuses (429 past the limit, 404 for a wrong pair).
async fn open_request(
    state: &AppState,
    client: ClientAddress,
    limit: &RateLimit,
    ticket: &Ticket,
    passphrase: &Passphrase,
) -> Result<Result<HelpRequest, Response>, ApiError> {
    match open(state, client, limit, ticket, passphrase).await? {
        Opened::Request(request) => Ok(Ok(request)),
        Opened::TooMany => Ok(Err(too_many())),
        Opened::Unknown => Err(ApiError::not_found(
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
    let follow_up = from_json::<FollowUpInput>(&body)?.read(Source::Json)?;
    let request = match open_request(
        &state,
        client,
        &SENDS,
        &follow_up.ticket,
        &follow_up.passphrase,
    )
    .await?
    {
        Ok(request) => request,
        Err(refused) => return Ok(refused),
    };
    if request.status == HelpRequestStatus::Closed {
        let mut closed = FieldErrors::new();
        closed.insert("message".into(), FieldProblem::Closed.detail());
        return Err(ApiError::invalid(closed));
    }
    let (added, request) = add_follow_up(&state, &request, &follow_up).await?;
    let request = request.ok_or_else(|| ApiError::not_found("help request"))?;
    let status = if added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(RequestJson::new(request, false))).into_response())
}
