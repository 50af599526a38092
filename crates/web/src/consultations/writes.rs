//! What every consultation's write and read does, whatever its surface (the API, the
//! staff screens): the store's call, then its audit event, so that no surface forgets one.

use strada_domain::access::OrganisationScope;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::consultations::{Consultation, ConsultationDetails};
use strada_domain::ids::ConsultationId;
use strada_store::StoreError;
use strada_store::consultations::Recorded;

use crate::AppState;

/// Appends the audit event of `user`'s `action` on consultation `id`.
async fn audit(state: &AppState, user: &User, action: AuditAction, id: ConsultationId) {
    state
        .audit(Some(user), "", action, &id.to_string(), Outcome::Success)
        .await;
}

/// Records `details` for `user`'s organisation; a `key` seen before answers the first record,
/// stores nothing and appends no event. Answers the record and whether it is new.
pub async fn record(
    state: &AppState,
    user: &User,
    details: &ConsultationDetails,
    key: Option<&str>,
) -> Result<(Consultation, bool), StoreError> {
    let recorded = state
        .store()
        .record_consultation(user.organisation_id, user.id, details, key)
        .await?;
    Ok(match recorded {
        Recorded::New(consultation) => {
            audit(
                state,
                user,
                AuditAction::ConsultationRecorded,
                consultation.id,
            )
            .await;
            (consultation, true)
        }
        Recorded::Repeated(consultation) => (consultation, false),
    })
}

/// Replaces consultation `id`'s details (the caller has asked `may_edit`).
pub async fn update(
    state: &AppState,
    user: &User,
    id: ConsultationId,
    details: &ConsultationDetails,
) -> Result<(), StoreError> {
    state
        .store()
        .update_consultation(user.organisation_id, id, details)
        .await?;
    audit(state, user, AuditAction::ConsultationUpdated, id).await;
    Ok(())
}

/// `user`'s organisation's consultation `id`, without its notes. Another organisation's,
/// or an id that is not one, is none.
pub async fn read(
    state: &AppState,
    user: &User,
    id: &str,
) -> Result<Option<Consultation>, StoreError> {
    read_from_store(state, user, id, false).await
}

/// The consultation read whole, notes included: an audit event, for the notes are the most
/// sensitive words the network keeps.
pub async fn read_whole(
    state: &AppState,
    user: &User,
    id: &str,
) -> Result<Option<Consultation>, StoreError> {
    let consultation = read_from_store(state, user, id, true).await?;
    if let Some(consultation) = &consultation {
        audit(state, user, AuditAction::ConsultationRead, consultation.id).await;
    }
    Ok(consultation)
}

async fn read_from_store(
    state: &AppState,
    user: &User,
    id: &str,
    with_notes: bool,
) -> Result<Option<Consultation>, StoreError> {
    let Ok(id) = id.parse::<ConsultationId>() else {
        return Ok(None);
    };
    state
        .store()
        .consultation(
            OrganisationScope::Organisation(user.organisation_id),
            id,
            with_notes,
        )
        .await
}
