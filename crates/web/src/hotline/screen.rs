//! The consultant's screen: a quick-entry form that fills from the keyboard (channel and
//! language remembered from one's last contact, the destination's information beside it
//! with JavaScript), the list with the API's filters, one record with its edit form (its
//! author for 24 hours, org-admins after), all scoped to the user's organisation.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::{Map, Value};
use strada_domain::access::Action;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::hotline::{
    CallerType, Channel, Consultation, ConsultationOutcome, ExploitationType, Topic,
    TraffickingConcern, may_edit,
};
use strada_store::hotline::Recorded;
use time::OffsetDateTime;
use uuid::Uuid;

use super::input::{FieldErrors, read_consultation};
use super::{actor, read_filter};
use crate::AppState;
use crate::accounts::StaffChrome;
use crate::accounts::session::{Staff, StaffForm};
use crate::content::not_found_page;
use crate::i18n::Translator;
use crate::layout::render;
use crate::params::QueryParams;

/// What a form shows: the values as typed (strings), so an error never loses them.
#[derive(Debug, Clone, Default)]
pub struct FormValues(Vec<(String, String)>);

impl FormValues {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self(pairs)
    }

    pub fn value(&self, name: &str) -> String {
        self.0
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn has(&self, name: &str, value: impl AsRef<str>) -> bool {
        self.0
            .iter()
            .any(|(key, v)| key == name && v == value.as_ref())
    }

    /// The consultation's fields as the API's JSON object, to be read by the one parser.
    fn to_json(&self) -> Value {
        let mut object = Map::new();
        for name in [
            "channel",
            "caller_type",
            "language",
            "destination_country",
            "trafficking_concern",
            "outcome",
            "notes",
        ] {
            let value = self.value(name);
            if !value.trim().is_empty() {
                object.insert(name.into(), Value::String(value));
            }
        }
        object.insert(
            "anonymous".into(),
            Value::Bool(self.value("anonymous") == "on"),
        );
        for name in ["topics", "exploitation_types", "referred_to"] {
            let items: Vec<Value> = self
                .0
                .iter()
                .filter(|(key, value)| key == name && !value.is_empty())
                .map(|(_, value)| Value::String(value.clone()))
                .collect();
            if !items.is_empty() {
                object.insert(name.into(), Value::Array(items));
            }
        }
        let duration = self.value("duration_minutes");
        if !duration.trim().is_empty() {
            object.insert(
                "duration_minutes".into(),
                duration
                    .trim()
                    .parse::<u64>()
                    .map(Value::from)
                    .unwrap_or(Value::String(duration)),
            );
        }
        let started = self.value("started_at");
        if !started.trim().is_empty() {
            // A datetime-local field has no zone: the form says it is UTC.
            let started = if started.len() == 16 {
                format!("{started}:00Z")
            } else {
                started
            };
            object.insert("started_at".into(), Value::String(started));
        }
        Value::Object(object)
    }

    fn from_consultation(consultation: &Consultation) -> Self {
        let details = &consultation.details;
        let mut pairs = vec![
            ("channel".to_owned(), details.channel.code().to_owned()),
            (
                "caller_type".to_owned(),
                details.caller_type.code().to_owned(),
            ),
            ("language".to_owned(), details.language.to_string()),
            (
                "trafficking_concern".to_owned(),
                details.trafficking_concern.code().to_owned(),
            ),
            (
                "started_at".to_owned(),
                details
                    .started_at
                    .format(&time::macros::format_description!(
                        "[year]-[month]-[day]T[hour]:[minute]"
                    ))
                    .unwrap_or_default(),
            ),
        ];
        if details.anonymous {
            pairs.push(("anonymous".into(), "on".into()));
        }
        pairs.extend(
            details
                .topics
                .iter()
                .map(|t| ("topics".to_owned(), t.code().to_owned())),
        );
        pairs.extend(
            details
                .exploitation_types
                .iter()
                .map(|t| ("exploitation_types".to_owned(), t.code().to_owned())),
        );
        pairs.extend(
            details
                .referred_to
                .iter()
                .map(|s| ("referred_to".to_owned(), s.to_string())),
        );
        if let Some(country) = details.destination_country {
            pairs.push(("destination_country".into(), country.to_string()));
        }
        if let Some(outcome) = details.outcome {
            pairs.push(("outcome".into(), outcome.code().to_owned()));
        }
        if let Some(minutes) = details.duration_minutes {
            pairs.push(("duration_minutes".into(), minutes.to_string()));
        }
        if let Some(notes) = &details.notes {
            pairs.push(("notes".into(), notes.clone()));
        }
        Self(pairs)
    }
}

