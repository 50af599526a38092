//! Anonymous help requests on the web: the public form and status pages (no account, no
//! cookie, nothing kept in the browser; the ticket and passphrase travel in POST bodies,
//! never in a URL), their JSON twins, and the recipients' API: the queue, replies, closing,
//! and turning a request into a consultation. Sending is limited per address, and a field
//! hidden from people catches form-filling robots.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::country::CountryCode;
use strada_domain::help_requests::{HelpRequestStatus, NewHelpRequest, check_message, recipients};
use strada_domain::language::{LanguageTag, UiLanguage};
use strada_domain::pagination::Page;
use strada_store::help_requests::{Credentials, HelpRequest};
use strada_store::hotline::Recorded;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::api::ApiCaller;
use crate::content::{CountryOption, country_options};
use crate::errors::ApiError;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::{FieldErrors, QueryParams, read_json_object};

/// Requests one address may send per hour, and status checks it may make.
const SENDS_PER_HOUR: i64 = 5;
const CHECKS_PER_HOUR: i64 = 30;
/// The field people never see; robots fill it.
const TRAP_FIELD: &str = "contact_me_by_fax_only";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/help/ask", get(show_form).post(send_form))
        .route(
            "/{lang}/help/ask/status",
            get(show_status_form).post(check_status_form),
        )
        .route("/api/v1/help-requests", post(send_json).get(list_queue))
        .route("/api/v1/help-requests/status", post(check_status_json))
        .route("/api/v1/help-requests/{id}/replies", post(reply))
        .route("/api/v1/help-requests/{id}/close", post(close))
        .route(
            "/api/v1/help-requests/{id}/consultation",
            post(make_consultation),
        )
}

/// Whether `address` may do `kind` once more this hour; records the attempt when it may.
async fn allow(
    state: &AppState,
    kind: &str,
    address: &str,
    per_hour: i64,
) -> Result<bool, strada_store::StoreError> {
    let since = OffsetDateTime::now_utc() - Duration::hours(1);
    if state
        .store()
        .count_anonymous_attempts(kind, address, since)
        .await?
        >= per_hour
    {
        return Ok(false);
    }
    state
        .store()
        .record_anonymous_attempt(kind, address)
        .await?;
    Ok(true)
}

/// A request as typed, read into a valid one or field errors.
fn read_request(
    country: &str,
    language: &str,
    message: &str,
) -> Result<NewHelpRequest, FieldErrors> {
    let mut errors = FieldErrors::new();
    // Any country: where the network has no member, the secretariat answers.
    let country = CountryCode::parse(country)
        .map_err(|e| errors.insert("country".into(), e.to_string()))
        .ok();
    let language = LanguageTag::parse(language)
        .map_err(|e| errors.insert("language".into(), e.to_string()))
        .ok();
    let message = check_message(message)
        .map_err(|e| errors.insert("message".into(), e.to_string()))
        .ok();
    match (country, language, message) {
        (Some(country), Some(language), Some(message)) if errors.is_empty() => Ok(NewHelpRequest {
            country,
            language,
            message,
        }),
        _ => Err(errors),
    }
}

async fn create(
    state: &AppState,
    request: &NewHelpRequest,
) -> Result<Credentials, strada_store::StoreError> {
    let to = recipients(&state.directory(), request.country);
    let credentials = state.store().create_help_request(request, &to).await?;
    state
        .audit(
            None,
            "anonymous",
            AuditAction::HelpRequestReceived,
            request.country.as_str(),
            Outcome::Success,
        )
        .await;
    Ok(credentials)
}

#[derive(Template)]
#[template(path = "help_ask.html")]
struct AskPage {
    chrome: Chrome,
    countries: Vec<CountryOption>,
    languages: Vec<(&'static str, &'static str)>,
    country: String,
    language: String,
    message: String,
    errors: FieldErrors,
    notice: Option<String>,
    trap: &'static str,
}

#[derive(Template)]
#[template(path = "help_ask_sent.html")]
struct SentPage {
    chrome: Chrome,
    ticket: String,
    passphrase: String,
}

#[derive(Template)]
#[template(path = "help_ask_status.html")]
struct StatusPage {
    chrome: Chrome,
    ticket: String,
    error: Option<String>,
    request: Option<HelpRequest>,
    status: String,
}

fn ask_page(
    state: &AppState,
    language: UiLanguage,
    form: &AskForm,
    errors: FieldErrors,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let tr = crate::i18n::Translator::new(language);
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
        errors,
        notice: notice.map(|key| tr.t(key)),
        trap: TRAP_FIELD,
    };
    render(&page, status).into_response(language)
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

/// `GET /{lang}/help/ask`
async fn show_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    ask_page(
        &state,
        language,
        &AskForm::default(),
        FieldErrors::new(),
        None,
        StatusCode::OK,
    )
}

