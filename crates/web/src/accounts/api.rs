//! `/api/v1/me`: who an API token acts as (the token itself is checked by
//! `staff::token::ApiCaller`).

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use strada_domain::accounts::Role;

use crate::AppState;
use crate::staff::ApiCaller;

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
