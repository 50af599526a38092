//! Consultations on the web: the API (`/api/v1/consultations`), for hotline
//! consultants, case workers and org-admins of the consultation's organisation. Analysts see
//! aggregates only; other organisations' records answer 404; callers without a token 401.
//! Reading a consultation whole (with its notes) is an audit event.

mod dashboard;
mod export;
mod input;
mod screen;

pub(crate) use screen::organisation_zone;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use bytes::Bytes;
use serde::Serialize;
use strada_domain::access::{Action, Actor, OrganisationScope};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::consultations::{CallerType, Channel, Consultation, Topic, may_edit};
use strada_domain::ids::{ConsultationId, UserId};
use strada_domain::pagination::Page;
use strada_store::consultations::{ConsultationFilter, Recorded};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::errors::ApiError;
use crate::params::{FieldErrors, QueryParams, parse_period_end, parse_period_start};
use crate::staff::ApiCaller;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/consultations",
            get(list_consultations).post(record_consultation),
        )
        .route(
            "/api/v1/consultations/{id}",
            get(show_consultation).put(update_consultation),
        )
        .route("/staff/consultations", get(screen::list))
        .route(
            "/staff/consultations/new",
            get(screen::show_new).post(screen::record),
        )
        .route("/staff/consultations/export.csv", get(export::export_csv))
        .route("/staff/consultations/export.xlsx", get(export::export_xlsx))
        .route(
            "/staff/consultations/dashboard",
            get(dashboard::show_dashboard),
        )
        .route(
            "/staff/consultations/{id}",
            get(screen::show).post(screen::update),
        )
}

/// A consultation as the API shows it: codes, not labels; the organisation and the referrals
/// by slug; notes only when read whole.
#[derive(Serialize)]
pub struct ConsultationJson {
    id: ConsultationId,
    organisation: String,
    author_id: UserId,
    channel: Channel,
    caller_type: CallerType,
    anonymous: bool,
    language: String,
    topics: Vec<Topic>,
    destination_country: Option<String>,
    trafficking_concern: strada_domain::consultations::TraffickingConcern,
    exploitation_types: Vec<strada_domain::consultations::ExploitationType>,
    duration_minutes: Option<u32>,
    started_at: String,
    outcome: Option<strada_domain::consultations::ConsultationOutcome>,
    referred_to: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    created_at: String,
    updated_at: String,
}

fn rfc3339(time: OffsetDateTime) -> String {
    time.format(&Rfc3339).unwrap_or_default()
}

impl ConsultationJson {
    fn new(consultation: Consultation, state: &AppState) -> Self {
        let details = consultation.details;
        Self {
            id: consultation.id,
            organisation: state
                .directory()
                .organisation_by_id(consultation.organisation_id)
                .map(|o| o.slug.to_string())
                .unwrap_or_default(),
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
}

pub(crate) fn actor(user: &User) -> Actor {
    Actor {
        user_id: user.id,
        organisation_id: user.organisation_id,
        role: user.role,
    }
}

/// Refuses roles that do not work with individual consultations.
fn check_role(user: &User) -> Result<(), ApiError> {
    if actor(user).may(Action::RecordConsultations) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "this role sees consultations in aggregate only",
        ))
    }
}

/// A consultation from JSON, with the directory's organisations for referrals.
pub(crate) fn read_consultation_json(
    value: &serde_json::Value,
    state: &AppState,
) -> Result<strada_domain::consultations::ConsultationDetails, FieldErrors> {
    input::read_consultation(value, &state.directory(), OffsetDateTime::now_utc())
}

/// `POST /api/v1/consultations`: 201 with the record; with an `Idempotency-Key` header seen
/// before, 200 with the first record and nothing stored.
async fn record_consultation(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    check_role(&user)?;
    let value = crate::params::read_json(&body)?;
    let details = input::read_consultation(&value, &state.directory(), OffsetDateTime::now_utc())
        .map_err(ApiError::invalid)?;
    let key = headers
        .get("idempotency-key")
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|key| !key.is_empty() && key.len() <= 200);
    let recorded = state
        .store()
        .record_consultation(user.organisation_id, user.id, &details, key)
        .await
        .map_err(|error| ApiError::unavailable(&error))?;
    let (status, mut consultation) = match recorded {
        Recorded::New(consultation) => {
            state
                .audit(
                    Some(&user),
                    "",
                    AuditAction::ConsultationRecorded,
                    &consultation.id.to_string(),
                    Outcome::Success,
                )
                .await;
            (StatusCode::CREATED, consultation)
        }
        Recorded::Repeated(consultation) => (StatusCode::OK, consultation),
    };
    // The author just wrote the notes: show them back without reading them again.
    consultation.details.notes = details.notes;
    Ok((status, Json(ConsultationJson::new(consultation, &state))).into_response())
}

