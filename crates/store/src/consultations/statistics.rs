//! The dashboard's counts of an organisation's consultations, grouped in SQL by week, topic,
//! destination and caller type, under the same filter as the list.

use sqlx::Row;
use strada_domain::access::OrganisationScope;

use super::ConsultationFilter;
use super::reading::filter_conditions;
use crate::{Store, StoreError};

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
        scope: OrganisationScope,
        filter: &ConsultationFilter,
    ) -> Result<ConsultationStatistics, StoreError> {
        let (conditions, values) = filter_conditions(scope, filter);
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
}
