//! `/staff/audit`: the audit trail, scoped by the access policy in SQL, filterable by actor,
//! action and dates, newest first, paginated. A filter that is not one answers 400 with the
//! form and its error.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::audit::AuditAction;
use strada_store::audit::{AuditEvent, AuditFilter};

use crate::AppState;
use crate::errors::PageError;
use crate::layout::render;
use crate::pagination::PageLinks;
use crate::params::{FieldErrors, QueryParams};
use crate::staff::guard::ViewAudit;
use crate::staff::{Permitted, StaffChrome};

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
    pages: PageLinks,
    error: Option<String>,
}

fn is_date(text: &str) -> Result<String, &'static str> {
    time::Date::parse(text, &time::format_description::well_known::Iso8601::DATE)
        .map(|date| date.to_string())
        .map_err(|_| "not a date (YYYY-MM-DD)")
}

/// `GET /staff/audit?actor=&action=&from=&until=&page=`
pub(super) async fn list_events(
    State(state): State<AppState>,
    permitted: Permitted<ViewAudit>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let staff = &permitted.caller;
    let params = QueryParams::parse(query.as_deref());
    let mut errors = FieldErrors::new();
    let filter = AuditFilter {
        actor: params.get("actor").map(|actor| actor.trim().to_lowercase()),
        action: params.read("action", AuditAction::parse, &mut errors),
        from: params.read("from", is_date, &mut errors),
        until: params.read("until", is_date, &mut errors),
    };
    let page_request = params.page_request(&mut errors);
    let chrome = StaffChrome::for_staff(staff, "audit-title", "/staff/audit");
    let page = state
        .store()
        .list_audit_events(permitted.scope, &filter, page_request)
        .await?;
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
    let body = AuditPage {
        actions: AuditAction::ALL
            .iter()
            .map(|action| (action.code(), filter.action == Some(*action)))
            .collect(),
        actor: filter.actor.clone().unwrap_or_default(),
        from: filter.from.clone().unwrap_or_default(),
        until: filter.until.clone().unwrap_or_default(),
        count_text: chrome.tr.count("audit-count", page.total as usize),
        pages: PageLinks::new(&page, link),
        error: errors.values().next().cloned(),
        events: page.items,
        chrome,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(render(&body, status).into_response(staff.user.language))
}
