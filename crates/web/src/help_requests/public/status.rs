//! The status page: the person comes back with the ticket and passphrase (typed with or
//! without hyphens, spaces and capitals), reads the thread with the name of each organisation
//! that answered and times in UTC (named; a script shows them in the reader's own zone), and
//! writes back. The credentials travel in POST bodies only; each check is one attempt against
//! the rate limit, taken before the passphrase is compared.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use strada_domain::help_requests::{HelpRequestStatus, Passphrase, Ticket, check_message};
use strada_domain::language::UiLanguage;
use strada_store::help_requests::HelpRequest;
use uuid::Uuid;

use super::super::{CHECKS, FieldProblem, Problems, SENDS, take_attempt};
use super::{form_errors, too_many};
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::forms::FormErrors;
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};

/// Fields of the status form and of the form that writes back: name, control id, label.
const STATUS_FIELDS: &[(&str, &str, &str)] = &[
    ("ticket", "status-ticket", "ask-ticket"),
    ("passphrase", "status-passphrase", "ask-passphrase"),
    ("message", "reply-message", "ask-write-back"),
];
/// A time of the thread: UTC with its zone named, which a script turns into the reader's
/// own time.
pub struct ShownTime {
    pub datetime: String,
    pub utc: String,
}

impl ShownTime {
    pub fn new(stored: &str) -> Self {
        let utc = stored
            .chars()
            .take(16)
            .collect::<String>()
            .replace('T', " ");
        Self {
            datetime: stored.to_owned(),
            utc: format!("{utc} UTC"),
        }
    }
}

/// One message of the thread as the person reads it.
pub struct ThreadLine {
    /// The organisation that wrote it; none for the person's own.
    pub organisation: Option<String>,
    pub message: String,
    pub time: ShownTime,
}

#[derive(Template)]
#[template(path = "help_ask_status.html")]
struct StatusPage {
    chrome: Chrome,
    ticket: String,
    passphrase: String,
    errors: FormErrors,
    notice: Option<String>,
    request: Option<HelpRequest>,
    thread: Vec<ThreadLine>,
    status: String,
    open: bool,
    follow_up: String,
    reply: String,
}

/// What the status page shows: the form alone, or a request with its thread.
struct StatusView<'a> {
    ticket: &'a str,
    passphrase: &'a str,
    request: Option<HelpRequest>,
    problems: Problems,
    notice: Option<&'static str>,
    reply: &'a str,
}

impl<'a> StatusView<'a> {
    fn form(ticket: &'a str) -> Self {
        Self {
            ticket,
            passphrase: "",
            request: None,
            problems: Problems::new(),
            notice: None,
            reply: "",
        }
    }
}

fn status_page(
    state: &AppState,
    language: UiLanguage,
    view: StatusView<'_>,
    status: StatusCode,
) -> Response {
    let tr = Translator::new(language);
    let errors = form_errors(tr, &view.problems, STATUS_FIELDS);
    let thread = view
        .request
        .iter()
        .flat_map(|r| r.thread.iter())
        .map(|m| ThreadLine {
            organisation: m.organisation.clone(),
            message: m.message.clone(),
            time: ShownTime::new(&m.created_at),
        })
        .collect();
    let page = StatusPage {
        chrome: state.chrome(
            tr,
            tr.t("ask-status-title"),
            "/help/ask/status".into(),
            Section::Help,
            &state.directory(),
        ),
        status: view
            .request
            .as_ref()
            .map(|r| tr.label(crate::i18n::StatusForThePerson(r.status)))
            .unwrap_or_default(),
        open: view
            .request
            .as_ref()
            .is_some_and(|r| r.status != HelpRequestStatus::Closed),
        ticket: view.ticket.to_owned(),
        passphrase: view.passphrase.to_owned(),
        errors,
        notice: view.notice.map(|key| tr.t(key)),
        request: view.request,
        thread,
        // A new random id for each form shown (no time in it): the same form sent twice
        // stores one message.
        follow_up: strada_store::help_requests::random_id().to_string(),
        reply: view.reply.to_owned(),
    };
    render(&page, status).into_response(language)
}

/// `GET /{lang}/help/ask/status`
pub(super) async fn show_status_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    status_page(&state, language, StatusView::form(""), StatusCode::OK)
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    ticket: String,
    #[serde(default)]
    passphrase: String,
}

/// The ticket and passphrase as typed, or the problems of each.
fn read_credentials(ticket: &str, passphrase: &str) -> Result<(Ticket, Passphrase), Problems> {
    let mut problems = Problems::new();
    let ticket = Ticket::parse(ticket)
        .map_err(|_| problems.insert("ticket", FieldProblem::Ticket))
        .ok();
    let passphrase = Passphrase::parse(passphrase)
        .map_err(|_| problems.insert("passphrase", FieldProblem::Passphrase))
        .ok();
    match (ticket, passphrase) {
        (Some(ticket), Some(passphrase)) => Ok((ticket, passphrase)),
        _ => Err(problems),
    }
}

