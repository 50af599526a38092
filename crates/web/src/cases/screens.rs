//! `/staff/cases`: the case workers' and administrators' screens.

use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}
