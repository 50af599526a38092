//! What the case screens and the case API share: the scope of the cases a caller sees, a
//! case named in an address (by id or by code), the workers who may lead a case, the contact
//! a case opens from, and a list's filter.

use strada_domain::access::{
    Action, Actor, CaseScope, OrganisationScope, Resource, case_scope, permits,
};
use strada_domain::accounts::User;
use strada_domain::cases::codes::{CasePhase, CaseStatus};
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::cases::{Case, CaseCode};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::ids::{CaseId, OrganisationId, UserId};
use strada_domain::pagination::PageRequest;
use strada_store::StoreError;
use strada_store::cases::CaseFilter;

use crate::AppState;
use crate::cases::input::{FROM_CONSULTATION, FROM_HELP_REQUEST};
use crate::input::{Problem, Problems};
use crate::params::{FieldErrors, QueryParams, parse_period_end, parse_period_start};
use crate::staff::actor_of;

/// The cases `actor` may see, or none (the guard `Permitted<WorkOnCases>` makes it some).
pub fn scope_of(actor: &Actor) -> Option<CaseScope> {
    case_scope(actor)
}

/// The case an address names, by id or by code, if `scope` holds it: another organisation's
/// case, or one the worker is not assigned to, is none, as a case that does not exist.
pub async fn case_named(
    state: &AppState,
    scope: CaseScope,
    text: &str,
) -> Result<Option<Case>, StoreError> {
    if let Ok(id) = text.parse::<CaseId>() {
        return state.store().case(scope, id).await;
    }
    match CaseCode::parse(text) {
        Ok(code) => state.store().case_by_code(scope, code).await,
        Err(_) => Ok(None),
    }
}

/// Every staff account of `organisation`, disabled ones included (a case's timeline names
/// those who worked on it then).
pub async fn organisation_staff(
    state: &AppState,
    organisation: OrganisationId,
) -> Result<Vec<User>, StoreError> {
    let staff = state
        .store()
        .list_users(OrganisationScope::Organisation(organisation))
        .await?;
    Ok(staff.into_iter().map(|listing| listing.user).collect())
}

/// The staff of `organisation` who may lead its cases (enabled, and allowed by the access
/// policy to work on cases), by name.
pub async fn possible_leads(
    state: &AppState,
    organisation: OrganisationId,
) -> Result<Vec<User>, StoreError> {
    let staff = organisation_staff(state, organisation).await?;
    Ok(staff
        .into_iter()
        .filter(|user| {
            !user.disabled
                && permits(
                    &actor_of(user),
                    Action::WorkOnCases,
                    Resource::Organisation(organisation),
                )
        })
        .collect())
}

/// The problem of the contact a case would open from when it is not `organisation`'s (a
/// consultation it recorded, a help request it received), by the field that named it: the
/// same answer for another organisation's contact as for one that does not exist.
pub async fn origin_problems(
    state: &AppState,
    organisation: OrganisationId,
    origin: Option<CaseOrigin>,
) -> Result<Problems, StoreError> {
    let own = OrganisationScope::Organisation(organisation);
    let (field, found) = match origin {
        None => return Ok(Problems::new()),
        Some(CaseOrigin::Consultation(id)) => (
            FROM_CONSULTATION,
            state.store().consultation(own, id, false).await?.is_some(),
        ),
        Some(CaseOrigin::HelpRequest(id)) => (
            FROM_HELP_REQUEST,
            state
                .store()
                .received_help_request(organisation, id)
                .await?
                .is_some(),
        ),
    };
    let mut problems = Problems::new();
    if !found {
        problems.insert(field.to_owned(), Problem::NotAContact);
    }
    Ok(problems)
}

/// A list's filter and page from a query string, with each wrong value's problem in English
/// by its name; dates are read in UTC (`opened_until`'s date includes its whole day).
pub fn read_filter(params: &QueryParams) -> (CaseFilter, PageRequest, FieldErrors) {
    let mut errors = FieldErrors::new();
    let filter = CaseFilter {
        status: params.read("status", CaseStatus::parse, &mut errors),
        phase: params.read("phase", CasePhase::parse, &mut errors),
        lead_worker: params.read("lead_worker", str::parse::<UserId>, &mut errors),
        exploitation_type: params.read("exploitation_type", ExploitationType::parse, &mut errors),
        citizenship: params.read("citizenship", CountryCode::parse, &mut errors),
        opened_from: params.read("opened_from", parse_period_start, &mut errors),
        opened_until: params.read("opened_until", parse_period_end, &mut errors),
        code: params.read("code", CaseCode::parse, &mut errors),
    };
    let page = params.page_request(&mut errors);
    (filter, page, errors)
}
