//! Consultations: recorded, listed with filters, read and edited, scoped to their
//! organisation in SQL. Notes are sealed with the record's own data key before they reach
//! the database and opened only when a consultation is read whole.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::country::CountryCode;
use strada_domain::directory::Slug;
use strada_domain::hotline::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationOutcome, ExploitationType,
    Topic, TraffickingConcern,
};
use strada_domain::language::LanguageTag;
use strada_domain::pagination::{Page, PageRequest};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use crate::crypto::Sealed;
use crate::directory::read_flag;
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

/// The SQL conditions of a filter, with `$1`..`$7` bound to the values that follow.
fn filter_conditions(
    organisation_id: Uuid,
    filter: &ConsultationFilter,
) -> (&'static str, [String; 7]) {
    let conditions = "organisation_id = $1 AND ($2 = '' OR started_at >= $2) AND ($3 = '' OR started_at <= $3) \
         AND ($4 = '' OR destination_country = $4) AND ($5 = '' OR caller_type = $5) AND ($6 = '' OR channel = $6) \
         AND ($7 = '' OR id IN (SELECT consultation_id FROM consultation_topics \
              WHERE organisation_id = $1 AND topic = $7))";
    let bounds = [
        organisation_id.to_string(),
        filter.from.map(timestamp).unwrap_or_default(),
        filter.until.map(timestamp).unwrap_or_default(),
        filter
            .destination_country
            .map(|c| c.to_string())
            .unwrap_or_default(),
        filter
            .caller_type
            .map(|c| c.code().to_owned())
            .unwrap_or_default(),
        filter
            .channel
            .map(|c| c.code().to_owned())
            .unwrap_or_default(),
        filter
            .topic
            .map(|t| t.code().to_owned())
            .unwrap_or_default(),
    ];
    (conditions, bounds)
}

/// Counts of an organisation's consultations, for the dashboard.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsultationStatistics {
    pub total: u64,
    /// By ISO week (`2026-W48`), in order.
    pub by_week: Vec<(String, u64)>,
    pub by_topic: Vec<(String, u64)>,
    pub by_destination: Vec<(String, u64)>,
    pub by_caller_type: Vec<(String, u64)>,
}

