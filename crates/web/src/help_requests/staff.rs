//! The staff inbox of help requests: the organisation's requests (filtered by state, one
//! page at a time, without the person's words), one request with its thread (opening it is an
//! audited read of personal data, and takes it out of the unread count), a reply form, closing,
//! and turning it into a consultation. Who may do this is the access policy's
//! `AnswerHelpRequests`; a request another organisation receives answers 404.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::Value;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::help_requests::{HelpRequestStatus, check_message};
use strada_domain::hotline::{CallerType, Topic};
use strada_store::StoreError;
use strada_store::help_requests::{HelpRequest, InboxFilter};
use strada_store::hotline::Recorded;
use uuid::Uuid;

use super::{FieldProblem, answers_requests, escalate};
use crate::AppState;
use crate::accounts::StaffChrome;
use crate::accounts::session::{Staff, StaffForm};
use crate::layout::render;
use crate::params::{FieldErrors, QueryParams};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/help-requests", get(list_requests))
        .route("/staff/help-requests/{id}", get(show_request))
        .route("/staff/help-requests/{id}/replies", post(reply_to_request))
        .route("/staff/help-requests/{id}/close", post(close))
        .route(
            "/staff/help-requests/{id}/consultation",
            post(make_consultation),
        )
}

/// Adds a reply of `user`'s organisation and records it.
pub(super) async fn answer(
    state: &AppState,
    user: &User,
    id: Uuid,
    message: &str,
) -> Result<(), StoreError> {
    state
        .store()
        .reply_to_help_request(user.organisation_id, id, user.id, message)
        .await?;
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestAnswered,
            &id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(())
}

/// Closes a request (linking the consultation it became) and records it.
pub(super) async fn close_request(
    state: &AppState,
    user: &User,
    id: Uuid,
    consultation: Option<Uuid>,
) -> Result<(), StoreError> {
    state.store().close_help_request(id, consultation).await?;
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestClosed,
            &id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(())
}

/// Records a consultation made of `request` (`details` may set any field of one; the
/// channel, language and anonymity default to the request's) and closes the request.
/// Answers the consultation's id, or the consultation's field errors.
pub(super) async fn convert(
    state: &AppState,
    user: &User,
    request: &HelpRequest,
    mut details: serde_json::Map<String, Value>,
) -> Result<Result<Uuid, FieldErrors>, StoreError> {
    details
        .entry("channel")
        .or_insert(Value::String("web_form".into()));
    details
        .entry("language")
        .or_insert(Value::String(request.language.to_string()));
    details.entry("anonymous").or_insert(Value::Bool(true));
    let details = match crate::hotline::read_consultation_json(&Value::Object(details), state) {
        Ok(details) => details,
        Err(errors) => return Ok(Err(errors)),
    };
    // Keyed by the request: converting twice (two clicks, two consultants) makes one.
    let recorded = state
        .store()
        .record_consultation(
            user.organisation_id,
            user.id,
            &details,
            Some(&format!("help-request-{}", request.id)),
        )
        .await?;
    let consultation = match recorded {
        Recorded::New(consultation) => {
            state
                .audit(
                    Some(user),
                    "",
                    AuditAction::ConsultationRecorded,
                    &consultation.id.to_string(),
                    Outcome::Success,
                )
                .await;
            consultation
        }
        Recorded::Repeated(consultation) => consultation,
    };
    close_request(state, user, request.id, Some(consultation.id)).await?;
    Ok(Ok(consultation.id))
}

/// The staff member, if their role answers requests; others see the 404 page (as for any
/// staff page their role does not reach).
fn answering(staff: &Staff) -> Result<(), Response> {
    if answers_requests(&staff.user) {
        Ok(())
    } else {
        Err(StatusCode::NOT_FOUND.into_response())
    }
}

