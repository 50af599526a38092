//! `/api/v1/cases/{id-or-code}/identity` and `/api/v1/cases/possible-matches`: who the person
//! of a case is, shown only when asked (each showing an audit event), written whole, and "is
//! she already known to us?" by family name and birth year, answered with the cases the caller
//! may open and how many others the organisation holds. An erased identity answers
//! `{"erased": true, "identity": null}`; one never written `{"erased": false, "identity": null}`.

mod input;

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use bytes::Bytes;
use serde::Serialize;
use strada_domain::cases::Case;
use strada_domain::cases::identity::CaseIdentity;

use super::super::writes::identity::{self as writes, Shown};
use crate::AppState;
use crate::errors::ApiError;
use crate::params::read_json;
use crate::staff::guard::WorkOnCases;
use crate::staff::{ApiCaller, Permitted};
use input::{IdentityInput, SearchInput};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/cases/{id}/identity",
            get(show_identity).put(change_identity),
        )
        .route("/api/v1/cases/possible-matches", post(possible_matches))
}

/// One identity document as the API says it.
#[derive(Serialize)]
struct DocumentJson {
    #[serde(rename = "type")]
    kind: &'static str,
    number: String,
    issuing_country: Option<String>,
}

/// An identity as the API says it (the same fields as it is written).
#[derive(Serialize)]
struct IdentityJson {
    given_names: String,
    family_name: String,
    other_names: Vec<String>,
    birth_date: Option<String>,
    phone: String,
    email: String,
    address: String,
    documents: Vec<DocumentJson>,
    notes: String,
}

impl IdentityJson {
    fn new(identity: CaseIdentity) -> Self {
        Self {
            given_names: identity.given_names,
            family_name: identity.family_name,
            other_names: identity.other_names,
            birth_date: identity.birth_date.map(|date| {
                format!(
                    "{:04}-{:02}-{:02}",
                    date.year(),
                    u8::from(date.month()),
                    date.day()
                )
            }),
            phone: identity.phone,
            email: identity.email,
            address: identity.address,
            documents: identity
                .documents
                .into_iter()
                .map(|document| DocumentJson {
                    kind: document.kind.code(),
                    number: document.number,
                    issuing_country: document.issuing_country.map(|c| c.as_str().to_owned()),
                })
                .collect(),
            notes: identity.notes,
        }
    }
}

/// A case's identity as answered.
#[derive(Serialize)]
struct ShownJson {
    case: String,
    erased: bool,
    identity: Option<IdentityJson>,
}

impl ShownJson {
    fn new(case: &Case, shown: Shown) -> Self {
        let (erased, identity) = match shown {
            Shown::Unwritten => (false, None),
            Shown::Identity(identity) => (false, Some(IdentityJson::new(*identity))),
            Shown::Erased => (true, None),
        };
        Self {
            case: case.code.to_string(),
            erased,
            identity,
        }
    }
}

/// An answer holding a person's identity: kept by no cache.
fn not_stored(json: ShownJson) -> Response {
    let mut response = Json(json).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /api/v1/cases/{id-or-code}/identity`: the identity of the case (an audit event).
async fn show_identity(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let (case, shown) = writes::show(&state, &permitted.0, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("case"))?;
    Ok(not_stored(ShownJson::new(&case, shown)))
}

/// `PUT /api/v1/cases/{id-or-code}/identity`: the identity written whole (an audit event and
/// a timeline entry); answers it as now stored.
async fn change_identity(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let value = read_json(&body)?;
    let identity = input::from_json(value)
        .and_then(IdentityInput::parse)
        .map_err(ApiError::from)?;
    let case = writes::change(&state, &permitted.0, &id, &identity)
        .await?
        .ok_or_else(|| ApiError::not_found("case"))?;
    let shown = Shown::Identity(Box::new(identity));
    Ok(not_stored(ShownJson::new(&case, shown)))
}

/// A case that may be the person's, as the search answers it.
#[derive(Serialize)]
struct MatchJson {
    id: String,
    code: String,
}

/// The search's answer: the cases the caller may open, and how many others the organisation
/// holds (ask its administrator).
#[derive(Serialize)]
struct MatchesJson {
    matches: Vec<MatchJson>,
    others: usize,
}

/// `POST /api/v1/cases/possible-matches` with `{"family_name", "birth_year"}`: the cases of
/// the caller's organisation whose person may be this one (an audit event).
async fn possible_matches(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases, ApiCaller>,
    body: Bytes,
) -> Result<Json<MatchesJson>, ApiError> {
    let value = read_json(&body)?;
    let key = input::from_json(value)
        .and_then(SearchInput::parse)
        .map_err(ApiError::from)?;
    let (visible, others) = writes::possible_matches(&state, &permitted.0, &key).await?;
    Ok(Json(MatchesJson {
        matches: visible
            .into_iter()
            .map(|case| MatchJson {
                id: case.id.to_string(),
                code: case.code.to_string(),
            })
            .collect(),
        others,
    }))
}
