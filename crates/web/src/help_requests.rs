//! Anonymous help requests on the web: the public form, the page that shows the ticket and
//! passphrase once, and the status page where the person reads the thread and writes back
//! (`public`); the recipients' staff inbox (`staff`); and their JSON twins (`api`).
//!
//! Nothing on the way ties a request to its sender: no cookie, nothing kept in the browser;
//! the ticket and passphrase travel in POST bodies and in no URL; sending and checking are
//! limited per address by the rate limiter, which keeps only keyed digests in windows (the
//! limit is taken before the request is stored, so concurrency cannot pass it); the audit
//! event of a received request names its country only. A field hidden from people catches
//! form-filling robots.

mod api;
mod public;
mod staff;

use std::collections::BTreeMap;

use axum::Router;
use strada_domain::access::Action;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::country_code::CountryCode;
use strada_domain::help_requests::{
    InvalidMessage, NewHelpRequest, answering_roles, check_message, recipients,
};
use strada_domain::language::LanguageTag;
use strada_store::StoreError;
use strada_store::help_requests::Credentials;
use strada_store::rate_limits::RateLimit;
use time::{Duration, OffsetDateTime};

use crate::AppState;
use crate::client_address::ClientAddress;
use crate::params::FieldErrors;

/// Requests (and messages written back) one address may send per hour.
const SENDS: RateLimit = RateLimit {
    name: "help-request-send",
    max: 5,
    window: Duration::hours(1),
};
/// Status checks one address may make per hour (each is a guess at a passphrase).
const CHECKS: RateLimit = RateLimit {
    name: "help-request-check",
    max: 30,
    window: Duration::hours(1),
};
/// The field people never see; robots fill it.
const TRAP_FIELD: &str = "contact_me_by_fax_only";

pub fn routes() -> Router<AppState> {
    public::routes().merge(staff::routes()).merge(api::routes())
}

/// Why a field of a request or message is refused: said in the reader's language on the
/// forms (`key`), in English in the API (`detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FieldProblem {
    Country,
    Language,
    Message(InvalidMessage),
    Ticket,
    Passphrase,
}

impl FieldProblem {
    fn key(self) -> &'static str {
        match self {
            Self::Country => "ask-error-country",
            Self::Language => "ask-error-language",
            Self::Message(InvalidMessage::Empty) => "ask-error-message-empty",
            Self::Message(InvalidMessage::TooLong) => "ask-error-message-long",
            Self::Message(InvalidMessage::ControlCharacters) => "ask-error-message-characters",
            Self::Ticket => "ask-error-ticket",
            Self::Passphrase => "ask-error-passphrase",
        }
    }

    fn detail(self) -> String {
        match self {
            Self::Country => "is not an ISO 3166-1 alpha-2 country code".into(),
            Self::Language => "is not a BCP 47 language tag".into(),
            Self::Message(invalid) => invalid.to_string(),
            Self::Ticket => "is not a ticket (8 letters and digits, as given)".into(),
            Self::Passphrase => "is not a passphrase (16 letters and digits, as given)".into(),
        }
    }
}

/// The refused fields of a form or body, by field name.
type Problems = BTreeMap<&'static str, FieldProblem>;

/// Problems as the API says them.
fn api_errors(problems: &Problems) -> FieldErrors {
    problems
        .iter()
        .map(|(field, problem)| ((*field).to_owned(), problem.detail()))
        .collect()
}

/// A request as typed, read into a valid one or the problems of its fields.
fn read_request(country: &str, language: &str, message: &str) -> Result<NewHelpRequest, Problems> {
    let mut problems = Problems::new();
    // Any country: where the network has no member, the secretariat answers.
    let country = CountryCode::parse(country)
        .map_err(|_| problems.insert("country", FieldProblem::Country))
        .ok();
    let language = LanguageTag::parse(language)
        .map_err(|_| problems.insert("language", FieldProblem::Language))
        .ok();
    let message = check_message(message)
        .map_err(|invalid| problems.insert("message", FieldProblem::Message(invalid)))
        .ok();
    match (country, language, message) {
        (Some(country), Some(language), Some(message)) => Ok(NewHelpRequest {
            country,
            language,
            message,
        }),
        _ => Err(problems),
    }
}

/// Takes one attempt of `limit` for the caller's address: false when the limit is reached.
async fn take_attempt(
    state: &AppState,
    limit: &RateLimit,
    client: ClientAddress,
) -> Result<bool, StoreError> {
    state.store().take_attempt(limit, &client.subject()).await
}

/// Stores a request for the organisations that can answer it, and records that one came
/// (naming its country, nothing of the sender).
async fn create(state: &AppState, request: &NewHelpRequest) -> Result<Credentials, StoreError> {
    let answering = state
        .store()
        .organisations_with_staff_in(&answering_roles())
        .await?;
    let to = recipients(&state.directory(), request.country, &answering);
    let credentials = state.store().create_help_request(request, &to).await?;
    state
        .audit(
            None,
            "anonymous",
            AuditAction::HelpRequestReceived,
            request.country.as_str(),
            Outcome::Success,
        )
        .await;
    Ok(credentials)
}

/// Whether `user` answers their organisation's requests, as the access policy says.
fn answers_requests(user: &User) -> bool {
    crate::staff::actor_of(user).may(Action::AnswerHelpRequests)
}

/// Gives the secretariat what nobody opened in time, before any inbox is read.
async fn escalate(state: &AppState) -> Result<(), StoreError> {
    let hours = i64::from(state.settings().help_request_escalation_hours);
    state
        .store()
        .escalate_unopened_help_requests(OffsetDateTime::now_utc() - Duration::hours(hours))
        .await?;
    Ok(())
}

/// The unread count of `user`'s organisation's inbox, for the staff home; none for a role
/// that does not answer requests.
pub async fn unread_count(state: &AppState, user: &User) -> Option<u64> {
    if !answers_requests(user) {
        return None;
    }
    if let Err(error) = escalate(state).await {
        tracing::error!(%error, "cannot escalate unopened help requests");
    }
    match state
        .store()
        .unread_help_requests(user.organisation_id)
        .await
    {
        Ok(count) => Some(count),
        Err(error) => {
            tracing::error!(%error, "cannot count unread help requests");
            None
        }
    }
}
