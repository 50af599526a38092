//! Anonymous help requests: a person who cannot call writes to the network without an
//! account, gets a ticket and a passphrase (shown once), and comes back with both to read the
//! replies. Requests go to the members in the chosen country, or to the secretariat where
//! there is none.

use crate::codes::code_enum;
use crate::country::CountryCode;
use crate::directory::{Directory, Membership};
use crate::language::LanguageTag;
use uuid::Uuid;

/// The longest message, in characters.
pub const MAX_MESSAGE_CHARACTERS: usize = 4_000;
/// Days a closed request is kept before it is deleted, unless configured otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

code_enum!(
    /// Where a request stands.
    HelpRequestStatus, "help request status" {
        Open => "open",
        Answered => "answered",
        Closed => "closed",
    }
);

/// A request as written by the person, valid.
#[derive(Debug, Clone, PartialEq)]
pub struct NewHelpRequest {
    pub country: CountryCode,
    pub language: LanguageTag,
    pub message: String,
}

/// Why a message is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidMessage {
    #[error("write a message")]
    Empty,
    #[error("a message has at most {max} characters", max = MAX_MESSAGE_CHARACTERS)]
    TooLong,
    #[error("the message contains characters that cannot be stored")]
    ControlCharacters,
}

/// Checks a message (of a request or of a reply).
pub fn check_message(text: &str) -> Result<String, InvalidMessage> {
    let message = text.trim();
    if message.is_empty() {
        return Err(InvalidMessage::Empty);
    }
    if message.chars().count() > MAX_MESSAGE_CHARACTERS {
        return Err(InvalidMessage::TooLong);
    }
    if message
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(InvalidMessage::ControlCharacters);
    }
    Ok(message.to_owned())
}

/// The organisations a request for `country` goes to: the members and associates there, or
/// the secretariat where the network has none.
pub fn recipients(directory: &Directory, country: CountryCode) -> Vec<Uuid> {
    let local: Vec<Uuid> = directory
        .organisations()
        .iter()
        .filter(|o| {
            o.country == country
                && matches!(o.membership, Membership::Member | Membership::Associate)
        })
        .map(|o| o.id)
        .collect();
    if !local.is_empty() {
        return local;
    }
    directory
        .organisations()
        .iter()
        .filter(|o| o.membership == Membership::Secretariat)
        .map(|o| o.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_bounded_and_clean() {
        assert_eq!(check_message("  help  "), Ok("help".into()));
        assert_eq!(check_message("   "), Err(InvalidMessage::Empty));
        assert_eq!(
            check_message(&"a".repeat(4001)),
            Err(InvalidMessage::TooLong)
        );
        assert!(check_message(&"ș".repeat(4000)).is_ok());
        assert_eq!(
            check_message("a\u{0}b"),
            Err(InvalidMessage::ControlCharacters)
        );
        assert!(check_message("line one\nline two").is_ok());
    }
}
