//! Signing in and out. A wrong password, an unknown account, a disabled account and a locked
//! one all get the same answer after the same work (one Argon2 verification). An account has
//! five attempts (password or code) per 15-minute window and an address twenty; an attempt
//! that succeeds is given back. Each attempt is taken from the limit (one atomic statement in
//! the database, `Store::take_attempt`) before the password or the code is checked, so no
//! number of concurrent requests gets more checks than the limit. Nothing typed is kept: the
//! limiter stores keyed digests only.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::accounts::{SessionStage, verify_password};

use super::limits::{ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, give_back_attempts, too_many_attempts};
use super::{user_agent, visitor_form_page, with_cookie};
use crate::AppState;
use crate::accounts::input::{NoFields, SignInForm};
use crate::accounts::views::SignInPage;
use crate::client_address::ClientAddress;
use crate::errors::PageError;
use crate::staff::session::expired_cookie;
use crate::staff::{MaybeSession, Submitted, VisitorForm};

/// `GET /login`: the form. A visit stores nothing: the form's CSRF token is bound to a nonce
/// cookie (see `session::VisitorForm`).
pub async fn show_sign_in(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    MaybeSession(session): MaybeSession,
) -> Result<Response, PageError> {
    if session
        .as_ref()
        .is_some_and(|s| s.signed_in_user().is_some())
    {
        return Ok(Redirect::to("/staff/").into_response());
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
) -> Result<Response, PageError> {
    visitor_form_page(
        state,
        headers,
        "sign-in-title",
        |chrome| {
            let (error, notice) = match message {
                Ok(error) => (Some(chrome.t(error)), None),
                Err(notice) => (None, notice.map(|key| chrome.t(key))),
            };
            SignInPage {
                chrome,
                email,
                error,
                notice,
            }
        },
        status,
    )
}

/// `POST /login` with `email` and `password`.
pub async fn sign_in(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
    MaybeSession(previous): MaybeSession,
    VisitorForm(form): VisitorForm<SignInForm>,
) -> Result<Response, PageError> {
    let typed = form.parse();
    let address = client.subject();
    if !client.take_attempt(&state, &ADDRESS_ATTEMPTS).await? {
        return Ok(too_many_attempts(&headers));
    }
    let locked = !state
        .store()
        .take_attempt(&ACCOUNT_ATTEMPTS, &typed.typed)
        .await?;
    let credentials = match &typed.email {
        Some(email) => state.store().credentials(email).await?,
        None => None,
    };
    // Always one verification, whether or not the account exists; a locked account's
    // password is not checked at all, only the time of a check is spent.
    let known_hash = credentials
        .as_ref()
        .and_then(|c| c.password_hash.as_deref())
        .filter(|_| !locked);
    let password_right = verify_password(known_hash, &typed.password);
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
            typed.typed,
            Ok("sign-in-error"),
            StatusCode::UNAUTHORIZED,
        );
    };
    // A sign-in that succeeds is no attempt against either limit.
    give_back_attempts(
        &state,
        &[
            (&ACCOUNT_ATTEMPTS, typed.typed.as_str()),
            (&ADDRESS_ATTEMPTS, &address),
        ],
    )
    .await;
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
    let (cookie, _) = state
        .start_session(Some(&user), stage, &user_agent(&headers))
        .await?;
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
    Ok(with_cookie(Redirect::to(next).into_response(), cookie))
}

/// `POST /logout`: ends the session on the server and in the browser.
pub async fn sign_out(
    State(state): State<AppState>,
    submitted: Submitted<NoFields>,
) -> Result<Response, PageError> {
    let _ = state
        .store()
        .delete_session(submitted.session.id_hash())
        .await;
    if let Some(user) = &submitted.session.user {
        state
            .audit(Some(user), "", AuditAction::SignOut, "", Outcome::Success)
            .await;
    }
    Ok(with_cookie(
        Redirect::to("/login").into_response(),
        expired_cookie(state.settings().secure),
    ))
}
