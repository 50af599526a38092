//! Anonymous help requests: created with a ticket and a passphrase, read back and written to
//! with both, received by the organisations they go to (scoped in SQL, see `inbox`), and
//! deleted some days after closing. Messages are sealed like notes; the passphrase is kept
//! only as a digest.
//!
//! Nothing stored ties a request to its sender: no address, no agent, and no row elsewhere
//! written at the request's instant (the rate limiter keeps keyed digests in windows, and the
//! receipt that shows the ticket once expires at the end of a coarse window). What the person
//! writes is dated to the minute only, and its ids are random (a v7 id would carry the
//! millisecond).

mod inbox;
mod receipts;

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::country_code::CountryCode;
use strada_domain::help_requests::{
    CREDENTIAL_ALPHABET, HelpRequestStatus, NewHelpRequest, Passphrase, Ticket,
};
use strada_domain::ids::{HelpRequestId, OrganisationId};
use strada_domain::language::LanguageTag;
use strada_domain::second_factor::constant_time_eq;
use uuid::Uuid;

use crate::accounts::{digest, random_bytes};
use crate::crypto::Sealed;
use crate::rows;
use crate::{Store, StoreError};

pub use inbox::{InboxFilter, QueuedRequest};

/// A request as its author or a consultant reads it, with its thread oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpRequest {
    pub id: HelpRequestId,
    pub country: CountryCode,
    pub language: LanguageTag,
    pub message: String,
    pub status: HelpRequestStatus,
    pub created_at: String,
    pub thread: Vec<ThreadMessage>,
}

/// One message after the request: a reply of an organisation, or the person writing back.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadMessage {
    /// The organisation's name for a reply; none for the person's own message.
    pub organisation: Option<String>,
    pub message: String,
    pub created_at: String,
}

/// What the person keeps to come back: shown once, never stored in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub ticket: Ticket,
    pub passphrase: Passphrase,
}

fn random_letters(length: usize) -> String {
    random_bytes::<32>()
        .iter()
        .take(length)
        .map(|b| CREDENTIAL_ALPHABET[usize::from(*b) % CREDENTIAL_ALPHABET.len()] as char)
        .collect()
}

impl Credentials {
    /// A ticket of 8 letters (one of 31^8) and a passphrase of 16 (about 79 bits).
    fn new() -> Self {
        Self {
            ticket: Ticket::parse(&random_letters(8)).expect("letters of the alphabet"),
            passphrase: Passphrase::parse(&random_letters(16)).expect("letters of the alphabet"),
        }
    }
}

/// A random (version 4) id: nothing of the moment it was made.
pub fn random_id() -> Uuid {
    uuid::Builder::from_random_bytes(random_bytes::<16>()).into_uuid()
}

/// Now, to the minute: precise enough to read and to order requests, too coarse to line up
/// with anything else.
fn this_minute() -> String {
    rows::minute_text(time::OffsetDateTime::now_utc())
}

pub(crate) fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("help request {what}"))
}

impl Store {
    /// Stores a request for `recipients` and answers the ticket and passphrase to show once.
    pub async fn create_help_request(
        &self,
        request: &NewHelpRequest,
        recipients: &[OrganisationId],
    ) -> Result<Credentials, StoreError> {
        let id = HelpRequestId::from_uuid(random_id());
        let credentials = Credentials::new();
        let sealed = self
            .master_key()?
            .seal(*id.as_uuid(), request.message.as_bytes());
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO help_requests (id, ticket, passphrase_hash, country, language, message_key, \
             message_ciphertext, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)",
        )
        .bind(id.to_string())
        .bind(credentials.ticket.as_str())
        .bind(digest(credentials.passphrase.as_str()))
        .bind(request.country.as_str())
        .bind(request.language.as_str())
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(this_minute())
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

