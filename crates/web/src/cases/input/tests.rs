//! The case parser's edge cases, beside it: JSON and the form read into one input, every
//! field's problem said at once.

use serde_json::json;
use strada_domain::cases::codes::{CasePhase, CaseStatus, Gender, TraffickingStatus};
use strada_domain::cases::{CaseField, CaseState};
use strada_domain::consultations::ExploitationType;
use strada_domain::ids::UserId;
use uuid::Uuid;

use super::*;

fn worker(n: u128) -> UserId {
    UserId::from_uuid(Uuid::from_u128(n))
}

fn open(value: serde_json::Value) -> Result<CaseState, Problems> {
    CaseInput::from_json(value)?.parse(Write::Opening { opener: worker(1) }, |id| {
        id == worker(1) || id == worker(2)
    })
}

#[test]
fn an_opening_needs_nothing_and_its_opener_leads_a_possible_victims_active_case() {
    let state = open(json!({})).unwrap();
    assert_eq!(state.lead_worker_id, worker(1));
    assert_eq!(state.status, CaseStatus::Active);
    assert_eq!(state.phase, CasePhase::Identification);
    assert_eq!(
        state.details.trafficking_status,
        TraffickingStatus::PossibleVictimOfTrafficking
    );
}

#[test]
fn codes_are_read_in_the_order_of_their_list_each_once() {
    let state = open(json!({
        "lead_worker": worker(2).to_string(),
        "gender": "Feminine",
        "citizenship": "BG",
        "exploitation_types": ["SexualExploitation", "ForcedLabour", "ForcedLabour"],
    }))
    .unwrap();
    assert_eq!(state.lead_worker_id, worker(2));
    assert_eq!(state.details.gender, Some(Gender::Feminine));
    assert_eq!(
        state.details.exploitation_types,
        [
            ExploitationType::ForcedLabour,
            ExploitationType::SexualExploitation
        ]
    );
}

#[test]
fn every_wrong_field_of_a_case_is_said_at_once() {
    let problems = open(json!({
        "lead_worker": worker(3).to_string(),
        "status": "Closed",
        "gender": "female",
        "citizenship": "XX",
        "age_band": 30,
        "exploitation_types": "ForcedLabour",
        "vulnerabilities": ["Poverty", 3],
        "name": "Maria",
    }))
    .unwrap_err();
    let said = |field: &str| problems.get(field).cloned();
    assert!(matches!(said("lead_worker"), Some(Problem::NotAWorker(_))));
    assert_eq!(said("status"), Some(Problem::NotOnOpening));
    assert!(matches!(said("gender"), Some(Problem::NotACode(_))));
    assert!(matches!(said("citizenship"), Some(Problem::NotACode(_))));
    assert_eq!(said("age_band"), Some(Problem::NotText));
    assert_eq!(said("exploitation_types"), Some(Problem::NotList));
    assert!(said("vulnerabilities").is_some());
    assert_eq!(said("name"), Some(Problem::UnknownField("case")));
    assert_eq!(
        CaseInput::from_json(json!([1])).unwrap_err().get("body"),
        Some(&Problem::NotAnObject)
    );
}

#[test]
fn a_change_names_the_whole_state() {
    let problems = CaseInput::from_json(json!({}))
        .unwrap()
        .parse(Write::Change, |_| true)
        .unwrap_err();
    for field in [CaseField::LeadWorker, CaseField::Status, CaseField::Phase] {
        assert_eq!(
            problems.get(field.name()),
            Some(&Problem::Required),
            "{field:?}"
        );
    }
}

#[test]
fn the_form_reads_into_the_same_input() {
    let body = serde_html_form::to_string([
        ("gender", "Feminine"),
        ("citizenship", "BG"),
        ("exploitation_types", "SexualExploitation"),
        ("exploitation_types", "ForcedLabour"),
        ("residence", ""),
        ("version", "3"),
        ("csrf_token", "x"),
    ])
    .unwrap();
    let form: CaseForm = serde_html_form::from_str(&body).unwrap();
    assert_eq!(form.version(), Some(3));
    let state = form
        .to_input()
        .parse(Write::Opening { opener: worker(1) }, |_| false)
        .unwrap();
    assert_eq!(state.details.residence, None);
    assert_eq!(state.details.exploitation_types.len(), 2);
}

#[test]
fn the_input_knows_every_field_of_a_case_and_no_other() {
    let all: serde_json::Map<String, serde_json::Value> = CaseField::ALL
        .into_iter()
        .map(|field| (field.name().to_owned(), serde_json::Value::Null))
        .collect();
    let input = CaseInput::from_json(serde_json::Value::Object(all)).unwrap();
    assert!(input.unknown.is_empty(), "{:?}", input.unknown.keys());
}
