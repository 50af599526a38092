//! `/staff/audit`: the audit trail for those the access policy lets read it (network-admins
//! all of it, org-admins their organisation's), filterable by actor, action and dates, newest
//! first, paginated.

use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use strada_domain::access::{Action, scope};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::audit::{AuditEvent, AuditFilter, NewAuditEvent};
use uuid::Uuid;

use crate::AppState;
use crate::errors::not_found_page;
use crate::layout::render;
use crate::params::{FieldErrors, QueryParams};
use crate::staff::Staff;
use crate::staff::StaffChrome;

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
        about_organisation: Uuid,
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
        about_organisation_id: Option<Uuid>,
        outcome: Outcome,
    ) {
        let event = NewAuditEvent {
            actor_id: actor.map(|user| user.id),
            actor: actor.map_or_else(|| actor_label.to_owned(), |user| user.email.to_string()),
            organisation_id: actor.map(|user| user.organisation_id),
            about_organisation_id,
            action,
            target: target.to_owned(),
            outcome,
        };
        if let Err(error) = self.store().record_audit_event(event).await {
            tracing::error!(%error, action = action.code(), "an audit event could not be recorded");
        }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/audit", get(list_events))
}

#[derive(Template)]
#[template(path = "audit/audit.html")]
struct AuditPage {
    chrome: StaffChrome,
    events: Vec<AuditEvent>,
    actions: Vec<(&'static str, bool)>,
    actor: String,
    from: String,
    until: String,
    count_text: String,
    page: u32,
    pages: u32,
    previous: Option<String>,
    next: Option<String>,
    error: Option<String>,
}

fn is_date(text: &str) -> Result<String, &'static str> {
    time::Date::parse(text, &time::format_description::well_known::Iso8601::DATE)
        .map(|date| date.to_string())
        .map_err(|_| "not a date (YYYY-MM-DD)")
}

/// `GET /staff/audit?actor=&action=&from=&until=&page=`
async fn list_events(
    State(state): State<AppState>,
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(audit_scope) = scope(&staff.actor(), Action::ViewAudit) else {
        return not_found_page(staff.user.language, "error-not-found-text");
    };
    let params = QueryParams::parse(query.as_deref());
    let mut errors = FieldErrors::new();
    let filter = AuditFilter {
        actor: params.get("actor").map(|actor| actor.trim().to_lowercase()),
        action: params.read("action", AuditAction::parse, &mut errors),
        from: params.read("from", is_date, &mut errors),
        until: params.read("until", is_date, &mut errors),
    };
    let page_request = params.page_request(&mut errors);
    let chrome = StaffChrome::for_user(&staff.user, &staff.session, "audit-title", "/staff/audit");
    let page = match state
        .store()
        .list_audit_events(audit_scope, &filter, page_request)
        .await
    {
        Ok(page) => page,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let link = |number: u32| {
        let mut pairs = vec![("page", number.to_string())];
        for (name, value) in [
            ("actor", &filter.actor),
            ("from", &filter.from),
            ("until", &filter.until),
        ] {
            if let Some(value) = value {
                pairs.push((name, value.clone()));
            }
        }
        if let Some(action) = filter.action {
            pairs.push(("action", action.code().to_owned()));
        }
        format!(
            "/staff/audit?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let pages = page.total_pages();
    let body = AuditPage {
        actions: AuditAction::ALL
            .iter()
            .map(|action| (action.code(), filter.action == Some(*action)))
            .collect(),
        actor: filter.actor.clone().unwrap_or_default(),
        from: filter.from.clone().unwrap_or_default(),
        until: filter.until.clone().unwrap_or_default(),
        count_text: chrome.tr.count("audit-count", page.total as usize),
        page: page.page,
        pages,
        previous: (page.page > 1).then(|| link(page.page - 1)),
        next: (page.page < pages).then(|| link(page.page + 1)),
        error: errors.values().next().cloned(),
        events: page.items,
        chrome,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    render(&body, status).into_response(staff.user.language)
}
