//! `/{lang}/help`: every country where the network has a hotline or an organisation, with its
//! hotlines and 112 where it answers; `/{lang}/help/{CC}`: one country, with its
//! organisations too.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::country::CountryCode;
use strada_domain::directory::Directory;

use super::HotlineCard;
use crate::AppState;
use crate::content::{bad_request_page, not_found_page};
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::{FieldErrors, QueryParams};

/// One country's help: its hotlines and whether 112 answers there.
struct CountryHelp {
    code: String,
    name: String,
    href: String,
    hotline_count: String,
    answers_112: bool,
    cards: Vec<HotlineCard>,
    no_hotline: String,
}

impl CountryHelp {
    fn new(tr: Translator, country: CountryCode, directory: &Directory) -> Self {
        let cards: Vec<HotlineCard> = directory
            .hotlines_in(country)
            .into_iter()
            .map(|hotline| HotlineCard::new(tr, hotline, directory))
            .collect();
        let name = tr.country(country);
        Self {
            code: country.to_string(),
            no_hotline: tr.t_with("help-no-hotline", "country", name.clone()),
            name,
            href: format!("/{}/help/{country}", tr.language().code()),
            hotline_count: tr.count("help-hotline-count", cards.len()),
            answers_112: country.answers_112(),
            cards,
        }
    }
}

#[derive(Template)]
#[template(path = "help.html")]
struct HelpPage {
    chrome: Chrome,
    countries: Vec<CountryHelp>,
}

struct OrganisationLink {
    href: String,
    name: String,
    membership: String,
}

#[derive(Template)]
#[template(path = "help_country.html")]
struct HelpCountryPage {
    chrome: Chrome,
    country: CountryHelp,
    organisations_title: String,
    organisations: Vec<OrganisationLink>,
    country_info_href: String,
    country_info_link: String,
}

/// `GET /{lang}/help`; with `?country=CC` (the home page's form) it sends the reader on to
/// that country's page.
pub async fn list_help(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    RawQuery(query): RawQuery,
) -> Response {
    let mut errors = FieldErrors::new();
    let chosen =
        QueryParams::parse(query.as_deref()).read("country", CountryCode::parse, &mut errors);
    if let Some((_, message)) = errors.into_iter().next() {
        return bad_request_page(language, &message);
    }
    if let Some(country) = chosen {
        return Redirect::to(&format!("/{}/help/{country}", language.code())).into_response();
    }
    state.cached_page(language, "/help".into(), |tr, directory| {
        let mut countries: Vec<CountryHelp> = directory
            .countries()
            .into_iter()
            .map(|country| CountryHelp::new(tr, country, directory))
            .collect();
        countries.sort_by_key(|country| country.name.to_lowercase());
        let page = HelpPage {
            chrome: state.chrome(
                tr,
                tr.t("help-title"),
                "/help".into(),
                Section::Help,
                directory,
            ),
            countries,
        };
        render(&page, StatusCode::OK)
    })
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
        let organisations = directory
            .organisations()
            .iter()
            .filter(|organisation| organisation.country == country)
            .map(|organisation| OrganisationLink {
                href: format!("/{}/members/{}", language.code(), organisation.slug),
                name: organisation.name.clone(),
                membership: tr.t(&format!("membership-{}", organisation.membership)),
            })
            .collect();
        let page = HelpCountryPage {
            chrome: state.chrome(
                tr,
                tr.t_with("help-country-title", "country", name.clone()),
                path,
                Section::Help,
                directory,
            ),
            country: CountryHelp::new(tr, country, directory),
            organisations_title: tr.t_with("help-organisations-title", "country", name.clone()),
            country_info_href: format!("/{}/countries/{country}", language.code()),
            country_info_link: tr.t_with("country-info-link", "country", name),
            organisations,
        };
        render(&page, StatusCode::OK)
    })
}
