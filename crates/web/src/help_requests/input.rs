//! One input type per write of the feature: the new request (`AskInput`), the status check's
//! credentials (`CredentialsInput`), the person's follow-up (`FollowUpInput`) and a staff
//! reply (`ReplyInput`). Each is read by serde from a JSON body and by `serde_html_form` from
//! a form alike, then turned into its typed value by `read`, which collects the problem of
//! every field at once. A field of the wrong JSON type is that field's problem, never the
//! body's (`Text`), so one wrong field hides no other.

mod text;

use std::collections::BTreeMap;

use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use strada_domain::country_code::CountryCode;
use strada_domain::help_requests::{
    InvalidMessage, NewHelpRequest, Passphrase, Ticket, check_message,
};
use strada_domain::language::LanguageTag;
use strada_store::help_requests::random_id;
use uuid::Uuid;

use crate::errors::ApiError;
use crate::params::{FieldErrors, read_json_object};
pub use text::Text;

/// The field people never see; robots fill it (the name is repeated in `AskInput`'s serde
/// attribute, which takes a literal).
pub const TRAP_FIELD: &str = "contact_me_by_fax_only";

/// Where an input came from. The API refuses names it does not know and ids that are no
/// UUID; a form carries whatever its page put in it, and a follow-up form that did not come
/// from the page gets an id of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Json,
    Form,
}

/// Why a field is refused: said in the reader's language on the forms (`key`), in English in
/// the API (`detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Country,
    Language,
    Message(InvalidMessage),
    Ticket,
    Passphrase,
    /// A JSON value that is no string.
    NotText,
    /// A name the API does not know, in a body of this kind.
    NotAField(&'static str),
    /// The hidden field robots fill.
    Filled,
    NotUuid,
    /// A follow-up to a request that is closed.
    Closed,
}

impl FieldProblem {
    pub fn key(self) -> &'static str {
        match self {
            Self::Country => "ask-error-country",
            Self::Language => "ask-error-language",
            Self::Message(InvalidMessage::Empty) => "ask-error-message-empty",
            Self::Message(InvalidMessage::TooLong) => "ask-error-message-long",
            Self::Message(InvalidMessage::ControlCharacters) => "ask-error-message-characters",
            Self::Ticket => "ask-error-ticket",
            Self::Passphrase => "ask-error-passphrase",
            Self::Closed => "ask-closed",
            // Only the API meets these: no page has such a field to show them beside.
            Self::NotText | Self::NotAField(_) | Self::Filled | Self::NotUuid => "ask-invalid",
        }
    }

    pub fn detail(self) -> String {
        match self {
            Self::Country => "is not an ISO 3166-1 alpha-2 country code".into(),
            Self::Language => "is not a BCP 47 language tag".into(),
            Self::Message(invalid) => invalid.to_string(),
            Self::Ticket => "is not a ticket (8 letters and digits, as given)".into(),
            Self::Passphrase => "is not a passphrase (16 letters and digits, as given)".into(),
            Self::NotText => "must be a string".into(),
            Self::NotAField(kind) => format!("is not a field of a {kind}"),
            Self::Filled => "must be empty".into(),
            Self::NotUuid => "is not a UUID".into(),
            Self::Closed => "cannot be added: the request is closed; send a new request".into(),
        }
    }
}

/// The refused fields of a form or body, by field name.
pub type Problems = BTreeMap<String, FieldProblem>;

/// Problems as the API says them.
pub fn api_errors(problems: &Problems) -> FieldErrors {
    problems
        .iter()
        .map(|(field, problem)| (field.clone(), problem.detail()))
        .collect()
}

impl From<Problems> for ApiError {
    fn from(problems: Problems) -> Self {
        ApiError::invalid(api_errors(&problems))
    }
}

/// Reads the field `name` with `parse`, noting its problem if it has one.
fn field<T, E>(
    problems: &mut Problems,
    name: &str,
    text: &Text,
    parse: impl FnOnce(&str) -> Result<T, E>,
    problem: impl FnOnce(E) -> FieldProblem,
) -> Option<T> {
    let Some(typed) = text.given() else {
        problems.insert(name.to_owned(), FieldProblem::NotText);
        return None;
    };
    parse(typed)
        .map_err(|error| problems.insert(name.to_owned(), problem(error)))
        .ok()
}

/// Notes each name of a JSON body that is not a field of `kind`.
fn refuse_others(
    others: &BTreeMap<String, IgnoredAny>,
    source: Source,
    kind: &'static str,
    problems: &mut Problems,
) {
    if source == Source::Json {
        for name in others.keys() {
            problems.insert(name.clone(), FieldProblem::NotAField(kind));
        }
    }
}

/// The ticket and passphrase as typed, or the problems of each.
fn read_credentials(
    ticket: &Text,
    passphrase: &Text,
    problems: &mut Problems,
) -> Option<(Ticket, Passphrase)> {
    let ticket = field(problems, "ticket", ticket, Ticket::parse, |_| {
        FieldProblem::Ticket
    });
    let passphrase = field(
        problems,
        "passphrase",
        passphrase,
        Passphrase::parse,
        |_| FieldProblem::Passphrase,
    );
    ticket.zip(passphrase)
}

/// A message as typed, or its problem.
fn read_message(message: &Text, problems: &mut Problems) -> Option<String> {
    field(
        problems,
        "message",
        message,
        check_message,
        FieldProblem::Message,
    )
}

