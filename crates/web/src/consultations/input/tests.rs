//! The parser's edge cases, beside it: the JSON body and the form read into one input, every
//! field's problem said at once.

use serde_json::json;
use strada_domain::consultations::{ConsultationField, TraffickingConcern};
use strada_domain::directory::Directory;
use strada_domain::time_zone::TimeZone;
use time::OffsetDateTime;
use time::macros::datetime;

use super::*;

const NOW: OffsetDateTime = datetime!(2026-11-27 14:05 UTC);

fn parse_json(value: serde_json::Value) -> Result<ConsultationDetails, Problems> {
    ConsultationInput::from_json(value)?.parse(&Directory::new(vec![], vec![]), NOW)
}

fn parse_form(list: &[(&str, &str)]) -> Result<ConsultationDetails, Problems> {
    // Read as the extractor reads a posted body.
    let body = serde_html_form::to_string(list).unwrap();
    serde_html_form::from_str::<ConsultationForm>(&body)
        .unwrap()
        .into_input(&TimeZone::utc())
        .parse(&Directory::new(vec![], vec![]), NOW)
}

#[test]
fn a_minimal_body_takes_the_defaults() {
    let details = parse_json(json!({
        "channel": "phone", "caller_type": "professional", "language": "ro",
        "topics": ["jobs_abroad", "jobs_abroad"]
    }))
    .unwrap();
    assert!(details.anonymous);
    assert_eq!(details.topics.len(), 1, "each topic once");
    assert_eq!(details.trafficking_concern, TraffickingConcern::None);
    assert_eq!(details.started_at, NOW);
    assert_eq!(details.notes, None);
}

#[test]
fn every_wrong_field_is_said_at_once() {
    let problems = parse_json(json!({
        "channel": 7, "anonymous": "yes", "topics": "jobs_abroad",
        "duration_minutes": -5, "started_at": "yesterday", "note": "typo",
        "exploitation_types": [null], "referred_to": ["nobody"]
    }))
    .unwrap_err();
    let said = |name: &str| problems.get(name).cloned();
    assert_eq!(said("channel"), Some(Problem::NotText));
    assert_eq!(said("caller_type"), Some(Problem::Required));
    assert_eq!(said("language"), Some(Problem::Required));
    assert_eq!(said("anonymous"), Some(Problem::NotFlag));
    assert_eq!(said("topics"), Some(Problem::NotList));
    assert_eq!(said("duration_minutes"), Some(Problem::Duration));
    assert_eq!(said("started_at"), Some(Problem::NotATime));
    assert_eq!(said("note"), Some(Problem::UnknownField("consultation")));
    assert_eq!(said("exploitation_types"), Some(Problem::NotList));
    assert_eq!(
        said("referred_to"),
        Some(Problem::NotAnOrganisation("nobody".into()))
    );
}

#[test]
fn a_body_that_is_not_an_object_is_the_bodys_problem() {
    let problems = parse_json(json!(["channel"])).unwrap_err();
    assert_eq!(problems.get("body"), Some(&Problem::NotAnObject));
}

#[test]
fn times_lists_and_notes_have_their_limits() {
    let problems = parse_json(json!({
        "started_at": "2026-11-27T15:00:00Z",
        "topics": vec!["other"; 51],
        "notes": "a\u{0}b",
        "duration_minutes": 1441
    }))
    .unwrap_err();
    assert_eq!(problems.get("started_at"), Some(&Problem::InTheFuture));
    assert_eq!(problems.get("topics"), Some(&Problem::TooManyItems));
    assert_eq!(problems.get("notes"), Some(&Problem::NulCharacter));
    assert_eq!(problems.get("duration_minutes"), Some(&Problem::Duration));
    let empty = parse_json(json!({"topics": []})).unwrap_err();
    assert_eq!(empty.get("topics"), Some(&Problem::NoTopic));
}

#[test]
fn the_api_says_each_problem_in_english() {
    let errors = in_english(parse_json(json!({"note": "x"})).unwrap_err());
    assert_eq!(errors["note"], "is not a field of a consultation");
    assert_eq!(errors["channel"], "is required");
}

