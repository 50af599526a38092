//! A case's identity and a search for a person as a client sends them, read strictly: an
//! unknown field, a value of the wrong kind and a value out of bounds are each a problem of
//! their field (a document's by its place, `documents[0].number`), all said at once.

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use strada_domain::cases::identity::{
    CaseIdentity, DocumentType, FindingKey, IdentityDocument, IdentityProblem,
};
use strada_domain::country_code::CountryCode;
use time::{Date, Month, OffsetDateTime};

pub use crate::input::from_json;
use crate::input::{InputField, Problem, Problems, Reader, Sent};

/// The most documents an identity takes as sent (its check holds the stored bound).
const MAX_DOCUMENTS: usize = 20;

/// The earliest birth year a search or a birth date takes.
const FIRST_BIRTH_YEAR: i32 = 1900;

/// A field of an identity or of a search, by its name in the API.
#[derive(Debug, Clone, Copy)]
pub struct Field(&'static str);

impl InputField for Field {
    fn name(self) -> &'static str {
        self.0
    }
}

const GIVEN_NAMES: Field = Field("given_names");
const FAMILY_NAME: Field = Field("family_name");
const OTHER_NAMES: Field = Field("other_names");
const BIRTH_DATE: Field = Field("birth_date");
const BIRTH_YEAR: Field = Field("birth_year");
const PHONE: Field = Field("phone");
const EMAIL: Field = Field("email");
const ADDRESS: Field = Field("address");
const DOCUMENTS: Field = Field("documents");
const NOTES: Field = Field("notes");

/// An identity as sent, each field not yet checked.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IdentityInput {
    given_names: Sent<String>,
    family_name: Sent<String>,
    other_names: Sent<Vec<Sent<String>>>,
    /// `YYYY-MM-DD`.
    birth_date: Sent<String>,
    phone: Sent<String>,
    email: Sent<String>,
    address: Sent<String>,
    documents: Sent<Vec<Sent<Value>>>,
    notes: Sent<String>,
    #[serde(flatten)]
    unknown: BTreeMap<String, IgnoredAny>,
}

/// One document as sent.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DocumentInput {
    #[serde(rename = "type")]
    kind: Sent<String>,
    number: Sent<String>,
    issuing_country: Sent<String>,
    #[serde(flatten)]
    unknown: BTreeMap<String, IgnoredAny>,
}

/// A search for a person as sent.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchInput {
    family_name: Sent<String>,
    birth_year: Sent<i64>,
    #[serde(flatten)]
    unknown: BTreeMap<String, IgnoredAny>,
}

/// Notes each unknown name as a problem of its own, under `prefix`.
fn refuse_unknown(reader: &mut Reader, prefix: &str, unknown: &BTreeMap<String, IgnoredAny>) {
    for name in unknown.keys() {
        reader
            .problems
            .insert(format!("{prefix}{name}"), Problem::UnknownField("identity"));
    }
}

/// The family name, required and not blank.
fn family_name(reader: &mut Reader, sent: Sent<String>) -> Option<String> {
    match reader.text(FAMILY_NAME, sent) {
        Some(name) if !name.trim().is_empty() => Some(name),
        Some(_) => reader.fail(FAMILY_NAME, Problem::Required),
        None if !reader.problems.contains_key(FAMILY_NAME.0) => {
            reader.fail(FAMILY_NAME, Problem::Required)
        }
        None => None,
    }
}

/// Whether `year` is one a person living now may have been born in.
fn is_birth_year(year: i64) -> bool {
    (i64::from(FIRST_BIRTH_YEAR)..=i64::from(OffsetDateTime::now_utc().year())).contains(&year)
}

/// A `YYYY-MM-DD` date of birth, not in the future.
fn parse_birth_date(text: &str) -> Result<Date, String> {
    let wrong = || "must be a date of birth, YYYY-MM-DD, not in the future".to_owned();
    let mut parts = text.trim().splitn(3, '-');
    let mut number = || parts.next().and_then(|part| part.parse::<u16>().ok());
    let (Some(year), Some(month), Some(day)) = (number(), number(), number()) else {
        return Err(wrong());
    };
    let month = u8::try_from(month)
        .ok()
        .and_then(|month| Month::try_from(month).ok());
    let date = month
        .zip(u8::try_from(day).ok())
        .and_then(|(month, day)| Date::from_calendar_date(i32::from(year), month, day).ok())
        .ok_or_else(wrong)?;
    if !is_birth_year(i64::from(year)) || date > OffsetDateTime::now_utc().date() {
        return Err(wrong());
    }
    Ok(date)
}

