//! The network directory: its organisations, the assistance they offer and their hotlines.
//! `Directory` is a whole, immutable snapshot that the public site and the APIs read from
//! memory; the store builds it and the web layer swaps it when the directory changes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Serialize, Serializer};
use time::Date;
use uuid::Uuid;

use crate::codes::code_enum;
use crate::country::CountryCode;
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

impl AssistanceService {
    /// Whether the service's place must stay hidden: a shelter's address is never published.
    pub fn location_is_confidential(self) -> bool {
        matches!(self, Self::Shelter)
    }
}

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
    pub id: Uuid,
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
    pub id: Uuid,
    #[serde(skip)]
    pub organisation_id: Uuid,
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

/// Which organisations a reader wants to see; an empty filter shows all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DirectoryFilter {
    pub country: Option<CountryCode>,
    pub membership: Option<Membership>,
    pub service: Option<AssistanceService>,
}

impl DirectoryFilter {
    pub fn matches(&self, organisation: &Organisation) -> bool {
        self.country
            .is_none_or(|country| organisation.country == country)
            && self
                .membership
                .is_none_or(|membership| organisation.membership == membership)
            && self
                .service
                .is_none_or(|service| organisation.services.contains(&service))
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// How many organisations each choice of a filter would show, the other choices kept: what a
/// reader sees beside each option.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterCounts {
    pub countries: BTreeMap<CountryCode, usize>,
    pub memberships: BTreeMap<Membership, usize>,
    pub services: BTreeMap<AssistanceService, usize>,
}

/// The figures that describe the network as a whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkSummary {
    pub members: usize,
    pub associates: usize,
    pub partners: usize,
    pub secretariats: usize,
    pub founding_members: usize,
    /// Countries where the network has a member or an associate.
    pub member_countries: usize,
}

/// The whole directory, as one consistent snapshot sorted for display (organisations by
/// country then name, hotlines by country then organisation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directory {
    organisations: Vec<Organisation>,
    hotlines: Vec<Hotline>,
    /// Each country's national anti-trafficking line, from its country profile.
    national_lines: BTreeMap<CountryCode, PhoneNumber>,
}

impl Directory {
    pub fn new(mut organisations: Vec<Organisation>, mut hotlines: Vec<Hotline>) -> Self {
        organisations.sort_by(|a, b| (a.country, &a.name).cmp(&(b.country, &b.name)));
        let rank: BTreeMap<Uuid, usize> = organisations
            .iter()
            .enumerate()
            .map(|(index, organisation)| (organisation.id, index))
            .collect();
        hotlines.sort_by_key(|hotline| {
            (
                hotline.country,
                rank.get(&hotline.organisation_id).copied(),
                hotline.purpose,
            )
        });
        Self {
            organisations,
            hotlines,
            national_lines: BTreeMap::new(),
        }
    }

    /// The snapshot with each country's national anti-trafficking line.
    pub fn with_national_lines(mut self, lines: BTreeMap<CountryCode, PhoneNumber>) -> Self {
        self.national_lines = lines;
        self
    }

    /// The country's national anti-trafficking line, when its profile names one.
    pub fn national_line(&self, country: CountryCode) -> Option<&PhoneNumber> {
        self.national_lines.get(&country)
    }

    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    pub fn hotlines(&self) -> &[Hotline] {
        &self.hotlines
    }

