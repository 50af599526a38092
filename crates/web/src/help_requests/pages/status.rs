//! The status page: the person comes back with the ticket and passphrase (typed with or
//! without hyphens, spaces and capitals), reads the thread with the name of each organisation
//! that answered and times in UTC (named; a script shows them in the reader's own zone), and
//! writes back. The credentials travel in POST bodies only; each check is one attempt against
//! the rate limit, taken before the passphrase is compared.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::help_requests::HelpRequestStatus;
use strada_domain::language::UiLanguage;
use strada_store::help_requests::HelpRequest;
use strada_store::rate_limits::RateLimit;

use super::super::input::{
    CredentialsInput, FollowUpInput, PersonForm, Problems, Source, Unreadable,
};
use super::super::intake::{CHECKS, Opened, SENDS, add_follow_up, open};
use super::super::views::{ShownTime, StatusPage, ThreadLine, form_errors};
use super::too_many;
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::errors::PageError;
use crate::i18n::Translator;
use crate::layout::{PageLanguage, Section, render};

/// Fields of the status form and of the form that writes back: name, control id, label.
const STATUS_FIELDS: &[(&str, &str, &str)] = &[
    ("ticket", "status-ticket", "ask-ticket"),
    ("passphrase", "status-passphrase", "ask-passphrase"),
    ("message", "reply-message", "ask-write-back"),
];

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

    /// The form again, saying `notice`.
    fn notice(ticket: &'a str, notice: &'static str) -> Self {
        Self {
            notice: Some(notice),
            ..Self::form(ticket)
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

/// The request the credentials open, after taking one attempt of `limit`; or the page that
/// answers why not.
async fn open_with(
    state: &AppState,
    language: UiLanguage,
    client: ClientAddress,
    limit: &RateLimit,
    credentials: &CredentialsInput,
) -> Result<Result<HelpRequest, Response>, PageError> {
    let ticket = credentials.ticket.as_typed();
    let (parsed_ticket, parsed_passphrase) = match credentials.read() {
        Ok(parsed) => parsed,
        Err(problems) => {
            let view = StatusView {
                problems,
                ..StatusView::notice(ticket, "ask-invalid")
            };
            return Ok(Err(status_page(
                state,
                language,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )));
        }
    };
    Ok(
        match open(state, client, limit, &parsed_ticket, &parsed_passphrase).await? {
            Opened::Request(request) => Ok(request),
            Opened::TooMany => Err(too_many(status_page(
                state,
                language,
                StatusView::notice(ticket, "ask-too-many"),
                StatusCode::TOO_MANY_REQUESTS,
            ))),
            Opened::Unknown => Err(status_page(
                state,
                language,
                StatusView::notice(ticket, "ask-status-unknown"),
                StatusCode::NOT_FOUND,
            )),
        },
    )
}

/// The status form again, for a body that is no form, said in the reader's language.
fn unreadable(state: &AppState, language: UiLanguage) -> Response {
    status_page(
        state,
        language,
        StatusView::notice("", "ask-unreadable"),
        StatusCode::BAD_REQUEST,
    )
}

/// `POST /{lang}/help/ask/status` with `ticket` and `passphrase`; a wrong pair answers 404.
pub(super) async fn check_status(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    client: ClientAddress,
    form: Result<PersonForm<CredentialsInput>, Unreadable>,
) -> Result<Response, PageError> {
    let Ok(PersonForm(form)) = form else {
        return Ok(unreadable(&state, language));
    };
    Ok(
        match open_with(&state, language, client, &CHECKS, &form).await? {
            Ok(request) => status_page(
                &state,
                language,
                StatusView {
                    passphrase: form.passphrase.as_typed(),
                    request: Some(request),
                    ..StatusView::form(form.ticket.as_typed())
                },
                StatusCode::OK,
            ),
            Err(refused) => refused,
        },
    )
}

/// `POST /{lang}/help/ask/status/reply`: the person writes back with the ticket and
/// passphrase; the thread is shown again with the message in it.
pub(super) async fn write_back(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    client: ClientAddress,
    form: Result<PersonForm<FollowUpInput>, Unreadable>,
) -> Result<Response, PageError> {
    let Ok(PersonForm(form)) = form else {
        return Ok(unreadable(&state, language));
    };
    let request = match open_with(&state, language, client, &SENDS, &form.credentials()).await? {
        Ok(request) => request,
        Err(refused) => return Ok(refused),
    };
    let view = |request, problems, notice, reply| StatusView {
        ticket: form.ticket.as_typed(),
        passphrase: form.passphrase.as_typed(),
        request: Some(request),
        problems,
        notice,
        reply,
    };
    if request.status == HelpRequestStatus::Closed {
        return Ok(status_page(
            &state,
            language,
            view(request, Problems::new(), Some("ask-closed"), ""),
            StatusCode::CONFLICT,
        ));
    }
    let follow_up = match form.read(Source::Form) {
        Ok(follow_up) => follow_up,
        Err(problems) => {
            return Ok(status_page(
                &state,
                language,
                view(
                    request,
                    problems,
                    Some("ask-invalid"),
                    form.message.as_typed(),
                ),
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let (_, request) = add_follow_up(&state, &request, &follow_up).await?;
    let request = request.ok_or(PageError::NotFound)?;
    Ok(status_page(
        &state,
        language,
        view(request, Problems::new(), Some("ask-written-back"), ""),
        StatusCode::OK,
    ))
}
