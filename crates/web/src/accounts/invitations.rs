//! Inviting a colleague: an administrator names the person, the role (the least powerful
//! unless chosen) and the organisation, and gets a one-time link to send them; the account is
//! made when the person opens it and sets a password.
//!
//! Invariants: an invitation answers the same whether or not the address has an account
//! elsewhere in the network (only addresses the administrator can already see are refused),
//! so inviting cannot probe other organisations' staff; the token never travels in a path
//! (which is logged), only in the link's query and in a posted field.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::access::{Action, Resource, may_assign, permits};
use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::OrganisationId;
use strada_store::accounts::{Acceptance, Invitation, hash_password, random_token};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use super::sign_in::with_cookie;
use super::users::{InviteForm, Shown, users_page};
use crate::AppState;
use crate::errors::{PageError, not_found_page};
use crate::layout::browser_language;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::guard::ManageUsers;
use crate::staff::{PermittedForm, VisitorForm};

const INVITATION_LIFETIME: Duration = Duration::days(7);

/// Reads the invitation form into an invitation, naming every field in error.
fn read_invitation(
    state: &AppState,
    staff: &crate::staff::session::Staff,
    form: &InviteForm,
) -> Result<Invitation, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let name = PersonName::parse(&form.name)
        .map_err(|_| errors.push(("name", "invite-name-invalid")))
        .ok();
    let email = EmailAddress::parse(&form.email)
        .map_err(|_| errors.push(("email", "invite-email-invalid")))
        .ok();
    let role = Role::parse(&form.role)
        .ok()
        .filter(|role| may_assign(&staff.actor(), *role));
    if role.is_none() {
        errors.push(("role", "invite-role-invalid"));
    }
    let organisation_id = form
        .organisation
        .parse::<OrganisationId>()
        .ok()
        .filter(|id| {
            permits(
                &staff.actor(),
                Action::ManageUsers,
                Resource::Organisation(*id),
            ) && state.directory().organisation_by_id(*id).is_some()
        });
    if organisation_id.is_none() {
        errors.push(("organisation", "invite-organisation-invalid"));
    }
    match (name, email, role, organisation_id) {
        (Some(name), Some(email), Some(role), Some(organisation_id)) => Ok(Invitation {
            email,
            name,
            organisation_id,
            role,
        }),
        _ => Err(errors),
    }
}

/// The address people open links at: the configured public address, else the one this
/// request came to.
fn public_base(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(base) = &state.settings().public_url {
        return base.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if state.settings().secure {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

/// `POST /staff/users` with `email`, `name`, `role`, `organisation`: an invitation, and the
/// one-time link that lets the person make their account.
pub async fn invite_user(
    State(state): State<AppState>,
    headers: HeaderMap,
    PermittedForm { permitted, form }: PermittedForm<ManageUsers, InviteForm>,
) -> Result<Response, PageError> {
    let (staff, users_scope) = (&permitted.caller, permitted.scope);
    let invitation = match read_invitation(&state, staff, &form) {
        Ok(invitation) => invitation,
        Err(field_errors) => {
            let shown = Shown {
                form,
                field_errors,
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
    // Only an address the administrator already sees in their listing is refused; one that
    // belongs to another organisation is invited like a new one, and its link will say so to
    // whoever holds the address.
    if state
        .store()
        .email_in_scope(&invitation.email, users_scope)
        .await?
    {
        let shown = Shown {
            form,
            field_errors: vec![("email", "invite-email-taken")],
            ..Shown::default()
        };
        return users_page(&state, staff, users_scope, shown, StatusCode::CONFLICT).await;
    }
    let token = random_token();
    let expires = (OffsetDateTime::now_utc() + INVITATION_LIFETIME)
        .format(&Rfc3339)
        .unwrap_or_default();
    state
        .store()
        .create_invitation(&invitation, &token, staff.user.id, &expires)
        .await?;
    state
        .audit_about(
            Some(&staff.user),
            AuditAction::UserInvited,
            &format!("{} as {}", invitation.email, invitation.role),
            invitation.organisation_id,
            Outcome::Success,
        )
        .await;
    let shown = Shown {
        notice: Some("invite-ready".into()),
        invitation_link: Some(format!(
            "{}/invitation?token={token}",
            public_base(&state, &headers)
        )),
        ..Shown::default()
    };
    users_page(&state, staff, users_scope, shown, StatusCode::CREATED).await
}

#[derive(Template)]
#[template(path = "accounts/invitation.html")]
struct InvitationPage {
    chrome: StaffChrome,
    email: String,
    token: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct InvitationQuery {
    #[serde(default)]
    token: String,
}

/// `GET /invitation?token=…`: the form to choose a password.
pub async fn show_invitation(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let token = serde_urlencoded::from_str::<InvitationQuery>(query.as_deref().unwrap_or(""))
        .map(|query| query.token)
        .unwrap_or_default();
    let Some(invitation) = state.store().invitation(&token).await? else {
        return Ok(not_found_page(
            browser_language(&headers),
            "invitation-unknown",
        ));
    };
    invitation_form(&state, &headers, &invitation, &token, None, StatusCode::OK)
}

fn invitation_form(
    state: &AppState,
    headers: &HeaderMap,
    invitation: &Invitation,
    token: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (cookie, csrf) = state.visitor_form_token(headers)?;
    let chrome = StaffChrome::for_visitor(headers, "invitation-title", &csrf);
    let language = chrome.tr.language();
    let page = InvitationPage {
        email: invitation.email.to_string(),
        token: token.to_owned(),
        error: error.map(|key| chrome.t(key)),
        chrome,
    };
    let response = render(&page, status).into_response(language);
    Ok(match cookie {
        Some(cookie) => with_cookie(response, cookie),
        None => response,
    })
}

#[derive(Deserialize)]
pub struct InvitationForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /invitation` with `token` and `new_password`: makes the account, then the sign-in
/// page confirms that the password was set.
pub async fn accept_invitation(
    State(state): State<AppState>,
    headers: HeaderMap,
    VisitorForm(form): VisitorForm<InvitationForm>,
) -> Result<Response, PageError> {
    let language = browser_language(&headers);
    let Some(invitation) = state.store().invitation(&form.token).await? else {
        return Ok(not_found_page(language, "invitation-unknown"));
    };
    let password = match NewPassword::parse(&form.new_password) {
        Ok(password) => password,
        Err(weak) => {
            return invitation_form(
                &state,
                &headers,
                &invitation,
                &form.token,
                Some(super::weak_password_message(weak)),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    Ok(
        match state
            .store()
            .accept_invitation(&form.token, &hash_password(&password))
            .await?
        {
            Acceptance::Accepted(user) => {
                state
                    .audit(
                        Some(&user),
                        "",
                        AuditAction::InvitationAccepted,
                        "",
                        Outcome::Success,
                    )
                    .await;
                Redirect::to("/login?password-set").into_response()
            }
            // Answered as an acceptance, so that an invitation cannot tell its sender whether the
            // address has an account in another organisation; the person signs in with the
            // password they already have.
            Acceptance::AddressTaken => {
                state
                    .audit(
                        None,
                        "invitee",
                        AuditAction::InvitationAccepted,
                        "the address has an account already",
                        Outcome::Failure,
                    )
                    .await;
                Redirect::to("/login?password-set").into_response()
            }
            Acceptance::Unknown => not_found_page(language, "invitation-unknown"),
        },
    )
}
