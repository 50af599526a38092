//! Who the person of a case is, sealed with the case's own data key from the case keyring
//! (the key never enters the database); the blind index that finds them again within an
//! organisation; and erasure, which destroys the key before the rows, so that no backup of
//! the database reads the case again, and certifies it in the audit trail without a word of
//! personal data (`docs/decisions/0009-case-keys-and-erasure.md`).

use sqlx::Row;
use strada_domain::access::CaseScope;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::cases::identity::{CaseIdentity, FindingKey};
use strada_domain::cases::{CaseCode, TimelineKind};
use strada_domain::ids::{CaseId, OrganisationId, UserId};
use time::OffsetDateTime;

use crate::audit::{AuditActor, NewAuditEvent};
use crate::crypto;
use crate::rows::{self, corrupt, time_text};
use crate::{Store, StoreError};

/// A case's identity as read back.
#[derive(Debug, Clone, PartialEq)]
pub enum StoredIdentity {
    Identity(CaseIdentity),
    /// The case's key is gone: the case was erased, and these rows came back from a backup.
    Erased,
}

/// Who asked for an erasure: a person, or a retention rule named as the audit trail shows it.
#[derive(Debug, Clone, Copy)]
pub enum ErasureRequest<'a> {
    Person(&'a User),
    Rule(&'a str),
}

/// What the audit trail keeps of an erasure: no personal data, only what proves which case's
/// key was destroyed, when and at whose request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureCertificate {
    pub case_id: CaseId,
    pub code: CaseCode,
    pub erased_at: OffsetDateTime,
    /// The email of the person, or the rule's name.
    pub requested_by: String,
    /// SHA-256 of the wrapped key file destroyed, in hex; none when the case never had one.
    pub key_fingerprint: Option<String>,
}

/// The words before the case's id in an erasure's audit target, by which the keyring's
/// reconciliation finds the cases to erase again.
const CASE_MARK: &str = " case ";

impl ErasureCertificate {
    /// The audit event's target: `NL-2026-0042 case <id> key <fingerprint>`.
    fn audit_target(&self) -> String {
        format!(
            "{}{CASE_MARK}{} key {}",
            self.code,
            self.case_id,
            self.key_fingerprint.as_deref().unwrap_or("none")
        )
    }

    /// The case id an audit target of `audit_target` names.
    fn case_of_target(target: &str) -> Option<CaseId> {
        let (_, rest) = target.split_once(CASE_MARK)?;
        rest.split(' ').next()?.parse().ok()
    }
}

impl Store {
    /// Writes the identity of the case `id` in a scope, sealed with the case's key (made now
    /// when the case has none), its rows of the blind index and, on its timeline, that `actor`
    /// changed it; false when the scope has no such case. Refuses an identity that fails its
    /// check.
    pub async fn write_case_identity(
        &self,
        scope: CaseScope,
        id: CaseId,
        identity: &CaseIdentity,
        actor: UserId,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        identity
            .check()
            .map_err(|problem| StoreError::Refused(problem.to_string()))?;
        let Some(case) = self.case(scope, id).await? else {
            return Ok(false);
        };
        let keyring = self.case_keyring()?;
        let data_key = keyring.data_key_or_create(self.master_key()?, id)?;
        let plaintext =
            serde_json::to_vec(identity).map_err(|error| StoreError::Refused(error.to_string()))?;
        let ciphertext = crypto::encrypt(&data_key, id.as_uuid().as_bytes(), &plaintext);
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO case_identities (case_id, ciphertext, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (case_id) DO UPDATE SET ciphertext = excluded.ciphertext, \
             updated_at = excluded.updated_at",
        )
        .bind(id.to_string())
        .bind(ciphertext)
        .bind(time_text(now))
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM case_finding_index WHERE case_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        for key in identity.finding_keys() {
            sqlx::query(
                "INSERT INTO case_finding_index (case_id, organisation_id, digest) \
                 VALUES ($1, $2, $3)",
            )
            .bind(id.to_string())
            .bind(case.organisation_id.to_string())
            .bind(keyring.blind_index().digest(&key.message()))
            .execute(&mut *transaction)
            .await?;
        }
        super::append_timeline(
            &mut transaction,
            id,
            Some(actor),
            TimelineKind::IdentityChanged,
            "",
            &time_text(now),
        )
        .await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// The identity of the case `id` in a scope; none when the scope has no such case or no
    /// identity was written.
    pub async fn case_identity(
        &self,
        scope: CaseScope,
        id: CaseId,
    ) -> Result<Option<StoredIdentity>, StoreError> {
        if self.case(scope, id).await?.is_none() {
            return Ok(None);
        }
        let Some(row) = sqlx::query("SELECT ciphertext FROM case_identities WHERE case_id = $1")
            .bind(id.to_string())
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let Some(data_key) = self.case_keyring()?.data_key(self.master_key()?, id)? else {
            return Ok(Some(StoredIdentity::Erased));
        };
        let ciphertext: Vec<u8> = row.try_get("ciphertext")?;
        let plaintext = crypto::decrypt(&data_key, id.as_uuid().as_bytes(), &ciphertext)
            .map_err(|_| corrupt("case_identities.ciphertext"))?;
        serde_json::from_slice(&plaintext)
            .map(|identity| Some(StoredIdentity::Identity(identity)))
            .map_err(|_| corrupt("case_identities.ciphertext"))
    }

    /// The cases of `organisation` whose person may be the one of `key`: those with a name
    /// and birth year that normalise alike, found by their digest alone.
    pub async fn possible_matches(
        &self,
        organisation: OrganisationId,
        key: &FindingKey,
    ) -> Result<Vec<CaseId>, StoreError> {
        let digest = self.case_keyring()?.blind_index().digest(&key.message());
        let rows = sqlx::query(
            "SELECT DISTINCT case_id FROM case_finding_index \
             WHERE organisation_id = $1 AND digest = $2 ORDER BY case_id",
        )
        .bind(organisation.to_string())
        .bind(digest)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| rows::id(row, "case_id")).collect()
    }

