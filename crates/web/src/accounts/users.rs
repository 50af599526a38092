//! `/staff/users`: org-admins manage their organisation's staff, network-admins everyone's:
//! invite (a one-time link shown to the admin), change a role, disable and enable. The
//! listing and every change are scoped by the access policy in SQL; a user outside the scope
//! answers 404. `/invite/{token}`: the invited person sets their password.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::access::{Action, OrganisationScope, Resource, may_assign, permits, scope};
use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role, User};
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::{NewUser, hash_password, random_token};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::StaffChrome;
use super::session::{MaybeSession, Staff, StaffForm, Submitted};
use super::sign_in::with_cookie;
use crate::AppState;
use crate::content::not_found_page;
use crate::layout::render;

const INVITATION_LIFETIME: Duration = Duration::days(7);

struct UserRow {
    id: String,
    name: String,
    email: String,
    organisation: String,
    role: String,
    role_code: &'static str,
    disabled: bool,
    invited: bool,
    second_factor: bool,
    is_self: bool,
}

#[derive(Template)]
#[template(path = "staff/users.html")]
struct UsersPage {
    chrome: StaffChrome,
    rows: Vec<UserRow>,
    roles: Vec<(&'static str, String)>,
    organisations: Vec<(String, String, bool)>,
    form: InviteForm,
    error: Option<String>,
    notice: Option<String>,
    invitation_link: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

#[derive(Deserialize)]
pub struct NoFields {}

/// What a page shows after an action.
#[derive(Default)]
struct Shown {
    form: InviteForm,
    error: Option<String>,
    notice: Option<String>,
    invitation_link: Option<String>,
}

async fn users_page(
    state: &AppState,
    staff: &Staff,
    users_scope: OrganisationScope,
    shown: Shown,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_user(&staff.user, &staff.session, "users-title", "/staff/users");
    let actor = staff.actor();
    let listing = match state.store().list_users(users_scope).await {
        Ok(listing) => listing,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let rows = listing
        .into_iter()
        .map(|listed| UserRow {
            id: listed.user.id.to_string(),
            name: listed.user.name.as_str().to_owned(),
            email: listed.user.email.to_string(),
            organisation: listed.organisation_name,
            role: chrome.t(&format!("role-{}", listed.user.role)),
            role_code: listed.user.role.code(),
            disabled: listed.user.disabled,
            invited: listed.invited,
            second_factor: listed.user.second_factor_enrolled,
            is_self: listed.user.id == staff.user.id,
        })
        .collect();
    let roles = Role::ALL
        .iter()
        .filter(|role| may_assign(&actor, **role))
        .map(|role| (role.code(), chrome.t(&format!("role-{role}"))))
        .collect();
    let directory = state.directory();
    let organisations = directory
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
    let page = UsersPage {
        rows,
        roles,
        organisations,
        form: shown.form,
        error: shown.error.map(|key| chrome.t(&key)),
        notice: shown.notice.map(|key| chrome.t(&key)),
        invitation_link: shown.invitation_link,
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

/// The scope of user management for this staff member, or the 404 page.
fn managed_scope(staff: &Staff, action: Action) -> Result<OrganisationScope, Response> {
    scope(&staff.actor(), action)
        .ok_or_else(|| not_found_page(staff.user.language, "error-not-found-text"))
}

/// `GET /staff/users`
pub async fn list_users(State(state): State<AppState>, staff: Staff) -> Response {
    match managed_scope(&staff, Action::ViewUsers) {
        Ok(users_scope) => {
            users_page(
                &state,
                &staff,
                users_scope,
                Shown::default(),
                StatusCode::OK,
            )
            .await
        }
        Err(response) => response,
    }
}

/// `POST /staff/users` with `email`, `name`, `role`, `organisation`: an account waiting for
/// its person, and the one-time link that lets them set a password.
pub async fn invite_user(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<InviteForm>,
) -> Response {
    let users_scope = match managed_scope(&staff, Action::ManageUsers) {
        Ok(users_scope) => users_scope,
        Err(response) => return response,
    };
    let refuse = |key: &str, form: InviteForm| Shown {
        form,
        error: Some(key.to_owned()),
        ..Shown::default()
    };
    let email = EmailAddress::parse(&form.email);
    let name = PersonName::parse(&form.name);
    let role = Role::parse(&form.role);
    let organisation = Uuid::parse_str(&form.organisation).ok().filter(|id| {
        permits(
            &staff.actor(),
            Action::ManageUsers,
            Resource::Organisation(*id),
        ) && state.directory().organisation_by_id(*id).is_some()
    });
    let (Ok(email), Ok(name), Ok(role), Some(organisation_id)) = (email, name, role, organisation)
    else {
        return users_page(
            &state,
            &staff,
            users_scope,
            refuse("invite-invalid", form),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if !may_assign(&staff.actor(), role) {
        return users_page(
            &state,
            &staff,
            users_scope,
            refuse("invite-invalid", form),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let new_user = NewUser {
        email: &email,
        name: &name,
        organisation_id,
        role,
        password_hash: None,
        demo: false,
    };
    let user = match state.store().create_user(new_user).await {
        Ok(user) => user,
        Err(strada_store::StoreError::Refused(_)) => {
            return users_page(
                &state,
                &staff,
                users_scope,
                refuse("invite-email-taken", form),
                StatusCode::CONFLICT,
            )
            .await;
        }
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let token = random_token();
    let expires = (OffsetDateTime::now_utc() + INVITATION_LIFETIME)
        .format(&Rfc3339)
        .unwrap_or_default();
    if state
        .store()
        .create_invitation(user.id, &token, &expires)
        .await
        .is_err()
    {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::UserInvited,
            &format!("{} as {}", user.email, user.role),
            Outcome::Success,
        )
        .await;
    let base = state.settings().public_url.clone().unwrap_or_default();
    let shown = Shown {
        notice: Some("invite-created".into()),
        invitation_link: Some(format!("{}/invite/{token}", base.trim_end_matches('/'))),
        ..Shown::default()
    };
    users_page(&state, &staff, users_scope, shown, StatusCode::CREATED).await
}

/// The user an admin acts on: in their scope and not themselves, or 404.
async fn target_user(
    state: &AppState,
    staff: &Staff,
    id: &str,
) -> Result<(User, OrganisationScope), Response> {
    let not_found = || not_found_page(staff.user.language, "error-not-found-text");
    let users_scope = managed_scope(staff, Action::ManageUsers)?;
    let id = Uuid::parse_str(id).map_err(|_| not_found())?;
    let user = state
        .store()
        .user_in_scope(id, users_scope)
        .await
        .ok()
        .flatten()
        .ok_or_else(not_found)?;
    Ok((user, users_scope))
}

/// `POST /staff/users/{id}/role` with `role`.
pub async fn change_role(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<RoleForm>,
) -> Response {
    let (user, users_scope) = match target_user(&state, &staff, &id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
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
                error: Some("role-refused".into()),
                ..Shown::default()
            };
            return users_page(
                &state,
                &staff,
                users_scope,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if state.store().set_user_role(user.id, role).await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::RoleChanged,
            &format!("{}: {} to {role}", user.email, user.role),
            Outcome::Success,
        )
        .await;
    Redirect::to("/staff/users").into_response()
}

/// `POST /staff/users/{id}/disable`: also ends their sessions; their tokens stop working.
pub async fn disable_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, .. }: StaffForm<NoFields>,
) -> Response {
    set_disabled(state, id, staff, true).await
}

/// `POST /staff/users/{id}/enable`
pub async fn enable_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, .. }: StaffForm<NoFields>,
) -> Response {
    set_disabled(state, id, staff, false).await
}

async fn set_disabled(state: AppState, id: String, staff: Staff, disabled: bool) -> Response {
    let (user, users_scope) = match target_user(&state, &staff, &id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if user.id == staff.user.id || !may_assign(&staff.actor(), user.role) {
        let shown = Shown {
            error: Some("role-refused".into()),
            ..Shown::default()
        };
        return users_page(
            &state,
            &staff,
            users_scope,
            shown,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if state
        .store()
        .set_user_disabled(user.id, disabled)
        .await
        .is_err()
    {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let action = if disabled {
        AuditAction::UserDisabled
    } else {
        AuditAction::UserEnabled
    };
    state
        .audit(
            Some(&staff.user),
            "",
            action,
            user.email.as_str(),
            Outcome::Success,
        )
        .await;
    Redirect::to("/staff/users").into_response()
}

#[derive(Template)]
#[template(path = "staff/invitation.html")]
struct InvitationPage {
    chrome: StaffChrome,
    email: String,
    token: String,
    error: Option<String>,
}

/// `GET /invite/{token}`
pub async fn show_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    MaybeSession(session): MaybeSession,
) -> Response {
    let Ok(Some(user)) = state.store().invitation(&token).await else {
        return not_found_page(
            strada_domain::language::UiLanguage::En,
            "invitation-unknown",
        );
    };
    invitation_form(
        &state,
        &headers,
        session,
        &user,
        &token,
        None,
        StatusCode::OK,
    )
    .await
}

async fn invitation_form(
    state: &AppState,
    headers: &HeaderMap,
    session: Option<super::session::CurrentSession>,
    user: &User,
    token: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let (cookie, csrf) = match state.visitor_session(headers, session).await {
        Ok(started) => started,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let chrome = StaffChrome::for_visitor(headers, "invitation-title", &csrf);
    let language = chrome.tr.language();
    let page = InvitationPage {
        email: user.email.to_string(),
        token: token.to_owned(),
        error: error.map(|key| chrome.t(key)),
        chrome,
    };
    let response = render(&page, status).into_response(language);
    match cookie {
        Some(cookie) => with_cookie(response, cookie),
        None => response,
    }
}

#[derive(Deserialize)]
pub struct InvitationForm {
    #[serde(default)]
    new_password: String,
}

/// `POST /invite/{token}` with `new_password`.
pub async fn accept_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    submitted: Submitted<InvitationForm>,
) -> Response {
    let Ok(Some(user)) = state.store().invitation(&token).await else {
        return not_found_page(
            strada_domain::language::UiLanguage::En,
            "invitation-unknown",
        );
    };
    let password = match NewPassword::parse(&submitted.form.new_password) {
        Ok(password) => password,
        Err(weak) => {
            let key = super::weak_password_message(weak);
            return invitation_form(
                &state,
                &headers,
                Some(submitted.session),
                &user,
                &token,
                Some(key),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match state
        .store()
        .accept_invitation(&token, &hash_password(&password))
        .await
    {
        Ok(Some(user)) => {
            state
                .audit(
                    Some(&user),
                    "",
                    AuditAction::InvitationAccepted,
                    "",
                    Outcome::Success,
                )
                .await;
            Redirect::to("/login").into_response()
        }
        Ok(None) => not_found_page(
            strada_domain::language::UiLanguage::En,
            "invitation-unknown",
        ),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}
