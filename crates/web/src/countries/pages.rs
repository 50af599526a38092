//! The public side of country information: the list of countries, one country's profile
//! with the network's hotlines there, and the same as JSON.

use askama::Template;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use strada_domain::country_code::CountryCode;
use strada_domain::language::UiLanguage;

use super::{covered, render_markdown};
use crate::AppState;
use crate::content::{CountryOption, country_options};
use crate::directory::HotlineCard;
use crate::errors::ApiError;
use crate::errors::not_found_page;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::{FieldErrors, QueryParams};

#[derive(Template)]
#[template(path = "countries/countries.html")]
struct CountriesPage {
    chrome: Chrome,
    countries: Vec<CountryOption>,
}

#[derive(Template)]
#[template(path = "countries/country.html")]
struct CountryPage {
    chrome: Chrome,
    body_html: String,
    reviewed: String,
    hotlines_title: String,
    cards: Vec<HotlineCard>,
    help_href: String,
    help_link: String,
}

/// `GET /{lang}/countries`
pub(super) async fn list_countries(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    state.cached_page(language, "/countries".into(), |tr, directory| {
        let page = CountriesPage {
            chrome: state
                .chrome(
                    tr,
                    tr.t("countries-title"),
                    "/countries".into(),
                    Section::Countries,
                    directory,
                )
                .described(tr.t("meta-description-countries")),
            countries: country_options(tr, directory),
        };
        render(&page, StatusCode::OK)
    })
}

/// `GET /{lang}/countries/{CC}`: any case of the code; a country outside the network or
/// without a profile answers the translated 404 page.
pub(super) async fn show_country(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    Path((_, code)): Path<(String, String)>,
) -> Response {
    let Some(country) = CountryCode::parse(&code)
        .ok()
        .filter(|c| covered(&state, *c))
    else {
        return not_found_page(language, "error-unknown-country-text");
    };
    let profile = match state.store().country_profile(country, language).await {
        Ok(Some(profile)) => profile,
        Ok(None) => return not_found_page(language, "error-unknown-country-text"),
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let path = format!("/countries/{country}");
    state.cached_page(language, path.clone(), |tr, directory| {
        let name = tr.country(country);
        let page = CountryPage {
            chrome: state
                .chrome(
                    tr,
                    tr.t_with("country-title", "country", name.clone()),
                    path,
                    Section::Countries,
                    directory,
                )
                .described(tr.t_with("meta-description-country", "country", name.clone())),
            body_html: render_markdown(&profile.body),
            reviewed: tr.t_with("country-reviewed", "date", tr.date(profile.last_reviewed)),
            hotlines_title: tr.t_with("country-hotlines-title", "country", name.clone()),
            cards: directory
                .hotlines_in(country)
                .into_iter()
                .map(|h| HotlineCard::new(tr, h, directory))
                .collect(),
            help_href: format!("/{}/help/{country}", language.code()),
            help_link: tr.t_with("country-help-link", "country", name),
        };
        render(&page, StatusCode::OK)
    })
}

#[derive(Serialize)]
pub(super) struct CountryJson {
    country: CountryCode,
    language: UiLanguage,
    last_reviewed: String,
    demo: bool,
    markdown: String,
    html: String,
    answers_112: bool,
    hotlines: Vec<crate::directory::api::HotlineJson>,
}

/// `GET /api/v1/countries/{CC}?lang=xx` (English by default).
pub(super) async fn show_country_json(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<CountryJson>, ApiError> {
    let mut errors = FieldErrors::new();
    let language = QueryParams::parse(query.as_deref())
        .read(
            "lang",
            |code| {
                UiLanguage::from_code(code)
                    .ok_or("not an interface language (en, ro, ru, uk, bg, pl)")
            },
            &mut errors,
        )
        .unwrap_or(UiLanguage::En);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let country = CountryCode::parse(&code)
        .ok()
        .filter(|c| covered(&state, *c))
        .ok_or_else(|| ApiError::not_found("country information"))?;
    let profile = state
        .store()
        .country_profile(country, language)
        .await
        .map_err(|error| ApiError::unavailable(&error))?
        .ok_or_else(|| ApiError::not_found("country information"))?;
    let directory = state.directory();
    Ok(Json(CountryJson {
        country,
        language,
        last_reviewed: profile.last_reviewed.to_string(),
        demo: profile.demo,
        html: render_markdown(&profile.body),
        markdown: profile.body,
        answers_112: country.answers_112(),
        hotlines: directory
            .hotlines_in(country)
            .into_iter()
            .map(|hotline| crate::directory::api::HotlineJson::new(hotline, &directory))
            .collect(),
    }))
}
