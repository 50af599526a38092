//! Signing in and out. A wrong password, an unknown account, a disabled account and a locked
//! one all get the same answer after the same work (one Argon2 verification). An account has
//! five attempts (password or code) per 15-minute window and an address twenty; an attempt
//! that succeeds is given back. Each attempt is taken from the limit (one atomic statement in
//! the database, `Store::take_attempt`) before the password or the code is checked, so no
//! number of concurrent requests gets more checks than the limit. Nothing typed is kept: the
//! limiter stores keyed digests only.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::accounts::{EmailAddress, User};
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::{SessionStage, verify_password};
use strada_store::rate_limits::RateLimit;
use time::{Duration, OffsetDateTime};

use super::StaffChrome;
use super::session::{CurrentSession, MaybeSession, Submitted, VisitorForm, expired_cookie};
use crate::AppState;
use crate::layout::render;

/// Attempts for one account (what was typed as the email), password and code together.
pub const ACCOUNT_ATTEMPTS: RateLimit = RateLimit {
    name: "sign-in-account",
    max: 5,
    window: Duration::minutes(15),
};
/// Attempts from one network address, whatever the account.
pub const ADDRESS_ATTEMPTS: RateLimit = RateLimit {
    name: "sign-in-address",
    max: 20,
    window: Duration::minutes(15),
};

