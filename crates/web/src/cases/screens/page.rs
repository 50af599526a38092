//! One case on the screen: its code, status, phase, lead and details as labels, its timeline,
//! the broken glasses for its lead and the administrators, and the edit form, which writes
//! the case whole on the version it was drawn from. Every showing is an audited read; a
//! change made on an older version answers 409 with the worker's input kept and what
//! changed meanwhile.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::Action;
use strada_domain::cases::{Case, CaseField};
use strada_domain::country_code::CountryCode;
use strada_domain::ids::UserId;
use strada_store::cases::CaseEdit;

use super::{name_of, scope, shown_moment, staff_names};
use crate::AppState;
use crate::cases::input::{CaseForm, Write};
use crate::cases::records::{case_named, possible_leads};
use crate::cases::views::{
    CaseOptions, CasePage, GlassRow, TimelineRow, case_values, form_errors, label_key, origin_link,
    posted_values,
};
use crate::cases::writes::{self, ReadCase};
use crate::consultations::organisation_zone;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::Labelled;
use crate::i18n::Translator;
use crate::input::Problems;
use crate::layout::render;
use crate::staff::guard::{PermittedForm, WorkOnCases};
use crate::staff::{Permitted, Staff, StaffChrome};

/// What the page says above the form.
enum Notice {
    None,
    Saved,
    /// The form as posted, with each field's problem.
    Invalid(Problems, FormValues),
    /// The case moved on: the worker's input against what is now there.
    Stale(FormValues),
}

async fn case_page(
    state: &AppState,
    staff: &Staff,
    read: ReadCase,
    notice: Notice,
    status: StatusCode,
) -> Result<Response, PageError> {
    let ReadCase {
        case,
        timeline,
        origin,
    } = read;
    let organisation = case.organisation_id;
    let zone = organisation_zone(state, organisation);
    let names = staff_names(state, organisation).await?;
    let leads = possible_leads(state, organisation).await?;
    let chrome = StaffChrome::for_staff(staff, "cases-case-title", "/staff/cases");
    let tr = chrome.tr;
    let facts = facts(&case, &names, tr);
    let oversees = case.lead_worker_id == staff.user.id || staff.actor().may(Action::OverseeCases);
    let glass_breaks = if oversees {
        let breaks = state.store().glass_breaks(scope(staff)?, case.id).await?;
        let rows = breaks.into_iter().map(|broken| GlassRow {
            who: name_of(&names, Some(broken.worker_id)),
            when: shown_moment(tr, &zone, broken.broken_at),
            reason: broken.reason,
        });
        Some(rows.collect())
    } else {
        None
    };
    let now = case_values(&case);
    let (form, errors, notice, changed) = match notice {
        Notice::None => (now, Default::default(), None, Vec::new()),
        Notice::Saved => (now, Default::default(), Some("cases-saved"), Vec::new()),
        Notice::Invalid(problems, posted) => (
            posted,
            form_errors(&problems, tr),
            Some("cases-invalid"),
            Vec::new(),
        ),
        Notice::Stale(posted) => {
            let changed = facts
                .iter()
                .filter(|(field, _, _)| differs(&posted, &now, *field))
                .map(|(_, label, value)| (label.clone(), value.clone()))
                .collect();
            (posted, Default::default(), Some("cases-stale"), changed)
        }
    };
    let page = CasePage {
        code: case.code.to_string(),
        facts: facts
            .into_iter()
            .map(|(_, label, value)| (label, value))
            .collect(),
        timeline: timeline
            .iter()
            .map(|entry| TimelineRow {
                when: shown_moment(tr, &zone, entry.happened_at),
                what: timeline_words(tr, entry.kind, &entry.detail),
                who: name_of(&names, entry.actor_id),
            })
            .collect(),
        glass_breaks,
        zone: zone.to_string(),
        action: format!("/staff/cases/{}", case.id),
        version: case.version,
        options: CaseOptions::new(tr, state, &leads),
        form,
        errors,
        saved: matches!(notice, Some("cases-saved")),
        notice: notice.map(|key| tr.t(key)),
        changed,
        origin: origin.map(|origin| origin_link(origin, tr)),
        chrome,
    };
    Ok(render(&page, status).into_response(staff.user.language))
}

/// What a timeline entry says: its kind, and the new status or phase it names.
fn timeline_words(
    tr: Translator,
    kind: strada_domain::cases::TimelineKind,
    detail: &str,
) -> String {
    use strada_domain::cases::TimelineKind;
    use strada_domain::cases::codes::{CasePhase, CaseStatus};
    let what = tr.label(kind);
    let detail = match kind {
        TimelineKind::StatusChanged => tr.label_of_code::<CaseStatus>(detail),
        TimelineKind::PhaseChanged => tr.label_of_code::<CasePhase>(detail),
        _ => return what,
    };
    format!("{what}: {detail}")
}

