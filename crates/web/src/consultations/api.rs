//! The consultations' JSON API (`/api/v1/consultations`), for hotline consultants, case
//! workers and org-admins of the consultation's organisation, by bearer token. Analysts see
//! aggregates only (403); other organisations' records answer 404.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::Serialize;
use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationOutcome, ExploitationType,
    Topic, TraffickingConcern, may_edit,
};
use strada_domain::ids::{ConsultationId, UserId};
use strada_domain::pagination::Page;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::filter::read_filter;
use super::input::ConsultationInput;
use super::writes;
use crate::AppState;
use crate::errors::ApiError;
use crate::params::{QueryParams, idempotency_key, read_json};
use crate::staff::ApiCaller;
use crate::staff::Permitted;
use crate::staff::guard::{ReadConsultations, RecordConsultations};

/// A consultation as the API shows it: codes, not labels; the organisation and the referrals
/// by slug; notes only when read whole. Its keys are `ConsultationField`'s names and the
/// record's own (a unit test holds them together, and to `openapi.json`).
#[derive(Serialize)]
pub struct ConsultationJson {
    pub(super) id: ConsultationId,
    pub(super) organisation: String,
    pub(super) author_id: UserId,
    pub(super) channel: Channel,
    pub(super) caller_type: CallerType,
    pub(super) anonymous: bool,
    pub(super) language: String,
    pub(super) topics: Vec<Topic>,
    pub(super) destination_country: Option<String>,
    pub(super) trafficking_concern: TraffickingConcern,
    pub(super) exploitation_types: Vec<ExploitationType>,
    pub(super) duration_minutes: Option<u32>,
    pub(super) started_at: String,
    pub(super) outcome: Option<ConsultationOutcome>,
    pub(super) referred_to: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) notes: Option<String>,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

fn rfc3339(time: OffsetDateTime) -> String {
    time.format(&Rfc3339).unwrap_or_default()
}

impl ConsultationJson {
    /// The record as the API shows it, the organisation named by `organisation`'s slug.
    pub(super) fn new(consultation: Consultation, organisation: String) -> Self {
        let details = consultation.details;
        Self {
            id: consultation.id,
            organisation,
            author_id: consultation.author_id,
            channel: details.channel,
            caller_type: details.caller_type,
            anonymous: details.anonymous,
            language: details.language.to_string(),
            topics: details.topics,
            destination_country: details.destination_country.map(|c| c.to_string()),
            trafficking_concern: details.trafficking_concern,
            exploitation_types: details.exploitation_types,
            duration_minutes: details.duration_minutes,
            started_at: rfc3339(details.started_at),
            outcome: details.outcome,
            referred_to: details
                .referred_to
                .iter()
                .map(ToString::to_string)
                .collect(),
            notes: details.notes,
            created_at: rfc3339(consultation.created_at),
            updated_at: rfc3339(consultation.updated_at),
        }
    }

    fn of(consultation: Consultation, state: &AppState) -> Self {
        let organisation = state
            .directory()
            .organisation_by_id(consultation.organisation_id)
            .map(|o| o.slug.to_string())
            .unwrap_or_default();
        Self::new(consultation, organisation)
    }
}

/// The body's consultation, or 400 (not JSON) or 422 (each wrong field in English).
fn read_body(
    body: &Bytes,
    state: &AppState,
    now: OffsetDateTime,
) -> Result<ConsultationDetails, ApiError> {
    let value = read_json(body)?;
    ConsultationInput::from_json(value)
        .and_then(|input| input.parse(&state.directory(), now))
        .map_err(ApiError::from)
}

/// `POST /api/v1/consultations`: 201 with the record; with an `Idempotency-Key` header seen
/// before, 200 with the first record and nothing stored.
pub async fn record_consultation(
    State(state): State<AppState>,
    permitted: Permitted<RecordConsultations, ApiCaller>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let user = &permitted.0;
    let details = read_body(&body, &state, OffsetDateTime::now_utc())?;
    let key = idempotency_key(&headers);
    let (mut consultation, new) = writes::record(&state, user, &details, key).await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    // The author just wrote the notes: show them back without reading them again.
    consultation.details.notes = details.notes;
    Ok((status, Json(ConsultationJson::of(consultation, &state))).into_response())
}

/// `GET /api/v1/consultations?from=&until=&topic=&destination_country=&caller_type=&channel=&trafficking_concern=&outcome=&page=&per_page=`
pub async fn list_consultations(
    State(state): State<AppState>,
    permitted: Permitted<ReadConsultations, ApiCaller>,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<ConsultationJson>>, ApiError> {
    let params = QueryParams::parse(query.as_deref());
    let (filter, page, errors) = read_filter(&params);
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let found = state
        .store()
        .list_consultations(permitted.scope, &filter, page)
        .await?;
    Ok(Json(Page {
        items: found
            .items
            .into_iter()
            .map(|c| ConsultationJson::of(c, &state))
            .collect(),
        total: found.total,
        page: found.page,
        per_page: found.per_page,
    }))
}

/// `GET /api/v1/consultations/{id}`: the whole record, notes included (an audit event).
pub async fn show_consultation(
    State(state): State<AppState>,
    permitted: Permitted<ReadConsultations, ApiCaller>,
    Path(id): Path<String>,
) -> Result<Json<ConsultationJson>, ApiError> {
    let consultation = writes::read_whole(&state, &permitted.0, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("consultation"))?;
    Ok(Json(ConsultationJson::of(consultation, &state)))
}

/// `PUT /api/v1/consultations/{id}`: replaces the record; its author for 24 hours, the
/// organisation's administrators after that.
pub async fn update_consultation(
    State(state): State<AppState>,
    permitted: Permitted<RecordConsultations, ApiCaller>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<ConsultationJson>, ApiError> {
    let user = &permitted.0;
    let not_found = || ApiError::not_found("consultation");
    let existing = writes::read(&state, user, &id)
        .await?
        .ok_or_else(not_found)?;
    if !may_edit(&permitted.actor(), &existing, OffsetDateTime::now_utc()) {
        return Err(ApiError::forbidden(
            "only its author within 24 hours, or an org-admin, may change a consultation",
        ));
    }
    let details = read_body(&body, &state, existing.details.started_at)?;
    writes::update(&state, user, existing.id, &details).await?;
    let updated = writes::read(&state, user, &id)
        .await?
        .ok_or_else(not_found)?;
    let mut json = ConsultationJson::of(updated, &state);
    json.notes = details.notes;
    Ok(Json(json))
}
