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
use time::format_description::well_known::Iso8601;
use time::{Date, Duration};

use super::{name_of, scope, staff_names};
use crate::AppState;
use crate::cases::records::{self, possible_leads};
use crate::cases::views::{CaseOptions, ListPage, Row};
use crate::consultations::organisation_zone;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::Translator;
use crate::layout::render;
use crate::pagination::PageLinks;
use crate::params::{FieldErrors, QueryParams, status_of_query};
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
    let mut kept: Vec<(String, String)> =
        serde_urlencoded::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    kept.retain(|(key, _)| key != "page");
    let link = |page: u32| {
        let mut pairs = kept.clone();
        pairs.push(("page".into(), page.to_string()));
        format!(
            "/staff/cases?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let page = ListPage {
        rows: found
            .items
            .iter()
            .map(|case| row(case, &names, &zone, tr))
            .collect(),
        total: tr.count("cases-total", found.total as usize),
        options: CaseOptions::new(tr, &state, &leads),
        filters: FormValues::from_pairs(kept.clone()),
        pages: PageLinks::new(&found, link),
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
    let day = |name: &str| {
        params
            .get(name)
            .filter(|text| text.len() == 10)
            .and_then(|text| Date::parse(text, &Iso8601::DATE).ok())
    };
    if let (Some(_), Some(start)) = (filter.opened_from, day("opened_from")) {
        filter.opened_from = zone.instant(start.midnight()).or(filter.opened_from);
    }
    if let (Some(_), Some(end)) = (filter.opened_until, day("opened_until")) {
        filter.opened_until = end
            .next_day()
            .and_then(|next| zone.instant(next.midnight()))
            .map(|next| next - Duration::nanoseconds(1))
            .or(filter.opened_until);
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
