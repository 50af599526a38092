//! Languages: the languages Strada's interface speaks (`UiLanguage`) and any language a person
//! or a service may speak (`LanguageTag`, BCP 47).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language of Strada's interface. The first path segment of every public URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UiLanguage {
    En,
    Ro,
    Ru,
    Uk,
    Bg,
    Pl,
}

impl UiLanguage {
    /// Every interface language, English (the default) first.
    pub const ALL: [UiLanguage; 6] = [Self::En, Self::Ro, Self::Ru, Self::Uk, Self::Bg, Self::Pl];

    /// The BCP 47 code, as used in URLs and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ro => "ro",
            Self::Ru => "ru",
            Self::Uk => "uk",
            Self::Bg => "bg",
            Self::Pl => "pl",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ro => "Română",
            Self::Ru => "Русский",
            Self::Uk => "Українська",
            Self::Bg => "Български",
            Self::Pl => "Polski",
        }
    }

    /// Parses a URL segment; only the exact lowercase code is accepted, so that every page has
    /// one address.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|language| language.code() == code)
    }

    /// Picks the best interface language for an `Accept-Language` header (RFC 9110 quality
    /// values, primary subtags compared), English when none matches.
    pub fn negotiate(accept_language: &str) -> Self {
        let mut best: Option<(u16, Self)> = None;
        for range in accept_language.split(',') {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let quality = parts
                .find_map(|parameter| parameter.trim().strip_prefix("q="))
                .map_or(1000, parse_quality);
            let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
            if let Some(language) = Self::from_code(&primary)
                && quality > 0
                && best.is_none_or(|(best_quality, _)| quality > best_quality)
            {
                best = Some((quality, language));
            }
        }
        best.map_or(Self::En, |(_, language)| language)
    }
}

/// A quality value in thousandths; malformed values count as 0 (not acceptable).
fn parse_quality(text: &str) -> u16 {
    text.trim()
        .parse::<f32>()
        .ok()
        .filter(|q| (0.0..=1.0).contains(q))
        .map_or(0, |q| (q * 1000.0).round() as u16)
}

impl Serialize for UiLanguage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl fmt::Display for UiLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A BCP 47 language tag in its canonical case (`ro`, `pt-BR`, `sr-Latn`). Checked for its
/// syntax: a 2-3 letter primary subtag, then subtags of 1-8 letters or digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);

/// Why a text is not a language tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a BCP 47 language tag")]
pub struct InvalidLanguageTag(pub String);

impl LanguageTag {
    pub fn parse(text: &str) -> Result<Self, InvalidLanguageTag> {
        let invalid = || InvalidLanguageTag(text.chars().take(35).collect());
        let mut subtags = text.trim().split('-');
        let primary = subtags.next().ok_or_else(invalid)?;
        if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(invalid());
        }
        let mut canonical = primary.to_ascii_lowercase();
        for subtag in subtags {
            if subtag.is_empty()
                || subtag.len() > 8
                || !subtag.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                return Err(invalid());
            }
            canonical.push('-');
            canonical.push_str(&match subtag.len() {
                2 => subtag.to_ascii_uppercase(),
                4 => {
                    let lower = subtag.to_ascii_lowercase();
                    lower[..1].to_ascii_uppercase() + &lower[1..]
                }
                _ => subtag.to_ascii_lowercase(),
            });
        }
        Ok(Self(canonical))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`pt` of `pt-BR`), which names the language.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for LanguageTag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_and_primary_subtag() {
        assert_eq!(
            UiLanguage::negotiate("ro-MD,ro;q=0.9,en;q=0.8"),
            UiLanguage::Ro
        );
        assert_eq!(
            UiLanguage::negotiate("de-DE,uk;q=0.5,ru;q=0.7"),
            UiLanguage::Ru
        );
        assert_eq!(UiLanguage::negotiate("fr, de"), UiLanguage::En);
        assert_eq!(UiLanguage::negotiate("pl;q=0"), UiLanguage::En);
        assert_eq!(UiLanguage::negotiate(""), UiLanguage::En);
        assert_eq!(
            UiLanguage::negotiate("bg;q=bogus, uk;q=0.1"),
            UiLanguage::Uk
        );
    }

    #[test]
    fn language_tags_are_canonicalised() {
        assert_eq!(LanguageTag::parse("pt-br").unwrap().as_str(), "pt-BR");
        assert_eq!(LanguageTag::parse("SR-latn").unwrap().as_str(), "sr-Latn");
        assert_eq!(LanguageTag::parse("uk").unwrap().primary(), "uk");
        for bad in ["", "e", "english", "en-", "en_GB", "12", "en-toolongsubtag"] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad}");
        }
    }
}