/// `POST /{lang}/help/ask`: the ticket and passphrase, shown once.
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
        Err(errors) => {
            return ask_page(
                &state,
                language,
                &form,
                errors,
                Some("ask-invalid"),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match allow(
        &state,
        "help_request",
        &peer.ip().to_string(),
        SENDS_PER_HOUR,
    )
    .await
    {
        Ok(true) => {}
        Ok(false) => {
            return too_many(ask_page(
                &state,
                language,
                &form,
                FieldErrors::new(),
                Some("ask-too-many"),
                StatusCode::TOO_MANY_REQUESTS,
            ));
        }
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    let credentials = match create(&state, &request).await {
        Ok(credentials) => credentials,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let tr = crate::i18n::Translator::new(language);
    let page = SentPage {
        chrome: state.chrome(
            tr,
            tr.t("ask-sent-title"),
            "/help/ask".into(),
            Section::Help,
            &state.directory(),
        ),
        ticket: credentials.ticket,
        passphrase: credentials.passphrase,
    };
    render(&page, StatusCode::CREATED).into_response(language)
}

fn too_many(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
    response
}

fn status_page(
    state: &AppState,
    language: UiLanguage,
    ticket: String,
    request: Option<HelpRequest>,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let tr = crate::i18n::Translator::new(language);
    let page = StatusPage {
        chrome: state.chrome(
            tr,
            tr.t("ask-status-title"),
            "/help/ask/status".into(),
            Section::Help,
            &state.directory(),
        ),
        status: request
            .as_ref()
            .map(|r| tr.t(&format!("ask-status-{}", r.status)))
            .unwrap_or_default(),
        ticket,
        error: error.map(|key| tr.t(key)),
        request,
    };
    render(&page, status).into_response(language)
}

/// `GET /{lang}/help/ask/status`
async fn show_status_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    status_page(&state, language, String::new(), None, None, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    ticket: String,
    #[serde(default)]
    passphrase: String,
}

/// `POST /{lang}/help/ask/status` with `ticket` and `passphrase`; a wrong pair answers 404.
async fn check_status_form(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<StatusForm>,
) -> Response {
    match allow(
        &state,
        "help_status",
        &peer.ip().to_string(),
        CHECKS_PER_HOUR,
    )
    .await
    {
        Ok(true) => {}
        Ok(false) => {
            return too_many(status_page(
                &state,
                language,
                form.ticket,
                None,
                Some("ask-too-many"),
                StatusCode::TOO_MANY_REQUESTS,
            ));
        }
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    match state
        .store()
        .help_request_for_author(&form.ticket, &form.passphrase)
        .await
    {
        Ok(Some(request)) => status_page(
            &state,
            language,
            form.ticket,
            Some(request),
            None,
            StatusCode::OK,
        ),
        Ok(None) => status_page(
            &state,
            language,
            form.ticket,
            None,
            Some("ask-status-unknown"),
            StatusCode::NOT_FOUND,
        ),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// A string field of a JSON object: absent is empty; another type is a field error.
fn text_field(
    object: &serde_json::Map<String, Value>,
    name: &str,
    errors: &mut FieldErrors,
) -> String {
    match object.get(name) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(_) => {
            errors.insert(name.into(), "must be a string".into());
            String::new()
        }
    }
}

#[derive(Serialize)]
struct CredentialsJson {
    ticket: String,
    passphrase: String,
}

/// `POST /api/v1/help-requests` with `country`, `language`, `message`: no account needed.
async fn send_json(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = read_json_object(&body)?;
    let mut errors = FieldErrors::new();
    for name in object.keys() {
        if !["country", "language", "message", TRAP_FIELD].contains(&name.as_str()) {
            errors.insert(name.clone(), "is not a field of a help request".into());
        }
    }
    let trap = text_field(&object, TRAP_FIELD, &mut errors);
    let country = text_field(&object, "country", &mut errors);
    let language = text_field(&object, "language", &mut errors);
    let message = text_field(&object, "message", &mut errors);
    if !trap.is_empty() {
        errors.insert(TRAP_FIELD.into(), "must be empty".into());
    }
    let request = match read_request(&country, &language, &message) {
        Err(more) => {
            errors.extend(more);
            return Err(ApiError::invalid(errors));
        }
        Ok(_) if !errors.is_empty() => return Err(ApiError::invalid(errors)),
        Ok(request) => request,
    };
    if !allow(
        &state,
        "help_request",
        &peer.ip().to_string(),
        SENDS_PER_HOUR,
    )
    .await
    .map_err(|e| ApiError::unavailable(&e))?
    {
        return Ok(too_many(ApiError::too_many().into_response()));
    }
    let credentials = create(&state, &request)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    Ok((
        StatusCode::CREATED,
        Json(CredentialsJson {
            ticket: credentials.ticket,
            passphrase: credentials.passphrase,
        }),
    )
        .into_response())
}

#[derive(Serialize)]
struct ReplyJson {
    message: String,
    created_at: String,
}

#[derive(Serialize)]
struct RequestJson {
    id: Option<Uuid>,
    country: CountryCode,
    language: String,
    status: HelpRequestStatus,
    message: String,
    created_at: String,
    replies: Vec<ReplyJson>,
}

impl RequestJson {
    fn new(request: HelpRequest, with_id: bool) -> Self {
        Self {
            id: with_id.then_some(request.id),
            country: request.country,
            language: request.language.to_string(),
            status: request.status,
            message: request.message,
            created_at: request.created_at,
            replies: request
                .replies
                .into_iter()
                .map(|r| ReplyJson {
                    message: r.message,
                    created_at: r.created_at,
                })
                .collect(),
        }
    }
}

/// `POST /api/v1/help-requests/status` with `ticket` and `passphrase` in the body.
async fn check_status_json(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let object = read_json_object(&body)?;
    let mut errors = FieldErrors::new();
    let ticket = text_field(&object, "ticket", &mut errors);
    let passphrase = text_field(&object, "passphrase", &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    if !allow(
        &state,
        "help_status",
        &peer.ip().to_string(),
        CHECKS_PER_HOUR,
    )
    .await
    .map_err(|e| ApiError::unavailable(&e))?
    {
        return Ok(too_many(ApiError::too_many().into_response()));
    }
    match state
        .store()
        .help_request_for_author(&ticket, &passphrase)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
    {
        Some(request) => Ok(Json(RequestJson::new(request, false)).into_response()),
        None => Err(ApiError::not_found(
            "help request for this ticket and passphrase",
        )),
    }
}

fn check_role(user: &strada_domain::accounts::User) -> Result<(), ApiError> {
    if crate::hotline::actor(user).may(strada_domain::access::Action::AnswerHelpRequests) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "this role does not answer help requests",
        ))
    }
}

/// `GET /api/v1/help-requests`: the caller's organisation's queue (reading it is audited).
async fn list_queue(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<RequestJson>>, ApiError> {
    check_role(&user)?;
    let mut errors = FieldErrors::new();
    let page = QueryParams::parse(query.as_deref()).page_request(&mut errors);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let queue = state
        .store()
        .help_request_queue(user.organisation_id, page)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
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
        items: queue
            .items
            .into_iter()
            .map(|r| RequestJson::new(r, true))
            .collect(),
        total: queue.total,
        page: queue.page,
        per_page: queue.per_page,
    }))
}

async fn received(
    state: &AppState,
    user: &strada_domain::accounts::User,
    id: &str,
) -> Result<HelpRequest, ApiError> {
    let id = Uuid::parse_str(id).map_err(|_| ApiError::not_found("help request"))?;
    state
        .store()
        .received_help_request(user.organisation_id, id)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("help request"))
}

