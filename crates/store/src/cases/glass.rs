//! Breaking the glass: a worker of the organisation opens a case they are not assigned to,
//! with a written reason, sealed (it can name the person); the case stays open to them for
//! `OPEN_FOR`, the timeline says who and when, and its lead reads why.

use strada_domain::access::CaseScope;
use strada_domain::cases::TimelineKind;
use strada_domain::ids::{CaseId, OrganisationId, UserId};
use time::{Duration, OffsetDateTime};

use super::append_timeline;
use crate::rows::{self, time_text};
use crate::{Store, StoreError};

/// How long a broken glass keeps its case open to the worker who broke it.
pub const OPEN_FOR: Duration = Duration::hours(12);

/// One broken glass, as the case's lead reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct GlassBreak {
    pub worker_id: UserId,
    pub reason: String,
    pub broken_at: OffsetDateTime,
}

impl Store {
    /// Opens the case `id` of `organisation` to `worker` for `OPEN_FOR`, with `reason`;
    /// false when the organisation has no such case.
    pub async fn break_the_glass(
        &self,
        organisation: OrganisationId,
        id: CaseId,
        worker: UserId,
        reason: &str,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        if self
            .case(CaseScope::Organisation(organisation), id)
            .await?
            .is_none()
        {
            return Ok(false);
        }
        let break_id = uuid::Uuid::now_v7();
        let sealed = self.master_key()?.seal(break_id, reason.as_bytes());
        let at = time_text(now);
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO case_glass_breaks (id, case_id, user_id, reason_key, reason_ciphertext, broken_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(break_id.to_string())
        .bind(id.to_string())
        .bind(worker.to_string())
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(at.clone())
        .execute(&mut *transaction)
        .await?;
        append_timeline(
            &mut transaction,
            id,
            Some(worker),
            TimelineKind::GlassBroken,
            "",
            &at,
        )
        .await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// The broken glasses of a case in a scope, newest first, their reasons opened.
    pub async fn glass_breaks(
        &self,
        scope: CaseScope,
        id: CaseId,
    ) -> Result<Vec<GlassBreak>, StoreError> {
        if self.case(scope, id).await?.is_none() {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(
            "SELECT id, user_id, reason_key, reason_ciphertext, broken_at FROM case_glass_breaks \
             WHERE case_id = $1 ORDER BY broken_at DESC, id DESC",
        )
        .bind(id.to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let break_id: uuid::Uuid = rows::id(row, "id")?;
                let reason = self
                    .open_sealed(row, break_id, ("reason_key", "reason_ciphertext"))?
                    .ok_or_else(|| rows::corrupt("case_glass_breaks.reason_key"))?;
                Ok(GlassBreak {
                    worker_id: rows::id(row, "user_id")?,
                    reason: String::from_utf8(reason)
                        .map_err(|_| rows::corrupt("case_glass_breaks.reason_ciphertext"))?,
                    broken_at: rows::time(row, "broken_at")?,
                })
            })
            .collect()
    }
}
