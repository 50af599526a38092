//! Country information on the web: `/{lang}/countries` and `/{lang}/countries/{CC}` for the
//! public (Markdown rendered, then sanitised), `GET /api/v1/countries/{CC}`, and the editors'
//! pages at `/staff/countries`.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use strada_domain::access::{Action, Resource, permits};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::countries::{CountryProfile, check_body};
use strada_domain::country::CountryCode;
use strada_domain::language::UiLanguage;

use crate::AppState;
use crate::accounts::StaffChrome;
use crate::accounts::session::{Staff, StaffForm};
use crate::content::{CountryOption, country_options, not_found_page};
use crate::directory::HotlineCard;
use crate::errors::ApiError;
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};
use crate::params::{FieldErrors, QueryParams};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/countries", get(list_countries))
        .route("/{lang}/countries/{country}", get(show_country))
        .route("/api/v1/countries/{country}", get(show_country_json))
        .route("/staff/countries", get(list_profiles))
        .route(
            "/staff/countries/{country}/{language}",
            get(edit_profile).post(save_profile),
        )
}

/// Markdown to HTML, then only safe HTML kept (no script, no style, no event handlers).
pub fn render_markdown(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new(markdown);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::clean(&html)
}

#[derive(Template)]
#[template(path = "countries.html")]
struct CountriesPage {
    chrome: Chrome,
    countries: Vec<CountryOption>,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    chrome: Chrome,
    body_html: String,
    reviewed: String,
    hotlines_title: String,
    cards: Vec<HotlineCard>,
    help_href: String,
    help_link: String,
}

/// The countries that have information: those of the network.
fn covered(state: &AppState, country: CountryCode) -> bool {
    state.directory().is_present_in(country)
}

/// `GET /{lang}/countries`
async fn list_countries(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    state.cached_page(language, "/countries".into(), |tr, directory| {
        let page = CountriesPage {
            chrome: state.chrome(
                tr,
                tr.t("countries-title"),
                "/countries".into(),
                Section::Countries,
                directory,
            ),
            countries: country_options(tr, directory),
        };
        render(&page, StatusCode::OK)
    })
}

