//! The network directory: its organisations, the assistance they offer and their hotlines, as
//! typed values. `snapshot` holds `Directory`, the whole, immutable snapshot that the public
//! site and the APIs read from memory.

use std::fmt;

use crate::ids::{HotlineId, OrganisationId};
use serde::{Serialize, Serializer};
use time::Date;

use crate::codes::code_enum;
use crate::country_code::CountryCode;
use crate::language::LanguageTag;
use crate::time_zone::TimeZone;

code_enum!(
    /// How an organisation belongs to the network.
    Membership, "membership" {
        Member => "member",
        Associate => "associate",
        Partner => "partner",
        Secretariat => "secretariat",
    }
);

code_enum!(
    /// The assistance services members provide (the union of the members' own lists).
    AssistanceService, "assistance service" {
        Shelter => "shelter",
        MaterialAid => "material_aid",
        MedicalCare => "medical_care",
        PsychosocialCounselling => "psychosocial_counselling",
        LegalAssistance => "legal_assistance",
        Accompaniment => "accompaniment",
        ResidenceAndLabourLaw => "residence_and_labour_law",
        Interpretation => "interpretation",
        Transport => "transport",
        EducationAndEmployment => "education_and_employment",
        FamilyCounselling => "family_counselling",
        ReturnAndReintegration => "return_and_reintegration",
        MissingPersonsSearch => "missing_persons_search",
        MigrantConsultation => "migrant_consultation",
    }
);

code_enum!(
    /// What a phone line is for.
    HotlinePurpose, "hotline purpose" {
        NationalHotline => "national_hotline",
        CallsFromAbroad => "calls_from_abroad",
        ShortNumber => "short_number",
        SosLine => "sos_line",
        CounsellingCentre => "counselling_centre",
        Office => "office",
    }
);

code_enum!(
    /// When a line answers, as far as the network knows.
    HotlineHours, "hotline hours" {
        Always => "always",
        WeekdaysDaytime => "weekdays_daytime",
        OfficeHours => "office_hours",
        NotPublished => "not_published",
    }
);

/// An organisation's address in Strada's URLs: lowercase ASCII words joined by hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Slug(String);

/// Why a text is not a slug.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a slug (lowercase ASCII words joined by hyphens)")]
pub struct InvalidSlug(pub String);

