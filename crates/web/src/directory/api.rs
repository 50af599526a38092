//! The directory's JSON API (`/api/v1`): standard codes, never labels; lists paginated with
//! the one `PageRequest`; bad parameters answer 422 with the field that is wrong.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{Directory, Hotline, NetworkSummary, Organisation};
use strada_domain::pagination::Page;

use crate::AppState;
use crate::errors::ApiError;
use crate::params::{FieldErrors, QueryParams};

/// A hotline as the API shows it: its organisation by slug, its number as written and as a
/// `tel:` URI.
#[derive(Debug, Clone, Serialize)]
pub struct HotlineJson {
    organisation: String,
    country: CountryCode,
    number: String,
    tel: String,
    purpose: &'static str,
    hours: &'static str,
    twenty_four_seven: bool,
    free_of_charge: bool,
    languages: Vec<String>,
    last_verified: String,
    demo: bool,
}

impl HotlineJson {
    pub fn new(hotline: &Hotline, directory: &Directory) -> Self {
        Self {
            organisation: directory
                .organisation_by_id(hotline.organisation_id)
                .map(|o| o.slug.to_string())
                .unwrap_or_default(),
            country: hotline.country,
            number: hotline.number.as_str().to_owned(),
            tel: format!("tel:{}", hotline.number.dial_string()),
            purpose: hotline.purpose.code(),
            hours: hotline.hours.code(),
            twenty_four_seven: hotline.is_always_open(),
            free_of_charge: hotline.free_of_charge,
            languages: hotline.languages.iter().map(ToString::to_string).collect(),
            last_verified: hotline.last_verified.to_string(),
            demo: hotline.demo,
        }
    }
}

/// An organisation with its hotlines, as `GET /api/v1/organisations/{slug}` shows it.
#[derive(Serialize)]
struct OrganisationDetail<'a> {
    #[serde(flatten)]
    organisation: &'a Organisation,
    hotlines: Vec<HotlineJson>,
}

/// `GET /api/v1/network`: the network's figures.
pub async fn show_network(State(state): State<AppState>) -> Json<NetworkSummary> {
    Json(state.directory().summary())
}

/// `GET /api/v1/organisations?country=&membership=&service=&page=&per_page=`
pub async fn list_organisations(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<Organisation>>, ApiError> {
    let params = QueryParams::parse(query.as_deref());
    let mut errors = FieldErrors::new();
    let filter = params.directory_filter(&mut errors);
    let page = params.page_request(&mut errors);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let directory = state.directory();
    let matching: Vec<Organisation> = directory.filter(&filter).into_iter().cloned().collect();
    Ok(Json(page.slice(&matching)))
}

/// `GET /api/v1/organisations/{slug}`
pub async fn show_organisation(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Response {
    let directory = state.directory();
    let Some(organisation) = directory.organisation(&slug) else {
        return ApiError::not_found("organisation").into_response();
    };
    let hotlines = directory
        .hotlines_of(organisation)
        .into_iter()
        .map(|hotline| HotlineJson::new(hotline, &directory))
        .collect();
    Json(OrganisationDetail {
        organisation,
        hotlines,
    })
    .into_response()
}

/// `GET /api/v1/hotlines?country=CC&page=&per_page=`
pub async fn list_hotlines(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<HotlineJson>>, ApiError> {
    let params = QueryParams::parse(query.as_deref());
    let mut errors = FieldErrors::new();
    let country = params.read("country", CountryCode::parse, &mut errors);
    let page = params.page_request(&mut errors);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let directory = state.directory();
    let hotlines: Vec<HotlineJson> = directory
        .hotlines()
        .iter()
        .filter(|hotline| country.is_none_or(|country| hotline.country == country))
        .map(|hotline| HotlineJson::new(hotline, &directory))
        .collect();
    Ok(Json(page.slice(&hotlines)))
}
