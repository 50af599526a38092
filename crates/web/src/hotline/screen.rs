//! The consultant's screen: a quick-entry form that fills from the keyboard (channel and
//! language carried over from one's last contact, and said so; nothing else chosen for the
//! consultant; the destination's information beside it with JavaScript), the list with the
//! API's filters, one record with its edit form (its author for 24 hours, org-admins after),
//! all scoped to the user's organisation. Times are shown and typed on the organisation's
//! clock (its time zone) and stored in UTC.

mod fields;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::Action;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::hotline::{Consultation, may_edit};
use strada_domain::time_zone::TimeZone;
use strada_store::hotline::Recorded;
use time::OffsetDateTime;
use time::macros::format_description;
use uuid::Uuid;

pub use crate::forms::FormValues;
pub use fields::FormOptions;
use fields::form_errors;

use super::input::read_consultation_problems;
use super::{actor, read_filter};
use crate::AppState;
use crate::accounts::session::{Staff, StaffForm};
use crate::accounts::{StaffChrome, staff_not_found};
use crate::forms::FormErrors;
use crate::layout::render;
use crate::params::QueryParams;

/// How the list and the record show a time (on the organisation's clock).
const SHOWN_TIME: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]");

/// The clock of an organisation's staff.
pub(crate) fn organisation_zone(state: &AppState, organisation_id: Uuid) -> TimeZone {
    state
        .directory()
        .organisation_by_id(organisation_id)
        .map(|organisation| organisation.time_zone.clone())
        .unwrap_or_else(TimeZone::utc)
}

#[derive(Template)]
#[template(path = "staff/consultation_new.html")]
struct NewPage {
    chrome: StaffChrome,
    submission: String,
    form: FormValues,
    options: FormOptions,
    errors: FormErrors,
    notice: Option<String>,
    saved_href: Option<String>,
    action: String,
    zone: String,
    carried_over: Option<String>,
}

#[derive(Template)]
#[template(path = "staff/consultation.html")]
struct RecordPage {
    chrome: StaffChrome,
    submission: String,
    form: FormValues,
    options: FormOptions,
    errors: FormErrors,
    notice: Option<String>,
    saved: bool,
    editable: bool,
    zone: String,
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
    outcome: String,
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
    zone: String,
}

/// Staff who work with individual consultations, or the staff 404 page.
fn consultant(staff: &Staff) -> Result<(), Response> {
    if staff.actor().may(Action::RecordConsultations) {
        Ok(())
    } else {
        Err(staff_not_found(staff))
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
    let zone = organisation_zone(&state, staff.user.organisation_id);
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
            started: zone
                .local(c.details.started_at)
                .format(SHOWN_TIME)
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
            outcome: c
                .details
                .outcome
                .map(|outcome| tr.t(&format!("outcome-{outcome}")))
                .unwrap_or_default(),
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
        // The filter's own words are English, for the API: the screen names the field only.
        error: errors.keys().next().map(|field| {
            tr.t_with(
                "consultations-filter-invalid",
                "field",
                tr.t(filter_label(field)),
            )
        }),
        can_export: staff.actor().may(Action::ExportConsultations),
        zone: zone.to_string(),
        chrome,
    };
    let status = if page.error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(&page, status).into_response(staff.user.language)
}

/// The message key of the label of a list filter, for its error.
fn filter_label(field: &str) -> &'static str {
    match field {
        "from" => "field-from",
        "until" => "field-until",
        "topic" => "field-topics",
        "destination_country" => "field-destination",
        "caller_type" => "field-caller-type",
        "channel" => "field-channel",
        "trafficking_concern" => "field-concern",
        "outcome" => "field-outcome",
        _ => "consultations-filter-page",
    }
}

/// What the new form shows: the values, the problems (if any) and what was carried over.
struct NewForm {
    values: FormValues,
    problems: super::input::Problems,
    carried_over: Option<String>,
}

async fn new_page(
    state: &AppState,
    staff: &Staff,
    form: NewForm,
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
    let mut options = FormOptions::new(chrome.tr, state);
    options.keep_language(&form.values.value("language"), chrome.tr);
    let page = NewPage {
        submission: Uuid::new_v4().to_string(),
        options,
        errors: form_errors(&form.problems, chrome.tr),
        form: form.values,
        notice: notice.map(|key| chrome.t(&key)),
        saved_href,
        action: "/staff/consultations/new".into(),
        zone: organisation_zone(state, staff.user.organisation_id).to_string(),
        carried_over: form.carried_over,
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
        None,
        None,
        StatusCode::OK,
    )
    .await
}

