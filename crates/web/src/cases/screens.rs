//! `/staff/cases`: the case workers' and administrators' screens, every one behind
//! `Permitted<WorkOnCases>` and scoped by the access policy's `case_scope` (a case outside
//! it is the 404 of a case that does not exist). `list` holds the list and its filters,
//! `new` the intake form, `page` one case (audited read, the edit on its version), `glass`
//! opening a case one is not assigned to by its code, with a reason. Times are shown on the
//! organisation's clock, dates in the reader's language.

mod glass;
mod list;
mod new;
mod page;

use axum::Router;
use axum::routing::get;
use strada_domain::access::CaseScope;
use strada_domain::ids::UserId;
use strada_domain::time_zone::TimeZone;
use time::OffsetDateTime;
use time::macros::format_description;

use crate::AppState;
use crate::errors::PageError;
use crate::i18n::Translator;
use crate::staff::Staff;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/cases", get(list::list))
        .route("/staff/cases/new", get(new::show_new).post(new::open))
        .route(
            "/staff/cases/open",
            get(glass::show_open).post(glass::open_by_code),
        )
        .route("/staff/cases/{case}", get(page::show).post(page::change))
}

/// The cases the signed-in worker sees (the guard has made sure there are some).
fn scope(staff: &Staff) -> Result<CaseScope, PageError> {
    crate::cases::records::scope_of(&staff.actor()).ok_or(PageError::NotFound)
}

/// A moment as the screens show it: the day in the reader's language, the time on the
/// organisation's clock.
fn shown_moment(tr: Translator, zone: &TimeZone, moment: OffsetDateTime) -> String {
    let local = zone.local(moment);
    let hour = local
        .format(format_description!("[hour]:[minute]"))
        .unwrap_or_default();
    format!("{} {hour}", tr.date(local.date()))
}

/// The names of the organisation's staff, by id, for the timeline and the list's leads.
async fn staff_names(
    state: &AppState,
    organisation: strada_domain::ids::OrganisationId,
) -> Result<Vec<(UserId, String)>, PageError> {
    let staff = crate::cases::records::organisation_staff(state, organisation).await?;
    Ok(staff
        .into_iter()
        .map(|user| (user.id, user.name.as_str().to_owned()))
        .collect())
}

/// The name of `id` among `names`, or nothing (an account erased since).
fn name_of(names: &[(UserId, String)], id: Option<UserId>) -> String {
    id.and_then(|id| names.iter().find(|(user, _)| *user == id))
        .map(|(_, name)| name.clone())
        .unwrap_or_default()
}
