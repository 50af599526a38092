//! The JSON API's authentication: `Authorization: Bearer TOKEN`, never a cookie. A token acts
//! only as far as its user could act now through a signed-in session with every factor their
//! role needs: not when the user is disabled, nor while they must enrol (or enrol again) a
//! second factor. A change of role or password, a new second factor and disabling end the
//! user's tokens (the store revokes them); they do not come back.

use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use strada_domain::accounts::{Role, User};

use crate::AppState;

/// The user an API call acts as.
pub struct ApiCaller(pub User);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Response;

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
            .filter(|token| !token.is_empty() && token.len() <= 200);
        let user = match token {
            Some(token) => state.store().user_by_api_token(token).await.ok().flatten(),
            None => None,
        }
        .filter(|user| !user.must_enrol_second_factor());
        user.map(ApiCaller).ok_or_else(unauthorised)
    }
}

fn unauthorised() -> Response {
    let body = serde_json::json!({"error": {
        "code": "unauthorised",
        "message": "send a valid API token as `Authorization: Bearer TOKEN`",
        "fields": {},
    }});
    let mut response = (StatusCode::UNAUTHORIZED, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

#[derive(Serialize)]
pub struct Me {
    email: String,
    name: String,
    organisation: String,
    role: Role,
}

/// `GET /api/v1/me`: who the token acts as.
pub async fn show_me(State(state): State<AppState>, ApiCaller(user): ApiCaller) -> Json<Me> {
    let organisation = state
        .directory()
        .organisation_by_id(user.organisation_id)
        .map(|organisation| organisation.slug.to_string())
        .unwrap_or_default();
    Json(Me {
        email: user.email.to_string(),
        name: user.name.as_str().to_owned(),
        organisation,
        role: user.role,
    })
}
