//! The audit trail: an append-only table of events, each carrying the hash of the one before.
//! Appending reads the last event and writes the next in one transaction. Appenders of one
//! process take turns (a lock held for the transaction), so a burst of concurrent events
//! costs no retries; appenders of several instances race, the loser of a race ends in a
//! unique-key conflict on the sequence number and retries with a growing, jittered pause, so
//! the chain never forks and no event is lost to a busy moment.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::OrganisationScope;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, ChainedFields, GENESIS_HASH, Outcome, chain_hash};
use strada_domain::ids::{AuditEventId, OrganisationId, UserId};
use strada_domain::pagination::{Page, PageRequest};

use crate::rows::{self, scope_text};
use crate::{Store, StoreError, now_text};

/// Who acted, as the audit trail records it.
#[derive(Debug, Clone, Copy)]
pub enum AuditActor<'a> {
    /// A staff member (signed in, or through an API token): recorded by id and email, and the
    /// event is filed under their organisation.
    Staff(&'a User),
    /// Someone or something without an account: `anonymous`, `system`, `command line`.
    Named(&'a str),
}

/// An event to append, made by `NewAuditEvent::new`: the one way the web layer and the
/// command line alike describe what they append.
#[derive(Debug, Clone)]
pub struct NewAuditEvent {
    actor_id: Option<UserId>,
    /// Who acted, as people read it: an email, or `anonymous`, or `system`.
    actor: String,
    organisation_id: Option<OrganisationId>,
    /// The organisation of what the event is about (a user of another organisation whose
    /// role the secretariat changed), when it is not the actor's: its administrators see the
    /// event too.
    about_organisation_id: Option<OrganisationId>,
    action: AuditAction,
    /// What the action was about (a user's email, a token's name), empty when nothing.
    target: String,
    outcome: Outcome,
}

impl NewAuditEvent {
    pub fn new(
        actor: AuditActor<'_>,
        action: AuditAction,
        target: impl Into<String>,
        outcome: Outcome,
    ) -> Self {
        let (actor_id, actor, organisation_id) = match actor {
            AuditActor::Staff(user) => (
                Some(user.id),
                user.email.to_string(),
                Some(user.organisation_id),
            ),
            AuditActor::Named(name) => (None, name.to_owned(), None),
        };
        Self {
            actor_id,
            actor,
            organisation_id,
            about_organisation_id: None,
            action,
            target: target.into(),
            outcome,
        }
    }

    /// Files an event of an actor without an account under `organisation` (the command line
    /// acting on one of its accounts).
    pub fn filed_under(mut self, organisation: OrganisationId) -> Self {
        self.organisation_id = Some(organisation);
        self
    }

    /// Marks the event as about something of `organisation` (one of its staff, its profile),
    /// so that its administrators see it as well as the actor's.
    pub fn about(mut self, organisation: OrganisationId) -> Self {
        self.about_organisation_id = Some(organisation);
        self
    }
}

/// An event as stored.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub sequence: i64,
    pub at: String,
    pub actor: String,
    pub organisation_id: Option<OrganisationId>,
    pub action: String,
    pub target: String,
    pub outcome: String,
}

/// What a listing of events is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub action: Option<AuditAction>,
    /// Inclusive bounds, as RFC 3339 text or dates (`2026-11-27`).
    pub from: Option<String>,
    pub until: Option<String>,
}

/// The verdict of `verify_audit_chain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainVerdict {
    Whole { events: u64 },
    Broken { sequence: i64, reason: String },
}

const APPEND_ATTEMPTS: u32 = 40;

impl Store {
    /// Appends an event to the chain.
    pub async fn record_audit_event(&self, event: NewAuditEvent) -> Result<(), StoreError> {
        let _turn = self.audit_appender.lock().await;
        let mut last_error = None;
        for attempt in 0..APPEND_ATTEMPTS {
            match self.try_append(&event).await {
                Ok(()) => return Ok(()),
                Err(error) => last_error = Some(error),
            }
            // Another instance appended first: wait a little longer each time, by a random
            // share, so that racing instances do not collide again in step.
            let jitter = u64::from(crate::accounts::random_bytes::<1>()[0]) % 10;
            let pause = u64::from(attempt.min(10)) * 5 + jitter;
            tokio::time::sleep(std::time::Duration::from_millis(pause)).await;
        }
        Err(last_error.unwrap_or_else(|| StoreError::Refused("the audit trail is busy".into())))
    }

