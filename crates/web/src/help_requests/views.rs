//! The feature's templates and the view models they draw: the person's pages (the form, the
//! once-shown receipt, the status page with its thread) and the staff screens (the inbox and
//! one request). Times are shown as their reader reads them: the person in UTC, named (a
//! script turns it into their own zone); staff on their organisation's clock.

use askama::Template;
use strada_domain::ids::HelpRequestId;
use strada_domain::time_zone::TimeZone;
use strada_store::help_requests::{Credentials, HelpRequest};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::content::CountryOption;
use crate::forms::FormErrors;
use crate::layout::Chrome;
use crate::pagination::PageLinks;
use crate::staff::StaffChrome;

#[derive(Template)]
#[template(path = "help_requests/ask.html")]
pub struct AskPage {
    pub chrome: Chrome,
    pub countries: Vec<CountryOption>,
    pub languages: Vec<(&'static str, &'static str)>,
    pub country: String,
    pub language: String,
    pub message: String,
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub trap: &'static str,
}

#[derive(Template)]
#[template(path = "help_requests/ask_sent.html")]
pub struct SentPage {
    pub chrome: Chrome,
    pub credentials: Option<Credentials>,
}

/// A time of the person's thread: UTC with its zone named, which a script turns into the
/// reader's own time.
pub struct ShownTime {
    pub datetime: String,
    pub utc: String,
}

impl ShownTime {
    pub fn new(stored: &str) -> Self {
        let utc = stored
            .chars()
            .take(16)
            .collect::<String>()
            .replace('T', " ");
        Self {
            datetime: stored.to_owned(),
            utc: format!("{utc} UTC"),
        }
    }
}

/// One message of the thread as the person reads it.
pub struct ThreadLine {
    /// The organisation that wrote it; none for the person's own.
    pub organisation: Option<String>,
    pub message: String,
    pub time: ShownTime,
}

#[derive(Template)]
#[template(path = "help_requests/ask_status.html")]
pub struct StatusPage {
    pub chrome: Chrome,
    pub ticket: String,
    pub passphrase: String,
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub request: Option<HelpRequest>,
    pub thread: Vec<ThreadLine>,
    pub status: String,
    pub open: bool,
    pub follow_up: String,
    pub reply: String,
}

/// How staff read times: on their organisation's clock, its zone named (UTC, named, for an
/// organisation without one).
pub struct StaffClock(pub TimeZone);

impl StaffClock {
    /// A stored UTC time (RFC 3339) as the reader reads it, to the minute.
    pub fn show(&self, stored: &str) -> String {
        match OffsetDateTime::parse(stored, &Rfc3339) {
            Ok(instant) => format!(
                "{} {}",
                self.0.local(instant).format(SHOWN_TIME).unwrap_or_default(),
                self.0.name()
            ),
            Err(_) => stored.to_owned(),
        }
    }
}

const SHOWN_TIME: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");

/// One request of the inbox, without the person's words.
pub struct InboxLine {
    pub href: String,
    pub received: String,
    pub country: String,
    pub language: String,
    pub status: String,
    pub unread: bool,
    pub escalated: bool,
}

#[derive(Template)]
#[template(path = "help_requests/inbox.html")]
pub struct InboxPage {
    pub chrome: StaffChrome,
    pub lines: Vec<InboxLine>,
    /// Each state's filter: its address, label and whether it is the one shown.
    pub states: Vec<(String, String, bool)>,
    pub error: Option<String>,
    pub count: String,
    pub pages: PageLinks,
}

/// One message of the thread as staff read it.
pub struct StaffThreadLine {
    pub from: String,
    pub message: String,
    pub time: String,
}

#[derive(Template)]
#[template(path = "help_requests/request.html")]
pub struct RequestPage {
    pub chrome: StaffChrome,
    /// The cases opened from the request, for those who work on cases.
    pub contact_cases: Option<crate::cases::contacts::ContactCases>,
    pub id: HelpRequestId,
    pub country: String,
    pub language: String,
    pub status: String,
    pub received: String,
    pub message: String,
    pub thread: Vec<StaffThreadLine>,
    pub open: bool,
    pub reply: String,
    pub errors: FormErrors,
    pub caller_types: Vec<(String, String)>,
    pub topics: Vec<(String, String)>,
}

/// The problems of a form, shown the one way forms show them (`forms::FormErrors`): beside
/// each field and in a summary. `fields` names, in the order shown, each field with the id of
/// its control and the key of its label.
pub fn form_errors(
    tr: crate::i18n::Translator,
    problems: &super::input::Problems,
    fields: &[(&str, &str, &str)],
) -> FormErrors {
    let mut errors = FormErrors::new();
    for (field, id, label) in fields {
        if let Some(problem) = problems.get(*field) {
            errors.add(tr, id, label, problem.key());
        }
    }
    errors
}
