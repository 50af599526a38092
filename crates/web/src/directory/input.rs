//! The directory's writes, each with its own input type as `serde_html_form` reads the form
//! (strings as typed, kept to show again beside their problems): a new organisation, a
//! profile, a hotline, and the removal of a hotline. Each is parsed once here into the domain
//! value (`Slug`, `CountryCode`, `PhoneNumber`, `LanguageTag`, `TimeZone`, the code enums),
//! every wrong field named with its `Problem`, and nothing is stored while any is wrong.

use serde::Deserialize;
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{
    AssistanceService, Hotline, HotlineHours, HotlinePurpose, Membership, Organisation,
    PhoneNumber, Slug,
};
use strada_domain::ids::{HotlineId, OrganisationId};
use strada_domain::language::LanguageTag;
use strada_domain::time_zone::TimeZone;
use time::{Date, OffsetDateTime};

use crate::forms::{FormErrors, last_value};
use crate::i18n::Translator;

/// What can be wrong with one field of a directory form; the form says it by its message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Required,
    NotAChoice,
    Name,
    NameTaken,
    City,
    Website,
    Number,
    NumberTaken,
    VerifiedDate,
    VerifiedInTheFuture,
}

impl Problem {
    /// The message key of the form's words for it (in `staff.ftl`).
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Required => "form-error-required",
            Self::NotAChoice => "form-error-choice",
            Self::Name => "organisation-error-name",
            Self::NameTaken => "organisation-exists",
            Self::City => "organisation-error-city",
            Self::Website => "organisation-error-website",
            Self::Number => "hotline-error-number",
            Self::NumberTaken => "hotline-error-number-taken",
            Self::VerifiedDate => "hotline-error-verified",
            Self::VerifiedInTheFuture => "hotline-error-verified-future",
        }
    }
}

/// A field of the directory's forms: its id in the page is the form's prefix and `suffix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Country,
    City,
    Membership,
    Website,
    TimeZone,
    Languages,
    Services,
    Number,
    Purpose,
    Hours,
    LastVerified,
}

impl Field {
    fn suffix(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Country => "country",
            Self::City => "city",
            Self::Membership => "membership",
            Self::Website => "website",
            Self::TimeZone => "time-zone",
            Self::Languages => "languages",
            Self::Services => "services",
            Self::Number => "number",
            Self::Purpose => "purpose",
            Self::Hours => "hours",
            Self::LastVerified => "verified",
        }
    }

    /// The message key of the field's label.
    fn label_key(self) -> &'static str {
        match self {
            Self::Name => "organisations-name",
            Self::Country => "filter-country",
            Self::City => "organisations-city",
            Self::Membership => "filter-membership",
            Self::Website => "member-website",
            Self::TimeZone => "organisation-time-zone",
            Self::Languages => "member-languages",
            Self::Services => "filter-service",
            Self::Number => "hotline-number",
            Self::Purpose => "hotline-purpose",
            Self::Hours => "hotline-hours",
            Self::LastVerified => "hotline-last-verified",
        }
    }
}

/// The problems of one submitted form, in the order of its fields; a field's first is kept.
#[derive(Debug, Default)]
pub struct Problems(Vec<(Field, Problem)>);

impl Problems {
    /// The one problem of `field`.
    pub fn one(field: Field, problem: Problem) -> Self {
        Self(vec![(field, problem)])
    }

    fn add(&mut self, field: Field, problem: Problem) {
        if !self.0.iter().any(|(known, _)| *known == field) {
            self.0.push((field, problem));
        }
    }

    /// The problems in the reader's words, beside the fields of the form whose ids begin
    /// with `prefix`.
    pub fn in_words(&self, tr: Translator, prefix: &str) -> FormErrors {
        let mut errors = FormErrors::new();
        for (field, problem) in &self.0 {
            let id = format!("{prefix}-{}", field.suffix());
            errors.add(tr, &id, field.label_key(), problem.message_key());
        }
        errors
    }

    /// `required`'s value parsed by `parse`, else the field's problem.
    fn required<T, E>(
        &mut self,
        field: Field,
        text: &str,
        wrong: Problem,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        let text = text.trim();
        if text.is_empty() {
            self.add(field, Problem::Required);
            return None;
        }
        parse(text).map_err(|_| self.add(field, wrong)).ok()
    }

