//! Breaking the glass: a case worker opens a case of their organisation they are not
//! assigned to, by its code and with a reason, for the store's `OPEN_FOR`. A case's own
//! address never offers it, for that would tell that the case exists: an unknown code and
//! another organisation's code answer the same "no such case".

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::AppState;
use crate::cases::views::OpenPage;
use crate::cases::writes::{self, GlassReason};
use crate::errors::PageError;
use crate::forms::{FormErrors, FormValues, Typed};
use crate::layout::render;
use crate::staff::guard::{BreakTheGlass, PermittedForm};
use crate::staff::{Permitted, Staff, StaffChrome};

/// The form as typed; other names (`csrf_token`) are the form's own.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OpenForm {
    code: Typed,
    reason: Typed,
}

fn open_page(staff: &Staff, form: FormValues, errors: FormErrors, status: StatusCode) -> Response {
    let chrome = StaffChrome::for_staff(staff, "cases-open-title", "/staff/cases");
    let page = OpenPage {
        chrome,
        form,
        errors,
    };
    render(&page, status).into_response(staff.user.language)
}

/// `GET /staff/cases/open`
pub async fn show_open(permitted: Permitted<BreakTheGlass>) -> Response {
    open_page(
        &permitted,
        FormValues::from_pairs(Vec::new()),
        FormErrors::new(),
        StatusCode::OK,
    )
}

/// `POST /staff/cases/open`: the case opened to the worker, then its page (303).
pub async fn open_by_code(
    State(state): State<AppState>,
    PermittedForm { permitted, form }: PermittedForm<BreakTheGlass, OpenForm>,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let tr = crate::i18n::Translator::new(staff.user.language);
    let typed = FormValues::from_pairs(vec![
        ("code".to_owned(), form.code.to_string()),
        ("reason".to_owned(), form.reason.to_string()),
    ]);
    let mut errors = FormErrors::new();
    if form.code.trim().is_empty() {
        errors.add(tr, "code", "cases-code", "form-error-required");
    }
    let reason = GlassReason::parse(&form.reason);
    if reason.is_err() {
        errors.add(
            tr,
            "reason",
            "cases-open-reason",
            "cases-open-reason-length",
        );
    }
    let opened = match reason {
        Ok(reason) if errors.is_empty() => {
            writes::break_glass(&state, &staff.user, form.code.trim(), &reason).await?
        }
        _ => None,
    };
    match opened {
        Some(case) => Ok(Redirect::to(&format!("/staff/cases/{}", case.id)).into_response()),
        None => {
            if errors.is_empty() {
                errors.add(tr, "code", "cases-code", "cases-open-no-such-case");
            }
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(open_page(staff, typed, errors, status))
        }
    }
}
