//! `/{lang}/help`: every country where the network has a hotline or an organisation, with its
//! hotlines, its national line where the network has no hotline there, its organisations, and
//! 112 where it answers; `/{lang}/help/{CC}`: one country, with a number to call on the first
//! screen, its organisations, and the members' hotlines for people from other countries.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::Directory;

use crate::AppState;
use crate::content::{CountryOption, CountryPageKeys, country_options};
use crate::directory::views::{FirstCall, HomeCountryLines, HotlineCard, home_country_lines};
use crate::errors::not_found_page;
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::{FieldErrors, QueryParams};

/// One country's help: its hotlines, what to call without one, and its organisations.
struct CountryHelp {
    code: String,
    name: String,
    href: String,
    hotline_count: String,
    first_call: FirstCall,
    cards: Vec<HotlineCard>,
    organisations: Vec<OrganisationLink>,
}

impl CountryHelp {
    fn new(tr: Translator, country: CountryCode, directory: &Directory) -> Self {
        let cards: Vec<HotlineCard> = directory
            .hotlines_in(country)
            .into_iter()
            .map(|hotline| HotlineCard::new(tr, hotline, directory))
            .collect();
        let mut organisations: Vec<OrganisationLink> = directory
            .organisations()
            .iter()
            .filter(|organisation| organisation.country == country)
            .map(|organisation| OrganisationLink {
                href: format!("/{}/members/{}", tr.language().code(), organisation.slug),
                name: organisation.name.clone(),
                membership: tr.label(organisation.membership),
            })
            .collect();
        tr.sort_by_name(&mut organisations, |organisation| &organisation.name);
        Self {
            code: country.to_string(),
            name: tr.country(country),
            href: format!("/{}/help/{country}", tr.language().code()),
            hotline_count: tr.count("help-hotline-count", cards.len()),
            first_call: FirstCall::new(tr, country, directory),
            cards,
            organisations,
        }
    }
}

struct OrganisationLink {
    href: String,
    name: String,
    membership: String,
}

#[derive(Template)]
#[template(path = "directory/help.html")]
struct HelpPage {
    chrome: Chrome,
    choices: Vec<CountryOption>,
    /// The translated error of the country chosen, shown next to the field.
    country_error: Option<String>,
    countries: Vec<CountryHelp>,
}

const HELP_COUNTRY_PAGE: CountryPageKeys = CountryPageKeys {
    section: Section::Help,
    title_key: "help-country-title",
    description_key: "meta-description-help-country",
};

#[derive(Template)]
#[template(path = "directory/help_country.html")]
struct HelpCountryPage {
    chrome: Chrome,
    country: CountryHelp,
    first_call: FirstCall,
    organisations_title: String,
    country_info_href: String,
    country_info_link: String,
    home_lines: Vec<HomeCountryLines>,
}

/// `GET /{lang}/help`; with `?country=CC` (the home page's form) it sends the reader on to
/// that country's page. A country that is not one answers 400 with the form and the error
/// next to it.
pub async fn list_help(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    RawQuery(query): RawQuery,
) -> Response {
    let mut errors = FieldErrors::new();
    let chosen =
        QueryParams::parse(query.as_deref()).read("country", CountryCode::parse, &mut errors);
    let directory = state.directory();
    if let Some(country) = chosen.filter(|country| directory.is_present_in(*country)) {
        return Redirect::to(&format!("/{}/help/{country}", language.code())).into_response();
    }
    let invalid = !errors.is_empty() || chosen.is_some();
    let page = |tr: Translator, directory: &Directory| {
        let mut countries: Vec<CountryHelp> = directory
            .countries()
            .into_iter()
            .map(|country| CountryHelp::new(tr, country, directory))
            .collect();
        tr.sort_by_name(&mut countries, |country| &country.name);
        let page = HelpPage {
            chrome: state
                .chrome(
                    tr,
                    tr.t("help-title"),
                    "/help".into(),
                    Section::Help,
                    directory,
                )
                .described(tr.t("meta-description-help")),
            choices: country_options(tr, directory),
            country_error: invalid.then(|| tr.t("error-query-country")),
            countries,
        };
        let status = if invalid {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        render(&page, status)
    };
    if invalid {
        // What a person typed is not a cache key: the page is rendered for them alone.
        return page(Translator::new(language), &directory).into_response(language);
    }
    state.cached_page(language, "/help".into(), page)
}

/// `GET /{lang}/help/{CC}`: any case of a code; a code the network has no presence in (or no
/// code at all) answers the translated 404 page.
pub async fn show_help_in_country(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    Path((_, code)): Path<(String, String)>,
) -> Response {
    let directory = state.directory();
    let Some(country) = CountryCode::parse(&code)
        .ok()
        .filter(|country| directory.is_present_in(*country))
    else {
        return not_found_page(language, "error-unknown-country-text");
    };
    let path = format!("/help/{country}");
    state.cached_page(language, path.clone(), |tr, directory| {
        let name = tr.country(country);
        let page = HelpCountryPage {
            chrome: HELP_COUNTRY_PAGE.chrome(&state, tr, directory, &name, path),
            country: CountryHelp::new(tr, country, directory),
            first_call: FirstCall::new(tr, country, directory),
            organisations_title: tr.t_with("help-organisations-title", "country", name.clone()),
            country_info_href: format!("/{}/countries/{country}", language.code()),
            country_info_link: tr.t_with("country-info-link", "country", name),
            home_lines: home_country_lines(tr, country, directory),
        };
        render(&page, StatusCode::OK)
    })
}
