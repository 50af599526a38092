//! The staff inbox of help requests: the organisation's requests (filtered by state, one
//! page at a time, without the person's words), and one request with its thread (opening it is
//! an audited read of personal data, and takes it out of the unread count), with the forms to
//! reply, close and make a consultation of it (`actions`). Who may do this is the access policy's
//! `AnswerHelpRequests`; a request another organisation receives answers 404.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::consultations::{CallerType, Topic};
use strada_domain::help_requests::HelpRequestStatus;
use strada_domain::ids::HelpRequestId;
use strada_domain::time_zone::TimeZone;
use strada_store::StoreError;
use strada_store::help_requests::{HelpRequest, InboxFilter};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{FieldProblem, answers_requests, escalate};
use crate::AppState;
use crate::accounts::StaffChrome;
use crate::accounts::session::Staff;
use crate::layout::render;
use crate::params::{FieldErrors, QueryParams};

mod actions;

pub(in crate::help_requests) use actions::{answer, close_request, convert};

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

/// The staff member, if their role answers requests; others see the 404 page (as for any
/// staff page their role does not reach).
pub(super) fn answering(staff: &Staff) -> Result<(), Response> {
    if answers_requests(&staff.user) {
        Ok(())
    } else {
        Err(crate::accounts::staff_not_found(staff))
    }
}

pub(super) fn unavailable(error: &StoreError) -> Response {
    tracing::error!(%error, "a help request page failed");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

/// How staff read times: on their organisation's clock, its zone named (UTC, named, for an
/// organisation without one).
pub(super) struct StaffClock(TimeZone);

impl StaffClock {
    pub(super) fn of(state: &AppState, staff: &Staff) -> Self {
        Self(crate::consultations::organisation_zone(
            state,
            staff.user.organisation_id,
        ))
    }

    /// A stored UTC time (RFC 3339) as the reader reads it, to the minute.
    pub(super) fn show(&self, stored: &str) -> String {
        match OffsetDateTime::parse(stored, &Rfc3339) {
            Ok(instant) => format!(
                "{} {}",
                self.0.local(instant).format(SHOWN_TIME).unwrap_or_default(),
                self.0.name()
            ),
            Err(_) => stored.to_owned(),
        }
    }
}

const SHOWN_TIME: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");

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
    let clock = StaffClock::of(&state, &staff);
    let tr = chrome.tr;
    let lines = queue
        .items
        .iter()
        .map(|item| InboxLine {
            href: format!("/staff/help-requests/{}", item.id),
            received: clock.show(&item.created_at),
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
    id: HelpRequestId,
    country: String,
    language: String,
    status: String,
    received: String,
    message: String,
    thread: Vec<ThreadLine>,
    open: bool,
    reply: String,
    errors: crate::forms::FormErrors,
    caller_types: Vec<(String, String)>,
    topics: Vec<(String, String)>,
}

/// What a request page shows besides the request: a reply or conversion that was refused.
#[derive(Default)]
pub(super) struct RequestView {
    pub reply: String,
    pub reply_error: Option<FieldProblem>,
    pub convert_error: bool,
}

/// The request `id` of the staff member's organisation, or the 404 answer.
pub(super) async fn received_request(
    state: &AppState,
    staff: &Staff,
    id: &str,
) -> Result<HelpRequest, Response> {
    answering(staff)?;
    let Ok(id) = id.parse::<HelpRequestId>() else {
        return Err(crate::accounts::staff_not_found(staff));
    };
    escalate(state).await.map_err(|e| unavailable(&e))?;
    match state
        .store()
        .received_help_request(staff.user.organisation_id, id)
        .await
    {
        Ok(Some(request)) => Ok(request),
        Ok(None) => Err(crate::accounts::staff_not_found(staff)),
        Err(error) => Err(unavailable(&error)),
    }
}

/// Reads a request to a staff member: an audited read, and no longer unread for their
/// organisation.
pub(super) async fn request_page(
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
    let clock = StaffClock::of(state, staff);
    let tr = chrome.tr;
    let mut errors = crate::forms::FormErrors::new();
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
    let page = RequestPage {
        id: request.id,
        country: tr.country(request.country),
        language: tr.language_name(&request.language),
        status: tr.t(&format!("help-state-{}", request.status)),
        received: clock.show(&request.created_at),
        message: request.message,
        thread: request
            .thread
            .into_iter()
            .map(|line| ThreadLine {
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
