//! Countries as ISO 3166-1 alpha-2 codes: the only form a country takes inside Strada.
//! Names are labels for display and live in the translations, never in data.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A country, by its ISO 3166-1 alpha-2 code (upper case). Only officially assigned codes parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

/// Why a text is not a country code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an ISO 3166-1 alpha-2 country code")]
pub struct UnknownCountry(pub String);

impl CountryCode {
    /// Parses a code in any case (`md`, `MD`); anything not assigned by ISO 3166-1 is refused.
    pub fn parse(text: &str) -> Result<Self, UnknownCountry> {
        let upper = text.trim().to_ascii_uppercase();
        match ISO_3166_1_ALPHA_2.binary_search(&upper.as_str()) {
            Ok(_) => {
                let bytes = upper.as_bytes();
                Ok(Self([bytes[0], bytes[1]]))
            }
            Err(_) => Err(UnknownCountry(text.chars().take(16).collect())),
        }
    }

    pub fn as_str(&self) -> &str {
        // Built only from the ASCII table below.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Whether the European emergency number 112 answers in this country. Covers the EU, the
    /// EEA, the candidate countries and the others of Europe where 112 is in service.
    pub fn answers_112(&self) -> bool {
        ANSWERS_112.contains(&self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Countries where 112 reaches the emergency services (EU and EEA members, the United Kingdom,
/// Switzerland and the countries of the Western Balkans, Moldova, Ukraine and Turkey).
const ANSWERS_112: &[&str] = &[
    "AD", "AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
    "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT",
    "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA", "VA",
];

/// Every code officially assigned by ISO 3166-1, sorted for binary search.
const ISO_3166_1_ALPHA_2: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_any_case_and_refuses_unassigned_codes() {
        assert_eq!(CountryCode::parse("md").unwrap().as_str(), "MD");
        assert_eq!(CountryCode::parse("UA").unwrap().to_string(), "UA");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("MDA").is_err());
        assert!(CountryCode::parse("").is_err());
        assert!(CountryCode::parse("é").is_err());
    }

    #[test]
    fn the_table_is_sorted_and_complete() {
        assert_eq!(ISO_3166_1_ALPHA_2.len(), 249);
        assert!(ISO_3166_1_ALPHA_2.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn knows_where_112_answers() {
        assert!(CountryCode::parse("MD").unwrap().answers_112());
        assert!(!CountryCode::parse("US").unwrap().answers_112());
    }
}
