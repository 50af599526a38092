//! Reading a write's input, the same for every feature: `Sent<T>` keeps a field of the wrong
//! kind apart instead of failing the whole JSON body, and `Reader` collects every field's
//! `Problem` (the first of each field), so that a client or a form hears of every wrong field
//! at once. Each feature's input type names its fields through `InputField`.

mod problem;

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer};
use serde_json::Value;

pub use problem::Problem;

use crate::params::FieldErrors;

/// Field problems, by field name.
pub type Problems = BTreeMap<String, Problem>;

/// The most items a list field takes.
pub const MAX_ITEMS: usize = 50;

/// A JSON body read into the input type `T`; a body that is not an object is the problem of
/// `body`.
pub fn from_json<T: DeserializeOwned>(value: Value) -> Result<T, Problems> {
    let not_an_object = || Problems::from([("body".into(), Problem::NotAnObject)]);
    if !value.is_object() {
        return Err(not_an_object());
    }
    serde_json::from_value(value).map_err(|_| not_an_object())
}

/// A field of an input type, by the name the API and the form give it.
pub trait InputField: Copy {
    fn name(self) -> &'static str;
}

/// One field as sent: nothing (absent or `null`), a value of the kind the field takes, or a
/// value of another kind. A value of the wrong kind is kept apart rather than failing the
/// whole body, so that every other field is still read and its problem said.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Sent<T> {
    #[default]
    Absent,
    Given(T),
    WrongKind,
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Sent<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if value.is_null() {
            return Ok(Self::Absent);
        }
        Ok(serde_json::from_value(value).map_or(Self::WrongKind, Self::Given))
    }
}

/// The problems as the API says them: in English, by field name.
pub fn in_english(problems: Problems) -> FieldErrors {
    problems
        .into_iter()
        .map(|(field, problem)| (field, problem.english()))
        .collect()
}

/// The problems found so far; a field's first problem is the one kept.
#[derive(Default)]
pub struct Reader {
    pub problems: Problems,
}

impl Reader {
    /// Notes `problem` of `field`; `None`, for the field's value.
    pub fn fail<T>(&mut self, field: impl InputField, problem: Problem) -> Option<T> {
        self.problems
            .entry(field.name().to_owned())
            .or_insert(problem);
        None
    }

    pub fn text(&mut self, field: impl InputField, sent: Sent<String>) -> Option<String> {
        match sent {
            Sent::Absent => None,
            Sent::Given(text) => Some(text),
            Sent::WrongKind => self.fail(field, Problem::NotText),
        }
    }

    pub fn required_code<T, E: std::fmt::Display>(
        &mut self,
        field: impl InputField,
        sent: Sent<String>,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        if sent == Sent::Absent {
            return self.fail(field, Problem::Required);
        }
        self.optional_code(field, sent, parse)
    }

    pub fn optional_code<T, E: std::fmt::Display>(
        &mut self,
        field: impl InputField,
        sent: Sent<String>,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        let text = self.text(field, sent)?;
        match parse(&text) {
            Ok(value) => Some(value),
            Err(error) => self.fail(field, Problem::NotACode(error.to_string())),
        }
    }

    /// A list's items, each once, in the order sent.
    pub fn list<T: PartialEq, E: Into<Problem>>(
        &mut self,
        field: impl InputField,
        sent: Sent<Vec<Sent<String>>>,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Vec<T> {
        let items = match sent {
            Sent::Absent => return Vec::new(),
            Sent::WrongKind => return self.fail(field, Problem::NotList).unwrap_or_default(),
            Sent::Given(items) if items.len() > MAX_ITEMS => {
                return self.fail(field, Problem::TooManyItems).unwrap_or_default();
            }
            Sent::Given(items) => items,
        };
        let mut parsed = Vec::new();
        for item in items {
            let Sent::Given(text) = item else {
                self.fail::<()>(field, Problem::NotList);
                continue;
            };
            match parse(&text) {
                Ok(value) if !parsed.contains(&value) => parsed.push(value),
                Ok(_) => {}
                Err(error) => {
                    self.fail::<()>(field, error.into());
                }
            }
        }
        parsed
    }
}
