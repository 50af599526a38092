//! The second step of signing in: a code from the authenticator app, or a recovery code,
//! for a session whose password was right. Each try is an attempt against the account's and
//! the address's limits; a code works once.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::StoreError;
use strada_store::accounts::SessionStage;
use time::OffsetDateTime;

use super::limits::{ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, give_back_attempts, too_many_attempts};
use super::{user_agent, with_cookie};
use crate::AppState;
use crate::accounts::input::{CodeForm, SecondFactorCode};
use crate::accounts::views::CodePage;
use crate::client_address::ClientAddress;
use crate::errors::PageError;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::session::expired_cookie;
use crate::staff::{CurrentSession, MaybeSession, Submitted};

fn waiting_for_code(session: &CurrentSession) -> Option<&User> {
    Some(session)
        .filter(|s| s.stored.stage == SessionStage::SecondFactor)
        .and_then(|s| s.user.as_ref())
}

/// The code page in the user's language, with an error (a message key) after a wrong code.
fn code_page(
    headers: &HeaderMap,
    session: &CurrentSession,
    user: &User,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let mut chrome = StaffChrome::for_visitor(headers, "code-title", session.csrf_token());
    chrome.tr = Translator::new(user.language);
    chrome.title = chrome.t("code-title");
    let error = error.map(|key| chrome.t(key));
    render(&CodePage { chrome, error }, status).into_response(user.language)
}

/// `GET /login/code`
pub async fn show_code(
    headers: HeaderMap,
    MaybeSession(session): MaybeSession,
) -> Result<Response, PageError> {
    let Some(session) = session else {
        return Ok(Redirect::to("/login").into_response());
    };
    let Some(user) = waiting_for_code(&session) else {
        return Ok(Redirect::to("/login").into_response());
    };
    Ok(code_page(&headers, &session, user, None, StatusCode::OK))
}

/// `POST /login/code` with `code`: a code from the authenticator app or a recovery code.
pub async fn check_code(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
    submitted: Submitted<CodeForm>,
) -> Result<Response, PageError> {
    let session = submitted.session;
    let Some(user) = waiting_for_code(&session).cloned() else {
        return Ok(Redirect::to("/login").into_response());
    };
    let address = client.subject();
    if !client.take_attempt(&state, &ADDRESS_ATTEMPTS).await? {
        return Ok(too_many_attempts(&headers));
    }
    if !state
        .store()
        .take_attempt(&ACCOUNT_ATTEMPTS, user.email.as_str())
        .await?
    {
        let _ = state.store().delete_session(session.id_hash()).await;
        state
            .audit(
                Some(&user),
                "",
                AuditAction::SignInRefusedLocked,
                "second factor",
                Outcome::Failure,
            )
            .await;
        return Ok(with_cookie(
            Redirect::to("/login").into_response(),
            expired_cookie(state.settings().secure),
        ));
    }
    let passed = match submitted.form.parse() {
        SecondFactorCode::Recovery(code) => state
            .store()
            .use_recovery_code(user.id, &code)
            .await?
            .then_some(AuditAction::RecoveryCodeUsed),
        SecondFactorCode::Totp(code) => verify_totp(&state, &user, &code)
            .await?
            .then_some(AuditAction::SecondFactorPassed),
    };
    let Some(action) = passed else {
        state
            .audit(
                Some(&user),
                "",
                AuditAction::SecondFactorFailed,
                "",
                Outcome::Failure,
            )
            .await;
        return Ok(code_page(
            &headers,
            &session,
            &user,
            Some("code-error"),
            StatusCode::UNAUTHORIZED,
        ));
    };
    give_back_attempts(
        &state,
        &[
            (&ACCOUNT_ATTEMPTS, user.email.as_str()),
            (&ADDRESS_ATTEMPTS, address.as_str()),
        ],
    )
    .await;
    let _ = state.store().delete_session(session.id_hash()).await;
    let (cookie, _) = state
        .start_session(Some(&user), SessionStage::SignedIn, &user_agent(&headers))
        .await?;
    state
        .audit(Some(&user), "", action, "", Outcome::Success)
        .await;
    Ok(with_cookie(Redirect::to("/staff/").into_response(), cookie))
}

/// Checks a TOTP code and takes its step, so it cannot be used again. A second factor the
/// database cannot give is an error, never a wrong code.
async fn verify_totp(state: &AppState, user: &User, code: &str) -> Result<bool, StoreError> {
    let Some(factor) = state.store().second_factor(user.id).await? else {
        return Ok(false);
    };
    let now = OffsetDateTime::now_utc().unix_timestamp();
    match factor.secret.verify(code, now, factor.last_step) {
        Some(step) => state.store().claim_totp_step(user.id, step).await,
        None => Ok(false),
    }
}
