//! The list of the caller's cases (a worker's own, an administrator's organisation's): its
//! filters a GET form that keeps its values, the days of the opening's bounds on the
//! organisation's clock, and the pages.

use axum::extract::{RawQuery, State};
use axum::response::Response;
use strada_domain::access::Action;
use strada_domain::cases::Case;
use strada_domain::ids::UserId;
use strada_domain::pagination::PageRequest;
use strada_domain::time_zone::TimeZone;
use strada_store::cases::CaseFilter;

use super::{name_of, scope, staff_names};
use crate::AppState;
use crate::cases::records::{self, possible_leads};
use crate::cases::views::{CaseOptions, ListPage, Row};
use crate::consultations::organisation_zone;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::Translator;
use crate::layout::render;
use crate::pagination::{PageLinks, filters_of};
use crate::params::{
    FieldErrors, QueryParams, day_end_on_clock, day_start_on_clock, status_of_query,
};
use crate::staff::guard::WorkOnCases;
use crate::staff::{Permitted, StaffChrome};

/// `GET /staff/cases`
pub async fn list(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let organisation = permitted.user.organisation_id;
    let zone = organisation_zone(&state, organisation);
    let params = QueryParams::parse(query.as_deref());
    let (filter, page_request, errors) = read_filter(&params, &zone);
    let found = state
        .store()
        .list_cases(scope(&permitted)?, &filter, page_request)
        .await?;
    let names = staff_names(&state, organisation).await?;
    let leads = possible_leads(&state, organisation).await?;
    let chrome = StaffChrome::for_staff(&permitted, "cases-title", "/staff/cases");
    let tr = chrome.tr;
    let kept = filters_of(query.as_deref());
    let page = ListPage {
        rows: found
            .items
            .iter()
            .map(|case| row(case, &names, &zone, tr))
            .collect(),
        total: tr.count("cases-total", found.total as usize),
        options: CaseOptions::new(tr, &state, &leads),
        filters: FormValues::from_pairs(kept.clone()),
        pages: PageLinks::keeping(&found, "/staff/cases", &kept),
        error: errors
            .keys()
            .next()
            .map(|field| tr.t_with("cases-filter-invalid", "field", tr.t(filter_label(field)))),
        can_break_glass: permitted.actor().may(Action::BreakTheGlass),
        chrome,
    };
    Ok(render(&page, status_of_query(&errors)).into_response(permitted.user.language))
}

/// The API's filter, the days of the opening's bounds read on the organisation's clock (the
/// API reads them in UTC, as it documents): a worker's "today" starts at their midnight.
fn read_filter(params: &QueryParams, zone: &TimeZone) -> (CaseFilter, PageRequest, FieldErrors) {
    let (mut filter, page, errors) = records::read_filter(params);
    if filter.opened_from.is_some() {
        filter.opened_from = day_start_on_clock(params, "opened_from", zone).or(filter.opened_from);
    }
    if filter.opened_until.is_some() {
        filter.opened_until =
            day_end_on_clock(params, "opened_until", zone).or(filter.opened_until);
    }
    (filter, page, errors)
}

/// The message key of the label of a filter, for its error.
fn filter_label(field: &str) -> &'static str {
    match field {
        "status" => "case-field-status",
        "phase" => "case-field-phase",
        "lead_worker" => "case-field-lead_worker",
        "exploitation_type" => "case-field-exploitation_types",
        "citizenship" => "case-field-citizenship",
        "opened_from" => "cases-opened-from",
        "opened_until" => "cases-opened-until",
        "code" => "cases-code",
        _ => "cases-filter-page",
    }
}

/// One case of the list, labelled in the reader's language.
fn row(case: &Case, names: &[(UserId, String)], zone: &TimeZone, tr: Translator) -> Row {
    let details = &case.details;
    Row {
        href: format!("/staff/cases/{}", case.id),
        code: case.code.to_string(),
        status: tr.label(case.status),
        phase: tr.label(case.phase),
        lead: name_of(names, Some(case.lead_worker_id)),
        exploitation: details
            .exploitation_types
            .iter()
            .map(|kind| tr.label(*kind))
            .collect::<Vec<_>>()
            .join(", "),
        citizenship: details
            .citizenship
            .map(|country| tr.country(country))
            .unwrap_or_default(),
        opened: tr.date(zone.local(case.opened_at).date()),
    }
}
