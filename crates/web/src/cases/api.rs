//! `/api/v1/cases`: the case files as JSON.

use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}