/// `GET /{lang}/countries/{CC}`: any case of the code; a country outside the network or
/// without a profile answers the translated 404 page.
async fn show_country(
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
            chrome: state.chrome(
                tr,
                tr.t_with("country-title", "country", name.clone()),
                path,
                Section::Countries,
                directory,
            ),
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
struct CountryJson {
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
async fn show_country_json(
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

/// A country's row: its name, and per language the edit link, the code and the review date.
type ProfileRow = (String, Vec<(String, String, Option<String>)>);

#[derive(Template)]
#[template(path = "staff/countries.html")]
struct ProfilesPage {
    chrome: StaffChrome,
    rows: Vec<ProfileRow>,
}

#[derive(Template)]
#[template(path = "staff/country_edit.html")]
struct EditPage {
    chrome: StaffChrome,
    action: String,
    body: String,
    reviewed: String,
    preview: String,
    errors: crate::forms::FormErrors,
    notice: Option<String>,
}

fn may_edit_content(staff: &Staff) -> Result<(), Response> {
    if permits(&staff.actor(), Action::EditContent, Resource::Network) {
        Ok(())
    } else {
        Err(crate::accounts::staff_not_found(staff))
    }
}

/// `GET /staff/countries`: every country and language, with its review date.
async fn list_profiles(State(state): State<AppState>, staff: Staff) -> Response {
    if let Err(response) = may_edit_content(&staff) {
        return response;
    }
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "staff-nav-countries",
        "/staff/countries",
    );
    let existing = state
        .store()
        .list_country_profiles()
        .await
        .unwrap_or_default();
    let rows = state
        .directory()
        .countries()
        .into_iter()
        .map(|country| {
            let languages = UiLanguage::ALL
                .into_iter()
                .map(|language| {
                    let reviewed = existing
                        .iter()
                        .find(|(c, l, _)| *c == country && *l == language)
                        .map(|(_, _, date)| date.to_string());
                    (
                        format!("/staff/countries/{country}/{}", language.code()),
                        language.code().to_owned(),
                        reviewed,
                    )
                })
                .collect();
            (chrome.tr.country(country), languages)
        })
        .collect();
    render(&ProfilesPage { chrome, rows }, StatusCode::OK).into_response(staff.user.language)
}

fn parse_target(
    state: &AppState,
    country: &str,
    language: &str,
) -> Option<(CountryCode, UiLanguage)> {
    let country = CountryCode::parse(country)
        .ok()
        .filter(|c| covered(state, *c))?;
    Some((country, UiLanguage::from_code(language)?))
}

/// `GET /staff/countries/{CC}/{lang}`
async fn edit_profile(
    State(state): State<AppState>,
    staff: Staff,
    Path((country, language)): Path<(String, String)>,
) -> Response {
    if let Err(response) = may_edit_content(&staff) {
        return response;
    }
    let Some((country, language)) = parse_target(&state, &country, &language) else {
        return crate::accounts::staff_not_found(&staff);
    };
    let profile = state
        .store()
        .country_profile(country, language)
        .await
        .ok()
        .flatten();
    let body = profile.as_ref().map(|p| p.body.clone()).unwrap_or_default();
    let reviewed = profile
        .map(|p| p.last_reviewed.to_string())
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().date().to_string());
    edit_page(
        &staff,
        country,
        language,
        body,
        reviewed,
        crate::forms::FormErrors::new(),
        None,
        StatusCode::OK,
    )
}

#[allow(clippy::too_many_arguments)]
fn edit_page(
    staff: &Staff,
    country: CountryCode,
    language: UiLanguage,
    body: String,
    reviewed: String,
    errors: crate::forms::FormErrors,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let mut chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "staff-nav-countries",
        "/staff/countries",
    );
    chrome.title = format!(
        "{} · {}",
        Translator::new(staff.user.language).country(country),
        language.native_name()
    );
    let page = EditPage {
        action: format!("/staff/countries/{country}/{}", language.code()),
        preview: render_markdown(&body),
        errors,
        notice: notice.map(|key| chrome.t(key)),
        body,
        reviewed,
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    last_reviewed: String,
}

/// `POST /staff/countries/{CC}/{lang}` with `body` and `last_reviewed`: published at once.
async fn save_profile(
    State(state): State<AppState>,
    Path((country, language)): Path<(String, String)>,
    StaffForm { staff, form }: StaffForm<ProfileForm>,
) -> Response {
    if let Err(response) = may_edit_content(&staff) {
        return response;
    }
    let Some((country, language)) = parse_target(&state, &country, &language) else {
        return crate::accounts::staff_not_found(&staff);
    };
    let body = check_body(&form.body);
    let reviewed = time::Date::parse(
        form.last_reviewed.trim(),
        &time::format_description::well_known::Iso8601::DATE,
    );
    let (Ok(body), Ok(last_reviewed)) = (&body, &reviewed) else {
        // Each problem beside its field, in the editor's language.
        let tr = Translator::new(staff.user.language);
        let mut errors = crate::forms::FormErrors::new();
        match body {
            Err(strada_domain::countries::InvalidProfile::Empty) => {
                errors.add(tr, "body", "country-edit-body", "form-error-required")
            }
            Err(strada_domain::countries::InvalidProfile::TooLong) => {
                errors.add(tr, "body", "country-edit-body", "country-error-too-long")
            }
            Ok(_) => {}
        }
        if reviewed.is_err() {
            errors.add(
                tr,
                "last-reviewed",
                "country-edit-reviewed",
                "form-error-date",
            );
        }
        return edit_page(
            &staff,
            country,
            language,
            form.body,
            form.last_reviewed,
            errors,
            Some("country-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let (body, last_reviewed) = (body.clone(), *last_reviewed);
    let profile = CountryProfile {
        country,
        language,
        body: body.clone(),
        last_reviewed,
        demo: false,
    };
    if state.store().save_country_profile(&profile).await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    state.forget_pages();
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::CountryProfileUpdated,
            &format!("{country}/{}", language.code()),
            Outcome::Success,
        )
        .await;
    edit_page(
        &staff,
        country,
        language,
        body,
        last_reviewed.to_string(),
        crate::forms::FormErrors::new(),
        Some("country-saved"),
        StatusCode::OK,
    )
}