    /// A list's non-empty values, each parsed by `parse`.
    fn list<T, E>(
        &mut self,
        field: Field,
        texts: &[String],
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Vec<T> {
        texts
            .iter()
            .filter(|text| !text.is_empty())
            .filter_map(|text| {
                parse(text)
                    .map_err(|_| self.add(field, Problem::NotAChoice))
                    .ok()
            })
            .collect()
    }

    /// An organisation's name: 2 to 150 characters that make a slug.
    fn name(&mut self, typed: &str) -> Option<String> {
        let name = typed.trim();
        if name.is_empty() {
            self.add(Field::Name, Problem::Required);
            None
        } else if !(2..=150).contains(&name.chars().count()) || Slug::from_name(name).is_err() {
            self.add(Field::Name, Problem::Name);
            None
        } else {
            Some(name.to_owned())
        }
    }

    fn city(&mut self, typed: &str) -> Option<String> {
        let city = typed.trim();
        if city.chars().count() > 100 {
            self.add(Field::City, Problem::City);
        }
        Some(city.to_owned()).filter(|city| !city.is_empty())
    }

    /// An `https://` address, or none.
    fn website(&mut self, typed: &str) -> Option<String> {
        let website = typed.trim();
        if website.is_empty() {
            return None;
        }
        let host = website.strip_prefix("https://").unwrap_or("");
        if host.is_empty() || host.contains(char::is_whitespace) || website.len() > 300 {
            self.add(Field::Website, Problem::Website);
            return None;
        }
        Some(website.to_owned())
    }

    /// `value` when no field is wrong, else the problems.
    fn or_value<T>(self, value: Option<T>) -> Result<T, Self> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self),
        }
    }
}

/// The version a form was made on (its hidden field).
fn version(typed: &str) -> Option<i64> {
    typed.trim().parse().ok()
}

/// The create form of an organisation, as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewOrganisationInput {
    #[serde(deserialize_with = "last_value")]
    pub name: String,
    #[serde(deserialize_with = "last_value")]
    pub country: String,
    #[serde(deserialize_with = "last_value")]
    pub city: String,
    #[serde(deserialize_with = "last_value")]
    pub membership: String,
    #[serde(deserialize_with = "last_value")]
    pub website: String,
}

impl NewOrganisationInput {
    /// The ids of this form's fields begin with it.
    pub const PREFIX: &'static str = "organisation";

    /// A new organisation, or every field's problem.
    pub fn parse(&self) -> Result<Organisation, Problems> {
        let mut problems = Problems::default();
        let name = problems.name(&self.name);
        let country = problems.required(
            Field::Country,
            &self.country,
            Problem::NotAChoice,
            CountryCode::parse,
        );
        let city = problems.city(&self.city);
        let membership = problems.required(
            Field::Membership,
            &self.membership,
            Problem::NotAChoice,
            Membership::parse,
        );
        let website = problems.website(&self.website);
        let organisation = (|| {
            let (name, country, membership) = (name?, country?, membership?);
            Some(Organisation {
                id: OrganisationId::new_random(),
                slug: Slug::from_name(&name).ok()?,
                name,
                country,
                city,
                membership,
                founding: false,
                website,
                languages: Vec::new(),
                services: Vec::new(),
                demo: false,
                time_zone: TimeZone::of_country(country),
                version: 1,
            })
        })();
        problems.or_value(organisation)
    }
}

/// An organisation's profile form, as typed (or as stored, when the page opens).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    #[serde(deserialize_with = "last_value")]
    pub name: String,
    #[serde(deserialize_with = "last_value")]
    pub city: String,
    #[serde(deserialize_with = "last_value")]
    pub website: String,
    #[serde(deserialize_with = "last_value")]
    pub membership: String,
    #[serde(deserialize_with = "last_value")]
    pub time_zone: String,
    pub languages: Vec<String>,
    pub services: Vec<String>,
    #[serde(deserialize_with = "last_value")]
    pub version: String,
}

impl ProfileInput {
    /// The ids of this form's fields begin with it.
    pub const PREFIX: &'static str = "profile";

    /// The profile as stored (the page writes the version it was made on itself).
    pub fn of(organisation: &Organisation) -> Self {
        Self {
            name: organisation.name.clone(),
            city: organisation.city.clone().unwrap_or_default(),
            website: organisation.website.clone().unwrap_or_default(),
            membership: organisation.membership.code().to_owned(),
            time_zone: organisation.time_zone.name().to_owned(),
            languages: organisation
                .languages
                .iter()
                .map(ToString::to_string)
                .collect(),
            services: organisation
                .services
                .iter()
                .map(|service| service.code().to_owned())
                .collect(),
            version: String::new(),
        }
    }

