//! The editors' screens, for those who may write the network's public content: every country's profiles with their review dates, and the form that
//! publishes an edit at once (and reloads the snapshot, which carries the national lines).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::countries::CountryProfile;
use strada_domain::country_code::CountryCode;
use strada_domain::language::UiLanguage;

use super::input::ProfileInput;
use super::{covered, render_markdown};
use crate::AppState;
use crate::errors::PageError;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::guard::EditContent;
use crate::staff::{Permitted, PermittedForm, Staff, StaffChrome};

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

/// `GET /staff/countries`: every country and language, with its review date.
pub(super) async fn list_profiles(
    State(state): State<AppState>,
    permitted: Permitted<EditContent>,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let chrome = StaffChrome::for_staff(staff, "staff-nav-countries", "/staff/countries");
    let existing = state.store().list_country_profiles().await?;
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
    Ok(render(&ProfilesPage { chrome, rows }, StatusCode::OK).into_response(staff.user.language))
}

/// The profile an address names, or the staff 404 for a country outside the network.
fn parse_target(
    state: &AppState,
    country: &str,
    language: &str,
) -> Result<(CountryCode, UiLanguage), PageError> {
    let country = CountryCode::parse(country)
        .ok()
        .filter(|c| covered(state, *c));
    country
        .zip(UiLanguage::from_code(language))
        .ok_or(PageError::NotFound)
}

/// `GET /staff/countries/{CC}/{lang}`
pub(super) async fn edit_profile(
    State(state): State<AppState>,
    permitted: Permitted<EditContent>,
    Path((country, language)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (country, language) = parse_target(&state, &country, &language)?;
    let profile = state.store().country_profile(country, language).await?;
    let body = profile.as_ref().map(|p| p.body.clone()).unwrap_or_default();
    let reviewed = profile
        .map(|p| p.last_reviewed.to_string())
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().date().to_string());
    Ok(edit_page(
        &permitted,
        country,
        language,
        body,
        reviewed,
        crate::forms::FormErrors::new(),
        None,
        StatusCode::OK,
    ))
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
    let mut chrome = StaffChrome::for_staff(staff, "staff-nav-countries", "/staff/countries");
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

/// `POST /staff/countries/{CC}/{lang}` with `body` and `last_reviewed`: published at once.
pub(super) async fn save_profile(
    State(state): State<AppState>,
    Path((country, language)): Path<(String, String)>,
    PermittedForm { permitted, form }: PermittedForm<EditContent, ProfileInput>,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let (country, language) = parse_target(&state, &country, &language)?;
    let (body, last_reviewed) = match form.read(Translator::new(staff.user.language)) {
        Ok(read) => read,
        Err(errors) => {
            return Ok(edit_page(
                staff,
                country,
                language,
                form.body,
                form.last_reviewed,
                errors,
                Some("country-invalid"),
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let profile = CountryProfile {
        country,
        language,
        body: body.clone(),
        last_reviewed,
        demo: false,
    };
    state.store().save_country_profile(&profile).await?;
    // The snapshot carries the national line a profile names: read it again, which also
    // forgets every page rendered from the old profile.
    state.reload_directory().await?;
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::CountryProfileUpdated,
            &format!("{country}/{}", language.code()),
            Outcome::Success,
        )
        .await;
    Ok(edit_page(
        staff,
        country,
        language,
        body,
        last_reviewed.to_string(),
        crate::forms::FormErrors::new(),
        Some("country-saved"),
        StatusCode::OK,
    ))
}
