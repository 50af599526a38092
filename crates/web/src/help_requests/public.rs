//! The person's pages: the form, the page that shows the ticket and passphrase once (after a
//! redirect, so reloading it sends nothing again), and the status page with the thread and a
//! form to write back. Errors sit next to their field in the reader's language, and the form
//! keeps what was typed.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use strada_domain::help_requests::{HelpRequestStatus, Passphrase, Ticket, check_message};
use strada_domain::language::UiLanguage;
use strada_store::help_requests::{Credentials, HelpRequest};
use uuid::Uuid;

use super::{
    CHECKS, FieldProblem, Problems, SENDS, TRAP_FIELD, create, read_request, take_attempt,
};
use crate::AppState;
use crate::content::{CountryOption, country_options};
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::QueryParams;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/help/ask", get(show_form).post(send_form))
        .route("/{lang}/help/ask/sent", get(show_sent))
        .route(
            "/{lang}/help/ask/status",
            get(show_status_form).post(check_status),
        )
        .route("/{lang}/help/ask/status/reply", post(write_back))
}

/// The translated message of each refused field, and the summary above the form.
pub struct FormErrors {
    pub summary: Vec<(String, String)>,
    fields: std::collections::BTreeMap<&'static str, String>,
}

impl FormErrors {
    fn new(tr: Translator, problems: &Problems, ids: &[(&'static str, &'static str)]) -> Self {
        let fields: std::collections::BTreeMap<&'static str, String> = problems
            .iter()
            .map(|(field, problem)| (*field, tr.t(problem.key())))
            .collect();
        let summary = ids
            .iter()
            .filter_map(|(field, id)| fields.get(field).map(|m| (format!("#{id}"), m.clone())))
            .collect();
        Self { summary, fields }
    }

    fn none() -> Self {
        Self {
            summary: Vec::new(),
            fields: Default::default(),
        }
    }

    /// The message next to `field`, if it was refused.
    pub fn get(&self, field: &str) -> Option<&String> {
        self.fields.get(field)
    }
}

/// Fields of the request form and the ids of their controls, in the order shown.
const ASK_FIELDS: &[(&str, &str)] = &[
    ("country", "ask-country"),
    ("language", "ask-language"),
    ("message", "ask-message"),
];
const STATUS_FIELDS: &[(&str, &str)] = &[
    ("ticket", "status-ticket"),
    ("passphrase", "status-passphrase"),
];

#[derive(Template)]
#[template(path = "help_ask.html")]
struct AskPage {
    chrome: Chrome,
    countries: Vec<CountryOption>,
    languages: Vec<(&'static str, &'static str)>,
    country: String,
    language: String,
    message: String,
    errors: FormErrors,
    notice: Option<String>,
    trap: &'static str,
}

#[derive(Deserialize, Default)]
pub struct AskForm {
    #[serde(default)]
    country: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    message: String,
    #[serde(default, rename = "contact_me_by_fax_only")]
    trap: String,
}

fn ask_page(
    state: &AppState,
    language: UiLanguage,
    form: &AskForm,
    problems: &Problems,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let tr = Translator::new(language);
    let directory = state.directory();
    let page = AskPage {
        chrome: state.chrome(
            tr,
            tr.t("ask-title"),
            "/help/ask".into(),
            Section::Help,
            &directory,
        ),
        countries: country_options(tr, &directory),
        languages: UiLanguage::ALL
            .into_iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        country: form.country.clone(),
        language: if form.language.is_empty() {
            language.code().to_owned()
        } else {
            form.language.clone()
        },
        message: form.message.clone(),
        errors: FormErrors::new(tr, problems, ASK_FIELDS),
        notice: notice.map(|key| tr.t(key)),
        trap: TRAP_FIELD,
    };
    render(&page, status).into_response(language)
}

fn too_many(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
    response
}

/// `GET /{lang}/help/ask`
async fn show_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    ask_page(
        &state,
        language,
        &AskForm::default(),
        &Problems::new(),
        None,
        StatusCode::OK,
    )
}

/// `POST /{lang}/help/ask`: stores the request and redirects (303) to the page that shows
/// its ticket and passphrase once.
async fn send_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<AskForm>,
) -> Response {
    if !form.trap.is_empty() {
        return (StatusCode::BAD_REQUEST, "").into_response();
    }
    let request = match read_request(&form.country, &form.language, &form.message) {
        Ok(request) => request,
        Err(problems) => {
            return ask_page(
                &state,
                language,
                &form,
                &problems,
                Some("ask-invalid"),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match take_attempt(&state, &SENDS, peer).await {
        Ok(true) => {}
        Ok(false) => {
            return too_many(ask_page(
                &state,
                language,
                &form,
                &Problems::new(),
                Some("ask-too-many"),
                StatusCode::TOO_MANY_REQUESTS,
            ));
        }
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    let receipt = match create(&state, &request).await {
        Ok(credentials) => state.store().keep_receipt(&credentials).await,
        Err(error) => Err(error),
    };
    match receipt {
        // The receipt's id goes in the query, which no log line carries; it opens the page
        // once and is gone.
        Ok(receipt) => Redirect::to(&format!(
            "/{}/help/ask/sent?receipt={receipt}",
            language.code()
        ))
        .into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot store a help request");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "help_ask_sent.html")]
struct SentPage {
    chrome: Chrome,
    credentials: Option<Credentials>,
}

/// `GET /{lang}/help/ask/sent?receipt=...`: the ticket and passphrase, once; again, a page
/// that says they were shown (and nothing is sent again).
async fn show_sent(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    RawQuery(query): RawQuery,
) -> Response {
    let params = QueryParams::parse(query.as_deref());
    let credentials = match params.get("receipt") {
        Some(receipt) => match state.store().take_receipt(receipt).await {
            Ok(credentials) => credentials,
            Err(error) => {
                tracing::error!(%error, "cannot read a help request's receipt");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        },
        None => None,
    };
    let tr = Translator::new(language);
    let status = if credentials.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let title = if credentials.is_some() {
        "ask-sent-title"
    } else {
        "ask-sent-gone-title"
    };
    let page = SentPage {
        chrome: state.chrome(
            tr,
            tr.t(title),
            "/help/ask".into(),
            Section::Help,
            &state.directory(),
        ),
        credentials,
    };
    render(&page, status).into_response(language)
}

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
    let errors = if view.problems.is_empty() {
        FormErrors::none()
    } else {
        let mut fields = STATUS_FIELDS.to_vec();
        fields.push(("message", "reply-message"));
        FormErrors::new(tr, &view.problems, &fields)
    };
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
            .map(|r| tr.t(&format!("ask-status-{}", r.status)))
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
        follow_up: Uuid::from_bytes(strada_store::accounts::random_bytes::<16>()).to_string(),
        reply: view.reply.to_owned(),
    };
    render(&page, status).into_response(language)
}

/// `GET /{lang}/help/ask/status`
async fn show_status_form(
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
    peer: SocketAddr,
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
    match take_attempt(state, limit, peer).await {
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

/// `POST /{lang}/help/ask/status` with `ticket` and `passphrase`; a wrong pair answers 404.
async fn check_status(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<StatusForm>,
) -> Response {
    match open_with(
        &state,
        language,
        peer,
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
async fn write_back(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<WriteBackForm>,
) -> Response {
    let request = match open_with(
        &state,
        language,
        peer,
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
        .unwrap_or_else(|_| Uuid::from_bytes(strada_store::accounts::random_bytes::<16>()));
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
