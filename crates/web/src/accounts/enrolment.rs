//! Enrolling a second factor: a secret made on the server, shown as a QR code (SVG, drawn
//! here) and as its `otpauth://` URI, confirmed by a first code; then ten recovery codes shown
//! once. Until a role that needs it has enrolled, this is the only page it reaches.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use qrcodegen::{QrCode, QrCodeEcc};
use serde::Deserialize;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::second_factor::TotpSecret;
use strada_store::accounts::{new_recovery_codes, new_totp_secret};
use time::OffsetDateTime;

use super::StaffChrome;
use super::session::{CurrentSession, MaybeSession, Submitted};
use crate::AppState;
use crate::layout::render;

#[derive(Template)]
#[template(path = "staff/enrol.html")]
struct EnrolmentPage {
    chrome: StaffChrome,
    qr_svg: String,
    uri: String,
    secret: String,
    error: Option<String>,
    required: bool,
}

#[derive(Template)]
#[template(path = "staff/recovery_codes.html")]
struct RecoveryCodesPage {
    chrome: StaffChrome,
    codes: Vec<String>,
}

#[derive(Deserialize)]
pub struct EnrolmentForm {
    #[serde(default)]
    code: String,
}

/// The signed-in user who has not enrolled yet.
fn enrolling(session: &CurrentSession) -> Option<&User> {
    session
        .signed_in_user()
        .filter(|user| !user.second_factor_enrolled)
}

/// Draws a QR code as SVG: one path of dark modules on a white square with a quiet zone.
fn qr_svg(text: &str, label: &str) -> String {
    let Ok(qr) = QrCode::encode_text(text, QrCodeEcc::Medium) else {
        return String::new();
    };
    let border = 4;
    let size = qr.size() + 2 * border;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let label = label
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"240\" height=\"240\" role=\"img\" aria-label=\"{label}\"><rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path d=\"{path}\" fill=\"#000000\"/></svg>"
    )
}

/// `GET /staff/enrol`
pub async fn show_enrolment(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
) -> Response {
    let Some(session) = session else {
        return Redirect::to("/login").into_response();
    };
    let Some(user) = enrolling(&session).cloned() else {
        return Redirect::to(if session.signed_in_user().is_some() {
            "/staff/"
        } else {
            "/login"
        })
        .into_response();
    };
    enrolment_page(&state, &session, &user, None, StatusCode::OK).await
}

async fn enrolment_page(
    state: &AppState,
    session: &CurrentSession,
    user: &User,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    // Keep a pending secret across reloads so a scanned code stays valid.
    let pending = state
        .store()
        .credentials_by_id(user.id)
        .await
        .ok()
        .flatten()
        .and_then(|credentials| credentials.totp_secret);
    let secret: TotpSecret = match pending {
        Some(secret) => secret,
        None => {
            let secret = new_totp_secret();
            if state
                .store()
                .begin_second_factor(user.id, &secret)
                .await
                .is_err()
            {
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
            secret
        }
    };
    let chrome = StaffChrome::for_user(user, session, "enrol-title", "");
    let uri = secret.otpauth_uri("Strada", user.email.as_str());
    let page = EnrolmentPage {
        qr_svg: qr_svg(&uri, &chrome.t("enrol-qr-label")),
        uri,
        secret: secret.to_base32(),
        error: error.map(|key| chrome.t(key)),
        required: user.role.requires_second_factor() && !user.demo,
        chrome,
    };
    render(&page, status).into_response(user.language)
}

/// `POST /staff/enrol` with `code`: confirms, then shows the recovery codes once.
pub async fn confirm_enrolment(
    State(state): State<AppState>,
    submitted: Submitted<EnrolmentForm>,
) -> Response {
    let session = submitted.session;
    let Some(user) = enrolling(&session).cloned() else {
        return Redirect::to("/login").into_response();
    };
    let secret = state
        .store()
        .credentials_by_id(user.id)
        .await
        .ok()
        .flatten()
        .and_then(|credentials| credentials.totp_secret);
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let Some(step) = secret.and_then(|secret| secret.verify(&submitted.form.code, now, None))
    else {
        state
            .audit(
                Some(&user),
                "",
                AuditAction::SecondFactorFailed,
                "enrolment",
                Outcome::Failure,
            )
            .await;
        return enrolment_page(
            &state,
            &session,
            &user,
            Some("code-error"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let codes = new_recovery_codes();
    if state
        .store()
        .confirm_second_factor(user.id, step, &codes)
        .await
        .is_err()
    {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    state
        .audit(
            Some(&user),
            "",
            AuditAction::SecondFactorEnrolled,
            "",
            Outcome::Success,
        )
        .await;
    let chrome = StaffChrome::for_user(&user, &session, "recovery-title", "");
    render(&RecoveryCodesPage { chrome, codes }, StatusCode::OK).into_response(user.language)
}
