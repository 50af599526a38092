//! `/{lang}/members`: the directory, filterable by country, membership and service, with the
//! count of each choice; `/{lang}/members/{slug}`: one organisation's profile.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::directory::{AssistanceService, Membership, Organisation};

use super::HotlineCard;
use crate::AppState;
use crate::content::{bad_request_page, not_found_page};
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::{FieldErrors, QueryParams, filter_query};

/// One choice of a filter, with how many organisations it would show.
struct FilterOption {
    value: String,
    label: String,
    count: usize,
    selected: bool,
}

/// An organisation in the list.
struct MemberRow {
    href: String,
    name: String,
    membership: String,
    founding: bool,
    place: String,
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    chrome: Chrome,
    count: String,
    filtered: bool,
    countries: Vec<FilterOption>,
    memberships: Vec<FilterOption>,
    services: Vec<FilterOption>,
    rows: Vec<MemberRow>,
}

#[derive(Template)]
#[template(path = "member.html")]
struct MemberPage {
    chrome: Chrome,
    membership: String,
    founding: bool,
    place: String,
    country_href: String,
    country_link: String,
    website: Option<String>,
    languages: String,
    services: Vec<String>,
    cards: Vec<HotlineCard>,
}

fn place(tr: Translator, organisation: &Organisation) -> String {
    let country = tr.country(organisation.country);
    match &organisation.city {
        Some(city) => format!("{city}, {country}"),
        None => country,
    }
}

/// `GET /{lang}/members?country=&membership=&service=`
pub async fn list_members(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    RawQuery(query): RawQuery,
) -> Response {
    let mut errors = FieldErrors::new();
    let filter = QueryParams::parse(query.as_deref()).directory_filter(&mut errors);
    if let Some((_, message)) = errors.into_iter().next() {
        return bad_request_page(language, &message);
    }
    let path = format!("/members{}", filter_query(&filter));
    state.cached_page(language, path.clone(), |tr, directory| {
        let counts = directory.filter_counts(&filter);
        let mut countries: Vec<FilterOption> = counts
            .countries
            .iter()
            .map(|(country, count)| FilterOption {
                value: country.to_string(),
                label: tr.country(*country),
                count: *count,
                selected: filter.country == Some(*country),
            })
            .collect();
        countries.sort_by_key(|option| option.label.to_lowercase());
        let memberships = Membership::ALL
            .iter()
            .map(|membership| FilterOption {
                value: membership.to_string(),
                label: tr.t(&format!("membership-{membership}")),
                count: counts.memberships.get(membership).copied().unwrap_or(0),
                selected: filter.membership == Some(*membership),
            })
            .collect();
        let services = AssistanceService::ALL
            .iter()
            .map(|service| FilterOption {
                value: service.to_string(),
                label: tr.t(&format!("service-{service}")),
                count: counts.services.get(service).copied().unwrap_or(0),
                selected: filter.service == Some(*service),
            })
            .collect();
        let organisations = directory.filter(&filter);
        let rows = organisations
            .iter()
            .map(|organisation| MemberRow {
                href: format!("/{}/members/{}", language.code(), organisation.slug),
                name: organisation.name.clone(),
                membership: tr.t(&format!("membership-{}", organisation.membership)),
                founding: organisation.founding,
                place: place(tr, organisation),
            })
            .collect();
        let page = MembersPage {
            chrome: state.chrome(tr, tr.t("members-title"), path, Section::Members, directory),
            count: tr.count("members-count", organisations.len()),
            filtered: !filter.is_empty(),
            countries,
            memberships,
            services,
            rows,
        };
        render(&page, StatusCode::OK)
    })
}

/// `GET /{lang}/members/{slug}`
pub async fn show_member(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
    Path((_, slug)): Path<(String, String)>,
) -> Response {
    let directory = state.directory();
    let Some(organisation) = directory.organisation(&slug) else {
        return not_found_page(language, "error-unknown-member-text");
    };
    let path = format!("/members/{}", organisation.slug);
    state.cached_page(language, path.clone(), |tr, directory| {
        let page = MemberPage {
            chrome: state.chrome(
                tr,
                organisation.name.clone(),
                path,
                Section::Members,
                directory,
            ),
            membership: tr.t(&format!("membership-{}", organisation.membership)),
            founding: organisation.founding,
            place: place(tr, organisation),
            country_href: format!("/{}/help/{}", language.code(), organisation.country),
            country_link: tr.t_with(
                "member-help-in-country",
                "country",
                tr.country(organisation.country),
            ),
            website: organisation.website.clone(),
            languages: tr.language_names(&organisation.languages),
            services: organisation
                .services
                .iter()
                .map(|service| tr.t(&format!("service-{service}")))
                .collect(),
            cards: directory
                .hotlines_of(organisation)
                .into_iter()
                .map(|hotline| HotlineCard::new(tr, hotline, directory))
                .collect(),
        };
        render(&page, StatusCode::OK)
    })
}
