//! Inviting a colleague: an administrator names the person, the role (the least powerful
//! unless chosen) and the organisation, and gets a one-time link to send them; the account is
//! made when the person opens it and sets a password (`pages::invitation`).
//!
//! Invariant: an invitation answers the same whether or not the address has an account
//! elsewhere in the network (only addresses the administrator can already see are refused),
//! so inviting cannot probe other organisations' staff.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::random_token;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use super::users::{Shown, reader, users_page};
use crate::AppState;
use crate::accounts::input::{InvitationForm, email_taken};
use crate::errors::PageError;
use crate::staff::PermittedForm;
use crate::staff::guard::ManageUsers;

const INVITATION_LIFETIME: Duration = Duration::days(7);

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
    PermittedForm { permitted, form }: PermittedForm<ManageUsers, InvitationForm>,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let refused = |errors, status| {
        let shown = Shown {
            form: form.clone(),
            errors,
            ..Shown::default()
        };
        users_page(&state, &permitted, shown, status)
    };
    let invitation = match form.parse(&staff.actor(), &state.directory(), reader(&permitted)) {
        Ok(invitation) => invitation,
        Err(errors) => return refused(errors, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    // Only an address the administrator already sees in their listing is refused; one that
    // belongs to another organisation is invited like a new one, and its link will say so to
    // whoever holds the address.
    if state
        .store()
        .email_in_scope(&invitation.email, permitted.scope)
        .await?
    {
        return refused(email_taken(reader(&permitted)), StatusCode::CONFLICT).await;
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
        notice: Some("invite-ready"),
        invitation_link: Some(format!(
            "{}/invitation?token={token}",
            public_base(&state, &headers)
        )),
        ..Shown::default()
    };
    users_page(&state, &permitted, shown, StatusCode::CREATED).await
}
