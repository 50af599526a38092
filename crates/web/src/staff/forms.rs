//! Reading posted forms: the CSRF check first (`Submitted` for a session's forms,
//! `VisitorForm` for the sign-in and invitation forms), then the fields; every refusal is a
//! translated page in the reader's language.

use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::Response;
use serde::de::DeserializeOwned;
use strada_domain::language::UiLanguage;
use strada_domain::second_factor::constant_time_eq;

use super::{CurrentSession, Staff};
use crate::AppState;
use crate::errors::{Reader, unavailable_page};
use crate::layout::browser_language;

/// A form posted with the session's CSRF token: the session and the form's other fields.
pub struct Submitted<T> {
    pub session: CurrentSession,
    pub form: T,
}

/// Why a posted form was refused before its handler ran; answered as a translated page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormRefusal {
    /// No CSRF token, or not the one this browser was given.
    Expired,
    TooLarge,
    Unreadable,
    /// A field holds a value of the wrong kind.
    Invalid,
}

impl FormRefusal {
    fn status(self) -> StatusCode {
        match self {
            Self::Expired => StatusCode::FORBIDDEN,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unreadable => StatusCode::BAD_REQUEST,
            Self::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    fn message_key(self) -> &'static str {
        match self {
            Self::Expired => "form-expired",
            Self::TooLarge => "form-too-large",
            Self::Unreadable => "form-unreadable",
            Self::Invalid => "form-invalid",
        }
    }

    /// The page in the reader's language: the user's, else what the browser asks for.
    fn page(self, language: UiLanguage) -> Response {
        use askama::Template;
        #[derive(Template)]
        #[template(path = "staff/form_refused.html")]
        struct FormRefusedPage {
            chrome: super::StaffChrome,
            message: String,
        }
        let chrome = super::StaffChrome::for_language(language, "form-refused-title");
        let message = chrome.t(self.message_key());
        crate::layout::render(&FormRefusedPage { chrome, message }, self.status())
            .into_response(language)
    }
}

/// Reads a posted form whose `csrf_token` must pass `token_is_right`, then its fields by
/// `serde_html_form`, so that a name repeated (a group of checkboxes) is a list field.
async fn read_form<T: DeserializeOwned>(
    request: Request,
    token_is_right: impl FnOnce(&str) -> bool,
) -> Result<T, FormRefusal> {
    let body = axum::body::to_bytes(request.into_body(), crate::BODY_LIMIT_BYTES)
        .await
        .map_err(|_| FormRefusal::TooLarge)?;
    let pairs: Vec<(String, String)> =
        serde_html_form::from_bytes(&body).map_err(|_| FormRefusal::Unreadable)?;
    let submitted = pairs
        .iter()
        .find(|(key, _)| key == "csrf_token")
        .map(|(_, value)| value.as_str())
        .unwrap_or("");
    if !token_is_right(submitted) {
        return Err(FormRefusal::Expired);
    }
    serde_html_form::from_bytes(&body).map_err(|_| FormRefusal::Invalid)
}

impl<T: DeserializeOwned> FromRequest<AppState> for Submitted<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let session = match state.request_session(&mut parts).await {
            Ok(Some(session)) => session,
            Ok(None) => return Err(FormRefusal::Expired.page(browser_language(&parts.headers))),
            Err(_) => return Err(unavailable_page(browser_language(&parts.headers))),
        };
        let request = Request::from_parts(parts, body);
        let language = session
            .user
            .as_ref()
            .map_or_else(|| browser_language(request.headers()), |user| user.language);
        let expected = session.csrf_token().to_owned();
        let form = read_form(request, |submitted| {
            constant_time_eq(submitted.as_bytes(), expected.as_bytes())
        })
        .await
        .map_err(|refusal| refusal.page(language))?;
        Ok(Self { session, form })
    }
}

/// A form posted by someone not signed in (sign-in, invitation), with the token that
/// `AppState::visitor_form_token` gave this browser.
pub struct VisitorForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for VisitorForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let headers = request.headers().clone();
        let form = read_form(request, |submitted| {
            state.visitor_form_token_matches(&headers, submitted)
        })
        .await
        .map_err(|refusal| refusal.page(browser_language(&headers)))?;
        Ok(Self(form))
    }
}

/// A form posted by a signed-in staff member: `Submitted`'s CSRF check, then `Staff`'s.
pub struct StaffForm<T> {
    pub staff: Staff,
    pub form: T,
}

impl<T: DeserializeOwned> FromRequest<AppState> for StaffForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        // The reader's slot travels in the extensions, which the body's reading consumes.
        let extensions = request.extensions().clone();
        let submitted = Submitted::<T>::from_request(request, state).await?;
        let staff = Staff::from_session(submitted.session)?;
        Reader::Staff(Box::new(staff.clone())).note_in(&extensions);
        Ok(Self {
            staff,
            form: submitted.form,
        })
    }
}
