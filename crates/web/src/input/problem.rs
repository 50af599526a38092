//! What can be wrong with one field of an input (a consultation, a case), said in English for the API and as
//! a message key for the form, so that both surfaces say the same thing.

use strada_domain::consultations::{MAX_DURATION_MINUTES, MAX_NOTES_CHARACTERS};

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
    /// A name that is not a field of the record named (a consultation, a case).
    UnknownField(&'static str),
    /// Not a worker of the organisation who may lead a case.
    NotAWorker(String),
    /// A field a case takes when it changes, not when it opens.
    NotOnOpening,
    /// A field a case takes when it opens, not when it changes (the contact it came from).
    OnlyOnOpening,
    /// Not a consultation or help request of the organisation, by its id.
    NotAContact,
    /// Both a consultation and a help request named as a case's origin.
    OneContactOnly,
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
            Self::UnknownField(kind) => format!("is not a field of a {kind}"),
            Self::NotAWorker(text) => {
                format!("`{text}` is not a worker of this organisation who may lead a case")
            }
            Self::NotOnOpening => "is set when the case changes, not when it opens".into(),
            Self::OnlyOnOpening => "is given when the case opens, not when it changes".into(),
            Self::NotAContact => {
                "is not the id of a contact (consultation or help request) of this organisation"
                    .into()
            }
            Self::OneContactOnly => {
                "cannot be given with from_consultation: a case opens from one contact".into()
            }
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
            | Self::UnknownField(_)
            | Self::NotAnObject
            | Self::NotAnOrganisation(_) => "form-error-choice",
            Self::TooManyItems => "form-error-too-many",
            Self::NoTopic => "consultation-error-topics",
            Self::Duration => "consultation-error-duration",
            Self::InTheFuture => "consultation-error-future",
            Self::NotATime => "consultation-error-time",
            Self::NotesTooLong => "consultation-error-notes-long",
            Self::NulCharacter => "form-error-characters",
            Self::NotAWorker(_) => "case-error-lead",
            Self::NotOnOpening => "case-error-not-on-opening",
            Self::OnlyOnOpening => "case-error-only-on-opening",
            Self::NotAContact => "case-error-contact",
            Self::OneContactOnly => "case-error-one-contact",
        }
    }
}

impl From<strada_domain::codes::UnknownCode> for Problem {
    fn from(error: strada_domain::codes::UnknownCode) -> Self {
        Self::NotACode(error.to_string())
    }
}
