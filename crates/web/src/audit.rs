//! The audit trail on the web: `AppState::audit` and `audit_about`, the one way the web layer
//! appends an event (an event about another organisation's staff or profile is filed under
//! that organisation too), and `/staff/audit` (`screens`), where those the access policy lets
//! read it (network-admins all of it, org-admins their organisation's) filter it by actor,
//! action and dates, newest first, paginated.

mod screens;

use axum::Router;
use axum::routing::get;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::OrganisationId;
use strada_store::audit::{AuditActor, NewAuditEvent};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/audit", get(screens::list_events))
}

impl AppState {
    /// Appends to the audit trail an event about the actor's own organisation; a failure to
    /// record is logged loudly, never shown.
    pub async fn audit(
        &self,
        actor: Option<&User>,
        actor_label: &str,
        action: AuditAction,
        target: &str,
        outcome: Outcome,
    ) {
        self.record(actor, actor_label, action, target, None, outcome)
            .await;
    }

    /// Appends an event about something of `about_organisation` (one of its staff, its
    /// profile): that organisation's administrators see it as well as the actor's.
    pub async fn audit_about(
        &self,
        actor: Option<&User>,
        action: AuditAction,
        target: &str,
        about_organisation: OrganisationId,
        outcome: Outcome,
    ) {
        self.record(actor, "", action, target, Some(about_organisation), outcome)
            .await;
    }

    async fn record(
        &self,
        actor: Option<&User>,
        actor_label: &str,
        action: AuditAction,
        target: &str,
        about_organisation_id: Option<OrganisationId>,
        outcome: Outcome,
    ) {
        let actor = actor.map_or(AuditActor::Named(actor_label), AuditActor::Staff);
        let event = NewAuditEvent::new(actor, action, target, outcome);
        let event = match about_organisation_id {
            Some(organisation) => event.about(organisation),
            None => event,
        };
        if let Err(error) = self.store().record_audit_event(event).await {
            tracing::error!(%error, action = action.code(), "an audit event could not be recorded");
        }
    }
}
