//! The JSON API's authentication: `Authorization: Bearer TOKEN`, never a cookie. A token acts
//! only as far as its user could act now through a signed-in session with every factor their
//! role needs: not when the user is disabled, nor while they must enrol (or enrol again) a
//! second factor. A change of role or password, a new second factor and disabling end the
//! user's tokens (the store revokes them); they do not come back.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use strada_domain::access::Actor;
use strada_domain::accounts::User;

use super::actor_of;
use crate::AppState;
use crate::errors::ApiError;

/// The user an API call acts as.
pub struct ApiCaller(pub User);

impl ApiCaller {
    pub fn actor(&self) -> Actor {
        actor_of(&self.0)
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty() && token.len() <= 200)
            .ok_or_else(ApiError::unauthorised)?;
        // A database that does not answer is an outage (503), not a wrong token.
        state
            .store()
            .user_by_api_token(token)
            .await?
            .filter(|user| !user.must_enrol_second_factor())
            .map(ApiCaller)
            .ok_or_else(ApiError::unauthorised)
    }
}
