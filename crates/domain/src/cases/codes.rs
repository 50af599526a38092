//! The code lists of a case, from HTCDS 2.0 where it has one, else the field's own.
//!
//! HTCDS lists store HTCDS Value Names as their codes, so an HTCDS export writes a case's codes
//! as they are; a test reads `htcds-2.0-field-standards.csv` (the standard's sheet, beside this
//! file) and holds each list to its field. A case's forms of exploitation are the
//! consultations' `ExploitationType`, not a list of their own.

use crate::codes::code_enum;

code_enum!(
    /// A person's gender: HTCDS `prs_Gender`.
    Gender, "gender (HTCDS prs_Gender)" {
        Feminine => "Feminine",
        Masculine => "Masculine",
        TransgenderFeminine => "TransgenderFeminine",
        TransgenderMasculine => "TransgenderMasculine",
        NonConforming => "NonConforming",
        NonSpecifiedUnknown => "NonSpecifiedUnknown",
    }
);

code_enum!(
    /// Whether the person is a victim of trafficking, as far as it has been decided: HTCDS
    /// `vic_TraffickingStatus`. Until a decision, a person is a possible victim.
    TraffickingStatus, "trafficking status (HTCDS vic_TraffickingStatus)" {
        PossibleVictimOfTrafficking => "PossibleVictimOfTrafficking",
        ActualVictimOfTrafficking => "ActualVictimOfTrafficking",
        NotAVictimOfTrafficking => "NotAVictimOfTrafficking",
    }
);

code_enum!(
    /// Who decided the trafficking status: HTCDS `vic_TraffickingStatusDecisionMakingOrg`.
    IdentifiedBy, "identifying organisation (HTCDS vic_TraffickingStatusDecisionMakingOrg)" {
        Police => "Police",
        Ngo => "NGO",
        CourtOrProsecution => "CourtOrProsecution",
        NonPoliceGovernmentalOrganization => "NonPoliceGovernmentalOrganization",
        Other => "Other",
    }
);

code_enum!(
    /// How the person was recruited: HTCDS `vic_MethodOfRecruitment`.
    MethodOfRecruitment, "method of recruitment (HTCDS vic_MethodOfRecruitment)" {
        AtAPlaceOfBusiness => "AtAPlaceOfBusiness",
        AtAnEducationalInstitution => "AtAnEducationalInstitution",
        AtWork => "AtWork",
        ThroughOnlineSocialNetworks => "ThroughOnlineSocialNetworks",
        ThroughAnOnlineAdvertisement => "ThroughAnOnlineAdvertisement",
        ThroughATelevisionAdvert => "ThroughATelevisionAdvert",
        ThroughANewspaperAdvert => "ThroughANewspaperAdvert",
        ThroughFamilyOrFamilyEvents => "ThroughFamilyOrFamilyEvents",
        ThroughFriendsOrSocialEvents => "ThroughFriendsOrSocialEvents",
        Other => "Other",
    }
);

code_enum!(
    /// How the traffickers controlled the person: HTCDS `vic_MethodsOfControl`.
    MethodOfControl, "method of control (HTCDS vic_MethodsOfControl)" {
        PhysicalThreats => "PhysicalThreats",
        ThreatsLawEnforcement => "ThreatsLawEnforcement",
        ThreatensChildrenFamily => "ThreatensChildrenFamily",
        DebtBondage => "DebtBondage",
        FalsePromises => "FalsePromises",
        PhysicalAbuse => "PhysicalAbuse",
        SexualAbuse => "SexualAbuse",
        TakesEarnings => "TakesEarnings",
        RestrictsFinancialAccess => "RestrictsFinancialAccess",
        RestrictsMedicalCare => "RestrictsMedicalCare",
        WithholdsNecessities => "WithholdsNecessities",
        PsychologicalAbuse => "PsychologicalAbuse",
        PsychoactiveSubstance => "PsychoactiveSubstance",
        ExcessiveWorkingHours => "ExcessiveWorkingHours",
        WithholdsDocuments => "WithholdsDocuments",
        Other => "Other",
    }
);

code_enum!(
    /// The form of sexual exploitation: HTCDS `vic_TypeOfSexExploitation`.
    SexExploitationType, "form of sexual exploitation (HTCDS vic_TypeOfSexExploitation)" {
        Prostitution => "Prostitution",
        Pornography => "Pornography",
        RemoteInteractiveServices => "RemoteInteractiveServices",
        PrivateSexualServices => "PrivateSexualServices",
    }
);

