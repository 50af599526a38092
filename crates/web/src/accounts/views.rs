//! The accounts' pages as askama draws them: the structs of `templates/accounts/`, each
//! holding text already in the reader's language.

use askama::Template;

use super::input::InvitationForm;
use crate::forms::FormErrors;
use crate::staff::StaffChrome;

/// `GET /login`, and the form again after a refusal.
#[derive(Template)]
#[template(path = "accounts/sign_in.html")]
pub struct SignInPage {
    pub chrome: StaffChrome,
    pub email: String,
    pub error: Option<String>,
    pub notice: Option<String>,
}

/// A refusal before any check: too many attempts from this address.
#[derive(Template)]
#[template(path = "staff/form_refused.html")]
pub struct SignInBlockedPage {
    pub chrome: StaffChrome,
    pub message: String,
}

/// The second step of signing in.
#[derive(Template)]
#[template(path = "accounts/code.html")]
pub struct CodePage {
    pub chrome: StaffChrome,
    pub error: Option<String>,
}

/// The secret to scan, for the session allowed to see it.
pub struct PendingSecret {
    pub qr_svg: String,
    pub uri: String,
    pub secret: String,
}

#[derive(Template)]
#[template(path = "accounts/enrol.html")]
pub struct EnrolmentPage {
    pub chrome: StaffChrome,
    /// None: this session must type the password before a secret is made for it.
    pub pending: Option<PendingSecret>,
    /// A reset is pending in another session: only that session, or an operator, finishes it.
    pub reset_elsewhere: bool,
    pub error: Option<String>,
    pub required: bool,
}

/// The recovery codes, shown once.
#[derive(Template)]
#[template(path = "accounts/recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub chrome: StaffChrome,
    pub codes: Vec<String>,
}

/// `GET /invitation`: the form to choose a password.
#[derive(Template)]
#[template(path = "accounts/invitation.html")]
pub struct InvitationPage {
    pub chrome: StaffChrome,
    pub email: String,
    pub token: String,
    /// The new password's problem, beside its field (`password`).
    pub errors: FormErrors,
}

pub struct SessionRow {
    pub id_hash: String,
    pub device: String,
    pub started: String,
    pub last_seen: String,
    pub current: bool,
}

pub struct TokenRow {
    pub id: String,
    pub name: String,
    pub created: String,
    pub revoked: bool,
}

/// `GET /staff/account`
#[derive(Template)]
#[template(path = "accounts/account.html")]
pub struct AccountPage {
    pub chrome: StaffChrome,
    pub email: String,
    pub name: String,
    pub second_factor: bool,
    pub languages: Vec<(&'static str, &'static str, bool)>,
    pub sessions: Vec<SessionRow>,
    pub tokens: Vec<TokenRow>,
    pub notice: Option<String>,
    /// An error about no field (a session or token that is not there).
    pub error: Option<String>,
    /// What is wrong beside its field and in the summary (`staff/form_errors.html`).
    pub errors: FormErrors,
    pub new_token: Option<String>,
}

pub struct UserRow {
    pub id: String,
    /// The id of the row's role field (`role-{id}`), for its error.
    pub role_field: String,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub role: String,
    pub role_code: &'static str,
    pub disabled: bool,
    pub second_factor: bool,
    pub is_self: bool,
}

pub struct InvitationRow {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub role: String,
}

/// `GET /staff/users`: the listing, the waiting invitations and the invitation form.
#[derive(Template)]
#[template(path = "accounts/users.html")]
pub struct UsersPage {
    pub chrome: StaffChrome,
    pub rows: Vec<UserRow>,
    pub invitations: Vec<InvitationRow>,
    pub roles: Vec<(&'static str, String)>,
    pub organisations: Vec<(String, String, bool)>,
    pub form: InvitationForm,
    /// What is wrong, beside each field and in the summary (`staff/form_errors.html`).
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub invitation_link: Option<String>,
}
