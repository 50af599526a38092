//! Query strings, read once at the edge into typed values. Unknown parameters are ignored (links
//! from elsewhere carry their own); a known parameter with a bad value is a field error.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{AssistanceService, DirectoryFilter, Membership};
use strada_domain::pagination::PageRequest;
use strada_domain::time_zone::TimeZone;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The pairs of a query string, percent-decoded.
pub struct QueryParams(Vec<(String, String)>);

/// Field errors found while reading a query string, by parameter name.
pub type FieldErrors = BTreeMap<String, String>;

/// The status of a page drawn for a query: 422 when a parameter was refused (the page says
/// so beside the field, where it can be fixed), 200 otherwise.
pub fn status_of_query(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

impl QueryParams {
    pub fn parse(raw: Option<&str>) -> Self {
        Self(serde_urlencoded::from_str(raw.unwrap_or("")).unwrap_or_default())
    }

    /// The last non-empty value of a parameter (an empty select means "any").
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(key, value)| key == name && !value.is_empty())
            .map(|(_, value)| value.as_str())
    }

    /// Reads a parameter with `parse`, recording its error under its name.
    pub fn read<T, E: std::fmt::Display>(
        &self,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, E>,
        errors: &mut FieldErrors,
    ) -> Option<T> {
        let value = self.get(name)?;
        match parse(value) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                errors.insert(name.to_owned(), error.to_string());
                None
            }
        }
    }

    pub fn directory_filter(&self, errors: &mut FieldErrors) -> DirectoryFilter {
        DirectoryFilter {
            country: self.read("country", CountryCode::parse, errors),
            membership: self.read("membership", Membership::parse, errors),
            service: self.read("service", AssistanceService::parse, errors),
        }
    }

    pub fn page_request(&self, errors: &mut FieldErrors) -> PageRequest {
        let number = self.read("page", str::parse::<u32>, errors);
        let size = self.read("per_page", str::parse::<u32>, errors);
        PageRequest::new(number, size).unwrap_or_else(|error| {
            errors.insert("page".into(), error.to_string());
            PageRequest::default()
        })
    }
}

/// The `Idempotency-Key` header of a write, if it holds a usable key (1 to 200 characters,
/// trimmed): a repeat of the request answers its first result.
pub fn idempotency_key(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get("idempotency-key")
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|key| !key.is_empty() && key.len() <= 200)
}

/// The day a parameter holds as a plain date (`YYYY-MM-DD`), if it does.
fn plain_day(params: &QueryParams, name: &str) -> Option<time::Date> {
    params
        .get(name)
        .filter(|text| text.len() == 10)
        .and_then(|text| {
            time::Date::parse(text, &time::format_description::well_known::Iso8601::DATE).ok()
        })
}

/// The first instant on `zone`'s clock of the day parameter `name` holds, for the screens,
/// whose "today" starts at their own midnight (the API reads days in UTC, as it documents).
pub fn day_start_on_clock(
    params: &QueryParams,
    name: &str,
    zone: &TimeZone,
) -> Option<OffsetDateTime> {
    plain_day(params, name).and_then(|day| zone.instant(day.midnight()))
}

/// The last instant on `zone`'s clock of the day parameter `name` holds.
pub fn day_end_on_clock(
    params: &QueryParams,
    name: &str,
    zone: &TimeZone,
) -> Option<OffsetDateTime> {
    plain_day(params, name)
        .and_then(|day| day.next_day())
        .and_then(|next| zone.instant(next.midnight()))
        .map(|next| next - time::Duration::nanoseconds(1))
}

/// A JSON request body, or the 400 answer for one that is not JSON (or not UTF-8).
/// The years a time bound in a filter may fall in. Strada's records are of this century;
/// the margin keeps every computation on a bound (the end of its day, its ISO week, its
/// year's start) inside what the time library represents, so no bound can make it overflow.
const BOUND_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The start of a period: an RFC 3339 time, or a date (its midnight, UTC).
pub fn parse_period_start(text: &str) -> Result<OffsetDateTime, &'static str> {
    parse_bound(text).map(|(time, _)| time)
}

/// The end of a period: an RFC 3339 time, or a date, which includes its whole day.
pub fn parse_period_end(text: &str) -> Result<OffsetDateTime, &'static str> {
    let (time, whole_day) = parse_bound(text)?;
    if whole_day {
        Ok(time + time::Duration::days(1) - time::Duration::nanoseconds(1))
    } else {
        Ok(time)
    }
}

/// A bound and whether it named a whole day.
fn parse_bound(text: &str) -> Result<(OffsetDateTime, bool), &'static str> {
    let (time, whole_day) = match OffsetDateTime::parse(text, &Rfc3339) {
        Ok(time) => (time.to_offset(time::UtcOffset::UTC), false),
        Err(_) => {
            let date =
                time::Date::parse(text, &time::format_description::well_known::Iso8601::DATE)
                    .map_err(|_| "must be a date (YYYY-MM-DD) or an RFC 3339 time")?;
            (date.midnight().assume_utc(), true)
        }
    };
    if BOUND_YEARS.contains(&time.year()) {
        Ok((time, whole_day))
    } else {
        Err("must be a date between the years 1900 and 2200")
    }
}

pub fn read_json(body: &[u8]) -> Result<serde_json::Value, crate::errors::ApiError> {
    serde_json::from_slice(body)
        .map_err(|error| crate::errors::ApiError::malformed(&error.to_string()))
}

/// A JSON body that must be an object; anything else is a field error on `body`.
pub fn read_json_object(
    body: &[u8],
) -> Result<serde_json::Map<String, serde_json::Value>, crate::errors::ApiError> {
    match read_json(body)? {
        serde_json::Value::Object(object) => Ok(object),
        _ => {
            let mut errors = FieldErrors::new();
            errors.insert("body".into(), "must be a JSON object".into());
            Err(crate::errors::ApiError::invalid(errors))
        }
    }
}

/// The canonical query string of a directory filter: the same filter always has the same
/// address (and the same cache entry), whatever order a link wrote it in.
pub fn filter_query(filter: &DirectoryFilter) -> String {
    let mut pairs = Vec::new();
    if let Some(country) = filter.country {
        pairs.push(format!("country={country}"));
    }
    if let Some(membership) = filter.membership {
        pairs.push(format!("membership={membership}"));
    }
    if let Some(service) = filter.service {
        pairs.push(format!("service={service}"));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}
