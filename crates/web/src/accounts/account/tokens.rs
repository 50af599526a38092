//! API tokens on one's own account page: create (shown once) and revoke. A token can be made
//! only from a session that has every factor the role needs (`StaffForm`), and acts no
//! further than such a session could.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::ApiTokenId;
use strada_store::accounts::{digest, random_token};

use super::{Outcomes, account_page, error, field_error, notice};
use crate::AppState;
use crate::errors::PageError;
use crate::staff::StaffForm;

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    token: String,
}

/// `POST /staff/account/tokens` with `name`: a new token, shown once.
pub async fn create_token(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<TokenForm>,
) -> Result<Response, PageError> {
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return account_page(
            &state,
            &staff,
            field_error("token-name", "token-name-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let token = format!("strada_{}", random_token());
    state
        .store()
        .create_api_token(staff.user.id, name, &digest(&token))
        .await?;
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::TokenCreated,
            name,
            Outcome::Success,
        )
        .await;
    let outcomes = Outcomes {
        notice: Some("token-created".into()),
        new_token: Some(token),
        ..Outcomes::default()
    };
    account_page(&state, &staff, outcomes, StatusCode::OK).await
}

/// `POST /staff/account/tokens/revoke` with `token` (its id).
pub async fn revoke_token(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<TokenForm>,
) -> Result<Response, PageError> {
    let revoked = match form.token.parse::<ApiTokenId>() {
        Ok(id) => state.store().revoke_api_token(staff.user.id, id).await?,
        Err(_) => false,
    };
    if !revoked {
        return account_page(&state, &staff, error("not-found"), StatusCode::NOT_FOUND).await;
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
    account_page(&state, &staff, notice("token-revoked"), StatusCode::OK).await
}
