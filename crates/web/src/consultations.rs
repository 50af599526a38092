//! Consultations: the records hotline consultants, case workers and org-admins keep of each
//! contact, scoped to their organisation. Analysts see aggregates only (the dashboard);
//! another organisation's record answers 404. Reading a consultation whole (with its notes)
//! is an audit event, as is every write and export.
//!
//! The rooms: `api` (the JSON API, by bearer token), `screens` (the staff screens), `export`
//! (CSV and XLSX), `dashboard` (the charts), `views` (what the screens draw), `input` (the
//! one input type of a write, from JSON or the form), `filter` (a list's query string),
//! `writes` (each write with its audit event). A consultation's fields are written once, in
//! `strada_domain::consultations::ConsultationField`; `field_list` checks the rest against it.

mod api;
mod dashboard;
mod export;
#[cfg(test)]
mod field_list;
mod filter;
mod input;
mod screens;
mod views;
mod writes;

pub(crate) use input::{ConsultationForm, ConsultationInput, Problems, Sent, in_english};

use axum::Router;
use axum::routing::get;
use strada_domain::consultations::ConsultationDetails;
use strada_domain::ids::OrganisationId;
use strada_domain::time_zone::TimeZone;
use time::OffsetDateTime;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/consultations",
            get(api::list_consultations).post(api::record_consultation),
        )
        .route(
            "/api/v1/consultations/{id}",
            get(api::show_consultation).put(api::update_consultation),
        )
        .route("/staff/consultations", get(screens::list))
        .route(
            "/staff/consultations/new",
            get(screens::show_new).post(screens::record),
        )
        .route("/staff/consultations/export.csv", get(export::export_csv))
        .route("/staff/consultations/export.xlsx", get(export::export_xlsx))
        .route(
            "/staff/consultations/dashboard",
            get(dashboard::show_dashboard),
        )
        .route(
            "/staff/consultations/{id}",
            get(screens::show).post(screens::update),
        )
}

/// The clock of an organisation's staff.
pub(crate) fn organisation_zone(state: &AppState, organisation_id: OrganisationId) -> TimeZone {
    state
        .directory()
        .organisation_by_id(organisation_id)
        .map(|organisation| organisation.time_zone.clone())
        .unwrap_or_else(TimeZone::utc)
}

/// A consultation from its one input type (the API's JSON or the staff form), for the
/// features that make one (a help request converted): the one input type's parser.
pub(crate) fn read_consultation(
    input: ConsultationInput,
    state: &AppState,
) -> Result<ConsultationDetails, Problems> {
    input.parse(&state.directory(), OffsetDateTime::now_utc())
}
