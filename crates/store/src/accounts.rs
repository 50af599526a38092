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
use strada_domain::second_factor::TotpSecret;
use uuid::Uuid;

use crate::crypto::Sealed;
use crate::directory::read_flag;
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

/// A new second-factor secret.
pub fn new_totp_secret() -> TotpSecret {
    TotpSecret::from_bytes(random_bytes::<20>())
}

/// Ten recovery codes of 10 characters (`abcde-12345` style), shown once.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..10)
        .map(|_| {
            let bytes = random_bytes::<10>();
            let code: String = bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
                .collect();
            format!("{}-{}", &code[..5], &code[5..])
        })
        .collect()
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

/// A user's TOTP secret, opened, with what its use depends on.
#[derive(Debug, Clone)]
pub struct SecondFactor {
    pub secret: TotpSecret,
    /// The step of the last code accepted: a code of that step or before is refused.
    pub last_step: Option<i64>,
    /// The digest of the session that may see the secret while it is not confirmed.
    pub pending_session: Option<String>,
}

/// A user in a listing, with their organisation's name.
#[derive(Debug, Clone)]
pub struct UserListing {
    pub user: User,
    pub organisation_name: String,
    pub invited: bool,
}

/// Where a session stands. A session exists only once a password was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    /// The password was right; the second factor is next.
    SecondFactor,
    SignedIn,
}

impl SessionStage {
    fn code(self) -> &'static str {
        match self {
            Self::SecondFactor => "second_factor",
            Self::SignedIn => "signed_in",
        }
    }

    fn parse(text: &str) -> Result<Self, StoreError> {
        match text {
            "second_factor" => Ok(Self::SecondFactor),
            "signed_in" => Ok(Self::SignedIn),
            other => Err(StoreError::Corrupt(format!("session stage {other}"))),
        }
    }
}

/// A session as stored.
#[derive(Debug, Clone)]
pub struct StoredSession {
    pub id_hash: String,
    pub user_id: Option<Uuid>,
    pub stage: SessionStage,
    pub csrf_token: String,
    pub user_agent: String,
    pub created_at: String,
    pub last_seen_at: String,
}

