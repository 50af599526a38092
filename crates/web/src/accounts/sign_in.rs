//! Signing in and out. A wrong password, an unknown account, a disabled account and a locked
//! one all get the same answer after the same work (one Argon2 verification). Five failures
//! of an account in 15 minutes lock it for 15 minutes; an address with many failures is
//! slowed with 429.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::accounts::{EmailAddress, User};
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::{SessionStage, verify_password};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use super::StaffChrome;
use super::session::{CurrentSession, MaybeSession, Submitted, expired_cookie};
use crate::AppState;
use crate::layout::render;

/// Failures of one account that lock it, and for how long the window and the lock last.
pub const ACCOUNT_FAILURE_LIMIT: i64 = 5;
pub const FAILURE_WINDOW: Duration = Duration::minutes(15);
/// Failures from one address after which it is slowed.
pub const ADDRESS_FAILURE_LIMIT: i64 = 20;

#[derive(Template)]
#[template(path = "staff/sign_in.html")]
struct SignInPage {
    chrome: StaffChrome,
    email: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "staff/code.html")]
struct CodePage {
    chrome: StaffChrome,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

#[derive(Deserialize)]
pub struct NoFields {}

fn user_agent(headers: &HeaderMap) -> String {
    headers
        .get(header::USER_AGENT)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

pub fn with_cookie(mut response: Response, cookie: HeaderValue) -> Response {
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

fn window_start() -> String {
    (OffsetDateTime::now_utc() - FAILURE_WINDOW)
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// `GET /staff`
pub async fn redirect_to_staff_home() -> Redirect {
    Redirect::permanent("/staff/")
}

/// `GET /login`: the form, with a fresh anonymous session carrying its CSRF token.
pub async fn show_sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    MaybeSession(session): MaybeSession,
) -> Response {
    if session
        .as_ref()
        .is_some_and(|s| s.signed_in_user().is_some())
    {
        return Redirect::to("/staff/").into_response();
    }
    sign_in_form(
        &state,
        &headers,
        session,
        String::new(),
        None,
        StatusCode::OK,
    )
    .await
}

async fn sign_in_form(
    state: &AppState,
    headers: &HeaderMap,
    session: Option<CurrentSession>,
    email: String,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let (cookie, csrf) = match state.visitor_session(headers, session).await {
        Ok(started) => started,
        Err(error) => {
            tracing::error!(%error, "cannot start a session");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let chrome = StaffChrome::for_visitor(headers, "sign-in-title", &csrf);
    let error = error.map(|key| chrome.t(key));
    let language = chrome.tr.language();
    let response = render(
        &SignInPage {
            chrome,
            email,
            error,
        },
        status,
    )
    .into_response(language);
    match cookie {
        Some(cookie) => with_cookie(response, cookie),
        None => response,
    }
}

/// `POST /login` with `email` and `password`.
pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    submitted: Submitted<SignInForm>,
) -> Response {
    let address = peer.ip().to_string();
    let typed = submitted.form.email.trim().to_lowercase();
    let account_key: String = typed.chars().take(254).collect();
    let (account_failures, address_failures) = match state
        .store()
        .count_sign_in_failures(&account_key, &address, &window_start())
        .await
    {
        Ok(counts) => counts,
        Err(error) => {
            tracing::error!(%error, "cannot count sign-in failures");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    if address_failures >= ADDRESS_FAILURE_LIMIT {
        let mut response = (
            StatusCode::TOO_MANY_REQUESTS,
            "Too many failed sign-ins from this address. Wait 15 minutes and try again.",
        )
            .into_response();
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("900"));
        return response;
    }
    let credentials = match EmailAddress::parse(&typed) {
        Ok(email) => state.store().credentials(&email).await.ok().flatten(),
        Err(_) => None,
    };
    // Always one verification, whether or not the account exists.
    let password_right = verify_password(
        credentials
            .as_ref()
            .and_then(|c| c.password_hash.as_deref()),
        &submitted.form.password,
    );
    let user = credentials.map(|c| c.user);
    let locked = account_failures >= ACCOUNT_FAILURE_LIMIT;
    let usable = user
        .as_ref()
        .filter(|u| password_right && !locked && !u.disabled)
        .cloned();
    let Some(user) = usable else {
        if let Err(error) = state
            .store()
            .record_sign_in_failure(&account_key, &address)
            .await
        {
            tracing::error!(%error, "cannot record a sign-in failure");
        }
        let action = if locked {
            AuditAction::SignInRefusedLocked
        } else {
            AuditAction::SignInFailed
        };
        state
            .audit(
                user.as_ref(),
                "unknown account",
                action,
                "",
                Outcome::Failure,
            )
            .await;
        return sign_in_form(
            &state,
            &headers,
            Some(submitted.session),
            typed,
            Some("sign-in-error"),
            StatusCode::UNAUTHORIZED,
        )
        .await;
    };
    let _ = state
        .store()
        .delete_session(submitted.session.id_hash())
        .await;
    let stage = if user.signs_in_with_code() {
        SessionStage::SecondFactor
    } else {
        SessionStage::SignedIn
    };
    let (cookie, _) = match state
        .start_session(Some(&user), stage, &user_agent(&headers))
        .await
    {
        Ok(started) => started,
        Err(error) => {
            tracing::error!(%error, "cannot start a session");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    state
        .audit(
            Some(&user),
            "",
            AuditAction::SignIn,
            "password",
            Outcome::Success,
        )
        .await;
    let next = match stage {
        SessionStage::SecondFactor => "/login/code",
        _ if user.must_enrol_second_factor() => "/staff/enrol",
        _ => "/staff/",
    };
    with_cookie(Redirect::to(next).into_response(), cookie)
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    submitted: Submitted<CodeForm>,
) -> Response {
    let session = submitted.session;
    let Some(user) = waiting_for_code(&session).cloned() else {
        return Redirect::to("/login").into_response();
    };
    let account_key = user.email.to_string();
    let address = peer.ip().to_string();
    let (failures, _) = state
        .store()
        .count_sign_in_failures(&account_key, &address, &window_start())
        .await
        .unwrap_or((ACCOUNT_FAILURE_LIMIT, 0));
    if failures >= ACCOUNT_FAILURE_LIMIT {
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
        let _ = state
            .store()
            .record_sign_in_failure(&account_key, &address)
            .await;
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
    let _ = state.store().delete_session(session.id_hash()).await;
    let (cookie, _) = match state
        .start_session(Some(&user), SessionStage::SignedIn, &user_agent(&headers))
        .await
    {
        Ok(started) => started,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    state
        .audit(Some(&user), "", action, "", Outcome::Success)
        .await;
    with_cookie(Redirect::to("/staff/").into_response(), cookie)
}

/// Checks a TOTP code and takes its step, so it cannot be used again.
pub async fn verify_totp(state: &AppState, user: &User, code: &str) -> bool {
    let Ok(Some(credentials)) = state.store().credentials_by_id(user.id).await else {
        return false;
    };
    let Some(secret) = credentials.totp_secret else {
        return false;
    };
    let now = OffsetDateTime::now_utc().unix_timestamp();
    match secret.verify(code, now, credentials.totp_last_step) {
        Some(step) => state
            .store()
            .claim_totp_step(user.id, step)
            .await
            .unwrap_or(false),
        None => false,
    }
}

/// `POST /logout`: ends the session on the server and in the browser.
pub async fn sign_out(State(state): State<AppState>, submitted: Submitted<NoFields>) -> Response {
    let _ = state
        .store()
        .delete_session(submitted.session.id_hash())
        .await;
    if let Some(user) = &submitted.session.user {
        state
            .audit(Some(user), "", AuditAction::SignOut, "", Outcome::Success)
            .await;
    }
    with_cookie(
        Redirect::to("/login").into_response(),
        expired_cookie(state.settings().secure),
    )
}
