//! The one input type of a consultation's write, `ConsultationInput`: read from the API's
//! JSON body by serde, or from the staff form (`ConsultationForm`, read by `serde_html_form`),
//! then parsed into `ConsultationDetails` with one `Problem` per wrong field, every field
//! read whatever the others hold. Unknown fields are errors: a typo such as `note` must not
//! drop what the consultant wrote. The API answers each problem in English; the form shows
//! it in the consultant's language (`Problem::message_key`).

mod form;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use strada_domain::consultations::{
    CallerType, Channel, ConsultationDetails, ConsultationField, ConsultationOutcome,
    ExploitationType, MAX_DURATION_MINUTES, MAX_NOTES_CHARACTERS, Topic, TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{Directory, Slug};
use strada_domain::language::LanguageTag;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

pub use crate::input::{Problem, Problems, Sent, in_english};
pub use form::ConsultationForm;
pub(in crate::consultations) use form::LOCAL_MINUTES;

use crate::input::{InputField, Reader};

/// How far in the future a start time may be (clocks differ a little).
const CLOCK_SKEW: Duration = Duration::minutes(5);

/// A consultation as a client sent it, each field not yet checked. Its fields are
/// `ConsultationField`'s names (a unit test holds them together).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConsultationInput {
    pub channel: Sent<String>,
    pub caller_type: Sent<String>,
    pub anonymous: Sent<bool>,
    pub language: Sent<String>,
    pub topics: Sent<Vec<Sent<String>>>,
    pub destination_country: Sent<String>,
    pub trafficking_concern: Sent<String>,
    pub exploitation_types: Sent<Vec<Sent<String>>>,
    pub duration_minutes: Sent<u64>,
    /// An RFC 3339 time.
    pub started_at: Sent<String>,
    pub outcome: Sent<String>,
    pub referred_to: Sent<Vec<Sent<String>>>,
    pub notes: Sent<String>,
    /// Names that are not a consultation's fields: each is an error.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, IgnoredAny>,
}

impl ConsultationInput {
    /// A JSON body's consultation; a body that is not an object is the problem of `body`.
    pub fn from_json(value: Value) -> Result<Self, Problems> {
        crate::input::from_json(value)
    }

    /// The consultation, or every field's problem; `now` fills a missing start time;
    /// referrals must name organisations of the directory.
    pub fn parse(
        self,
        directory: &Directory,
        now: OffsetDateTime,
    ) -> Result<ConsultationDetails, Problems> {
        use ConsultationField as Field;
        let mut reader = Reader::default();
        for name in self.unknown.keys() {
            reader
                .problems
                .insert(name.clone(), Problem::UnknownField("consultation"));
        }
        let channel = reader.required_code(Field::Channel, self.channel, Channel::parse);
        let caller_type =
            reader.required_code(Field::CallerType, self.caller_type, CallerType::parse);
        let anonymous = match self.anonymous {
            Sent::Absent => true,
            Sent::Given(anonymous) => anonymous,
            Sent::WrongKind => {
                reader.fail::<()>(Field::Anonymous, Problem::NotFlag);
                true
            }
        };
        let language = reader.required_code(Field::Language, self.language, LanguageTag::parse);
        let topics = reader.list(Field::Topics, self.topics, Topic::parse);
        if topics.is_empty() {
            reader.fail::<()>(Field::Topics, Problem::NoTopic);
        }
        let destination_country = reader.optional_code(
            Field::DestinationCountry,
            self.destination_country,
            CountryCode::parse,
        );
        let trafficking_concern = reader
            .optional_code(
                Field::TraffickingConcern,
                self.trafficking_concern,
                TraffickingConcern::parse,
            )
            .unwrap_or(TraffickingConcern::None);
        let exploitation_types = reader.list(
            Field::ExploitationTypes,
            self.exploitation_types,
            ExploitationType::parse,
        );
        let duration_minutes = match self.duration_minutes {
            Sent::Absent => None,
            Sent::Given(minutes) => match u32::try_from(minutes) {
                Ok(minutes) if minutes <= MAX_DURATION_MINUTES => Some(minutes),
                _ => reader.fail(Field::DurationMinutes, Problem::Duration),
            },
            Sent::WrongKind => reader.fail(Field::DurationMinutes, Problem::Duration),
        };
        let started_at = match reader.text(Field::StartedAt, self.started_at) {
            None => now,
            Some(text) => match OffsetDateTime::parse(&text, &Rfc3339) {
                Ok(time) if time <= now + CLOCK_SKEW => time,
                Ok(_) => reader
                    .fail(Field::StartedAt, Problem::InTheFuture)
                    .unwrap_or(now),
                Err(_) => reader
                    .fail(Field::StartedAt, Problem::NotATime)
                    .unwrap_or(now),
            },
        };
        let outcome =
            reader.optional_code(Field::Outcome, self.outcome, ConsultationOutcome::parse);
        let referred_to = reader.list(Field::ReferredTo, self.referred_to, |text| {
            Slug::parse(text)
                .ok()
                .filter(|slug| directory.organisation(slug.as_str()).is_some())
                .ok_or_else(|| Problem::NotAnOrganisation(text.chars().take(80).collect()))
        });
        let notes = match reader.text(Field::Notes, self.notes) {
            Some(text) if text.chars().count() > MAX_NOTES_CHARACTERS => {
                reader.fail(Field::Notes, Problem::NotesTooLong)
            }
            Some(text) if text.contains('\0') => reader.fail(Field::Notes, Problem::NulCharacter),
            Some(text) => Some(text.trim().to_owned()).filter(|notes| !notes.is_empty()),
            None => None,
        };
        match (channel, caller_type, language) {
            (Some(channel), Some(caller_type), Some(language)) if reader.problems.is_empty() => {
                Ok(ConsultationDetails {
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
                })
            }
            _ => Err(reader.problems),
        }
    }
}

impl InputField for ConsultationField {
    fn name(self) -> &'static str {
        ConsultationField::name(self)
    }
}
