//! The network directory on the web: the members' pages, the help pages with hotlines, the
//! JSON API and the HSDS feed, all read from the in-memory `Directory` snapshot.

pub(crate) mod api;
mod help;
mod hsds;
mod members;

use axum::Router;
use axum::routing::get;
use strada_domain::directory::{Directory, Hotline};

use crate::AppState;
use crate::i18n::Translator;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/members", get(members::list_members))
        .route("/{lang}/members/{slug}", get(members::show_member))
        .route("/{lang}/help", get(help::list_help))
        .route("/{lang}/help/{country}", get(help::show_help_in_country))
        .route("/api/v1/network", get(api::show_network))
        .route("/api/v1/organisations", get(api::list_organisations))
        .route("/api/v1/organisations/{slug}", get(api::show_organisation))
        .route("/api/v1/hotlines", get(api::list_hotlines))
        .route("/hsds/", get(hsds::show_api_information))
        .route("/hsds/organizations", get(hsds::list_organizations))
        .route("/hsds/organizations/{id}", get(hsds::show_organization))
        .route("/hsds/services", get(hsds::list_services))
        .route("/hsds/services/{id}", get(hsds::show_service))
}

/// A hotline as a card on a page: everything already translated.
pub struct HotlineCard {
    pub number: String,
    pub tel: String,
    pub purpose: String,
    pub always_open: bool,
    pub free_of_charge: bool,
    pub hours: String,
    pub languages: String,
    pub organisation_name: String,
    pub organisation_href: String,
    pub verified: String,
}

impl HotlineCard {
    pub fn new(tr: Translator, hotline: &Hotline, directory: &Directory) -> Self {
        let organisation = directory.organisation_by_id(hotline.organisation_id);
        Self {
            number: hotline.number.as_str().to_owned(),
            tel: format!("tel:{}", hotline.number.dial_string()),
            purpose: tr.t(&format!("purpose-{}", hotline.purpose)),
            always_open: hotline.is_always_open(),
            free_of_charge: hotline.free_of_charge,
            hours: tr.t(&format!("hours-{}", hotline.hours)),
            languages: tr.language_names(&hotline.languages),
            organisation_name: organisation.map(|o| o.name.clone()).unwrap_or_default(),
            organisation_href: organisation
                .map(|o| format!("/{}/members/{}", tr.language().code(), o.slug))
                .unwrap_or_default(),
            verified: tr.date(hotline.last_verified),
        }
    }
}