/// An API token as listed to its owner (never the token itself).
#[derive(Debug, Clone)]
pub struct ApiTokenListing {
    pub id: Uuid,
    pub name: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
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

fn read_user(row: &AnyRow) -> Result<User, StoreError> {
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

fn is_unique_violation(error: &sqlx::Error) -> bool {
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

    /// A user's second-factor secret, opened with the master key, if one was made.
    pub async fn second_factor(&self, id: Uuid) -> Result<Option<SecondFactor>, StoreError> {
        let row = sqlx::query(
            "SELECT totp_secret_key, totp_secret_ciphertext, totp_last_step, \
             totp_pending_session FROM users WHERE id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let wrapped_key: Option<Vec<u8>> = row.try_get("totp_secret_key")?;
        let ciphertext: Option<Vec<u8>> = row.try_get("totp_secret_ciphertext")?;
        let (Some(wrapped_key), Some(ciphertext)) = (wrapped_key, ciphertext) else {
            return Ok(None);
        };
        let opened = self
            .master_key()?
            .open(
                id,
                &Sealed {
                    wrapped_key,
                    ciphertext,
                },
            )
            .map_err(|error| StoreError::Corrupt(error.to_string()))?;
        let bytes: [u8; 20] = opened
            .as_slice()
            .try_into()
            .map_err(|_| StoreError::Corrupt("TOTP secret".into()))?;
        let secret = TotpSecret::from_bytes(bytes);
        Ok(Some(SecondFactor {
            secret,
            last_step: row.try_get::<Option<i64>, _>("totp_last_step")?,
            pending_session: row.try_get("totp_pending_session")?,
        }))
    }

    /// Seals the TOTP secrets stored in clear before they were sealed, and empties the clear
    /// column: run at start, once the master key is known. Answers how many were sealed.
    pub async fn seal_clear_second_factor_secrets(&self) -> Result<u64, StoreError> {
        let rows = sqlx::query("SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL")
            .fetch_all(self.pool())
            .await?;
        let mut sealed_count = 0;
        for row in &rows {
            let id_text: String = row.try_get("id")?;
            let id =
                Uuid::parse_str(&id_text).map_err(|_| StoreError::Corrupt("user id".into()))?;
            let clear: String = row.try_get("totp_secret")?;
            let secret = TotpSecret::from_base32(&clear)
                .ok_or_else(|| StoreError::Corrupt("TOTP secret".into()))?;
            let sealed = self.master_key()?.seal(id, secret.as_bytes());
            sqlx::query(
                "UPDATE users SET totp_secret_key = $1, totp_secret_ciphertext = $2, \
                 totp_secret = NULL WHERE id = $3",
            )
            .bind(sealed.wrapped_key)
            .bind(sealed.ciphertext)
            .bind(&id_text)
            .execute(self.pool())
            .await?;
            sealed_count += 1;
        }
        Ok(sealed_count)
    }

    /// The users in a scope, by organisation then name.
    pub async fn list_users(
        &self,
        scope: OrganisationScope,
    ) -> Result<Vec<UserListing>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", organisations.name AS organisation_name, \
             CASE WHEN users.password_hash IS NULL THEN 1 ELSE 0 END AS invited \
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
                    invited: read_flag(row, "invited")?,
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

    /// Stores a new secret to enrol, sealed, that only `session` (which just proved the
    /// password) may see until it is confirmed; the factor enrolled before, the recovery
    /// codes, every other session and every API token end with it. With `reset`, nothing
    /// beyond enrolment is reachable until the new secret is confirmed, whatever the role.
    pub async fn begin_second_factor(
        &self,
        id: Uuid,
        secret: &TotpSecret,
        session: &str,
        reset: bool,
    ) -> Result<(), StoreError> {
        let sealed = self.master_key()?.seal(id, secret.as_bytes());
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "UPDATE users SET totp_secret = NULL, totp_secret_key = $1, \
             totp_secret_ciphertext = $2, totp_pending_session = $3, totp_enrolled = 0, \
             totp_last_step = NULL, totp_reset = CASE WHEN $4 = 1 THEN 1 ELSE totp_reset END, \
             updated_at = $5 WHERE id = $6",
        )
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(session)
        .bind(i32::from(reset))
        .bind(now_text())
        .bind(id.to_string())
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
            .bind(id.to_string())
            .bind(session)
            .execute(&mut *transaction)
            .await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Confirms enrolment with the step of the first code and stores the recovery codes' digests.
    pub async fn confirm_second_factor(
        &self,
        id: Uuid,
        step: i64,
        recovery_codes: &[String],
    ) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "UPDATE users SET totp_enrolled = 1, totp_last_step = $1, totp_reset = 0, \
             totp_pending_session = NULL, updated_at = $2 WHERE id = $3",
        )
        .bind(step)
        .bind(now_text())
        .bind(id.to_string())
        .execute(&mut *transaction)
        .await?;
        for code in recovery_codes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(id.to_string())
                .bind(digest(code))
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Takes a code's step if no later or equal step was taken before: the one place that makes
    /// each code work once, even when two requests race.
    pub async fn claim_totp_step(&self, id: Uuid, step: i64) -> Result<bool, StoreError> {
        let result = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
             AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(id.to_string())
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// Uses a recovery code once.
    pub async fn use_recovery_code(&self, id: Uuid, code: &str) -> Result<bool, StoreError> {
        let result = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now_text())
        .bind(id.to_string())
        .bind(digest(&code.to_lowercase()))
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: Option<Uuid>,
        stage: SessionStage,
        csrf_token: &str,
        user_agent: &str,
    ) -> Result<(), StoreError> {
        let now = now_text();
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, stage, csrf_token, user_agent, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(id_hash)
        .bind(user_id.map(|id| id.to_string()))
        .bind(stage.code())
        .bind(csrf_token)
        .bind(user_agent.chars().take(200).collect::<String>())
        .bind(&now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn session(&self, id_hash: &str) -> Result<Option<StoredSession>, StoreError> {
        let row = sqlx::query(
            "SELECT id_hash, user_id, stage, csrf_token, user_agent, created_at, last_seen_at \
             FROM sessions WHERE id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_session).transpose()
    }

    /// Deletes the sessions idle for longer than `idle` or older than `absolute`; answers how
    /// many. (Times are stored as RFC 3339 in UTC, which sorts as text.)
    pub async fn delete_expired_sessions(
        &self,
        idle: time::Duration,
        absolute: time::Duration,
    ) -> Result<u64, StoreError> {
        let now = time::OffsetDateTime::now_utc();
        let before = |age: time::Duration| {
            (now - age)
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default()
        };
        let result = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
            .bind(before(idle))
            .bind(before(absolute))
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    /// A keyed digest of `message` for `purpose` under the master key (see
    /// `crypto::MasterKey::keyed_digest`): for tokens the server checks without storing them.
    pub fn keyed_digest(&self, purpose: &str, message: &[u8]) -> Result<String, StoreError> {
        Ok(self.master_key()?.keyed_digest(purpose, message))
    }

    pub async fn touch_session(&self, id_hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now_text())
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, id_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Ends one of a user's sessions; answers whether it was theirs.
    pub async fn delete_session_of(
        &self,
        user_id: Uuid,
        id_hash: &str,
    ) -> Result<bool, StoreError> {
        let result = sqlx::query("DELETE FROM sessions WHERE id_hash = $1 AND user_id = $2")
            .bind(id_hash)
            .bind(user_id.to_string())
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected() == 1)
    }

    pub async fn list_sessions(&self, user_id: Uuid) -> Result<Vec<StoredSession>, StoreError> {
        let rows = sqlx::query(
            "SELECT id_hash, user_id, stage, csrf_token, user_agent, created_at, last_seen_at \
             FROM sessions WHERE user_id = $1 AND stage = 'signed_in' ORDER BY created_at DESC",
        )
        .bind(user_id.to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(read_session).collect()
    }

    pub async fn create_api_token(
        &self,
        user_id: Uuid,
        name: &str,
        token_hash: &str,
    ) -> Result<Uuid, StoreError> {
        let id = Uuid::now_v7();
        sqlx::query("INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.to_string())
            .bind(user_id.to_string())
            .bind(name)
            .bind(token_hash)
            .bind(now_text())
            .execute(self.pool())
            .await?;
        Ok(id)
    }

    pub async fn list_api_tokens(&self, user_id: Uuid) -> Result<Vec<ApiTokenListing>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC",
        )
        .bind(user_id.to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ApiTokenListing {
                    id: Uuid::parse_str(&row.try_get::<String, _>("id")?)
                        .map_err(|_| StoreError::Corrupt("token id".into()))?,
                    name: row.try_get("name")?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of a user's tokens; answers whether there was such a live token.
    pub async fn revoke_api_token(
        &self,
        user_id: Uuid,
        token_id: Uuid,
    ) -> Result<bool, StoreError> {
        let result = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(now_text())
        .bind(token_id.to_string())
        .bind(user_id.to_string())
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// The live, enabled user a token acts for.
    pub async fn user_by_api_token(&self, token: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ", user_columns!(), " FROM api_tokens JOIN users ON users.id = api_tokens.user_id \
             WHERE api_tokens.token_hash = $1 AND api_tokens.revoked_at IS NULL AND users.disabled = 0"
        ))
        .bind(digest(token))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_user).transpose()
    }

    /// Records an invitation to become `invitation.role` at its organisation. No account
    /// exists until it is accepted, so inviting an address changes nothing anyone else sees.
    pub async fn create_invitation(
        &self,
        invitation: &Invitation,
        token: &str,
        invited_by: Uuid,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO staff_invitations (token_hash, email, name, organisation_id, role, \
             invited_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(digest(token))
        .bind(invitation.email.as_str())
        .bind(invitation.name.as_str())
        .bind(invitation.organisation_id.to_string())
        .bind(invitation.role.code())
        .bind(invited_by.to_string())
        .bind(now_text())
        .bind(expires_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The unused, unexpired invitation a token names.
    pub async fn invitation(&self, token: &str) -> Result<Option<Invitation>, StoreError> {
        let row = sqlx::query(
            "SELECT email, name, organisation_id, role FROM staff_invitations \
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(digest(token))
        .bind(now_text())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_invitation).transpose()
    }

    /// The invitations waiting in a scope, by organisation then name.
    pub async fn list_invitations(
        &self,
        scope: OrganisationScope,
    ) -> Result<Vec<InvitationListing>, StoreError> {
        let rows = sqlx::query(
            "SELECT staff_invitations.email, staff_invitations.name, \
             staff_invitations.organisation_id, staff_invitations.role, \
             organisations.name AS organisation_name \
             FROM staff_invitations JOIN organisations \
             ON organisations.id = staff_invitations.organisation_id \
             WHERE staff_invitations.used_at IS NULL AND staff_invitations.expires_at > $1 \
             AND ($2 = '' OR staff_invitations.organisation_id = $2) \
             ORDER BY organisations.name, staff_invitations.name",
        )
        .bind(now_text())
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
                Ok(InvitationListing {
                    invitation: read_invitation(row)?,
                    organisation_name: row.try_get("organisation_name")?,
                })
            })
            .collect()
    }

    /// Whether an account in `scope` has this email: what its administrator sees anyway.
    pub async fn email_in_scope(
        &self,
        email: &EmailAddress,
        scope: OrganisationScope,
    ) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM users WHERE email = $1 AND ($2 = '' OR organisation_id = $2)",
        )
        .bind(email.as_str())
        .bind(
            scope
                .organisation()
                .map(|o| o.to_string())
                .unwrap_or_default(),
        )
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get::<i64, _>(0)? > 0)
    }

    /// Uses an invitation up, once, and makes its account with the password chosen.
    pub async fn accept_invitation(
        &self,
        token: &str,
        password_hash: &str,
    ) -> Result<Acceptance, StoreError> {
        let mut transaction = self.pool().begin().await?;
        let row = sqlx::query(
            "UPDATE staff_invitations SET used_at = $1 \
             WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING email, name, organisation_id, role",
        )
        .bind(now_text())
        .bind(digest(token))
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(invitation) = row.as_ref().map(read_invitation).transpose()? else {
            return Ok(Acceptance::Unknown);
        };
        let id = Uuid::now_v7();
        let now = now_text();
        let inserted = sqlx::query(
            "INSERT INTO users (id, email, name, organisation_id, role, password_hash, demo, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7)",
        )
        .bind(id.to_string())
        .bind(invitation.email.as_str())
        .bind(invitation.name.as_str())
        .bind(invitation.organisation_id.to_string())
        .bind(invitation.role.code())
        .bind(password_hash)
        .bind(&now)
        .execute(&mut *transaction)
        .await;
        match inserted {
            Ok(_) => {}
            Err(error) if is_unique_violation(&error) => {
                // The invitation stays unused: nothing of this attempt is kept.
                transaction.rollback().await?;
                return Ok(Acceptance::AddressTaken);
            }
            Err(error) => return Err(error.into()),
        }
        transaction.commit().await?;
        let user = self
            .user(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a new user vanished".into()))?;
        Ok(Acceptance::Accepted(user))
    }
}

/// An invitation to join an organisation as a role; the account is made when it is accepted.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub email: EmailAddress,
    pub name: PersonName,
    pub organisation_id: Uuid,
    pub role: Role,
}

/// A waiting invitation as its organisation's administrators see it.
#[derive(Debug, Clone)]
pub struct InvitationListing {
    pub invitation: Invitation,
    pub organisation_name: String,
}

/// What accepting an invitation did.
#[derive(Debug)]
pub enum Acceptance {
    Accepted(User),
    /// The address has an account already (made since the invitation): the invitation stays
    /// unused and nothing is created.
    AddressTaken,
    /// No unused, unexpired invitation has this token.
    Unknown,
}

fn read_invitation(row: &AnyRow) -> Result<Invitation, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("invitation {what}"));
    Ok(Invitation {
        email: EmailAddress::parse(&row.try_get::<String, _>("email")?)
            .map_err(|_| corrupt("email"))?,
        name: PersonName::parse(&row.try_get::<String, _>("name")?).map_err(|_| corrupt("name"))?,
        organisation_id: Uuid::parse_str(&row.try_get::<String, _>("organisation_id")?)
            .map_err(|_| corrupt("organisation"))?,
        role: Role::parse(&row.try_get::<String, _>("role")?).map_err(|_| corrupt("role"))?,
    })
}

fn read_credentials(row: &AnyRow) -> Result<Credentials, StoreError> {
    Ok(Credentials {
        user: read_user(row)?,
        password_hash: row.try_get("password_hash")?,
    })
}

/// Ends every live API token of a user, in the transaction that changes what they may do.
async fn revoke_api_tokens(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: Uuid,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now_text())
        .bind(user_id.to_string())
        .execute(&mut **transaction)
        .await?;
    Ok(())
}

fn read_session(row: &AnyRow) -> Result<StoredSession, StoreError> {
    let user_id: Option<String> = row.try_get("user_id")?;
    Ok(StoredSession {
        id_hash: row.try_get("id_hash")?,
        user_id: user_id
            .map(|id| Uuid::parse_str(&id).map_err(|_| StoreError::Corrupt("session user".into())))
            .transpose()?,
        stage: SessionStage::parse(&row.try_get::<String, _>("stage")?)?,
        csrf_token: row.try_get("csrf_token")?,
        user_agent: row.try_get("user_agent")?,
        created_at: row.try_get("created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
    })
}
