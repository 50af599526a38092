//! What the case screens draw: the askama pages, the form's choices labelled in the reader's
//! language (`CaseOptions`), a case or a posted form as the form's values, and the parser's
//! problems beside their fields. Field labels are `case-field-{name}`, from `CaseField`.

use askama::Template;
use strada_domain::accounts::User;
use strada_domain::cases::codes::{
    AgeBand, CasePhase, CaseStatus, ForcedLabourIndustry, Gender, IdentifiedBy, MethodOfControl,
    MethodOfRecruitment, SexExploitationType, TraffickingStatus, Vulnerability,
};
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::cases::{Case, CaseField};
use strada_domain::consultations::ExploitationType;

use crate::AppState;
use crate::cases::input::{CaseForm, FROM_CONSULTATION, FROM_HELP_REQUEST};
use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;
use crate::input::Problems;
use crate::pagination::PageLinks;
use crate::staff::StaffChrome;

/// `GET /staff/cases`: the caller's cases with their filters.
#[derive(Template)]
#[template(path = "cases/list.html")]
pub struct ListPage {
    pub chrome: StaffChrome,
    pub rows: Vec<Row>,
    pub total: String,
    pub filters: FormValues,
    pub options: CaseOptions,
    pub pages: PageLinks,
    pub error: Option<String>,
    /// Whether the caller may open a case they are not assigned to (a case worker).
    pub can_break_glass: bool,
}

/// One case of the list, labelled in the reader's language.
pub struct Row {
    pub href: String,
    pub code: String,
    pub status: String,
    pub phase: String,
    pub lead: String,
    pub exploitation: String,
    pub citizenship: String,
    pub opened: String,
}

/// `GET /staff/cases/new`: the intake form.
#[derive(Template)]
#[template(path = "cases/new.html")]
pub struct NewPage {
    pub chrome: StaffChrome,
    pub submission: String,
    /// The contact the case opens from: a sentence and the contact's address.
    pub origin: Option<(String, String)>,
    pub form: FormValues,
    pub options: CaseOptions,
    pub errors: FormErrors,
}

/// `GET /staff/cases/{id}`: one case, its timeline and its edit form.
#[derive(Template)]
#[template(path = "cases/page.html")]
pub struct CasePage {
    pub chrome: StaffChrome,
    pub code: String,
    pub facts: Vec<(String, String)>,
    pub timeline: Vec<TimelineRow>,
    /// The broken glasses, for the case's lead and the administrators only.
    pub glass_breaks: Option<Vec<GlassRow>>,
    pub zone: String,
    pub action: String,
    pub version: i64,
    pub form: FormValues,
    pub options: CaseOptions,
    pub errors: FormErrors,
    /// What the page says above the form (saved, invalid, changed meanwhile).
    pub notice: Option<String>,
    pub saved: bool,
    /// After a stale change: the fields that changed meanwhile, as they now are.
    pub changed: Vec<(String, String)>,
    /// The contact the case was opened from: a sentence and the contact's address.
    pub origin: Option<(String, String)>,
}

/// A case's contact as its pages name it: a sentence and the contact's address.
pub fn origin_link(origin: CaseOrigin, tr: Translator) -> (String, String) {
    match origin {
        CaseOrigin::Consultation(id) => (
            tr.t("case-origin-from-consultation"),
            format!("/staff/consultations/{id}"),
        ),
        CaseOrigin::HelpRequest(id) => (
            tr.t("case-origin-from-help-request"),
            format!("/staff/help-requests/{id}"),
        ),
    }
}

/// One entry of a case's timeline, on the organisation's clock.
pub struct TimelineRow {
    pub when: String,
    pub what: String,
    pub who: String,
}

/// One broken glass: who, when, why.
pub struct GlassRow {
    pub who: String,
    pub when: String,
    pub reason: String,
}

