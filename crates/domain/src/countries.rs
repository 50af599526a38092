//! Country information: for each country of the network, a profile in each interface language
//! (the situation, the law, useful numbers, safety before and during work abroad), written in
//! Markdown by editors and reviewed on a date readers see.
//!
//! A profile names the country's national anti-trafficking line, when there is one, with a
//! Markdown link reference definition, `[national-line]: <tel:800 290 290>`: standard
//! Markdown that shows nothing where it stands, written the same in every language, so the
//! help pages can offer the number where the network has no hotline of its own.

use time::Date;

use crate::country_code::CountryCode;
use crate::directory::PhoneNumber;
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

/// The label of the link reference definition that names the national line.
pub const NATIONAL_LINE_LABEL: &str = "national-line";

/// The national anti-trafficking line a profile names (`[national-line]: <tel:NUMBER>`, the
/// angle brackets optional, the label in any case); none when it names none or the number is
/// not one.
pub fn national_line(body: &str) -> Option<PhoneNumber> {
    body.lines().find_map(|line| {
        let (label, destination) = line.trim().strip_prefix('[')?.split_once("]:")?;
        if !label.trim().eq_ignore_ascii_case(NATIONAL_LINE_LABEL) {
            return None;
        }
        let destination = destination.trim();
        let destination = destination
            .strip_prefix('<')
            .and_then(|rest| rest.strip_suffix('>'))
            .unwrap_or(destination);
        PhoneNumber::parse(destination.strip_prefix("tel:")?).ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_national_line_is_read_from_its_reference_definition() {
        let body = "## Useful numbers\n- **800 290 290** — helpline\n\n[national-line]: <tel:800 290 290>\n";
        assert_eq!(
            national_line(body).map(|number| number.as_str().to_owned()),
            Some("800 290 290".to_owned())
        );
        assert_eq!(
            national_line("[National-Line]: tel:+3980029").map(|n| n.dial_string()),
            Some("+3980029".to_owned())
        );
        assert_eq!(national_line("[other]: <tel:800 290 290>"), None);
        assert_eq!(
            national_line("[national-line]: <https://example.org>"),
            None
        );
        assert_eq!(national_line("no definition at all"), None);
    }
}
