//! A consultation as sent by a client (JSON, or a form turned into the same shape), read into
//! `ConsultationDetails` with one `Problem` per wrong field. Unknown fields are errors: a typo
//! such as `note` must not drop what the consultant wrote. The API answers each problem in
//! English; the form shows it in the consultant's language (`Problem::message_key`).

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use strada_domain::consultations::{
    CallerType, Channel, ConsultationDetails, ConsultationOutcome, ExploitationType,
    MAX_DURATION_MINUTES, MAX_NOTES_CHARACTERS, Topic, TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{Directory, Slug};
use strada_domain::language::LanguageTag;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// Field errors in English, by field name, as the API sends them.
pub type FieldErrors = BTreeMap<String, String>;

/// Field problems, by field name.
pub type Problems = BTreeMap<String, Problem>;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Required,
    NotText,
    NotList,
    NotFlag,
    /// Not one of the codes of the field; the English text names the standard.
    NotACode(String),
    TooManyItems,
    NoTopic,
    Duration,
    InTheFuture,
    NotATime,
    NotAnOrganisation(String),
    NotesTooLong,
    NulCharacter,
    UnknownField,
    NotAnObject,
}

impl Problem {
    /// The API's message.
    pub fn english(&self) -> String {
        match self {
            Self::Required => "is required".into(),
            Self::NotText => "must be a string".into(),
            Self::NotList => "must be an array of strings".into(),
            Self::NotFlag => "must be true or false".into(),
            Self::NotACode(message) => message.clone(),
            Self::TooManyItems => "has too many items".into(),
            Self::NoTopic => "needs at least one topic".into(),
            Self::Duration => {
                format!("must be a whole number of minutes from 0 to {MAX_DURATION_MINUTES}")
            }
            Self::InTheFuture => "is in the future".into(),
            Self::NotATime => "must be an RFC 3339 time, e.g. 2026-11-27T14:05:00Z".into(),
            Self::NotAnOrganisation(text) => {
                format!("`{text}` is not an organisation of the network")
            }
            Self::NotesTooLong => format!("has more than {MAX_NOTES_CHARACTERS} characters"),
            Self::NulCharacter => "contains a NUL character".into(),
            Self::UnknownField => "is not a field of a consultation".into(),
            Self::NotAnObject => "must be a JSON object".into(),
        }
    }

    /// The message key of the form's words for it (in `staff.ftl`).
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::Required => "form-error-required",
            Self::NotText
            | Self::NotList
            | Self::NotFlag
            | Self::NotACode(_)
            | Self::UnknownField
            | Self::NotAnObject
            | Self::NotAnOrganisation(_) => "form-error-choice",
            Self::TooManyItems => "form-error-too-many",
            Self::NoTopic => "consultation-error-topics",
            Self::Duration => "consultation-error-duration",
            Self::InTheFuture => "consultation-error-future",
            Self::NotATime => "consultation-error-time",
            Self::NotesTooLong => "consultation-error-notes-long",
            Self::NulCharacter => "form-error-characters",
        }
    }
}

const FIELDS: &[&str] = &[
    "channel",
    "caller_type",
    "anonymous",
    "language",
    "topics",
    "destination_country",
    "trafficking_concern",
    "exploitation_types",
    "duration_minutes",
    "started_at",
    "outcome",
    "referred_to",
    "notes",
];

/// How far in the future a start time may be (clocks differ a little).
const CLOCK_SKEW: Duration = Duration::minutes(5);

struct Reader<'a> {
    object: &'a Map<String, Value>,
    errors: Problems,
}

impl<'a> Reader<'a> {
    fn value(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name).filter(|value| !value.is_null())
    }

    fn fail(&mut self, name: &str, problem: Problem) {
        self.errors.entry(name.to_owned()).or_insert(problem);
    }

    fn text(&mut self, name: &str) -> Option<&'a str> {
        match self.value(name) {
            None => None,
            Some(Value::String(text)) => Some(text.as_str()),
            Some(_) => {
                self.fail(name, Problem::NotText);
                None
            }
        }
    }

    fn required_code<T, E: std::fmt::Display>(
        &mut self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        match self.text(name) {
            None => {
                if !self.errors.contains_key(name) {
                    self.fail(name, Problem::Required);
                }
                None
            }
            Some(text) => self.parse_with(name, text, parse),
        }
    }

    fn optional_code<T, E: std::fmt::Display>(
        &mut self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        let text = self.text(name)?;
        self.parse_with(name, text, parse)
    }

    fn parse_with<T, E: std::fmt::Display>(
        &mut self,
        name: &str,
        text: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        match parse(text) {
            Ok(value) => Some(value),
            Err(error) => {
                self.fail(name, Problem::NotACode(error.to_string()));
                None
            }
        }
    }

    fn list<T: PartialEq, E: Into<Problem>>(
        &mut self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, E>,
    ) -> Vec<T> {
        let items = match self.value(name) {
            None => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.fail(name, Problem::NotList);
                return Vec::new();
            }
        };
        if items.len() > 50 {
            self.fail(name, Problem::TooManyItems);
            return Vec::new();
        }
        let mut parsed = Vec::new();
        for item in items {
            match item.as_str().map(&parse) {
                Some(Ok(value)) => {
                    if !parsed.contains(&value) {
                        parsed.push(value);
                    }
                }
                Some(Err(error)) => self.fail(name, error.into()),
                None => self.fail(name, Problem::NotList),
            }
        }
        parsed
    }
}

