//! Staff accounts and everything that proves who someone is: password hashes (Argon2id with
//! OWASP's parameters), the second factor, recovery codes, sessions, API tokens and
//! invitations. Secrets that Strada hands out (session ids, tokens, codes) are stored only as
//! SHA-256 digests, so a copy of the database lets nobody in; the TOTP secret, which the
//! server must read back, is sealed by the master key and bound to its user's id.
//!
//! Invariants: a change of role or password, a new second-factor secret and disabling each
//! end (revoke) the user's API tokens in the same transaction; a new secret also ends every
//! other session of the user. Failed sign-ins are counted by `rate_limits`, never stored here.

use std::sync::LazyLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};
use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::OrganisationScope;
use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role, User};
use strada_domain::language::UiLanguage;
use uuid::Uuid;

use crate::directory::read_flag;
use crate::{Store, StoreError, now_text};

pub use invitations::{Acceptance, Invitation, InvitationListing};
pub use second_factor::{SecondFactor, SecretStart, new_recovery_codes, new_totp_secret};
pub use sessions::{SessionStage, StoredSession};
pub use tokens::ApiTokenListing;
use tokens::revoke_api_tokens;

/// OWASP's Argon2id parameters: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a new password for storage.
pub fn hash_password(password: &NewPassword) -> String {
    argon2()
        .hash_password(password.expose().as_bytes())
        .expect("hashing a password cannot fail with valid parameters")
        .to_string()
}

/// A hash of nothing anyone knows, checked against when the account does not exist so that an
/// unknown account costs the same time as a wrong password.
static UNKNOWN_ACCOUNT_HASH: LazyLock<String> = LazyLock::new(|| {
    argon2()
        .hash_password(random_token().as_bytes())
        .expect("hashing cannot fail")
        .to_string()
});

/// Checks a password against a stored hash; with no hash, spends the same time and fails.
pub fn verify_password(stored: Option<&str>, password: &str) -> bool {
    let (hash, known) = match stored {
        Some(hash) => (hash, true),
        None => (UNKNOWN_ACCOUNT_HASH.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    argon2()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && known
}

/// 32 random bytes in hex: session ids, API tokens, invitation tokens.
pub fn random_token() -> String {
    random_bytes::<32>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    bytes
}

/// The stored form of a secret handed out: SHA-256 in hex.
pub fn digest(secret: &str) -> String {
    Sha256::digest(secret.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A user with their password's hash.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
}

/// A user in a listing, with their organisation's name.
#[derive(Debug, Clone)]
pub struct UserListing {
    pub user: User,
    pub organisation_name: String,
}

/// A new account.
pub struct NewUser<'a> {
    pub email: &'a EmailAddress,
    pub name: &'a PersonName,
    pub organisation_id: Uuid,
    pub role: Role,
    /// Hashed password, or none for an invitation to be accepted.
    pub password_hash: Option<String>,
    pub demo: bool,
}

/// The columns `read_user` reads, for every query that returns users.
macro_rules! user_columns {
    () => {
        "users.id, users.email, users.name, users.organisation_id, users.role, \
         users.disabled, users.totp_enrolled, users.totp_reset, users.demo, users.language"
    };
}

// After the macro, so that the submodules' queries can use it.
mod invitations;
mod second_factor;
mod sessions;
mod tokens;

pub(crate) fn read_user(row: &AnyRow) -> Result<User, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("user {what}"));
    Ok(User {
        id: Uuid::parse_str(&row.try_get::<String, _>("id")?).map_err(|_| corrupt("id"))?,
        email: EmailAddress::parse(&row.try_get::<String, _>("email")?)
            .map_err(|_| corrupt("email"))?,
        name: PersonName::parse(&row.try_get::<String, _>("name")?).map_err(|_| corrupt("name"))?,
        organisation_id: Uuid::parse_str(&row.try_get::<String, _>("organisation_id")?)
            .map_err(|_| corrupt("organisation"))?,
        role: Role::parse(&row.try_get::<String, _>("role")?).map_err(|_| corrupt("role"))?,
        disabled: read_flag(row, "disabled")?,
        second_factor_enrolled: read_flag(row, "totp_enrolled")?,
        second_factor_reset: read_flag(row, "totp_reset")?,
        demo: read_flag(row, "demo")?,
        language: UiLanguage::from_code(&row.try_get::<String, _>("language")?)
            .unwrap_or(UiLanguage::En),
    })
}

pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}

impl Store {
    /// Creates an account; an email already in use is refused.
    pub async fn create_user(&self, new: NewUser<'_>) -> Result<User, StoreError> {
        let id = Uuid::now_v7();
        let now = now_text();
        let result = sqlx::query(
            "INSERT INTO users (id, email, name, organisation_id, role, password_hash, demo, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        )
        .bind(id.to_string())
        .bind(new.email.as_str())
        .bind(new.name.as_str())
        .bind(new.organisation_id.to_string())
        .bind(new.role.code())
        .bind(new.password_hash)
        .bind(i32::from(new.demo))
        .bind(&now)
        .execute(self.pool())
        .await;
        match result {
            Ok(_) => {}
            Err(error) if is_unique_violation(&error) => {
                return Err(StoreError::Refused(format!(
                    "an account with the email {} exists already",
                    new.email
                )));
            }
            Err(error) => return Err(error.into()),
        }
        self.user(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a new user vanished".into()))
    }

    pub async fn user(&self, id: Uuid) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            " FROM users WHERE id = $1"
        ))
        .bind(id.to_string())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_user).transpose()
    }

    /// A user of one organisation, or none when the id names nobody in the scope.
    pub async fn user_in_scope(
        &self,
        id: Uuid,
        scope: OrganisationScope,
    ) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            " FROM users WHERE id = $1 AND ($2 = '' OR organisation_id = $2)"
        ))
        .bind(id.to_string())
        .bind(
            scope
                .organisation()
                .map(|o| o.to_string())
                .unwrap_or_default(),
        )
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_user).transpose()
    }

    pub async fn credentials(
        &self,
        email: &EmailAddress,
    ) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", password_hash FROM users WHERE email = $1"
        ))
        .bind(email.as_str())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_credentials).transpose()
    }

    pub async fn credentials_by_id(&self, id: Uuid) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", password_hash FROM users WHERE id = $1"
        ))
        .bind(id.to_string())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_credentials).transpose()
    }

    /// The users in a scope, by organisation then name.
    pub async fn list_users(
        &self,
        scope: OrganisationScope,
    ) -> Result<Vec<UserListing>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", organisations.name AS organisation_name \
             FROM users JOIN organisations ON organisations.id = users.organisation_id \
             WHERE ($1 = '' OR users.organisation_id = $1) \
             ORDER BY organisations.name, users.name"
        ))
        .bind(
            scope
                .organisation()
                .map(|o| o.to_string())
                .unwrap_or_default(),
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(UserListing {
                    user: read_user(row)?,
                    organisation_name: row.try_get("organisation_name")?,
                })
            })
            .collect()
    }

    /// Disables or enables an account; disabling ends its sessions on the server.
    pub async fn set_user_disabled(&self, id: Uuid, disabled: bool) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query("UPDATE users SET disabled = $1, updated_at = $2 WHERE id = $3")
            .bind(i32::from(disabled))
            .bind(now_text())
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(id.to_string())
                .execute(&mut *transaction)
                .await?;
            revoke_api_tokens(&mut transaction, id).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    pub async fn set_user_language(
        &self,
        id: Uuid,
        language: UiLanguage,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET language = $1, updated_at = $2 WHERE id = $3")
            .bind(language.code())
            .bind(now_text())
            .bind(id.to_string())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Changes a role and ends the user's API tokens: a token made for one role never acts
    /// with another's rights.
    pub async fn set_user_role(&self, id: Uuid, role: Role) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
            .bind(role.code())
            .bind(now_text())
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Replaces a password and ends every session of the account but `keep_session`, and
    /// every API token.
    pub async fn set_password(
        &self,
        id: Uuid,
        password_hash: &str,
        keep_session: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now_text())
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
            .bind(id.to_string())
            .bind(keep_session.unwrap_or(""))
            .execute(&mut *transaction)
            .await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(())
    }
}

fn read_credentials(row: &AnyRow) -> Result<Credentials, StoreError> {
    Ok(Credentials {
        user: read_user(row)?,
        password_hash: row.try_get("password_hash")?,
    })
}
