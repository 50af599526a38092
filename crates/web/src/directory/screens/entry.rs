//! One organisation's directory entry, `/staff/organisations/{id}`: the profile form and one
//! form per hotline, plus one to add a hotline (whose handlers are in `hotlines`). Each form carries the entry's version; the
//! store saves a change only on that version, so two people editing at once never overwrite
//! each other: the second is told, with what they typed kept.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::{Action, Resource, permits};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::directory::{AssistanceService, HotlineHours, HotlinePurpose, Organisation};
use strada_domain::ids::{HotlineId, OrganisationId};
use strada_store::directory::edits::DirectoryEdit;

use super::{may_create, membership_choices, screen_chrome};
use crate::AppState;
use crate::directory::input::{Field, HotlineInput, Problem, Problems, ProfileInput};
use crate::errors::PageError;
use crate::forms::{Chosen, FormErrors, language_choices};
use crate::layout::render;
use crate::staff::guard::EditDirectoryEntry;
use crate::staff::{Permitted, PermittedForm, Staff, StaffChrome};

/// One hotline's form (or the form of a new one).
struct HotlineForm {
    /// The prefix of its fields' ids.
    prefix: String,
    action: String,
    remove_action: Option<String>,
    title: String,
    form: HotlineInput,
    errors: FormErrors,
    languages: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "directory/organisation.html")]
