//! What can be wrong with the fields of the directory's forms, each worded once by its
//! message key, and the fields themselves (an id in the page and a label); `Problems` also
//! holds the checks the forms' fields share (a required choice, a list, a name, a website).

use strada_domain::directory::Slug;

use crate::forms::FormErrors;
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

    /// The problems, in the order of the form's fields.
    #[cfg(test)]
    pub fn all(&self) -> &[(Field, Problem)] {
        &self.0
    }

    pub(super) fn add(&mut self, field: Field, problem: Problem) {
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
    pub(super) fn required<T, E>(
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

    /// A required choice of a list, parsed by `parse`.
    pub(super) fn choice<T, E>(
        &mut self,
        field: Field,
        text: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        self.required(field, text, Problem::NotAChoice, parse)
    }

    /// A list's non-empty values, each parsed by `parse`.
    pub(super) fn list<T, E>(
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
    pub(super) fn name(&mut self, typed: &str) -> Option<String> {
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

    pub(super) fn city(&mut self, typed: &str) -> Option<String> {
        let city = typed.trim();
        if city.chars().count() > 100 {
            self.add(Field::City, Problem::City);
        }
        Some(city.to_owned()).filter(|city| !city.is_empty())
    }

    /// An `https://` address, or none.
    pub(super) fn website(&mut self, typed: &str) -> Option<String> {
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
    pub(super) fn or_value<T>(self, value: Option<T>) -> Result<T, Self> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self),
        }
    }
}
