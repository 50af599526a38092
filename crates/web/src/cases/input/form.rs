//! The staff form of a case, as `serde_html_form` reads it (a list is its name repeated),
//! turned into the one `CaseInput`: blank fields are absent. The version the form was
//! drawn from travels in a hidden field, so that a change on an older version is refused.

use serde::Deserialize;

use super::CaseInput;
use crate::forms::Typed;
use crate::input::Sent;

/// The case form's fields as typed; other names (`csrf_token`) are the form's own.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CaseForm {
    pub lead_worker: Typed,
    pub status: Typed,
    pub phase: Typed,
    pub gender: Typed,
    pub age_band: Typed,
    pub citizenship: Typed,
    pub residence: Typed,
    pub trafficking_status: Typed,
    pub identified_by: Typed,
    pub exploitation_types: Vec<String>,
    pub sex_exploitation_types: Vec<String>,
    pub forced_labour_industries: Vec<String>,
    pub methods_of_control: Vec<String>,
    pub methods_of_recruitment: Vec<String>,
    pub vulnerabilities: Vec<String>,
    /// The contact the case opens from (hidden fields of the intake form).
    pub from_consultation: Typed,
    pub from_help_request: Typed,
    /// The version of the case the form was drawn from (a change only).
    pub version: Typed,
    /// The form's own id: a double submission of an opening opens one case.
    pub submission: Typed,
}

impl CaseForm {
    /// The input the parser reads.
    pub fn to_input(&self) -> CaseInput {
        CaseInput {
            lead_worker: text(&self.lead_worker),
            status: text(&self.status),
            phase: text(&self.phase),
            gender: text(&self.gender),
            age_band: text(&self.age_band),
            citizenship: text(&self.citizenship),
            residence: text(&self.residence),
            trafficking_status: text(&self.trafficking_status),
            identified_by: text(&self.identified_by),
            exploitation_types: list(&self.exploitation_types),
            sex_exploitation_types: list(&self.sex_exploitation_types),
            forced_labour_industries: list(&self.forced_labour_industries),
            methods_of_control: list(&self.methods_of_control),
            methods_of_recruitment: list(&self.methods_of_recruitment),
            vulnerabilities: list(&self.vulnerabilities),
            from_consultation: text(&self.from_consultation),
            from_help_request: text(&self.from_help_request),
            unknown: Default::default(),
        }
    }

    /// The version the form was drawn from, if it names one.
    pub fn version(&self) -> Option<i64> {
        self.version.trim().parse().ok()
    }

    /// The form's own id, if it has one.
    pub fn submission(&self) -> Option<&str> {
        Some(self.submission.trim()).filter(|id| !id.is_empty())
    }
}

/// A text field: blank is absent.
fn text(value: &Typed) -> Sent<String> {
    match value.trim() {
        "" => Sent::Absent,
        text => Sent::Given(text.to_owned()),
    }
}

/// A list field: its non-empty values; none is absent.
fn list(values: &[String]) -> Sent<Vec<Sent<String>>> {
    let items: Vec<Sent<String>> = values
        .iter()
        .filter(|value| !value.trim().is_empty())
        .map(|value| Sent::Given(value.trim().to_owned()))
        .collect();
    if items.is_empty() {
        Sent::Absent
    } else {
        Sent::Given(items)
    }
}
