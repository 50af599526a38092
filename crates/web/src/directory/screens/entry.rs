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
use strada_domain::directory::{
    AssistanceService, Hotline, HotlineHours, HotlinePurpose, Organisation,
};
use strada_domain::ids::{HotlineId, OrganisationId};
use strada_store::directory::edits::DirectoryEdit;

use super::{may_create, membership_choices};
use crate::AppState;
use crate::directory::input::{Reader, read_profile, read_version, today};
use crate::errors::PageError;
use crate::forms::{FormErrors, FormValues, language_choices};
use crate::i18n::Translator;
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
    form: FormValues,
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
    profile: FormValues,
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
    Profile(FormValues, FormErrors),
    Hotline(Option<HotlineId>, FormValues, FormErrors),
}

fn profile_values(organisation: &Organisation) -> FormValues {
    let mut pairs = vec![
        ("name".to_owned(), organisation.name.clone()),
        (
            "city".to_owned(),
            organisation.city.clone().unwrap_or_default(),
        ),
        (
            "website".to_owned(),
            organisation.website.clone().unwrap_or_default(),
        ),
        (
            "membership".to_owned(),
            organisation.membership.code().to_owned(),
        ),
        (
            "time_zone".to_owned(),
            organisation.time_zone.name().to_owned(),
        ),
    ];
    pairs.extend(
        organisation
            .languages
            .iter()
            .map(|tag| ("languages".to_owned(), tag.to_string())),
    );
    pairs.extend(
        organisation
            .services
            .iter()
            .map(|service| ("services".to_owned(), service.code().to_owned())),
    );
    FormValues::from_pairs(pairs)
}

fn hotline_values(hotline: &Hotline) -> FormValues {
    let mut pairs = vec![
        ("number".to_owned(), hotline.number.as_str().to_owned()),
        ("purpose".to_owned(), hotline.purpose.code().to_owned()),
        ("hours".to_owned(), hotline.hours.code().to_owned()),
        (
            "last_verified".to_owned(),
            hotline.last_verified.to_string(),
        ),
    ];
    if hotline.free_of_charge {
        pairs.push(("free_of_charge".into(), "on".into()));
    }
    pairs.extend(
        hotline
            .languages
            .iter()
            .map(|tag| ("languages".to_owned(), tag.to_string())),
    );
    FormValues::from_pairs(pairs)
}

pub(super) fn entry_page(
    state: &AppState,
    staff: &Staff,
    organisation: &Organisation,
    returned: Returned,
    notice: Option<&str>,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "organisation-edit-title",
        "/staff/organisations",
    );
    let tr = chrome.tr;
    let base = format!("/staff/organisations/{}", organisation.id);
    let directory = state.directory();
    let (mut profile, mut profile_errors) = (profile_values(organisation), FormErrors::new());
    let mut returned_hotline = None;
    match returned {
        Returned::Nothing => {}
        Returned::Profile(form, errors) => (profile, profile_errors) = (form, errors),
        Returned::Hotline(id, form, errors) => returned_hotline = Some((id, form, errors)),
    }
    let kept = |tags: Vec<&str>| language_choices(tr, &tags);
    let mut hotlines: Vec<HotlineForm> = directory
        .hotlines_of(organisation)
        .into_iter()
        .map(|hotline| {
            let (form, errors) = match &mut returned_hotline {
                Some((Some(id), form, errors)) if *id == hotline.id => {
                    (form.clone(), std::mem::take(errors))
                }
                _ => (hotline_values(hotline), FormErrors::new()),
            };
            HotlineForm {
                prefix: format!("hotline-{}", hotline.id),
                action: format!("{base}/hotlines/{}", hotline.id),
                remove_action: Some(format!("{base}/hotlines/{}/remove", hotline.id)),
                title: format!(
                    "{} · {}",
                    tr.label(hotline.purpose),
                    hotline.number.as_str()
                ),
                languages: kept(form.values("languages")),
                form,
                errors,
            }
        })
        .collect();
    let (new_form, new_errors) = match returned_hotline {
        Some((None, form, errors)) => (form, errors),
        _ => (
            FormValues::from_pairs(vec![("last_verified".into(), today().to_string())]),
            FormErrors::new(),
        ),
    };
    hotlines.push(HotlineForm {
        prefix: "hotline-new".into(),
        action: format!("{base}/hotlines"),
        remove_action: None,
        title: tr.t("hotline-add-title"),
        languages: kept(new_form.values("languages")),
        form: new_form,
        errors: new_errors,
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
        languages: kept(profile.values("languages")),
        profile,
        profile_errors,
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
                    let mut errors = FormErrors::new();
                    let prefix = id.map_or("hotline-new".to_owned(), |id| format!("hotline-{id}"));
                    errors.add(
                        Translator::new(staff.user.language),
                        &format!("{prefix}-number"),
                        "hotline-number",
                        "hotline-error-number-taken",
                    );
                    Returned::Hotline(id, form, errors)
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
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let organisation = editable(&state, staff, &id)?;
    let form = FormValues::from_pairs(form);
    let tr = Translator::new(staff.user.language);
    let mut reader = Reader::new(&form, tr);
    let parsed = read_profile(&mut reader, &organisation, may_create(staff));
    let (Some(changed), Some(version)) = (parsed, read_version(&form)) else {
        let errors = reader.errors;
        return Ok(entry_page(
            &state,
            staff,
            &organisation,
            Returned::Profile(form, errors),
            Some("organisation-form-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    let edit = state.store().update_organisation(&changed, version).await?;
    conclude(
        &state,
        staff,
        &organisation,
        edit,
        AuditAction::OrganisationUpdated,
        organisation.slug.to_string(),
        Returned::Profile(form, FormErrors::new()),
    )
    .await
}
