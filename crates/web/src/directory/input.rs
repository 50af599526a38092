//! The organisation forms read into domain values: a new organisation, a profile, a hotline.
//! Each field is parsed once here (`Slug`, `CountryCode`, `PhoneNumber`, `LanguageTag`,
//! `TimeZone`, the code enums); a wrong one gets a message key beside its field, and nothing
//! is stored while any field is wrong.

use strada_domain::country_code::CountryCode;
use strada_domain::directory::{
    AssistanceService, Hotline, HotlineHours, HotlinePurpose, Membership, Organisation,
    PhoneNumber, Slug,
};
use strada_domain::ids::{HotlineId, OrganisationId};
use strada_domain::language::LanguageTag;
use strada_domain::time_zone::TimeZone;
use time::{Date, OffsetDateTime};

use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;

/// Collects a form's problems as it is read.
pub struct Reader<'a> {
    pub form: &'a FormValues,
    pub errors: FormErrors,
    tr: Translator,
}

impl<'a> Reader<'a> {
    pub fn new(form: &'a FormValues, tr: Translator) -> Self {
        Self {
            form,
            errors: FormErrors::new(),
            tr,
        }
    }

    fn fail(&mut self, field: &str, label_key: &str, message_key: &str) {
        self.errors.add(self.tr, field, label_key, message_key);
    }

    /// `name` parsed by `parse`; `field` is the field's id in the page.
    fn parse<T, E>(
        &mut self,
        name: &str,
        field: &str,
        label_key: &str,
        message_key: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        let text = self.form.value(name);
        if text.trim().is_empty() {
            self.fail(field, label_key, "form-error-required");
            return None;
        }
        match parse(text.trim()) {
            Ok(value) => Some(value),
            Err(_) => {
                self.fail(field, label_key, message_key);
                None
            }
        }
    }

    fn list<T, E>(
        &mut self,
        name: &str,
        field: &str,
        label_key: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Vec<T> {
        let mut items = Vec::new();
        for text in self.form.values(name) {
            match parse(text) {
                Ok(item) => items.push(item),
                Err(_) => self.fail(field, label_key, "form-error-choice"),
            }
        }
        items
    }

    fn name(&mut self, field: &str) -> Option<String> {
        let name = self.form.value("name").trim().to_owned();
        if name.is_empty() {
            self.fail(field, "organisations-name", "form-error-required");
            None
        } else if !(2..=150).contains(&name.chars().count()) || Slug::from_name(&name).is_err() {
            self.fail(field, "organisations-name", "organisation-error-name");
            None
        } else {
            Some(name)
        }
    }

    fn city(&mut self, field: &str) -> Option<String> {
        let city = self.form.value("city").trim().to_owned();
        if city.chars().count() > 100 {
            self.fail(field, "organisations-city", "organisation-error-city");
        }
        Some(city).filter(|city| !city.is_empty())
    }

    fn website(&mut self, field: &str) -> Option<String> {
        let website = self.form.value("website").trim().to_owned();
        if website.is_empty() {
            return None;
        }
        let host = website.strip_prefix("https://").unwrap_or("");
        if host.is_empty() || host.contains(char::is_whitespace) || website.len() > 300 {
            self.fail(field, "member-website", "organisation-error-website");
            return None;
        }
        Some(website)
    }

    /// Whether the form is free of problems.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }
}

/// A new organisation from the create form.
pub fn read_new_organisation(reader: &mut Reader) -> Option<Organisation> {
    let name = reader.name("organisation-name");
    let country = reader.parse(
        "country",
        "organisation-country",
        "filter-country",
        "form-error-choice",
        CountryCode::parse,
    );
    let city = reader.city("organisation-city");
    let membership = reader.parse(
        "membership",
        "organisation-membership",
        "filter-membership",
        "form-error-choice",
        Membership::parse,
    );
    let website = reader.website("organisation-website");
    let (Some(name), Some(country), Some(membership), true) =
        (name, country, membership, reader.is_clean())
    else {
        return None;
    };
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
}

/// An organisation's profile as edited: `current` with the form's values. Only those who may
/// manage organisations change the membership.
pub fn read_profile(
    reader: &mut Reader,
    current: &Organisation,
    may_change_membership: bool,
) -> Option<Organisation> {
    let name = reader.name("profile-name");
    let city = reader.city("profile-city");
    let website = reader.website("profile-website");
    let membership = if may_change_membership {
        reader.parse(
            "membership",
            "profile-membership",
            "filter-membership",
            "form-error-choice",
            Membership::parse,
        )
    } else {
        Some(current.membership)
    };
    let time_zone = reader.parse(
        "time_zone",
        "profile-time-zone",
        "organisation-time-zone",
        "form-error-choice",
        TimeZone::parse,
    );
    let languages = reader.list(
        "languages",
        "profile-languages",
        "member-languages",
        LanguageTag::parse,
    );
    let services = reader.list(
        "services",
        "profile-services",
        "filter-service",
        AssistanceService::parse,
    );
    let (Some(name), Some(membership), Some(time_zone), true) =
        (name, membership, time_zone, reader.is_clean())
    else {
        return None;
    };
    Some(Organisation {
        name,
        city,
        website,
        membership,
        time_zone,
        languages,
        services,
        ..current.clone()
    })
}

/// A hotline of `organisation` from its form; `id` is the hotline's (a new one for a new
/// hotline). `prefix` tells the fields of one hotline's form from another's.
pub fn read_hotline(
    reader: &mut Reader,
    organisation: &Organisation,
    id: HotlineId,
    prefix: &str,
    today: Date,
) -> Option<Hotline> {
    let number = reader.parse(
        "number",
        &format!("{prefix}-number"),
        "hotline-number",
        "hotline-error-number",
        PhoneNumber::parse,
    );
    let purpose = reader.parse(
        "purpose",
        &format!("{prefix}-purpose"),
        "hotline-purpose",
        "form-error-choice",
        HotlinePurpose::parse,
    );
    let hours = reader.parse(
        "hours",
        &format!("{prefix}-hours"),
        "hotline-hours",
        "form-error-choice",
        HotlineHours::parse,
    );
    let languages = reader.list(
        "languages",
        &format!("{prefix}-languages"),
        "member-languages",
        LanguageTag::parse,
    );
    let verified_field = format!("{prefix}-verified");
    let last_verified = reader.parse(
        "last_verified",
        &verified_field,
        "hotline-last-verified",
        "hotline-error-verified",
        |text| Date::parse(text, &time::format_description::well_known::Iso8601::DATE),
    );
    if last_verified.is_some_and(|date| date > today) {
        reader.fail(
            &verified_field,
            "hotline-last-verified",
            "hotline-error-verified-future",
        );
    }
    let (Some(number), Some(purpose), Some(hours), Some(last_verified), true) =
        (number, purpose, hours, last_verified, reader.is_clean())
    else {
        return None;
    };
    Some(Hotline {
        id,
        organisation_id: organisation.id,
        country: organisation.country,
        number,
        purpose,
        hours,
        free_of_charge: reader.form.value("free_of_charge") == "on",
        languages,
        last_verified,
        demo: false,
    })
}

/// The version a form was made on.
pub fn read_version(form: &FormValues) -> Option<i64> {
    form.value("version").trim().parse().ok()
}

/// Today in UTC (a date of verification may not be later).
pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}