/// A new request: `country`, `language`, `message` (and the hidden field, empty).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AskInput {
    pub country: Text,
    pub language: Text,
    pub message: Text,
    #[serde(rename = "contact_me_by_fax_only")]
    trap: Text,
    #[serde(flatten)]
    others: BTreeMap<String, IgnoredAny>,
}

impl AskInput {
    /// Whether the field people never see was filled.
    pub fn is_from_robot(&self) -> bool {
        self.trap != Text::default()
    }

    pub fn read(&self, source: Source) -> Result<NewHelpRequest, Problems> {
        let mut problems = Problems::new();
        refuse_others(&self.others, source, "help request", &mut problems);
        match self.trap.given() {
            Some("") => {}
            Some(_) => {
                problems.insert(TRAP_FIELD.to_owned(), FieldProblem::Filled);
            }
            None => {
                problems.insert(TRAP_FIELD.to_owned(), FieldProblem::NotText);
            }
        }
        // Any country: where the network has no member, the secretariat answers.
        let country = field(
            &mut problems,
            "country",
            &self.country,
            CountryCode::parse,
            |_| FieldProblem::Country,
        );
        let language = field(
            &mut problems,
            "language",
            &self.language,
            LanguageTag::parse,
            |_| FieldProblem::Language,
        );
        let message = read_message(&self.message, &mut problems);
        match (country, language, message, problems.is_empty()) {
            (Some(country), Some(language), Some(message), true) => Ok(NewHelpRequest {
                country,
                language,
                message,
            }),
            _ => Err(problems),
        }
    }
}

/// The status check: `ticket` and `passphrase`, written with or without hyphens, spaces and
/// capitals.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CredentialsInput {
    pub ticket: Text,
    pub passphrase: Text,
}

impl CredentialsInput {
    pub fn read(&self) -> Result<(Ticket, Passphrase), Problems> {
        let mut problems = Problems::new();
        read_credentials(&self.ticket, &self.passphrase, &mut problems).ok_or(problems)
    }
}

/// What the person writes back, with the id that stores it once (its `Debug` never shows
/// the passphrase).
#[derive(Debug)]
pub struct FollowUp {
    pub ticket: Ticket,
    pub passphrase: Passphrase,
    pub id: Uuid,
    pub message: String,
}

/// The person's follow-up: the credentials, `message`, and the client's id of the message
/// (`id` in the API, the form's hidden `follow_up`); the same id sent twice stores one
/// message.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowUpInput {
    pub ticket: Text,
    pub passphrase: Text,
    pub message: Text,
    id: Text,
    follow_up: Option<Text>,
    #[serde(flatten)]
    others: BTreeMap<String, IgnoredAny>,
}

impl FollowUpInput {
    /// The credentials alone, to open the request before the message is read.
    pub fn credentials(&self) -> CredentialsInput {
        CredentialsInput {
            ticket: self.ticket.clone(),
            passphrase: self.passphrase.clone(),
        }
    }

    pub fn read(&self, source: Source) -> Result<FollowUp, Problems> {
        let mut problems = Problems::new();
        refuse_others(&self.others, source, "follow-up", &mut problems);
        let credentials = read_credentials(&self.ticket, &self.passphrase, &mut problems);
        let message = read_message(&self.message, &mut problems);
        let id = match source {
            Source::Json => {
                if self.follow_up.is_some() {
                    problems.insert("follow_up".into(), FieldProblem::NotAField("follow-up"));
                }
                field(
                    &mut problems,
                    "id",
                    &self.id,
                    |id| match id {
                        "" => Ok(random_id()),
                        id => Uuid::parse_str(id),
                    },
                    |_| FieldProblem::NotUuid,
                )
            }
            Source::Form => Some(
                self.follow_up
                    .as_ref()
                    .and_then(Text::given)
                    .and_then(|id| Uuid::parse_str(id).ok())
                    .unwrap_or_else(random_id),
            ),
        };
        match (credentials, message, id, problems.is_empty()) {
            (Some((ticket, passphrase)), Some(message), Some(id), true) => Ok(FollowUp {
                ticket,
                passphrase,
                id,
                message,
            }),
            _ => Err(problems),
        }
    }
}

/// A staff member's reply: `message`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReplyInput {
    pub message: Text,
}

impl ReplyInput {
    pub fn read(&self) -> Result<String, Problems> {
        let mut problems = Problems::new();
        read_message(&self.message, &mut problems).ok_or(problems)
    }
}

/// An input from a JSON body: 400 for a body that is no JSON object. Every field reads
/// (`Text`), so the input's own `read` says what is wrong with each.
pub fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let object = read_json_object(body)?;
    serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|error| ApiError::malformed(&error.to_string()))
}

/// A form posted by the person (no account, so no session and no CSRF token), read by
/// `serde_html_form`.
pub struct PersonForm<T>(pub T);

/// A body that is no form: the handler answers the page again, saying so.
pub struct Unreadable;

impl IntoResponse for Unreadable {
    fn into_response(self) -> Response {
        StatusCode::BAD_REQUEST.into_response()
    }
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for PersonForm<T> {
    type Rejection = Unreadable;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|kind| {
                kind.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(Unreadable);
        }
        let body = axum::body::to_bytes(request.into_body(), crate::BODY_LIMIT_BYTES)
            .await
            .map_err(|_| Unreadable)?;
        serde_html_form::from_bytes(&body)
            .map(Self)
            .map_err(|_| Unreadable)
    }
}

#[cfg(test)]
mod tests;
