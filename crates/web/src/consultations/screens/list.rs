//! The list of an organisation's consultations on the screen: the API's filters, with the
//! days of the date filters on the organisation's clock, and times shown on it.

use axum::extract::{RawQuery, State};
use axum::response::Response;
use strada_domain::access::{Action, OrganisationScope};
use strada_domain::consultations::Consultation;
use strada_domain::time_zone::TimeZone;

use super::SHOWN_TIME;
use crate::AppState;
use crate::consultations::filter::{filter_error, read_screen_filter};
use crate::consultations::organisation_zone;
use crate::consultations::views::{FormOptions, ListPage, Row};
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::Translator;
use crate::layout::render;
use crate::pagination::{PageLinks, filters_of};
use crate::params::status_of_query;
use crate::staff::guard::ReadConsultations;
use crate::staff::{Permitted, Staff, StaffChrome};

/// `GET /staff/consultations`
pub async fn list(
    State(state): State<AppState>,
    permitted: Permitted<ReadConsultations>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    show_list(&state, &permitted, query.as_deref()).await
}

/// The list of `query`'s filters; a filter in error is said beside the filters (422). The
/// exports answer it for a filter in error, so that the error shows where it can be fixed.
pub(in crate::consultations) async fn show_list(
    state: &AppState,
    staff: &Staff,
    query: Option<&str>,
) -> Result<Response, PageError> {
    let zone = organisation_zone(state, staff.user.organisation_id);
    let (filter, page_request, errors) = read_screen_filter(state, &staff.user, query);
    let chrome = StaffChrome::for_staff(staff, "consultations-title", "/staff/consultations");
    let tr = chrome.tr;
    let found = state
        .store()
        .list_consultations(
            OrganisationScope::Organisation(staff.user.organisation_id),
            &filter,
            page_request,
        )
        .await?;
    let kept = filters_of(query);
    let page = ListPage {
        rows: found.items.iter().map(|c| row(c, &zone, tr)).collect(),
        total: tr.count("consultations-total", found.total as usize),
        options: FormOptions::new(tr, state),
        filters: FormValues::from_pairs(kept.clone()),
        pages: PageLinks::keeping(&found, "/staff/consultations", &kept),
        query: serde_urlencoded::to_string(&kept).unwrap_or_default(),
        error: filter_error(&errors, tr),
        can_export: staff.actor().may(Action::ExportConsultations),
        zone: zone.to_string(),
        chrome,
    };
    Ok(render(&page, status_of_query(&errors)).into_response(staff.user.language))
}

/// One consultation of the list, labelled in the reader's language.
fn row(consultation: &Consultation, zone: &TimeZone, tr: Translator) -> Row {
    let details = &consultation.details;
    Row {
        href: format!("/staff/consultations/{}", consultation.id),
        started: zone
            .local(details.started_at)
            .format(SHOWN_TIME)
            .unwrap_or_default(),
        channel: tr.label(details.channel),
        caller: tr.label(details.caller_type),
        topics: details
            .topics
            .iter()
            .map(|t| tr.label(*t))
            .collect::<Vec<_>>()
            .join(", "),
        destination: details
            .destination_country
            .map(|d| tr.country(d))
            .unwrap_or_default(),
        concern: tr.label(details.trafficking_concern),
        outcome: details
            .outcome
            .map(|outcome| tr.label(outcome))
            .unwrap_or_default(),
    }
}
