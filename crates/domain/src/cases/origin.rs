//! The contact a case was opened from. A worker who hears, on the hotline or in an anonymous
//! help request, of a person who needs assistance opens the case from that contact: the two
//! are linked both ways and nothing of the contact (its notes, the person's words) is copied
//! unless the worker chooses to.

use crate::ids::{ConsultationId, HelpRequestId};

/// A hotline consultation or an anonymous help request, of the case's own organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseOrigin {
    Consultation(ConsultationId),
    HelpRequest(HelpRequestId),
}

impl CaseOrigin {
    /// The origin's kind as the API and the timeline name it.
    pub const fn kind(self) -> &'static str {
        match self {
            Self::Consultation(_) => "consultation",
            Self::HelpRequest(_) => "help_request",
        }
    }
}
