//! What staff do with a request from its page: reply, close, and make a consultation of it.
//! The work (and its audit) is `inbox`'s, which the API calls too, so both ways behave alike.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::super::inbox::{answer, close_request, convert};
use super::super::input::ReplyInput;
use super::{RequestView, inbox, received_by, request_page};
use crate::AppState;
use crate::consultations::ConsultationForm;
use crate::errors::PageError;
use crate::staff::guard::{AnswerHelpRequests, PermittedForm};

/// `POST /staff/help-requests/{id}/replies`: back to the request (303), with the reply in
/// its thread; a refused message is shown again with its error.
pub(super) async fn reply_to_request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<AnswerHelpRequests, ReplyInput>,
) -> Result<Response, PageError> {
    let request = received_by(&state, &permitted, &id).await?;
    let message = match form.read() {
        Ok(message) => message,
        Err(problems) => {
            let view = RequestView {
                reply: form.message.as_typed().to_owned(),
                reply_error: problems.get("message").copied(),
                convert_error: false,
            };
            return request_page(
                &state,
                &permitted,
                request,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    answer(
        &state,
        &permitted.user,
        inbox(&permitted)?,
        request.id,
        &message,
    )
    .await?;
    Ok(Redirect::to(&format!("/staff/help-requests/{}", request.id)).into_response())
}

/// The close form: its CSRF token only.
#[derive(Deserialize)]
pub struct CloseForm {}

/// `POST /staff/help-requests/{id}/close`
pub(super) async fn close(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, .. }: PermittedForm<AnswerHelpRequests, CloseForm>,
) -> Result<Response, PageError> {
    let request = received_by(&state, &permitted, &id).await?;
    close_request(&state, &permitted.user, request.id, None).await?;
    Ok(Redirect::to(&format!("/staff/help-requests/{}", request.id)).into_response())
}

/// `POST /staff/help-requests/{id}/consultation`: the consultation made of the request, to
/// complete on its own page.
pub(super) async fn make_consultation(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<AnswerHelpRequests, ConsultationForm>,
) -> Result<Response, PageError> {
    let request = received_by(&state, &permitted, &id).await?;
    match convert(&state, &permitted.user, inbox(&permitted)?, &request, form).await? {
        Ok(consultation) => {
            Ok(Redirect::to(&format!("/staff/consultations/{consultation}")).into_response())
        }
        Err(_) => {
            let view = RequestView {
                convert_error: true,
                ..RequestView::default()
            };
            request_page(
                &state,
                &permitted,
                request,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}
