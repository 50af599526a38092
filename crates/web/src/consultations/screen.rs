//! The consultant's screen: a quick-entry form that fills from the keyboard (channel and
//! language carried over from one's last contact, and said so; nothing else chosen for the
//! consultant; the destination's information beside it with JavaScript), the list with the
//! API's filters, one record with its edit form (its author for 24 hours, org-admins after),
//! all scoped to the user's organisation. Times are shown and typed on the organisation's
//! clock (its time zone) and stored in UTC. This module holds the new form; `list` the list,
//! `record` one record, `fields` what the form's fields read and show.

mod fields;
mod list;
mod record;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use strada_domain::access::Action;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::OrganisationId;
use strada_domain::time_zone::TimeZone;
use strada_store::consultations::Recorded;
use time::OffsetDateTime;
use time::macros::format_description;
use uuid::Uuid;

pub use crate::forms::FormValues;
pub use fields::FormOptions;
use fields::form_errors;
pub use list::list;
pub(crate) use list::{days_on_clock, filter_label};
pub use record::{show, update};

use super::input::read_consultation_problems;
use crate::AppState;
use crate::forms::FormErrors;
use crate::layout::render;
use crate::staff::{Staff, StaffForm};
use crate::staff::{StaffChrome, staff_not_found};

/// How the list and the record show a time (on the organisation's clock).
const SHOWN_TIME: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]");

/// The clock of an organisation's staff.
pub(crate) fn organisation_zone(state: &AppState, organisation_id: OrganisationId) -> TimeZone {
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
/// Staff who work with individual consultations, or the staff 404 page.
fn consultant(staff: &Staff) -> Result<(), Response> {
    if staff.actor().may(Action::RecordConsultations) {
        Ok(())
    } else {
        Err(staff_not_found(staff))
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
                    ("channel", tr.label(channel).into()),
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
