//! The second factor at rest: the TOTP secret sealed by the master key and bound to its
//! user's id, the session that alone may see a pending secret, the step of the last code
//! accepted, and the recovery codes' digests.

use sqlx::Row;
use strada_domain::ids::UserId;
use strada_domain::second_factor::TotpSecret;

use super::sessions::end_sessions;
use super::tokens::revoke_api_tokens;
use super::{digest, random_bytes};
use crate::rows;
use crate::{Store, StoreError, now_text};

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

/// A user's TOTP secret, opened, with what its use depends on.
#[derive(Debug, Clone)]
pub struct SecondFactor {
    pub secret: TotpSecret,
    /// The step of the last code accepted: a code of that step or before is refused.
    pub last_step: Option<i64>,
    /// The digest of the session that may see the secret while it is not confirmed.
    pub pending_session: Option<String>,
}

/// Why a new secret is made, which decides the state it may start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretStart {
    /// The first enrolment, right after the password at sign-in: only while none is enrolled,
    /// pending or being reset.
    First,
    /// Enrolment started over in this session, after the password again: only while none is
    /// enrolled and no reset is pending (a reset is finished in the session that started it,
    /// so that the password alone never binds a new factor to someone else's session).
    Again,
    /// A reset from the account page: from any state; until the new secret is confirmed,
    /// nothing beyond enrolment is reachable, whatever the role.
    Reset,
}

impl Store {
    /// A user's second-factor secret, opened with the master key, if one was made.
    pub async fn second_factor(&self, id: UserId) -> Result<Option<SecondFactor>, StoreError> {
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
        let Some(opened) = self.open_sealed(
            &row,
            *id.as_uuid(),
            ("totp_secret_key", "totp_secret_ciphertext"),
        )?
        else {
            return Ok(None);
        };
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
            let id: UserId = rows::id(row, "id")?;
            let clear: String = row.try_get("totp_secret")?;
            let secret = TotpSecret::from_base32(&clear)
                .ok_or_else(|| StoreError::Corrupt("TOTP secret".into()))?;
            let sealed = self.master_key()?.seal(*id.as_uuid(), secret.as_bytes());
            sqlx::query(
                "UPDATE users SET totp_secret_key = $1, totp_secret_ciphertext = $2, \
                 totp_secret = NULL WHERE id = $3",
            )
            .bind(sealed.wrapped_key)
            .bind(sealed.ciphertext)
            .bind(id.to_string())
            .execute(self.pool())
            .await?;
            sealed_count += 1;
        }
        Ok(sealed_count)
    }

    /// Forgets a user's second factor, pending or enrolled, as an operator does for someone
    /// who lost the session of their reset: every session and token ends, and the next sign-in
    /// enrols afresh.
    pub async fn clear_second_factor(&self, id: UserId) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "UPDATE users SET totp_secret = NULL, totp_secret_key = NULL, \
             totp_secret_ciphertext = NULL, totp_pending_session = NULL, totp_enrolled = 0, \
             totp_last_step = NULL, totp_reset = 0, updated_at = $1 WHERE id = $2",
        )
        .bind(now_text())
        .bind(id.to_string())
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        end_sessions(&mut transaction, id, None).await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Stores a new secret to enrol, sealed, that only `session` (which just proved the
    /// password) may see until it is confirmed; the factor enrolled before, the recovery
    /// codes, every other session and every API token end with it. Answers false, changing
    /// nothing, when the state `start` expects is gone (a request that raced this one changed
    /// it), so that a stale request never undoes an enrolment.
    pub async fn begin_second_factor(
        &self,
        id: UserId,
        secret: &TotpSecret,
        session: &str,
        start: SecretStart,
    ) -> Result<bool, StoreError> {
        let sealed = self.master_key()?.seal(*id.as_uuid(), secret.as_bytes());
        let condition = match start {
            SecretStart::First => {
                " AND totp_enrolled = 0 AND totp_pending_session IS NULL AND totp_reset = 0"
            }
            SecretStart::Again => " AND totp_enrolled = 0 AND totp_reset = 0",
            SecretStart::Reset => "",
        };
        let mut transaction = self.pool().begin().await?;
        let started = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE users SET totp_secret = NULL, totp_secret_key = $1, \
             totp_secret_ciphertext = $2, totp_pending_session = $3, totp_enrolled = 0, \
             totp_last_step = NULL, totp_reset = CASE WHEN $4 = 1 THEN 1 ELSE totp_reset END, \
             updated_at = $5 WHERE id = $6{condition}"
        )))
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(session)
        .bind(i32::from(start == SecretStart::Reset))
        .bind(now_text())
        .bind(id.to_string())
        .execute(&mut *transaction)
        .await?;
        if started.rows_affected() != 1 {
            transaction.rollback().await?;
            return Ok(false);
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        end_sessions(&mut transaction, id, Some(session)).await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Confirms the secret pending for `session` with the step of its first code and stores
    /// the recovery codes' digests, once: answers false, storing nothing, when it is not pending
    /// for that session (any more), so two confirmations that race make one set of codes.
    pub async fn confirm_second_factor(
        &self,
        id: UserId,
        session: &str,
        step: i64,
        recovery_codes: &[String],
    ) -> Result<bool, StoreError> {
        let mut transaction = self.pool().begin().await?;
        let confirmed = sqlx::query(
            "UPDATE users SET totp_enrolled = 1, totp_last_step = $1, totp_reset = 0, \
             totp_pending_session = NULL, updated_at = $2 \
             WHERE id = $3 AND totp_enrolled = 0 AND totp_pending_session = $4",
        )
        .bind(step)
        .bind(now_text())
        .bind(id.to_string())
        .bind(session)
        .execute(&mut *transaction)
        .await?;
        if confirmed.rows_affected() != 1 {
            transaction.rollback().await?;
            return Ok(false);
        }
        for code in recovery_codes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(id.to_string())
                .bind(digest(code))
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(true)
    }

    /// Takes a code's step if no later or equal step was taken before: the one place that makes
    /// each code work once, even when two requests race.
    pub async fn claim_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError> {
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
    pub async fn use_recovery_code(&self, id: UserId, code: &str) -> Result<bool, StoreError> {
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
}
