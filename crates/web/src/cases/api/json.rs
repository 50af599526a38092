//! A case as the API shows it: codes, not labels; the lead by id; the timeline when the case
//! is read whole. Its field keys are `CaseField`'s names (a unit test holds them together).

use serde::Serialize;
use strada_domain::cases::codes::{
    AgeBand, CasePhase, CaseStatus, ForcedLabourIndustry, Gender, IdentifiedBy, MethodOfControl,
    MethodOfRecruitment, SexExploitationType, TraffickingStatus, Vulnerability,
};
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::cases::{Case, TimelineKind};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::ids::{CaseId, UserId};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::cases::writes::ReadCase;

#[derive(Serialize)]
pub struct CaseJson {
    id: CaseId,
    code: String,
    lead_worker: UserId,
    status: CaseStatus,
    phase: CasePhase,
    gender: Option<Gender>,
    age_band: Option<AgeBand>,
    citizenship: Option<CountryCode>,
    residence: Option<CountryCode>,
    trafficking_status: TraffickingStatus,
    identified_by: Option<IdentifiedBy>,
    exploitation_types: Vec<ExploitationType>,
    sex_exploitation_types: Vec<SexExploitationType>,
    forced_labour_industries: Vec<ForcedLabourIndustry>,
    methods_of_control: Vec<MethodOfControl>,
    methods_of_recruitment: Vec<MethodOfRecruitment>,
    vulnerabilities: Vec<Vulnerability>,
    version: i64,
    opened_at: String,
    updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline: Option<Vec<TimelineJson>>,
    /// The contact it was opened from, when read whole (null when none).
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<Option<OriginJson>>,
}

/// The contact a case was opened from.
#[derive(Serialize)]
pub struct OriginJson {
    kind: &'static str,
    id: String,
}

impl OriginJson {
    fn new(origin: CaseOrigin) -> Self {
        let id = match origin {
            CaseOrigin::Consultation(id) => id.to_string(),
            CaseOrigin::HelpRequest(id) => id.to_string(),
        };
        Self {
            kind: origin.kind(),
            id,
        }
    }
}

/// One entry of a case's timeline.
#[derive(Serialize)]
pub struct TimelineJson {
    happened_at: String,
    actor: Option<UserId>,
    kind: TimelineKind,
    detail: String,
}

fn rfc3339(time: OffsetDateTime) -> String {
    time.format(&Rfc3339).unwrap_or_default()
}

impl CaseJson {
    /// The case without its timeline (in a list, or just written).
    pub fn new(case: Case) -> Self {
        let details = case.details;
        Self {
            id: case.id,
            code: case.code.to_string(),
            lead_worker: case.lead_worker_id,
            status: case.status,
            phase: case.phase,
            gender: details.gender,
            age_band: details.age_band,
            citizenship: details.citizenship,
            residence: details.residence,
            trafficking_status: details.trafficking_status,
            identified_by: details.identified_by,
            exploitation_types: details.exploitation_types,
            sex_exploitation_types: details.sex_exploitation_types,
            forced_labour_industries: details.forced_labour_industries,
            methods_of_control: details.methods_of_control,
            methods_of_recruitment: details.methods_of_recruitment,
            vulnerabilities: details.vulnerabilities,
            version: case.version,
            opened_at: rfc3339(case.opened_at),
            updated_at: rfc3339(case.updated_at),
            timeline: None,
            origin: None,
        }
    }

    pub fn version(&self) -> i64 {
        self.version
    }

    /// The case read whole, with its timeline and its origin.
    pub fn whole(read: ReadCase) -> Self {
        let ReadCase {
            case,
            timeline,
            origin,
        } = read;
        Self {
            origin: Some(origin.map(OriginJson::new)),
            timeline: Some(
                timeline
                    .into_iter()
                    .map(|entry| TimelineJson {
                        happened_at: rfc3339(entry.happened_at),
                        actor: entry.actor_id,
                        kind: entry.kind,
                        detail: entry.detail,
                    })
                    .collect(),
            ),
            ..Self::new(case)
        }
    }
}

#[cfg(test)]
mod tests {
    use strada_domain::cases::CaseField;

    /// The keys a case is answered with beyond its fields.
    const RECORD_KEYS: [&str; 7] = [
        "id",
        "code",
        "version",
        "opened_at",
        "updated_at",
        "timeline",
        "origin",
    ];

    #[test]
    fn a_case_is_answered_with_the_names_of_its_fields() {
        let source = include_str!("json.rs");
        let declared = source
            .split("pub struct CaseJson {")
            .nth(1)
            .and_then(|rest| rest.split('}').next())
            .expect("the struct");
        let keys: Vec<&str> = declared
            .lines()
            .filter_map(|line| line.trim().split_once(':').map(|(name, _)| name))
            .filter(|name| !name.starts_with('#'))
            .collect();
        let mut expected: Vec<&str> = CaseField::ALL.iter().map(|field| field.name()).collect();
        expected.extend(RECORD_KEYS);
        let (mut keys, mut expected) = (keys, expected);
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(keys, expected);
    }

    #[test]
    fn the_document_names_the_fields_of_a_case() {
        let document: serde_json::Value =
            serde_json::from_str(include_str!("../../../openapi.json")).expect("JSON");
        let documented = document["components"]["schemas"]["CaseFields"]["properties"]
            .as_object()
            .expect("the fields of a case in openapi.json");
        let mut documented: Vec<&str> = documented.keys().map(String::as_str).collect();
        let mut fields: Vec<&str> = CaseField::ALL.iter().map(|field| field.name()).collect();
        documented.sort_unstable();
        fields.sort_unstable();
        assert_eq!(documented, fields);
    }
}
