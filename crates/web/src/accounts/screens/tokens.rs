//! API tokens on one's own account page: create (shown once) and revoke. A token can be made
//! only from a session that has every factor the role needs (`StaffForm`), and acts no
//! further than such a session could.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::{digest, random_token};

use super::account::{Outcomes, account_page, reader, refuse};
use crate::AppState;
use crate::accounts::input::{NewTokenForm, RevokeTokenForm};
use crate::errors::PageError;
use crate::staff::StaffForm;

/// `POST /staff/account/tokens` with `name`: a new token, shown once.
pub async fn create_token(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<NewTokenForm>,
) -> Result<Response, PageError> {
    let name = match form.parse(reader(&staff)) {
        Ok(name) => name,
        Err(errors) => return refuse(&state, &staff, errors).await,
    };
    let token = format!("strada_{}", random_token());
    state
        .store()
        .create_api_token(staff.user.id, &name, &digest(&token))
        .await?;
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::TokenCreated,
            &name,
            Outcome::Success,
        )
        .await;
    let outcomes = Outcomes {
        new_token: Some(token),
        ..Outcomes::notice("token-created")
    };
    account_page(&state, &staff, outcomes, StatusCode::OK).await
}

/// `POST /staff/account/tokens/revoke` with `token` (its id).
pub async fn revoke_token(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<RevokeTokenForm>,
) -> Result<Response, PageError> {
    let revoked = match form.parse() {
        Some(id) => state.store().revoke_api_token(staff.user.id, id).await?,
        None => false,
    };
    if !revoked {
        return account_page(&state, &staff, Outcomes::not_found(), StatusCode::NOT_FOUND).await;
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::TokenRevoked,
            &form.token,
            Outcome::Success,
        )
        .await;
    account_page(
        &state,
        &staff,
        Outcomes::notice("token-revoked"),
        StatusCode::OK,
    )
    .await
}