impl IdentityInput {
    /// The identity, or every field's problem.
    pub fn parse(self) -> Result<CaseIdentity, Problems> {
        let mut reader = Reader::default();
        refuse_unknown(&mut reader, "", &self.unknown);
        let family_name = family_name(&mut reader, self.family_name);
        let mut text = |field: Field, sent| reader.text(field, sent).unwrap_or_default();
        let given_names = text(GIVEN_NAMES, self.given_names);
        let phone = text(PHONE, self.phone);
        let email = text(EMAIL, self.email);
        let address = text(ADDRESS, self.address);
        let notes = text(NOTES, self.notes);
        let other_names = reader.list(OTHER_NAMES, self.other_names, |name| {
            Ok::<_, Problem>(name.to_owned())
        });
        let birth_date = reader.optional_code(BIRTH_DATE, self.birth_date, parse_birth_date);
        let documents = read_documents(&mut reader, self.documents);
        let Some(family_name) = family_name.filter(|_| reader.problems.is_empty()) else {
            return Err(reader.problems);
        };
        let identity = CaseIdentity {
            given_names,
            family_name,
            other_names,
            birth_date,
            phone,
            email,
            address,
            documents,
            notes,
        };
        identity.check().map_err(|problem| {
            Problems::from([(
                field_of(&problem).into(),
                Problem::NotACode(problem.to_string()),
            )])
        })?;
        Ok(identity)
    }
}

/// The field an identity's failed check concerns.
fn field_of(problem: &IdentityProblem) -> &'static str {
    let field = match problem {
        IdentityProblem::MissingFamilyName => return FAMILY_NAME.0,
        IdentityProblem::TooLong { field, .. }
        | IdentityProblem::Unprintable { field }
        | IdentityProblem::TooMany { field, .. } => *field,
    };
    [
        GIVEN_NAMES,
        FAMILY_NAME,
        OTHER_NAMES,
        PHONE,
        EMAIL,
        ADDRESS,
        NOTES,
    ]
    .into_iter()
    .map(|known| known.0)
    .find(|name| name.replace('_', " ") == field)
    .unwrap_or(DOCUMENTS.0)
}

/// The documents sent, each field's problem named by the document's place.
fn read_documents(reader: &mut Reader, sent: Sent<Vec<Sent<Value>>>) -> Vec<IdentityDocument> {
    let items = match sent {
        Sent::Absent => return Vec::new(),
        Sent::Given(items) if items.len() <= MAX_DOCUMENTS => items,
        Sent::Given(_) => {
            return reader
                .fail(DOCUMENTS, Problem::TooManyItems)
                .unwrap_or_default();
        }
        Sent::WrongKind => return reader.fail(DOCUMENTS, Problem::NotList).unwrap_or_default(),
    };
    let mut documents = Vec::new();
    for (place, item) in items.into_iter().enumerate() {
        let prefix = format!("documents[{place}]");
        let fail = |reader: &mut Reader, name: &str, problem: Problem| {
            reader
                .problems
                .entry(format!("{prefix}{name}"))
                .or_insert(problem);
        };
        let document = match item {
            Sent::Given(value @ Value::Object(_)) => {
                serde_json::from_value::<DocumentInput>(value).ok()
            }
            _ => None,
        };
        let Some(document) = document else {
            fail(reader, "", Problem::NotAnObject);
            continue;
        };
        refuse_unknown(reader, &format!("{prefix}."), &document.unknown);
        let kind = match document.kind {
            Sent::Given(code) => DocumentType::parse(&code)
                .map_err(|error| fail(reader, ".type", Problem::NotACode(error.to_string())))
                .ok(),
            Sent::Absent => {
                fail(reader, ".type", Problem::Required);
                None
            }
            Sent::WrongKind => {
                fail(reader, ".type", Problem::NotText);
                None
            }
        };
        let number = match document.number {
            Sent::Given(number) if !number.trim().is_empty() => Some(number),
            Sent::WrongKind => {
                fail(reader, ".number", Problem::NotText);
                None
            }
            _ => {
                fail(reader, ".number", Problem::Required);
                None
            }
        };
        let issuing_country = match document.issuing_country {
            Sent::Absent => None,
            Sent::Given(code) => CountryCode::parse(&code)
                .map_err(|error| {
                    fail(
                        reader,
                        ".issuing_country",
                        Problem::NotACode(error.to_string()),
                    )
                })
                .ok(),
            Sent::WrongKind => {
                fail(reader, ".issuing_country", Problem::NotText);
                None
            }
        };
        if let (Some(kind), Some(number)) = (kind, number) {
            documents.push(IdentityDocument {
                kind,
                number,
                issuing_country,
            });
        }
    }
    documents
}

impl SearchInput {
    /// The key to search by, or every field's problem.
    pub fn parse(self) -> Result<FindingKey, Problems> {
        let mut reader = Reader::default();
        refuse_unknown(&mut reader, "", &self.unknown);
        let name = family_name(&mut reader, self.family_name);
        let year = match self.birth_year {
            Sent::Given(year) if is_birth_year(year) => i32::try_from(year).ok(),
            Sent::Absent => reader.fail(BIRTH_YEAR, Problem::Required),
            _ => reader.fail(
                BIRTH_YEAR,
                Problem::NotACode(format!(
                    "must be a year from {FIRST_BIRTH_YEAR} to this one, as a number"
                )),
            ),
        };
        match (name, year) {
            (Some(name), Some(year)) if reader.problems.is_empty() => FindingKey::new(&name, year)
                .ok_or_else(|| {
                    Problems::from([(
                        FAMILY_NAME.0.into(),
                        Problem::NotACode("must hold a letter".into()),
                    )])
                }),
            _ => Err(reader.problems),
        }
    }
}
