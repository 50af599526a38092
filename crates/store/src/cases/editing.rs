//! Changing a case: its state written whole on the version it was read at (a change on an
//! older version is refused with the case as it now is, never merged), each change of status,
//! phase, lead or details recorded on the timeline in the same transaction.

use strada_domain::access::CaseScope;
use strada_domain::cases::{Case, CaseState, TimelineKind};
use strada_domain::ids::{CaseId, UserId};
use time::OffsetDateTime;

use super::{DETAIL_COLUMNS, append_timeline, bind_details};
use crate::rows::{corrupt, time_text};
use crate::{Store, StoreError};

/// What became of a change.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseEdit {
    Saved(Case),
    /// The case moved on since the version the change was made on: here it is as it now is.
    Stale(Case),
    /// No such case in the scope.
    Missing,
}

impl Store {
    /// Writes `state` over the case `id` of `scope` if it is still at `version`, by `actor`.
    pub async fn change_case(
        &self,
        scope: CaseScope,
        id: CaseId,
        version: i64,
        state: &CaseState,
        actor: UserId,
        now: OffsetDateTime,
    ) -> Result<CaseEdit, StoreError> {
        let Some(current) = self.case(scope, id).await? else {
            return Ok(CaseEdit::Missing);
        };
        if current.version != version {
            return Ok(CaseEdit::Stale(current));
        }
        let assignments = DETAIL_COLUMNS
            .iter()
            .enumerate()
            .map(|(n, column)| format!("{column} = ${}", n + 8))
            .collect::<Vec<_>>()
            .join(", ");
        let at = time_text(now);
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE cases SET version = version + 1, updated_at = $1, lead_worker_id = $2, \
             status = $3, phase = $4, {assignments} \
             WHERE id = $5 AND organisation_id = $6 AND version = $7"
        )))
        .bind(at.clone())
        .bind(state.lead_worker_id.to_string())
        .bind(state.status.code())
        .bind(state.phase.code())
        .bind(id.to_string())
        .bind(current.organisation_id.to_string())
        .bind(version);
        let mut transaction = self.pool().begin().await?;
        let updated = bind_details(query, &state.details)
            .execute(&mut *transaction)
            .await?;
        if updated.rows_affected() != 1 {
            // Another change took this version between the read and the write.
            drop(transaction);
            return Ok(match self.case(scope, id).await? {
                Some(now_is) => CaseEdit::Stale(now_is),
                None => CaseEdit::Missing,
            });
        }
        let changes = [
            (
                current.status != state.status,
                TimelineKind::StatusChanged,
                state.status.code().to_owned(),
            ),
            (
                current.phase != state.phase,
                TimelineKind::PhaseChanged,
                state.phase.code().to_owned(),
            ),
            (
                current.lead_worker_id != state.lead_worker_id,
                TimelineKind::LeadChanged,
                state.lead_worker_id.to_string(),
            ),
            (
                current.details != state.details,
                TimelineKind::DetailsChanged,
                String::new(),
            ),
        ];
        for (changed, kind, detail) in changes {
            if changed {
                append_timeline(&mut transaction, id, Some(actor), kind, &detail, &at).await?;
            }
        }
        if current.lead_worker_id != state.lead_worker_id {
            // The new lead works on the case; the former one stays assigned.
            sqlx::query(
                "INSERT INTO case_workers (case_id, user_id, opened_at) \
                 SELECT id, $2, opened_at FROM cases WHERE id = $1 \
                 ON CONFLICT (case_id, user_id) DO NOTHING",
            )
            .bind(id.to_string())
            .bind(state.lead_worker_id.to_string())
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        self.case(scope, id)
            .await?
            .map(CaseEdit::Saved)
            .ok_or_else(|| corrupt("cases.id"))
    }
}
