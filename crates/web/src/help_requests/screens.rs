//! The staff inbox of help requests: the organisation's requests (filtered by state, one
//! page at a time, without the person's words), and one request with its thread (opening it is
//! an audited read of personal data, and takes it out of the unread count), with the forms to
//! reply, close and make a consultation of it (`actions`). Who may is the access policy's
//! `AnswerHelpRequests`, asked by each handler's `Permitted` (a posted form's `PermittedForm`,
//! after its CSRF check); a request another organisation receives answers 404.

mod actions;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use strada_domain::consultations::{CallerType, Topic};
use strada_domain::help_requests::HelpRequestStatus;
use strada_domain::ids::OrganisationId;
use strada_store::help_requests::{HelpRequest, InboxFilter};

use super::inbox::{audit_read, escalate, inbox_of, received};
use super::input::FieldProblem;
use super::views::{InboxLine, InboxPage, RequestPage, StaffClock, StaffThreadLine};
use crate::AppState;
use crate::cases::contacts::contact_cases;
use crate::errors::PageError;
use crate::forms::FormErrors;
use crate::layout::render;
use crate::pagination::PageLinks;
use crate::params::{FieldErrors, QueryParams};
use crate::staff::StaffChrome;
use crate::staff::guard::{AnswerHelpRequests, Permitted};
use strada_domain::cases::origin::CaseOrigin;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/help-requests", get(list_requests))
        .route("/staff/help-requests/{id}", get(show_request))
        .route(
            "/staff/help-requests/{id}/replies",
            post(actions::reply_to_request),
        )
        .route("/staff/help-requests/{id}/close", post(actions::close))
        .route(
            "/staff/help-requests/{id}/consultation",
            post(actions::make_consultation),
        )
}

/// A staff member who answers requests.
type Answering = Permitted<AnswerHelpRequests>;

/// The staff member's inbox.
fn inbox(permitted: &Answering) -> Result<OrganisationId, PageError> {
    inbox_of(permitted.scope).ok_or(PageError::NotFound)
}

/// The staff member's clock, their organisation's.
fn clock(state: &AppState, permitted: &Answering) -> StaffClock {
    StaffClock(crate::consultations::organisation_zone(
        state,
        permitted.user.organisation_id,
    ))
}

/// `GET /staff/help-requests?status=open&page=2`
async fn list_requests(
    State(state): State<AppState>,
    permitted: Answering,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let inbox = inbox(&permitted)?;
    let chrome = StaffChrome::for_staff(&permitted, "help-inbox-title", "/staff/help-requests");
    let mut errors = FieldErrors::new();
    let params = QueryParams::parse(query.as_deref());
    let status = params.read("status", HelpRequestStatus::parse, &mut errors);
    let page_request = params.page_request(&mut errors);
    let error = (!errors.is_empty()).then(|| chrome.t("help-inbox-bad-filter"));
    escalate(&state).await?;
    let queue = state
        .store()
        .help_request_queue(inbox, InboxFilter { status }, page_request)
        .await?;
    let clock = clock(&state, &permitted);
    let tr = chrome.tr;
    let lines = queue
        .items
        .iter()
        .map(|item| InboxLine {
            href: format!("/staff/help-requests/{}", item.id),
            received: clock.show(&item.created_at),
            country: tr.country(item.country),
            language: tr.language_name(&item.language),
            status: tr.label(item.status),
            unread: item.unread,
            escalated: item.escalated,
        })
        .collect();
    let state_query = status.map_or(String::new(), |s| format!("status={s}&"));
    let link = |page: u32| format!("/staff/help-requests?{state_query}page={page}");
    let mut states = vec![(
        "/staff/help-requests".to_owned(),
        chrome.t("help-state-all"),
        status.is_none(),
    )];
    for candidate in HelpRequestStatus::ALL {
        states.push((
            format!("/staff/help-requests?status={candidate}"),
            chrome.tr.label(*candidate),
            status == Some(*candidate),
        ));
    }
    let page = InboxPage {
        lines,
        states,
        error,
        count: chrome.tr.count("help-inbox-count", queue.total as usize),
        pages: PageLinks::new(&queue, link),
        chrome,
    };
    Ok(render(&page, StatusCode::OK).into_response(permitted.user.language))
}

/// What a request page shows besides the request: a reply or conversion that was refused.
#[derive(Default)]
struct RequestView {
    reply: String,
    reply_error: Option<FieldProblem>,
    convert_error: bool,
}

/// The request `id` the staff member's inbox received, or 404.
async fn received_by(
    state: &AppState,
    permitted: &Answering,
    id: &str,
) -> Result<HelpRequest, PageError> {
    let request = received(state, permitted.scope, id).await?;
    request.ok_or(PageError::NotFound)
}

/// Reads a request to a staff member: an audited read, and no longer unread for their
/// organisation.
async fn request_page(
    state: &AppState,
    permitted: &Answering,
    request: HelpRequest,
    view: RequestView,
    status: StatusCode,
) -> Result<Response, PageError> {
    state
        .store()
        .mark_help_request_opened(inbox(permitted)?, request.id)
        .await?;
    audit_read(state, &permitted.user, &request.id.to_string()).await;
    let chrome = StaffChrome::for_staff(permitted, "help-request-title", "/staff/help-requests");
    let clock = clock(state, permitted);
    let tr = chrome.tr;
    let mut errors = FormErrors::new();
    if let Some(problem) = view.reply_error {
        errors.add(tr, "reply-message", "help-request-reply", problem.key());
    }
    if view.convert_error {
        errors.add(
            tr,
            "convert-caller",
            "help-request-convert",
            "help-request-convert-invalid",
        );
    }
    let origin = CaseOrigin::HelpRequest(request.id);
    let contact_cases = contact_cases(state, permitted, origin).await?;
    let page = RequestPage {
        contact_cases,
        id: request.id,
        country: tr.country(request.country),
        language: tr.language_name(&request.language),
        status: tr.label(request.status),
        received: clock.show(&request.created_at),
        message: request.message,
        thread: request
            .thread
            .into_iter()
            .map(|line| StaffThreadLine {
                from: line
                    .organisation
                    .unwrap_or_else(|| tr.t("help-request-from-person")),
                message: line.message,
                time: clock.show(&line.created_at),
            })
            .collect(),
        open: request.status != HelpRequestStatus::Closed,
        reply: view.reply,
        errors,
        caller_types: CallerType::ALL
            .iter()
            .map(|c| (c.code().to_owned(), tr.label(*c)))
            .collect(),
        topics: Topic::ALL
            .iter()
            .map(|t| (t.code().to_owned(), tr.label(*t)))
            .collect(),
        chrome,
    };
    Ok(render(&page, status).into_response(permitted.user.language))
}

/// `GET /staff/help-requests/{id}`
async fn show_request(
    State(state): State<AppState>,
    permitted: Answering,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let request = received_by(&state, &permitted, &id).await?;
    request_page(
        &state,
        &permitted,
        request,
        RequestView::default(),
        StatusCode::OK,
    )
    .await
}
