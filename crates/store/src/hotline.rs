//! Consultations: recorded, listed with filters, read and edited, scoped to their
//! organisation in SQL. Notes are sealed with the record's own data key before they reach
//! the database and opened only when a consultation is read whole.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
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

/// The SQL conditions of a filter over `consultations`, with only the conditions that apply
/// (so that the database can use the index that fits) and their values, bound from `$1`.
fn filter_conditions(organisation_id: Uuid, filter: &ConsultationFilter) -> (String, Vec<String>) {
    let mut conditions = vec!["organisation_id = $1".to_owned()];
    let mut values = vec![organisation_id.to_string()];
    let mut add = |condition: &str, value: String| {
        values.push(value);
        conditions.push(condition.replace('?', &format!("${}", values.len())));
    };
    if let Some(from) = filter.from {
        add("started_at >= ?", timestamp(from));
    }
    if let Some(until) = filter.until {
        add("started_at <= ?", timestamp(until));
    }
    if let Some(country) = filter.destination_country {
        add("destination_country = ?", country.to_string());
    }
    if let Some(caller) = filter.caller_type {
        add("caller_type = ?", caller.code().to_owned());
    }
    if let Some(channel) = filter.channel {
        add("channel = ?", channel.code().to_owned());
    }
    if let Some(concern) = filter.trafficking_concern {
        add("trafficking_concern = ?", concern.code().to_owned());
    }
    if let Some(outcome) = filter.outcome {
        add("outcome = ?", outcome.code().to_owned());
    }
    if let Some(topic) = filter.topic {
        // A constant bit (not a parameter) so the condition reads from the index alone.
        conditions.push(format!("(topic_mask & {}) <> 0", topic_mask(&[topic])));
    }
    (conditions.join(" AND "), values)
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
        let (conditions, values) = filter_conditions(organisation_id, filter);
        let grouped = |sql: String, values: Vec<String>| async move {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for value in values {
                query = query.bind(value);
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
        };
        let by = |column: &str| {
            format!(
                "SELECT {column} AS label, COUNT(*) AS n FROM consultations WHERE {conditions} GROUP BY {column} ORDER BY {column}"
            )
        };
        // Topics have their own table with the organisation and the time: with no other filter
        // than dates it is counted alone, through its own index.
        let dates_only = filter.topic.is_none()
            && filter.destination_country.is_none()
            && filter.caller_type.is_none()
            && filter.channel.is_none()
            && filter.trafficking_concern.is_none()
            && filter.outcome.is_none();
        let topic_sql = if dates_only {
            format!(
                "SELECT topic AS label, COUNT(*) AS n FROM consultation_topics WHERE {} GROUP BY topic ORDER BY topic",
                conditions
            )
        } else {
            format!(
                "SELECT consultation_topics.topic AS label, COUNT(*) AS n FROM consultation_topics \
                 JOIN consultations ON consultations.id = consultation_topics.consultation_id \
                 WHERE {} GROUP BY consultation_topics.topic ORDER BY consultation_topics.topic",
                conditions
                    .replace("organisation_id = $1", "consultations.organisation_id = $1")
                    .replace("started_at", "consultations.started_at")
                    .replace(
                        "destination_country =",
                        "consultations.destination_country ="
                    )
                    .replace("caller_type =", "consultations.caller_type =")
                    .replace("channel =", "consultations.channel =")
                    .replace(
                        "trafficking_concern =",
                        "consultations.trafficking_concern ="
                    )
                    .replace("outcome =", "consultations.outcome =")
            )
        };
        // Four independent reads, side by side on the pool's connections.
        let (by_week, by_destination, by_caller_type, by_topic) = tokio::try_join!(
            grouped(by("week"), values.clone()),
            grouped(by("destination_country"), values.clone()),
            grouped(by("caller_type"), values.clone()),
            grouped(topic_sql, values),
        )?;
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
        let limit = bounds.len() + 1;
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM consultations WHERE {conditions} ORDER BY started_at DESC, id DESC LIMIT ${limit} OFFSET ${}",
            limit + 1
        )));
        for bound in &bounds {
            query = query.bind(bound.clone());
        }
        let query = query
            .bind(i64::from(page.size()))
            .bind(i64::from(page.size()) * i64::from(page.number() - 1));
        // The count and the page are independent reads: run them side by side.
        let (counted, rows) =
            tokio::try_join!(count.fetch_one(self.pool()), query.fetch_all(self.pool()))?;
        let total: i64 = counted.try_get(0)?;
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
