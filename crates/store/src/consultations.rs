//! Consultations: recorded, listed with filters, read and edited, scoped to their
//! organisation in SQL. Notes are sealed with the record's own data key before they reach
//! the database and opened only when a consultation is read whole.

use sqlx::{Any, Transaction};
use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationOutcome, Topic,
    TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use time::OffsetDateTime;
use uuid::Uuid;

mod reading;
mod statistics;

pub use statistics::ConsultationStatistics;

use crate::crypto::Sealed;
use crate::{Store, StoreError};

/// What a list of consultations is narrowed to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsultationFilter {
    /// Inclusive bounds on `started_at`.
    pub from: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    pub topic: Option<Topic>,
    pub destination_country: Option<CountryCode>,
    pub caller_type: Option<CallerType>,
    pub channel: Option<Channel>,
    pub trafficking_concern: Option<TraffickingConcern>,
    pub outcome: Option<ConsultationOutcome>,
}

/// The result of recording: a new record, or the one an earlier submission with the same
/// idempotency key made.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    New(Consultation),
    Repeated(Consultation),
}

const COLUMNS: &str = "id, organisation_id, author_id, channel, caller_type, anonymous, language, topics, \
     destination_country, trafficking_concern, exploitation_types, duration_minutes, started_at, outcome, \
     referred_to, notes_key, notes_ciphertext, created_at, updated_at";

fn timestamp(time: OffsetDateTime) -> String {
    // Fixed width (nanoseconds) so that text order is time order.
    let utc = time.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second(),
        utc.nanosecond()
    )
}

/// One bit per topic, by its place in `Topic::ALL`.
fn topic_mask(topics: &[Topic]) -> i64 {
    topics
        .iter()
        .filter_map(|topic| Topic::ALL.iter().position(|t| t == topic))
        .fold(0, |mask, bit| mask | (1 << bit))
}

/// The ISO 8601 week of a time, as `2026-W48`.
pub fn iso_week(time: OffsetDateTime) -> String {
    let (year, week, _) = time
        .to_offset(time::UtcOffset::UTC)
        .date()
        .to_iso_week_date();
    format!("{year}-W{week:02}")
}

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("consultation {what}"))
}

fn split<T>(
    text: &str,
    parse: impl Fn(&str) -> Option<T>,
    what: &str,
) -> Result<Vec<T>, StoreError> {
    text.split_whitespace()
        .map(|item| parse(item).ok_or_else(|| corrupt(what)))
        .collect()
}

/// A consultation about to be inserted.
struct NewRow<'a> {
    id: Uuid,
    organisation_id: Uuid,
    author_id: Uuid,
    details: &'a ConsultationDetails,
    idempotency_key: Option<&'a str>,
    now: String,
}

