//! `/staff/organisations`: members keep their own directory entry true. An organisation's
//! administrator edits its profile, services and hotlines (each with the date it was last
//! verified); the secretariat (network-admins) edits any and adds new organisations. Every
//! change is audited and reloads the public directory at once. Edits are versioned: a form
//! made on an older version answers 409 with what was typed kept, never a silent overwrite.
//! Another organisation's entry, for those who may not edit it, answers 404.

mod entry;
mod hotlines;
mod input;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use strada_domain::access::{Action, Resource, permits};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::directory::Membership;

pub use entry::{show_entry, update_profile};
pub use hotlines::{add_hotline, remove_hotline, update_hotline};

use crate::AppState;
use crate::forms::{FormErrors, FormValues};
use crate::layout::render;
use crate::staff::{Staff, StaffForm};
use crate::staff::{StaffChrome, staff_not_found};
use input::{Reader, read_new_organisation};

struct OrganisationRow {
    name: String,
    country: String,
    membership: String,
    href: String,
}

#[derive(Template)]
#[template(path = "staff/organisations.html")]
struct OrganisationsPage {
    chrome: StaffChrome,
    rows: Vec<OrganisationRow>,
    may_create: bool,
    memberships: Vec<(&'static str, String)>,
    countries: Vec<(String, String)>,
    form: FormValues,
    errors: FormErrors,
    notice: Option<String>,
}

impl AppState {
    /// Reloads the directory when the database holds another one than the snapshot: changed
    /// by `strada import`, or by another instance serving the same database. Answers whether
    /// it reloaded.
    pub async fn reload_directory_if_changed(&self) -> Result<bool, strada_store::StoreError> {
        let stamp = self.store().directory_stamp().await?;
        let directory = self.directory();
        let organisations = directory.organisations();
        let shown = (
            organisations.len() as i64,
            organisations.iter().map(|o| o.version).sum::<i64>(),
        );
        if stamp == shown {
            return Ok(false);
        }
        self.reload_directory().await?;
        Ok(true)
    }

    /// Follows the database's directory, checking every 30 seconds, for as long as it runs.
    pub async fn follow_directory_changes(self) {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(30));
        loop {
            interval.tick().await;
            if let Err(error) = self.reload_directory_if_changed().await {
                tracing::warn!(%error, "cannot check the directory for changes");
            }
        }
    }
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
    form: FormValues,
    errors: FormErrors,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "organisations-title",
        "/staff/organisations",
    );
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
        errors,
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
pub async fn list_organisations(State(state): State<AppState>, staff: Staff) -> Response {
    if !permits(
        &staff.actor(),
        Action::EditDirectoryEntry,
        Resource::Organisation(staff.user.organisation_id),
    ) {
        return staff_not_found(&staff);
    }
    organisations_page(
        &state,
        &staff,
        FormValues::default(),
        FormErrors::new(),
        None,
        StatusCode::OK,
    )
}

/// `POST /staff/organisations` with `name`, `country`, `city`, `membership`, `website`.
pub async fn create_organisation(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    if !may_create(&staff) {
        return staff_not_found(&staff);
    }
    let form = FormValues::from_pairs(form);
    let tr = crate::i18n::Translator::new(staff.user.language);
    let mut reader = Reader::new(&form, tr);
    let Some(organisation) = read_new_organisation(&mut reader) else {
        let errors = reader.errors;
        return organisations_page(
            &state,
            &staff,
            form,
            errors,
            Some("organisation-form-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    match state.store().create_organisation(&organisation).await {
        Ok(true) => {}
        Ok(false) => {
            let mut errors = FormErrors::new();
            errors.add(
                tr,
                "organisation-name",
                "organisations-name",
                "organisation-exists",
            );
            return organisations_page(
                &state,
                &staff,
                form,
                errors,
                Some("organisation-form-invalid"),
                StatusCode::CONFLICT,
            );
        }
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    if state.reload_directory().await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::OrganisationCreated,
            &organisation.name,
            Outcome::Success,
        )
        .await;
    organisations_page(
        &state,
        &staff,
        FormValues::default(),
        FormErrors::new(),
        Some("organisation-created"),
        StatusCode::CREATED,
    )
}
