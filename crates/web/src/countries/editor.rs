//! The editors' pages: every country's profiles with their review dates, and the form that
//! publishes an edit at once (and reloads the snapshot, which carries the national lines).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use strada_domain::access::{Action, Resource, permits};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::countries::{CountryProfile, check_body};
use strada_domain::country_code::CountryCode;
use strada_domain::language::UiLanguage;

use super::{covered, render_markdown};
use crate::AppState;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::{Staff, StaffForm};

/// A country's row: its name, and per language the edit link, the code and the review date.
type ProfileRow = (String, Vec<(String, String, Option<String>)>);

#[derive(Template)]
#[template(path = "countries/profiles.html")]
struct ProfilesPage {
    chrome: StaffChrome,
    rows: Vec<ProfileRow>,
}

#[derive(Template)]
#[template(path = "countries/profile_edit.html")]
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
        Err(crate::staff::staff_not_found(staff))
    }
}

/// `GET /staff/countries`: every country and language, with its review date.
pub(super) async fn list_profiles(State(state): State<AppState>, staff: Staff) -> Response {
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
    let mut rows: Vec<ProfileRow> = state
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
    chrome.tr.sort_by_name(&mut rows, |(name, _)| name);
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
pub(super) async fn edit_profile(
    State(state): State<AppState>,
    staff: Staff,
    Path((country, language)): Path<(String, String)>,
) -> Response {
    if let Err(response) = may_edit_content(&staff) {
        return response;
    }
    let Some((country, language)) = parse_target(&state, &country, &language) else {
        return crate::staff::staff_not_found(&staff);
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
pub(super) async fn save_profile(
    State(state): State<AppState>,
    Path((country, language)): Path<(String, String)>,
    StaffForm { staff, form }: StaffForm<ProfileForm>,
) -> Response {
    if let Err(response) = may_edit_content(&staff) {
        return response;
    }
    let Some((country, language)) = parse_target(&state, &country, &language) else {
        return crate::staff::staff_not_found(&staff);
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
    // The snapshot carries the national line a profile names: read it again, which also
    // forgets every page rendered from the old profile.
    if state.reload_directory().await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
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
