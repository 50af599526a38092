//! Case files of the people a member assists: the case, its pseudonymous code, what
//! happened in HTCDS 2.0 codes, its status and phase. Who may open a case is the access
//! policy's (`access::case_scope`); nothing here reads or writes.

pub mod codes;
pub mod identity;
pub mod origin;

use std::fmt;

use time::OffsetDateTime;

use crate::codes::code_enum;
use crate::consultations::ExploitationType;
use crate::country_code::CountryCode;
use crate::ids::{CaseId, OrganisationId, UserId};
use codes::{
    AgeBand, CasePhase, CaseStatus, ForcedLabourIndustry, Gender, IdentifiedBy, MethodOfControl,
    MethodOfRecruitment, SexExploitationType, TraffickingStatus, Vulnerability,
};

/// A case's pseudonymous code: the organisation's country, the year the case was opened and
/// its number in that year at that organisation (`NL-2026-0042`). It names no person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseCode {
    country: CountryCode,
    year: u16,
    number: u32,
}

/// A text that is not a case code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a case code such as NL-2026-0042")]
pub struct NotACaseCode(pub String);

impl CaseCode {
    pub fn new(country: CountryCode, year: u16, number: u32) -> Self {
        Self {
            country,
            year,
            number,
        }
    }

    /// `NL-2026-0042`, in any case of letters; the number has at least four digits.
    pub fn parse(text: &str) -> Result<Self, NotACaseCode> {
        let refuse = || NotACaseCode(text.chars().take(40).collect());
        let mut parts = text.trim().split('-');
        let (Some(country), Some(year), Some(number), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(refuse());
        };
        let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !all_digits(year) || number.len() < 4 || number.len() > 9 {
            return Err(refuse());
        }
        if !all_digits(number) {
            return Err(refuse());
        }
        let country = CountryCode::parse(&country.to_ascii_uppercase()).map_err(|_| refuse())?;
        let year = year.parse().map_err(|_| refuse())?;
        let number = number.parse().map_err(|_| refuse())?;
        if number == 0 {
            return Err(refuse());
        }
        Ok(Self::new(country, year, number))
    }

    pub fn country(self) -> CountryCode {
        self.country
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn number(self) -> u32 {
        self.number
    }
}

impl fmt::Display for CaseCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{}-{}-{:04}",
            self.country.as_str(),
            self.year,
            self.number
        )
    }
}

/// What is known of the person and what happened, in codes: nothing here identifies them
/// (the age is a band; names, birth date and documents belong to the sealed identity).
#[derive(Debug, Clone, PartialEq)]
pub struct CaseDetails {
    pub gender: Option<Gender>,
    /// The age band at identification.
    pub age_band: Option<AgeBand>,
    pub citizenship: Option<CountryCode>,
    pub residence: Option<CountryCode>,
    pub trafficking_status: TraffickingStatus,
    pub identified_by: Option<IdentifiedBy>,
    /// Each list holds each code once, in the order of its enumeration.
    pub exploitation_types: Vec<ExploitationType>,
    pub sex_exploitation_types: Vec<SexExploitationType>,
    pub forced_labour_industries: Vec<ForcedLabourIndustry>,
    pub methods_of_control: Vec<MethodOfControl>,
    pub methods_of_recruitment: Vec<MethodOfRecruitment>,
    pub vulnerabilities: Vec<Vulnerability>,
}

/// The fields a worker writes of a case, written once: the API's JSON, the form and the
/// input's known names are this list (a test holds them together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseField {
    LeadWorker,
    Status,
    Phase,
    Gender,
    AgeBand,
    Citizenship,
    Residence,
    TraffickingStatus,
    IdentifiedBy,
    ExploitationTypes,
    SexExploitationTypes,
    ForcedLabourIndustries,
    MethodsOfControl,
    MethodsOfRecruitment,
    Vulnerabilities,
}

impl CaseField {
    pub const ALL: [Self; 15] = [
        Self::LeadWorker,
        Self::Status,
        Self::Phase,
        Self::Gender,
        Self::AgeBand,
        Self::Citizenship,
        Self::Residence,
        Self::TraffickingStatus,
        Self::IdentifiedBy,
        Self::ExploitationTypes,
        Self::SexExploitationTypes,
        Self::ForcedLabourIndustries,
        Self::MethodsOfControl,
        Self::MethodsOfRecruitment,
        Self::Vulnerabilities,
    ];

    /// The field's name in the API's JSON and in the form.
    pub const fn name(self) -> &'static str {
        match self {
            Self::LeadWorker => "lead_worker",
            Self::Status => "status",
            Self::Phase => "phase",
            Self::Gender => "gender",
            Self::AgeBand => "age_band",
            Self::Citizenship => "citizenship",
            Self::Residence => "residence",
            Self::TraffickingStatus => "trafficking_status",
            Self::IdentifiedBy => "identified_by",
            Self::ExploitationTypes => "exploitation_types",
            Self::SexExploitationTypes => "sex_exploitation_types",
            Self::ForcedLabourIndustries => "forced_labour_industries",
            Self::MethodsOfControl => "methods_of_control",
            Self::MethodsOfRecruitment => "methods_of_recruitment",
            Self::Vulnerabilities => "vulnerabilities",
        }
    }
}

/// A case as stored: its organisation's, led by one of its workers.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: CaseId,
    pub organisation_id: OrganisationId,
    pub code: CaseCode,
    pub lead_worker_id: UserId,
    pub status: CaseStatus,
    pub phase: CasePhase,
    pub details: CaseDetails,
    /// Moves by one with every change: a change made on an older version is refused.
    pub version: i64,
    pub opened_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// What a worker may change of a case at once: written whole, on the version it was read at.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseState {
    pub lead_worker_id: UserId,
    pub status: CaseStatus,
    pub phase: CasePhase,
    pub details: CaseDetails,
}

code_enum!(
    /// What an entry of a case's timeline records.
    TimelineKind, "case timeline entry" {
        Opened => "opened",
        StatusChanged => "status_changed",
        PhaseChanged => "phase_changed",
        LeadChanged => "lead_changed",
        DetailsChanged => "details_changed",
        GlassBroken => "glass_broken",
        IdentityChanged => "identity_changed",
    }
);

/// One thing that happened on a case, by whom and when; `detail` holds codes only (the new
/// status, the new phase), never free text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub happened_at: OffsetDateTime,
    pub actor_id: Option<UserId>,
    pub kind: TimelineKind,
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_code_reads_and_writes_the_same() {
        let code = CaseCode::parse("nl-2026-0042").unwrap();
        assert_eq!(code.to_string(), "NL-2026-0042");
        assert_eq!(code.number(), 42);
        assert_eq!(CaseCode::parse("NL-2026-12345").unwrap().number(), 12345);
        for wrong in [
            "",
            "NL-2026",
            "NL-26-0042",
            "NL-2026-42",
            "XX-2026-0042",
            "NL-2026-0000",
            "NL-2026-00a2",
            "NL-2026-0042-1",
            "NL-+026-0042",
        ] {
            assert!(CaseCode::parse(wrong).is_err(), "{wrong}");
        }
    }
}
