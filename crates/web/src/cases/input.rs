//! The one input type of a case's writes, `CaseInput`: read from the API's JSON body by
//! serde, or from the staff form (`CaseForm`, read by `serde_html_form`), then parsed into a
//! `CaseState` with one `Problem` per wrong field, every field read whatever the others hold.
//! Unknown fields are errors. Opening sets no status or phase (a case opens active, in
//! identification); a change writes the case whole.

mod form;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use strada_domain::cases::codes::{
    AgeBand, CasePhase, CaseStatus, ForcedLabourIndustry, Gender, IdentifiedBy, MethodOfControl,
    MethodOfRecruitment, SexExploitationType, TraffickingStatus, Vulnerability,
};
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::cases::{CaseDetails, CaseField, CaseState};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::ids::{ConsultationId, HelpRequestId, UserId};

pub use form::CaseForm;

use crate::input::{InputField, Problem, Problems, Reader, Sent};

/// A case as a client sent it, each field not yet checked. Its fields are `CaseField`'s
/// names (a unit test holds them together).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CaseInput {
    /// The id of the worker who leads the case.
    pub lead_worker: Sent<String>,
    pub status: Sent<String>,
    pub phase: Sent<String>,
    pub gender: Sent<String>,
    pub age_band: Sent<String>,
    pub citizenship: Sent<String>,
    pub residence: Sent<String>,
    pub trafficking_status: Sent<String>,
    pub identified_by: Sent<String>,
    pub exploitation_types: Sent<Vec<Sent<String>>>,
    pub sex_exploitation_types: Sent<Vec<Sent<String>>>,
    pub forced_labour_industries: Sent<Vec<Sent<String>>>,
    pub methods_of_control: Sent<Vec<Sent<String>>>,
    pub methods_of_recruitment: Sent<Vec<Sent<String>>>,
    pub vulnerabilities: Sent<Vec<Sent<String>>>,
    /// The consultation the case is opened from (an opening only; not a `CaseField`: the
    /// link is made once and never changed).
    pub from_consultation: Sent<String>,
    /// The help request the case is opened from (an opening only).
    pub from_help_request: Sent<String>,
    /// Names that are not a case's fields: each is an error.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

/// A case about to be opened: its state and the contact it is opened from, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub case: CaseState,
    pub origin: Option<CaseOrigin>,
}

/// The names of the origin's fields, as the API and the form send them.
pub const FROM_CONSULTATION: &str = "from_consultation";
pub const FROM_HELP_REQUEST: &str = "from_help_request";

/// What the write is: an opening by a worker (who leads unless another is named), or a
/// change of a case, written whole.
#[derive(Debug, Clone, Copy)]
pub enum Write {
    Opening { opener: UserId },
    Change,
}

impl InputField for CaseField {
    fn name(self) -> &'static str {
        CaseField::name(self)
    }
}

impl CaseInput {
    /// A JSON body's case; a body that is not an object is the problem of `body`.
    pub fn from_json(value: Value) -> Result<Self, Problems> {
        crate::input::from_json(value)
    }

    /// An opening by `opener`, or every field's problem: the case's and its origin's (at
    /// most one contact, named by its id; whether it is the organisation's is the caller's
    /// question, asked of the store).
    pub fn parse_opening(
        mut self,
        opener: UserId,
        may_lead: impl Fn(UserId) -> bool,
    ) -> Result<Opening, Problems> {
        let mut problems = Problems::new();
        let mut contact = |name: &str, sent: Sent<String>| match sent {
            Sent::Absent => None,
            Sent::Given(text) => match text.trim().parse::<uuid::Uuid>() {
                Ok(id) => Some(id),
                Err(_) => {
                    problems.insert(name.to_owned(), Problem::NotAContact);
                    None
                }
            },
            Sent::WrongKind => {
                problems.insert(name.to_owned(), Problem::NotText);
                None
            }
        };
        let consultation = contact(
            FROM_CONSULTATION,
            std::mem::take(&mut self.from_consultation),
        );
        let request = contact(
            FROM_HELP_REQUEST,
            std::mem::take(&mut self.from_help_request),
        );
        let origin = match (consultation, request) {
            (Some(_), Some(_)) => {
                problems.insert(FROM_HELP_REQUEST.to_owned(), Problem::OneContactOnly);
                None
            }
            (Some(id), None) => Some(CaseOrigin::Consultation(ConsultationId::from_uuid(id))),
            (None, Some(id)) => Some(CaseOrigin::HelpRequest(HelpRequestId::from_uuid(id))),
            (None, None) => None,
        };
        match self.parse(Write::Opening { opener }, may_lead) {
            Ok(case) if problems.is_empty() => Ok(Opening { case, origin }),
            Ok(_) => Err(problems),
            Err(mut more) => {
                more.extend(problems);
                Err(more)
            }
        }
    }