/// `POST /api/v1/help-requests/{id}/replies` with `message`.
async fn reply(
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
    state
        .store()
        .reply_to_help_request(user.organisation_id, request.id, user.id, &message)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state
        .audit(
            Some(&user),
            "",
            AuditAction::HelpRequestAnswered,
            &request.id.to_string(),
            Outcome::Success,
        )
        .await;
    let answered = received(&state, &user, &id).await?;
    Ok((StatusCode::CREATED, Json(RequestJson::new(answered, true))).into_response())
}

/// `POST /api/v1/help-requests/{id}/close`: closed requests are deleted after the retention.
async fn close(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RequestJson>, ApiError> {
    check_role(&user)?;
    let request = received(&state, &user, &id).await?;
    state
        .store()
        .close_help_request(request.id, None)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state
        .audit(
            Some(&user),
            "",
            AuditAction::HelpRequestClosed,
            &request.id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(Json(RequestJson::new(
        received(&state, &user, &id).await?,
        true,
    )))
}

/// `POST /api/v1/help-requests/{id}/consultation`: a consultation made of the request (the
/// body is a consultation; its channel defaults to `web_form`), and the request closed.
async fn make_consultation(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    check_role(&user)?;
    let request = received(&state, &user, &id).await?;
    let mut object = read_json_object(&body)?;
    object
        .entry("channel")
        .or_insert(Value::String("web_form".into()));
    object
        .entry("language")
        .or_insert(Value::String(request.language.to_string()));
    object.entry("anonymous").or_insert(Value::Bool(true));
    let details = crate::hotline::read_consultation_json(&Value::Object(object), &state)
        .map_err(ApiError::invalid)?;
    let recorded = state
        .store()
        .record_consultation(
            user.organisation_id,
            user.id,
            &details,
            Some(&format!("help-request-{}", request.id)),
        )
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let consultation = match recorded {
        Recorded::New(c) | Recorded::Repeated(c) => c,
    };
    state
        .store()
        .close_help_request(request.id, Some(consultation.id))
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state
        .audit(
            Some(&user),
            "",
            AuditAction::ConsultationRecorded,
            &consultation.id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"consultation_id": consultation.id, "help_request": request.id})),
    )
        .into_response())
}
