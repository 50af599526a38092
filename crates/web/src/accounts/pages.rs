//! The pages a person sees before being fully signed in: signing in and out (`sign_in`), the
//! code step (`code`), enrolling a second factor (`enrolment`) and accepting an invitation
//! (`invitation`); the limits on their attempts are `limits`. Forms posted before a session
//! exists carry the token `AppState::visitor_form_token` bound to a nonce cookie, so that a
//! visit stores nothing.

mod code;
mod enrolment;
mod invitation;
mod limits;
mod sign_in;

use askama::Template;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

pub use code::{check_code, show_code};
pub use enrolment::{confirm_enrolment, restart_enrolment, show_enrolment};
pub use invitation::{accept_invitation, show_invitation};
pub(super) use limits::{PasswordRefused, check_password_again};
pub use sign_in::{show_sign_in, sign_in, sign_out};

use crate::AppState;
use crate::errors::PageError;
use crate::layout::render;
use crate::staff::StaffChrome;

fn user_agent(headers: &HeaderMap) -> String {
    headers
        .get(header::USER_AGENT)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

fn with_cookie(mut response: Response, cookie: HeaderValue) -> Response {
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

/// A page with a form for someone not signed in, in the browser's language: `page` is drawn
/// in the chrome that carries the form's token, and the nonce cookie is set when the browser
/// had none.
fn visitor_form_page<T: Template>(
    state: &AppState,
    headers: &HeaderMap,
    title_key: &str,
    page: impl FnOnce(StaffChrome) -> T,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (cookie, csrf) = state.visitor_form_token(headers)?;
    let chrome = StaffChrome::for_visitor(headers, title_key, &csrf);
    let language = chrome.tr.language();
    let response = render(&page(chrome), status).into_response(language);
    Ok(match cookie {
        Some(cookie) => with_cookie(response, cookie),
        None => response,
    })
}
