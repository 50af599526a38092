//! `GET /api/v1/countries/{CC}`: a country's information as JSON, in the interface language
//! asked for, with the network's hotlines there.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;
use strada_domain::country_code::CountryCode;
use strada_domain::language::UiLanguage;

use super::{covered, render_markdown};
use crate::AppState;
use crate::directory::api::HotlineJson;
use crate::errors::ApiError;
use crate::params::{FieldErrors, QueryParams};

#[derive(Serialize)]
pub(super) struct CountryJson {
    country: CountryCode,
    language: UiLanguage,
    last_reviewed: String,
    demo: bool,
    markdown: String,
    html: String,
    answers_112: bool,
    hotlines: Vec<HotlineJson>,
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
        .await?
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
            .map(|hotline| HotlineJson::new(hotline, &directory))
            .collect(),
    }))
}
