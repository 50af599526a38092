//! `/api/v1/cases`: the case files as JSON, by bearer token, for the case workers and the
//! administrators of the case's organisation (other roles: 403). A case outside the caller's
//! scope answers 404. A change names the version it was made on in `If-Match` (the `ETag` of
//! the case read): a stale one answers 409 with the case as it now is.

mod identity;
mod json;

use axum::Json;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use bytes::Bytes;
use serde::Deserialize;
use strada_domain::accounts::User;
use strada_domain::cases::CaseState;
use strada_domain::pagination::Page;
use strada_store::cases::{CaseEdit, Opened};

use super::input::{CaseInput, Opening, Write};
use super::records::{case_named, origin_problems, possible_leads, read_filter, scope_of};
use super::writes::{self, GlassReason};
use crate::AppState;
use crate::errors::ApiError;
use crate::params::{FieldErrors, QueryParams, idempotency_key, read_json};
use crate::staff::guard::{BreakTheGlass, WorkOnCases};
use crate::staff::{ApiCaller, Permitted};
use json::CaseJson;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/cases", get(list_cases).post(open_case))
        .route("/api/v1/cases/{id}", get(show_case).put(change_case))
        .route("/api/v1/cases/{id}/break-glass", post(break_glass))
        .merge(identity::routes())
}

/// A case answered with its version as `ETag`.
fn with_etag(status: StatusCode, json: CaseJson) -> Response {
    let etag = format!("\"{}\"", json.version());
    let mut response = (status, Json(json)).into_response();
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, etag);
    }
    response
}

/// A change's case state, written whole, or 400 (not JSON) or 422 (each wrong field in English).
async fn read_change(state: &AppState, user: &User, body: &Bytes) -> Result<CaseState, ApiError> {
    let value = read_json(body)?;
    let leads = possible_leads(state, user.organisation_id).await?;
    let may_lead = |worker| leads.iter().any(|lead: &User| lead.id == worker);
    CaseInput::from_json(value)
        .and_then(|input| input.parse(Write::Change, may_lead))
        .map_err(ApiError::from)
}

/// An opening's body, its contact the organisation's.
async fn read_opening(state: &AppState, user: &User, body: &Bytes) -> Result<Opening, ApiError> {
    let value = read_json(body)?;
    let leads = possible_leads(state, user.organisation_id).await?;
    let may_lead = |worker| leads.iter().any(|lead: &User| lead.id == worker);
    let opening = CaseInput::from_json(value)
        .and_then(|input| input.parse_opening(user.id, may_lead))
        .map_err(ApiError::from)?;
    let problems = origin_problems(state, user.organisation_id, opening.origin).await?;
    if !problems.is_empty() {
        return Err(problems.into());
    }
    Ok(opening)
}

/// `GET /api/v1/cases?status=&phase=&lead_worker=&exploitation_type=&citizenship=&opened_from=&opened_until=&code=&page=&per_page=`:
/// the cases the caller may see, the most recently opened first.
async fn list_cases(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<CaseJson>>, ApiError> {
    let (filter, page, errors) = read_filter(&QueryParams::parse(query.as_deref()));
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let Some(scope) = scope_of(&permitted.actor()) else {
        return Err(ApiError::not_found("case"));
    };
    let found = state.store().list_cases(scope, &filter, page).await?;
    Ok(Json(Page {
        items: found.items.into_iter().map(CaseJson::new).collect(),
        total: found.total,
        page: found.page,
        per_page: found.per_page,
    }))
}

/// `POST /api/v1/cases`: 201 with the case and its `Location`; with an `Idempotency-Key` seen
/// before, 200 with the first case and nothing stored.
async fn open_case(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let user = &permitted.0;
    let opening = read_opening(&state, user, &body).await?;
    let key = idempotency_key(&headers);
    match writes::open(&state, user, &opening, key).await? {
        Opened::New(case) => {
            let location = format!("/api/v1/cases/{}", case.id);
            let mut response = with_etag(StatusCode::CREATED, CaseJson::new(case));
            if let Ok(location) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(header::LOCATION, location);
            }
            Ok(response)
        }
        Opened::Repeated(first) => {
            // The key is the organisation's: another worker's case stays out of sight.
            let scope = scope_of(&permitted.actor());
            let visible = match scope {
                Some(scope) => state.store().case(scope, first.id).await?,
                None => None,
            };
            let Some(first) = visible else {
                return Err(field_problem("Idempotency-Key", "is taken by another case"));
            };
            Ok(with_etag(StatusCode::OK, CaseJson::new(first)))
        }
    }
}

/// `GET /api/v1/cases/{id-or-code}`: the case with its timeline (an audit event).
async fn show_case(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let read = writes::read(&state, &permitted.0, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("case"))?;
    let json = CaseJson::whole(read);
    Ok(with_etag(StatusCode::OK, json))
}

/// The version an `If-Match` header names (`"3"`), or 428.
fn version_matched(headers: &HeaderMap) -> Result<i64, ApiError> {
    headers
        .get(header::IF_MATCH)
        .and_then(|value| value.to_str().ok())
        .and_then(|text| {
            text.trim()
                .strip_prefix('"')?
                .strip_suffix('"')?
                .parse()
                .ok()
        })
        .ok_or_else(ApiError::precondition_required)
}

/// `PUT /api/v1/cases/{id-or-code}`: the case written whole, on the version `If-Match` names.
async fn change_case(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let user = &permitted.0;
    let not_found = || ApiError::not_found("case");
    let scope = scope_of(&permitted.actor()).ok_or_else(not_found)?;
    let existing = case_named(&state, scope, &id)
        .await?
        .ok_or_else(not_found)?;
    let version = version_matched(&headers)?;
    let case = read_change(&state, user, &body).await?;
    match writes::change(&state, user, existing.id, version, &case).await? {
        CaseEdit::Saved(saved) => Ok(with_etag(StatusCode::OK, CaseJson::new(saved))),
        CaseEdit::Stale(now_is) => Ok(with_etag(StatusCode::CONFLICT, CaseJson::new(now_is))),
        CaseEdit::Missing => Err(not_found()),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlassBody {
    reason: Option<serde_json::Value>,
}

/// `POST /api/v1/cases/{id-or-code}/break-glass` with `{"reason": "..."}`: a case worker opens
/// a case of their organisation they are not assigned to, for `OPEN_FOR`; answers the case.
async fn break_glass(
    State(state): State<AppState>,
    permitted: Permitted<BreakTheGlass, ApiCaller>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let value = read_json(&body)?;
    let reason = serde_json::from_value::<GlassBody>(value)
        .ok()
        .and_then(|body| body.reason)
        .as_ref()
        .and_then(serde_json::Value::as_str)
        .map(GlassReason::parse);
    let reason = match reason {
        Some(Ok(reason)) => reason,
        Some(Err(problem)) => return Err(field_problem("reason", &problem.to_string())),
        None => return Err(field_problem("reason", "is required, as a string")),
    };
    let case = writes::break_glass(&state, &permitted.0, &id, &reason)
        .await?
        .ok_or_else(|| ApiError::not_found("case"))?;
    Ok(with_etag(StatusCode::OK, CaseJson::new(case)))
}

/// 422 for one field's problem.
fn field_problem(field: &str, message: &str) -> ApiError {
    let mut fields = FieldErrors::new();
    fields.insert(field.to_owned(), message.to_owned());
    ApiError::invalid(fields)
}
