//! What staff do with a request: reply, close, and make a consultation of it, each recorded
//! in the audit trail. The API calls the same functions, so both ways behave alike.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::Value;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::help_requests::check_message;
use strada_domain::ids::{ConsultationId, HelpRequestId};
use strada_store::StoreError;
use strada_store::consultations::Recorded;
use strada_store::help_requests::HelpRequest;

use super::super::FieldProblem;
use super::{RequestView, received_request, request_page, unavailable};
use crate::AppState;
use crate::accounts::session::StaffForm;
use crate::params::FieldErrors;

/// Adds a reply of `user`'s organisation and records it.
pub(in crate::help_requests) async fn answer(
    state: &AppState,
    user: &User,
    id: HelpRequestId,
    message: &str,
) -> Result<(), StoreError> {
    state
        .store()
        .reply_to_help_request(user.organisation_id, id, user.id, message)
        .await?;
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestAnswered,
            &id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(())
}

/// Closes a request (linking the consultation it became) and records it.
pub(in crate::help_requests) async fn close_request(
    state: &AppState,
    user: &User,
    id: HelpRequestId,
    consultation: Option<ConsultationId>,
) -> Result<(), StoreError> {
    state.store().close_help_request(id, consultation).await?;
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestClosed,
            &id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(())
}

/// Records a consultation made of `request` (`details` may set any field of one; the
/// channel, language and anonymity default to the request's) and closes the request.
/// Answers the consultation's id, or the consultation's field errors.
pub(in crate::help_requests) async fn convert(
    state: &AppState,
    user: &User,
    request: &HelpRequest,
    mut details: serde_json::Map<String, Value>,
) -> Result<Result<ConsultationId, FieldErrors>, StoreError> {
    details
        .entry("channel")
        .or_insert(Value::String("web_form".into()));
    details
        .entry("language")
        .or_insert(Value::String(request.language.to_string()));
    details.entry("anonymous").or_insert(Value::Bool(true));
    let details = match crate::consultations::read_consultation_json(&Value::Object(details), state)
    {
        Ok(details) => details,
        Err(errors) => return Ok(Err(errors)),
    };
    // Keyed by the request: converting twice (two clicks, two consultants) makes one.
    let recorded = state
        .store()
        .record_consultation(
            user.organisation_id,
            user.id,
            &details,
            Some(&format!("help-request-{}", request.id)),
        )
        .await?;
    let consultation = match recorded {
        Recorded::New(consultation) => {
            state
                .audit(
                    Some(user),
                    "",
                    AuditAction::ConsultationRecorded,
                    &consultation.id.to_string(),
                    Outcome::Success,
                )
                .await;
            consultation
        }
        Recorded::Repeated(consultation) => consultation,
    };
    close_request(state, user, request.id, Some(consultation.id)).await?;
    Ok(Ok(consultation.id))
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    message: String,
}

/// `POST /staff/help-requests/{id}/replies`: back to the request (303), with the reply in
/// its thread; a refused message is shown again with its error.
pub(super) async fn reply_to_request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<ReplyForm>,
) -> Response {
    let request = match received_request(&state, &staff, &id).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let message = match check_message(&form.message) {
        Ok(message) => message,
        Err(invalid) => {
            let view = RequestView {
                reply: form.message,
                reply_error: Some(FieldProblem::Message(invalid)),
                convert_error: false,
            };
            return request_page(
                &state,
                &staff,
                request,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match answer(&state, &staff.user, request.id, &message).await {
        Ok(()) => Redirect::to(&format!("/staff/help-requests/{}", request.id)).into_response(),
        Err(error) => unavailable(&error),
    }
}

#[derive(Deserialize)]
pub struct EmptyForm {}

/// `POST /staff/help-requests/{id}/close`
pub(super) async fn close(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, .. }: StaffForm<EmptyForm>,
) -> Response {
    let request = match received_request(&state, &staff, &id).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    match close_request(&state, &staff.user, request.id, None).await {
        Ok(()) => Redirect::to(&format!("/staff/help-requests/{}", request.id)).into_response(),
        Err(error) => unavailable(&error),
    }
}

/// `POST /staff/help-requests/{id}/consultation`: the consultation made of the request, to
/// complete on its own page.
pub(super) async fn make_consultation(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    let request = match received_request(&state, &staff, &id).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let value = |name: &str| {
        form.iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| Value::String(value.clone()))
            .collect::<Vec<_>>()
    };
    let mut details = serde_json::Map::new();
    if let Some(caller) = value("caller_type").pop() {
        details.insert("caller_type".into(), caller);
    }
    details.insert("topics".into(), Value::Array(value("topics")));
    match convert(&state, &staff.user, &request, details).await {
        Ok(Ok(consultation)) => {
            Redirect::to(&format!("/staff/consultations/{consultation}")).into_response()
        }
        Ok(Err(_)) => {
            let view = RequestView {
                convert_error: true,
                ..RequestView::default()
            };
            request_page(
                &state,
                &staff,
                request,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => unavailable(&error),
    }
}