code_enum!(
    /// The industry of forced labour, by ISIC rev. 4 section (the code's letter):
    /// HTCDS `vic_ForcedLabourIndustry`.
    ForcedLabourIndustry, "forced labour industry (HTCDS vic_ForcedLabourIndustry)" {
        AgricultureForestryAndFishing => "A_AgricultureForestryAndFishing",
        MiningAndQuarrying => "B_MiningAndQuarrying",
        Manufacturing => "C_Manufacturing",
        ElectricityGasSteamAndAirConditioningSupply => "D_ElectricityGasSteamAndAirConditioningSupply",
        WaterSupplySewerageWasteManagement => "E_WaterSupplySewerageWasteManagement",
        Construction => "F_Construction",
        WholesaleAndRetailTradeRepairOfMotorVehicles => "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
        TransportationAndStorage => "H_TransportationAndStorage",
        AccommodationAndFoodServiceActivities => "I_AccommodationAndFoodServiceActivities",
        InformationAndCommunication => "J_InformationAndCommunication",
        FinancialAndInsuranceActivities => "K_FinancialAndInsuranceActivities",
        RealEstateActivities => "L_RealEstateActivities",
        ProfessionalScientificAndTechnicalActivities => "M_ProfessionalScientificAndTechnicalActivities",
        AdministrativeAndSupportServiceActivities => "N_AdministrativeAndSupportServiceActivities",
        PublicAdministrationAndDefence => "O_PublicAdministrationAndDefence",
        Education => "P_Education",
        HumanHealthAndSocialWorkActivities => "Q_HumanHealthAndSocialWorkActivities",
        ArtsEntertainmentAndRecreation => "R_ArtsEntertainmentAndRecreation",
        OtherServiceActivities => "S_OtherServiceActivities",
        ActivitiesOfHouseholdsAsEmployers => "T_ActivitiesOfHouseholdsAsEmployers",
        ActivitiesOfExtraterritorialOrganizations => "U_ActivitiesOfExtraterritorialOrganizations",
    }
);

code_enum!(
    /// What made the person vulnerable to trafficking: HTCDS `vic_Vulnerabilities`.
    Vulnerability, "vulnerability (HTCDS vic_Vulnerabilities)" {
        Addiction => "Addiction",
        SocialGroup => "SocialGroup",
        Discrimination => "Discrimination",
        Poverty => "Poverty",
        DisabilityAndPhysicalHealth => "DisabilityAndPhysicalHealth",
        MentalHealth => "MentalHealth",
        Migration => "Migration",
        Homelessness => "Homelessness",
        AbuseSocialMedia => "AbuseSocialMedia",
        AbusePhysical => "AbusePhysical",
        Education => "Education",
        WorkEnvironment => "WorkEnvironment",
    }
);

code_enum!(
    /// Where a case stands: HTCDS `cas_Status`.
    CaseStatus, "case status (HTCDS cas_Status)" {
        Active => "Active",
        FollowUp => "FollowUp",
        Closed => "Closed",
        ClosedReferred => "ClosedReferred",
    }
);

code_enum!(
    /// The stage of trafficking an event of the case belongs to: HTCDS `hte_Type`.
    TraffickingEventKind, "trafficking event (HTCDS hte_Type)" {
        Recruitment => "Recruitment",
        Transit => "Transit",
        Exploitation => "Exploitation",
    }
);

code_enum!(
    /// The kind of support a support plan gives: HTCDS `spl_Type`.
    SupportPlanType, "support plan type (HTCDS spl_Type)" {
        Education => "Education",
        Financial => "Financial",
        Health => "Health",
        LabourExploitationRehabilitation => "LabourExploitationRehabilitation",
        Legal => "Legal",
        Livelihood => "Livelihood",
        RightsBasedTraining => "RightsBasedTraining",
        SexualExploitationRehabilitation => "SexualExploitationRehabilitation",
        SocialCare => "SocialCare",
    }
);

code_enum!(
    /// A person's age as published statistics show it: CTDC's bands, never an age, so that a
    /// count cannot single anyone out by age.
    AgeBand, "age band" {
        UpTo8 => "0-8",
        From9To17 => "9-17",
        From18To20 => "18-20",
        From21To23 => "21-23",
        From24To26 => "24-26",
        From27To29 => "27-29",
        From30To38 => "30-38",
        From39To47 => "39-47",
        From48 => "48+",
    }
);

