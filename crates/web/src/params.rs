//! Query strings, read once at the edge into typed values. Unknown parameters are ignored (links
//! from elsewhere carry their own); a known parameter with a bad value is a field error.

use std::collections::BTreeMap;

use strada_domain::country::CountryCode;
use strada_domain::directory::{AssistanceService, DirectoryFilter, Membership};
use strada_domain::pagination::PageRequest;

/// The pairs of a query string, percent-decoded.
pub struct QueryParams(Vec<(String, String)>);

/// Field errors found while reading a query string, by parameter name.
pub type FieldErrors = BTreeMap<String, String>;

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

/// A JSON request body, or the 400 answer for one that is not JSON (or not UTF-8).
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
