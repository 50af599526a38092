//! One input type per write of the accounts, as the form extractors (`VisitorForm` before
//! sign-in, `StaffForm` for one's own account, `PermittedForm` for the administration) read
//! it, each parsed here into domain values (`EmailAddress`, `PersonName`, `NewPassword`,
//! `Role`, `UiLanguage`, `ApiTokenId`). A wrong field is a message key in `FormErrors`, beside
//! its field, every field read whatever the others hold; only the sign-in form gives no
//! reason, since a reason would tell which accounts exist.

#[cfg(test)]
mod tests;

use serde::Deserialize;
use strada_domain::access::{Action, Actor, Resource, may_assign, permits};
use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role, WeakPassword};
use strada_domain::directory::Directory;
use strada_domain::ids::{ApiTokenId, OrganisationId, UserId};
use strada_domain::language::UiLanguage;
use strada_store::accounts::Invitation;

use crate::forms::FormErrors;
use crate::i18n::Translator;

/// The longest address the sign-in limits count: longer ones are the same account anyway,
/// since no stored address is longer.
const MAX_EMAIL_CHARACTERS: usize = 254;
/// The longest name of an API token.
const MAX_TOKEN_NAME_CHARACTERS: usize = 100;

/// `POST /login`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
}

/// A sign-in as typed: the address as the limits count it, the account it can name.
pub struct SignIn {
    /// Trimmed, lowercased and cut to a stored address's length: the account's limit subject
    /// and what the form shows again.
    pub typed: String,
    /// None when no account can have that address.
    pub email: Option<EmailAddress>,
    pub password: String,
}

impl SignInForm {
    pub fn parse(self) -> SignIn {
        let typed: String = self
            .email
            .trim()
            .to_lowercase()
            .chars()
            .take(MAX_EMAIL_CHARACTERS)
            .collect();
        SignIn {
            email: EmailAddress::parse(&typed).ok(),
            typed,
            password: self.password,
        }
    }
}

/// `POST /login/code`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// What was typed at the second step.
#[derive(Debug, PartialEq, Eq)]
pub enum SecondFactorCode {
    /// A recovery code: written with hyphens.
    Recovery(String),
    /// A code from the authenticator app.
    Totp(String),
}

impl CodeForm {
    pub fn parse(&self) -> SecondFactorCode {
        let code = self.code.trim().to_owned();
        if code.contains('-') {
            SecondFactorCode::Recovery(code)
        } else {
            SecondFactorCode::Totp(code)
        }
    }
}

/// `POST /staff/enrol`: the first code of a new secret, which confirms it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EnrolmentForm {
    pub code: String,
}

/// The password typed again: to make a new secret (`POST /staff/enrol/password`) or to
/// reset the second factor (`POST /staff/account/second-factor/reset`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordAgainForm {
    pub password: String,
}

/// `POST /staff/account/password`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordChangeForm {
    current_password: String,
    new_password: String,
}

/// A change of password: the current one is checked (against the sign-in limit) before the
/// new one's problem is said, so that the form tells nothing to who does not know it.
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: Result<NewPassword, FormErrors>,
}

impl PasswordChangeForm {
    pub fn parse(self, tr: Translator) -> PasswordChange {
        PasswordChange {
            new_password: new_password(tr, &self.new_password, "new-password"),
            current_password: self.current_password,
        }
    }
}

/// A new password by the password policy; `field` is its field's id in the page.
fn new_password(tr: Translator, text: &str, field: &str) -> Result<NewPassword, FormErrors> {
    NewPassword::parse(text).map_err(|weak| {
        let key = match weak {
            WeakPassword::Common => "password-common",
            _ => "password-length",
        };
        field_error(tr, field, "account-new-password", key)
    })
}

/// The one problem of a form with one field.
pub fn field_error(tr: Translator, field: &str, label_key: &str, message_key: &str) -> FormErrors {
    let mut errors = FormErrors::new();
    errors.add(tr, field, label_key, message_key);
    errors
}

/// The current password's refusal, beside `field`.
pub fn password_refused(tr: Translator, field: &str, message_key: &str) -> FormErrors {
    field_error(tr, field, "account-current-password", message_key)
}

/// `POST /staff/account/language`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    language: String,
}

