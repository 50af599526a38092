//! A consultation's fields are written once, in `ConsultationField`; what the compiler cannot
//! derive from that list is checked against it here: the API's JSON keys, the export's
//! header, the form's `name=` attributes as rendered, and `openapi.json`'s schemas.

use std::collections::BTreeSet;

use askama::Template;
use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationField, Topic,
    TraffickingConcern,
};
use strada_domain::ids::{ConsultationId, OrganisationId, UserId};
use strada_domain::language::{LanguageTag, UiLanguage};
use time::OffsetDateTime;

use super::api::ConsultationJson;
use super::export::header;
use super::views::{FormOptions, NewPage};
use crate::forms::{FormErrors, FormValues};
use crate::staff::StaffChrome;

/// The keys of the record itself, beside its fields.
const RECORD_KEYS: [&str; 5] = [
    "id",
    "organisation",
    "author_id",
    "created_at",
    "updated_at",
];

fn names(fields: impl IntoIterator<Item = ConsultationField>) -> BTreeSet<String> {
    fields.into_iter().map(|f| f.name().to_owned()).collect()
}

fn all_names() -> BTreeSet<String> {
    names(ConsultationField::ALL)
}

fn consultation() -> Consultation {
    let now = OffsetDateTime::now_utc();
    Consultation {
        id: ConsultationId::new_random(),
        organisation_id: OrganisationId::new_random(),
        author_id: UserId::new_random(),
        details: ConsultationDetails {
            channel: Channel::Phone,
            caller_type: CallerType::Professional,
            anonymous: true,
            language: LanguageTag::parse("ro").unwrap(),
            topics: vec![Topic::JobsAbroad],
            destination_country: None,
            trafficking_concern: TraffickingConcern::None,
            exploitation_types: vec![],
            duration_minutes: None,
            started_at: now,
            outcome: None,
            referred_to: vec![],
            notes: Some("notes".into()),
        },
        created_at: now,
        updated_at: now,
    }
}

#[test]
fn the_json_keys_are_the_fields_and_the_records_own() {
    let json = serde_json::to_value(ConsultationJson::new(consultation(), "org".into())).unwrap();
    let keys: BTreeSet<String> = json.as_object().unwrap().keys().cloned().collect();
    let mut expected = all_names();
    expected.extend(RECORD_KEYS.map(str::to_owned));
    assert_eq!(keys, expected);
}

#[test]
fn the_export_has_every_field_but_the_notes() {
    let header = header();
    assert_eq!(header[0], "id");
    let exported: BTreeSet<String> = header[1..]
        .iter()
        .map(|name| name.trim_end_matches("_htcds").to_owned())
        .collect();
    let mut expected = all_names();
    expected.remove("notes");
    assert_eq!(exported, expected);
    assert_eq!(header.len(), ConsultationField::ALL.len());
}

#[test]
fn the_form_order_has_every_field_once() {
    let order = super::views::FORM_ORDER;
    assert_eq!(names(order), all_names());
    assert_eq!(order.len(), ConsultationField::ALL.len());
}

#[test]
fn the_rendered_form_names_every_field() {
    let one = |code: &'static str| vec![(code, code.to_owned())];
    let owned = |code: &str| vec![(code.to_owned(), code.to_owned())];
    let page = NewPage {
        chrome: StaffChrome::for_language(UiLanguage::En, "consultations-new-title"),
        submission: "s".into(),
        form: FormValues::default(),
        options: FormOptions {
            channels: one("phone"),
            callers: one("professional"),
            languages: owned("ro"),
            topics: one("jobs_abroad"),
            concerns: one("none"),
            exploitation: one("ForcedLabour"),
            outcomes: one("informed"),
            countries: owned("NL"),
            organisations: owned("an-organisation"),
        },
        errors: FormErrors::new(),
        notice: None,
        saved_href: None,
        action: "/staff/consultations/new".into(),
        zone: "UTC".into(),
        carried_over: None,
    };
    let html = page.render().unwrap();
    let start = html.find(r#"action="/staff/consultations/new""#).unwrap();
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let rendered: BTreeSet<String> = form
        .split(r#"name=""#)
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect();
    let mut expected: BTreeSet<String> = ConsultationField::ALL
        .into_iter()
        .map(|field| super::views::form_name(field).to_owned())
        .collect();
    expected.extend(["csrf_token".to_owned(), "submission".to_owned()]);
    assert_eq!(rendered, expected);
}

#[test]
fn the_openapi_schemas_have_the_fields() {
    let document: serde_json::Value =
        serde_json::from_str(include_str!("../../openapi.json")).unwrap();
    let schemas = &document["components"]["schemas"];
    let properties = |schema: &serde_json::Value| -> BTreeSet<String> {
        schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    // The input and the record share the fields' schema; each adds only what it says.
    assert_eq!(
        schemas["ConsultationInput"]["allOf"][0]["$ref"],
        "#/components/schemas/ConsultationFields"
    );
    assert_eq!(properties(&schemas["ConsultationFields"]), all_names());
    assert_eq!(
        schemas["Consultation"]["allOf"][0]["$ref"],
        "#/components/schemas/ConsultationFields"
    );
    let record = &schemas["Consultation"]["allOf"][1];
    assert_eq!(
        properties(record),
        RECORD_KEYS.map(str::to_owned).into_iter().collect()
    );
}
