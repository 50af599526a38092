//! Staff forms: the values as typed and the one way a form shows what is wrong.
//!
//! Each write's input type keeps its fields as text (`Typed`, or a list of strings), so an
//! error never loses what was typed; `FormValues` holds a form's pairs where a page shows them
//! by name (the consultation form, the filters). `FormErrors` shows each problem in the
//! reader's language beside its field (`aria-invalid`, `aria-describedby`), and in a summary
//! above the form that links to each field, focused and read out when the page opens. Parsers
//! say *what* is wrong as a message key; only this module turns it into words.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer};

use crate::i18n::Translator;

/// One field of an input type as typed, read by `serde_html_form`: the last value when a
/// name comes twice, as the form shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Typed(String);

impl Typed {
    pub fn into_string(self) -> String {
        self.0
    }
}

impl From<String> for Typed {
    fn from(text: String) -> Self {
        Self(text)
    }
}

impl From<&str> for Typed {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl Deref for Typed {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Typed {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Typed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let values = Vec::<String>::deserialize(deserializer)?;
        Ok(Self(values.into_iter().last().unwrap_or_default()))
    }
}

/// Whether a field as typed holds the choice `code`: the templates' `selected` and `checked`.
pub trait Chosen {
    fn has(&self, code: &str) -> bool;
}

impl Chosen for Typed {
    fn has(&self, code: &str) -> bool {
        self.0 == code
    }
}

impl Chosen for Vec<String> {
    fn has(&self, code: &str) -> bool {
        self.iter().any(|value| value == code)
    }
}

/// What a form shows: the submitted pairs as typed, repeated names included.
#[derive(Debug, Clone, Default)]
pub struct FormValues(pub(crate) Vec<(String, String)>);

impl FormValues {
    /// The pairs of a submission, without its CSRF token.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self(
            pairs
                .into_iter()
                .filter(|(key, _)| key != "csrf_token")
                .collect(),
        )
    }

    /// The last value of `name`, or nothing.
    pub fn value(&self, name: &str) -> String {
        self.0
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every non-empty value of `name`, in order.
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(key, value)| key == name && !value.is_empty())
            .map(|(_, value)| value.as_str())
            .collect()
    }

    pub fn has(&self, name: &str, value: impl AsRef<str>) -> bool {
        self.0
            .iter()
            .any(|(key, v)| key == name && v == value.as_ref())
    }
}

/// One field's problem, translated.
pub struct FieldError {
    /// The field's `id` in the page, which the summary links to.
    pub field: String,
    /// The field's label, so the summary reads "Language: choose one of the list".
    pub label: String,
    pub message: String,
}

/// The problems of a submitted form, in the order of the form's fields.
#[derive(Default)]
pub struct FormErrors {
    errors: Vec<FieldError>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the problem `message_key` of the field whose id is `field` and whose label is the
    /// message `label_key`; the first problem of a field is the one shown.
    pub fn add(&mut self, tr: Translator, field: &str, label_key: &str, message_key: &str) {
        self.add_message(tr, field, label_key, tr.t(message_key));
    }

    /// Like `add`, with a message already made (one with arguments).
    pub fn add_message(&mut self, tr: Translator, field: &str, label_key: &str, message: String) {
        if self.errors.iter().any(|error| error.field == field) {
            return;
        }
        self.errors.push(FieldError {
            field: field.to_owned(),
            label: tr.t(label_key),
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The problems, for the summary.
    pub fn all(&self) -> &[FieldError] {
        &self.errors
    }

    /// The message beside the field `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|error| error.field == field)
            .map(|error| error.message.as_str())
    }

    /// For a group of fields (a `fieldset`, where `aria-invalid` has no meaning): only
    /// ` aria-describedby="{field}-error"` when it has a message.
    pub fn description(&self, field: &str) -> String {
        if self.get(field).is_some() {
            format!(r#" aria-describedby="{field}-error""#)
        } else {
            String::new()
        }
    }

    /// The attributes that tie a field to its message: ` aria-invalid="true"
    /// aria-describedby="{field}-error"` when it has one, else nothing. Field ids are the
    /// templates' own constants, never what a visitor typed.
    pub fn attributes(&self, field: &str) -> String {
        if self.get(field).is_some() {
            format!(r#" aria-invalid="true" aria-describedby="{field}-error""#)
        } else {
            String::new()
        }
    }
}

/// The languages a form offers, by name in the reader's language (those the translations
/// name, `language-*`), sorted by name; `keep` adds tags already recorded that the list lacks.
pub fn language_choices(tr: Translator, keep: &[&str]) -> Vec<(String, String)> {
    const NAMED: &[&str] = &[
        "be", "bg", "bs", "ca", "cs", "da", "de", "en", "es", "fi", "fr", "hr", "it", "mk", "nl",
        "pl", "pt", "ro", "ru", "sq", "sr", "sv", "th", "tr", "uk",
    ];
    let mut choices: Vec<(String, String)> = NAMED
        .iter()
        .chain(keep.iter().filter(|tag| !NAMED.contains(tag)))
        .filter_map(|code| strada_domain::language::LanguageTag::parse(code).ok())
        .map(|tag| (tag.to_string(), tr.language_name(&tag)))
        .collect();
    tr.sort_by_name(&mut choices, |(_, name)| name);
    choices
}