    /// The organisations with at least one active account in `roles` (the roles that answer
    /// requests): a request goes only where someone can read it.
    pub async fn organisations_with_staff_in(
        &self,
        roles: &[strada_domain::accounts::Role],
    ) -> Result<std::collections::HashSet<OrganisationId>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT organisation_id, role FROM users \
             WHERE disabled = 0 AND password_hash IS NOT NULL",
        )
        .fetch_all(self.pool())
        .await?;
        let mut organisations = std::collections::HashSet::new();
        for row in rows {
            let role: String = row.try_get("role")?;
            if roles.iter().any(|r| r.code() == role) {
                organisations.insert(rows::id(&row, "organisation_id")?);
            }
        }
        Ok(organisations)
    }

    /// The request a ticket and passphrase open, with its thread; none for a wrong pair.
    pub async fn help_request_for_author(
        &self,
        ticket: &Ticket,
        passphrase: &Passphrase,
    ) -> Result<Option<HelpRequest>, StoreError> {
        let row = sqlx::query(
            "SELECT id, country, language, message_key, message_ciphertext, status, created_at, passphrase_hash \
             FROM help_requests WHERE ticket = $1",
        )
        .bind(ticket.as_str())
        .fetch_optional(self.pool())
        .await?;
        // Compare against a digest even without a row, so both answers take the same time.
        let given = digest(passphrase.as_str());
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

    /// Adds what the person writes back under `follow_up_id` (the id their form carried: the
    /// same form sent twice stores one message). The request is open again and unread for
    /// those who receive it. Answers whether the message was new.
    pub async fn add_follow_up(
        &self,
        request_id: HelpRequestId,
        follow_up_id: Uuid,
        message: &str,
    ) -> Result<bool, StoreError> {
        let sealed = self.master_key()?.seal(follow_up_id, message.as_bytes());
        let mut transaction = self.pool().begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO help_request_follow_ups (id, help_request_id, message_key, message_ciphertext, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
        )
        .bind(follow_up_id.to_string())
        .bind(request_id.to_string())
        .bind(sealed.wrapped_key)
        .bind(sealed.ciphertext)
        .bind(this_minute())
        .execute(&mut *transaction)
        .await?
        .rows_affected()
            == 1;
        if inserted {
            sqlx::query(
                "UPDATE help_requests SET status = 'open' WHERE id = $1 AND status = 'answered'",
            )
            .bind(request_id.to_string())
            .execute(&mut *transaction)
            .await?;
            sqlx::query("UPDATE help_request_recipients SET opened = 0 WHERE help_request_id = $1")
                .bind(request_id.to_string())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(inserted)
    }

    pub(crate) async fn read_request(&self, row: &AnyRow) -> Result<HelpRequest, StoreError> {
        let id: HelpRequestId = rows::id(row, "id")?;
        let message = self.open_message(*id.as_uuid(), row)?;
        let rows = sqlx::query(
            "SELECT help_request_replies.id, organisations.name AS organisation, message_key, \
             message_ciphertext, help_request_replies.created_at \
             FROM help_request_replies JOIN organisations ON organisations.id = help_request_replies.organisation_id \
             WHERE help_request_id = $1 \
             UNION ALL SELECT id, NULL AS organisation, message_key, message_ciphertext, created_at \
             FROM help_request_follow_ups WHERE help_request_id = $1 \
             ORDER BY created_at",
        )
        .bind(id.to_string())
        .fetch_all(self.pool())
        .await?;
        let thread = rows
            .iter()
            .map(|message| {
                let message_id: Uuid = rows::id(message, "id")?;
                Ok(ThreadMessage {
                    organisation: message.try_get("organisation")?,
                    message: self.open_message(message_id, message)?,
                    created_at: message.try_get("created_at")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(HelpRequest {
            id,
            country: rows::parsed(row, "country", CountryCode::parse)?,
            language: rows::parsed(row, "language", LanguageTag::parse)?,
            message,
            status: rows::parsed(row, "status", HelpRequestStatus::parse)?,
            created_at: row.try_get("created_at")?,
            thread,
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
}
