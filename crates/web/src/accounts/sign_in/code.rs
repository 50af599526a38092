//! The second step of signing in: a code from the authenticator app, or a recovery code,
//! for a session whose password was right. Each try is an attempt against the account's and
//! the address's limits; a code works once.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::SessionStage;
use time::OffsetDateTime;

use super::limits::{
    ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, give_back_attempts, too_many_attempts, unavailable,
};
use super::{user_agent, with_cookie};
use crate::AppState;
use crate::client_address::ClientAddress;
use crate::errors::PageError;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::session::expired_cookie;
use crate::staff::{CurrentSession, MaybeSession, Submitted};

#[derive(Template)]
#[template(path = "accounts/code.html")]
struct CodePage {
    chrome: StaffChrome,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

fn waiting_for_code(session: &CurrentSession) -> Option<&User> {
    Some(session)
        .filter(|s| s.stored.stage == SessionStage::SecondFactor)
        .and_then(|s| s.user.as_ref())
}

/// `GET /login/code`
pub async fn show_code(headers: HeaderMap, MaybeSession(session): MaybeSession) -> Response {
    let Some(session) = session else {
        return Redirect::to("/login").into_response();
    };
    let Some(user) = waiting_for_code(&session) else {
        return Redirect::to("/login").into_response();
    };
    let mut chrome = StaffChrome::for_visitor(&headers, "code-title", session.csrf_token());
    chrome.tr = crate::i18n::Translator::new(user.language);
    chrome.title = chrome.t("code-title");
    let language = user.language;
    render(
        &CodePage {
            chrome,
            error: None,
        },
        StatusCode::OK,
    )
    .into_response(language)
}

/// `POST /login/code` with `code`: a code from the authenticator app or a recovery code.
pub async fn check_code(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
    submitted: Submitted<CodeForm>,
) -> Response {
    let session = submitted.session;
    let Some(user) = waiting_for_code(&session).cloned() else {
        return Redirect::to("/login").into_response();
    };
    let address = client.subject();
    match state
        .store()
        .take_attempt(&ADDRESS_ATTEMPTS, &address)
        .await
    {
        Ok(true) => {}
        Ok(false) => return too_many_attempts(&headers),
        Err(error) => return unavailable(&error),
    }
    let taken = match state
        .store()
        .take_attempt(&ACCOUNT_ATTEMPTS, user.email.as_str())
        .await
    {
        Ok(taken) => taken,
        Err(error) => return unavailable(&error),
    };
    if !taken {
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
        return with_cookie(
            Redirect::to("/login").into_response(),
            expired_cookie(state.settings().secure),
        );
    }
    let code = submitted.form.code.trim().to_owned();
    let passed = if code.contains('-') {
        state
            .store()
            .use_recovery_code(user.id, &code)
            .await
            .unwrap_or(false)
            .then_some(AuditAction::RecoveryCodeUsed)
    } else {
        verify_totp(&state, &user, &code)
            .await
            .then_some(AuditAction::SecondFactorPassed)
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
        let mut chrome = StaffChrome::for_visitor(&headers, "code-title", session.csrf_token());
        chrome.tr = crate::i18n::Translator::new(user.language);
        chrome.title = chrome.t("code-title");
        let error = Some(chrome.t("code-error"));
        return render(&CodePage { chrome, error }, StatusCode::UNAUTHORIZED)
            .into_response(user.language);
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
    let (cookie, _) = match state
        .start_session(Some(&user), SessionStage::SignedIn, &user_agent(&headers))
        .await
    {
        Ok(started) => started,
        Err(error) => return PageError::from(error).into_response(),
    };
    state
        .audit(Some(&user), "", action, "", Outcome::Success)
        .await;
    with_cookie(Redirect::to("/staff/").into_response(), cookie)
}

/// Checks a TOTP code and takes its step, so it cannot be used again.
pub async fn verify_totp(state: &AppState, user: &User, code: &str) -> bool {
    let Ok(Some(factor)) = state.store().second_factor(user.id).await else {
        return false;
    };
    let now = OffsetDateTime::now_utc().unix_timestamp();
    match factor.secret.verify(code, now, factor.last_step) {
        Some(step) => state
            .store()
            .claim_totp_step(user.id, step)
            .await
            .unwrap_or(false),
        None => false,
    }
}
