//! The filters of a list of consultations, from a query string: the API's list, the screen's
//! list, the exports and the dashboard read them alike. The screens read the filter's days
//! on the organisation's clock; the API reads them in UTC, as it documents.

use strada_domain::consultations::{
    CallerType, Channel, ConsultationOutcome, Topic, TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::pagination::PageRequest;
use strada_domain::time_zone::TimeZone;
use strada_store::consultations::ConsultationFilter;

use strada_domain::accounts::User;

use super::organisation_zone;
use crate::AppState;
use crate::params::{
    FieldErrors, QueryParams, day_end_on_clock, day_start_on_clock, parse_period_end,
    parse_period_start,
};

/// The filter, the page asked for, and each filter's problem in English.
pub fn read_filter(params: &QueryParams) -> (ConsultationFilter, PageRequest, FieldErrors) {
    let mut errors = FieldErrors::new();
    let filter = ConsultationFilter {
        from: params.read("from", parse_period_start, &mut errors),
        until: params.read("until", parse_period_end, &mut errors),
        topic: params.read("topic", Topic::parse, &mut errors),
        destination_country: params.read("destination_country", CountryCode::parse, &mut errors),
        caller_type: params.read("caller_type", CallerType::parse, &mut errors),
        channel: params.read("channel", Channel::parse, &mut errors),
        trafficking_concern: params.read(
            "trafficking_concern",
            TraffickingConcern::parse,
            &mut errors,
        ),
        outcome: params.read("outcome", ConsultationOutcome::parse, &mut errors),
    };
    let page = params.page_request(&mut errors);
    (filter, page, errors)
}

/// A filter's dates (`from`, `until` as `YYYY-MM-DD`) as days on the organisation's clock: the
/// night shift's "today" starts at its own midnight, not at UTC's. (The API reads dates in
/// UTC, as it documents.)
fn days_on_clock(filter: &mut ConsultationFilter, params: &QueryParams, zone: &TimeZone) {
    if filter.from.is_some() {
        filter.from = day_start_on_clock(params, "from", zone).or(filter.from);
    }
    if filter.until.is_some() {
        filter.until = day_end_on_clock(params, "until", zone).or(filter.until);
    }
}

/// The message key of the label of a list filter, for its error.
fn filter_label(field: &str) -> &'static str {
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

/// A staff screen's filter from its `query`: `read_filter`, its days on the clock of
/// `user`'s organisation.
pub fn read_screen_filter(
    state: &AppState,
    user: &User,
    query: Option<&str>,
) -> (ConsultationFilter, PageRequest, FieldErrors) {
    let params = QueryParams::parse(query);
    let (mut filter, page, errors) = read_filter(&params);
    let zone = organisation_zone(state, user.organisation_id);
    days_on_clock(&mut filter, &params, &zone);
    (filter, page, errors)
}

/// What a screen says of a filter in error: the filter's own words are English, for the
/// API; the screen names the field only.
pub fn filter_error(errors: &FieldErrors, tr: crate::i18n::Translator) -> Option<String> {
    errors.keys().next().map(|field| {
        tr.t_with(
            "consultations-filter-invalid",
            "field",
            tr.t(filter_label(field)),
        )
    })
}
