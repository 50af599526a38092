//! Each HTCDS list against the standard's own sheet, and the age bands at their edges.

use super::*;
use crate::consultations::ExploitationType;

const FIELD_STANDARDS: &str = include_str!("../htcds-2.0-field-standards.csv");

/// The records of a CSV text: cells split by commas, a quoted cell may hold commas, line
/// breaks and doubled quotes; records end at a line break outside quotes.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match (quoted, character) {
            (true, '"') if characters.peek() == Some(&'"') => {
                characters.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, other) => cell.push(other),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, other) => cell.push(other),
        }
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        records.push(record);
    }
    records
}

/// The Value Names HTCDS gives a field, in its order.
fn value_names(field: &str) -> Vec<String> {
    let records = records(FIELD_STANDARDS);
    let header = &records[0];
    let column = |name: &str| {
        header
            .iter()
            .position(|cell| cell == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let (field_column, values_column) = (
        column("Field Name including Prefix"),
        column("Value Names (if picklist)"),
    );
    let row = records
        .iter()
        .find(|record| record.get(field_column).map(String::as_str) == Some(field))
        .unwrap_or_else(|| panic!("no field {field}"));
    row[values_column]
        .lines()
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

fn codes(all: &[impl Copy + std::fmt::Display]) -> Vec<String> {
    all.iter().map(ToString::to_string).collect()
}

#[test]
fn the_csv_reader_keeps_quoted_commas_line_breaks_and_quotes() {
    assert_eq!(
        records("a,\"b, c\nd\",\"e \"\"f\"\"\"\r\ng,"),
        vec![
            vec!["a".to_owned(), "b, c\nd".to_owned(), "e \"f\"".to_owned()],
            vec!["g".to_owned(), String::new()],
        ]
    );
}

#[test]
fn every_htcds_list_has_exactly_the_value_names_of_its_field() {
    let lists = [
        ("prs_Gender", codes(Gender::ALL)),
        ("vic_TraffickingStatus", codes(TraffickingStatus::ALL)),
        (
            "vic_TraffickingStatusDecisionMakingOrg",
            codes(IdentifiedBy::ALL),
        ),
        ("vic_MethodOfRecruitment", codes(MethodOfRecruitment::ALL)),
        ("vic_MethodsOfControl", codes(MethodOfControl::ALL)),
        ("vic_TypeOfSexExploitation", codes(SexExploitationType::ALL)),
        ("vic_ForcedLabourIndustry", codes(ForcedLabourIndustry::ALL)),
        ("vic_Vulnerabilities", codes(Vulnerability::ALL)),
        ("cas_Status", codes(CaseStatus::ALL)),
        ("hte_Type", codes(TraffickingEventKind::ALL)),
        ("spl_Type", codes(SupportPlanType::ALL)),
    ];
    for (field, codes) in lists {
        assert_eq!(codes, value_names(field), "{field}");
    }
}

/// A case's forms of exploitation are the consultations' list, whose one project code is
/// exported as `Other`.
#[test]
fn forms_of_exploitation_export_as_the_value_names_of_their_field() {
    let exported: Vec<String> = ExploitationType::ALL
        .iter()
        .filter(|form| **form != ExploitationType::ForcedCriminality)
        .map(|form| form.htcds_code().to_owned())
        .collect();
    assert_eq!(exported, value_names("vic_TypeOfExploitation"));
    assert_eq!(ExploitationType::ForcedCriminality.htcds_code(), "Other");
}

#[test]
fn every_age_falls_in_the_band_whose_edges_hold_it() {
    let edges = [
        (0, AgeBand::UpTo8),
        (8, AgeBand::UpTo8),
        (9, AgeBand::From9To17),
        (17, AgeBand::From9To17),
        (18, AgeBand::From18To20),
        (20, AgeBand::From18To20),
        (21, AgeBand::From21To23),
        (23, AgeBand::From21To23),
        (24, AgeBand::From24To26),
        (26, AgeBand::From24To26),
        (27, AgeBand::From27To29),
        (29, AgeBand::From27To29),
        (30, AgeBand::From30To38),
        (38, AgeBand::From30To38),
        (39, AgeBand::From39To47),
        (47, AgeBand::From39To47),
        (48, AgeBand::From48),
        (u8::MAX, AgeBand::From48),
    ];
    for (years, band) in edges {
        assert_eq!(AgeBand::of_age(years), band, "{years}");
    }
    // The code names the band's edges.
    for band in AgeBand::ALL {
        let (low, high) = band.code().split_once('-').unwrap_or((band.code(), ""));
        let low: u8 = low.trim_end_matches('+').parse().unwrap();
        assert_eq!(AgeBand::of_age(low), *band);
        if let Ok(high) = high.parse::<u8>() {
            assert_eq!(AgeBand::of_age(high), *band);
            assert_ne!(AgeBand::of_age(high + 1), *band);
        }
    }
}

#[test]
fn every_care_service_counts_under_a_support_plan_type_of_its_nature() {
    assert_eq!(
        ServiceKind::MedicalCare.support_plan_type(),
        SupportPlanType::Health
    );
    assert_eq!(
        ServiceKind::LegalAdviceAndRepresentation.support_plan_type(),
        SupportPlanType::Legal
    );
    assert_eq!(
        ServiceKind::EducationAndVocationalTraining.support_plan_type(),
        SupportPlanType::Education
    );
    assert_eq!(
        ServiceKind::Shelter.support_plan_type(),
        SupportPlanType::SocialCare
    );
}