/// The request a ticket and passphrase open, after taking one attempt of `limit`; or the
/// page that answers why not.
async fn open_with(
    state: &AppState,
    language: UiLanguage,
    client: ClientAddress,
    limit: &strada_store::rate_limits::RateLimit,
    ticket: &str,
    passphrase: &str,
) -> Result<HelpRequest, Response> {
    let (parsed_ticket, parsed_passphrase) =
        read_credentials(ticket, passphrase).map_err(|problems| {
            status_page(
                state,
                language,
                StatusView {
                    problems,
                    notice: Some("ask-invalid"),
                    ..StatusView::form(ticket)
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        })?;
    match take_attempt(state, limit, client).await {
        Ok(true) => {}
        Ok(false) => {
            return Err(too_many(status_page(
                state,
                language,
                StatusView {
                    notice: Some("ask-too-many"),
                    ..StatusView::form(ticket)
                },
                StatusCode::TOO_MANY_REQUESTS,
            )));
        }
        Err(_) => return Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    }
    match state
        .store()
        .help_request_for_author(&parsed_ticket, &parsed_passphrase)
        .await
    {
        Ok(Some(request)) => Ok(request),
        Ok(None) => Err(status_page(
            state,
            language,
            StatusView {
                notice: Some("ask-status-unknown"),
                ..StatusView::form(ticket)
            },
            StatusCode::NOT_FOUND,
        )),
        Err(_) => Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    }
}

/// The status form again, for a body that is no form, said in the reader's language.
fn unreadable(state: &AppState, language: UiLanguage) -> Response {
    status_page(
        state,
        language,
        StatusView {
            notice: Some("ask-unreadable"),
            ..StatusView::form("")
        },
        StatusCode::BAD_REQUEST,
    )
}

/// `POST /{lang}/help/ask/status` with `ticket` and `passphrase`; a wrong pair answers 404.
pub(super) async fn check_status(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    client: ClientAddress,
    form: Result<Form<StatusForm>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return unreadable(&state, language);
    };
    match open_with(
        &state,
        language,
        client,
        &CHECKS,
        &form.ticket,
        &form.passphrase,
    )
    .await
    {
        Ok(request) => status_page(
            &state,
            language,
            StatusView {
                passphrase: &form.passphrase,
                request: Some(request),
                ..StatusView::form(&form.ticket)
            },
            StatusCode::OK,
        ),
        Err(response) => response,
    }
}

#[derive(Deserialize)]
pub struct WriteBackForm {
    #[serde(default)]
    ticket: String,
    #[serde(default)]
    passphrase: String,
    #[serde(default)]
    follow_up: String,
    #[serde(default)]
    message: String,
}

/// `POST /{lang}/help/ask/status/reply`: the person writes back with the ticket and
/// passphrase; the thread is shown again with the message in it.
pub(super) async fn write_back(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    client: ClientAddress,
    form: Result<Form<WriteBackForm>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return unreadable(&state, language);
    };
    let request = match open_with(
        &state,
        language,
        client,
        &SENDS,
        &form.ticket,
        &form.passphrase,
    )
    .await
    {
        Ok(request) => request,
        Err(response) => return response,
    };
    let view = |request, problems, notice, reply| StatusView {
        ticket: &form.ticket,
        passphrase: &form.passphrase,
        request: Some(request),
        problems,
        notice,
        reply,
    };
    if request.status == HelpRequestStatus::Closed {
        return status_page(
            &state,
            language,
            view(request, Problems::new(), Some("ask-closed"), ""),
            StatusCode::CONFLICT,
        );
    }
    let message = match check_message(&form.message) {
        Ok(message) => message,
        Err(invalid) => {
            let mut problems = Problems::new();
            problems.insert("message", FieldProblem::Message(invalid));
            return status_page(
                &state,
                language,
                view(request, problems, Some("ask-invalid"), &form.message),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    // A form that did not come from the page gets an id of its own.
    let follow_up = Uuid::parse_str(&form.follow_up)
        .unwrap_or_else(|_| strada_store::help_requests::random_id());
    let stored = state
        .store()
        .add_follow_up(request.id, follow_up, &message)
        .await;
    let reread = state
        .store()
        .help_request_for_author(
            &Ticket::parse(&form.ticket).expect("parsed above"),
            &Passphrase::parse(&form.passphrase).expect("parsed above"),
        )
        .await;
    match (stored, reread) {
        (Ok(_), Ok(Some(request))) => status_page(
            &state,
            language,
            view(request, Problems::new(), Some("ask-written-back"), ""),
            StatusCode::OK,
        ),
        _ => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}
