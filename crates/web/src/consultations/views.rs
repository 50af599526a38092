//! What the consultations' staff screens draw: the askama pages, the form's choices
//! labelled in the reader's language (`FormOptions`), and the form's values and problems
//! (`form_values`).

mod form_values;

use askama::Template;
use strada_domain::consultations::{
    CallerType, Channel, ConsultationOutcome, ExploitationType, Topic, TraffickingConcern,
};

pub use form_values::form_errors;
#[cfg(test)]
pub(in crate::consultations) use form_values::{FORM_ORDER, form_name};

use crate::AppState;
use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;
use crate::pagination::PageLinks;
use crate::staff::StaffChrome;

/// `GET /staff/consultations/new`: the quick-entry form.
#[derive(Template)]
#[template(path = "consultations/new.html")]
pub struct NewPage {
    pub chrome: StaffChrome,
    pub submission: String,
    pub form: FormValues,
    pub options: FormOptions,
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub saved_href: Option<String>,
    pub action: String,
    pub zone: String,
    pub carried_over: Option<String>,
}

/// `GET /staff/consultations/{id}`: one record with its edit form.
#[derive(Template)]
#[template(path = "consultations/record.html")]
pub struct RecordPage {
    pub chrome: StaffChrome,
    /// The cases opened from the consultation, for those who work on cases.
    pub contact_cases: Option<crate::cases::contacts::ContactCases>,
    pub submission: String,
    pub form: FormValues,
    pub options: FormOptions,
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub saved: bool,
    pub editable: bool,
    pub zone: String,
    pub action: String,
    pub organisation: String,
    pub created: String,
}

/// One consultation in the list, labelled.
pub struct Row {
    pub href: String,
    pub started: String,
    pub channel: String,
    pub caller: String,
    pub topics: String,
    pub destination: String,
    pub concern: String,
    pub outcome: String,
}

/// `GET /staff/consultations`: the list with its filters.
#[derive(Template)]
#[template(path = "consultations/list.html")]
pub struct ListPage {
    pub chrome: StaffChrome,
    pub rows: Vec<Row>,
    pub total: String,
    pub filters: FormValues,
    pub options: FormOptions,
    pub pages: PageLinks,
    pub query: String,
    pub error: Option<String>,
    pub can_export: bool,
    pub zone: String,
}

/// The choices of the form, labelled in the user's language.
pub struct FormOptions {
    pub channels: Vec<(&'static str, String)>,
    pub callers: Vec<(&'static str, String)>,
    pub languages: Vec<(String, String)>,
    pub topics: Vec<(&'static str, String)>,
    pub concerns: Vec<(&'static str, String)>,
    pub exploitation: Vec<(&'static str, String)>,
    pub outcomes: Vec<(&'static str, String)>,
    pub countries: Vec<(String, String)>,
    pub organisations: Vec<(String, String)>,
}

impl FormOptions {
    pub fn new(tr: Translator, state: &AppState) -> Self {
        let directory = state.directory();
        let mut countries: Vec<(String, String)> = directory
            .countries()
            .into_iter()
            .map(|c| (c.to_string(), tr.country(c)))
            .collect();
        tr.sort_by_name(&mut countries, |(_, name)| name);
        let languages = crate::forms::language_choices(tr, &[]);
        let mut organisations: Vec<(String, String)> = directory
            .organisations()
            .iter()
            .map(|o| (o.slug.to_string(), o.name.clone()))
            .collect();
        tr.sort_by_name(&mut organisations, |(_, name)| name);
        Self {
            channels: tr.choices::<Channel>(),
            callers: tr.choices::<CallerType>(),
            languages,
            topics: tr.choices::<Topic>(),
            concerns: tr.choices::<TraffickingConcern>(),
            exploitation: tr.choices::<ExploitationType>(),
            outcomes: tr.choices::<ConsultationOutcome>(),
            countries,
            organisations,
        }
    }

    /// Keeps a recorded language that the list does not name (one the API recorded) choosable,
    /// so that editing the record does not change it.
    pub fn keep_language(&mut self, tag: &str, tr: Translator) {
        if !tag.is_empty() && !self.languages.iter().any(|(code, _)| code == tag) {
            self.languages = crate::forms::language_choices(tr, &[tag]);
        }
    }
}