#[test]
fn every_field_of_the_list_is_a_field_of_the_input() {
    for field in ConsultationField::ALL {
        let problems = parse_json(json!({ field.name(): {"not": "a value"} })).unwrap_err();
        assert_ne!(
            problems.get(field.name()),
            Some(&Problem::UnknownField("consultation")),
            "{}",
            field.name()
        );
        assert!(problems.contains_key(field.name()), "{}", field.name());
    }
}

#[test]
fn the_form_reads_into_the_same_consultation() {
    let details = parse_form(&[
        ("csrf_token", "t"),
        ("submission", "s"),
        ("channel", "phone"),
        ("caller_type", "professional"),
        ("language", "ro"),
        ("topics", "jobs_abroad"),
        ("topics", "visa_documents"),
        ("destination_country", ""),
        ("identified", "on"),
        ("duration_minutes", " 12 "),
        ("started_at", "2026-11-27T10:30"),
        ("notes", "  called back  "),
    ])
    .unwrap();
    assert!(!details.anonymous);
    assert_eq!(details.topics.len(), 2);
    assert_eq!(details.destination_country, None);
    assert_eq!(details.duration_minutes, Some(12));
    assert_eq!(details.started_at, datetime!(2026-11-27 10:30 UTC));
    assert_eq!(details.notes.as_deref(), Some("called back"));
}

#[test]
fn the_forms_problems_are_the_parsers() {
    let problems = parse_form(&[
        ("duration_minutes", "twelve"),
        ("started_at", "tomorrow"),
        ("channel", "  "),
    ])
    .unwrap_err();
    assert_eq!(problems.get("duration_minutes"), Some(&Problem::Duration));
    assert_eq!(problems.get("started_at"), Some(&Problem::NotATime));
    assert_eq!(problems.get("channel"), Some(&Problem::Required));
    assert_eq!(problems.get("topics"), Some(&Problem::NoTopic));
    assert_eq!(
        problems.get("anonymous"),
        None,
        "the checkbox is never wrong"
    );
}

#[test]
fn a_single_field_sent_twice_is_read_by_its_last_value() {
    let details = parse_form(&[
        ("channel", "email"),
        ("channel", "phone"),
        ("caller_type", "professional"),
        ("language", "ro"),
        ("topics", "jobs_abroad"),
    ])
    .unwrap();
    assert_eq!(details.channel.code(), "phone");
}

/// A body every rule accepts, each field of the list set, to break one field at a time.
fn sample() -> serde_json::Value {
    json!({
        "channel": "phone", "caller_type": "potential_migrant", "anonymous": true,
        "language": "ro", "topics": ["jobs_abroad"], "destination_country": "de",
        "trafficking_concern": "possible", "exploitation_types": ["ForcedLabour"],
        "duration_minutes": 12, "started_at": "2026-11-20T09:30:00Z",
        "outcome": "information_provided", "notes": "Offer of a warehouse job near Hamburg."
    })
}

#[test]
fn each_wrong_value_is_its_fields_problem_in_the_api() {
    assert!(parse_json(sample()).is_ok(), "the sample unbroken");
    for (field, value) in [
        ("channel", json!("pigeon")),
        ("caller_type", json!("alien")),
        ("anonymous", json!("yes")),
        ("language", json!("english")),
        ("topics", json!([])),
        ("topics", json!(["jobs"])),
        ("topics", json!("jobs_abroad")),
        ("destination_country", json!("XX")),
        ("trafficking_concern", json!("maybe")),
        ("exploitation_types", json!(["forced_labour"])),
        ("duration_minutes", json!(-3)),
        ("duration_minutes", json!(12.5)),
        ("duration_minutes", json!("12")),
        ("started_at", json!("yesterday")),
        ("started_at", json!("2099-01-01T00:00:00Z")),
        ("outcome", json!("solved")),
        ("referred_to", json!(["no-such-organisation"])),
        ("notes", json!("x".repeat(20_001))),
        ("notes", json!(42)),
        ("note", json!("typo")),
    ] {
        let mut body = sample();
        body[field] = value;
        let errors = in_english(parse_json(body).unwrap_err());
        assert!(
            errors.get(field).is_some_and(|error| !error.is_empty()),
            "{field}: {errors:?}"
        );
    }
    let mut long_but_allowed = sample();
    long_but_allowed["notes"] = json!("ș".repeat(20_000));
    assert!(parse_json(long_but_allowed).is_ok());
}
