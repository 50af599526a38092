//! Enrolling a second factor: a secret made on the server, shown as a QR code (SVG, drawn
//! here) and as its `otpauth://` URI, confirmed by a first code; then ten recovery codes shown
//! once. Until a role that needs it has enrolled, or anyone who reset theirs has enrolled
//! again, this is the only page they reach.
//!
//! Invariant: a pending secret is shown only to the session that made it, right after the
//! password (at sign-in, at a reset, or typed again here); making it ends every other session
//! and API token of the user. Any other session is asked for the password before a new secret
//! is made for it, so a stolen session never sees a secret.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use qrcodegen::{QrCode, QrCodeEcc};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::second_factor::TotpSecret;
use strada_store::accounts::{SecretStart, new_recovery_codes, new_totp_secret};
use time::OffsetDateTime;

use super::check_password_again;
use crate::AppState;
use crate::accounts::input::{EnrolmentForm, PasswordAgainForm};
use crate::accounts::views::{EnrolmentPage, PendingSecret, RecoveryCodesPage};
use crate::errors::PageError;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::{CurrentSession, MaybeSession, Submitted};

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
) -> Result<Response, PageError> {
    let Some(session) = session else {
        return Ok(Redirect::to("/login").into_response());
    };
    let Some(user) = enrolling(&session).cloned() else {
        return Ok(Redirect::to(if session.signed_in_user().is_some() {
            "/staff/"
        } else {
            "/login"
        })
        .into_response());
    };
    enrolment_page(&state, &session, &user, None, StatusCode::OK).await
}

/// The secret this session may see: its own pending one, or a new one when none was ever
/// made for another session or by a reset.
async fn pending_secret(
    state: &AppState,
    session: &CurrentSession,
    user: &User,
) -> Result<Option<TotpSecret>, strada_store::StoreError> {
    let factor = state.store().second_factor(user.id).await?;
    let bound_to = factor.as_ref().and_then(|f| f.pending_session.as_deref());
    if bound_to == Some(session.id_hash()) {
        return Ok(factor.map(|f| f.secret));
    }
    if bound_to.is_some() || user.second_factor_reset {
        return Ok(None);
    }
    // A first enrolment, right after the password at sign-in. When a request that raced this
    // one changed the state first, what it left decides.
    let secret = new_totp_secret();
    if state
        .store()
        .begin_second_factor(user.id, &secret, session.id_hash(), SecretStart::First)
        .await?
    {
        return Ok(Some(secret));
    }
    Ok(state
        .store()
        .second_factor(user.id)
        .await?
        .filter(|factor| factor.pending_session.as_deref() == Some(session.id_hash()))
        .map(|factor| factor.secret))
}

async fn enrolment_page(
    state: &AppState,
    session: &CurrentSession,
    user: &User,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let secret = pending_secret(state, session, user).await?;
    let chrome = StaffChrome::for_user(user, session, "enrol-title", "");
    let pending = secret.map(|secret| {
        let uri = secret.otpauth_uri("Strada", user.email.as_str());
        PendingSecret {
            qr_svg: qr_svg(&uri, &chrome.t("enrol-qr-label")),
            uri,
            secret: secret.to_base32(),
        }
    });
    let page = EnrolmentPage {
        reset_elsewhere: pending.is_none() && user.second_factor_reset,
        pending,
        error: error.map(|key| chrome.t(key)),
        required: user.must_enrol_second_factor(),
        chrome,
    };
    Ok(render(&page, status).into_response(user.language))
}

/// A refused step, recorded as `action` with `detail`: the page again with its error.
async fn refuse(
    state: &AppState,
    session: &CurrentSession,
    user: &User,
    (action, detail): (AuditAction, &str),
    error_key: &str,
    status: StatusCode,
) -> Result<Response, PageError> {
    state
        .audit(Some(user), "", action, detail, Outcome::Failure)
        .await;
    enrolment_page(state, session, user, Some(error_key), status).await
}

/// `POST /staff/enrol/password` with `password`: a new secret for this session, after the
/// password again (the attempt counts against the account's sign-in limit).
pub async fn restart_enrolment(
    State(state): State<AppState>,
    submitted: Submitted<PasswordAgainForm>,
) -> Result<Response, PageError> {
    let session = submitted.session;
    let Some(user) = enrolling(&session).cloned() else {
        return Ok(Redirect::to("/login").into_response());
    };
    if let Err(refused) = check_password_again(&state, &user, &submitted.form.password).await? {
        return refuse(
            &state,
            &session,
            &user,
            (AuditAction::SecondFactorReset, "wrong password"),
            refused.message_key(),
            refused.status(),
        )
        .await;
    }
    if !state
        .store()
        .begin_second_factor(
            user.id,
            &new_totp_secret(),
            session.id_hash(),
            SecretStart::Again,
        )
        .await?
    {
        // Enrolled meanwhile by a request that raced this one, or a reset pending in the
        // session that started it: the page says which.
        return Ok(Redirect::to("/staff/enrol").into_response());
    }
    state
        .audit(
            Some(&user),
            "",
            AuditAction::SecondFactorReset,
            "enrolment started again",
            Outcome::Success,
        )
        .await;
    Ok(Redirect::to("/staff/enrol").into_response())
}

/// `POST /staff/enrol` with `code`: confirms, then shows the recovery codes once.
pub async fn confirm_enrolment(
    State(state): State<AppState>,
    submitted: Submitted<EnrolmentForm>,
) -> Result<Response, PageError> {
    let session = submitted.session;
    let Some(user) = enrolling(&session).cloned() else {
        return Ok(Redirect::to("/login").into_response());
    };
    // Only the session the pending secret was shown to may confirm it.
    let secret = state
        .store()
        .second_factor(user.id)
        .await?
        .filter(|factor| factor.pending_session.as_deref() == Some(session.id_hash()))
        .map(|factor| factor.secret);
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let Some(step) = secret.and_then(|secret| secret.verify(&submitted.form.code, now, None))
    else {
        return refuse(
            &state,
            &session,
            &user,
            (AuditAction::SecondFactorFailed, "enrolment"),
            "code-error",
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let codes = new_recovery_codes();
    if !state
        .store()
        .confirm_second_factor(user.id, session.id_hash(), step, &codes)
        .await?
    {
        // Confirmed already (by a request that raced this one): its codes were shown there.
        return Ok(Redirect::to("/staff/").into_response());
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
    Ok(render(&RecoveryCodesPage { chrome, codes }, StatusCode::OK).into_response(user.language))
}
