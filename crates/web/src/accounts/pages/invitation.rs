//! Accepting an invitation: the person opens the one-time link, chooses a password, and the
//! account is made. The token never travels in a path (which is logged), only in the link's
//! query and in a posted field; an acceptance answers the same whether or not the address has
//! an account elsewhere in the network, so an invitation cannot probe other organisations'
//! staff.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::{Acceptance, Invitation, hash_password};

use super::visitor_form_page;
use crate::AppState;
use crate::accounts::input::AcceptanceForm;
use crate::accounts::views::InvitationPage;
use crate::errors::{PageError, not_found_page};
use crate::forms::FormErrors;
use crate::i18n::Translator;
use crate::layout::browser_language;
use crate::staff::VisitorForm;

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
    invitation_form(
        &state,
        &headers,
        &invitation,
        &token,
        FormErrors::new(),
        StatusCode::OK,
    )
}

fn invitation_form(
    state: &AppState,
    headers: &HeaderMap,
    invitation: &Invitation,
    token: &str,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    visitor_form_page(
        state,
        headers,
        "invitation-title",
        |chrome| InvitationPage {
            email: invitation.email.to_string(),
            token: token.to_owned(),
            errors,
            chrome,
        },
        status,
    )
}

/// `POST /invitation` with `token` and `new_password`: makes the account, then the sign-in
/// page confirms that the password was set.
pub async fn accept_invitation(
    State(state): State<AppState>,
    headers: HeaderMap,
    VisitorForm(form): VisitorForm<AcceptanceForm>,
) -> Result<Response, PageError> {
    let language = browser_language(&headers);
    let Some(invitation) = state.store().invitation(&form.token).await? else {
        return Ok(not_found_page(language, "invitation-unknown"));
    };
    let password = match form.parse(Translator::new(language)) {
        Ok(password) => password,
        Err(errors) => {
            return invitation_form(
                &state,
                &headers,
                &invitation,
                &form.token,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
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
        }
        Acceptance::Unknown => return Ok(not_found_page(language, "invitation-unknown")),
    }
    Ok(Redirect::to("/login?password-set").into_response())
}