    /// `current` with the form's values and the version the form was made on, or every
    /// field's problem. Only those who may manage organisations change the membership.
    pub fn parse(
        &self,
        current: &Organisation,
        may_change_membership: bool,
    ) -> Result<(Organisation, Option<i64>), Problems> {
        let mut problems = Problems::default();
        let name = problems.name(&self.name);
        let city = problems.city(&self.city);
        let website = problems.website(&self.website);
        let membership = if may_change_membership {
            problems.required(
                Field::Membership,
                &self.membership,
                Problem::NotAChoice,
                Membership::parse,
            )
        } else {
            Some(current.membership)
        };
        let time_zone = problems.required(
            Field::TimeZone,
            &self.time_zone,
            Problem::NotAChoice,
            TimeZone::parse,
        );
        let languages = problems.list(Field::Languages, &self.languages, LanguageTag::parse);
        let services = problems.list(Field::Services, &self.services, AssistanceService::parse);
        let organisation = (|| {
            Some(Organisation {
                name: name?,
                city,
                website,
                membership: membership?,
                time_zone: time_zone?,
                languages,
                services,
                ..current.clone()
            })
        })();
        problems
            .or_value(organisation)
            .map(|organisation| (organisation, version(&self.version)))
    }
}

/// A hotline's form, as typed (or as stored, when the page opens).
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(default)]
pub struct HotlineInput {
    #[serde(deserialize_with = "last_value")]
    pub number: String,
    #[serde(deserialize_with = "last_value")]
    pub purpose: String,
    #[serde(deserialize_with = "last_value")]
    pub hours: String,
    /// The checkbox: `on` when calls are free.
    #[serde(deserialize_with = "last_value")]
    pub free_of_charge: String,
    pub languages: Vec<String>,
    #[serde(deserialize_with = "last_value")]
    pub last_verified: String,
    #[serde(deserialize_with = "last_value")]
    pub version: String,
}

impl HotlineInput {
    /// A new hotline's form: verified today.
    pub fn new_today() -> Self {
        Self {
            last_verified: today().to_string(),
            ..Self::default()
        }
    }

    /// The hotline as stored (the page writes the version it was made on itself).
    pub fn of(hotline: &Hotline) -> Self {
        Self {
            number: hotline.number.as_str().to_owned(),
            purpose: hotline.purpose.code().to_owned(),
            hours: hotline.hours.code().to_owned(),
            free_of_charge: if hotline.free_of_charge { "on" } else { "" }.to_owned(),
            languages: hotline.languages.iter().map(ToString::to_string).collect(),
            last_verified: hotline.last_verified.to_string(),
            version: String::new(),
        }
    }

    /// A hotline of `organisation` whose id is `id` (a new one for a new hotline) and the
    /// version the form was made on, or every field's problem; it may not be verified later
    /// than `today`.
    pub fn parse(
        &self,
        organisation: &Organisation,
        id: HotlineId,
        today: Date,
    ) -> Result<(Hotline, Option<i64>), Problems> {
        let mut problems = Problems::default();
        let number = problems.required(
            Field::Number,
            &self.number,
            Problem::Number,
            PhoneNumber::parse,
        );
        let purpose = problems.required(
            Field::Purpose,
            &self.purpose,
            Problem::NotAChoice,
            HotlinePurpose::parse,
        );
        let hours = problems.required(
            Field::Hours,
            &self.hours,
            Problem::NotAChoice,
            HotlineHours::parse,
        );
        let languages = problems.list(Field::Languages, &self.languages, LanguageTag::parse);
        let last_verified = problems.required(
            Field::LastVerified,
            &self.last_verified,
            Problem::VerifiedDate,
            |text| Date::parse(text, &time::format_description::well_known::Iso8601::DATE),
        );
        if last_verified.is_some_and(|date| date > today) {
            problems.add(Field::LastVerified, Problem::VerifiedInTheFuture);
        }
        let hotline = (|| {
            Some(Hotline {
                id,
                organisation_id: organisation.id,
                country: organisation.country,
                number: number?,
                purpose: purpose?,
                hours: hours?,
                free_of_charge: self.free_of_charge == "on",
                languages,
                last_verified: last_verified?,
                demo: false,
            })
        })();
        problems
            .or_value(hotline)
            .map(|hotline| (hotline, version(&self.version)))
    }
}

/// The remove form of a hotline: the entry's version only.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RemovalInput {
    #[serde(deserialize_with = "last_value")]
    version: String,
}

impl RemovalInput {
    /// The version the form was made on.
    pub fn version(&self) -> Option<i64> {
        version(&self.version)
    }
}

/// Today in UTC (a date of verification may not be later).
pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}
