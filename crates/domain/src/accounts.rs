//! Staff accounts: who may sign in, as which role of which organisation, and the rules their
//! credentials must meet. Hashing and storage live in the store; this module only decides.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use crate::ids::{OrganisationId, UserId};
use serde::Serialize;

use crate::codes::code_enum;
use crate::language::UiLanguage;

code_enum!(
    /// What a staff member does, which decides what they may see and do.
    Role, "role" {
        NetworkAdmin => "network-admin",
        OrgAdmin => "org-admin",
        CaseWorker => "case-worker",
        HotlineConsultant => "hotline-consultant",
        Editor => "editor",
        Analyst => "analyst",
    }
);

/// An email address, trimmed and in lower case: the account's name for signing in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EmailAddress(String);

/// Why a text is not an email address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an email address")]
pub struct InvalidEmail;

impl EmailAddress {
    pub fn parse(text: &str) -> Result<Self, InvalidEmail> {
        let email = text.trim().to_lowercase();
        let (local, domain) = email.split_once('@').ok_or(InvalidEmail)?;
        let valid = !local.is_empty()
            && email.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if valid {
            Ok(Self(email))
        } else {
            Err(InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's name as shown to colleagues: 1 to 100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonName(String);

/// Why a text is not a name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a name has 1 to 100 characters and no control characters")]
pub struct InvalidName;

impl PersonName {
    pub fn parse(text: &str) -> Result<Self, InvalidName> {
        let name = text.trim();
        let length = name.chars().count();
        if (1..=100).contains(&length) && !name.chars().any(char::is_control) {
            Ok(Self(name.to_owned()))
        } else {
            Err(InvalidName)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password that meets the policy; it exists only until it is hashed.
pub struct NewPassword(String);

/// Why a password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WeakPassword {
    #[error("a password has at least {min} characters", min = NewPassword::MIN_CHARACTERS)]
    TooShort,
    #[error("a password has at most {max} characters", max = NewPassword::MAX_CHARACTERS)]
    TooLong,
    #[error("this password is among the most common ones; choose another")]
    Common,
}

static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("accounts/common-passwords.txt")
        .lines()
        .collect()
});

impl NewPassword {
    pub const MIN_CHARACTERS: usize = 12;
    pub const MAX_CHARACTERS: usize = 256;

    pub fn parse(text: &str) -> Result<Self, WeakPassword> {
        let length = text.chars().count();
        if length < Self::MIN_CHARACTERS {
            return Err(WeakPassword::TooShort);
        }
        if length > Self::MAX_CHARACTERS {
            return Err(WeakPassword::TooLong);
        }
        if is_common(text) {
            return Err(WeakPassword::Common);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// Common as it is, or as a common word dressed with digits and symbols (`Password2024!`),
/// or as one character or a common word repeated (`aaaaaaaaaaaa`, `qwertyqwerty`).
fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    let stem = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    let stem = stem.trim_start_matches(|c: char| !c.is_alphabetic());
    let repeated_unit = (1..=lower.len() / 2).find(|unit| {
        lower.len().is_multiple_of(*unit)
            && lower.is_char_boundary(*unit)
            && lower[..*unit].repeat(lower.len() / unit) == lower
    });
    COMMON_PASSWORDS.contains(lower.as_str())
        || (stem.chars().count() >= 4 && COMMON_PASSWORDS.contains(stem))
        || repeated_unit.is_some_and(|unit| unit <= 2 || COMMON_PASSWORDS.contains(&lower[..unit]))
}

/// A staff member's account as the rest of Strada sees it (never with its credentials).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub id: UserId,
    pub email: EmailAddress,
    pub name: PersonName,
    pub organisation_id: OrganisationId,
    pub role: Role,
    pub disabled: bool,
    pub second_factor_enrolled: bool,
    /// A reset of the second factor is waiting for a new one to be confirmed.
    pub second_factor_reset: bool,
    /// Demo accounts (made by `--demo`) may skip the second factor, with a banner saying so.
    pub demo: bool,
    /// The language of the staff interface for this user.
    pub language: UiLanguage,
}

impl User {
    /// Whether this user must enrol a second factor before reaching anything else: their role
    /// needs one, or they reset theirs (whatever the role: a reset is never a way around it).
    pub fn must_enrol_second_factor(&self) -> bool {
        (self.role.requires_second_factor() && !self.demo && !self.second_factor_enrolled)
            || self.second_factor_reset
    }

    /// Whether signing in asks for a code: whenever one is enrolled.
    pub fn signs_in_with_code(&self) -> bool {
        self.second_factor_enrolled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_that_see_personal_data_need_a_second_factor() {
        assert!(Role::CaseWorker.requires_second_factor());
        assert!(Role::NetworkAdmin.requires_second_factor());
        assert!(!Role::Analyst.requires_second_factor());
        assert!(!Role::Editor.requires_second_factor());
        assert_eq!(Role::parse("org-admin"), Ok(Role::OrgAdmin));
        assert!(Role::parse("admin").is_err());
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            EmailAddress::parse(" Ana@LaStrada.MD ").unwrap().as_str(),
            "ana@lastrada.md"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.md",
            "ana@md",
            "a na@x.md",
            "ana@x.md.",
            "a@b@c.md",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_password_policy_refuses_short_and_common_passwords() {
        assert_eq!(
            NewPassword::parse("short").unwrap_err(),
            WeakPassword::TooShort
        );
        for common in [
            "123qweasdzxc",
            "Password2024!",
            "qwertyqwerty",
            "aaaaaaaaaaaa",
            "iloveyou12345",
            "1q2w3e4r5t6y",
        ] {
            assert_eq!(
                NewPassword::parse(common).unwrap_err(),
                WeakPassword::Common,
                "{common}"
            );
        }
        assert!(NewPassword::parse("river-lantern-copper-71").is_ok());
        assert!(NewPassword::parse(&"x".repeat(300)).is_err());
    }
}
