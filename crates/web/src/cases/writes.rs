//! What every write and whole read of a case does, whatever its surface (the API, the staff
//! screens): the store's call in the caller's case scope, then its audit event, so that no
//! surface forgets one. A case outside the scope is none, as a case that does not exist.

pub mod identity;

use std::ops::RangeInclusive;

use strada_domain::access::CaseScope;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::cases::{Case, CaseState, TimelineEntry};
use strada_domain::ids::CaseId;
use strada_store::StoreError;
use strada_store::cases::{CaseEdit, NewCase, Opened};
use time::OffsetDateTime;

use super::records::{case_named, scope_of};
use crate::AppState;
use crate::cases::input::Opening;
use crate::staff::actor_of;

/// How many characters the reason for breaking the glass takes.
pub const REASON_CHARACTERS: RangeInclusive<usize> = 10..=500;

/// Why a worker opens a case they are not assigned to: `REASON_CHARACTERS` long, once trimmed,
/// without NUL characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlassReason(String);

/// A text that is not a reason for breaking the glass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAReason;

impl std::fmt::Display for NotAReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "must be from {} to {} characters, without NUL characters",
            REASON_CHARACTERS.start(),
            REASON_CHARACTERS.end()
        )
    }
}

impl GlassReason {
    pub fn parse(text: &str) -> Result<Self, NotAReason> {
        let reason = text.trim();
        if !REASON_CHARACTERS.contains(&reason.chars().count()) || reason.contains('\0') {
            return Err(NotAReason);
        }
        Ok(Self(reason.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A case read whole: the case and its timeline, oldest entry first.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadCase {
    pub case: Case,
    pub timeline: Vec<TimelineEntry>,
    /// The contact it was opened from.
    pub origin: Option<CaseOrigin>,
}

impl ReadCase {
    /// The case of `scope` read whole, without an audit event (the caller's write or read
    /// records one).
    pub async fn of(state: &AppState, scope: CaseScope, case: Case) -> Result<Self, StoreError> {
        let timeline = state.store().case_timeline(scope, case.id).await?;
        let origin = state.store().case_origin(scope, case.id).await?;
        Ok(Self {
            case,
            timeline,
            origin,
        })
    }
}

/// Appends the audit event of `user`'s `action` on case `id`.
async fn audit(state: &AppState, user: &User, action: AuditAction, id: CaseId) {
    state
        .audit(Some(user), "", action, &id.to_string(), Outcome::Success)
        .await;
}

/// The cases `user` may see; none for a role that never works on cases.
fn scope_of_user(user: &User) -> Option<CaseScope> {
    scope_of(&actor_of(user))
}

/// Opens a case of `user`'s organisation with the opening's lead and details (it opens
/// active, in identification), linked to its contact; a `key` seen before answers the first case, stores nothing and appends
/// no event.
pub async fn open(
    state: &AppState,
    user: &User,
    opening: &Opening,
    idempotency_key: Option<&str>,
) -> Result<Opened, StoreError> {
    let case = &opening.case;
    let country = state
        .directory()
        .organisation_by_id(user.organisation_id)
        .map(|organisation| organisation.country)
        .ok_or_else(|| StoreError::Corrupt("users.organisation_id".into()))?;
    let opened = state
        .store()
        .open_case(&NewCase {
            organisation_id: user.organisation_id,
            country,
            lead_worker_id: case.lead_worker_id,
            opened_by: user.id,
            details: &case.details,
            origin: opening.origin,
            idempotency_key,
            now: OffsetDateTime::now_utc(),
        })
        .await?;
    if let Opened::New(new) = &opened {
        audit(state, user, AuditAction::CaseOpened, new.id).await;
    }
    Ok(opened)
}

/// Writes `case` whole over case `id`, if `user` may see it and it is still at `version`; a
/// stale change answers the case as it now is, which the caller then reads.
pub async fn change(
    state: &AppState,
    user: &User,
    id: CaseId,
    version: i64,
    case: &CaseState,
) -> Result<CaseEdit, StoreError> {
    let Some(scope) = scope_of_user(user) else {
        return Ok(CaseEdit::Missing);
    };
    let edit = state
        .store()
        .change_case(scope, id, version, case, user.id, OffsetDateTime::now_utc())
        .await?;
    match &edit {
        CaseEdit::Saved(saved) => audit(state, user, AuditAction::CaseChanged, saved.id).await,
        // The caller is shown the case as it now is: a read.
        CaseEdit::Stale(now_is) => audit(state, user, AuditAction::CaseRead, now_is.id).await,
        CaseEdit::Missing => {}
    }
    Ok(edit)
}

/// Opens the case `named` (by id or code) of `user`'s organisation to `user` for the store's
/// `OPEN_FOR`, with `reason`, and answers it; a case already open to them answers as it is,
/// nothing broken. Another organisation's case, or none, is none.
pub async fn break_glass(
    state: &AppState,
    user: &User,
    named: &str,
    reason: &GlassReason,
) -> Result<Option<Case>, StoreError> {
    let organisation = CaseScope::Organisation(user.organisation_id);
    let (Some(scope), Some(case)) = (
        scope_of_user(user),
        case_named(state, organisation, named).await?,
    ) else {
        return Ok(None);
    };
    if state.store().case(scope, case.id).await?.is_some() {
        return Ok(Some(case));
    }
    let broken = state
        .store()
        .break_the_glass(
            user.organisation_id,
            case.id,
            user.id,
            reason.as_str(),
            OffsetDateTime::now_utc(),
        )
        .await?;
    if !broken {
        return Ok(None);
    }
    audit(state, user, AuditAction::CaseGlassBroken, case.id).await;
    state.store().case(scope, case.id).await
}

/// The case `named` (by id or code) read whole with its timeline, if `user` may see it: an
/// audit event, for a case is the most sensitive record the network keeps.
pub async fn read(
    state: &AppState,
    user: &User,
    named: &str,
) -> Result<Option<ReadCase>, StoreError> {
    let Some(scope) = scope_of_user(user) else {
        return Ok(None);
    };
    let Some(case) = case_named(state, scope, named).await? else {
        return Ok(None);
    };
    let read = ReadCase::of(state, scope, case).await?;
    audit(state, user, AuditAction::CaseRead, read.case.id).await;
    Ok(Some(read))
}