impl LanguageForm {
    pub fn parse(&self, tr: Translator) -> Result<UiLanguage, FormErrors> {
        UiLanguage::from_code(&self.language)
            .ok_or_else(|| field_error(tr, "language", "language-switcher-label", "form-invalid"))
    }
}

/// `POST /staff/account/sessions/end`: one of one's sessions, by its id's digest.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SessionForm {
    pub session: String,
}

/// `POST /staff/account/tokens`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewTokenForm {
    name: String,
}

impl NewTokenForm {
    /// The token's name, trimmed: one to a hundred characters.
    pub fn parse(&self, tr: Translator) -> Result<String, FormErrors> {
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > MAX_TOKEN_NAME_CHARACTERS {
            return Err(field_error(
                tr,
                "token-name",
                "account-token-name",
                "token-name-invalid",
            ));
        }
        Ok(name.to_owned())
    }
}

/// `POST /staff/account/tokens/revoke`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RevokeTokenForm {
    /// The token's id, as the audit event names it.
    pub token: String,
}

impl RevokeTokenForm {
    /// None: no token has that id.
    pub fn parse(&self) -> Option<ApiTokenId> {
        self.token.parse().ok()
    }
}

/// `POST /staff/users`: the invitation form as typed, kept to show again with its errors.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct InvitationForm {
    pub email: String,
    pub name: String,
    pub role: String,
    pub organisation: String,
}

impl InvitationForm {
    /// The invitation, for a role the inviter may assign in an organisation of the directory
    /// whose users they manage; else every field's problem.
    pub fn parse(
        &self,
        actor: &Actor,
        directory: &Directory,
        tr: Translator,
    ) -> Result<Invitation, FormErrors> {
        let mut errors = FormErrors::new();
        let name = PersonName::parse(&self.name)
            .map_err(|_| errors.add(tr, "invite-name", "users-name", "invite-name-invalid"))
            .ok();
        let email = EmailAddress::parse(&self.email)
            .map_err(|_| errors.add(tr, "invite-email", "sign-in-email", "invite-email-invalid"))
            .ok();
        let role = Role::parse(&self.role)
            .ok()
            .filter(|role| may_assign(actor, *role));
        if role.is_none() {
            errors.add(tr, "invite-role", "users-role", "invite-role-invalid");
        }
        let organisation_id = self
            .organisation
            .parse::<OrganisationId>()
            .ok()
            .filter(|id| {
                permits(actor, Action::ManageUsers, Resource::Organisation(*id))
                    && directory.organisation_by_id(*id).is_some()
            });
        if organisation_id.is_none() {
            errors.add(
                tr,
                "invite-organisation",
                "users-organisation",
                "invite-organisation-invalid",
            );
        }
        match (name, email, role, organisation_id) {
            (Some(name), Some(email), Some(role), Some(organisation_id)) => Ok(Invitation {
                email,
                name,
                organisation_id,
                role,
            }),
            _ => Err(errors),
        }
    }
}

/// An invitation refused because another account of the listing has the address.
pub fn email_taken(tr: Translator) -> FormErrors {
    field_error(tr, "invite-email", "sign-in-email", "invite-email-taken")
}

/// `POST /staff/users/{id}/role`
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

impl RoleForm {
    /// The role asked for `user`, if it is one; whether it may be given is the access
    /// policy's to say.
    pub fn parse(&self, tr: Translator, user: UserId) -> Result<Role, FormErrors> {
        Role::parse(&self.role).map_err(|_| refused_change(tr, user))
    }
}

/// A change of `user`'s role (or disabling) that was refused, beside the row's role field.
pub fn refused_change(tr: Translator, user: UserId) -> FormErrors {
    field_error(tr, &format!("role-{user}"), "users-role", "role-refused")
}

/// A form with no field of its own but the CSRF token (signing out, disabling, enabling).
#[derive(Deserialize)]
pub struct NoFields {}

/// `POST /invitation`: the token from the link and the password chosen.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptanceForm {
    pub token: String,
    new_password: String,
}

impl AcceptanceForm {
    /// The password chosen, or its problem beside the field (`password`).
    pub fn parse(&self, tr: Translator) -> Result<NewPassword, FormErrors> {
        new_password(tr, &self.new_password, "password")
    }
}