    async fn try_append(&self, event: &NewAuditEvent) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        let last =
            sqlx::query("SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1")
                .fetch_optional(&mut *transaction)
                .await?;
        let (previous_sequence, previous_hash) = match last {
            Some(row) => (row.try_get::<i64, _>(0)?, row.try_get::<String, _>(1)?),
            None => (0, GENESIS_HASH.to_owned()),
        };
        let sequence = previous_sequence + 1;
        let at = now_text();
        let organisation = event
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default();
        // Only an organisation other than the actor's is worth a second column.
        let about_organisation = event
            .about_organisation_id
            .filter(|about| Some(*about) != event.organisation_id)
            .map(|about| about.to_string());
        let hash = chain_hash(
            &previous_hash,
            &ChainedFields {
                sequence,
                at: &at,
                actor: &event.actor,
                organisation: &organisation,
                about_organisation: about_organisation.as_deref().unwrap_or(""),
                action: event.action.code(),
                target: &event.target,
                outcome: event.outcome.code(),
            },
        );
        sqlx::query(
            "INSERT INTO audit_events (sequence, id, at, actor_id, actor, organisation_id, action, \
             target, outcome, previous_hash, hash, about_organisation_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(sequence)
        .bind(AuditEventId::new_random().to_string())
        .bind(&at)
        .bind(event.actor_id.map(|id| id.to_string()))
        .bind(&event.actor)
        .bind(event.organisation_id.map(|id| id.to_string()))
        .bind(event.action.code())
        .bind(&event.target)
        .bind(event.outcome.code())
        .bind(&previous_hash)
        .bind(&hash)
        .bind(about_organisation)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Walks the whole chain in order and names the first event that does not fit.
    pub async fn verify_audit_chain(&self) -> Result<ChainVerdict, StoreError> {
        const BATCH: i64 = 1000;
        let mut previous_hash = GENESIS_HASH.to_owned();
        let mut expected_sequence = 1;
        loop {
            let rows = sqlx::query(
                "SELECT sequence, at, actor, organisation_id, about_organisation_id, action, target, \
                 outcome, previous_hash, hash FROM audit_events WHERE sequence >= $1 ORDER BY sequence LIMIT $2",
            )
            .bind(expected_sequence)
            .bind(BATCH)
            .fetch_all(self.pool())
            .await?;
            if rows.is_empty() {
                return Ok(ChainVerdict::Whole {
                    events: (expected_sequence - 1) as u64,
                });
            }
            for row in &rows {
                let sequence: i64 = row.try_get("sequence")?;
                let broken = |reason: &str| ChainVerdict::Broken {
                    sequence,
                    reason: reason.to_owned(),
                };
                if sequence != expected_sequence {
                    return Ok(ChainVerdict::Broken {
                        sequence: expected_sequence,
                        reason: format!("event {expected_sequence} is missing"),
                    });
                }
                let stored_previous: String = row.try_get("previous_hash")?;
                if stored_previous != previous_hash {
                    return Ok(broken("it does not follow the event before it"));
                }
                let organisation: Option<String> = row.try_get("organisation_id")?;
                let about_organisation: Option<String> = row.try_get("about_organisation_id")?;
                let at: String = row.try_get("at")?;
                let actor: String = row.try_get("actor")?;
                let action: String = row.try_get("action")?;
                let target: String = row.try_get("target")?;
                let outcome: String = row.try_get("outcome")?;
                let computed = chain_hash(
                    &previous_hash,
                    &ChainedFields {
                        sequence,
                        at: &at,
                        actor: &actor,
                        organisation: organisation.as_deref().unwrap_or(""),
                        about_organisation: about_organisation.as_deref().unwrap_or(""),
                        action: &action,
                        target: &target,
                        outcome: &outcome,
                    },
                );
                let stored: String = row.try_get("hash")?;
                if computed != stored {
                    return Ok(broken("its content was changed after it was written"));
                }
                previous_hash = stored;
                expected_sequence += 1;
            }
        }
    }

    /// A page of events in a scope, newest first.
    pub async fn list_audit_events(
        &self,
        scope: OrganisationScope,
        filter: &AuditFilter,
        page: PageRequest,
    ) -> Result<Page<AuditEvent>, StoreError> {
        let conditions = "($1 = '' OR organisation_id = $1 OR about_organisation_id = $1) AND ($2 = '' OR actor = $2) \
             AND ($3 = '' OR action = $3) AND ($4 = '' OR at >= $4) AND ($5 = '' OR at <= $5)";
        let organisation = scope_text(scope);
        let actor = filter.actor.clone().unwrap_or_default();
        let action = filter
            .action
            .map(|a| a.code().to_owned())
            .unwrap_or_default();
        let from = filter.from.clone().unwrap_or_default();
        // A date as the upper bound includes its whole day.
        let until = filter
            .until
            .clone()
            .map(|until| {
                if until.len() == 10 {
                    format!("{until}T23:59:59.999999999Z")
                } else {
                    until
                }
            })
            .unwrap_or_default();
        let total: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM audit_events WHERE {conditions}"
        )))
        .bind(&organisation)
        .bind(&actor)
        .bind(&action)
        .bind(&from)
        .bind(&until)
        .fetch_one(self.pool())
        .await?
        .try_get(0)?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT sequence, at, actor, organisation_id, action, target, outcome FROM audit_events \
             WHERE {conditions} ORDER BY sequence DESC LIMIT $6 OFFSET $7"
        )))
        .bind(&organisation)
        .bind(&actor)
        .bind(&action)
        .bind(&from)
        .bind(&until)
        .bind(i64::from(page.size()))
        .bind(i64::from(page.size()) * i64::from(page.number() - 1))
        .fetch_all(self.pool())
        .await?;
        let items = rows.iter().map(read_event).collect::<Result<_, _>>()?;
        Ok(Page {
            items,
            total: total as u64,
            page: page.number(),
            per_page: page.size(),
        })
    }
}

fn read_event(row: &AnyRow) -> Result<AuditEvent, StoreError> {
    Ok(AuditEvent {
        sequence: row.try_get("sequence")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        organisation_id: rows::optional_id(row, "organisation_id")?,
        action: row.try_get("action")?,
        target: row.try_get("target")?,
        outcome: row.try_get("outcome")?,
    })
}
