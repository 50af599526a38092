//! `/staff/account`: one's own account. Change the password (which ends one's other sessions
//! and every API token), choose the interface language, see and end sessions, reset the
//! second factor (with the password; it ends every other session and every token, and only
//! this session sees the new secret), and create and revoke API tokens (a new token is shown
//! once). An error is shown beside the field it is about.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use strada_domain::accounts::NewPassword;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::language::UiLanguage;
use strada_store::accounts::{SecretStart, hash_password, new_totp_secret};

use super::sign_in::check_password_again;
use crate::AppState;
use crate::errors::PageError;
use crate::forms::FormErrors;
use crate::layout::render;
use crate::staff::StaffChrome;
use crate::staff::{Staff, StaffForm};

mod tokens;

pub use tokens::{create_token, revoke_token};

struct SessionRow {
    id_hash: String,
    device: String,
    started: String,
    last_seen: String,
    current: bool,
}

struct TokenRow {
    id: String,
    name: String,
    created: String,
    revoked: bool,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    chrome: StaffChrome,
    email: String,
    name: String,
    second_factor: bool,
    languages: Vec<(&'static str, &'static str, bool)>,
    sessions: Vec<SessionRow>,
    tokens: Vec<TokenRow>,
    notice: Option<String>,
    /// An error about no field (a session or token that is not there).
    error: Option<String>,
    /// What is wrong beside its field and in the summary (`staff/form_errors.html`).
    errors: FormErrors,
    new_token: Option<String>,
}

/// What a page shows after an action.
#[derive(Default)]
pub(super) struct Outcomes {
    pub notice: Option<String>,
    pub error: Option<String>,
    pub error_field: Option<&'static str>,
    pub new_token: Option<String>,
}

pub(super) async fn account_page(
    state: &AppState,
    staff: &Staff,
    outcomes: Outcomes,
    status: StatusCode,
) -> Result<Response, PageError> {
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "account-title",
        "/staff/account",
    );
    let sessions = state
        .store()
        .list_sessions(staff.user.id)
        .await?
        .into_iter()
        .map(|session| SessionRow {
            current: session.id_hash == staff.session.id_hash(),
            device: session.user_agent.chars().take(80).collect(),
            started: session
                .created_at
                .chars()
                .take(16)
                .collect::<String>()
                .replace('T', " "),
            last_seen: session
                .last_seen_at
                .chars()
                .take(16)
                .collect::<String>()
                .replace('T', " "),
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
    let errors = field_errors(chrome.tr, &outcomes);
    let page = AccountPage {
        errors,
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
        notice: outcomes.notice.map(|key| chrome.t(&key)),
        error: outcomes
            .error
            .filter(|_| outcomes.error_field.is_none())
            .map(|key| chrome.t(&key)),
        new_token: outcomes.new_token,
        chrome,
    };
    Ok(render(&page, status).into_response(staff.user.language))
}

pub(super) fn notice(key: &str) -> Outcomes {
    Outcomes {
        notice: Some(key.to_owned()),
        ..Outcomes::default()
    }
}

pub(super) fn error(key: &str) -> Outcomes {
    Outcomes {
        error: Some(key.to_owned()),
        ..Outcomes::default()
    }
}

/// The error about a field, as the one form-error display shows it.
fn field_errors(tr: crate::i18n::Translator, outcomes: &Outcomes) -> FormErrors {
    let mut errors = FormErrors::new();
    if let (Some(field), Some(key)) = (outcomes.error_field, &outcomes.error) {
        let label = match field {
            "new-password" => "account-new-password",
            "token-name" => "account-token-name",
            "language" => "language-switcher-label",
            _ => "account-current-password",
        };
        errors.add(tr, field, label, key);
    }
    errors
}

/// An error about one field (its id in the page).
pub(super) fn field_error(field: &'static str, key: &str) -> Outcomes {
    Outcomes {
        error: Some(key.to_owned()),
        error_field: Some(field),
        ..Outcomes::default()
    }
}

/// `GET /staff/account`
pub async fn show_account(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Response, PageError> {
    account_page(&state, &staff, Outcomes::default(), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /staff/account/password`
pub async fn change_password(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<PasswordForm>,
) -> Result<Response, PageError> {
    if let Err(refused) = check_password_again(&state, &staff.user, &form.current_password).await? {
        state
            .audit(
                Some(&staff.user),
                "",
                AuditAction::PasswordChanged,
                "wrong current password",
                Outcome::Failure,
            )
            .await;
        return account_page(
            &state,
            &staff,
            field_error("current-password", refused.message_key()),
            refused.status(),
        )
        .await;
    }
    let password = match NewPassword::parse(&form.new_password) {
        Ok(password) => password,
        Err(weak) => {
            let key = super::weak_password_message(weak);
            return account_page(
                &state,
                &staff,
                field_error("new-password", key),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
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
        notice("account-password-changed"),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
}

/// `POST /staff/account/language`
pub async fn change_language(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<LanguageForm>,
) -> Result<Response, PageError> {
    let Some(language) = UiLanguage::from_code(&form.language) else {
        return account_page(
            &state,
            &staff,
            field_error("language", "form-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    state
        .store()
        .set_user_language(staff.user.id, language)
        .await?;
    Ok(Redirect::to("/staff/account").into_response())
}

#[derive(Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    session: String,
}

/// `POST /staff/account/sessions/end`: ends one of one's own sessions.
pub async fn end_session(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<SessionForm>,
) -> Result<Response, PageError> {
    match state
        .store()
        .delete_session_of(staff.user.id, &form.session)
        .await?
    {
        true => {
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
                notice("account-session-ended"),
                StatusCode::OK,
            )
            .await
        }
        false => account_page(&state, &staff, error("not-found"), StatusCode::NOT_FOUND).await,
    }
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// `POST /staff/account/second-factor/reset` with `password`: a new secret to enrol.
pub async fn reset_second_factor(
    State(state): State<AppState>,
    StaffForm { staff, form }: StaffForm<ResetForm>,
) -> Result<Response, PageError> {
    if let Err(refused) = check_password_again(&state, &staff.user, &form.password).await? {
        state
            .audit(
                Some(&staff.user),
                "",
                AuditAction::SecondFactorReset,
                "wrong password",
                Outcome::Failure,
            )
            .await;
        return account_page(
            &state,
            &staff,
            field_error("reset-password", refused.message_key()),
            refused.status(),
        )
        .await;
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
