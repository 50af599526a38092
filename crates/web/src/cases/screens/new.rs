//! The intake form: the few fields a worker fills in two minutes, the other lists folded
//! below, the worker leading unless they choose another. Everything typed is kept on error;
//! the form's own id makes a double submission open one case. Opened from a contact
//! (`?from_consultation=` or `?from_help_request=`), the form names it in hidden fields and
//! starts from the forms of exploitation a consultation recorded; nothing else is copied.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::OrganisationScope;
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::ids::{ConsultationId, HelpRequestId};
use strada_store::cases::Opened;
use uuid::Uuid;

use crate::AppState;
use crate::cases::input::{CaseForm, CaseInput, FROM_CONSULTATION, FROM_HELP_REQUEST};
use crate::cases::records::{origin_problems, possible_leads};
use crate::cases::views::{CaseOptions, NewPage, form_errors, origin_link, posted_values};
use crate::cases::writes;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::input::{Problems, Sent};
use crate::layout::render;
use crate::params::QueryParams;
use crate::staff::guard::{PermittedForm, WorkOnCases};
use crate::staff::{Permitted, Staff, StaffChrome};

async fn new_page(
    state: &AppState,
    staff: &Staff,
    form: FormValues,
    problems: &Problems,
    status: StatusCode,
) -> Result<Response, PageError> {
    let leads = possible_leads(state, staff.user.organisation_id).await?;
    let chrome = StaffChrome::for_staff(staff, "cases-new-title", "/staff/cases");
    let origin = origin_of_form(&form, chrome.tr);
    let page = NewPage {
        submission: Uuid::new_v4().to_string(),
        options: CaseOptions::new(chrome.tr, state, &leads),
        errors: form_errors(problems, chrome.tr),
        origin,
        form,
        chrome,
    };
    Ok(render(&page, status).into_response(staff.user.language))
}

/// The contact the form names, as a sentence and its address.
fn origin_of_form(form: &FormValues, tr: crate::i18n::Translator) -> Option<(String, String)> {
    let named = |name: &str| form.value(name).trim().parse::<Uuid>().ok();
    let origin = match (named(FROM_CONSULTATION), named(FROM_HELP_REQUEST)) {
        (Some(id), _) => CaseOrigin::Consultation(ConsultationId::from_uuid(id)),
        (None, Some(id)) => CaseOrigin::HelpRequest(HelpRequestId::from_uuid(id)),
        (None, None) => return None,
    };
    Some(origin_link(origin, tr))
}

/// `GET /staff/cases/new[?from_consultation=|?from_help_request=]`: the form, the worker
/// leading; a contact that is not the organisation's answers 404.
pub async fn show_new(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let organisation = permitted.user.organisation_id;
    let params = QueryParams::parse(query.as_deref());
    let input = CaseInput {
        from_consultation: given(params.get(FROM_CONSULTATION)),
        from_help_request: given(params.get(FROM_HELP_REQUEST)),
        ..CaseInput::default()
    };
    let opening = input
        .parse_opening(permitted.user.id, |_| true)
        .map_err(|_| PageError::NotFound)?;
    if !origin_problems(&state, organisation, opening.origin)
        .await?
        .is_empty()
    {
        return Err(PageError::NotFound);
    }
    let mut pairs = vec![("lead_worker".to_owned(), permitted.user.id.to_string())];
    match opening.origin {
        Some(CaseOrigin::Consultation(id)) => {
            pairs.push((FROM_CONSULTATION.to_owned(), id.to_string()));
            let own = OrganisationScope::Organisation(organisation);
            if let Some(consultation) = state.store().consultation(own, id, false).await? {
                for kind in consultation.details.exploitation_types {
                    pairs.push(("exploitation_types".to_owned(), kind.code().to_owned()));
                }
            }
        }
        Some(CaseOrigin::HelpRequest(id)) => {
            pairs.push((FROM_HELP_REQUEST.to_owned(), id.to_string()));
        }
        None => {}
    }
    let form = FormValues::from_pairs(pairs);
    new_page(&state, &permitted, form, &Problems::new(), StatusCode::OK).await
}

/// A query's value as an input's: absent when blank.
fn given(value: Option<&str>) -> Sent<String> {
    match value.map(str::trim) {
        None | Some("") => Sent::Absent,
        Some(text) => Sent::Given(text.to_owned()),
    }
}

/// `POST /staff/cases/new`: the case opened, then its page (303); the form again with each
/// field's problem beside it (422).
pub async fn open(
    State(state): State<AppState>,
    PermittedForm { permitted, form }: PermittedForm<WorkOnCases, CaseForm>,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let organisation = staff.user.organisation_id;
    let leads = possible_leads(&state, organisation).await?;
    let parsed = form.to_input().parse_opening(staff.user.id, |worker| {
        leads.iter().any(|lead| lead.id == worker)
    });
    let problems = match &parsed {
        Ok(opening) => origin_problems(&state, organisation, opening.origin).await?,
        Err(problems) => problems.clone(),
    };
    let opening = match parsed {
        Ok(opening) if problems.is_empty() => opening,
        _ => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return new_page(&state, staff, posted_values(&form), &problems, status).await;
        }
    };
    let (Opened::New(opened) | Opened::Repeated(opened)) =
        writes::open(&state, &staff.user, &opening, form.submission()).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", opened.id)).into_response())
}
