//! The list of an organisation's consultations on the screen: the API's filters, with the
//! days of the date filters on the organisation's clock, and times shown on it.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use strada_domain::access::OrganisationScope;
use strada_domain::time_zone::TimeZone;

use super::fields::FormOptions;
use super::{SHOWN_TIME, consultant, organisation_zone};
use crate::AppState;
use crate::consultations::read_filter;
use crate::forms::FormValues;
use crate::layout::render;
use crate::pagination::PageLinks;
use crate::params::QueryParams;
use crate::staff::Staff;
use crate::staff::StaffChrome;

struct Row {
    href: String,
    started: String,
    channel: String,
    caller: String,
    topics: String,
    destination: String,
    concern: String,
    outcome: String,
}

#[derive(Template)]
#[template(path = "staff/consultations.html")]
struct ListPage {
    chrome: StaffChrome,
    rows: Vec<Row>,
    total: String,
    filters: FormValues,
    options: FormOptions,
    pages: PageLinks,
    query: String,
    error: Option<String>,
    can_export: bool,
    zone: String,
}
/// `GET /staff/consultations`
pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    if let Err(response) = consultant(&staff) {
        return response;
    }
    let params = QueryParams::parse(query.as_deref());
    let (mut filter, page_request, errors) = read_filter(&params);
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "consultations-title",
        "/staff/consultations",
    );
    let tr = chrome.tr;
    let zone = organisation_zone(&state, staff.user.organisation_id);
    days_on_clock(&mut filter, &params, &zone);
    let found = match state
        .store()
        .list_consultations(
            OrganisationScope::Organisation(staff.user.organisation_id),
            &filter,
            page_request,
        )
        .await
    {
        Ok(found) => found,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let mut kept: Vec<(String, String)> =
        serde_urlencoded::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    kept.retain(|(key, _)| key != "page");
    let link = |page: u32| {
        let mut pairs = kept.clone();
        pairs.push(("page".into(), page.to_string()));
        format!(
            "/staff/consultations?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let rows = found
        .items
        .iter()
        .map(|c| Row {
            href: format!("/staff/consultations/{}", c.id),
            started: zone
                .local(c.details.started_at)
                .format(SHOWN_TIME)
                .unwrap_or_default(),
            channel: tr.label(c.details.channel),
            caller: tr.label(c.details.caller_type),
            topics: c
                .details
                .topics
                .iter()
                .map(|t| tr.label(*t))
                .collect::<Vec<_>>()
                .join(", "),
            destination: c
                .details
                .destination_country
                .map(|d| tr.country(d))
                .unwrap_or_default(),
            concern: tr.label(c.details.trafficking_concern),
            outcome: c
                .details
                .outcome
                .map(|outcome| tr.label(outcome))
                .unwrap_or_default(),
        })
        .collect();
    let page = ListPage {
        rows,
        total: tr.count("consultations-total", found.total as usize),
        options: FormOptions::new(tr, &state),
        filters: FormValues::from_pairs(kept.clone()),
        pages: PageLinks::new(&found, link),
        query: serde_urlencoded::to_string(&kept).unwrap_or_default(),
        // The filter's own words are English, for the API: the screen names the field only.
        error: errors.keys().next().map(|field| {
            tr.t_with(
                "consultations-filter-invalid",
                "field",
                tr.t(filter_label(field)),
            )
        }),
        can_export: staff
            .actor()
            .may(strada_domain::access::Action::ExportConsultations),
        zone: zone.to_string(),
        chrome,
    };
    let status = if page.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render(&page, status).into_response(staff.user.language)
}

/// A filter's dates (`from`, `until` as `YYYY-MM-DD`) as days on the organisation's clock: the
/// night shift's "today" starts at its own midnight, not at UTC's. (The API reads dates in
/// UTC, as it documents.)
pub(crate) fn days_on_clock(
    filter: &mut strada_store::consultations::ConsultationFilter,
    params: &QueryParams,
    zone: &TimeZone,
) {
    let day = |name: &str| {
        params
            .get(name)
            .filter(|text| text.len() == 10)
            .and_then(|text| {
                time::Date::parse(text, &time::format_description::well_known::Iso8601::DATE).ok()
            })
    };
    if let (Some(_), Some(start)) = (filter.from, day("from")) {
        filter.from = zone.instant(start.midnight()).or(filter.from);
    }
    if let (Some(_), Some(end)) = (filter.until, day("until")) {
        filter.until = end
            .next_day()
            .and_then(|next| zone.instant(next.midnight()))
            .map(|next| next - time::Duration::nanoseconds(1))
            .or(filter.until);
    }
}

/// The message key of the label of a list filter, for its error.
pub(crate) fn filter_label(field: &str) -> &'static str {
    match field {
        "from" => "field-from",
        "until" => "field-until",
        "topic" => "field-topics",
        "destination_country" => "field-destination",
        "caller_type" => "field-caller-type",
        "channel" => "field-channel",
        "trafficking_concern" => "field-concern",
        "outcome" => "field-outcome",
        _ => "consultations-filter-page",
    }
}