/// Whether the worker's input holds another value of `field` than the case now does.
fn differs(posted: &FormValues, now: &FormValues, field: CaseField) -> bool {
    let sorted = |form: &FormValues| {
        let mut values: Vec<String> = form
            .values(field.name())
            .into_iter()
            .map(str::to_owned)
            .collect();
        values.sort();
        values
    };
    sorted(posted) != sorted(now)
}

/// Each field of the case with its label and its value in words.
fn facts(
    case: &Case,
    names: &[(UserId, String)],
    tr: Translator,
) -> Vec<(CaseField, String, String)> {
    let details = &case.details;
    let country = |code: Option<CountryCode>| code.map(|c| tr.country(c)).unwrap_or_default();
    CaseField::ALL
        .into_iter()
        .map(|field| {
            let value = match field {
                CaseField::LeadWorker => name_of(names, Some(case.lead_worker_id)),
                CaseField::Status => tr.label(case.status),
                CaseField::Phase => tr.label(case.phase),
                CaseField::Gender => labels(tr, details.gender.as_slice()),
                CaseField::AgeBand => labels(tr, details.age_band.as_slice()),
                CaseField::Citizenship => country(details.citizenship),
                CaseField::Residence => country(details.residence),
                CaseField::TraffickingStatus => tr.label(details.trafficking_status),
                CaseField::IdentifiedBy => labels(tr, details.identified_by.as_slice()),
                CaseField::ExploitationTypes => labels(tr, &details.exploitation_types),
                CaseField::SexExploitationTypes => labels(tr, &details.sex_exploitation_types),
                CaseField::ForcedLabourIndustries => labels(tr, &details.forced_labour_industries),
                CaseField::MethodsOfControl => labels(tr, &details.methods_of_control),
                CaseField::MethodsOfRecruitment => labels(tr, &details.methods_of_recruitment),
                CaseField::Vulnerabilities => labels(tr, &details.vulnerabilities),
            };
            let value = if value.is_empty() {
                tr.t("field-none")
            } else {
                value
            };
            (field, tr.t(&label_key(field)), value)
        })
        .collect()
}

/// The labels of codes, joined.
fn labels<T: Labelled>(tr: Translator, codes: &[T]) -> String {
    codes
        .iter()
        .map(|code| tr.label(*code))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `GET /staff/cases/{id-or-code}`: the case read whole (an audit event); `?saved` after a
/// change says it was saved.
pub async fn show(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases>,
    Path(named): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let read = writes::read(&state, &permitted.user, &named)
        .await?
        .ok_or(PageError::NotFound)?;
    let notice = if query.as_deref() == Some("saved") {
        Notice::Saved
    } else {
        Notice::None
    };
    case_page(&state, &permitted, read, notice, StatusCode::OK).await
}

/// `POST /staff/cases/{id}`: the case written whole on the version the form was drawn from.
pub async fn change(
    State(state): State<AppState>,
    Path(named): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<WorkOnCases, CaseForm>,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    // Finding the case is no showing of it: only the page drawn again is an audited read.
    let current = case_named(&state, scope(staff)?, &named)
        .await?
        .ok_or(PageError::NotFound)?;
    let leads = possible_leads(&state, current.organisation_id).await?;
    let parsed = form.to_input().parse(Write::Change, |worker| {
        leads.iter().any(|lead| lead.id == worker)
    });
    let case = match parsed {
        Ok(case) => case,
        Err(problems) => {
            let invalid = Notice::Invalid(problems, posted_values(&form));
            return show_again(
                &state,
                staff,
                current,
                invalid,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    // A form without its version was drawn from no version: it is refused as stale.
    let version = form.version().unwrap_or(-1);
    match writes::change(&state, &staff.user, current.id, version, &case).await? {
        CaseEdit::Saved(saved) => {
            Ok(Redirect::to(&format!("/staff/cases/{}?saved", saved.id)).into_response())
        }
        CaseEdit::Stale(now) => {
            // The change has audited the read of the case as it now is.
            let read = ReadCase::of(&state, scope(staff)?, now).await?;
            let stale = Notice::Stale(posted_values(&form));
            case_page(&state, staff, read, stale, StatusCode::CONFLICT).await
        }
        CaseEdit::Missing => Err(PageError::NotFound),
    }
}

/// The case's page drawn again after a refused change: read whole (an audit event).
async fn show_again(
    state: &AppState,
    staff: &Staff,
    case: Case,
    notice: Notice,
    status: StatusCode,
) -> Result<Response, PageError> {
    let read = writes::read(state, &staff.user, &case.id.to_string())
        .await?
        .ok_or(PageError::NotFound)?;
    case_page(state, staff, read, notice, status).await
}
