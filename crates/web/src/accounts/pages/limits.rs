//! The sign-in limits: five attempts per account (password or code, and a password typed
//! again while signed in) and twenty per address in each 15-minute window, each taken from the
//! rate limiter before the check it limits and given back when the check passes.

use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use strada_domain::accounts::User;
use strada_store::accounts::verify_password;
use strada_store::rate_limits::RateLimit;
use time::Duration;

use crate::AppState;
use crate::accounts::views::SignInBlockedPage;
use crate::client_address::{per_address, with_retry_after};
use crate::errors::PageError;
use crate::layout::render;
use crate::staff::StaffChrome;

/// Attempts for one account (what was typed as the email), password and code together.
pub const ACCOUNT_ATTEMPTS: RateLimit = RateLimit {
    name: "sign-in-account",
    max: 5,
    window: Duration::minutes(15),
};
/// Attempts from one network address, whatever the account.
pub const ADDRESS_ATTEMPTS: RateLimit = per_address("sign-in-address", 20, Duration::minutes(15));

/// The 429 page: too many attempts from this address.
pub(super) fn too_many_attempts(headers: &HeaderMap) -> Response {
    let chrome = StaffChrome::for_visitor(headers, "sign-in-title", "");
    let language = chrome.tr.language();
    let page = SignInBlockedPage {
        message: chrome.t("sign-in-too-many"),
        chrome,
    };
    with_retry_after(
        render(&page, StatusCode::TOO_MANY_REQUESTS).into_response(language),
        &ADDRESS_ATTEMPTS,
    )
}

/// Gives back the attempts of a check that passed: a success is no attempt against a limit.
pub(super) async fn give_back_attempts(state: &AppState, attempts: &[(&RateLimit, &str)]) {
    for (limit, subject) in attempts {
        if let Err(error) = state.store().give_back_attempt(limit, subject).await {
            tracing::warn!(%error, "cannot give a sign-in attempt back");
        }
    }
}

/// Why a signed-in user's password, typed again, was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::accounts) enum PasswordRefused {
    Wrong,
    /// The account's attempts are used up for this window; the password was not checked.
    Locked,
}

impl PasswordRefused {
    pub fn status(self) -> StatusCode {
        match self {
            Self::Wrong => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Locked => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Wrong => "account-password-wrong",
            Self::Locked => "enrol-password-locked",
        }
    }
}

/// Checks the password of someone signed in already (to change it, to reset or set up the
/// second factor) as one attempt against the account's sign-in limit, taken before the check
/// and given back when it is right: a stolen session cannot guess the password faster than
/// the sign-in form allows. A database that does not answer is a `PageError`, never a
/// wrong password.
pub(in crate::accounts) async fn check_password_again(
    state: &AppState,
    user: &User,
    password: &str,
) -> Result<Result<(), PasswordRefused>, PageError> {
    let subject = user.email.as_str();
    if !state
        .store()
        .take_attempt(&ACCOUNT_ATTEMPTS, subject)
        .await?
    {
        return Ok(Err(PasswordRefused::Locked));
    }
    let hash = state
        .store()
        .credentials_by_id(user.id)
        .await?
        .and_then(|credentials| credentials.password_hash);
    if !verify_password(hash.as_deref(), password) {
        return Ok(Err(PasswordRefused::Wrong));
    }
    if let Err(error) = state
        .store()
        .give_back_attempt(&ACCOUNT_ATTEMPTS, subject)
        .await
    {
        tracing::warn!(%error, "cannot give a password attempt back");
    }
    Ok(Ok(()))
}