    pub fn organisation(&self, slug: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.slug.as_str() == slug)
    }

    pub fn organisation_by_id(&self, id: Uuid) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn filter(&self, filter: &DirectoryFilter) -> Vec<&Organisation> {
        self.organisations
            .iter()
            .filter(|organisation| filter.matches(organisation))
            .collect()
    }

    pub fn filter_counts(&self, filter: &DirectoryFilter) -> FilterCounts {
        let mut counts = FilterCounts::default();
        for organisation in &self.organisations {
            let other_than = |without: DirectoryFilter| without.matches(organisation);
            if other_than(DirectoryFilter {
                country: None,
                ..*filter
            }) {
                *counts.countries.entry(organisation.country).or_default() += 1;
            }
            if other_than(DirectoryFilter {
                membership: None,
                ..*filter
            }) {
                *counts
                    .memberships
                    .entry(organisation.membership)
                    .or_default() += 1;
            }
            if other_than(DirectoryFilter {
                service: None,
                ..*filter
            }) {
                for service in &organisation.services {
                    *counts.services.entry(*service).or_default() += 1;
                }
            }
        }
        // The chosen country stays a choice even when the other filters leave nothing in it,
        // so that the form keeps it selected.
        if let Some(country) = filter.country {
            counts.countries.entry(country).or_default();
        }
        counts
    }

    pub fn hotlines_in(&self, country: CountryCode) -> Vec<&Hotline> {
        self.hotlines
            .iter()
            .filter(|hotline| hotline.country == country)
            .collect()
    }

    pub fn hotlines_of(&self, organisation: &Organisation) -> Vec<&Hotline> {
        self.hotlines
            .iter()
            .filter(|hotline| hotline.organisation_id == organisation.id)
            .collect()
    }

    /// Every country where the network has an organisation or a hotline, sorted by code.
    pub fn countries(&self) -> Vec<CountryCode> {
        let countries: BTreeSet<CountryCode> = self
            .organisations
            .iter()
            .map(|organisation| organisation.country)
            .chain(self.hotlines.iter().map(|hotline| hotline.country))
            .collect();
        countries.into_iter().collect()
    }

    pub fn is_present_in(&self, country: CountryCode) -> bool {
        self.organisations.iter().any(|o| o.country == country)
            || self.hotlines.iter().any(|h| h.country == country)
    }

    pub fn summary(&self) -> NetworkSummary {
        let count = |membership: Membership| {
            self.organisations
                .iter()
                .filter(|o| o.membership == membership)
                .count()
        };
        let member_countries: BTreeSet<CountryCode> = self
            .organisations
            .iter()
            .filter(|o| matches!(o.membership, Membership::Member | Membership::Associate))
            .map(|o| o.country)
            .collect();
        NetworkSummary {
            members: count(Membership::Member),
            associates: count(Membership::Associate),
            partners: count(Membership::Partner),
            secretariats: count(Membership::Secretariat),
            founding_members: self.organisations.iter().filter(|o| o.founding).count(),
            member_countries: member_countries.len(),
        }
    }

    /// Whether any of the directory is demo data, which readers must be told.
    pub fn has_demo_data(&self) -> bool {
        self.organisations.iter().any(|o| o.demo) || self.hotlines.iter().any(|h| h.demo)
    }
}

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

    fn organisation(name: &str, country: &str, membership: Membership) -> Organisation {
        Organisation {
            id: Uuid::now_v7(),
            slug: Slug::from_name(name).unwrap(),
            name: name.into(),
            country: CountryCode::parse(country).unwrap(),
            city: None,
            membership,
            founding: false,
            website: None,
            languages: vec![],
            services: vec![AssistanceService::Shelter],
            demo: true,
            time_zone: TimeZone::of_country(CountryCode::parse(country).unwrap()),
            version: 1,
        }
    }

    #[test]
    fn filters_and_counts_keep_the_other_choices() {
        let directory = Directory::new(
            vec![
                organisation("B", "NL", Membership::Member),
                organisation("A", "NL", Membership::Secretariat),
                organisation("C", "ES", Membership::Associate),
            ],
            vec![],
        );
        assert_eq!(directory.organisations()[0].name, "C");
        let filter = DirectoryFilter {
            country: CountryCode::parse("NL").ok(),
            ..Default::default()
        };
        assert_eq!(directory.filter(&filter).len(), 2);
        let counts = directory.filter_counts(&filter);
        assert_eq!(counts.countries.len(), 2, "other countries stay choosable");
        assert_eq!(counts.memberships.get(&Membership::Associate), None);
        assert_eq!(counts.services.get(&AssistanceService::Shelter), Some(&2));
        let summary = directory.summary();
        assert_eq!(
            (
                summary.members,
                summary.associates,
                summary.member_countries
            ),
            (1, 1, 2)
        );
    }
}