fn unavailable(error: &StoreError) -> Response {
    tracing::error!(%error, "a help request page failed");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

/// A time as staff read it: UTC, named.
fn shown(stored: &str) -> String {
    format!(
        "{} UTC",
        stored
            .chars()
            .take(16)
            .collect::<String>()
            .replace('T', " ")
    )
}

struct InboxLine {
    href: String,
    received: String,
    country: String,
    language: String,
    status: String,
    unread: bool,
    escalated: bool,
}

#[derive(Template)]
#[template(path = "staff/help_requests.html")]
struct InboxPage {
    chrome: StaffChrome,
    lines: Vec<InboxLine>,
    states: Vec<(String, String, bool)>,
    error: Option<String>,
    count: String,
    page: u32,
    pages: u32,
    previous: Option<String>,
    next: Option<String>,
}

/// `GET /staff/help-requests?status=open&page=2`
async fn list_requests(
    State(state): State<AppState>,
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    if let Err(response) = answering(&staff) {
        return response;
    }
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "help-inbox-title",
        "/staff/help-requests",
    );
    let mut errors = FieldErrors::new();
    let params = QueryParams::parse(query.as_deref());
    let status = params.read("status", HelpRequestStatus::parse, &mut errors);
    let page_request = params.page_request(&mut errors);
    let error = (!errors.is_empty()).then(|| chrome.t("help-inbox-bad-filter"));
    if let Err(error) = escalate(&state).await {
        return unavailable(&error);
    }
    let queue = match state
        .store()
        .help_request_queue(
            staff.user.organisation_id,
            InboxFilter { status },
            page_request,
        )
        .await
    {
        Ok(queue) => queue,
        Err(error) => return unavailable(&error),
    };
    let tr = chrome.tr;
    let lines = queue
        .items
        .iter()
        .map(|item| InboxLine {
            href: format!("/staff/help-requests/{}", item.id),
            received: shown(&item.created_at),
            country: tr.country(item.country),
            language: tr.language_name(&item.language),
            status: tr.t(&format!("help-state-{}", item.status)),
            unread: item.unread,
            escalated: item.escalated,
        })
        .collect();
    let state_query = status.map_or(String::new(), |s| format!("status={s}&"));
    let pages = queue.total_pages();
    let link = |page: u32| format!("/staff/help-requests?{state_query}page={page}");
    let mut states = vec![(
        "/staff/help-requests".to_owned(),
        chrome.t("help-state-all"),
        status.is_none(),
    )];
    for candidate in HelpRequestStatus::ALL {
        states.push((
            format!("/staff/help-requests?status={candidate}"),
            chrome.t(&format!("help-state-{candidate}")),
            status == Some(*candidate),
        ));
    }
    let page = InboxPage {
        lines,
        states,
        error,
        count: chrome.tr.count("help-inbox-count", queue.total as usize),
        page: queue.page,
        pages,
        previous: (queue.page > 1).then(|| link(queue.page - 1)),
        next: (queue.page < pages).then(|| link(queue.page + 1)),
        chrome,
    };
    render(&page, StatusCode::OK).into_response(staff.user.language)
}

struct ThreadLine {
    from: String,
    message: String,
    time: String,
}

#[derive(Template)]
#[template(path = "staff/help_request.html")]
struct RequestPage {
    chrome: StaffChrome,
    id: Uuid,
    country: String,
    language: String,
    status: String,
    received: String,
    message: String,
    thread: Vec<ThreadLine>,
    open: bool,
    reply: String,
    reply_error: Option<String>,
    convert_error: Option<String>,
    caller_types: Vec<(String, String)>,
    topics: Vec<(String, String)>,
}

/// What a request page shows besides the request: a reply or conversion that was refused.
#[derive(Default)]
struct RequestView {
    reply: String,
    reply_error: Option<FieldProblem>,
    convert_error: bool,
}

/// The request `id` of the staff member's organisation, or the 404 answer.
async fn received_request(
    state: &AppState,
    staff: &Staff,
    id: &str,
) -> Result<HelpRequest, Response> {
    answering(staff)?;
    let Ok(id) = Uuid::parse_str(id) else {
        return Err(StatusCode::NOT_FOUND.into_response());
    };
    escalate(state).await.map_err(|e| unavailable(&e))?;
    match state
        .store()
        .received_help_request(staff.user.organisation_id, id)
        .await
    {
        Ok(Some(request)) => Ok(request),
        Ok(None) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(error) => Err(unavailable(&error)),
    }
}