/// A fresh form: the channel and language of the consultant's last contact, said so, and
/// nothing else chosen for them (the caller is anonymous unless they tick otherwise).
async fn usual_values(state: &AppState, staff: &Staff) -> NewForm {
    let tr = crate::i18n::Translator::new(staff.user.language);
    let (pairs, carried_over) = match state
        .store()
        .usual_channel_and_language(staff.user.id)
        .await
    {
        Ok(Some((channel, language))) => {
            let carried = tr.t_args(
                "consultations-carried-over",
                &[
                    ("channel", tr.t(&format!("channel-{channel}")).into()),
                    ("language", tr.language_name(&language).into()),
                ],
            );
            (
                vec![
                    ("channel".to_owned(), channel.code().to_owned()),
                    ("language".to_owned(), language.to_string()),
                ],
                Some(carried),
            )
        }
        _ => (Vec::new(), None),
    };
    NewForm {
        values: FormValues::from_pairs(pairs),
        problems: Default::default(),
        carried_over,
    }
}

fn form_of(pairs: Vec<(String, String)>) -> FormValues {
    FormValues::from_pairs(pairs)
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
    let zone = organisation_zone(&state, staff.user.organisation_id);
    let details = match read_consultation_problems(
        &form.to_json(&zone),
        &state.directory(),
        OffsetDateTime::now_utc(),
    ) {
        Ok(details) => details,
        Err(problems) => {
            return new_page(
                &state,
                &staff,
                NewForm {
                    values: form,
                    problems,
                    carried_over: None,
                },
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
        Some("consultations-saved".into()),
        Some(href),
        StatusCode::CREATED,
    )
    .await
}

/// What the record page says above the form.
enum RecordNotice {
    None,
    Saved,
    Invalid(super::input::Problems),
    ReadOnly,
}

async fn record_page(
    state: &AppState,
    staff: &Staff,
    consultation: &Consultation,
    form: FormValues,
    notice: RecordNotice,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "consultations-record-title",
        "/staff/consultations",
    );
    let zone = organisation_zone(state, consultation.organisation_id);
    let mut options = FormOptions::new(chrome.tr, state);
    options.keep_language(&form.value("language"), chrome.tr);
    let (errors, notice) = match &notice {
        RecordNotice::None => (FormErrors::new(), None),
        RecordNotice::Saved => (FormErrors::new(), Some("consultations-updated")),
        RecordNotice::Invalid(problems) => (
            form_errors(problems, chrome.tr),
            Some("consultations-invalid"),
        ),
        RecordNotice::ReadOnly => (FormErrors::new(), Some("consultations-read-only")),
    };
    let page = RecordPage {
        submission: String::new(),
        options,
        form,
        errors,
        saved: notice == Some("consultations-updated"),
        notice: notice.map(|key| chrome.t(key)),
        zone: zone.to_string(),
        editable: may_edit(&actor(&staff.user), consultation, OffsetDateTime::now_utc()),
        action: format!("/staff/consultations/{}", consultation.id),
        organisation: state
            .directory()
            .organisation_by_id(consultation.organisation_id)
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        created: zone
            .local(consultation.created_at)
            .format(SHOWN_TIME)
            .unwrap_or_default(),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

async fn own_record(state: &AppState, staff: &Staff, id: &str) -> Result<Consultation, Response> {
    let not_found = || staff_not_found(staff);
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

/// `GET /staff/consultations/{id}`: the record with its notes (an audit event); `?saved`
/// after an edit says it was saved.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
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
    let zone = organisation_zone(&state, consultation.organisation_id);
    let form = FormValues::from_consultation(&consultation, &zone);
    record_page(
        &state,
        &staff,
        &consultation,
        form,
        if query.as_deref() == Some("saved") {
            RecordNotice::Saved
        } else {
            RecordNotice::None
        },
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
        return record_page(
            &state,
            &staff,
            &consultation,
            form,
            RecordNotice::ReadOnly,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let zone = organisation_zone(&state, consultation.organisation_id);
    let details = match read_consultation_problems(
        &form.to_json(&zone),
        &state.directory(),
        consultation.details.started_at,
    ) {
        Ok(details) => details,
        Err(problems) => {
            return record_page(
                &state,
                &staff,
                &consultation,
                form,
                RecordNotice::Invalid(problems),
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
    // Post, redirect, get: the record page then says that the change was saved.
    Redirect::to(&format!("/staff/consultations/{}?saved", consultation.id)).into_response()
}
