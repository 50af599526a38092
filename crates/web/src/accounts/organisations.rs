//! `/staff/organisations`: network-admins see the network's organisations and add new ones.
//! A new organisation reaches the public directory at once (the snapshot is reloaded).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use strada_domain::access::{Action, Resource, permits};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::country::CountryCode;
use strada_domain::directory::{Membership, Organisation, Slug};
use uuid::Uuid;

use super::session::{Staff, StaffForm};
use super::{StaffChrome, staff_not_found};
use crate::AppState;
use crate::layout::render;

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
    memberships: Vec<(&'static str, String)>,
    form: OrganisationForm,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    membership: String,
    #[serde(default)]
    website: String,
}

fn may_manage(staff: &Staff) -> Result<(), Response> {
    if permits(
        &staff.actor(),
        Action::ManageOrganisations,
        Resource::Network,
    ) {
        Ok(())
    } else {
        Err(staff_not_found(staff))
    }
}

fn organisations_page(
    state: &AppState,
    staff: &Staff,
    form: OrganisationForm,
    error: Option<&str>,
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
    let rows = directory
        .organisations()
        .iter()
        .map(|organisation| OrganisationRow {
            name: organisation.name.clone(),
            country: chrome.tr.country(organisation.country),
            membership: chrome.t(&format!("membership-{}", organisation.membership)),
            href: format!("/{}/members/{}", chrome.lang(), organisation.slug),
        })
        .collect();
    let memberships = Membership::ALL
        .iter()
        .map(|membership| {
            (
                membership.code(),
                chrome.t(&format!("membership-{membership}")),
            )
        })
        .collect();
    let page = OrganisationsPage {
        rows,
        memberships,
        form,
        error: error.map(|key| chrome.t(key)),
        notice: notice.map(|key| chrome.t(key)),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

/// `GET /staff/organisations`
pub async fn list_organisations(State(state): State<AppState>, staff: Staff) -> Response {
    if let Err(response) = may_manage(&staff) {
        return response;
    }
    organisations_page(
        &state,
        &staff,
        OrganisationForm::default(),
        None,
        None,
        StatusCode::OK,
    )
}

/// `POST /staff/organisations` with `name`, `country`, `city`, `membership`, `website`.
pub async fn create_organisation(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<OrganisationForm>,
) -> Response {
    if let Err(response) = may_manage(&staff) {
        return response;
    }
    let name = form.name.trim().to_owned();
    let website = form.website.trim();
    let parsed = (
        Slug::from_name(&name)
            .ok()
            .filter(|_| (2..=150).contains(&name.chars().count())),
        CountryCode::parse(&form.country).ok(),
        Membership::parse(&form.membership).ok(),
        website.is_empty()
            || (website.starts_with("https://") && !website.contains(char::is_whitespace)),
    );
    let (Some(slug), Some(country), Some(membership), true) = parsed else {
        return organisations_page(
            &state,
            &staff,
            form,
            Some("organisation-invalid"),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let organisation = Organisation {
        id: Uuid::now_v7(),
        slug,
        name: name.clone(),
        country,
        city: Some(form.city.trim().to_owned()).filter(|city| !city.is_empty()),
        membership,
        founding: false,
        website: Some(website.to_owned()).filter(|site| !site.is_empty()),
        languages: Vec::new(),
        services: Vec::new(),
        demo: false,
        time_zone: strada_domain::time_zone::TimeZone::of_country(country),
        version: 1,
    };
    match state.store().create_organisation(&organisation).await {
        Ok(true) => {}
        Ok(false) => {
            return organisations_page(
                &state,
                &staff,
                form,
                Some("organisation-exists"),
                None,
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
            &name,
            Outcome::Success,
        )
        .await;
    organisations_page(
        &state,
        &staff,
        OrganisationForm::default(),
        None,
        Some("organisation-created"),
        StatusCode::CREATED,
    )
}