/// Indexes a consultation's topics for the filters and the dashboard.
async fn insert_topics(
    transaction: &mut Transaction<'_, Any>,
    id: Uuid,
    organisation_id: Uuid,
    details: &ConsultationDetails,
) -> Result<(), StoreError> {
    let started_at = timestamp(details.started_at);
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
    /// Refreshes the planner's statistics (after an import, and now and then).
    pub async fn optimize(&self) -> Result<(), StoreError> {
        let statement = match self.backend() {
            crate::Backend::Sqlite => "PRAGMA optimize; ANALYZE",
            crate::Backend::Postgres => "ANALYZE",
        };
        sqlx::raw_sql(statement).execute(self.pool()).await?;
        Ok(())
    }

    /// Records a consultation for the author's organisation. With an idempotency key already
    /// used in that organisation, answers the earlier record and stores nothing.
    pub async fn record_consultation(
        &self,
        organisation_id: Uuid,
        author_id: Uuid,
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
        let id = Uuid::now_v7();
        let row = NewRow {
            id,
            organisation_id,
            author_id,
            details,
            idempotency_key,
            now: timestamp(OffsetDateTime::now_utc()),
        };
        let mut transaction = self.pool().begin().await?;
        let inserted = self.insert_consultation(&mut transaction, &row).await;
        if let Err(StoreError::Query(sqlx::Error::Database(error))) = &inserted
            && error.is_unique_violation()
            && let Some(key) = idempotency_key
        {
            // A twin submission won the race: answer its record.
            drop(transaction);
            return self
                .consultation_by_idempotency_key(organisation_id, key)
                .await?
                .map(Recorded::Repeated)
                .ok_or_else(|| corrupt("vanished"));
        }
        inserted?;
        transaction.commit().await?;
        let recorded = self
            .consultation(organisation_id, id, false)
            .await?
            .ok_or_else(|| corrupt("vanished"))?;
        Ok(Recorded::New(recorded))
    }

    /// Records many consultations of one organisation in one transaction (imports, and the
    /// benchmark's generator); answers how many.
    pub async fn import_consultations(
        &self,
        organisation_id: Uuid,
        author_id: Uuid,
        batch: &[ConsultationDetails],
    ) -> Result<usize, StoreError> {
        let now = timestamp(OffsetDateTime::now_utc());
        let mut transaction = self.pool().begin().await?;
        for details in batch {
            let row = NewRow {
                id: Uuid::now_v7(),
                organisation_id,
                author_id,
                details,
                idempotency_key: None,
                now: now.clone(),
            };
            self.insert_consultation(&mut transaction, &row).await?;
        }
        transaction.commit().await?;
        Ok(batch.len())
    }

    /// Inserts a consultation and its topics, its notes sealed, in `transaction`.
    async fn insert_consultation(
        &self,
        transaction: &mut Transaction<'_, Any>,
        row: &NewRow<'_>,
    ) -> Result<(), StoreError> {
        let details = row.details;
        let sealed = self.seal_notes(row.id, details.notes.as_deref())?;
        sqlx::query(
            "INSERT INTO consultations (id, organisation_id, author_id, channel, caller_type, anonymous, \
             language, topics, destination_country, trafficking_concern, exploitation_types, duration_minutes, \
             started_at, outcome, referred_to, notes_key, notes_ciphertext, idempotency_key, created_at, updated_at, week, \
             topic_mask) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $20, $21)",
        )
        .bind(row.id.to_string())
        .bind(row.organisation_id.to_string())
        .bind(row.author_id.to_string())
        .bind(details.channel.code())
        .bind(details.caller_type.code())
        .bind(i32::from(details.anonymous))
        .bind(details.language.as_str())
        .bind(join(&details.topics))
        .bind(details.destination_country.map(|c| c.to_string()))
        .bind(details.trafficking_concern.code())
        .bind(join(&details.exploitation_types))
        .bind(details.duration_minutes.map(i64::from))
        .bind(timestamp(details.started_at))
        .bind(details.outcome.map(|o| o.code()))
        .bind(join(&details.referred_to))
        .bind(sealed.as_ref().map(|s| s.wrapped_key.clone()))
        .bind(sealed.as_ref().map(|s| s.ciphertext.clone()))
        .bind(row.idempotency_key)
        .bind(&row.now)
        .bind(iso_week(details.started_at))
        .bind(topic_mask(&details.topics))
        .execute(&mut **transaction)
        .await?;
        insert_topics(transaction, row.id, row.organisation_id, details).await
    }

    async fn consultation_by_idempotency_key(
        &self,
        organisation_id: Uuid,
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

    fn seal_notes(&self, id: Uuid, notes: Option<&str>) -> Result<Option<Sealed>, StoreError> {
        match notes {
            Some(notes) => Ok(Some(self.master_key()?.seal(id, notes.as_bytes()))),
            None => Ok(None),
        }
    }

    /// Replaces a consultation's details (the caller has checked `may_edit`).
    pub async fn update_consultation(
        &self,
        organisation_id: Uuid,
        id: Uuid,
        details: &ConsultationDetails,
    ) -> Result<bool, StoreError> {
        let sealed = self.seal_notes(id, details.notes.as_deref())?;
        let started_at = timestamp(details.started_at);
        let mut transaction = self.pool().begin().await?;
        let updated = sqlx::query(
            "UPDATE consultations SET channel = $1, caller_type = $2, anonymous = $3, language = $4, topics = $5, \
             destination_country = $6, trafficking_concern = $7, exploitation_types = $8, duration_minutes = $9, \
             started_at = $10, outcome = $11, referred_to = $12, notes_key = $13, notes_ciphertext = $14, updated_at = $15, \
             week = $18, topic_mask = $19 WHERE id = $16 AND organisation_id = $17",
        )
        .bind(details.channel.code())
        .bind(details.caller_type.code())
        .bind(i32::from(details.anonymous))
        .bind(details.language.as_str())
        .bind(join(&details.topics))
        .bind(details.destination_country.map(|c| c.to_string()))
        .bind(details.trafficking_concern.code())
        .bind(join(&details.exploitation_types))
        .bind(details.duration_minutes.map(i64::from))
        .bind(&started_at)
        .bind(details.outcome.map(|o| o.code()))
        .bind(join(&details.referred_to))
        .bind(sealed.as_ref().map(|s| s.wrapped_key.clone()))
        .bind(sealed.as_ref().map(|s| s.ciphertext.clone()))
        .bind(timestamp(OffsetDateTime::now_utc()))
        .bind(id.to_string())
        .bind(organisation_id.to_string())
        .bind(iso_week(details.started_at))
        .bind(topic_mask(&details.topics))
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM consultation_topics WHERE consultation_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        insert_topics(&mut transaction, id, organisation_id, details).await?;
        transaction.commit().await?;
        Ok(true)
    }
}
