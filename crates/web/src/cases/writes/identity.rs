//! What every showing and write of a case's identity, and every search for a person already
//! known, does whatever its surface: the store's call in the caller's case scope, then its
//! audit event. The identity is the case's most sensitive part: it is read only when a worker
//! asks for it, and that asking is in the audit trail.

use strada_domain::accounts::User;
use strada_domain::audit::AuditAction;
use strada_domain::cases::Case;
use strada_domain::cases::identity::{CaseIdentity, FindingKey};
use strada_store::StoreError;
use strada_store::cases::StoredIdentity;
use time::OffsetDateTime;

use super::{audit, scope_of_user};
use crate::AppState;
use crate::cases::records::case_named;

/// A case's identity as shown: none written yet, the identity, or erased (its key is gone).
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Unwritten,
    Identity(Box<CaseIdentity>),
    Erased,
}

/// The identity of the case `named` (by id or code), if `user` may see the case: an audit
/// event, whatever it holds. None for a case outside the scope.
pub async fn show(
    state: &AppState,
    user: &User,
    named: &str,
) -> Result<Option<(Case, Shown)>, StoreError> {
    let Some(scope) = scope_of_user(user) else {
        return Ok(None);
    };
    let Some(case) = case_named(state, scope, named).await? else {
        return Ok(None);
    };
    let shown = match state.store().case_identity(scope, case.id).await? {
        None => Shown::Unwritten,
        Some(StoredIdentity::Identity(identity)) => Shown::Identity(Box::new(identity)),
        Some(StoredIdentity::Erased) => Shown::Erased,
    };
    audit(state, user, AuditAction::CaseIdentityShown, case.id).await;
    Ok(Some((case, shown)))
}

/// Writes `identity` whole over the identity of the case `named`, if `user` may see the
/// case; none for a case outside the scope. The identity must have passed its check.
pub async fn change(
    state: &AppState,
    user: &User,
    named: &str,
    identity: &CaseIdentity,
) -> Result<Option<Case>, StoreError> {
    let Some(scope) = scope_of_user(user) else {
        return Ok(None);
    };
    let Some(case) = case_named(state, scope, named).await? else {
        return Ok(None);
    };
    let written = state
        .store()
        .write_case_identity(scope, case.id, identity, user.id, OffsetDateTime::now_utc())
        .await?;
    if !written {
        return Ok(None);
    }
    audit(state, user, AuditAction::CaseIdentityChanged, case.id).await;
    Ok(Some(case))
}

/// The cases of `user`'s organisation whose person may be the one of `key`: those `user` may
/// open, and how many others the organisation holds (whose codes only its administrators
/// see). An audit event naming the cases shown, never the name asked for.
pub async fn possible_matches(
    state: &AppState,
    user: &User,
    key: &FindingKey,
) -> Result<(Vec<Case>, usize), StoreError> {
    let Some(scope) = scope_of_user(user) else {
        return Ok((Vec::new(), 0));
    };
    let found = state
        .store()
        .possible_matches(user.organisation_id, key)
        .await?;
    let mut visible = Vec::new();
    for id in &found {
        if let Some(case) = state.store().case(scope, *id).await? {
            visible.push(case);
        }
    }
    let others = found.len() - visible.len();
    let target = visible
        .iter()
        .map(|case| case.id.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    state
        .audit(
            Some(user),
            "",
            AuditAction::CasePossibleMatchesSought,
            &target,
            strada_domain::audit::Outcome::Success,
        )
        .await;
    Ok((visible, others))
}
