//! One consultation on the screen: read whole (an audit event), edited by its author for 24
//! hours or an org-admin after, and "saved" said after an edit.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::OrganisationScope;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::consultations::{Consultation, may_edit};
use strada_domain::ids::ConsultationId;
use time::OffsetDateTime;

use super::fields::{FormOptions, form_errors};
use super::{SHOWN_TIME, consultant, organisation_zone};
use crate::AppState;
use crate::consultations::actor;
use crate::consultations::input::read_consultation_problems;
use crate::forms::{FormErrors, FormValues};
use crate::layout::render;
use crate::staff::{Staff, StaffForm};
use crate::staff::{StaffChrome, staff_not_found};

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
/// What the record page says above the form.
enum RecordNotice {
    None,
    Saved,
    Invalid(crate::consultations::input::Problems),
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
    let id = id.parse::<ConsultationId>().map_err(|_| not_found())?;
    match state
        .store()
        .consultation(
            OrganisationScope::Organisation(staff.user.organisation_id),
            id,
            true,
        )
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
    let form = FormValues::from_pairs(form);
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
