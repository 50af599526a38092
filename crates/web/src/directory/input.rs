//! The directory's writes, each with its own input type as `serde_html_form` reads the form
//! (strings as typed, kept to show again beside their problems): a new organisation, a
//! profile, a hotline, and the removal of a hotline. Each is parsed once here into the domain
//! value (`Slug`, `CountryCode`, `PhoneNumber`, `LanguageTag`, `TimeZone`, the code enums),
//! every wrong field named with its `Problem`, and nothing is stored while any is wrong.

mod problem;

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

pub use problem::{Field, Problem, Problems};

use crate::forms::Typed;

/// The version a form was made on (its hidden field).
fn version(typed: &str) -> Option<i64> {
    typed.trim().parse().ok()
}

/// The create form of an organisation, as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewOrganisationInput {
    pub name: Typed,
    pub country: Typed,
    pub city: Typed,
    pub membership: Typed,
    pub website: Typed,
}

impl NewOrganisationInput {
    /// The ids of this form's fields begin with it.
    pub const PREFIX: &'static str = "organisation";

    /// A new organisation, or every field's problem.
    pub fn parse(&self) -> Result<Organisation, Problems> {
        let mut problems = Problems::default();
        let name = problems.name(&self.name);
        let country = problems.choice(Field::Country, &self.country, CountryCode::parse);
        let city = problems.city(&self.city);
        let membership = problems.choice(Field::Membership, &self.membership, Membership::parse);
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
    pub name: Typed,
    pub city: Typed,
    pub website: Typed,
    pub membership: Typed,
    pub time_zone: Typed,
    pub languages: Vec<String>,
    pub services: Vec<String>,
    pub version: Typed,
}

impl ProfileInput {
    /// The ids of this form's fields begin with it.
    pub const PREFIX: &'static str = "profile";

    /// The profile as stored (the page writes the version it was made on itself).
    pub fn of(organisation: &Organisation) -> Self {
        Self {
            name: organisation.name.as_str().into(),
            city: organisation.city.clone().unwrap_or_default().into(),
            website: organisation.website.clone().unwrap_or_default().into(),
            membership: organisation.membership.code().into(),
            time_zone: organisation.time_zone.name().into(),
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
            version: Typed::default(),
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
            problems.choice(Field::Membership, &self.membership, Membership::parse)
        } else {
            Some(current.membership)
        };
        let time_zone = problems.choice(Field::TimeZone, &self.time_zone, TimeZone::parse);
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
    pub number: Typed,
    pub purpose: Typed,
    pub hours: Typed,
    /// The checkbox: `on` when calls are free.
    pub free_of_charge: Typed,
    pub languages: Vec<String>,
    pub last_verified: Typed,
    pub version: Typed,
}

impl HotlineInput {
    /// A new hotline's form: verified today.
    pub fn new_today() -> Self {
        Self {
            last_verified: today().to_string().into(),
            ..Self::default()
        }
    }

    /// The hotline as stored (the page writes the version it was made on itself).
    pub fn of(hotline: &Hotline) -> Self {
        Self {
            number: hotline.number.as_str().into(),
            purpose: hotline.purpose.code().into(),
            hours: hotline.hours.code().into(),
            free_of_charge: if hotline.free_of_charge { "on" } else { "" }.into(),
            languages: hotline.languages.iter().map(ToString::to_string).collect(),
            last_verified: hotline.last_verified.to_string().into(),
            version: Typed::default(),
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
        let purpose = problems.choice(Field::Purpose, &self.purpose, HotlinePurpose::parse);
        let hours = problems.choice(Field::Hours, &self.hours, HotlineHours::parse);
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
                free_of_charge: &*self.free_of_charge == "on",
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
    version: Typed,
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

#[cfg(test)]
mod tests {
    use strada_domain::country_code::CountryCode;
    use time::macros::date;

    use super::*;

    fn organisation() -> Organisation {
        let input = NewOrganisationInput {
            name: "Open Door".into(),
            country: "RO".into(),
            membership: "partner".into(),
            ..NewOrganisationInput::default()
        };
        input.parse().expect("a new organisation reads")
    }

    #[test]
    fn a_new_organisation_takes_its_slug_and_its_countrys_clock() {
        let organisation = organisation();
        assert_eq!(organisation.slug.as_str(), "open-door");
        assert_eq!(organisation.country, CountryCode::parse("RO").unwrap());
        assert_eq!(
            organisation.time_zone,
            TimeZone::of_country(organisation.country)
        );
    }

    #[test]
    fn every_wrong_field_of_a_hotline_is_said_at_once() {
        let input = HotlineInput {
            number: "no number".into(),
            purpose: "nonsense".into(),
            languages: vec!["".into(), "not a tag!".into()],
            last_verified: "2026-12-31".into(),
            ..HotlineInput::default()
        };
        let problems = input
            .parse(
                &organisation(),
                HotlineId::new_random(),
                date!(2026 - 11 - 27),
            )
            .expect_err("a wrong hotline is refused");
        assert_eq!(
            problems.all(),
            [
                (Field::Number, Problem::Number),
                (Field::Purpose, Problem::NotAChoice),
                (Field::Hours, Problem::Required),
                (Field::Languages, Problem::NotAChoice),
                (Field::LastVerified, Problem::VerifiedInTheFuture),
            ]
        );
    }

    #[test]
    fn a_hotline_as_stored_reads_back_as_itself() {
        let organisation = organisation();
        let input = HotlineInput {
            number: "+40 800 800 678".into(),
            purpose: "national_hotline".into(),
            hours: "always".into(),
            free_of_charge: "on".into(),
            languages: vec!["ro".into(), "en".into()],
            last_verified: "2026-11-01".into(),
            version: "3".into(),
        };
        let (hotline, version) = input
            .parse(
                &organisation,
                HotlineId::new_random(),
                date!(2026 - 11 - 27),
            )
            .expect("a hotline reads");
        assert_eq!(version, Some(3));
        let again = HotlineInput::of(&hotline);
        assert_eq!(
            (
                again.number,
                again.purpose,
                again.hours,
                again.free_of_charge
            ),
            (
                input.number,
                input.purpose,
                input.hours,
                input.free_of_charge
            )
        );
        assert_eq!(again.languages, input.languages);
    }
}
