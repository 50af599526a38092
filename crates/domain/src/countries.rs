//! Country information: for each country of the network, a profile in each interface language
//! (the situation, the law, useful numbers, safety before and during work abroad), written in
//! Markdown by editors and reviewed on a date readers see.

use time::Date;

use crate::country::CountryCode;
use crate::language::UiLanguage;

/// The longest profile, in characters.
pub const MAX_PROFILE_CHARACTERS: usize = 30_000;

/// One country's profile in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryProfile {
    pub country: CountryCode,
    pub language: UiLanguage,
    /// Markdown; rendered and sanitised for display.
    pub body: String,
    pub last_reviewed: Date,
    /// Demo content: numbers and facts to verify before use.
    pub demo: bool,
}

/// Why a profile's text is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidProfile {
    #[error("a profile cannot be empty")]
    Empty,
    #[error("a profile has at most {max} characters", max = MAX_PROFILE_CHARACTERS)]
    TooLong,
}

/// Checks a profile's Markdown.
pub fn check_body(body: &str) -> Result<String, InvalidProfile> {
    let body = body.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err(InvalidProfile::Empty);
    }
    if body.chars().count() > MAX_PROFILE_CHARACTERS {
        return Err(InvalidProfile::TooLong);
    }
    Ok(body)
}