impl Store {
    /// Counts by week, topic, destination and caller type, in SQL.
    pub async fn consultation_statistics(
        &self,
        organisation_id: Uuid,
        filter: &ConsultationFilter,
    ) -> Result<ConsultationStatistics, StoreError> {
        let (conditions, bounds) = filter_conditions(organisation_id, filter);
        let grouped = |column: &'static str| {
            let bounds = bounds.clone();
            async move {
                let sql = format!(
                    "SELECT {column} AS label, COUNT(*) AS n FROM consultations WHERE {conditions} \
                     GROUP BY {column} ORDER BY {column}"
                );
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
                for bound in bounds {
                    query = query.bind(bound);
                }
                let rows = query.fetch_all(self.pool()).await?;
                rows.iter()
                    .map(|row| {
                        let label: Option<String> = row.try_get("label")?;
                        Ok((
                            label.unwrap_or_default(),
                            row.try_get::<i64, _>("n")? as u64,
                        ))
                    })
                    .collect::<Result<Vec<_>, StoreError>>()
            }
        };
        let by_week = grouped("week").await?;
        let by_destination = grouped("destination_country").await?;
        let by_caller_type = grouped("caller_type").await?;
        let topic_sql = format!(
            "SELECT topic AS label, COUNT(*) AS n FROM consultation_topics WHERE organisation_id = $1 \
             AND consultation_id IN (SELECT id FROM consultations WHERE {conditions}) GROUP BY topic ORDER BY topic"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(topic_sql));
        for bound in &bounds {
            query = query.bind(bound.clone());
        }
        let by_topic = query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|row| {
                Ok((
                    row.try_get::<String, _>("label")?,
                    row.try_get::<i64, _>("n")? as u64,
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let total = by_caller_type.iter().map(|(_, n)| n).sum();
        Ok(ConsultationStatistics {
            total,
            by_week,
            by_topic,
            by_destination,
            by_caller_type,
        })
    }

    /// The author's most recent channel and language, to fill their next form with.
    pub async fn usual_channel_and_language(
        &self,
        author_id: Uuid,
    ) -> Result<Option<(Channel, LanguageTag)>, StoreError> {
        let row = sqlx::query(
            "SELECT channel, language FROM consultations WHERE author_id = $1 ORDER BY created_at DESC LIMIT 1",
        )
        .bind(author_id.to_string())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.and_then(|row| {
            let channel = Channel::parse(&row.try_get::<String, _>("channel").ok()?).ok()?;
            let language = LanguageTag::parse(&row.try_get::<String, _>("language").ok()?).ok()?;
            Some((channel, language))
        }))
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
        let now = timestamp(OffsetDateTime::now_utc());
        let sealed = self.seal_notes(id, details.notes.as_deref())?;
        let started_at = timestamp(details.started_at);
        let mut transaction = self.pool().begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO consultations (id, organisation_id, author_id, channel, caller_type, anonymous, \
             language, topics, destination_country, trafficking_concern, exploitation_types, duration_minutes, \
             started_at, outcome, referred_to, notes_key, notes_ciphertext, idempotency_key, created_at, updated_at, week) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $20)",
        )
        .bind(id.to_string())
        .bind(organisation_id.to_string())
        .bind(author_id.to_string())
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
        .bind(idempotency_key)
        .bind(&now)
        .bind(iso_week(details.started_at))
        .execute(&mut *transaction)
        .await;
        if let Err(sqlx::Error::Database(error)) = &inserted
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
        for topic in &details.topics {
            sqlx::query(
                "INSERT INTO consultation_topics (consultation_id, organisation_id, topic, started_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(id.to_string())
            .bind(organisation_id.to_string())
            .bind(topic.code())
            .bind(&started_at)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        let recorded = self
            .consultation(organisation_id, id, false)
            .await?
            .ok_or_else(|| corrupt("vanished"))?;
        Ok(Recorded::New(recorded))
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

    /// One consultation of an organisation; its notes opened when `with_notes`.
    pub async fn consultation(
        &self,
        organisation_id: Uuid,
        id: Uuid,
        with_notes: bool,
    ) -> Result<Option<Consultation>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM consultations WHERE id = $1 AND organisation_id = $2"
        )))
        .bind(id.to_string())
        .bind(organisation_id.to_string())
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| self.read_consultation(&row, with_notes))
            .transpose()
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
             week = $18 WHERE id = $16 AND organisation_id = $17",
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
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM consultation_topics WHERE consultation_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        for topic in &details.topics {
            sqlx::query(
                "INSERT INTO consultation_topics (consultation_id, organisation_id, topic, started_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(id.to_string())
            .bind(organisation_id.to_string())
            .bind(topic.code())
            .bind(&started_at)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(true)
    }

    /// A page of an organisation's consultations, newest first, without their notes.
    pub async fn list_consultations(
        &self,
        organisation_id: Uuid,
        filter: &ConsultationFilter,
        page: PageRequest,
    ) -> Result<Page<Consultation>, StoreError> {
        let (conditions, bounds) = filter_conditions(organisation_id, filter);
        let mut count = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM consultations WHERE {conditions}"
        )));
        for bound in &bounds {
            count = count.bind(bound.clone());
        }
        let total: i64 = count.fetch_one(self.pool()).await?.try_get(0)?;
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM consultations WHERE {conditions} ORDER BY started_at DESC, id DESC LIMIT $8 OFFSET $9"
        )));
        for bound in &bounds {
            query = query.bind(bound.clone());
        }
        let rows = query
            .bind(i64::from(page.size()))
            .bind(i64::from(page.size()) * i64::from(page.number() - 1))
            .fetch_all(self.pool())
            .await?;
        let items = rows
            .iter()
            .map(|row| self.read_consultation(row, false))
            .collect::<Result<_, _>>()?;
        Ok(Page {
            items,
            total: total as u64,
            page: page.number(),
            per_page: page.size(),
        })
    }

    fn read_consultation(
        &self,
        row: &AnyRow,
        with_notes: bool,
    ) -> Result<Consultation, StoreError> {
        let text =
            |column: &str| -> Result<String, StoreError> { Ok(row.try_get::<String, _>(column)?) };
        let time = |column: &str| -> Result<OffsetDateTime, StoreError> {
            OffsetDateTime::parse(&text(column)?, &Rfc3339).map_err(|_| corrupt(column))
        };
        let id = Uuid::parse_str(&text("id")?).map_err(|_| corrupt("id"))?;
        let notes = if with_notes {
            let key: Option<Vec<u8>> = row.try_get("notes_key")?;
            let ciphertext: Option<Vec<u8>> = row.try_get("notes_ciphertext")?;
            match (key, ciphertext) {
                (Some(wrapped_key), Some(ciphertext)) => {
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
                    Some(String::from_utf8(opened).map_err(|_| corrupt("notes"))?)
                }
                _ => None,
            }
        } else {
            None
        };
        let destination: Option<String> = row.try_get("destination_country")?;
        let outcome: Option<String> = row.try_get("outcome")?;
        let duration: Option<i64> = row.try_get("duration_minutes")?;
        Ok(Consultation {
            id,
            organisation_id: Uuid::parse_str(&text("organisation_id")?)
                .map_err(|_| corrupt("organisation"))?,
            author_id: Uuid::parse_str(&text("author_id")?).map_err(|_| corrupt("author"))?,
            details: ConsultationDetails {
                channel: Channel::parse(&text("channel")?).map_err(|_| corrupt("channel"))?,
                caller_type: CallerType::parse(&text("caller_type")?)
                    .map_err(|_| corrupt("caller type"))?,
                anonymous: read_flag(row, "anonymous")?,
                language: LanguageTag::parse(&text("language")?)
                    .map_err(|_| corrupt("language"))?,
                topics: split(&text("topics")?, |t| Topic::parse(t).ok(), "topics")?,
                destination_country: destination
                    .map(|c| CountryCode::parse(&c).map_err(|_| corrupt("destination")))
                    .transpose()?,
                trafficking_concern: TraffickingConcern::parse(&text("trafficking_concern")?)
                    .map_err(|_| corrupt("concern"))?,
                exploitation_types: split(
                    &text("exploitation_types")?,
                    |t| ExploitationType::parse(t).ok(),
                    "exploitation",
                )?,
                duration_minutes: duration
                    .map(|d| u32::try_from(d).map_err(|_| corrupt("duration")))
                    .transpose()?,
                started_at: time("started_at")?,
                outcome: outcome
                    .map(|o| ConsultationOutcome::parse(&o).map_err(|_| corrupt("outcome")))
                    .transpose()?,
                referred_to: split(&text("referred_to")?, |s| Slug::parse(s).ok(), "referrals")?,
                notes,
            },
            created_at: time("created_at")?,
            updated_at: time("updated_at")?,
        })
    }
}
