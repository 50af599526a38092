//! The intake form: the few fields a worker fills in two minutes, the other lists folded
//! below, the worker leading unless they choose another. Everything typed is kept on error;
//! the form's own id makes a double submission open one case.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_store::cases::Opened;
use uuid::Uuid;

use crate::AppState;
use crate::cases::input::{CaseForm, Write};
use crate::cases::records::possible_leads;
use crate::cases::views::{CaseOptions, NewPage, form_errors, posted_values};
use crate::cases::writes;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::input::Problems;
use crate::layout::render;
use crate::staff::guard::{PermittedForm, WorkOnCases};
use crate::staff::{Permitted, Staff, StaffChrome};

async fn new_page(
    state: &AppState,
    staff: &Staff,
    form: FormValues,
    problems: &Problems,
    status: StatusCode,
) -> Result<Response, PageError> {
    let leads = possible_leads(state, staff.user.organisation_id).await?;
    let chrome = StaffChrome::for_staff(staff, "cases-new-title", "/staff/cases");
    let page = NewPage {
        submission: Uuid::new_v4().to_string(),
        options: CaseOptions::new(chrome.tr, state, &leads),
        errors: form_errors(problems, chrome.tr),
        form,
        chrome,
    };
    Ok(render(&page, status).into_response(staff.user.language))
}

/// `GET /staff/cases/new`: the form, the worker leading.
pub async fn show_new(
    State(state): State<AppState>,
    permitted: Permitted<WorkOnCases>,
) -> Result<Response, PageError> {
    let own = vec![("lead_worker".to_owned(), permitted.user.id.to_string())];
    let form = FormValues::from_pairs(own);
    new_page(&state, &permitted, form, &Problems::new(), StatusCode::OK).await
}

/// `POST /staff/cases/new`: the case opened, then its page (303); the form again with each
/// field's problem beside it (422).
pub async fn open(
    State(state): State<AppState>,
    PermittedForm { permitted, form }: PermittedForm<WorkOnCases, CaseForm>,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let leads = possible_leads(&state, staff.user.organisation_id).await?;
    let opening = Write::Opening {
        opener: staff.user.id,
    };
    let parsed = form
        .to_input()
        .parse(opening, |worker| leads.iter().any(|lead| lead.id == worker));
    let case = match parsed {
        Ok(case) => case,
        Err(problems) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return new_page(&state, staff, posted_values(&form), &problems, status).await;
        }
    };
    let (Opened::New(opened) | Opened::Repeated(opened)) =
        writes::open(&state, &staff.user, &case, form.submission()).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", opened.id)).into_response())
}
