//! The person's pages: the form and the page that shows the ticket and passphrase once (after
//! a redirect, so reloading it sends nothing again); `status` has the page with the thread and
//! the form to write back. Errors sit next to their field in the reader's language (with
//! `aria-invalid`, `aria-describedby` and a summary announced as an alert), and a refused
//! form keeps what was typed. A database that does not answer is the translated 503 page.

mod status;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use strada_domain::language::UiLanguage;

use super::input::{AskInput, PersonForm, Problems, Source, TRAP_FIELD, Unreadable};
use super::intake::{SENDS, create};
use super::views::{AskPage, SentPage, form_errors};
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::client_address::with_retry_after;
use crate::content::country_options;
use crate::errors::PageError;
use crate::i18n::Translator;
use crate::layout::{PageLanguage, Section, render};
use crate::params::QueryParams;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/help/ask", get(show_form).post(send_form))
        .route("/{lang}/help/ask/sent", get(show_sent))
        .route(
            "/{lang}/help/ask/status",
            get(status::show_status_form).post(status::check_status),
        )
        .route("/{lang}/help/ask/status/reply", post(status::write_back))
}

/// Fields of the request form: name, control id, label.
const ASK_FIELDS: &[(&str, &str, &str)] = &[
    ("country", "ask-country", "ask-country"),
    ("language", "ask-language", "ask-language"),
    ("message", "ask-message", "ask-message"),
];

fn ask_page(
    state: &AppState,
    language: UiLanguage,
    form: &AskInput,
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
        country: form.country.as_typed().to_owned(),
        language: match form.language.as_typed() {
            "" => language.code().to_owned(),
            typed => typed.to_owned(),
        },
        message: form.message.as_typed().to_owned(),
        errors: form_errors(tr, problems, ASK_FIELDS),
        notice: notice.map(|key| tr.t(key)),
        trap: TRAP_FIELD,
    };
    render(&page, status).into_response(language)
}

/// A refusal past a limit, with when to come back.
pub(super) fn too_many(response: Response) -> Response {
    // Sending and checking share a window of an hour: either says when to come back.
    with_retry_after(response, &SENDS)
}

/// `GET /{lang}/help/ask`
async fn show_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    ask_page(
        &state,
        language,
        &AskInput::default(),
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
    client: ClientAddress,
    form: Result<PersonForm<AskInput>, Unreadable>,
) -> Result<Response, PageError> {
    // A body that is no form (a robot, a broken client) still gets a page the reader can read.
    let Ok(PersonForm(form)) = form else {
        return Ok(ask_page(
            &state,
            language,
            &AskInput::default(),
            &Problems::new(),
            Some("ask-unreadable"),
            StatusCode::BAD_REQUEST,
        ));
    };
    if form.is_from_robot() {
        tracing::info!("refused a help request whose hidden field was filled");
        return Ok((StatusCode::BAD_REQUEST, "").into_response());
    }
    let request = match form.read(Source::Form) {
        Ok(request) => request,
        Err(problems) => {
            return Ok(ask_page(
                &state,
                language,
                &form,
                &problems,
                Some("ask-invalid"),
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    if !client.take_attempt(&state, &SENDS).await? {
        return Ok(too_many(ask_page(
            &state,
            language,
            &form,
            &Problems::new(),
            Some("ask-too-many"),
            StatusCode::TOO_MANY_REQUESTS,
        )));
    }
    let credentials = create(&state, &request).await?;
    let receipt = state.store().keep_receipt(&credentials).await?;
    // The receipt's id goes in the query, which no log line carries; it opens the page once
    // and is gone.
    Ok(Redirect::to(&format!(
        "/{}/help/ask/sent?receipt={receipt}",
        language.code()
    ))
    .into_response())
}

/// `GET /{lang}/help/ask/sent?receipt=...`: the ticket and passphrase, once; again, a page
/// that says they were shown (and nothing is sent again).
async fn show_sent(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let params = QueryParams::parse(query.as_deref());
    let credentials = match params.get("receipt") {
        Some(receipt) => state.store().take_receipt(receipt).await?,
        None => None,
    };
    let tr = Translator::new(language);
    let (status, title) = if credentials.is_some() {
        (StatusCode::OK, "ask-sent-title")
    } else {
        (StatusCode::NOT_FOUND, "ask-sent-gone-title")
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
    Ok(render(&page, status).into_response(language))
}
