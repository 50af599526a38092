//! Anonymous help requests: a person who cannot call writes to the network without an
//! account, gets a ticket and a passphrase (shown once), and comes back with both to read the
//! replies, and to write back. Every request reaches someone who can answer: it goes to the
//! members in the chosen country that have staff who answer requests, or to the secretariat
//! where there is none; one that nobody opens in time goes to the secretariat too.

use std::collections::HashSet;

use crate::access::{Action, Actor, Resource, permits};
use crate::accounts::Role;
use crate::codes::code_enum;
use crate::country_code::CountryCode;
use crate::directory::{Directory, Membership};
use crate::ids::{OrganisationId, UserId};
use crate::language::LanguageTag;
use uuid::Uuid;

/// The longest message, in characters.
pub const MAX_MESSAGE_CHARACTERS: usize = 4_000;
/// Days a closed request is kept before it is deleted, unless configured otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;
/// Hours a request may wait unopened before the secretariat receives it too, unless
/// configured otherwise.
pub const DEFAULT_ESCALATION_HOURS: u32 = 24;

/// The letters tickets and passphrases are made of: no 0/o, 1/l/i, so that what is written
/// down by hand reads back the same.
pub const CREDENTIAL_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const TICKET_LENGTH: usize = 8;
const PASSPHRASE_LENGTH: usize = 16;

/// A ticket as typed, in its one written form (`ABCD-2345`): hyphens, spaces and case are
/// not part of it, so `abcd 2345` is the same ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket(String);

/// A passphrase in its one written form (`abcd-efgh-jkmn-pqrs`), read like a ticket.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

/// A ticket or passphrase that cannot be one (wrong length or letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a ticket or passphrase that Strada gives")]
pub struct InvalidCredential;

/// The letters of a credential without its separators, lower case, if they can be one.
fn credential_letters(text: &str, length: usize) -> Result<String, InvalidCredential> {
    let letters: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let valid =
        letters.len() == length && letters.bytes().all(|b| CREDENTIAL_ALPHABET.contains(&b));
    if valid {
        Ok(letters)
    } else {
        Err(InvalidCredential)
    }
}

/// `letters` in groups of four joined by hyphens.
fn grouped(letters: &str) -> String {
    letters
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

impl Ticket {
    pub fn parse(text: &str) -> Result<Self, InvalidCredential> {
        Ok(Self(
            grouped(&credential_letters(text, TICKET_LENGTH)?).to_uppercase(),
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Passphrase {
    pub fn parse(text: &str) -> Result<Self, InvalidCredential> {
        Ok(Self(grouped(&credential_letters(text, PASSPHRASE_LENGTH)?)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Never printed whole: a passphrase in a log line opens the person's request.
impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

/// The roles that answer help requests, as the access policy says.
pub fn answering_roles() -> Vec<Role> {
    Role::ALL
        .iter()
        .copied()
        .filter(|role| {
            let organisation = OrganisationId::from_uuid(Uuid::nil());
            let actor = Actor {
                user_id: UserId::from_uuid(Uuid::nil()),
                organisation_id: organisation,
                role: *role,
            };
            permits(
                &actor,
                Action::AnswerHelpRequests,
                Resource::Organisation(organisation),
            )
        })
        .collect()
}

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

/// The organisations a request for `country` goes to: the members and associates there that
/// have someone to answer (`answering` holds the organisations with active staff in an
/// answering role), or the secretariat where there is none.
pub fn recipients(
    directory: &Directory,
    country: CountryCode,
    answering: &HashSet<OrganisationId>,
) -> Vec<OrganisationId> {
    let local: Vec<OrganisationId> = directory
        .organisations()
        .iter()
        .filter(|o| {
            o.country == country
                && matches!(o.membership, Membership::Member | Membership::Associate)
                && answering.contains(&o.id)
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

    #[test]
    fn tickets_and_passphrases_read_with_or_without_hyphens_spaces_and_capitals() {
        let ticket = Ticket::parse("ABCD-2345").unwrap();
        for typed in ["abcd2345", " abcd 2345 ", "AbCd-23-45", "a b c d 2 3 4 5"] {
            assert_eq!(Ticket::parse(typed).unwrap(), ticket, "{typed}");
        }
        let passphrase = Passphrase::parse("abcd-efgh-jkmn-pqrs").unwrap();
        assert_eq!(passphrase.as_str(), "abcd-efgh-jkmn-pqrs");
        assert_eq!(Passphrase::parse("ABCDEFGH JKMNPQRS").unwrap(), passphrase);
        assert_eq!(Ticket::parse("ABCD-234"), Err(InvalidCredential));
        assert_eq!(
            Ticket::parse("ABCD-2340"),
            Err(InvalidCredential),
            "0 is not used"
        );
        assert!(Passphrase::parse("abcd").is_err());
        assert_eq!(format!("{passphrase:?}"), "Passphrase(..)");
    }

    #[test]
    fn the_policy_names_who_answers() {
        assert!(answering_roles().contains(&Role::HotlineConsultant));
        assert!(!answering_roles().contains(&Role::Analyst));
        assert!(!answering_roles().contains(&Role::Editor));
    }
}
