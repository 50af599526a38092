//! The person's pages: the form and the page that shows the ticket and passphrase once (after
//! a redirect, so reloading it sends nothing again); `status` has the page with the thread and
//! the form to write back. Errors sit next to their field in the reader's language (with
//! `aria-invalid`, `aria-describedby` and a summary announced as an alert), and a refused
//! form keeps what was typed.

use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use strada_domain::language::UiLanguage;
use strada_store::help_requests::Credentials;

use super::{Problems, SENDS, TRAP_FIELD, create, read_request, take_attempt};
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::content::{CountryOption, country_options};
use crate::forms::FormErrors;
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::QueryParams;

mod status;

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

/// The problems of a form, shown the one way forms show them (`forms::FormErrors`): beside
/// each field and in a summary. `fields` names, in the order shown, each field with the id of
/// its control and the key of its label.
pub(super) fn form_errors(
    tr: Translator,
    problems: &Problems,
    fields: &[(&str, &str, &str)],
) -> FormErrors {
    let mut errors = FormErrors::new();
    for (field, id, label) in fields {
        if let Some(problem) = problems.get(field) {
            errors.add(tr, id, label, problem.key());
        }
    }
    errors
}

/// Fields of the request form: name, control id, label.
const ASK_FIELDS: &[(&str, &str, &str)] = &[
    ("country", "ask-country", "ask-country"),
    ("language", "ask-language", "ask-language"),
    ("message", "ask-message", "ask-message"),
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
        errors: form_errors(tr, problems, ASK_FIELDS),
        notice: notice.map(|key| tr.t(key)),
        trap: TRAP_FIELD,
    };
    render(&page, status).into_response(language)
}

pub(super) fn too_many(mut response: Response) -> Response {
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
    client: ClientAddress,
    form: Result<Form<AskForm>, FormRejection>,
) -> Response {
    // A body that is no form (a robot, a broken client) still gets a page the reader can read.
    let Ok(Form(form)) = form else {
        return ask_page(
            &state,
            language,
            &AskForm::default(),
            &Problems::new(),
            Some("ask-unreadable"),
            StatusCode::BAD_REQUEST,
        );
    };
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
    match take_attempt(&state, &SENDS, client).await {
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
