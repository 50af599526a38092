//! The organisations' directory entries in the staff screens: profiles edited by their own
//! administrators or the secretariat, stale and concurrent edits, and hotlines.

mod hotlines;
mod profile;

use crate::{Client, TestApp};
use strada_domain::access::OrganisationScope;
use strada_domain::audit::AuditAction;
use strada_store::audit::AuditFilter;

pub(crate) const ORG_ADMIN: &str = "org-admin@demo.strada.invalid";

pub(crate) const NETWORK_ADMIN: &str = "network-admin@demo.strada.invalid";

pub(crate) const PASSWORD: &str = strada_store::demo::DEMO_PASSWORD;

pub(crate) fn organisation_id(app: &TestApp, slug: &str) -> String {
    app.server()
        .state
        .directory()
        .organisation(slug)
        .unwrap_or_else(|| panic!("{slug}"))
        .id
        .to_string()
}

/// The entry's version, from its page.
pub(crate) fn version(html: &str) -> String {
    let marker = "name=\"version\" value=\"";
    let start = html.find(marker).expect("a version") + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

pub async fn audited(app: &TestApp, action: AuditAction) -> Vec<String> {
    app.server()
        .state
        .store()
        .list_audit_events(
            OrganisationScope::Network,
            &AuditFilter {
                action: Some(action),
                ..AuditFilter::default()
            },
            strada_domain::pagination::PageRequest::default(),
        )
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|event| event.target)
        .collect()
}

pub(crate) fn profile<'a>(version: &'a str, city: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("version", version),
        ("name", "La Strada Moldova"),
        ("city", city),
        ("website", "https://lastrada.md"),
        ("membership", "member"),
        ("time_zone", "Europe/Chisinau"),
        ("languages", "ro"),
        ("languages", "ru"),
        ("services", "shelter"),
        ("services", "legal_assistance"),
    ]
}

pub(crate) async fn submit_owned(
    browser: &mut Client<'_>,
    form_page: &str,
    target: &str,
    fields: Vec<(String, String)>,
) -> crate::Answer {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    browser.submit(form_page, target, &refs).await
}