impl AgeBand {
    /// The band of an age in whole years.
    pub fn of_age(years: u8) -> Self {
        match years {
            0..=8 => Self::UpTo8,
            9..=17 => Self::From9To17,
            18..=20 => Self::From18To20,
            21..=23 => Self::From21To23,
            24..=26 => Self::From24To26,
            27..=29 => Self::From27To29,
            30..=38 => Self::From30To38,
            39..=47 => Self::From39To47,
            48.. => Self::From48,
        }
    }
}

code_enum!(
    /// The phase of assistance a case is in, as the TRM-EU guidelines (transnational referral)
    /// name them, so that members in two countries speak of the same phase.
    CasePhase, "case phase" {
        Identification => "identification",
        FirstAssistanceAndProtection => "first_assistance_and_protection",
        LongTermAssistanceAndSocialInclusion => "long_term_assistance_and_social_inclusion",
        ReturnAndSocialInclusion => "return_and_social_inclusion",
        CriminalAndCivilProceedings => "criminal_and_civil_proceedings",
    }
);

code_enum!(
    /// A service of a care plan: what members give the people they assist.
    ServiceKind, "care service" {
        Shelter => "shelter",
        MedicalCare => "medical_care",
        PsychosocialSupport => "psychosocial_support",
        LegalAdviceAndRepresentation => "legal_advice_and_representation",
        AccompanimentToAuthorities => "accompaniment_to_authorities",
        Interpretation => "interpretation",
        EducationAndVocationalTraining => "education_and_vocational_training",
        MaterialAid => "material_aid",
        ReturnAndReintegration => "return_and_reintegration",
        Transport => "transport",
        FamilyCounselling => "family_counselling",
        ResidenceAndLabourLawInterventions => "residence_and_labour_law_interventions",
        MissingPersonsSearch => "missing_persons_search",
        MigrantConsultation => "migrant_consultation",
    }
);

impl ServiceKind {
    /// The HTCDS support-plan type a service is counted under in an HTCDS export. Services
    /// that house, move or accompany a person in daily life are social care; those that deal
    /// with authorities, status or rights are legal.
    pub fn support_plan_type(self) -> SupportPlanType {
        match self {
            Self::MedicalCare | Self::PsychosocialSupport => SupportPlanType::Health,
            Self::LegalAdviceAndRepresentation
            | Self::AccompanimentToAuthorities
            | Self::ResidenceAndLabourLawInterventions
            | Self::MigrantConsultation => SupportPlanType::Legal,
            Self::EducationAndVocationalTraining => SupportPlanType::Education,
            Self::MaterialAid => SupportPlanType::Financial,
            Self::Shelter
            | Self::Interpretation
            | Self::ReturnAndReintegration
            | Self::Transport
            | Self::FamilyCounselling
            | Self::MissingPersonsSearch => SupportPlanType::SocialCare,
        }
    }
}

code_enum!(
    /// What a consent is for: each purpose is asked, given and withdrawn on its own, and no
    /// personal data goes to another organisation without consent for that purpose.
    ConsentPurpose, "consent purpose" {
        Processing => "processing",
        Referral => "referral",
        Authorities => "authorities",
        Statistics => "statistics",
        Tracing => "tracing",
    }
);

code_enum!(
    /// How a consent was given.
    ConsentMethod, "consent method" {
        Written => "written",
        OralWitnessed => "oral_witnessed",
        Electronic => "electronic",
    }
);

code_enum!(
    /// Who gave a consent: the person, or a guardian for a child or a person who cannot.
    ConsentGivenBy, "consent giver" {
        Person => "person",
        Guardian => "guardian",
    }
);

code_enum!(
    /// Where a consent stands; only a given consent allows what it is for.
    ConsentState, "consent state" {
        Requested => "requested",
        Given => "given",
        Refused => "refused",
        Withdrawn => "withdrawn",
        Expired => "expired",
    }
);

code_enum!(
    /// Where a service of a care plan stands.
    ServiceState, "service state" {
        Planned => "planned",
        Delivered => "delivered",
        Cancelled => "cancelled",
    }
);

code_enum!(
    /// Where a request awaiting a second person's approval stands.
    ApprovalState, "approval state" {
        Pending => "pending",
        Approved => "approved",
        Rejected => "rejected",
    }
);

#[cfg(test)]
mod tests;
