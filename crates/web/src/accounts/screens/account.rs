//! `/staff/account`: one's own account. Change the password (which ends one's other sessions
//! and every API token), choose the interface language, see and end sessions, reset the
//! second factor (with the password; it ends every other session and every token, and only
//! this session sees the new secret), and create and revoke API tokens (`tokens`; a new token
//! is shown once). An error is shown beside the field it is about.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::language::UiLanguage;
use strada_store::accounts::{SecretStart, hash_password, new_totp_secret};

use crate::AppState;
use crate::accounts::input::{
    LanguageForm, PasswordAgainForm, PasswordChangeForm, SessionForm, password_refused,
};
use crate::accounts::pages::{PasswordRefused, check_password_again};
use crate::accounts::views::{AccountPage, SessionRow, TokenRow};
use crate::errors::PageError;
use crate::forms::FormErrors;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::{Staff, StaffForm};

/// What the page shows after an action: message keys, translated when shown, and the
/// problems of the form that was posted.
#[derive(Default)]
pub(super) struct Outcomes {
    pub notice: Option<&'static str>,
    /// An error about no field (a session or token that is not there).
    pub error: Option<&'static str>,
    pub errors: FormErrors,
    pub new_token: Option<String>,
}

impl Outcomes {
    pub fn notice(key: &'static str) -> Self {
        Self {
            notice: Some(key),
            ..Self::default()
        }
    }

    pub fn not_found() -> Self {
        Self {
            error: Some("not-found"),
            ..Self::default()
        }
    }

    pub fn errors(errors: FormErrors) -> Self {
        Self {
            errors,
            ..Self::default()
        }
    }
}

/// The translator of the one whose account it is.
pub(super) fn reader(staff: &Staff) -> Translator {
    Translator::new(staff.user.language)
}

/// Minutes are what a person reads of a session's times.
fn to_the_minute(time: &str) -> String {
    time.chars().take(16).collect::<String>().replace('T', " ")
}

pub(super) async fn account_page(
    state: &AppState,
    staff: &Staff,
    outcomes: Outcomes,
    status: StatusCode,
) -> Result<Response, PageError> {
    let chrome = StaffChrome::for_staff(staff, "account-title", "/staff/account");
    let sessions = state
        .store()
        .list_sessions(staff.user.id)
        .await?
        .into_iter()
        .map(|session| SessionRow {
            current: session.id_hash == staff.session.id_hash(),
            device: session.user_agent.chars().take(80).collect(),
            started: to_the_minute(&session.created_at),
            last_seen: to_the_minute(&session.last_seen_at),
            id_hash: session.id_hash,
        })
        .collect();
    let tokens = state
        .store()
        .list_api_tokens(staff.user.id)
        .await?
        .into_iter()
        .map(|token| TokenRow {
            id: token.id.to_string(),
            name: token.name,
            created: token.created_at.chars().take(10).collect(),
            revoked: token.revoked_at.is_some(),
        })
        .collect();
    let page = AccountPage {
        email: staff.user.email.to_string(),
        name: staff.user.name.as_str().to_owned(),
        second_factor: staff.user.second_factor_enrolled,
        languages: UiLanguage::ALL
            .into_iter()
            .map(|language| {
                (
                    language.code(),
                    language.native_name(),
                    language == staff.user.language,
                )
            })
            .collect(),
        sessions,
        tokens,
        notice: outcomes.notice.map(|key| chrome.t(key)),
        error: outcomes.error.map(|key| chrome.t(key)),
        errors: outcomes.errors,
        new_token: outcomes.new_token,
        chrome,
    };
    Ok(render(&page, status).into_response(staff.user.language))
}

/// The page again with what is wrong in the form that was posted.
pub(super) async fn refuse(
    state: &AppState,
    staff: &Staff,
    errors: FormErrors,
) -> Result<Response, PageError> {
    account_page(
        state,
        staff,
        Outcomes::errors(errors),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// A password typed again that was refused, recorded as `action` with `detail`: the page
/// again with the refusal beside `field`.
async fn refuse_password(
    state: &AppState,
    staff: &Staff,
    refused: PasswordRefused,
    (action, detail): (AuditAction, &str),
    field: &str,
) -> Result<Response, PageError> {
    state
        .audit(Some(&staff.user), "", action, detail, Outcome::Failure)
        .await;
    let errors = password_refused(reader(staff), field, refused.message_key());
    account_page(state, staff, Outcomes::errors(errors), refused.status()).await
}

/// `GET /staff/account`
pub async fn show_account(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Response, PageError> {
    account_page(&state, &staff, Outcomes::default(), StatusCode::OK).await
}

/// `POST /staff/account/password`
pub async fn change_password(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<PasswordChangeForm>,
) -> Result<Response, PageError> {
    let change = form.parse(reader(&staff));
    if let Err(refused) =
        check_password_again(&state, &staff.user, &change.current_password).await?
    {
        let detail = (AuditAction::PasswordChanged, "wrong current password");
        return refuse_password(&state, &staff, refused, detail, "current-password").await;
    }
    let password = match change.new_password {
        Ok(password) => password,
        Err(errors) => return refuse(&state, &staff, errors).await,
    };
    state
        .store()
        .set_password(
            staff.user.id,
            &hash_password(&password),
            Some(staff.session.id_hash()),
        )
        .await?;
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::PasswordChanged,
            "",
            Outcome::Success,
        )
        .await;
    account_page(
        &state,
        &staff,
        Outcomes::notice("account-password-changed"),
        StatusCode::OK,
    )
    .await
}

/// `POST /staff/account/language`
pub async fn change_language(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<LanguageForm>,
) -> Result<Response, PageError> {
    let language = match form.parse(reader(&staff)) {
        Ok(language) => language,
        Err(errors) => return refuse(&state, &staff, errors).await,
    };
    state
        .store()
        .set_user_language(staff.user.id, language)
        .await?;
    Ok(Redirect::to("/staff/account").into_response())
}

/// `POST /staff/account/sessions/end`: ends one of one's own sessions.
pub async fn end_session(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<SessionForm>,
) -> Result<Response, PageError> {
    if !state
        .store()
        .delete_session_of(staff.user.id, &form.session)
        .await?
    {
        return account_page(&state, &staff, Outcomes::not_found(), StatusCode::NOT_FOUND).await;
    }
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::SessionEnded,
            "",
            Outcome::Success,
        )
        .await;
    if form.session == staff.session.id_hash() {
        return Ok(Redirect::to("/login").into_response());
    }
    account_page(
        &state,
        &staff,
        Outcomes::notice("account-session-ended"),
        StatusCode::OK,
    )
    .await
}

/// `POST /staff/account/second-factor/reset` with `password`: a new secret to enrol.
pub async fn reset_second_factor(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<PasswordAgainForm>,
) -> Result<Response, PageError> {
    if let Err(refused) = check_password_again(&state, &staff.user, &form.password).await? {
        let detail = (AuditAction::SecondFactorReset, "wrong password");
        return refuse_password(&state, &staff, refused, detail, "reset-password").await;
    }
    state
        .store()
        .begin_second_factor(
            staff.user.id,
            &new_totp_secret(),
            staff.session.id_hash(),
            SecretStart::Reset,
        )
        .await?;
    state
        .audit(
            Some(&staff.user),
            "",
            AuditAction::SecondFactorReset,
            "",
            Outcome::Success,
        )
        .await;
    Ok(Redirect::to("/staff/enrol").into_response())
}
