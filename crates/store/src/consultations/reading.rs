//! Reading consultations back, scoped to their organisation in SQL: one (its notes opened only
//! when asked), a filtered page without notes, the author's habits for their next form, and a
//! row into a `Consultation`.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::OrganisationScope;
use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationOutcome, ExploitationType,
    Topic, TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::Slug;
use strada_domain::ids::{ConsultationId, UserId};
use strada_domain::language::LanguageTag;
use strada_domain::pagination::{Page, PageRequest};

use super::{COLUMNS, ConsultationFilter, topic_mask};
use crate::rows::{self, Listing, time_text};
use crate::{Store, StoreError};

/// The SQL conditions of a filter over `consultations`, with only the conditions that apply
/// (so that the database can use the index that fits) and their values, bound from `$1`.
///
/// The whole network's scope adds no condition on the organisation; the access policy never
/// gives it for single consultations, only where it may one day for counts.
pub(super) fn filter_conditions(
    scope: OrganisationScope,
    filter: &ConsultationFilter,
) -> (String, Vec<String>) {
    let mut conditions = Vec::new();
    let mut values = Vec::new();
    let mut add = |condition: &str, value: String| {
        values.push(value);
        conditions.push(condition.replace('?', &format!("${}", values.len())));
    };
    if let Some(organisation) = scope.organisation() {
        add("organisation_id = ?", organisation.to_string());
    }
    if let Some(from) = filter.from {
        add("started_at >= ?", time_text(from));
    }
    if let Some(until) = filter.until {
        add("started_at <= ?", time_text(until));
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
    if conditions.is_empty() {
        conditions.push("1 = 1".to_owned());
    }
    (conditions.join(" AND "), values)
}

impl Store {
    /// One consultation in a scope; its notes opened when `with_notes`.
    pub async fn consultation(
        &self,
        scope: OrganisationScope,
        id: ConsultationId,
        with_notes: bool,
    ) -> Result<Option<Consultation>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM consultations WHERE id = $1 AND ($2 = '' OR organisation_id = $2)"
        )))
        .bind(id.to_string())
        .bind(rows::scope_text(scope))
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| self.read_consultation(&row, with_notes))
            .transpose()
    }

    /// The author's most recent channel and language, to fill their next form with.
    pub async fn usual_channel_and_language(
        &self,
        author_id: UserId,
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

    /// A page of a scope's consultations, newest first, without their notes.
    pub async fn list_consultations(
        &self,
        scope: OrganisationScope,
        filter: &ConsultationFilter,
        page: PageRequest,
    ) -> Result<Page<Consultation>, StoreError> {
        let (conditions, bounds) = filter_conditions(scope, filter);
        let listing = Listing {
            columns: COLUMNS,
            from: "consultations",
            conditions: &conditions,
            order: "started_at DESC, id DESC",
            bounds: &bounds,
        };
        self.page_of(listing, page, |row| self.read_consultation(row, false))
            .await
    }

    pub(super) fn read_consultation(
        &self,
        row: &AnyRow,
        with_notes: bool,
    ) -> Result<Consultation, StoreError> {
        let id: ConsultationId = rows::id(row, "id")?;
        let notes = if with_notes {
            self.open_sealed(row, *id.as_uuid(), ("notes_key", "notes_ciphertext"))?
                .map(|opened| String::from_utf8(opened).map_err(|_| rows::corrupt("notes")))
                .transpose()?
        } else {
            None
        };
        let duration: Option<i64> = row.try_get("duration_minutes")?;
        Ok(Consultation {
            id,
            organisation_id: rows::id(row, "organisation_id")?,
            author_id: rows::id(row, "author_id")?,
            details: ConsultationDetails {
                channel: rows::parsed(row, "channel", Channel::parse)?,
                caller_type: rows::parsed(row, "caller_type", CallerType::parse)?,
                anonymous: rows::flag(row, "anonymous")?,
                language: rows::parsed(row, "language", LanguageTag::parse)?,
                topics: rows::list(row, "topics", Topic::parse)?,
                destination_country: rows::optional_parsed(
                    row,
                    "destination_country",
                    CountryCode::parse,
                )?,
                trafficking_concern: rows::parsed(
                    row,
                    "trafficking_concern",
                    TraffickingConcern::parse,
                )?,
                exploitation_types: rows::list(row, "exploitation_types", ExploitationType::parse)?,
                duration_minutes: duration
                    .map(|d| u32::try_from(d).map_err(|_| rows::corrupt("duration_minutes")))
                    .transpose()?,
                started_at: rows::time(row, "started_at")?,
                outcome: rows::optional_parsed(row, "outcome", ConsultationOutcome::parse)?,
                referred_to: rows::list(row, "referred_to", Slug::parse)?,
                notes,
            },
            created_at: rows::time(row, "created_at")?,
            updated_at: rows::time(row, "updated_at")?,
        })
    }
}
