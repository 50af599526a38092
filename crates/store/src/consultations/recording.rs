//! Recording one consultation: idempotent per organisation, so that a form sent twice (a
//! double click, a retry on a bad line) makes one record; and the insert that importing
//! shares.

use sqlx::{Any, Transaction};
use strada_domain::consultations::{Consultation, ConsultationDetails};
use strada_domain::ids::{ConsultationId, OrganisationId, UserId};

use super::{COLUMNS, DETAIL_COLUMNS, IDEMPOTENCY_KEY_TAKEN, Recorded, bind_details};
use crate::rows::{corrupt, now_text, time_text};
use crate::{Store, StoreError};
use strada_domain::access::OrganisationScope;

/// A consultation about to be inserted.
pub(super) struct NewRow<'a> {
    pub(super) id: ConsultationId,
    pub(super) organisation_id: OrganisationId,
    pub(super) author_id: UserId,
    pub(super) details: &'a ConsultationDetails,
    pub(super) idempotency_key: Option<&'a str>,
    pub(super) now: String,
}

/// Indexes a consultation's topics for the filters and the dashboard.
pub(super) async fn insert_topics(
    transaction: &mut Transaction<'_, Any>,
    id: ConsultationId,
    organisation_id: OrganisationId,
    details: &ConsultationDetails,
) -> Result<(), StoreError> {
    let started_at = time_text(details.started_at);
    for topic in &details.topics {
        sqlx::query(
            "INSERT INTO consultation_topics (consultation_id, organisation_id, topic, started_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.to_string())
        .bind(organisation_id.to_string())
        .bind(topic.code())
        .bind(&started_at)
        .execute(&mut **transaction)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Records a consultation for the author's organisation. With an idempotency key already
    /// used in that organisation, answers the earlier record and stores nothing.
    pub async fn record_consultation(
        &self,
        organisation_id: OrganisationId,
        author_id: UserId,
        details: &ConsultationDetails,
        idempotency_key: Option<&str>,
    ) -> Result<Recorded, StoreError> {
        if let Some(key) = idempotency_key
            && let Some(earlier) = self
                .consultation_by_idempotency_key(organisation_id, key)
                .await?
        {
            return Ok(Recorded::Repeated(earlier));
        }
        let id = ConsultationId::new_random();
        let row = NewRow {
            id,
            organisation_id,
            author_id,
            details,
            idempotency_key,
            now: now_text(),
        };
        let mut transaction = self.pool().begin().await?;
        let inserted = self.insert_consultation(&mut transaction, &row).await;
        if let Err(error) = &inserted
            && error.is_duplicate(IDEMPOTENCY_KEY_TAKEN)
            && let Some(key) = idempotency_key
        {
            // A twin submission won the race: answer its record.
            drop(transaction);
            return self
                .consultation_by_idempotency_key(organisation_id, key)
                .await?
                .map(Recorded::Repeated)
                .ok_or_else(|| corrupt("consultations.idempotency_key"));
        }
        inserted?;
        transaction.commit().await?;
        let recorded = self
            .consultation(OrganisationScope::Organisation(organisation_id), id, false)
            .await?
            .ok_or_else(|| corrupt("consultations.id"))?;
        Ok(Recorded::New(recorded))
    }

    /// Inserts a consultation and its topics, its notes sealed, in `transaction`.
    pub(super) async fn insert_consultation(
        &self,
        transaction: &mut Transaction<'_, Any>,
        row: &NewRow<'_>,
    ) -> Result<(), StoreError> {
        let details = row.details;
        let sealed = self.seal_notes(row.id, details.notes.as_deref())?;
        let columns = DETAIL_COLUMNS.join(", ");
        let placeholders = (6..6 + DETAIL_COLUMNS.len())
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO consultations (id, organisation_id, author_id, idempotency_key, created_at, \
             updated_at, {columns}) VALUES ($1, $2, $3, $4, $5, $5, {placeholders})"
        )))
        .bind(row.id.to_string())
        .bind(row.organisation_id.to_string())
        .bind(row.author_id.to_string())
        .bind(row.idempotency_key.map(str::to_owned))
        .bind(row.now.clone());
        bind_details(query, details, sealed)
            .execute(&mut **transaction)
            .await?;
        insert_topics(transaction, row.id, row.organisation_id, details).await
    }

    async fn consultation_by_idempotency_key(
        &self,
        organisation_id: OrganisationId,
        key: &str,
    ) -> Result<Option<Consultation>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM consultations WHERE organisation_id = $1 AND idempotency_key = $2"
        )))
        .bind(organisation_id.to_string())
        .bind(key)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| self.read_consultation(&row, false))
            .transpose()
    }
}
