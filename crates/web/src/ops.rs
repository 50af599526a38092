//! Operational endpoints for load balancers and orchestrators.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(check_health))
        .route("/readyz", get(check_readiness))
        .route("/openapi.json", get(show_openapi))
}

/// `GET /healthz`: the process serves requests.
async fn check_health() -> &'static str {
    "ok"
}

/// `GET /readyz`: the database answers too.
async fn check_readiness(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store().ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "not ready: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// `GET /openapi.json`: the API's description (OpenAPI 3.1), written by hand beside the code
/// and checked against the routes by the tests.
async fn show_openapi() -> ([(axum::http::HeaderName, &'static str); 1], &'static str) {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        include_str!("../openapi.json"),
    )
}
