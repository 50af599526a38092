//! `/staff/users`: org-admins manage their organisation's staff, network-admins everyone's:
//! the listing (with waiting invitations), change a role, disable and enable; inviting is in
//! `invitations`. The listing and every change are scoped by the access policy in SQL; a user
//! outside the scope answers 404. A change of role or disabling ends the user's API tokens.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::{Action, Resource, may_assign, permits};
use strada_domain::accounts::{Role, User};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::UserId;

use crate::AppState;
use crate::accounts::input::{InvitationForm, NoFields, RoleForm, refused_change};
use crate::accounts::views::{InvitationRow, UserRow, UsersPage};
use crate::errors::PageError;
use crate::forms::FormErrors;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::guard::{ManageUsers, Permission, ViewUsers};
use crate::staff::{Permitted, PermittedForm, StaffChrome};

/// What the page shows after an action (message keys, translated when shown).
#[derive(Default)]
pub(super) struct Shown {
    /// The invitation form as typed.
    pub form: InvitationForm,
    /// What is wrong, beside its field: the invitation's, or a refused change of a row.
    pub errors: FormErrors,
    pub notice: Option<&'static str>,
    pub invitation_link: Option<String>,
}

/// The translator of the administrator who reads the page.
pub(super) fn reader<P: Permission>(permitted: &Permitted<P>) -> Translator {
    Translator::new(permitted.user.language)
}

/// The listing in the administrator's scope, with what `shown` says.
pub(super) async fn users_page<P: Permission>(
    state: &AppState,
    permitted: &Permitted<P>,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (staff, users_scope) = (&permitted.caller, permitted.scope);
    let chrome = StaffChrome::for_staff(staff, "users-title", "/staff/users");
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
    let page = UsersPage {
        rows,
        invitations,
        roles,
        organisations,
        form,
        errors: shown.errors,
        notice: shown.notice.map(|key| chrome.t(key)),
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
    users_page(&state, &permitted, Shown::default(), StatusCode::OK).await
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

/// A change of `user` refused: the listing, with the refusal beside the row.
async fn refuse_change(
    state: &AppState,
    permitted: &Permitted<ManageUsers>,
    user: UserId,
) -> Result<Response, PageError> {
    let shown = Shown {
        errors: refused_change(reader(permitted), user),
        ..Shown::default()
    };
    users_page(state, permitted, shown, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `POST /staff/users/{id}/role` with `role`.
pub async fn change_role(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<ManageUsers, RoleForm>,
) -> Result<Response, PageError> {
    let user = target_user(&state, &permitted, &id).await?;
    let staff = &permitted.caller;
    let role = form.parse(reader(&permitted), user.id).ok().filter(|role| {
        may_assign(&staff.actor(), *role)
            && may_assign(&staff.actor(), user.role)
            && user.id != staff.user.id
    });
    let Some(role) = role else {
        return refuse_change(&state, &permitted, user.id).await;
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
    let staff = &permitted.caller;
    if user.id == staff.user.id || !may_assign(&staff.actor(), user.role) {
        return refuse_change(state, permitted, user.id).await;
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
