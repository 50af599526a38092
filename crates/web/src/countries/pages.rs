//! The public pages of country information: the list of countries, and one country's
//! profile with the network's hotlines there.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::country_code::CountryCode;

use super::{covered, render_markdown};
use crate::AppState;
use crate::content::{CountryOption, CountryPageKeys, country_options};
use crate::directory::HotlineCard;
use crate::errors::{PageError, not_found_page};
use crate::layout::{Chrome, PageLanguage, Section, render};

#[derive(Template)]
#[template(path = "countries/countries.html")]
struct CountriesPage {
    chrome: Chrome,
    countries: Vec<CountryOption>,
}

const COUNTRY_PAGE: CountryPageKeys = CountryPageKeys {
    section: Section::Countries,
    title_key: "country-title",
    description_key: "meta-description-country",
};

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
) -> Result<Response, PageError> {
    let Some(country) = CountryCode::parse(&code)
        .ok()
        .filter(|c| covered(&state, *c))
    else {
        return Ok(not_found_page(language, "error-unknown-country-text"));
    };
    let Some(profile) = state.store().country_profile(country, language).await? else {
        return Ok(not_found_page(language, "error-unknown-country-text"));
    };
    let path = format!("/countries/{country}");
    Ok(state.cached_page(language, path.clone(), |tr, directory| {
        let name = tr.country(country);
        let page = CountryPage {
            chrome: COUNTRY_PAGE.chrome(&state, tr, directory, &name, path),
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
    }))
}
