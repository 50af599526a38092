//! The consultation form's values and choices: what the consultant typed turned into the
//! API's shape (times read on the organisation's clock), a record turned into the form, the
//! languages picked by name, and each field's problem put beside it in the consultant's
//! language.

use serde_json::{Map, Value};
use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationOutcome, ExploitationType, Topic,
    TraffickingConcern,
};
use strada_domain::time_zone::TimeZone;
use time::PrimitiveDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

use crate::AppState;
use crate::consultations::input::Problems;
use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;

/// The form's fields in the order the form shows them, with the message key of each label.
/// The field's `id` in the page is its name.
const FIELD_LABELS: &[(&str, &str)] = &[
    ("channel", "field-channel"),
    ("caller_type", "field-caller-type"),
    ("language", "field-contact-language"),
    ("topics", "field-topics"),
    ("destination_country", "field-destination"),
    ("trafficking_concern", "field-concern"),
    ("outcome", "field-outcome"),
    ("notes", "field-notes"),
    ("identified", "field-identified"),
    ("started_at", "field-started-at"),
    ("duration_minutes", "field-duration"),
    ("exploitation_types", "field-exploitation"),
    ("referred_to", "field-referred"),
];

/// How a `datetime-local` field writes a time (seconds are optional there).
const LOCAL_MINUTES: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]");
const LOCAL_SECONDS: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");

impl FormValues {
    /// Whether the less common fields hold anything, so their section opens by itself.
    pub fn has_details(&self) -> bool {
        [
            "identified",
            "started_at",
            "duration_minutes",
            "exploitation_types",
            "referred_to",
        ]
        .iter()
        .any(|name| self.0.iter().any(|(key, v)| key == name && !v.is_empty()))
    }

    /// The consultation's fields as the API's JSON object, to be read by the one parser; the
    /// start time typed on `zone`'s clock becomes an instant.
    pub fn to_json(&self, zone: &TimeZone) -> Value {
        let mut object = Map::new();
        for name in [
            "channel",
            "caller_type",
            "language",
            "destination_country",
            "trafficking_concern",
            "outcome",
            "notes",
        ] {
            let value = self.value(name);
            if !value.trim().is_empty() {
                object.insert(name.into(), Value::String(value));
            }
        }
        // Anonymous unless the consultant ticks that the caller gave their name.
        object.insert(
            "anonymous".into(),
            Value::Bool(self.value("identified") != "on"),
        );
        for name in ["topics", "exploitation_types", "referred_to"] {
            let items: Vec<Value> = self
                .0
                .iter()
                .filter(|(key, value)| key == name && !value.is_empty())
                .map(|(_, value)| Value::String(value.clone()))
                .collect();
            if !items.is_empty() {
                object.insert(name.into(), Value::Array(items));
            }
        }
        let duration = self.value("duration_minutes");
        if !duration.trim().is_empty() {
            object.insert(
                "duration_minutes".into(),
                duration
                    .trim()
                    .parse::<u64>()
                    .map(Value::from)
                    .unwrap_or(Value::String(duration)),
            );
        }
        let started = self.value("started_at");
        let started = started.trim();
        if !started.is_empty() {
            let instant = PrimitiveDateTime::parse(started, LOCAL_MINUTES)
                .or_else(|_| PrimitiveDateTime::parse(started, LOCAL_SECONDS))
                .ok()
                .and_then(|local| zone.instant(local))
                .and_then(|instant| instant.format(&Rfc3339).ok());
            // What is not a time on the form's clock goes on as typed, for the parser to refuse.
            object.insert(
                "started_at".into(),
                Value::String(instant.unwrap_or_else(|| started.to_owned())),
            );
        }
        Value::Object(object)
    }

