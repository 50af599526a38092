//! Reading consultations back, scoped to their organisation in SQL: one (its notes opened only
//! when asked), a filtered page without notes, the author's habits for their next form, and a
//! row into a `Consultation`.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationOutcome, ExploitationType,
    Topic, TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::Slug;
use strada_domain::language::LanguageTag;
use strada_domain::pagination::{Page, PageRequest};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use super::{COLUMNS, ConsultationFilter, corrupt, split, timestamp, topic_mask};
use crate::crypto::Sealed;
use crate::directory::read_flag;
use crate::{Store, StoreError};

/// The SQL conditions of a filter over `consultations`, with only the conditions that apply
/// (so that the database can use the index that fits) and their values, bound from `$1`.
pub(super) fn filter_conditions(
    organisation_id: Uuid,
    filter: &ConsultationFilter,
) -> (String, Vec<String>) {
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

impl Store {
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

    pub(super) fn read_consultation(
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
