//! The requests an organisation receives, always scoped to it in SQL: a request another
//! organisation receives is absent. Each receiving organisation keeps its own unread flag; a
//! request that nobody has opened or answered by the escalation time is received by the
//! secretariat too (applied at read time, so no clock has to run for it).

use sqlx::Row;
use strada_domain::country_code::CountryCode;
use strada_domain::help_requests::HelpRequestStatus;
use strada_domain::ids::{ConsultationId, HelpRequestId, OrganisationId, UserId};
use strada_domain::language::LanguageTag;
use strada_domain::pagination::{Page, PageRequest};
use time::OffsetDateTime;
use uuid::Uuid;

use super::HelpRequest;
use crate::rows;
use crate::{Store, StoreError, now_text};

/// Which received requests a listing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InboxFilter {
    /// One state only, or every state (open and answered first).
    pub status: Option<HelpRequestStatus>,
}

/// A line of the inbox: what can be shown without reading the person's words.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedRequest {
    pub id: HelpRequestId,
    pub country: CountryCode,
    pub language: LanguageTag,
    pub status: HelpRequestStatus,
    pub created_at: String,
    /// Nobody of the organisation has opened it since it came or the person wrote back.
    pub unread: bool,
    /// It came because nobody opened it in time where it was sent first.
    pub escalated: bool,
}

const RECEIVED: &str = "FROM help_requests JOIN help_request_recipients \
     ON help_request_recipients.help_request_id = help_requests.id \
     WHERE help_request_recipients.organisation_id = $1";

impl Store {
    /// Gives the secretariat every request still unopened and unanswered that came before
    /// `unopened_since`. Idempotent, and safe when several servers run it at once.
    pub async fn escalate_unopened_help_requests(
        &self,
        unopened_since: OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let result = sqlx::query(
            "INSERT INTO help_request_recipients (help_request_id, organisation_id, escalated) \
             SELECT help_requests.id, organisations.id, 1 FROM help_requests, organisations \
             WHERE organisations.membership = 'secretariat' AND help_requests.status = 'open' \
             AND help_requests.created_at < $1 \
             AND NOT EXISTS (SELECT 1 FROM help_request_recipients AS r \
                 WHERE r.help_request_id = help_requests.id \
                 AND (r.opened = 1 OR r.organisation_id = organisations.id)) \
             AND NOT EXISTS (SELECT 1 FROM help_request_replies \
                 WHERE help_request_replies.help_request_id = help_requests.id) \
             ON CONFLICT DO NOTHING",
        )
        .bind(crate::time_text(unopened_since))
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected())
    }

    /// The requests an organisation receives, open and answered first, newest first.
    pub async fn help_request_queue(
        &self,
        organisation_id: OrganisationId,
        filter: InboxFilter,
        page: PageRequest,
    ) -> Result<Page<QueuedRequest>, StoreError> {
        let status = filter.status.map(|s| s.code().to_owned());
        let scope = format!("{RECEIVED} AND ($2 IS NULL OR help_requests.status = $2)");
        let total: i64 = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) {scope}")))
            .bind(organisation_id.to_string())
            .bind(status.clone())
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT help_requests.id, country, language, status, created_at, opened, escalated {scope} \
             ORDER BY CASE status WHEN 'closed' THEN 1 ELSE 0 END, created_at DESC LIMIT $3 OFFSET $4"
        )))
        .bind(organisation_id.to_string())
        .bind(status)
        .bind(i64::from(page.size()))
        .bind(i64::from(page.size()) * i64::from(page.number() - 1))
        .fetch_all(self.pool())
        .await?;
        let items = rows
            .iter()
            .map(|row| {
                Ok(QueuedRequest {
                    id: rows::id(row, "id")?,
                    country: rows::parsed(row, "country", CountryCode::parse)?,
                    language: rows::parsed(row, "language", LanguageTag::parse)?,
                    status: rows::parsed(row, "status", HelpRequestStatus::parse)?,
                    created_at: row.try_get("created_at")?,
                    unread: !rows::flag(row, "opened")?,
                    escalated: rows::flag(row, "escalated")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Page {
            items,
            total: total as u64,
            page: page.number(),
            per_page: page.size(),
        })
    }

    /// How many received requests nobody of the organisation has opened (closed ones aside).
    pub async fn unread_help_requests(
        &self,
        organisation_id: OrganisationId,
    ) -> Result<u64, StoreError> {
        let count: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) {RECEIVED} AND help_request_recipients.opened = 0 \
             AND help_requests.status <> 'closed'"
        )))
        .bind(organisation_id.to_string())
        .fetch_one(self.pool())
        .await?
        .try_get(0)?;
        Ok(count as u64)
    }

    /// One request an organisation receives, or none (another organisation's is absent too).
    pub async fn received_help_request(
        &self,
        organisation_id: OrganisationId,
        id: HelpRequestId,
    ) -> Result<Option<HelpRequest>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT help_requests.id, country, language, message_key, message_ciphertext, status, created_at \
             {RECEIVED} AND help_requests.id = $2"
        )))
        .bind(organisation_id.to_string())
        .bind(id.to_string())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some(self.read_request(&row).await?)),
            None => Ok(None),
        }
    }

    /// Marks a received request as opened by the organisation (it leaves the unread count).
    pub async fn mark_help_request_opened(
        &self,
        organisation_id: OrganisationId,
        id: HelpRequestId,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE help_request_recipients SET opened = 1 \
             WHERE help_request_id = $1 AND organisation_id = $2 AND opened = 0",
        )
        .bind(id.to_string())
        .bind(organisation_id.to_string())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Adds a reply; the request becomes answered (unless closed).
    pub async fn reply_to_help_request(
        &self,
        organisation_id: OrganisationId,
        id: HelpRequestId,
        author_id: UserId,
        message: &str,
    ) -> Result<(), StoreError> {
        let reply_id = Uuid::now_v7();
        let sealed = self.master_key()?.seal(reply_id, message.as_bytes());
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO help_request_replies (id, help_request_id, author_id, organisation_id, message_key, \
             message_ciphertext, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(reply_id.to_string())
        .bind(id.to_string())
        .bind(author_id.to_string())
        .bind(organisation_id.to_string())
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(now_text())
        .execute(&mut *transaction)
        .await?;
        sqlx::query(
            "UPDATE help_requests SET status = 'answered' WHERE id = $1 AND status = 'open'",
        )
        .bind(id.to_string())
        .execute(&mut *transaction)
        .await?;
        // Whoever answers has read it.
        sqlx::query(
            "UPDATE help_request_recipients SET opened = 1 WHERE help_request_id = $1 AND organisation_id = $2",
        )
        .bind(id.to_string())
        .bind(organisation_id.to_string())
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Closes a request, linking the consultation it became when there is one.
    pub async fn close_help_request(
        &self,
        id: HelpRequestId,
        consultation_id: Option<ConsultationId>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE help_requests SET status = 'closed', closed_at = $1, consultation_id = $2 WHERE id = $3")
            .bind(now_text())
            .bind(consultation_id.map(|c| c.to_string()))
            .bind(id.to_string())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Deletes the requests closed before `before`, with their threads; answers how many.
    pub async fn delete_closed_help_requests(
        &self,
        before: OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let result =
            sqlx::query("DELETE FROM help_requests WHERE status = 'closed' AND closed_at < $1")
                .bind(crate::time_text(before))
                .execute(self.pool())
                .await?;
        Ok(result.rows_affected())
    }
}
