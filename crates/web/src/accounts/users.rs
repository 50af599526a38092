//! `/staff/users`: org-admins manage their organisation's staff, network-admins everyone's:
//! the listing (with waiting invitations), change a role, disable and enable; inviting is in
//! `invitations`. The listing and every change are scoped by the access policy in SQL; a user
//! outside the scope answers 404. A change of role or disabling ends the user's API tokens.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::access::{Action, OrganisationScope, Resource, may_assign, permits};
use strada_domain::accounts::{Role, User};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::UserId;

use crate::AppState;
use crate::errors::PageError;
use crate::forms::FormErrors;
use crate::layout::render;
use crate::staff::guard::{ManageUsers, ViewUsers};
use crate::staff::{Permitted, PermittedForm, Staff, StaffChrome};

struct UserRow {
    id: String,
    /// The id of the row's role field (`role-{id}`), for its error.
    role_field: String,
    name: String,
    email: String,
    organisation: String,
    role: String,
    role_code: &'static str,
    disabled: bool,
    second_factor: bool,
    is_self: bool,
}

struct InvitationRow {
    name: String,
    email: String,
    organisation: String,
    role: String,
}

#[derive(Template)]
#[template(path = "accounts/users.html")]
struct UsersPage {
    chrome: StaffChrome,
    rows: Vec<UserRow>,
    invitations: Vec<InvitationRow>,
    roles: Vec<(&'static str, String)>,
    organisations: Vec<(String, String, bool)>,
    form: InviteForm,
    /// What is wrong, beside each field and in the summary (`staff/form_errors.html`).
    errors: FormErrors,
    notice: Option<String>,
    invitation_link: Option<String>,
}

/// The invitation form as typed, kept to show again with its errors.
#[derive(Deserialize, Default, Clone)]
pub struct InviteForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organisation: String,
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

#[derive(Deserialize)]
pub struct NoFields {}

/// What a page shows after an action (message keys, translated when shown).
#[derive(Default)]
pub(super) struct Shown {
    pub form: InviteForm,
    /// Invitation fields in error: (field, message key).
    pub field_errors: Vec<(&'static str, &'static str)>,
    /// The user whose role change (or disabling) was refused.
    pub refused_row: Option<UserId>,
    pub notice: Option<String>,
    pub invitation_link: Option<String>,
}

pub(super) async fn users_page(
    state: &AppState,
    staff: &Staff,
    users_scope: OrganisationScope,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, PageError> {
    let chrome = StaffChrome::for_user(&staff.user, &staff.session, "users-title", "/staff/users");
    let actor = staff.actor();
    let listing = state.store().list_users(users_scope).await?;
    let waiting = state.store().list_invitations(users_scope).await?;
    let mut invitations: Vec<InvitationRow> = waiting
        .into_iter()
        .map(|listed| InvitationRow {
            name: listed.invitation.name.as_str().to_owned(),
            email: listed.invitation.email.to_string(),
            organisation: listed.organisation_name,
            role: chrome.tr.label(listed.invitation.role),
        })
        .collect();
    let mut rows: Vec<UserRow> = listing
        .into_iter()
        .map(|listed| UserRow {
            id: listed.user.id.to_string(),
            role_field: format!("role-{}", listed.user.id),
            name: listed.user.name.as_str().to_owned(),
            email: listed.user.email.to_string(),
            organisation: listed.organisation_name,
            role: chrome.tr.label(listed.user.role),
            role_code: listed.user.role.code(),
            disabled: listed.user.disabled,
            second_factor: listed.user.second_factor_enrolled,
            is_self: listed.user.id == staff.user.id,
        })
        .collect();
    // The store lists them by organisation and name in byte order; people read them as
    // their language sorts.
    chrome
        .tr
        .sort_by_names(&mut invitations, |row| [&row.organisation, &row.name]);
    chrome
        .tr
        .sort_by_names(&mut rows, |row| [&row.organisation, &row.name]);
    let roles = Role::ALL
        .iter()
        .filter(|role| may_assign(&actor, **role))
        .map(|role| (role.code(), chrome.tr.label(*role)))
        .collect();
    let directory = state.directory();
    let mut organisations: Vec<(String, String, bool)> = directory
        .organisations()
        .iter()
        .filter(|organisation| {
            permits(
                &actor,
                Action::ManageUsers,
                Resource::Organisation(organisation.id),
            )
        })
        .map(|organisation| {
            let id = organisation.id.to_string();
            let selected = shown.form.organisation == id
                || (shown.form.organisation.is_empty()
                    && organisation.id == staff.user.organisation_id);
            (id, organisation.name.clone(), selected)
        })
        .collect();
    chrome
        .tr
        .sort_by_name(&mut organisations, |(_, name, _)| name);
    let mut form = shown.form;
    if form.role.is_empty() {
        // Invitations start at the least powerful role; more is a deliberate choice.
        form.role = Role::LEAST_POWERFUL.code().to_owned();
    }
    let tr = chrome.tr;
    let mut errors = FormErrors::new();
    if let Some(id) = shown.refused_row {
        errors.add(tr, &format!("role-{id}"), "users-role", "role-refused");
    }
    for (field, key) in &shown.field_errors {
        let label = match *field {
            "name" => "users-name",
            "email" => "sign-in-email",
            "role" => "users-role",
            _ => "users-organisation",
        };
        errors.add(tr, &format!("invite-{field}"), label, key);
    }
    let page = UsersPage {
        rows,
        invitations,
        roles,
        organisations,
        form,
        errors,
        notice: shown.notice.map(|key| chrome.t(&key)),
        invitation_link: shown.invitation_link,
        chrome,
    };
    Ok(render(&page, status).into_response(staff.user.language))
}

/// `GET /staff/users`
pub async fn list_users(
    State(state): State<AppState>,
    permitted: Permitted<ViewUsers>,
) -> Result<Response, PageError> {
    users_page(
        &state,
        &permitted,
        permitted.scope,
        Shown::default(),
        StatusCode::OK,
    )
    .await
}

/// The user an administrator acts on, in their scope, or the staff 404.
async fn target_user(
    state: &AppState,
    permitted: &Permitted<ManageUsers>,
    id: &str,
) -> Result<User, PageError> {
    let id = id.parse::<UserId>().map_err(|_| PageError::NotFound)?;
    state
        .store()
        .user_in_scope(id, permitted.scope)
        .await?
        .ok_or(PageError::NotFound)
}

/// `POST /staff/users/{id}/role` with `role`.
pub async fn change_role(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<ManageUsers, RoleForm>,
) -> Result<Response, PageError> {
    let user = target_user(&state, &permitted, &id).await?;
    let (staff, users_scope) = (&permitted.caller, permitted.scope);
    let role = match Role::parse(&form.role) {
        Ok(role)
            if may_assign(&staff.actor(), role)
                && may_assign(&staff.actor(), user.role)
                && user.id != staff.user.id =>
        {
            role
        }
        _ => {
            let shown = Shown {
                refused_row: Some(user.id),
                ..Shown::default()
            };
            return users_page(
                &state,
                staff,
                users_scope,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    state.store().set_user_role(user.id, role).await?;
    state
        .audit_about(
            Some(&staff.user),
            AuditAction::RoleChanged,
            &format!("{}: {} to {role}", user.email, user.role),
            user.organisation_id,
            Outcome::Success,
        )
        .await;
    Ok(Redirect::to("/staff/users").into_response())
}

/// `POST /staff/users/{id}/disable`: also ends their sessions; their tokens stop working.
pub async fn disable_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, .. }: PermittedForm<ManageUsers, NoFields>,
) -> Result<Response, PageError> {
    set_disabled(&state, &id, &permitted, true).await
}

/// `POST /staff/users/{id}/enable`
pub async fn enable_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, .. }: PermittedForm<ManageUsers, NoFields>,
) -> Result<Response, PageError> {
    set_disabled(&state, &id, &permitted, false).await
}

async fn set_disabled(
    state: &AppState,
    id: &str,
    permitted: &Permitted<ManageUsers>,
    disabled: bool,
) -> Result<Response, PageError> {
    let user = target_user(state, permitted, id).await?;
    let (staff, users_scope) = (&permitted.caller, permitted.scope);
    if user.id == staff.user.id || !may_assign(&staff.actor(), user.role) {
        let shown = Shown {
            refused_row: Some(user.id),
            ..Shown::default()
        };
        return users_page(
            state,
            staff,
            users_scope,
            shown,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    state.store().set_user_disabled(user.id, disabled).await?;
    let action = if disabled {
        AuditAction::UserDisabled
    } else {
        AuditAction::UserEnabled
    };
    state
        .audit_about(
            Some(&staff.user),
            action,
            user.email.as_str(),
            user.organisation_id,
            Outcome::Success,
        )
        .await;
    Ok(Redirect::to("/staff/users").into_response())
}