#[derive(Template)]
#[template(path = "staff/sign_in.html")]
struct SignInPage {
    chrome: StaffChrome,
    email: String,
    error: Option<String>,
    notice: Option<String>,
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

/// The 429 page: too many attempts from this address.
fn too_many_attempts(headers: &HeaderMap) -> Response {
    let chrome = StaffChrome::for_visitor(headers, "sign-in-title", "");
    let language = chrome.tr.language();
    let page = SignInBlockedPage {
        message: chrome.t("sign-in-too-many"),
        chrome,
    };
    let mut response = render(&page, StatusCode::TOO_MANY_REQUESTS).into_response(language);
    let retry = ADDRESS_ATTEMPTS.window.whole_seconds().to_string();
    if let Ok(value) = HeaderValue::from_str(&retry) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

#[derive(Template)]
#[template(path = "staff/form_refused.html")]
struct SignInBlockedPage {
    chrome: StaffChrome,
    message: String,
}

fn unavailable(error: &strada_store::StoreError, headers: &HeaderMap) -> Response {
    tracing::error!(%error, "cannot count a sign-in attempt");
    super::session::unavailable_page(super::session::browser_language(headers))
}

/// `GET /staff`
pub async fn redirect_to_staff_home() -> Redirect {
    Redirect::permanent("/staff/")
}

/// `GET /login`: the form. A visit stores nothing: the form's CSRF token is bound to a nonce
/// cookie (see `session::VisitorForm`).
pub async fn show_sign_in(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    MaybeSession(session): MaybeSession,
) -> Response {
    if session
        .as_ref()
        .is_some_and(|s| s.signed_in_user().is_some())
    {
        return Redirect::to("/staff/").into_response();
    }
    // After an invitation was accepted, the form confirms that the password was set.
    let notice = (query.as_deref() == Some("password-set")).then_some("invitation-password-set");
    sign_in_form(&state, &headers, String::new(), Err(notice), StatusCode::OK)
}

/// The sign-in page with the email as typed and either an error or a notice (message keys).
fn sign_in_form(
    state: &AppState,
    headers: &HeaderMap,
    email: String,
    message: Result<&str, Option<&str>>,
    status: StatusCode,
) -> Response {
    let (cookie, csrf) = match state.visitor_form_token(headers) {
        Ok(token) => token,
        Err(error) => {
            tracing::error!(%error, "cannot make the sign-in form's token");
            return super::session::unavailable_page(super::session::browser_language(headers));
        }
    };
    let chrome = StaffChrome::for_visitor(headers, "sign-in-title", &csrf);
    let (error, notice) = match message {
        Ok(error) => (Some(chrome.t(error)), None),
        Err(notice) => (None, notice.map(|key| chrome.t(key))),
    };
    let language = chrome.tr.language();
    let response = render(
        &SignInPage {
            chrome,
            email,
            error,
            notice,
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
    MaybeSession(previous): MaybeSession,
    VisitorForm(form): VisitorForm<SignInForm>,
) -> Response {
    let address = peer.ip().to_string();
    let typed: String = form.email.trim().to_lowercase().chars().take(254).collect();
    match state
        .store()
        .take_attempt(&ADDRESS_ATTEMPTS, &address)
        .await
    {
        Ok(true) => {}
        Ok(false) => return too_many_attempts(&headers),
        Err(error) => return unavailable(&error, &headers),
    }
    let locked = match state.store().take_attempt(&ACCOUNT_ATTEMPTS, &typed).await {
        Ok(taken) => !taken,
        Err(error) => return unavailable(&error, &headers),
    };
    let credentials = match EmailAddress::parse(&typed) {
        Ok(email) => state.store().credentials(&email).await.ok().flatten(),
        Err(_) => None,
    };
    // Always one verification, whether or not the account exists; a locked account's
    // password is not checked at all, only the time of a check is spent.
    let known_hash = credentials
        .as_ref()
        .and_then(|c| c.password_hash.as_deref())
        .filter(|_| !locked);
    let password_right = verify_password(known_hash, &form.password);
    let user = credentials.map(|c| c.user);
    let usable = user
        .as_ref()
        .filter(|u| password_right && !u.disabled)
        .cloned();
    let Some(user) = usable else {
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
            typed,
            Ok("sign-in-error"),
            StatusCode::UNAUTHORIZED,
        );
    };
    // A sign-in that succeeds is no attempt against either limit.
    for (limit, subject) in [
        (&ACCOUNT_ATTEMPTS, typed.as_str()),
        (&ADDRESS_ATTEMPTS, &address),
    ] {
        if let Err(error) = state.store().give_back_attempt(limit, subject).await {
            tracing::warn!(%error, "cannot give a sign-in attempt back");
        }
    }
    // A session the browser had before (waiting for a code, say) ends: ids never survive a
    // change of privilege.
    if let Some(previous) = previous {
        let _ = state.store().delete_session(previous.id_hash()).await;
    }
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
            return super::session::unavailable_page(super::session::browser_language(&headers));
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
    let address = peer.ip().to_string();
    match state
        .store()
        .take_attempt(&ADDRESS_ATTEMPTS, &address)
        .await
    {
        Ok(true) => {}
        Ok(false) => return too_many_attempts(&headers),
        Err(error) => return unavailable(&error, &headers),
    }
    let taken = match state
        .store()
        .take_attempt(&ACCOUNT_ATTEMPTS, user.email.as_str())
        .await
    {
        Ok(taken) => taken,
        Err(error) => return unavailable(&error, &headers),
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
    for (limit, subject) in [
        (&ACCOUNT_ATTEMPTS, user.email.as_str()),
        (&ADDRESS_ATTEMPTS, address.as_str()),
    ] {
        if let Err(error) = state.store().give_back_attempt(limit, subject).await {
            tracing::warn!(%error, "cannot give a sign-in attempt back");
        }
    }
    let _ = state.store().delete_session(session.id_hash()).await;
    let (cookie, _) = match state
        .start_session(Some(&user), SessionStage::SignedIn, &user_agent(&headers))
        .await
    {
        Ok(started) => started,
        Err(_) => return super::session::unavailable_page(user.language),
    };
    state
        .audit(Some(&user), "", action, "", Outcome::Success)
        .await;
    with_cookie(Redirect::to("/staff/").into_response(), cookie)
}

/// Why a signed-in user's password, typed again, was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordRefused {
    Wrong,
    /// The account's attempts are used up for this window; the password was not checked.
    Locked,
    Unavailable,
}

impl PasswordRefused {
    pub fn status(self) -> StatusCode {
        match self {
            Self::Wrong => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Locked => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Wrong => "account-password-wrong",
            Self::Locked => "enrol-password-locked",
            Self::Unavailable => "service-unavailable",
        }
    }
}

/// Checks the password of someone signed in already (to change it, to reset or set up the
/// second factor) as one attempt against the account's sign-in limit, taken before the check
/// and given back when it is right: a stolen session cannot guess the password faster than
/// the sign-in form allows.
pub async fn check_password_again(
    state: &AppState,
    user: &User,
    password: &str,
) -> Result<(), PasswordRefused> {
    let subject = user.email.as_str();
    match state.store().take_attempt(&ACCOUNT_ATTEMPTS, subject).await {
        Ok(true) => {}
        Ok(false) => return Err(PasswordRefused::Locked),
        Err(error) => {
            tracing::error!(%error, "cannot count a password attempt");
            return Err(PasswordRefused::Unavailable);
        }
    }
    let hash = match state.store().credentials_by_id(user.id).await {
        Ok(credentials) => credentials.and_then(|credentials| credentials.password_hash),
        Err(_) => return Err(PasswordRefused::Unavailable),
    };
    if !verify_password(hash.as_deref(), password) {
        return Err(PasswordRefused::Wrong);
    }
    if let Err(error) = state
        .store()
        .give_back_attempt(&ACCOUNT_ATTEMPTS, subject)
        .await
    {
        tracing::warn!(%error, "cannot give a password attempt back");
    }
    Ok(())
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
