//! Server-side sessions: only the digest of the cookie's id is stored, with the stage the
//! session reached, its CSRF token and when it started and was last seen.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::ids::UserId;

use crate::rows;
use crate::{Store, StoreError, now_text, time_text};

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

    fn parse(text: &str) -> Result<Self, ()> {
        match text {
            "second_factor" => Ok(Self::SecondFactor),
            "signed_in" => Ok(Self::SignedIn),
            _ => Err(()),
        }
    }
}

/// A session as stored.
#[derive(Debug, Clone)]
pub struct StoredSession {
    pub id_hash: String,
    pub user_id: Option<UserId>,
    pub stage: SessionStage,
    pub csrf_token: String,
    pub user_agent: String,
    pub created_at: String,
    pub last_seen_at: String,
}

impl Store {
    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: Option<UserId>,
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
    /// many. (Stored times sort as text: see `rows`.)
    pub async fn delete_expired_sessions(
        &self,
        idle: time::Duration,
        absolute: time::Duration,
    ) -> Result<u64, StoreError> {
        let now = time::OffsetDateTime::now_utc();
        let before = |age: time::Duration| time_text(now - age);
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
        user_id: UserId,
        id_hash: &str,
    ) -> Result<bool, StoreError> {
        let result = sqlx::query("DELETE FROM sessions WHERE id_hash = $1 AND user_id = $2")
            .bind(id_hash)
            .bind(user_id.to_string())
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected() == 1)
    }

    pub async fn list_sessions(&self, user_id: UserId) -> Result<Vec<StoredSession>, StoreError> {
        let rows = sqlx::query(
            "SELECT id_hash, user_id, stage, csrf_token, user_agent, created_at, last_seen_at \
             FROM sessions WHERE user_id = $1 AND stage = 'signed_in' ORDER BY created_at DESC",
        )
        .bind(user_id.to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(read_session).collect()
    }
}

fn read_session(row: &AnyRow) -> Result<StoredSession, StoreError> {
    Ok(StoredSession {
        id_hash: row.try_get("id_hash")?,
        user_id: rows::optional_id(row, "user_id")?,
        stage: rows::parsed(row, "stage", SessionStage::parse)?,
        csrf_token: row.try_get("csrf_token")?,
        user_agent: row.try_get("user_agent")?,
        created_at: row.try_get("created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
    })
}

/// Ends every session of a user but the one whose digest is `keep`, in the transaction that
/// changes what proves who they are.
pub(super) async fn end_sessions(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: UserId,
    keep: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user_id.to_string())
        .bind(keep.unwrap_or(""))
        .execute(&mut **transaction)
        .await?;
    Ok(())
}