/// Reads a request to a staff member: an audited read, and no longer unread for their
/// organisation.
async fn request_page(
    state: &AppState,
    staff: &Staff,
    request: HelpRequest,
    view: RequestView,
    status: StatusCode,
) -> Response {
    if let Err(error) = state
        .store()
        .mark_help_request_opened(staff.user.organisation_id, request.id)
        .await
    {
        return unavailable(&error);
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::HelpRequestsRead,
            &request.id.to_string(),
            Outcome::Success,
        )
        .await;
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "help-request-title",
        "/staff/help-requests",
    );
    let tr = chrome.tr;
    let page = RequestPage {
        id: request.id,
        country: tr.country(request.country),
        language: tr.language_name(&request.language),
        status: tr.t(&format!("help-state-{}", request.status)),
        received: shown(&request.created_at),
        message: request.message,
        thread: request
            .thread
            .into_iter()
            .map(|line| ThreadLine {
                from: line
                    .organisation
                    .unwrap_or_else(|| tr.t("help-request-from-person")),
                message: line.message,
                time: shown(&line.created_at),
            })
            .collect(),
        open: request.status != HelpRequestStatus::Closed,
        reply: view.reply,
        reply_error: view.reply_error.map(|problem| tr.t(problem.key())),
        convert_error: view
            .convert_error
            .then(|| tr.t("help-request-convert-invalid")),
        caller_types: CallerType::ALL
            .iter()
            .map(|c| (c.code().to_owned(), tr.t(&format!("caller-{c}"))))
            .collect(),
        topics: Topic::ALL
            .iter()
            .map(|t| (t.code().to_owned(), tr.t(&format!("topic-{t}"))))
            .collect(),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

/// `GET /staff/help-requests/{id}`
async fn show_request(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
) -> Response {
    match received_request(&state, &staff, &id).await {
        Ok(request) => {
            request_page(
                &state,
                &staff,
                request,
                RequestView::default(),
                StatusCode::OK,
            )
            .await
        }
        Err(response) => response,
    }
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    message: String,
}

/// `POST /staff/help-requests/{id}/replies`: back to the request (303), with the reply in
/// its thread; a refused message is shown again with its error.
async fn reply_to_request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<ReplyForm>,
) -> Response {
    let request = match received_request(&state, &staff, &id).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let message = match check_message(&form.message) {
        Ok(message) => message,
        Err(invalid) => {
            let view = RequestView {
                reply: form.message,
                reply_error: Some(FieldProblem::Message(invalid)),
                convert_error: false,
            };
            return request_page(
                &state,
                &staff,
                request,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match answer(&state, &staff.user, request.id, &message).await {
        Ok(()) => Redirect::to(&format!("/staff/help-requests/{}", request.id)).into_response(),
        Err(error) => unavailable(&error),
    }
}

#[derive(Deserialize)]
pub struct EmptyForm {}

/// `POST /staff/help-requests/{id}/close`
async fn close(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, .. }: StaffForm<EmptyForm>,
) -> Response {
    let request = match received_request(&state, &staff, &id).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    match close_request(&state, &staff.user, request.id, None).await {
        Ok(()) => Redirect::to(&format!("/staff/help-requests/{}", request.id)).into_response(),
        Err(error) => unavailable(&error),
    }
}

/// `POST /staff/help-requests/{id}/consultation`: the consultation made of the request, to
/// complete on its own page.
async fn make_consultation(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    let request = match received_request(&state, &staff, &id).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let value = |name: &str| {
        form.iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| Value::String(value.clone()))
            .collect::<Vec<_>>()
    };
    let mut details = serde_json::Map::new();
    if let Some(caller) = value("caller_type").pop() {
        details.insert("caller_type".into(), caller);
    }
    details.insert("topics".into(), Value::Array(value("topics")));
    match convert(&state, &staff.user, &request, details).await {
        Ok(Ok(consultation)) => {
            Redirect::to(&format!("/staff/consultations/{consultation}")).into_response()
        }
        Ok(Err(_)) => {
            let view = RequestView {
                convert_error: true,
                ..RequestView::default()
            };
            request_page(
                &state,
                &staff,
                request,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => unavailable(&error),
    }
}