/// `GET /staff/cases/open`: opening a case one is not assigned to, by its code, with a reason.
#[derive(Template)]
#[template(path = "cases/open.html")]
pub struct OpenPage {
    pub chrome: StaffChrome,
    pub form: FormValues,
    pub errors: FormErrors,
}

/// A group of checkboxes of the form: its field's name, label and labelled codes.
pub struct CheckGroup {
    pub name: &'static str,
    pub label: String,
    pub choices: Vec<(&'static str, String)>,
}

/// The form's choices, labelled in the reader's language.
pub struct CaseOptions {
    pub statuses: Vec<(&'static str, String)>,
    pub phases: Vec<(&'static str, String)>,
    pub genders: Vec<(&'static str, String)>,
    pub age_bands: Vec<(&'static str, String)>,
    pub trafficking_statuses: Vec<(&'static str, String)>,
    pub identified_by: Vec<(&'static str, String)>,
    pub exploitation: Vec<(&'static str, String)>,
    pub countries: Vec<(String, String)>,
    /// The less common lists, folded under the usual fields.
    pub details: Vec<CheckGroup>,
    /// The workers who may lead (id, name).
    pub leads: Vec<(String, String)>,
}

impl CaseOptions {
    pub fn new(tr: Translator, state: &AppState, leads: &[User]) -> Self {
        let mut countries: Vec<(String, String)> = state
            .directory()
            .countries()
            .into_iter()
            .map(|country| (country.to_string(), tr.country(country)))
            .collect();
        tr.sort_by_name(&mut countries, |(_, name)| name);
        let group = |field: CaseField, choices| CheckGroup {
            name: field.name(),
            label: tr.t(&label_key(field)),
            choices,
        };
        Self {
            statuses: tr.choices::<CaseStatus>(),
            phases: tr.choices::<CasePhase>(),
            genders: tr.choices::<Gender>(),
            age_bands: tr.choices::<AgeBand>(),
            trafficking_statuses: tr.choices::<TraffickingStatus>(),
            identified_by: tr.choices::<IdentifiedBy>(),
            exploitation: tr.choices::<ExploitationType>(),
            countries,
            details: vec![
                group(
                    CaseField::SexExploitationTypes,
                    tr.choices::<SexExploitationType>(),
                ),
                group(
                    CaseField::ForcedLabourIndustries,
                    tr.choices::<ForcedLabourIndustry>(),
                ),
                group(CaseField::MethodsOfControl, tr.choices::<MethodOfControl>()),
                group(
                    CaseField::MethodsOfRecruitment,
                    tr.choices::<MethodOfRecruitment>(),
                ),
                group(CaseField::Vulnerabilities, tr.choices::<Vulnerability>()),
            ],
            leads: leads
                .iter()
                .map(|user| (user.id.to_string(), user.name.as_str().to_owned()))
                .collect(),
        }
    }
}

/// The message key of a field's label.
pub fn label_key(field: CaseField) -> String {
    label_of(field.name())
}

/// The message key of the label of the field named `name` in the form.
pub fn label_of(name: &str) -> String {
    format!("case-field-{name}")
}

/// The fields folded in the form's details, so that the section opens when one holds a code.
const FOLDED: [CaseField; 5] = [
    CaseField::SexExploitationTypes,
    CaseField::ForcedLabourIndustries,
    CaseField::MethodsOfControl,
    CaseField::MethodsOfRecruitment,
    CaseField::Vulnerabilities,
];

/// Whether the folded lists hold a code (their section then opens by itself).
pub fn has_details(form: &FormValues) -> bool {
    FOLDED
        .iter()
        .any(|field| !form.values(field.name()).is_empty())
}

/// A case as the form shows it.
pub fn case_values(case: &Case) -> FormValues {
    let details = &case.details;
    let one = |code: Option<&str>| code.map(str::to_owned).into_iter().collect::<Vec<_>>();
    let mut pairs = Vec::new();
    for field in CaseField::ALL {
        let values: Vec<String> = match field {
            CaseField::LeadWorker => vec![case.lead_worker_id.to_string()],
            CaseField::Status => vec![case.status.code().to_owned()],
            CaseField::Phase => vec![case.phase.code().to_owned()],
            CaseField::Gender => one(details.gender.map(|code| code.code())),
            CaseField::AgeBand => one(details.age_band.map(|code| code.code())),
            CaseField::Citizenship => details.citizenship.iter().map(|c| c.to_string()).collect(),
            CaseField::Residence => details.residence.iter().map(|c| c.to_string()).collect(),
            CaseField::TraffickingStatus => vec![details.trafficking_status.code().to_owned()],
            CaseField::IdentifiedBy => one(details.identified_by.map(|code| code.code())),
            CaseField::ExploitationTypes => codes(&details.exploitation_types, |c| c.code()),
            CaseField::SexExploitationTypes => codes(&details.sex_exploitation_types, |c| c.code()),
            CaseField::ForcedLabourIndustries => {
                codes(&details.forced_labour_industries, |c| c.code())
            }
            CaseField::MethodsOfControl => codes(&details.methods_of_control, |c| c.code()),
            CaseField::MethodsOfRecruitment => codes(&details.methods_of_recruitment, |c| c.code()),
            CaseField::Vulnerabilities => codes(&details.vulnerabilities, |c| c.code()),
        };
        pairs.extend(
            values
                .into_iter()
                .map(|value| (field.name().to_owned(), value)),
        );
    }
    FormValues::from_pairs(pairs)
}

fn codes<T: Copy>(list: &[T], code: impl Fn(T) -> &'static str) -> Vec<String> {
    list.iter().map(|item| code(*item).to_owned()).collect()
}

/// A posted form as typed, to show it again.
pub fn posted_values(form: &CaseForm) -> FormValues {
    let texts = [
        (CaseField::LeadWorker, &form.lead_worker),
        (CaseField::Status, &form.status),
        (CaseField::Phase, &form.phase),
        (CaseField::Gender, &form.gender),
        (CaseField::AgeBand, &form.age_band),
        (CaseField::Citizenship, &form.citizenship),
        (CaseField::Residence, &form.residence),
        (CaseField::TraffickingStatus, &form.trafficking_status),
        (CaseField::IdentifiedBy, &form.identified_by),
    ];
    let lists = [
        (CaseField::ExploitationTypes, &form.exploitation_types),
        (
            CaseField::SexExploitationTypes,
            &form.sex_exploitation_types,
        ),
        (
            CaseField::ForcedLabourIndustries,
            &form.forced_labour_industries,
        ),
        (CaseField::MethodsOfControl, &form.methods_of_control),
        (
            CaseField::MethodsOfRecruitment,
            &form.methods_of_recruitment,
        ),
        (CaseField::Vulnerabilities, &form.vulnerabilities),
    ];
    let mut pairs: Vec<(String, String)> = texts
        .into_iter()
        .map(|(field, value)| (field.name().to_owned(), value.to_string()))
        .collect();
    for (field, values) in lists {
        pairs.extend(
            values
                .iter()
                .map(|value| (field.name().to_owned(), value.clone())),
        );
    }
    for (name, value) in [
        (FROM_CONSULTATION, &form.from_consultation),
        (FROM_HELP_REQUEST, &form.from_help_request),
    ] {
        pairs.push((name.to_owned(), value.to_string()));
    }
    FormValues::from_pairs(pairs)
}

/// The parser's problems as the form shows them, in the form's order.
pub fn form_errors(problems: &Problems, tr: Translator) -> FormErrors {
    let mut errors = FormErrors::new();
    for field in CaseField::ALL {
        if let Some(problem) = problems.get(field.name()) {
            errors.add(tr, field.name(), &label_key(field), problem.message_key());
        }
    }
    for name in [FROM_CONSULTATION, FROM_HELP_REQUEST] {
        if let Some(problem) = problems.get(name) {
            errors.add(tr, name, &label_of(name), problem.message_key());
        }
    }
    errors
}
