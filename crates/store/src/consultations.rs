//! Consultations, scoped to their organisation in SQL, one room per concern: `recording`
//! (one new record, idempotent), `editing` (replacing a record's details), `import` (many in
//! one transaction), `reading` (one, a filtered page, the author's habits) and `statistics`
//! (the dashboard's counts). Notes are sealed with the record's own data key before they reach
//! the database and opened only when a consultation is read whole.

use strada_domain::consultations::{
    CallerType, Channel, Consultation, ConsultationDetails, ConsultationOutcome, Topic,
    TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::ids::ConsultationId;
use time::OffsetDateTime;

mod editing;
mod import;
mod reading;
mod recording;
mod statistics;

pub use statistics::ConsultationStatistics;

use crate::crypto::Sealed;
use crate::rows::{list_text, time_text};
use crate::{Store, StoreError};

/// What a list of consultations is narrowed to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsultationFilter {
    /// Inclusive bounds on `started_at`.
    pub from: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    pub topic: Option<Topic>,
    pub destination_country: Option<CountryCode>,
    pub caller_type: Option<CallerType>,
    pub channel: Option<Channel>,
    pub trafficking_concern: Option<TraffickingConcern>,
    pub outcome: Option<ConsultationOutcome>,
}

/// The result of recording: a new record, or the one an earlier submission with the same
/// idempotency key made.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    New(Consultation),
    Repeated(Consultation),
}

/// The unique constraint a reused idempotency key breaks (see `StoreError::Duplicate`).
const IDEMPOTENCY_KEY_TAKEN: &str = "consultations_organisation_id_idempotency_key_key";

const COLUMNS: &str = "id, organisation_id, author_id, channel, caller_type, anonymous, language, topics, \
     destination_country, trafficking_concern, exploitation_types, duration_minutes, started_at, outcome, \
     referred_to, notes_key, notes_ciphertext, created_at, updated_at";

/// The columns a consultation's details are written to, in the order `bind_details` binds
/// them: the one list that inserting and editing share.
const DETAIL_COLUMNS: [&str; 16] = [
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
    "notes_key",
    "notes_ciphertext",
    "week",
    "topic_mask",
];

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds a consultation's details to `query`, in the order of `DETAIL_COLUMNS`.
fn bind_details<'q>(
    query: Query<'q>,
    details: &ConsultationDetails,
    sealed: Option<Sealed>,
) -> Query<'q> {
    let (notes_key, notes_ciphertext) = sealed
        .map(|sealed| (sealed.wrapped_key, sealed.ciphertext))
        .unzip();
    query
        .bind(details.channel.code())
        .bind(details.caller_type.code())
        .bind(i32::from(details.anonymous))
        .bind(details.language.as_str().to_owned())
        .bind(list_text(&details.topics))
        .bind(details.destination_country.map(|c| c.to_string()))
        .bind(details.trafficking_concern.code())
        .bind(list_text(&details.exploitation_types))
        .bind(details.duration_minutes.map(i64::from))
        .bind(time_text(details.started_at))
        .bind(details.outcome.map(|o| o.code()))
        .bind(list_text(&details.referred_to))
        .bind(notes_key)
        .bind(notes_ciphertext)
        .bind(iso_week(details.started_at))
        .bind(topic_mask(&details.topics))
}

/// One bit per topic, by its place in `Topic::ALL`.
fn topic_mask(topics: &[Topic]) -> i64 {
    topics
        .iter()
        .filter_map(|topic| Topic::ALL.iter().position(|t| t == topic))
        .fold(0, |mask, bit| mask | (1 << bit))
}

/// The ISO 8601 week of a time, as `2026-W48`.
pub fn iso_week(time: OffsetDateTime) -> String {
    let (year, week, _) = time
        .to_offset(time::UtcOffset::UTC)
        .date()
        .to_iso_week_date();
    format!("{year}-W{week:02}")
}

impl Store {
    fn seal_notes(
        &self,
        id: ConsultationId,
        notes: Option<&str>,
    ) -> Result<Option<Sealed>, StoreError> {
        match notes {
            Some(notes) => Ok(Some(
                self.master_key()?.seal(*id.as_uuid(), notes.as_bytes()),
            )),
            None => Ok(None),
        }
    }
}
