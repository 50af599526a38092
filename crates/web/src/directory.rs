//! The network directory on the web: the members' pages, the help pages with hotlines, the
//! JSON API and the HSDS feed, all read from the in-memory `Directory` snapshot; and the staff
//! screens where members keep their own entry true (`/staff/organisations`).
//!
//! Every page about a country offers a number to call at once (`FirstCall`): a member's
//! hotline, else the national anti-trafficking line that the country profile names, and 112
//! where it answers. No page sends the reader on to another page for a number.

pub(crate) mod api;
mod hsds;
mod input;
mod pages;
mod screens;
mod views;

use axum::Router;
use axum::routing::{get, post};

pub use views::HotlineCard;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/members", get(pages::list_members))
        .route("/{lang}/members/{slug}", get(pages::show_member))
        .route("/{lang}/help", get(pages::list_help))
        .route("/{lang}/help/{country}", get(pages::show_help_in_country))
        .route("/api/v1/network", get(api::show_network))
        .route("/api/v1/organisations", get(api::list_organisations))
        .route("/api/v1/organisations/{slug}", get(api::show_organisation))
        .route("/api/v1/hotlines", get(api::list_hotlines))
        .route("/hsds/", get(hsds::show_api_information))
        .route("/hsds/organizations", get(hsds::list_organizations))
        .route("/hsds/organizations/{id}", get(hsds::show_organization))
        .route("/hsds/services", get(hsds::list_services))
        .route("/hsds/services/{id}", get(hsds::show_service))
        .route(
            "/staff/organisations",
            get(screens::list_organisations).post(screens::create_organisation),
        )
        .route(
            "/staff/organisations/{id}",
            get(screens::show_entry).post(screens::update_profile),
        )
        .route(
            "/staff/organisations/{id}/hotlines",
            post(screens::add_hotline),
        )
        .route(
            "/staff/organisations/{id}/hotlines/{hotline}",
            post(screens::update_hotline),
        )
        .route(
            "/staff/organisations/{id}/hotlines/{hotline}/remove",
            post(screens::remove_hotline),
        )
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

    /// Follows the database's directory, checking every `every`, for as long as it runs.
    pub async fn follow_directory_changes(self, every: std::time::Duration) {
        let mut interval = tokio::time::interval(every);
        loop {
            interval.tick().await;
            if let Err(error) = self.reload_directory_if_changed().await {
                tracing::warn!(%error, "cannot check the directory for changes");
            }
        }
    }
}
