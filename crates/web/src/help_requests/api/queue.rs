//! The recipients' API: the queue of the caller's organisation (reading it is audited, and
//! opens what it lists), replies, closing, and making a consultation of a request. The same
//! functions as the staff screens do the work.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::help_requests::{HelpRequestStatus, check_message};
use strada_domain::ids::HelpRequestId;
use strada_domain::pagination::Page;
use strada_store::help_requests::{HelpRequest, InboxFilter};

use super::super::{answers_requests, escalate};
use super::{RequestJson, text_field};
use crate::AppState;
use crate::accounts::api::ApiCaller;
use crate::errors::ApiError;
use crate::params::{FieldErrors, QueryParams, read_json_object};

fn check_role(user: &User) -> Result<(), ApiError> {
    if answers_requests(user) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "this role does not answer help requests",
        ))
    }
}

/// `GET /api/v1/help-requests`: the caller's organisation's queue, with the messages
/// (reading it is audited).
pub(super) async fn list_queue(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<RequestJson>>, ApiError> {
    check_role(&user)?;
    let mut errors = FieldErrors::new();
    let params = QueryParams::parse(query.as_deref());
    let page = params.page_request(&mut errors);
    let status = params.read("status", HelpRequestStatus::parse, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    escalate(&state)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let queue = state
        .store()
        .help_request_queue(user.organisation_id, InboxFilter { status }, page)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let mut items = Vec::with_capacity(queue.items.len());
    for queued in &queue.items {
        if let Some(request) = state
            .store()
            .received_help_request(user.organisation_id, queued.id)
            .await
            .map_err(|e| ApiError::unavailable(&e))?
        {
            // The caller reads the person's words here: for the inbox, it is opened.
            state
                .store()
                .mark_help_request_opened(user.organisation_id, request.id)
                .await
                .map_err(|e| ApiError::unavailable(&e))?;
            items.push(RequestJson::new(request, true));
        }
    }
    state
        .audit(
            Some(&user),
            "",
            AuditAction::HelpRequestsRead,
            &format!("page {}", queue.page),
            Outcome::Success,
        )
        .await;
    Ok(Json(Page {
        items,
        total: queue.total,
        page: queue.page,
        per_page: queue.per_page,
    }))
}

async fn received(state: &AppState, user: &User, id: &str) -> Result<HelpRequest, ApiError> {
    let id = id
        .parse::<HelpRequestId>()
        .map_err(|_| ApiError::not_found("help request"))?;
    escalate(state)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state
        .store()
        .received_help_request(user.organisation_id, id)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("help request"))
}

/// `POST /api/v1/help-requests/{id}/replies` with `message`.
pub(super) async fn reply(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    check_role(&user)?;
    let request = received(&state, &user, &id).await?;
    let object = read_json_object(&body)?;
    let mut errors = FieldErrors::new();
    let message = text_field(&object, "message", &mut errors);
    let message = check_message(&message).map_err(|e| {
        errors.insert("message".into(), e.to_string());
    });
    let Ok(message) = message else {
        return Err(ApiError::invalid(errors));
    };
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    super::super::staff::answer(&state, &user, request.id, &message)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let answered = received(&state, &user, &id).await?;
    Ok((StatusCode::CREATED, Json(RequestJson::new(answered, true))).into_response())
}

/// `POST /api/v1/help-requests/{id}/close`: closed requests are deleted after the retention.
pub(super) async fn close(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RequestJson>, ApiError> {
    check_role(&user)?;
    let request = received(&state, &user, &id).await?;
    super::super::staff::close_request(&state, &user, request.id, None)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(RequestJson::new(
        received(&state, &user, &id).await?,
        true,
    )))
}

/// `POST /api/v1/help-requests/{id}/consultation`: a consultation made of the request (the
/// body is a consultation; its channel defaults to `web_form`), and the request closed.
pub(super) async fn make_consultation(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    check_role(&user)?;
    let request = received(&state, &user, &id).await?;
    let object = read_json_object(&body)?;
    let consultation = super::super::staff::convert(&state, &user, &request, object)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map_err(ApiError::invalid)?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"consultation_id": consultation, "help_request": request.id})),
    )
        .into_response())
}
