use serde_json::json;
use strada_domain::cases::identity::{DocumentType, FindingKey};

use super::*;

fn identity(value: Value) -> Result<CaseIdentity, Problems> {
    from_json(value).and_then(IdentityInput::parse)
}

fn search(value: Value) -> Result<FindingKey, Problems> {
    from_json(value).and_then(SearchInput::parse)
}

#[test]
fn a_birth_date_is_a_calendar_day_of_a_living_person() {
    assert_eq!(
        parse_birth_date("1998-07-21"),
        Ok(time::macros::date!(1998 - 07 - 21))
    );
    for wrong in [
        "",
        "1998-07",
        "1998-13-01",
        "1998-02-30",
        "21.07.1998",
        "1899-12-31",
        "2999-01-01",
        "1998-07-21-1",
    ] {
        assert!(parse_birth_date(wrong).is_err(), "{wrong}");
    }
}

#[test]
fn an_identity_needs_only_a_family_name_and_keeps_its_documents_in_order() {
    let read = identity(json!({
        "family_name": "Rusu",
        "documents": [
            {"type": "passport", "number": "AB1", "issuing_country": "MD"},
            {"type": "other", "number": "7"}
        ]
    }))
    .unwrap();
    assert_eq!(read.family_name, "Rusu");
    assert_eq!(read.birth_date, None);
    let kinds: Vec<DocumentType> = read.documents.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DocumentType::Passport, DocumentType::Other]);
    assert_eq!(read.documents[1].issuing_country, None);
    assert!(identity(json!([])).unwrap_err().contains_key("body"));
}

#[test]
fn a_failed_check_names_its_field() {
    let problems = identity(json!({"family_name": "Rusu", "phone": "+373\n600"})).unwrap_err();
    assert_eq!(problems.keys().collect::<Vec<_>>(), ["phone"]);
    let long_number = json!({"family_name": "Rusu", "documents": [
        {"type": "passport", "number": "9".repeat(61)}
    ]});
    let problems = identity(long_number).unwrap_err();
    assert_eq!(problems.keys().collect::<Vec<_>>(), ["documents"]);
}

#[test]
fn a_search_is_a_name_and_a_year_as_a_number() {
    assert_eq!(
        search(json!({"family_name": "Иванова", "birth_year": 1999})),
        Ok(FindingKey::new("Ivanova", 1999).unwrap())
    );
    let problems = search(json!({"family_name": " - ", "birth_year": 1999})).unwrap_err();
    assert_eq!(problems.keys().collect::<Vec<_>>(), ["family_name"]);
    let problems = search(json!({"birth_year": 1850})).unwrap_err();
    assert_eq!(
        problems.keys().collect::<Vec<_>>(),
        ["birth_year", "family_name"]
    );
}
