//! Passwords: hashed with Argon2id and OWASP's parameters, checked in the same time whether
//! the account exists or not, and replaced with every other session and token ended.

use std::sync::LazyLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use strada_domain::accounts::NewPassword;
use strada_domain::ids::UserId;

use super::secrets::random_token;
use super::sessions::end_sessions;
use super::tokens::revoke_api_tokens;
use crate::{Store, StoreError, now_text};

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

impl Store {
    /// Replaces a password and ends every session of the account but `keep_session`, and
    /// every API token.
    pub async fn set_password(
        &self,
        id: UserId,
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
        end_sessions(&mut transaction, id, Some(keep_session.unwrap_or(""))).await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(())
    }
}