/// The choices of the form, labelled in the user's language.
pub struct FormOptions {
    pub channels: Vec<(&'static str, String)>,
    pub callers: Vec<(&'static str, String)>,
    pub topics: Vec<(&'static str, String)>,
    pub concerns: Vec<(&'static str, String)>,
    pub exploitation: Vec<(&'static str, String)>,
    pub outcomes: Vec<(&'static str, String)>,
    pub countries: Vec<(String, String)>,
    pub organisations: Vec<(String, String)>,
}

fn labelled<T: Copy>(
    items: &[T],
    code: fn(T) -> &'static str,
    prefix: &str,
    tr: Translator,
) -> Vec<(&'static str, String)> {
    items
        .iter()
        .map(|item| (code(*item), tr.t(&format!("{prefix}-{}", code(*item)))))
        .collect()
}

impl FormOptions {
    pub fn new(tr: Translator, state: &AppState) -> Self {
        let directory = state.directory();
        let mut countries: Vec<(String, String)> = directory
            .countries()
            .into_iter()
            .map(|c| (c.to_string(), tr.country(c)))
            .collect();
        countries.sort_by_key(|(_, name)| name.to_lowercase());
        Self {
            channels: labelled(Channel::ALL, Channel::code, "channel", tr),
            callers: labelled(CallerType::ALL, CallerType::code, "caller", tr),
            topics: labelled(Topic::ALL, Topic::code, "topic", tr),
            concerns: labelled(
                TraffickingConcern::ALL,
                TraffickingConcern::code,
                "concern",
                tr,
            ),
            exploitation: labelled(
                ExploitationType::ALL,
                ExploitationType::code,
                "exploitation",
                tr,
            ),
            outcomes: labelled(
                ConsultationOutcome::ALL,
                ConsultationOutcome::code,
                "outcome",
                tr,
            ),
            countries,
            organisations: directory
                .organisations()
                .iter()
                .map(|o| (o.slug.to_string(), o.name.clone()))
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "staff/consultation_new.html")]
struct NewPage {
    chrome: StaffChrome,
    submission: String,
    form: FormValues,
    options: FormOptions,
    errors: FieldErrors,
    notice: Option<String>,
    saved_href: Option<String>,
    action: String,
}

#[derive(Template)]
#[template(path = "staff/consultation.html")]
struct RecordPage {
    chrome: StaffChrome,
    submission: String,
    form: FormValues,
    options: FormOptions,
    errors: FieldErrors,
    notice: Option<String>,
    editable: bool,
    action: String,
    organisation: String,
    created: String,
}

struct Row {
    href: String,
    started: String,
    channel: String,
    caller: String,
    topics: String,
    destination: String,
    concern: String,
}

#[derive(Template)]
#[template(path = "staff/consultations.html")]
struct ListPage {
    chrome: StaffChrome,
    rows: Vec<Row>,
    total: String,
    filters: FormValues,
    options: FormOptions,
    page: u32,
    pages: u32,
    previous: Option<String>,
    next: Option<String>,
    query: String,
    error: Option<String>,
    can_export: bool,
}

/// Staff who work with individual consultations, or the 404 page.
fn consultant(staff: &Staff) -> Result<(), Response> {
    if staff.actor().may(Action::RecordConsultations) {
        Ok(())
    } else {
        Err(not_found_page(staff.user.language, "error-not-found-text"))
    }
}

/// `GET /staff/consultations`
pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    if let Err(response) = consultant(&staff) {
        return response;
    }
    let params = QueryParams::parse(query.as_deref());
    let (filter, page_request, errors) = read_filter(&params);
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "consultations-title",
        "/staff/consultations",
    );
    let tr = chrome.tr;
    let found = match state
        .store()
        .list_consultations(staff.user.organisation_id, &filter, page_request)
        .await
    {
        Ok(found) => found,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let pages = found.total_pages();
    let mut kept: Vec<(String, String)> =
        serde_urlencoded::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    kept.retain(|(key, _)| key != "page");
    let link = |page: u32| {
        let mut pairs = kept.clone();
        pairs.push(("page".into(), page.to_string()));
        format!(
            "/staff/consultations?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let rows = found
        .items
        .iter()
        .map(|c| Row {
            href: format!("/staff/consultations/{}", c.id),
            started: c
                .details
                .started_at
                .format(&time::macros::format_description!(
                    "[year]-[month]-[day] [hour]:[minute]"
                ))
                .unwrap_or_default(),
            channel: tr.t(&format!("channel-{}", c.details.channel)),
            caller: tr.t(&format!("caller-{}", c.details.caller_type)),
            topics: c
                .details
                .topics
                .iter()
                .map(|t| tr.t(&format!("topic-{t}")))
                .collect::<Vec<_>>()
                .join(", "),
            destination: c
                .details
                .destination_country
                .map(|d| tr.country(d))
                .unwrap_or_default(),
            concern: tr.t(&format!("concern-{}", c.details.trafficking_concern)),
        })
        .collect();
    let page = ListPage {
        rows,
        total: tr.count("consultations-total", found.total as usize),
        options: FormOptions::new(tr, &state),
        filters: FormValues::from_pairs(kept.clone()),
        page: found.page,
        pages,
        previous: (found.page > 1).then(|| link(found.page - 1)),
        next: (found.page < pages).then(|| link(found.page + 1)),
        query: serde_urlencoded::to_string(&kept).unwrap_or_default(),
        error: errors
            .into_iter()
            .next()
            .map(|(field, message)| format!("{field}: {message}")),
        can_export: staff.actor().may(Action::ExportConsultations),
        chrome,
    };
    let status = if page.error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(&page, status).into_response(staff.user.language)
}

async fn new_page(
    state: &AppState,
    staff: &Staff,
    form: FormValues,
    errors: FieldErrors,
    notice: Option<String>,
    saved_href: Option<String>,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "consultations-new-title",
        "/staff/consultations",
    );
    let page = NewPage {
        submission: Uuid::new_v4().to_string(),
        options: FormOptions::new(chrome.tr, state),
        form,
        errors,
        notice: notice.map(|key| chrome.t(&key)),
        saved_href,
        action: "/staff/consultations/new".into(),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

/// `GET /staff/consultations/new`: the form, with the consultant's usual channel and language.
pub async fn show_new(State(state): State<AppState>, staff: Staff) -> Response {
    if let Err(response) = consultant(&staff) {
        return response;
    }
    new_page(
        &state,
        &staff,
        usual_values(&state, &staff).await,
        FieldErrors::new(),
        None,
        None,
        StatusCode::OK,
    )
    .await
}

async fn usual_values(state: &AppState, staff: &Staff) -> FormValues {
    let mut pairs = vec![
        ("anonymous".to_owned(), "on".to_owned()),
        ("trafficking_concern".to_owned(), "none".to_owned()),
    ];
    if let Ok(Some((channel, language))) = state
        .store()
        .usual_channel_and_language(staff.user.id)
        .await
    {
        pairs.push(("channel".into(), channel.code().into()));
        pairs.push(("language".into(), language.to_string()));
    } else {
        pairs.push(("channel".into(), "phone".into()));
        pairs.push(("language".into(), staff.user.language.code().into()));
    }
    FormValues(pairs)
}

fn form_of(pairs: Vec<(String, String)>) -> FormValues {
    FormValues(
        pairs
            .into_iter()
            .filter(|(key, _)| key != "csrf_token")
            .collect(),
    )
}

/// `POST /staff/consultations/new`: saved, then a fresh form for the next contact.
pub async fn record(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    if let Err(response) = consultant(&staff) {
        return response;
    }
    let form = form_of(form);
    let details = match read_consultation(
        &form.to_json(),
        &state.directory(),
        OffsetDateTime::now_utc(),
    ) {
        Ok(details) => details,
        Err(errors) => {
            return new_page(
                &state,
                &staff,
                form,
                errors,
                Some("consultations-invalid".into()),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    // The form's own id makes a double submission (a double click, a reload) record once.
    let key = Some(form.value("submission")).filter(|key| !key.is_empty() && key.len() <= 64);
    let recorded = match state
        .store()
        .record_consultation(
            staff.user.organisation_id,
            staff.user.id,
            &details,
            key.as_deref(),
        )
        .await
    {
        Ok(recorded) => recorded,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let consultation = match recorded {
        Recorded::New(consultation) => {
            state
                .audit(
                    Some(&staff.user),
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
    let href = format!("/staff/consultations/{}", consultation.id);
    new_page(
        &state,
        &staff,
        usual_values(&state, &staff).await,
        FieldErrors::new(),
        Some("consultations-saved".into()),
        Some(href),
        StatusCode::CREATED,
    )
    .await
}

async fn record_page(
    state: &AppState,
    staff: &Staff,
    consultation: &Consultation,
    form: FormValues,
    errors: FieldErrors,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "consultations-record-title",
        "/staff/consultations",
    );
    let page = RecordPage {
        submission: String::new(),
        options: FormOptions::new(chrome.tr, state),
        form,
        errors,
        notice: notice.map(|key| chrome.t(key)),
        editable: may_edit(&actor(&staff.user), consultation, OffsetDateTime::now_utc()),
        action: format!("/staff/consultations/{}", consultation.id),
        organisation: state
            .directory()
            .organisation_by_id(consultation.organisation_id)
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        created: consultation
            .created_at
            .format(&time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute]"
            ))
            .unwrap_or_default(),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

async fn own_record(state: &AppState, staff: &Staff, id: &str) -> Result<Consultation, Response> {
    let not_found = || not_found_page(staff.user.language, "error-not-found-text");
    let id = Uuid::parse_str(id).map_err(|_| not_found())?;
    match state
        .store()
        .consultation(staff.user.organisation_id, id, true)
        .await
    {
        Ok(Some(consultation)) => Ok(consultation),
        Ok(None) => Err(not_found()),
        Err(_) => Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    }
}

/// `GET /staff/consultations/{id}`: the record with its notes (an audit event).
pub async fn show(State(state): State<AppState>, staff: Staff, Path(id): Path<String>) -> Response {
    if let Err(response) = consultant(&staff) {
        return response;
    }
    let consultation = match own_record(&state, &staff, &id).await {
        Ok(consultation) => consultation,
        Err(response) => return response,
    };
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::ConsultationRead,
            &consultation.id.to_string(),
            Outcome::Success,
        )
        .await;
    let form = FormValues::from_consultation(&consultation);
    record_page(
        &state,
        &staff,
        &consultation,
        form,
        FieldErrors::new(),
        None,
        StatusCode::OK,
    )
    .await
}

/// `POST /staff/consultations/{id}`: an edit, by its author for 24 hours or an org-admin.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    if let Err(response) = consultant(&staff) {
        return response;
    }
    let consultation = match own_record(&state, &staff, &id).await {
        Ok(consultation) => consultation,
        Err(response) => return response,
    };
    let form = form_of(form);
    if !may_edit(
        &actor(&staff.user),
        &consultation,
        OffsetDateTime::now_utc(),
    ) {
        let errors: FieldErrors = BTreeMap::new();
        return record_page(
            &state,
            &staff,
            &consultation,
            form,
            errors,
            Some("consultations-read-only"),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let details = match read_consultation(
        &form.to_json(),
        &state.directory(),
        consultation.details.started_at,
    ) {
        Ok(details) => details,
        Err(errors) => {
            return record_page(
                &state,
                &staff,
                &consultation,
                form,
                errors,
                Some("consultations-invalid"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if state
        .store()
        .update_consultation(staff.user.organisation_id, consultation.id, &details)
        .await
        .is_err()
    {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::ConsultationUpdated,
            &consultation.id.to_string(),
            Outcome::Success,
        )
        .await;
    Redirect::to(&format!("/staff/consultations/{}", consultation.id)).into_response()
}