    /// A recorded consultation as the form shows it, its start on `zone`'s clock.
    pub fn from_consultation(consultation: &Consultation, zone: &TimeZone) -> Self {
        let details = &consultation.details;
        let mut pairs = vec![
            ("channel".to_owned(), details.channel.code().to_owned()),
            (
                "caller_type".to_owned(),
                details.caller_type.code().to_owned(),
            ),
            ("language".to_owned(), details.language.to_string()),
            (
                "trafficking_concern".to_owned(),
                details.trafficking_concern.code().to_owned(),
            ),
            (
                "started_at".to_owned(),
                zone.local(details.started_at)
                    .format(LOCAL_MINUTES)
                    .unwrap_or_default(),
            ),
        ];
        if !details.anonymous {
            pairs.push(("identified".into(), "on".into()));
        }
        pairs.extend(
            details
                .topics
                .iter()
                .map(|t| ("topics".to_owned(), t.code().to_owned())),
        );
        pairs.extend(
            details
                .exploitation_types
                .iter()
                .map(|t| ("exploitation_types".to_owned(), t.code().to_owned())),
        );
        pairs.extend(
            details
                .referred_to
                .iter()
                .map(|s| ("referred_to".to_owned(), s.to_string())),
        );
        if let Some(country) = details.destination_country {
            pairs.push(("destination_country".into(), country.to_string()));
        }
        if let Some(outcome) = details.outcome {
            pairs.push(("outcome".into(), outcome.code().to_owned()));
        }
        if let Some(minutes) = details.duration_minutes {
            pairs.push(("duration_minutes".into(), minutes.to_string()));
        }
        if let Some(notes) = &details.notes {
            pairs.push(("notes".into(), notes.clone()));
        }
        Self(pairs)
    }
}

/// The parser's problems as the form shows them: translated, in the form's order.
pub fn form_errors(problems: &Problems, tr: Translator) -> FormErrors {
    let mut errors = FormErrors::new();
    for (field, label) in FIELD_LABELS {
        let name = if *field == "identified" {
            "anonymous"
        } else {
            field
        };
        if let Some(problem) = problems.get(name) {
            errors.add(tr, field, label, problem.message_key());
        }
    }
    errors
}

/// The choices of the form, labelled in the user's language.
pub struct FormOptions {
    pub channels: Vec<(&'static str, String)>,
    pub callers: Vec<(&'static str, String)>,
    pub languages: Vec<(String, String)>,
    pub topics: Vec<(&'static str, String)>,
    pub concerns: Vec<(&'static str, String)>,
    pub exploitation: Vec<(&'static str, String)>,
    pub outcomes: Vec<(&'static str, String)>,
    pub countries: Vec<(String, String)>,
    pub organisations: Vec<(String, String)>,
}

impl FormOptions {
    pub fn new(tr: Translator, state: &AppState) -> Self {
        let directory = state.directory();
        let mut countries: Vec<(String, String)> = directory
            .countries()
            .into_iter()
            .map(|c| (c.to_string(), tr.country(c)))
            .collect();
        tr.sort_by_name(&mut countries, |(_, name)| name);
        let languages = crate::forms::language_choices(tr, &[]);
        let mut organisations: Vec<(String, String)> = directory
            .organisations()
            .iter()
            .map(|o| (o.slug.to_string(), o.name.clone()))
            .collect();
        tr.sort_by_name(&mut organisations, |(_, name)| name);
        Self {
            channels: tr.choices::<Channel>(),
            callers: tr.choices::<CallerType>(),
            languages,
            topics: tr.choices::<Topic>(),
            concerns: tr.choices::<TraffickingConcern>(),
            exploitation: tr.choices::<ExploitationType>(),
            outcomes: tr.choices::<ConsultationOutcome>(),
            countries,
            organisations,
        }
    }

    /// Keeps a recorded language that the list does not name (one the API recorded) choosable,
    /// so that editing the record does not change it.
    pub fn keep_language(&mut self, tag: &str, tr: Translator) {
        if !tag.is_empty() && !self.languages.iter().any(|(code, _)| code == tag) {
            self.languages = crate::forms::language_choices(tr, &[tag]);
        }
    }
}
