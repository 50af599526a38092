//! One consultation on the screen: read whole (an audit event), edited by its author for 24
//! hours or an org-admin after, and "saved" said after an edit.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::consultations::{Consultation, may_edit};
use time::OffsetDateTime;

use super::SHOWN_TIME;
use crate::AppState;
use crate::cases::contacts::contact_cases;
use crate::consultations::input::{ConsultationForm, Problems};
use crate::consultations::views::{FormOptions, RecordPage, form_errors};
use crate::consultations::{organisation_zone, writes};
use crate::errors::PageError;
use crate::forms::{FormErrors, FormValues};
use crate::layout::render;
use crate::staff::guard::PermittedForm;
use crate::staff::guard::{ReadConsultations, RecordConsultations};
use crate::staff::{Permitted, Staff, StaffChrome};
use strada_domain::cases::origin::CaseOrigin;

/// What the record page says above the form.
enum RecordNotice {
    None,
    Saved,
    Invalid(Problems),
    ReadOnly,
}

async fn record_page(
    state: &AppState,
    staff: &Staff,
    consultation: &Consultation,
    form: FormValues,
    notice: RecordNotice,
    status: StatusCode,
) -> Result<Response, PageError> {
    let origin = CaseOrigin::Consultation(consultation.id);
    let contact_cases = contact_cases(state, staff, origin).await?;
    let chrome =
        StaffChrome::for_staff(staff, "consultations-record-title", "/staff/consultations");
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
        contact_cases,
        submission: String::new(),
        options,
        form,
        errors,
        saved: notice == Some("consultations-updated"),
        notice: notice.map(|key| chrome.t(key)),
        zone: zone.to_string(),
        editable: may_edit(&staff.actor(), consultation, OffsetDateTime::now_utc()),
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
    Ok(render(&page, status).into_response(staff.user.language))
}

/// `GET /staff/consultations/{id}`: the record with its notes (an audit event); `?saved`
/// after an edit says it was saved.
pub async fn show(
    State(state): State<AppState>,
    permitted: Permitted<ReadConsultations>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let consultation = writes::read_whole(&state, &permitted.user, &id)
        .await?
        .ok_or(PageError::NotFound)?;
    let zone = organisation_zone(&state, consultation.organisation_id);
    let form = FormValues::from_consultation(&consultation, &zone);
    let notice = if query.as_deref() == Some("saved") {
        RecordNotice::Saved
    } else {
        RecordNotice::None
    };
    record_page(
        &state,
        &permitted,
        &consultation,
        form,
        notice,
        StatusCode::OK,
    )
    .await
}

/// `POST /staff/consultations/{id}`: an edit, by its author for 24 hours or an org-admin.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<RecordConsultations, ConsultationForm>,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let consultation = writes::read(&state, &staff.user, &id)
        .await?
        .ok_or(PageError::NotFound)?;
    let zone = organisation_zone(&state, consultation.organisation_id);
    let values = form.values();
    let parsed = form
        .into_input(&zone)
        .parse(&state.directory(), consultation.details.started_at);
    let form = values;
    if !may_edit(&staff.actor(), &consultation, OffsetDateTime::now_utc()) {
        let page = record_page(
            &state,
            staff,
            &consultation,
            form,
            RecordNotice::ReadOnly,
            StatusCode::FORBIDDEN,
        )
        .await?;
        return Ok(page);
    }
    let details = match parsed {
        Ok(details) => details,
        Err(problems) => {
            let page = record_page(
                &state,
                staff,
                &consultation,
                form,
                RecordNotice::Invalid(problems),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await?;
            return Ok(page);
        }
    };
    writes::update(&state, &staff.user, consultation.id, &details).await?;
    // Post, redirect, get: the record page then says that the change was saved.
    Ok(Redirect::to(&format!("/staff/consultations/{}?saved", consultation.id)).into_response())
}