    /// Erases the case `id` of `organisation`: remembers the erasure in the keyring and
    /// destroys the case's key (durably), then removes its rows, then appends its certificate
    /// to the audit trail; none when the organisation has no such case.
    pub async fn erase_case(
        &self,
        organisation: OrganisationId,
        id: CaseId,
        requested_by: ErasureRequest<'_>,
        now: OffsetDateTime,
    ) -> Result<Option<ErasureCertificate>, StoreError> {
        let Some(case) = self.case(CaseScope::Organisation(organisation), id).await? else {
            return Ok(None);
        };
        let keyring = self.case_keyring()?;
        keyring.remember_erasure(id)?;
        let key_fingerprint = keyring.destroy(id)?;
        self.remove_case_rows(id).await?;
        let (actor, requested_by) = match requested_by {
            ErasureRequest::Person(user) => (AuditActor::Staff(user), user.email.to_string()),
            ErasureRequest::Rule(rule) => (AuditActor::Named(rule), rule.to_owned()),
        };
        let certificate = ErasureCertificate {
            case_id: id,
            code: case.code,
            erased_at: now,
            requested_by,
            key_fingerprint,
        };
        self.record_audit_event(
            NewAuditEvent::new(
                actor,
                AuditAction::CaseErased,
                certificate.audit_target(),
                Outcome::Success,
            )
            .filed_under(organisation),
        )
        .await?;
        Ok(Some(certificate))
    }

    /// Applies again every erasure that the audit trail certifies or the keyring remembers:
    /// after a keyring backup is restored, the keys of cases erased since are back; after a
    /// database backup is restored, the rows of cases erased since are. Both are destroyed
    /// here, and each erasure is remembered in the keyring again. Answers how many cases lost
    /// a key or rows. Run at every start, before anything is served.
    pub async fn reconcile_case_keyring(&self) -> Result<usize, StoreError> {
        let keyring = self.case_keyring()?;
        let rows = sqlx::query("SELECT target FROM audit_events WHERE action = $1")
            .bind(AuditAction::CaseErased.code())
            .fetch_all(self.pool())
            .await?;
        let mut erased = keyring.erased_cases()?;
        for row in &rows {
            let target = rows::text(row, "target")?;
            erased.push(
                ErasureCertificate::case_of_target(&target)
                    .ok_or_else(|| corrupt("audit_events.target"))?,
            );
        }
        erased.sort();
        erased.dedup();
        let mut reapplied = 0;
        for case in erased {
            keyring.remember_erasure(case)?;
            let key_destroyed = keyring.destroy(case)?.is_some();
            if self.remove_case_rows(case).await? || key_destroyed {
                reapplied += 1;
            }
        }
        Ok(reapplied)
    }

    /// Removes a case and, through its foreign keys, everything of it; false when it had no
    /// rows left.
    async fn remove_case_rows(&self, id: CaseId) -> Result<bool, StoreError> {
        let removed = sqlx::query("DELETE FROM cases WHERE id = $1")
            .bind(id.to_string())
            .execute(self.pool())
            .await?;
        Ok(removed.rows_affected() > 0)
    }
}

#[cfg(test)]
mod tests;
