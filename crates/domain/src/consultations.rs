//! Consultations: the record a consultant logs for each contact, in the codes of the
//! field (HTCDS 2.0 for forms of exploitation), and the rules of editing it.

use time::{Duration, OffsetDateTime};

use crate::access::{Action, Actor, Resource, permits};
use crate::codes::code_enum;
use crate::country_code::CountryCode;
use crate::directory::Slug;
use crate::ids::{ConsultationId, OrganisationId, UserId};
use crate::language::LanguageTag;

code_enum!(
    /// How the person reached the hotline.
    Channel, "channel" {
        Phone => "phone",
        Email => "email",
        Chat => "chat",
        Messenger => "messenger",
        InPerson => "in_person",
        WebForm => "web_form",
    }
);

code_enum!(
    /// Who contacted the hotline.
    CallerType, "caller type" {
        PotentialMigrant => "potential_migrant",
        PossibleVictim => "possible_victim",
        RelativeOrFriend => "relative_or_friend",
        Professional => "professional",
        Other => "other",
    }
);

code_enum!(
    /// What the contact was about.
    Topic, "topic" {
        JobsAbroad => "jobs_abroad",
        StudyAbroad => "study_abroad",
        MarriageAbroad => "marriage_abroad",
        VisaDocuments => "visa_documents",
        WorkContractCheck => "work_contract_check",
        EmploymentAgencyCheck => "employment_agency_check",
        RightsViolationAbroad => "rights_violation_abroad",
        SuspectedTrafficking => "suspected_trafficking",
        MissingPerson => "missing_person",
        DomesticViolence => "domestic_violence",
        ReturnAssistance => "return_assistance",
        Other => "other",
    }
);

code_enum!(
    /// How likely the consultant judged trafficking to be.
    TraffickingConcern, "trafficking concern" {
        None => "none",
        Possible => "possible",
        Likely => "likely",
    }
);

code_enum!(
    /// Forms of exploitation: HTCDS 2.0 `vic_TypeOfExploitation`, plus forced criminality (a
    /// project code members use, exported to HTCDS as `Other`).
    ExploitationType, "form of exploitation (HTCDS vic_TypeOfExploitation)" {
        ForcedLabour => "ForcedLabour",
        SexualExploitation => "SexualExploitation",
        ChildLabour => "ChildLabour",
        ForcedMarriage => "ForcedMarriage",
        Servitude => "Servitude",
        ForcedMilitaryByNonStateActors => "ForcedMilitaryByNonStateActors",
        OrganRemoval => "OrganRemoval",
        ForcedBegging => "ForcedBegging",
        ForcedAdoption => "ForcedAdoption",
        Surrogacy => "Surrogacy",
        ForcedCriminality => "ForcedCriminality",
        Other => "Other",
    }
);

impl ExploitationType {
    /// The code in an HTCDS export, where project codes become `Other`.
    pub fn htcds_code(self) -> &'static str {
        match self {
            Self::ForcedCriminality => "Other",
            other => other.code(),
        }
    }
}

code_enum!(
    /// How the contact ended.
    ConsultationOutcome, "consultation outcome" {
        InformationProvided => "information_provided",
        ReferredWithinNetwork => "referred_within_network",
        ReferredElsewhere => "referred_elsewhere",
        FollowUpPlanned => "follow_up_planned",
        CaseOpened => "case_opened",
        NoFurtherAction => "no_further_action",
    }
);

/// The longest notes a consultation keeps, in characters.
pub const MAX_NOTES_CHARACTERS: usize = 20_000;
/// The longest contact a consultation records, in minutes.
pub const MAX_DURATION_MINUTES: u32 = 24 * 60;
/// How long the author of a consultation may edit it.
pub const AUTHOR_EDIT_WINDOW: Duration = Duration::hours(24);

/// A consultation's content, valid in every field.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsultationDetails {
    pub channel: Channel,
    pub caller_type: CallerType,
    pub anonymous: bool,
    pub language: LanguageTag,
    /// At least one, each once, in a stable order.
    pub topics: Vec<Topic>,
    pub destination_country: Option<CountryCode>,
    pub trafficking_concern: TraffickingConcern,
    pub exploitation_types: Vec<ExploitationType>,
    pub duration_minutes: Option<u32>,
    pub started_at: OffsetDateTime,
    pub outcome: Option<ConsultationOutcome>,
    pub referred_to: Vec<Slug>,
    /// Free text, encrypted at rest; at most `MAX_NOTES_CHARACTERS`.
    pub notes: Option<String>,
}

/// The fields of a consultation's details, written once: every surface that names them (the
/// input's known fields, the API's JSON, the form, the export) is built from this list or
/// checked against it by a test. The order is the export's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsultationField {
    StartedAt,
    Channel,
    CallerType,
    Anonymous,
    Language,
    Topics,
    DestinationCountry,
    TraffickingConcern,
    ExploitationTypes,
    DurationMinutes,
    Outcome,
    ReferredTo,
    Notes,
}

