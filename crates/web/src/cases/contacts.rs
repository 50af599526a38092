//! A contact's cases, as the consultation's and the help request's pages show them: the
//! cases opened from it that the reader may open (none counted that they may not, so that a
//! hotline consultant does not learn a case exists) and, for those who work on cases, the way
//! to open one from it. Nothing of the contact is copied by the link.

use strada_domain::access::Action;
use strada_domain::cases::origin::CaseOrigin;
use strada_store::StoreError;

use crate::AppState;
use crate::cases::input::{FROM_CONSULTATION, FROM_HELP_REQUEST};
use crate::cases::records::scope_of;
use crate::staff::Staff;

/// The cases section of a contact's page.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactCases {
    /// Each case's code and address.
    pub cases: Vec<(String, String)>,
    /// The intake form with the contact named, for those who may open a case.
    pub open_href: Option<String>,
}

/// The cases section of the page of `origin` for `staff`, or none for a reader who does not
/// work on cases.
pub async fn contact_cases(
    state: &AppState,
    staff: &Staff,
    origin: CaseOrigin,
) -> Result<Option<ContactCases>, StoreError> {
    let actor = staff.actor();
    let Some(scope) = scope_of(&actor) else {
        return Ok(None);
    };
    let found = state.store().cases_opened_from(scope, origin).await?;
    let (field, contact) = match origin {
        CaseOrigin::Consultation(id) => (FROM_CONSULTATION, id.to_string()),
        CaseOrigin::HelpRequest(id) => (FROM_HELP_REQUEST, id.to_string()),
    };
    Ok(Some(ContactCases {
        cases: found
            .into_iter()
            .map(|(id, code)| (code.to_string(), format!("/staff/cases/{id}")))
            .collect(),
        open_href: actor
            .may(Action::WorkOnCases)
            .then(|| format!("/staff/cases/new?{field}={contact}")),
    }))
}