impl Slug {
    pub fn parse(text: &str) -> Result<Self, InvalidSlug> {
        let valid = !text.is_empty()
            && text.len() <= 80
            && text.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(InvalidSlug(text.chars().take(80).collect()))
        }
    }

    /// Makes the slug of a name: letters folded to ASCII (`LEFÖ` gives `lefo`), every other
    /// character a word break.
    pub fn from_name(name: &str) -> Result<Self, InvalidSlug> {
        let mut words: Vec<String> = Vec::new();
        let mut word = String::new();
        for character in name.chars() {
            match fold_to_ascii(character) {
                Some(folded) => word.push_str(folded),
                None if character.is_ascii_alphanumeric() => {
                    word.push(character.to_ascii_lowercase())
                }
                None => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        Self::parse(&words.join("-"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The ASCII letters of the accented Latin letters in the network's names.
fn fold_to_ascii(character: char) -> Option<&'static str> {
    Some(match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ă' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ă' => {
            "a"
        }
        'ç' | 'č' | 'ć' | 'Ç' | 'Č' | 'Ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ě' | 'ę' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ě' | 'Ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'ń' | 'Ñ' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' => "u",
        'ş' | 'ș' | 'š' | 'ś' | 'Ş' | 'Ș' | 'Š' | 'Ś' => "s",
        'ţ' | 'ț' | 'Ţ' | 'Ț' => "t",
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
        'ł' | 'Ł' => "l",
        'ř' | 'Ř' => "r",
        'ý' | 'Ý' => "y",
        'ß' => "ss",
        _ => return None,
    })
}

/// A phone number as dialled: digits with an optional leading `+`, kept with the spaces it is
/// written with so people can read it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

/// Why a text is not a phone number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a phone number")]
pub struct InvalidPhoneNumber(pub String);

impl PhoneNumber {
    pub fn parse(text: &str) -> Result<Self, InvalidPhoneNumber> {
        let trimmed = text.trim();
        let digits = trimmed.strip_prefix('+').unwrap_or(trimmed);
        let digit_count = digits.bytes().filter(u8::is_ascii_digit).count();
        let valid = (3..=15).contains(&digit_count)
            && digits.bytes().all(|b| b.is_ascii_digit() || b == b' ');
        if valid {
            Ok(Self(
                trimmed.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        } else {
            Err(InvalidPhoneNumber(text.chars().take(30).collect()))
        }
    }

    /// As written for people (`+373 22 23 33 09`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As dialled (`+37322233309`), for `tel:` links (RFC 3966).
    pub fn dial_string(&self) -> String {
        self.0.chars().filter(|c| *c != ' ').collect()
    }

    /// Whether the number can be dialled from abroad as written.
    pub fn is_international(&self) -> bool {
        self.0.starts_with('+')
    }
}

impl Serialize for PhoneNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// A member, associate, partner or the secretariat of the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organisation {
    #[serde(skip)]
    pub id: OrganisationId,
    pub slug: Slug,
    pub name: String,
    pub country: CountryCode,
    pub city: Option<String>,
    pub membership: Membership,
    pub founding: bool,
    /// The organisation's website, as an `https://` address.
    pub website: Option<String>,
    pub languages: Vec<LanguageTag>,
    pub services: Vec<AssistanceService>,
    /// Demo data, made up for showing the platform; never to be taken as the network's word.
    pub demo: bool,
    /// Where its staff work: their screens show and read times on this zone's clock.
    #[serde(skip)]
    pub time_zone: TimeZone,
    /// Counts the changes of its profile, services and hotlines: an edit made on an older
    /// version is refused instead of silently overwriting what someone else saved.
    #[serde(skip)]
    pub version: i64,
}

/// A phone line run by an organisation of the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hotline {
    #[serde(skip)]
    pub id: HotlineId,
    #[serde(skip)]
    pub organisation_id: OrganisationId,
    pub country: CountryCode,
    pub number: PhoneNumber,
    pub purpose: HotlinePurpose,
    pub hours: HotlineHours,
    pub free_of_charge: bool,
    pub languages: Vec<LanguageTag>,
    pub last_verified: Date,
    pub demo: bool,
}

impl Hotline {
    pub fn is_always_open(&self) -> bool {
        self.hours == HotlineHours::Always
    }
}

mod snapshot;

pub use snapshot::{Directory, DirectoryFilter, FilterCounts, NetworkSummary};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_made_from_names() {
        let slug = |name: &str| Slug::from_name(name).unwrap().to_string();
        assert_eq!(slug("La Strada Moldova"), "la-strada-moldova");
        assert_eq!(slug("Animus Association"), "animus-association");
        assert_eq!(slug("LEFÖ"), "lefo");
        assert_eq!(
            slug("ASTRA - Anti-Trafficking Action"),
            "astra-anti-trafficking-action"
        );
        assert_eq!(
            slug("Gender Perspectives / Social Changes"),
            "gender-perspectives-social-changes"
        );
        assert!(Slug::from_name("!!!").is_err());
        assert!(Slug::parse("La-Strada").is_err());
        assert!(Slug::parse("la--strada").is_err());
        assert!(Slug::parse("la-strada-").is_err());
    }

    #[test]
    fn phone_numbers_dial_without_spaces() {
        let number = PhoneNumber::parse(" +373 22  23 33 09 ").unwrap();
        assert_eq!(number.as_str(), "+373 22 23 33 09");
        assert_eq!(number.dial_string(), "+37322233309");
        assert!(number.is_international());
        assert!(PhoneNumber::parse("12").is_err());
        assert!(PhoneNumber::parse("0800-ABC").is_err());
        assert!(PhoneNumber::parse("++373 22").is_err());
    }

    #[test]
    fn codes_round_trip() {
        for service in AssistanceService::ALL {
            assert_eq!(AssistanceService::parse(service.code()), Ok(*service));
        }
        assert!(Membership::parse("Member").is_err());
    }
}
