//! Who the person of a case is: names, birth date, how to reach them, their documents and
//! the workers' notes. The store seals all of it with the case's own key; nothing here is
//! ever written in clear. `FindingKey` is the one part a search may use, and only as a keyed
//! digest: the family name normalised so that spellings of one name meet, and the birth year.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::codes::code_enum;
use crate::country_code::CountryCode;

code_enum!(
    /// The kind of an identity document.
    DocumentType, "identity document type" {
        Passport => "passport",
        NationalId => "national_id",
        ResidencePermit => "residence_permit",
        BirthCertificate => "birth_certificate",
        Other => "other",
    }
);

/// One identity document of the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityDocument {
    pub kind: DocumentType,
    pub number: String,
    pub issuing_country: Option<CountryCode>,
}

/// What identifies the person of a case. Every text may be empty but the family name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseIdentity {
    pub given_names: String,
    pub family_name: String,
    /// Other names the person used or was given (maiden names, aliases, a name on a false
    /// passport).
    pub other_names: Vec<String>,
    pub birth_date: Option<Date>,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub documents: Vec<IdentityDocument>,
    pub notes: String,
}

/// Why an identity cannot be stored: the field it concerns, and the limit it breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityProblem {
    #[error("the family name is required")]
    MissingFamilyName,
    #[error("{field} has more than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("{field} holds a character that cannot be stored")]
    Unprintable { field: &'static str },
    #[error("at most {max} {field}")]
    TooMany { field: &'static str, max: usize },
}

const NAME_MAX: usize = 200;
const CONTACT_MAX: usize = 200;
const ADDRESS_MAX: usize = 1_000;
const DOCUMENT_NUMBER_MAX: usize = 60;
const NOTES_MAX: usize = 20_000;
const LIST_MAX: usize = 20;

impl CaseIdentity {
    /// Checks every field: bounded lengths, no NUL or other control character in a single
    /// line (notes and the address may break lines), at most `LIST_MAX` other names and
    /// documents, and a family name.
    pub fn check(&self) -> Result<(), IdentityProblem> {
        if self.family_name.trim().is_empty() {
            return Err(IdentityProblem::MissingFamilyName);
        }
        for (field, max) in [
            ("other names", self.other_names.len()),
            ("documents", self.documents.len()),
        ] {
            if max > LIST_MAX {
                return Err(IdentityProblem::TooMany {
                    field,
                    max: LIST_MAX,
                });
            }
        }
        let lines = [
            ("given names", self.given_names.as_str(), NAME_MAX),
            ("family name", &self.family_name, NAME_MAX),
            ("phone", &self.phone, CONTACT_MAX),
            ("email", &self.email, CONTACT_MAX),
        ];
        let other_names = self
            .other_names
            .iter()
            .map(|name| ("other names", name.as_str(), NAME_MAX));
        let numbers = self.documents.iter().map(|document| {
            (
                "document number",
                document.number.as_str(),
                DOCUMENT_NUMBER_MAX,
            )
        });
        for (field, text, max) in lines.into_iter().chain(other_names).chain(numbers) {
            check_text(field, text, max, false)?;
        }
        check_text("address", &self.address, ADDRESS_MAX, true)?;
        check_text("notes", &self.notes, NOTES_MAX, true)
    }

    /// The keys this identity can be found again by: the family name and each other name
    /// used, with the birth year; none without a birth date.
    pub fn finding_keys(&self) -> Vec<FindingKey> {
        let Some(birth_date) = self.birth_date else {
            return Vec::new();
        };
        let mut keys: Vec<FindingKey> = std::iter::once(&self.family_name)
            .chain(&self.other_names)
            .filter_map(|name| FindingKey::new(name, birth_date.year()))
            .collect();
        keys.sort();
        keys.dedup();
        keys
    }
}

fn check_text(
    field: &'static str,
    text: &str,
    max: usize,
    multiline: bool,
) -> Result<(), IdentityProblem> {
    if text.chars().count() > max {
        return Err(IdentityProblem::TooLong { field, max });
    }
    let refused = |c: char| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t'));
    if text.chars().any(refused) {
        return Err(IdentityProblem::Unprintable { field });
    }
    Ok(())
}

/// What "is she already known to us?" asks by: a family name as normalised and a birth
/// year. Only its `message()` leaves the process, and only under a keyed digest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FindingKey {
    family_name: String,
    birth_year: i32,
}

impl FindingKey {
    /// The key of a family name and a birth year; none when nothing of the name is left
    /// after normalisation.
    pub fn new(family_name: &str, birth_year: i32) -> Option<Self> {
        let family_name = normalise_name(family_name);
        (!family_name.is_empty()).then_some(Self {
            family_name,
            birth_year,
        })
    }

    pub fn family_name(&self) -> &str {
        &self.family_name
    }

    pub fn birth_year(&self) -> i32 {
        self.birth_year
    }

