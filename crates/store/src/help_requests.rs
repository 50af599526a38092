//! Anonymous help requests: created with a ticket and a passphrase, read back with both,
//! queued for the organisations they go to (scoped in SQL), answered, closed, turned into a
//! consultation, and deleted some days after closing. Messages are sealed like notes.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::country::CountryCode;
use strada_domain::help_requests::{HelpRequestStatus, NewHelpRequest};
use strada_domain::language::LanguageTag;
use strada_domain::pagination::{Page, PageRequest};
use strada_domain::second_factor::constant_time_eq;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use crate::accounts::{digest, random_bytes};
use crate::crypto::Sealed;
use crate::{Store, StoreError, now_text};

/// A request as its author or a consultant reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpRequest {
    pub id: Uuid,
    pub country: CountryCode,
    pub language: LanguageTag,
    pub message: String,
    pub status: HelpRequestStatus,
    pub created_at: String,
    pub replies: Vec<Reply>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub message: String,
    pub created_at: String,
}

/// What the person keeps to come back: shown once, never stored in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub ticket: String,
    pub passphrase: String,
}

const UNAMBIGUOUS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

fn random_text(length: usize) -> String {
    random_bytes::<32>()
        .iter()
        .take(length)
        .map(|b| UNAMBIGUOUS[usize::from(*b) % UNAMBIGUOUS.len()] as char)
        .collect()
}

/// `ABCD-2345`: short enough to write down, one of 31^8.
fn new_ticket() -> String {
    let text = random_text(8).to_uppercase();
    format!("{}-{}", &text[..4], &text[4..])
}

/// `abcd-efgh-jkmn-pqrs`: 16 random characters (about 79 bits).
fn new_passphrase() -> String {
    let text = random_text(16);
    format!(
        "{}-{}-{}-{}",
        &text[..4],
        &text[4..8],
        &text[8..12],
        &text[12..]
    )
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("help request {what}"))
}

impl Store {
    /// Stores a request for `recipients` and answers the ticket and passphrase to show once.
    pub async fn create_help_request(
        &self,
        request: &NewHelpRequest,
        recipients: &[Uuid],
    ) -> Result<Credentials, StoreError> {
        let id = Uuid::now_v7();
        let credentials = Credentials {
            ticket: new_ticket(),
            passphrase: new_passphrase(),
        };
        let sealed = self.master_key()?.seal(id, request.message.as_bytes());
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO help_requests (id, ticket, passphrase_hash, country, language, message_key, \
             message_ciphertext, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)",
        )
        .bind(id.to_string())
        .bind(&credentials.ticket)
        .bind(digest(&credentials.passphrase))
        .bind(request.country.as_str())
        .bind(request.language.as_str())
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(now_text())
        .execute(&mut *transaction)
        .await?;
        for organisation in recipients {
            sqlx::query("INSERT INTO help_request_recipients (help_request_id, organisation_id) VALUES ($1, $2)")
                .bind(id.to_string())
                .bind(organisation.to_string())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(credentials)
    }

    /// The request a ticket and passphrase open, with its replies; none for a wrong pair.
    pub async fn help_request_for_author(
        &self,
        ticket: &str,
        passphrase: &str,
    ) -> Result<Option<HelpRequest>, StoreError> {
        let row = sqlx::query(
            "SELECT id, country, language, message_key, message_ciphertext, status, created_at, passphrase_hash \
             FROM help_requests WHERE ticket = $1",
        )
        .bind(ticket.trim().to_uppercase())
        .fetch_optional(self.pool())
        .await?;
        // Compare against a digest even without a row, so both answers take the same time.
        let given = digest(&passphrase.trim().to_lowercase());
        let stored: String = match &row {
            Some(row) => row.try_get("passphrase_hash")?,
            None => digest("no such ticket"),
        };
        if !constant_time_eq(given.as_bytes(), stored.as_bytes()) {
            return Ok(None);
        }
        match row {
            Some(row) => Ok(Some(self.read_request(&row).await?)),
            None => Ok(None),
        }
    }

