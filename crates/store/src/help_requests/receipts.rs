//! The receipt of a request just sent: its ticket and passphrase, sealed, kept for the one
//! page that shows them after the redirect, so that reloading that page sends nothing again.
//! The receipt's id travels in the redirect; only its digest is stored. Taking a receipt
//! deletes it in the same statement, so it is shown at most once, and one never taken expires
//! at the end of a coarse window (its time does not line up with the request's).

use sqlx::Row;
use strada_domain::help_requests::{Passphrase, Ticket};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{Credentials, corrupt};
use crate::accounts::digest;
use crate::crypto::Sealed;
use crate::{Store, StoreError};

/// Receipts expire at the end of the window after the current one (15 to 30 minutes).
const WINDOW_SECONDS: i64 = 15 * 60;

fn expiry(now: OffsetDateTime) -> OffsetDateTime {
    let window = now.unix_timestamp().div_euclid(WINDOW_SECONDS);
    OffsetDateTime::from_unix_timestamp((window + 2) * WINDOW_SECONDS).unwrap_or(now)
}

impl Store {
    /// Keeps `credentials` for one showing; answers the receipt's id to redirect to.
    pub async fn keep_receipt(&self, credentials: &Credentials) -> Result<String, StoreError> {
        let id = super::random_id();
        let token = id.simple().to_string();
        let text = format!(
            "{}\n{}",
            credentials.ticket.as_str(),
            credentials.passphrase.as_str()
        );
        let sealed = self.master_key()?.seal(id, text.as_bytes());
        self.delete_expired_receipts().await?;
        sqlx::query(
            "INSERT INTO help_request_receipts (id_hash, sealed_key, sealed_credentials, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(digest(&token))
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(crate::time_text(expiry(OffsetDateTime::now_utc())))
        .execute(self.pool())
        .await?;
        Ok(token)
    }

    /// Deletes the receipts whose window has ended without their being shown.
    pub async fn delete_expired_receipts(&self) -> Result<u64, StoreError> {
        let result = sqlx::query("DELETE FROM help_request_receipts WHERE expires_at < $1")
            .bind(crate::time_text(OffsetDateTime::now_utc()))
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    /// The credentials a receipt holds, once: the receipt is deleted as it is read, and an
    /// unknown, expired or already shown receipt answers none.
    pub async fn take_receipt(&self, token: &str) -> Result<Option<Credentials>, StoreError> {
        let Ok(id) = Uuid::parse_str(token) else {
            return Ok(None);
        };
        let row = sqlx::query(
            "DELETE FROM help_request_receipts WHERE id_hash = $1 \
             RETURNING sealed_key, sealed_credentials, expires_at",
        )
        .bind(digest(&id.simple().to_string()))
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        if row.try_get::<String, _>("expires_at")? < crate::time_text(OffsetDateTime::now_utc()) {
            return Ok(None);
        }
        let sealed = Sealed {
            wrapped_key: row.try_get("sealed_key")?,
            ciphertext: row.try_get("sealed_credentials")?,
        };
        let bytes = self
            .master_key()?
            .open(id, &sealed)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|_| corrupt("receipt"))?;
        let (ticket, passphrase) = text.split_once('\n').ok_or_else(|| corrupt("receipt"))?;
        Ok(Some(Credentials {
            ticket: Ticket::parse(ticket).map_err(|_| corrupt("receipt"))?,
            passphrase: Passphrase::parse(passphrase).map_err(|_| corrupt("receipt"))?,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_expire_at_a_window_boundary_15_to_30_minutes_ahead() {
        let now = OffsetDateTime::from_unix_timestamp(1_764_600_123).unwrap();
        let expires = expiry(now);
        assert_eq!(expires.unix_timestamp() % WINDOW_SECONDS, 0);
        let ahead = expires - now;
        assert!(ahead >= time::Duration::minutes(15) && ahead <= time::Duration::minutes(30));
    }
}
