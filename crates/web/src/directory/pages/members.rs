//! `/{lang}/members`: the directory, filterable by country, membership and service, with the
//! count of each choice; `/{lang}/members/{slug}`: one organisation's profile. A filter value
//! that is not one answers 400 with the form, the error in the reader's language next to its
//! field.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::directory::{AssistanceService, Directory, Membership, Organisation};

use crate::AppState;
use crate::directory::views::{FirstCall, HotlineCard};
use crate::errors::not_found_page;
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
#[template(path = "directory/members.html")]
struct MembersPage {
    chrome: Chrome,
    count: String,
    filtered: bool,
    countries: Vec<FilterOption>,
    memberships: Vec<FilterOption>,
    services: Vec<FilterOption>,
    /// Translated errors by field (`country`, `membership`, `service`).
    errors: FieldErrors,
    rows: Vec<MemberRow>,
}

impl MembersPage {
    fn error(&self, field: &str) -> Option<&String> {
        self.errors.get(field)
    }
}

#[derive(Template)]
#[template(path = "directory/member.html")]
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
    /// Without a hotline of its own: what to call in its country, and why it is shown.
    country_call: Option<FirstCall>,
    no_hotline: String,
}

fn place(tr: Translator, organisation: &Organisation) -> String {
    let country = tr.country(organisation.country);
    match &organisation.city {
        Some(city) => format!("{}, {country}", tr.city(city)),
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
    let path = format!("/members{}", filter_query(&filter));
    let page = |tr: Translator, directory: &Directory| {
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
        tr.sort_by_name(&mut countries, |option| &option.label);
        let memberships = Membership::ALL
            .iter()
            .map(|membership| FilterOption {
                value: membership.to_string(),
                label: tr.label(*membership),
                count: counts.memberships.get(membership).copied().unwrap_or(0),
                selected: filter.membership == Some(*membership),
            })
            .collect();
        let mut services: Vec<FilterOption> = AssistanceService::ALL
            .iter()
            .map(|service| FilterOption {
                value: service.to_string(),
                label: tr.label(*service),
                count: counts.services.get(service).copied().unwrap_or(0),
                selected: filter.service == Some(*service),
            })
            .collect();
        tr.sort_by_name(&mut services, |option| &option.label);
        let organisations = directory.filter(&filter);
        let mut rows: Vec<(String, MemberRow)> = organisations
            .iter()
            .map(|organisation| {
                let row = MemberRow {
                    href: format!("/{}/members/{}", language.code(), organisation.slug),
                    name: organisation.name.clone(),
                    membership: tr.label(organisation.membership),
                    founding: organisation.founding,
                    place: place(tr, organisation),
                };
                (tr.country(organisation.country), row)
            })
            .collect();
        // By country then name, both as the reader's language sorts them.
        tr.sort_by_names(&mut rows, |(country, row)| [country, &row.name]);
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let page = MembersPage {
            chrome: state
                .chrome(
                    tr,
                    tr.t("members-title"),
                    path.clone(),
                    Section::Members,
                    directory,
                )
                .described(tr.t("meta-description-members")),
            count: tr.count("members-count", organisations.len()),
            filtered: !filter.is_empty(),
            countries,
            memberships,
            services,
            errors: errors
                .keys()
                .map(|field| (field.clone(), tr.t(&format!("error-query-{field}"))))
                .collect(),
            rows: rows.into_iter().map(|(_, row)| row).collect(),
        };
        render(&page, status)
    };
    if !errors.is_empty() {
        // What a person typed is not a cache key: the page is rendered for them alone.
        return page(Translator::new(language), &state.directory()).into_response(language);
    }
    state.cached_page(language, path.clone(), page)
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
            chrome: state
                .chrome(
                    tr,
                    organisation.name.clone(),
                    path,
                    Section::Members,
                    directory,
                )
                .described(tr.t_args(
                    "meta-description-member",
                    &[
                        ("organisation", organisation.name.clone().into()),
                        ("country", tr.country(organisation.country).into()),
                    ],
                )),
            membership: tr.label(organisation.membership),
            founding: organisation.founding,
            place: place(tr, organisation),
            country_href: format!("/{}/help/{}", language.code(), organisation.country),
            country_link: tr.t_with(
                "member-help-in-country",
                "country",
                tr.country(organisation.country),
            ),
            country_call: directory
                .hotlines_of(organisation)
                .is_empty()
                .then(|| FirstCall::new(tr, organisation.country, directory)),
            no_hotline: tr.t_with(
                "member-no-hotline-call",
                "country",
                tr.country(organisation.country),
            ),
            website: organisation.website.clone(),
            languages: tr.language_names(&organisation.languages),
            services: {
                let mut services: Vec<String> = organisation
                    .services
                    .iter()
                    .map(|service| tr.label(*service))
                    .collect();
                tr.sort_by_name(&mut services, String::as_str);
                services
            },
            cards: directory
                .hotlines_of(organisation)
                .into_iter()
                .map(|hotline| HotlineCard::new(tr, hotline, directory))
                .collect(),
        };
        render(&page, StatusCode::OK)
    })
}