    async fn read_request(&self, row: &AnyRow) -> Result<HelpRequest, StoreError> {
        let id = Uuid::parse_str(&row.try_get::<String, _>("id")?).map_err(|_| corrupt("id"))?;
        let message = self.open_message(id, row)?;
        let replies = sqlx::query(
            "SELECT id, message_key, message_ciphertext, created_at FROM help_request_replies \
             WHERE help_request_id = $1 ORDER BY created_at",
        )
        .bind(id.to_string())
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|reply| {
            let reply_id = Uuid::parse_str(&reply.try_get::<String, _>("id")?)
                .map_err(|_| corrupt("reply"))?;
            Ok(Reply {
                message: self.open_message(reply_id, reply)?,
                created_at: reply.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(HelpRequest {
            id,
            country: CountryCode::parse(&row.try_get::<String, _>("country")?)
                .map_err(|_| corrupt("country"))?,
            language: LanguageTag::parse(&row.try_get::<String, _>("language")?)
                .map_err(|_| corrupt("language"))?,
            message,
            status: HelpRequestStatus::parse(&row.try_get::<String, _>("status")?)
                .map_err(|_| corrupt("status"))?,
            created_at: row.try_get("created_at")?,
            replies,
        })
    }

    fn open_message(&self, id: Uuid, row: &AnyRow) -> Result<String, StoreError> {
        let sealed = Sealed {
            wrapped_key: row.try_get("message_key")?,
            ciphertext: row.try_get("message_ciphertext")?,
        };
        let bytes = self
            .master_key()?
            .open(id, &sealed)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        String::from_utf8(bytes).map_err(|_| corrupt("message"))
    }

    /// The requests an organisation receives, open and answered first, newest first.
    pub async fn help_request_queue(
        &self,
        organisation_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<HelpRequest>, StoreError> {
        let scope = "FROM help_requests JOIN help_request_recipients ON help_request_recipients.help_request_id = help_requests.id \
             WHERE help_request_recipients.organisation_id = $1";
        let total: i64 = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) {scope}")))
            .bind(organisation_id.to_string())
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT help_requests.id, country, language, message_key, message_ciphertext, status, created_at {scope} \
             ORDER BY CASE status WHEN 'closed' THEN 1 ELSE 0 END, created_at DESC LIMIT $2 OFFSET $3"
        )))
        .bind(organisation_id.to_string())
        .bind(i64::from(page.size()))
        .bind(i64::from(page.size()) * i64::from(page.number() - 1))
        .fetch_all(self.pool())
        .await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in &rows {
            items.push(self.read_request(row).await?);
        }
        Ok(Page {
            items,
            total: total as u64,
            page: page.number(),
            per_page: page.size(),
        })
    }

    /// One request an organisation receives, or none (another organisation's is absent too).
    pub async fn received_help_request(
        &self,
        organisation_id: Uuid,
        id: Uuid,
    ) -> Result<Option<HelpRequest>, StoreError> {
        let row = sqlx::query(
            "SELECT help_requests.id, country, language, message_key, message_ciphertext, status, created_at \
             FROM help_requests JOIN help_request_recipients ON help_request_recipients.help_request_id = help_requests.id \
             WHERE help_request_recipients.organisation_id = $1 AND help_requests.id = $2",
        )
        .bind(organisation_id.to_string())
        .bind(id.to_string())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some(self.read_request(&row).await?)),
            None => Ok(None),
        }
    }

    /// Adds a reply; the request becomes answered (unless closed).
    pub async fn reply_to_help_request(
        &self,
        organisation_id: Uuid,
        id: Uuid,
        author_id: Uuid,
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
        transaction.commit().await?;
        Ok(())
    }

    /// Closes a request, linking the consultation it became when there is one.
    pub async fn close_help_request(
        &self,
        id: Uuid,
        consultation_id: Option<Uuid>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE help_requests SET status = 'closed', closed_at = $1, consultation_id = $2 WHERE id = $3")
            .bind(now_text())
            .bind(consultation_id.map(|c| c.to_string()))
            .bind(id.to_string())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Deletes the requests closed before `before`, with their replies; answers how many.
    pub async fn delete_closed_help_requests(
        &self,
        before: OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let before = before.format(&Rfc3339).unwrap_or_default();
        let result =
            sqlx::query("DELETE FROM help_requests WHERE status = 'closed' AND closed_at < $1")
                .bind(before)
                .execute(self.pool())
                .await?;
        Ok(result.rows_affected())
    }

    pub async fn record_anonymous_attempt(
        &self,
        kind: &str,
        address: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO anonymous_attempts (id, kind, address, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(kind)
        .bind(address)
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn count_anonymous_attempts(
        &self,
        kind: &str,
        address: &str,
        since: OffsetDateTime,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM anonymous_attempts WHERE kind = $1 AND address = $2 AND at >= $3",
        )
        .bind(kind)
        .bind(address)
        .bind(since.format(&Rfc3339).unwrap_or_default())
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get(0)?)
    }
}