impl ConsultationField {
    pub const ALL: [Self; 13] = [
        Self::StartedAt,
        Self::Channel,
        Self::CallerType,
        Self::Anonymous,
        Self::Language,
        Self::Topics,
        Self::DestinationCountry,
        Self::TraffickingConcern,
        Self::ExploitationTypes,
        Self::DurationMinutes,
        Self::Outcome,
        Self::ReferredTo,
        Self::Notes,
    ];

    /// The field's name in the API's JSON (and, but for `anonymous`, in the form).
    pub const fn name(self) -> &'static str {
        match self {
            Self::StartedAt => "started_at",
            Self::Channel => "channel",
            Self::CallerType => "caller_type",
            Self::Anonymous => "anonymous",
            Self::Language => "language",
            Self::Topics => "topics",
            Self::DestinationCountry => "destination_country",
            Self::TraffickingConcern => "trafficking_concern",
            Self::ExploitationTypes => "exploitation_types",
            Self::DurationMinutes => "duration_minutes",
            Self::Outcome => "outcome",
            Self::ReferredTo => "referred_to",
            Self::Notes => "notes",
        }
    }

    /// The field named `name`, if a consultation has one.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|field| field.name() == name)
    }
}

/// A recorded consultation.
#[derive(Debug, Clone, PartialEq)]
pub struct Consultation {
    pub id: ConsultationId,
    pub organisation_id: OrganisationId,
    pub author_id: UserId,
    pub details: ConsultationDetails,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// Whether `actor` may change `consultation` at `now`: its author for 24 hours, those the
/// access policy lets correct the organisation's consultations after that; nobody outside
/// its organisation.
pub fn may_edit(actor: &Actor, consultation: &Consultation, now: OffsetDateTime) -> bool {
    let record = Resource::Organisation(consultation.organisation_id);
    let author_in_time = actor.user_id == consultation.author_id
        && now - consultation.created_at <= AUTHOR_EDIT_WINDOW
        && permits(actor, Action::RecordConsultations, record);
    author_in_time || permits(actor, Action::CorrectConsultations, record)
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::accounts::Role;

    fn consultation(author: UserId, organisation: OrganisationId, age: Duration) -> Consultation {
        let now = OffsetDateTime::now_utc();
        Consultation {
            id: ConsultationId::new_random(),
            organisation_id: organisation,
            author_id: author,
            details: ConsultationDetails {
                channel: Channel::Phone,
                caller_type: CallerType::PotentialMigrant,
                anonymous: true,
                language: LanguageTag::parse("ro").unwrap(),
                topics: vec![Topic::JobsAbroad],
                destination_country: None,
                trafficking_concern: TraffickingConcern::None,
                exploitation_types: vec![],
                duration_minutes: Some(5),
                started_at: now - age,
                outcome: None,
                referred_to: vec![],
                notes: None,
            },
            created_at: now - age,
            updated_at: now - age,
        }
    }

    #[test]
    fn authors_edit_for_a_day_and_org_admins_after() {
        let organisation = OrganisationId::from_uuid(Uuid::from_u128(10));
        let author = Actor {
            user_id: UserId::from_uuid(Uuid::from_u128(1)),
            organisation_id: organisation,
            role: Role::HotlineConsultant,
        };
        let admin = Actor {
            user_id: UserId::from_uuid(Uuid::from_u128(2)),
            organisation_id: organisation,
            role: Role::OrgAdmin,
        };
        let stranger = Actor {
            user_id: UserId::from_uuid(Uuid::from_u128(3)),
            organisation_id: OrganisationId::from_uuid(Uuid::from_u128(11)),
            role: Role::OrgAdmin,
        };
        let now = OffsetDateTime::now_utc();
        let fresh = consultation(author.user_id, organisation, Duration::hours(1));
        let old = consultation(author.user_id, organisation, Duration::hours(25));
        assert!(may_edit(&author, &fresh, now));
        assert!(!may_edit(&author, &old, now));
        assert!(may_edit(&admin, &old, now));
        assert!(!may_edit(&stranger, &fresh, now));
    }

    #[test]
    fn project_codes_map_to_htcds() {
        assert_eq!(ExploitationType::ForcedCriminality.htcds_code(), "Other");
        assert_eq!(
            ExploitationType::parse("ForcedLabour"),
            Ok(ExploitationType::ForcedLabour)
        );
        assert!(ExploitationType::parse("forced_labour").is_err());
    }

    #[test]
    fn every_field_is_named_once_and_found_by_its_name() {
        for field in ConsultationField::ALL {
            assert_eq!(ConsultationField::named(field.name()), Some(field));
        }
        assert_eq!(ConsultationField::named("note"), None);
    }
}