    /// The case's state, or every field's problem; `may_lead` says whether a worker may
    /// lead a case of this organisation.
    pub fn parse(
        self,
        write: Write,
        may_lead: impl Fn(UserId) -> bool,
    ) -> Result<CaseState, Problems> {
        use CaseField as Field;
        let mut reader = Reader::default();
        for name in self.unknown.keys() {
            reader
                .problems
                .insert(name.clone(), Problem::UnknownField("case"));
        }
        if let Write::Change = write {
            for (name, sent) in [
                (FROM_CONSULTATION, &self.from_consultation),
                (FROM_HELP_REQUEST, &self.from_help_request),
            ] {
                if *sent != Sent::Absent {
                    reader
                        .problems
                        .insert(name.to_owned(), Problem::OnlyOnOpening);
                }
            }
        }
        let lead_worker = match (write, reader.text(Field::LeadWorker, self.lead_worker)) {
            (Write::Opening { opener }, None) => Some(opener),
            (Write::Change, None) => reader.fail(Field::LeadWorker, Problem::Required),
            (_, Some(text)) => match text.trim().parse::<UserId>() {
                Ok(worker) if may_lead(worker) => Some(worker),
                _ => reader.fail(
                    Field::LeadWorker,
                    Problem::NotAWorker(text.chars().take(80).collect()),
                ),
            },
        };
        let (status, phase) = match write {
            Write::Opening { .. } => {
                for (field, sent) in [(Field::Status, &self.status), (Field::Phase, &self.phase)] {
                    if *sent != Sent::Absent {
                        reader.fail::<()>(field, Problem::NotOnOpening);
                    }
                }
                (Some(CaseStatus::Active), Some(CasePhase::Identification))
            }
            Write::Change => (
                reader.required_code(Field::Status, self.status, CaseStatus::parse),
                reader.required_code(Field::Phase, self.phase, CasePhase::parse),
            ),
        };
        let details = CaseDetails {
            gender: reader.optional_code(Field::Gender, self.gender, Gender::parse),
            age_band: reader.optional_code(Field::AgeBand, self.age_band, AgeBand::parse),
            citizenship: reader.optional_code(
                Field::Citizenship,
                self.citizenship,
                CountryCode::parse,
            ),
            residence: reader.optional_code(Field::Residence, self.residence, CountryCode::parse),
            // Helplines and first contacts say "possible": actual is a decision.
            trafficking_status: reader
                .optional_code(
                    Field::TraffickingStatus,
                    self.trafficking_status,
                    TraffickingStatus::parse,
                )
                .unwrap_or(TraffickingStatus::PossibleVictimOfTrafficking),
            identified_by: reader.optional_code(
                Field::IdentifiedBy,
                self.identified_by,
                IdentifiedBy::parse,
            ),
            exploitation_types: in_order(reader.list(
                Field::ExploitationTypes,
                self.exploitation_types,
                ExploitationType::parse,
            )),
            sex_exploitation_types: in_order(reader.list(
                Field::SexExploitationTypes,
                self.sex_exploitation_types,
                SexExploitationType::parse,
            )),
            forced_labour_industries: in_order(reader.list(
                Field::ForcedLabourIndustries,
                self.forced_labour_industries,
                ForcedLabourIndustry::parse,
            )),
            methods_of_control: in_order(reader.list(
                Field::MethodsOfControl,
                self.methods_of_control,
                MethodOfControl::parse,
            )),
            methods_of_recruitment: in_order(reader.list(
                Field::MethodsOfRecruitment,
                self.methods_of_recruitment,
                MethodOfRecruitment::parse,
            )),
            vulnerabilities: in_order(reader.list(
                Field::Vulnerabilities,
                self.vulnerabilities,
                Vulnerability::parse,
            )),
        };
        match (lead_worker, status, phase) {
            (Some(lead_worker_id), Some(status), Some(phase)) if reader.problems.is_empty() => {
                Ok(CaseState {
                    lead_worker_id,
                    status,
                    phase,
                    details,
                })
            }
            _ => Err(reader.problems),
        }
    }
}

/// A list's codes in the order of their enumeration, so that a case reads the same however
/// its codes were sent.
fn in_order<T: Ord>(mut codes: Vec<T>) -> Vec<T> {
    codes.sort();
    codes
}
