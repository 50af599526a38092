//! The staff form of a consultation, as the posted-form extractor reads it with
//! `serde_html_form` (a list is its name repeated), turned into the one `ConsultationInput`:
//! blank fields are absent, the checkbox "the caller gave their name" is the opposite of
//! `anonymous`, and the start time is typed on the organisation's clock. The form as typed is
//! also what the page shows again beside its problems (`values`).

use serde::Deserialize;
use strada_domain::time_zone::TimeZone;
use time::PrimitiveDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

use super::{ConsultationInput, Sent};
use crate::forms::{FormValues, Typed};

/// How a `datetime-local` field writes a time (seconds are optional there).
pub(in crate::consultations) const LOCAL_MINUTES: &[time::format_description::FormatItem<
    'static,
>] = format_description!("[year]-[month]-[day]T[hour]:[minute]");
const LOCAL_SECONDS: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");

/// The consultation form's fields as typed; a single field sent twice is read as the form
/// shows it, by its last value. `submission` is the form's own id, which makes a double
/// submission record once; other names (`csrf_token`) are not read here.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConsultationForm {
    channel: Typed,
    caller_type: Typed,
    /// The checkbox: `on` when the caller gave their name.
    identified: Typed,
    language: Typed,
    topics: Vec<String>,
    destination_country: Typed,
    trafficking_concern: Typed,
    exploitation_types: Vec<String>,
    duration_minutes: Typed,
    /// On the organisation's clock, as a `datetime-local` field writes it.
    started_at: Typed,
    outcome: Typed,
    referred_to: Vec<String>,
    notes: Typed,
    submission: Typed,
}

impl ConsultationForm {
    /// The form's own id, when it has a usable one.
    pub fn submission(&self) -> Option<&str> {
        Some(&*self.submission).filter(|key| !key.is_empty() && key.len() <= 64)
    }

    /// The values as typed, for the page that shows the form again.
    pub fn values(&self) -> FormValues {
        let single = [
            ("channel", &self.channel),
            ("caller_type", &self.caller_type),
            ("identified", &self.identified),
            ("language", &self.language),
            ("destination_country", &self.destination_country),
            ("trafficking_concern", &self.trafficking_concern),
            ("duration_minutes", &self.duration_minutes),
            ("started_at", &self.started_at),
            ("outcome", &self.outcome),
            ("notes", &self.notes),
            ("submission", &self.submission),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| (name, value.to_string()));
        let lists = [
            ("topics", &self.topics),
            ("exploitation_types", &self.exploitation_types),
            ("referred_to", &self.referred_to),
        ]
        .into_iter()
        .flat_map(|(name, values)| values.iter().map(move |value| (name, value.clone())));
        FormValues::from_pairs(
            single
                .chain(lists)
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
        )
    }

    /// The input the parser reads, the start time typed on `zone`'s clock made an instant.
    pub fn into_input(self, zone: &TimeZone) -> ConsultationInput {
        ConsultationInput {
            channel: text(self.channel.into_string()),
            caller_type: text(self.caller_type.into_string()),
            // Anonymous unless the consultant ticks that the caller gave their name.
            anonymous: Sent::Given(&*self.identified != "on"),
            language: text(self.language.into_string()),
            topics: list(self.topics),
            destination_country: text(self.destination_country.into_string()),
            trafficking_concern: text(self.trafficking_concern.into_string()),
            exploitation_types: list(self.exploitation_types),
            duration_minutes: match self.duration_minutes.trim() {
                "" => Sent::Absent,
                minutes => minutes.parse().map_or(Sent::WrongKind, Sent::Given),
            },
            started_at: text(instant_on(zone, &self.started_at)),
            outcome: text(self.outcome.into_string()),
            referred_to: list(self.referred_to),
            notes: text(self.notes.into_string()),
            unknown: Default::default(),
        }
    }
}

/// A text field: blank is absent.
fn text(value: String) -> Sent<String> {
    if value.trim().is_empty() {
        Sent::Absent
    } else {
        Sent::Given(value)
    }
}

/// A list field: its non-empty values; none is absent.
fn list(values: Vec<String>) -> Sent<Vec<Sent<String>>> {
    let items: Vec<Sent<String>> = values
        .into_iter()
        .filter(|value| !value.is_empty())
        .map(Sent::Given)
        .collect();
    if items.is_empty() {
        Sent::Absent
    } else {
        Sent::Given(items)
    }
}

/// A time typed on `zone`'s clock as the RFC 3339 instant the parser reads; what is not a
/// time on that clock goes on as typed, for the parser to refuse.
fn instant_on(zone: &TimeZone, typed: &str) -> String {
    let local = typed.trim();
    PrimitiveDateTime::parse(local, LOCAL_MINUTES)
        .or_else(|_| PrimitiveDateTime::parse(local, LOCAL_SECONDS))
        .ok()
        .and_then(|local| zone.instant(local))
        .and_then(|instant| instant.format(&Rfc3339).ok())
        .unwrap_or_else(|| local.to_owned())
}