    /// The bytes the blind index digests: the name and the year, separated by a byte no
    /// normalised name holds.
    pub fn message(&self) -> Vec<u8> {
        format!("{}\u{1f}{}", self.family_name, self.birth_year).into_bytes()
    }
}

/// A name as the blind index compares it. `deunicode`'s one table does the compatibility
/// decomposition, drops the diacritics and transliterates other scripts (Cyrillic among
/// them) to Latin letters, so that "Иванова", "Ivanova" and "IVANOVA" meet, and so do
/// "Müller" and "Muller"; then letters are lower-cased, apostrophes and dots dropped, and
/// each run of spaces, hyphens and other separators becomes one space.
pub fn normalise_name(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let mut normalised = String::with_capacity(ascii.len());
    let mut separated = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if separated && !normalised.is_empty() {
                normalised.push(' ');
            }
            separated = false;
            normalised.push(c);
        } else if c != '\'' && c != '.' {
            separated = true;
        }
    }
    normalised
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> CaseIdentity {
        CaseIdentity {
            given_names: "Elena".into(),
            family_name: "Ivanova".into(),
            other_names: vec!["Иванова-Петрова".into()],
            birth_date: Some(time::macros::date!(1999 - 03 - 14)),
            phone: "+373 600 00 000".into(),
            email: String::new(),
            address: "Strada Exemplu 1\nChișinău".into(),
            documents: vec![IdentityDocument {
                kind: DocumentType::Passport,
                number: "AB1234567".into(),
                issuing_country: Some(CountryCode::parse("MD").unwrap()),
            }],
            notes: String::new(),
        }
    }

    #[test]
    fn spellings_of_one_name_meet() {
        for spelling in ["Ivanova", "IVANOVA", " ivanova ", "Иванова", "ИВАНОВА"] {
            assert_eq!(normalise_name(spelling), "ivanova", "{spelling}");
        }
        assert_eq!(normalise_name("Müller"), normalise_name("Muller"));
        assert_eq!(normalise_name("Ştefănescu"), "stefanescu");
        assert_eq!(normalise_name("Ștefănescu"), "stefanescu");
        assert_eq!(normalise_name("García--López"), "garcia lopez");
        assert_eq!(normalise_name("García  López"), "garcia lopez");
        assert_eq!(normalise_name("O'Brien"), "obrien");
        assert_eq!(
            normalise_name("Ｉｖａｎｏｖａ"),
            "ivanova",
            "compatibility forms"
        );
        assert_eq!(normalise_name("Шевченко"), "shevchenko");
        assert_ne!(normalise_name("Ivanova"), normalise_name("Ivanov"));
    }

    #[test]
    fn a_finding_key_needs_a_name_and_holds_the_year() {
        assert_eq!(FindingKey::new(" - ", 1999), None);
        let key = FindingKey::new("Иванова", 1999).unwrap();
        assert_eq!(key, FindingKey::new("ivanova", 1999).unwrap());
        assert_ne!(key, FindingKey::new("ivanova", 2000).unwrap());
        assert_eq!(key.message(), b"ivanova\x1f1999");
    }

    #[test]
    fn an_identity_is_found_by_each_of_its_names_with_the_birth_year() {
        let keys = identity().finding_keys();
        assert_eq!(
            keys.iter().map(FindingKey::family_name).collect::<Vec<_>>(),
            ["ivanova", "ivanova petrova"]
        );
        assert!(keys.iter().all(|key| key.birth_year() == 1999));
        let unborn = CaseIdentity {
            birth_date: None,
            ..identity()
        };
        assert!(unborn.finding_keys().is_empty());
    }

    #[test]
    fn an_identity_is_checked_field_by_field() {
        assert_eq!(identity().check(), Ok(()));
        let with = |change: fn(&mut CaseIdentity)| {
            let mut identity = identity();
            change(&mut identity);
            identity.check()
        };
        assert_eq!(
            with(|i| i.family_name = "  ".into()),
            Err(IdentityProblem::MissingFamilyName)
        );
        assert_eq!(
            with(|i| i.given_names = "x".repeat(201)),
            Err(IdentityProblem::TooLong {
                field: "given names",
                max: 200
            })
        );
        assert_eq!(
            with(|i| i.documents[0].number = "AB\0".into()),
            Err(IdentityProblem::Unprintable {
                field: "document number"
            })
        );
        assert_eq!(
            with(|i| i.phone = "+373\n600".into()),
            Err(IdentityProblem::Unprintable { field: "phone" })
        );
        assert_eq!(
            with(|i| i.notes = "a\0b".into()),
            Err(IdentityProblem::Unprintable { field: "notes" })
        );
        assert_eq!(
            with(|i| i.other_names = vec!["x".into(); 21]),
            Err(IdentityProblem::TooMany {
                field: "other names",
                max: 20
            })
        );
    }
}