impl From<strada_domain::codes::UnknownCode> for Problem {
    fn from(error: strada_domain::codes::UnknownCode) -> Self {
        Self::NotACode(error.to_string())
    }
}

/// Reads a consultation, with the API's English messages; `now` fills a missing start time;
/// referrals must name organisations of the directory.
pub fn read_consultation(
    value: &Value,
    directory: &Directory,
    now: OffsetDateTime,
) -> Result<ConsultationDetails, FieldErrors> {
    read_consultation_problems(value, directory, now).map_err(|problems| {
        problems
            .into_iter()
            .map(|(field, problem)| (field, problem.english()))
            .collect()
    })
}

/// Reads a consultation, naming each field's problem.
pub fn read_consultation_problems(
    value: &Value,
    directory: &Directory,
    now: OffsetDateTime,
) -> Result<ConsultationDetails, Problems> {
    let Some(object) = value.as_object() else {
        let mut errors = Problems::new();
        errors.insert("body".into(), Problem::NotAnObject);
        return Err(errors);
    };
    let mut reader = Reader {
        object,
        errors: Problems::new(),
    };
    for name in object.keys() {
        if !FIELDS.contains(&name.as_str()) {
            reader.fail(name, Problem::UnknownField);
        }
    }
    let channel = reader.required_code("channel", Channel::parse);
    let caller_type = reader.required_code("caller_type", CallerType::parse);
    let anonymous = match reader.value("anonymous") {
        None => true,
        Some(Value::Bool(anonymous)) => *anonymous,
        Some(_) => {
            reader.fail("anonymous", Problem::NotFlag);
            true
        }
    };
    let language = reader.required_code("language", LanguageTag::parse);
    let topics = reader.list("topics", Topic::parse);
    if topics.is_empty() && !reader.errors.contains_key("topics") {
        reader.fail("topics", Problem::NoTopic);
    }
    let destination_country = reader.optional_code("destination_country", CountryCode::parse);
    let trafficking_concern = reader
        .optional_code("trafficking_concern", TraffickingConcern::parse)
        .unwrap_or(TraffickingConcern::None);
    let exploitation_types = reader.list("exploitation_types", ExploitationType::parse);
    let duration_minutes = match reader.value("duration_minutes") {
        None => None,
        Some(value) => match value
            .as_u64()
            .and_then(|minutes| u32::try_from(minutes).ok())
        {
            Some(minutes) if minutes <= MAX_DURATION_MINUTES => Some(minutes),
            _ => {
                reader.fail("duration_minutes", Problem::Duration);
                None
            }
        },
    };
    let started_at = match reader.text("started_at") {
        None => now,
        Some(text) => match OffsetDateTime::parse(text, &Rfc3339) {
            Ok(time) if time <= now + CLOCK_SKEW => time,
            Ok(_) => {
                reader.fail("started_at", Problem::InTheFuture);
                now
            }
            Err(_) => {
                reader.fail("started_at", Problem::NotATime);
                now
            }
        },
    };
    let outcome = reader.optional_code("outcome", ConsultationOutcome::parse);
    let referred_to = reader.list("referred_to", |text| {
        Slug::parse(text)
            .ok()
            .filter(|slug| directory.organisation(slug.as_str()).is_some())
            .ok_or_else(|| Problem::NotAnOrganisation(text.chars().take(80).collect()))
    });
    let notes = match reader.text("notes") {
        Some(text) if text.chars().count() > MAX_NOTES_CHARACTERS => {
            reader.fail("notes", Problem::NotesTooLong);
            None
        }
        Some(text) if text.contains('\0') => {
            reader.fail("notes", Problem::NulCharacter);
            None
        }
        Some(text) => Some(text.trim().to_owned()).filter(|notes| !notes.is_empty()),
        None => None,
    };
    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    match (channel, caller_type, language) {
        (Some(channel), Some(caller_type), Some(language)) => Ok(ConsultationDetails {
            channel,
            caller_type,
            anonymous,
            language,
            topics,
            destination_country,
            trafficking_concern,
            exploitation_types,
            duration_minutes,
            started_at,
            outcome,
            referred_to,
            notes,
        }),
        _ => Err(reader.errors),
    }
}
