//! The recipients' API: the queue of the caller's organisation (reading it is audited, and
//! opens what it lists), replies, closing, and making a consultation of a request. The same
//! functions as the staff screens do the work (`inbox`).

use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Path, RawQuery, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use strada_domain::help_requests::HelpRequestStatus;
use strada_domain::ids::OrganisationId;
use strada_domain::pagination::Page;
use strada_store::help_requests::{HelpRequest, InboxFilter};

use super::super::inbox::{
    answer, audit_read, close_request, convert, escalate, inbox_of, received,
};
use super::super::input::{ReplyInput, from_json};
use super::RequestJson;
use crate::AppState;
use crate::errors::ApiError;
use crate::params::{FieldErrors, QueryParams, read_json_object};
use crate::staff::ApiCaller;
use crate::staff::guard::{AnswerHelpRequests, Permission, Permitted};

/// Who answers through the API.
type Answering = Permitted<AnswerHelpRequests, ApiCaller>;

/// The caller's inbox.
fn inbox(permitted: &Answering) -> Result<OrganisationId, ApiError> {
    inbox_of(permitted.scope).ok_or_else(|| ApiError::forbidden(AnswerHelpRequests::REFUSAL))
}

/// The request `id` the caller's inbox received, or 404.
async fn received_by(
    state: &AppState,
    permitted: &Answering,
    id: &str,
) -> Result<HelpRequest, ApiError> {
    let request = received(state, permitted.scope, id).await?;
    request.ok_or_else(|| ApiError::not_found("help request"))
}

/// `GET /api/v1/help-requests`: the caller's organisation's queue, with the messages
/// (reading it is audited).
pub(super) async fn list_queue(
    State(state): State<AppState>,
    permitted: Answering,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<RequestJson>>, ApiError> {
    let inbox = inbox(&permitted)?;
    let mut errors = FieldErrors::new();
    let params = QueryParams::parse(query.as_deref());
    let page = params.page_request(&mut errors);
    let status = params.read("status", HelpRequestStatus::parse, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    escalate(&state).await?;
    let queue = state
        .store()
        .help_request_queue(inbox, InboxFilter { status }, page)
        .await?;
    let mut items = Vec::with_capacity(queue.items.len());
    for queued in &queue.items {
        if let Some(request) = state
            .store()
            .received_help_request(inbox, queued.id)
            .await?
        {
            // The caller reads the person's words here: for the inbox, it is opened.
            state
                .store()
                .mark_help_request_opened(inbox, request.id)
                .await?;
            items.push(RequestJson::new(request, true));
        }
    }
    audit_read(&state, &permitted.0, &format!("page {}", queue.page)).await;
    Ok(Json(Page {
        items,
        total: queue.total,
        page: queue.page,
        per_page: queue.per_page,
    }))
}

/// A body posted about the request `{id}` of the path, read in this order: who asks (refused
/// as the guard refuses), the path, the body, then the request, which the caller's inbox must
/// have received (404 otherwise).
pub(super) struct PostedAbout {
    permitted: Answering,
    id: String,
    request: HelpRequest,
    body: Bytes,
}

impl FromRequest<AppState> for PostedAbout {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let permitted = Answering::from_request_parts(&mut parts, state).await?;
        let Path(id) = Path::<String>::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let request = received_by(state, &permitted, &id)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Self {
            permitted,
            id,
            request,
            body,
        })
    }
}

/// `POST /api/v1/help-requests/{id}/replies` with `message`.
pub(super) async fn reply(
    State(state): State<AppState>,
    PostedAbout {
        permitted,
        id,
        request,
        body,
    }: PostedAbout,
) -> Result<Response, ApiError> {
    let message = from_json::<ReplyInput>(&body)?.read()?;
    answer(
        &state,
        &permitted.0,
        inbox(&permitted)?,
        request.id,
        &message,
    )
    .await?;
    let answered = received_by(&state, &permitted, &id).await?;
    Ok((StatusCode::CREATED, Json(RequestJson::new(answered, true))).into_response())
}

/// `POST /api/v1/help-requests/{id}/close`: closed requests are deleted after the retention.
pub(super) async fn close(
    State(state): State<AppState>,
    permitted: Answering,
    Path(id): Path<String>,
) -> Result<Json<RequestJson>, ApiError> {
    let request = received_by(&state, &permitted, &id).await?;
    close_request(&state, &permitted.0, request.id, None).await?;
    Ok(Json(RequestJson::new(
        received_by(&state, &permitted, &id).await?,
        true,
    )))
}

/// `POST /api/v1/help-requests/{id}/consultation`: a consultation made of the request (the
/// body is a consultation; its channel defaults to `web_form`), and the request closed.
pub(super) async fn make_consultation(
    State(state): State<AppState>,
    posted: PostedAbout,
) -> Result<Response, ApiError> {
    let PostedAbout {
        permitted,
        request,
        body,
        ..
    } = posted;
    let details = read_json_object(&body)?;
    let consultation =
        convert(&state, &permitted.0, inbox(&permitted)?, &request, details).await??;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"consultation_id": consultation, "help_request": request.id})),
    )
        .into_response())
}