struct EntryPage {
    chrome: StaffChrome,
    name: String,
    country: String,
    public_href: String,
    action: String,
    version: i64,
    profile: ProfileInput,
    profile_errors: FormErrors,
    may_change_membership: bool,
    memberships: Vec<(&'static str, String)>,
    services: Vec<(&'static str, String)>,
    languages: Vec<(String, String)>,
    zones: Vec<String>,
    purposes: Vec<(&'static str, String)>,
    hours: Vec<(&'static str, String)>,
    hotlines: Vec<HotlineForm>,
    notice: Option<String>,
    notice_is_error: bool,
}

/// Which form came back, with what was typed, and what to say.
pub(super) enum Returned {
    Nothing,
    Profile(ProfileInput, Problems),
    Hotline(Option<HotlineId>, HotlineInput, Problems),
}

/// The prefix of the ids of a hotline's fields: the hotline's, or the new one's.
pub(super) fn hotline_prefix(id: Option<HotlineId>) -> String {
    id.map_or("hotline-new".to_owned(), |id| format!("hotline-{id}"))
}

/// The languages a form offers, those it holds kept.
fn kept_languages(tr: crate::i18n::Translator, typed: &[String]) -> Vec<(String, String)> {
    let tags: Vec<&str> = typed
        .iter()
        .map(String::as_str)
        .filter(|tag| !tag.is_empty())
        .collect();
    language_choices(tr, &tags)
}

pub(super) fn entry_page(
    state: &AppState,
    staff: &Staff,
    organisation: &Organisation,
    returned: Returned,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let chrome = screen_chrome(staff, "organisation-edit-title");
    let tr = chrome.tr;
    let base = format!("/staff/organisations/{}", organisation.id);
    let directory = state.directory();
    let (mut profile, mut profile_problems) = (ProfileInput::of(organisation), Problems::default());
    let mut returned_hotline = None;
    match returned {
        Returned::Nothing => {}
        Returned::Profile(form, problems) => (profile, profile_problems) = (form, problems),
        Returned::Hotline(id, form, problems) => returned_hotline = Some((id, form, problems)),
    }
    let hotline_form = |id: Option<HotlineId>, form: HotlineInput, problems: &Problems| {
        let prefix = hotline_prefix(id);
        HotlineForm {
            errors: problems.in_words(tr, &prefix),
            prefix,
            action: id.map_or(format!("{base}/hotlines"), |id| {
                format!("{base}/hotlines/{id}")
            }),
            remove_action: id.map(|id| format!("{base}/hotlines/{id}/remove")),
            title: String::new(),
            languages: kept_languages(tr, &form.languages),
            form,
        }
    };
    let mut hotlines: Vec<HotlineForm> = directory
        .hotlines_of(organisation)
        .into_iter()
        .map(|hotline| {
            let (form, problems) = match &returned_hotline {
                Some((Some(id), form, problems)) if *id == hotline.id => (form.clone(), problems),
                _ => (HotlineInput::of(hotline), &Problems::default()),
            };
            HotlineForm {
                title: format!(
                    "{} · {}",
                    tr.label(hotline.purpose),
                    hotline.number.as_str()
                ),
                ..hotline_form(Some(hotline.id), form, problems)
            }
        })
        .collect();
    let new_hotline = match returned_hotline {
        Some((None, form, problems)) => hotline_form(None, form, &problems),
        _ => hotline_form(None, HotlineInput::new_today(), &Problems::default()),
    };
    hotlines.push(HotlineForm {
        title: tr.t("hotline-add-title"),
        ..new_hotline
    });
    let mut zones: Vec<String> = strada_domain::time_zone::region_zones()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let zone = organisation.time_zone.name().to_owned();
    if !zones.contains(&zone) {
        zones.push(zone);
    }
    let page = EntryPage {
        name: organisation.name.clone(),
        country: tr.country(organisation.country),
        public_href: format!("/{}/members/{}", chrome.lang(), organisation.slug),
        action: base,
        version: organisation.version,
        languages: kept_languages(tr, &profile.languages),
        profile_errors: profile_problems.in_words(tr, ProfileInput::PREFIX),
        profile,
        may_change_membership: may_create(staff),
        memberships: membership_choices(&chrome),
        services: tr.choices::<AssistanceService>(),
        zones,
        purposes: tr.choices::<HotlinePurpose>(),
        hours: tr.choices::<HotlineHours>(),
        hotlines,
        notice_is_error: status.is_client_error(),
        notice: notice.map(|key| tr.t(key)),
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

/// The organisation at `id` if the user may edit it, else the staff 404.
pub(super) fn editable(
    state: &AppState,
    staff: &Staff,
    id: &str,
) -> Result<Organisation, PageError> {
    let organisation = id
        .parse::<OrganisationId>()
        .ok()
        .and_then(|id| state.directory().organisation_by_id(id).cloned())
        .filter(|organisation| {
            permits(
                &staff.actor(),
                Action::EditDirectoryEntry,
                Resource::Organisation(organisation.id),
            )
        });
    organisation.ok_or(PageError::NotFound)
}

/// `GET /staff/organisations/{id}`; `?saved` after a change says it was saved.
pub async fn show_entry(
    State(state): State<AppState>,
    permitted: Permitted<EditDirectoryEntry>,
    Path(id): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Result<Response, PageError> {
    let organisation = editable(&state, &permitted, &id)?;
    let notice = (query.as_deref() == Some("saved")).then_some("organisation-saved");
    Ok(entry_page(
        &state,
        &permitted,
        &organisation,
        Returned::Nothing,
        notice,
        StatusCode::OK,
    ))
}

/// What a store edit means for the page: saved (audit, reload, redirect) or refused.
pub(super) async fn conclude(
    state: &AppState,
    staff: &Staff,
    organisation: &Organisation,
    edit: DirectoryEdit,
    action: AuditAction,
    target: String,
    returned: Returned,
) -> Result<Response, PageError> {
    let (notice, status, returned) = match edit {
        DirectoryEdit::Saved { .. } => {
            state.reload_directory().await?;
            // The secretariat's edit of a member's entry is the member's to see too.
            state
                .audit_about(
                    Some(&staff.user),
                    action,
                    &target,
                    organisation.id,
                    Outcome::Success,
                )
                .await;
            let href = format!("/staff/organisations/{}?saved", organisation.id);
            return Ok(Redirect::to(&href).into_response());
        }
        DirectoryEdit::Stale => ("organisation-stale", StatusCode::CONFLICT, returned),
        DirectoryEdit::NumberTaken => {
            let returned = match returned {
                Returned::Hotline(id, form, _) => {
                    Returned::Hotline(id, form, Problems::one(Field::Number, Problem::NumberTaken))
                }
                other => other,
            };
            ("organisation-form-invalid", StatusCode::CONFLICT, returned)
        }
        DirectoryEdit::Missing => return Err(PageError::NotFound),
    };
    // Someone else's change may have been saved: the page shows the entry as it is now, with
    // the form that came back as it was typed (and the current version, to save it again).
    state.reload_directory().await?;
    let current = state
        .directory()
        .organisation_by_id(organisation.id)
        .cloned()
        .unwrap_or_else(|| organisation.clone());
    Ok(entry_page(
        state,
        staff,
        &current,
        returned,
        Some(notice),
        status,
    ))
}

/// `POST /staff/organisations/{id}`: the profile and services.
pub async fn update_profile(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, ProfileInput>,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let organisation = editable(&state, staff, &id)?;
    let problems = match form.parse(&organisation, may_create(staff)) {
        Ok((changed, Some(version))) => {
            let edit = state.store().update_organisation(&changed, version).await?;
            let target = organisation.slug.to_string();
            let returned = Returned::Profile(form, Problems::default());
            let action = AuditAction::OrganisationUpdated;
            return conclude(&state, staff, &organisation, edit, action, target, returned).await;
        }
        Ok((_, None)) => Problems::default(),
        Err(problems) => problems,
    };
    Ok(refused(
        &state,
        staff,
        &organisation,
        Returned::Profile(form, problems),
    ))
}

/// The entry's page with the form that came back as typed, and its problems.
pub(super) fn refused(
    state: &AppState,
    staff: &Staff,
    organisation: &Organisation,
    returned: Returned,
) -> Response {
    entry_page(
        state,
        staff,
        organisation,
        returned,
        Some("organisation-form-invalid"),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}
