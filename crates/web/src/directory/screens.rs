//! `/staff/organisations`: members keep their own directory entry true. An organisation's
//! administrator edits its profile, services and hotlines (each with the date it was last
//! verified); the secretariat (network-admins) edits any and adds new organisations. Every
//! change is audited and reloads the public directory at once. Edits are versioned: a form
//! made on an older version answers 409 with what was typed kept, never a silent overwrite.
//! Another organisation's entry, for those who may not edit it, answers 404.

mod entry;
mod hotlines;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::access::{Action, Resource, permits};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::directory::Membership;

pub use entry::{show_entry, update_profile};
pub use hotlines::{add_hotline, remove_hotline, update_hotline};

use super::input::{Field, NewOrganisationInput, Problem, Problems};
use crate::AppState;
use crate::errors::PageError;
use crate::forms::{Chosen, FormErrors};
use crate::layout::render;
use crate::staff::guard::{EditDirectoryEntry, ManageOrganisations};
use crate::staff::{Permitted, PermittedForm, Staff, StaffChrome};

struct OrganisationRow {
    name: String,
    country: String,
    membership: String,
    href: String,
}

#[derive(Template)]
#[template(path = "directory/organisations.html")]
struct OrganisationsPage {
    chrome: StaffChrome,
    rows: Vec<OrganisationRow>,
    may_create: bool,
    memberships: Vec<(&'static str, String)>,
    countries: Vec<(String, String)>,
    form: NewOrganisationInput,
    errors: FormErrors,
    notice: Option<String>,
}

/// The chrome of the directory's screens, titled by the message `title_key`.
fn screen_chrome(staff: &Staff, title_key: &str) -> StaffChrome {
    StaffChrome::for_staff(staff, title_key, "/staff/organisations")
}

/// Whether the user may add organisations (the secretariat).
fn may_create(staff: &Staff) -> bool {
    permits(
        &staff.actor(),
        Action::ManageOrganisations,
        Resource::Network,
    )
}

fn organisations_page(
    state: &AppState,
    staff: &Staff,
    form: NewOrganisationInput,
    problems: Problems,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let chrome = screen_chrome(staff, "organisations-title");
    let directory = state.directory();
    let actor = staff.actor();
    let mut rows: Vec<OrganisationRow> = directory
        .organisations()
        .iter()
        .filter(|organisation| {
            permits(
                &actor,
                Action::EditDirectoryEntry,
                Resource::Organisation(organisation.id),
            )
        })
        .map(|organisation| OrganisationRow {
            name: organisation.name.clone(),
            country: chrome.tr.country(organisation.country),
            membership: chrome.tr.label(organisation.membership),
            href: format!("/staff/organisations/{}", organisation.id),
        })
        .collect();
    chrome
        .tr
        .sort_by_names(&mut rows, |row| [&row.country, &row.name]);
    let page = OrganisationsPage {
        rows,
        may_create: may_create(staff),
        memberships: membership_choices(&chrome),
        countries: country_choices(&chrome),
        form,
        errors: problems.in_words(chrome.tr, NewOrganisationInput::PREFIX),
        notice: notice.map(|key| chrome.t(key)),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

fn membership_choices(chrome: &StaffChrome) -> Vec<(&'static str, String)> {
    chrome.tr.choices::<Membership>()
}

/// The countries of the network's region, by name.
fn country_choices(chrome: &StaffChrome) -> Vec<(String, String)> {
    let mut countries: Vec<(String, String)> = strada_domain::time_zone::region_countries()
        .map(|country| (country.to_string(), chrome.tr.country(country)))
        .collect();
    chrome.tr.sort_by_name(&mut countries, |(_, name)| name);
    countries
}

/// `GET /staff/organisations`: the entries the user may edit, and for the secretariat the
/// form that adds one.
pub async fn list_organisations(
    State(state): State<AppState>,
    permitted: Permitted<EditDirectoryEntry>,
) -> Response {
    organisations_page(
        &state,
        &permitted,
        NewOrganisationInput::default(),
        Problems::default(),
        None,
        StatusCode::OK,
    )
}

/// `POST /staff/organisations` with `name`, `country`, `city`, `membership`, `website`.
pub async fn create_organisation(
    State(state): State<AppState>,
    PermittedForm { permitted, form }: PermittedForm<ManageOrganisations, NewOrganisationInput>,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let (problems, status) = match form.parse() {
        Ok(organisation) => {
            if state.store().create_organisation(&organisation).await? {
                return created(&state, staff, &organisation).await;
            }
            let taken = Problems::one(Field::Name, Problem::NameTaken);
            (taken, StatusCode::CONFLICT)
        }
        Err(problems) => (problems, StatusCode::UNPROCESSABLE_ENTITY),
    };
    Ok(organisations_page(
        &state,
        staff,
        form,
        problems,
        Some("organisation-form-invalid"),
        status,
    ))
}

/// The page after `organisation` was added: the directory reloaded, the event audited.
async fn created(
    state: &AppState,
    staff: &Staff,
    organisation: &strada_domain::directory::Organisation,
) -> Result<Response, PageError> {
    state.reload_directory().await?;
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::OrganisationCreated,
            &organisation.name,
            Outcome::Success,
        )
        .await;
    Ok(organisations_page(
        state,
        staff,
        NewOrganisationInput::default(),
        Problems::default(),
        Some("organisation-created"),
        StatusCode::CREATED,
    ))
}