/// The filters of a list of consultations, from a query string (the API's and the screen's).
pub(crate) fn read_filter(
    params: &QueryParams,
) -> (
    ConsultationFilter,
    strada_domain::pagination::PageRequest,
    FieldErrors,
) {
    let mut errors = FieldErrors::new();
    let filter = ConsultationFilter {
        from: params.read("from", parse_period_start, &mut errors),
        until: params.read("until", parse_period_end, &mut errors),
        topic: params.read("topic", Topic::parse, &mut errors),
        destination_country: params.read(
            "destination_country",
            strada_domain::country_code::CountryCode::parse,
            &mut errors,
        ),
        caller_type: params.read("caller_type", CallerType::parse, &mut errors),
        channel: params.read("channel", Channel::parse, &mut errors),
        trafficking_concern: params.read(
            "trafficking_concern",
            strada_domain::consultations::TraffickingConcern::parse,
            &mut errors,
        ),
        outcome: params.read(
            "outcome",
            strada_domain::consultations::ConsultationOutcome::parse,
            &mut errors,
        ),
    };
    let page = params.page_request(&mut errors);
    (filter, page, errors)
}

/// `GET /api/v1/consultations?from=&until=&topic=&destination_country=&caller_type=&channel=&trafficking_concern=&outcome=&page=&per_page=`
async fn list_consultations(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<ConsultationJson>>, ApiError> {
    check_role(&user)?;
    let params = QueryParams::parse(query.as_deref());
    let (filter, page, errors) = read_filter(&params);
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let found = state
        .store()
        .list_consultations(
            OrganisationScope::Organisation(user.organisation_id),
            &filter,
            page,
        )
        .await
        .map_err(|error| ApiError::unavailable(&error))?;
    Ok(Json(Page {
        items: found
            .items
            .into_iter()
            .map(|c| ConsultationJson::new(c, &state))
            .collect(),
        total: found.total,
        page: found.page,
        per_page: found.per_page,
    }))
}

/// The caller's organisation's consultation, or 404 (also for another organisation's).
async fn own_consultation(
    state: &AppState,
    user: &User,
    id: &str,
    with_notes: bool,
) -> Result<Consultation, ApiError> {
    let id = id
        .parse::<ConsultationId>()
        .map_err(|_| ApiError::not_found("consultation"))?;
    state
        .store()
        .consultation(
            OrganisationScope::Organisation(user.organisation_id),
            id,
            with_notes,
        )
        .await
        .map_err(|error| ApiError::unavailable(&error))?
        .ok_or_else(|| ApiError::not_found("consultation"))
}

/// `GET /api/v1/consultations/{id}`: the whole record, notes included (an audit event).
async fn show_consultation(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<ConsultationJson>, ApiError> {
    check_role(&user)?;
    let consultation = own_consultation(&state, &user, &id, true).await?;
    state
        .audit(
            Some(&user),
            "",
            AuditAction::ConsultationRead,
            &consultation.id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(Json(ConsultationJson::new(consultation, &state)))
}

/// `PUT /api/v1/consultations/{id}`: replaces the record; its author for 24 hours, the
/// organisation's administrators after that.
async fn update_consultation(
    State(state): State<AppState>,
    ApiCaller(user): ApiCaller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<ConsultationJson>, ApiError> {
    check_role(&user)?;
    let existing = own_consultation(&state, &user, &id, false).await?;
    if !may_edit(&actor(&user), &existing, OffsetDateTime::now_utc()) {
        return Err(ApiError::forbidden(
            "only its author within 24 hours, or an org-admin, may change a consultation",
        ));
    }
    let value = crate::params::read_json(&body)?;
    let details = input::read_consultation(&value, &state.directory(), existing.details.started_at)
        .map_err(ApiError::invalid)?;
    state
        .store()
        .update_consultation(user.organisation_id, existing.id, &details)
        .await
        .map_err(|error| ApiError::unavailable(&error))?;
    state
        .audit(
            Some(&user),
            "",
            AuditAction::ConsultationUpdated,
            &existing.id.to_string(),
            Outcome::Success,
        )
        .await;
    let updated = own_consultation(&state, &user, &id, false).await?;
    let mut json = ConsultationJson::new(updated, &state);
    json.notes = details.notes;
    Ok(Json(json))
}
