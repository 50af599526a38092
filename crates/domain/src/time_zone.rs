//! Time zones by their IANA names (`Europe/Chisinau`), from the tz database that ships inside
//! the binary. Times are stored in UTC; a staff screen shows and reads them in the zone of the
//! organisation whose work they record, so a night shift in Chisinau types the hour on its
//! own clock.

use std::fmt;

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

use crate::country_code::CountryCode;

/// A zone of the tz database, known by its IANA name.
#[derive(Clone)]
pub struct TimeZone {
    name: String,
    zone: jiff::tz::TimeZone,
}

/// A name that the tz database does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a time zone of the IANA tz database, e.g. Europe/Chisinau")]
pub struct UnknownTimeZone(pub String);

impl TimeZone {
    /// A zone from its IANA name, as the tz database spells it.
    pub fn parse(name: &str) -> Result<Self, UnknownTimeZone> {
        let name = name.trim();
        // Only canonical-looking names: "Area/Place" or "UTC", never a POSIX TZ string.
        let well_formed = name == "UTC"
            || (name.contains('/')
                && name.len() <= 64
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+')));
        let unknown = || UnknownTimeZone(name.chars().take(64).collect());
        if !well_formed {
            return Err(unknown());
        }
        let zone = jiff::tz::db().get(name).map_err(|_| unknown())?;
        Ok(Self {
            name: name.to_owned(),
            zone,
        })
    }

    /// Coordinated Universal Time.
    pub fn utc() -> Self {
        Self {
            name: "UTC".to_owned(),
            zone: jiff::tz::TimeZone::UTC,
        }
    }

    /// The zone of a country's capital, for an organisation whose zone nobody set yet; UTC
    /// for a country outside the network's region.
    pub fn of_country(country: CountryCode) -> Self {
        country_zone(country.as_str())
            .and_then(|name| Self::parse(name).ok())
            .unwrap_or_else(Self::utc)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The wall-clock time in this zone of an instant.
    pub fn local(&self, instant: OffsetDateTime) -> PrimitiveDateTime {
        let utc = PrimitiveDateTime::new(instant.date(), instant.time());
        let Ok(timestamp) = jiff::Timestamp::from_second(instant.unix_timestamp()) else {
            return utc;
        };
        let civil = timestamp.to_zoned(self.zone.clone()).datetime();
        let date = Month::try_from(civil.month() as u8).ok().and_then(|month| {
            Date::from_calendar_date(i32::from(civil.year()), month, civil.day() as u8).ok()
        });
        let time = Time::from_hms(
            civil.hour() as u8,
            civil.minute() as u8,
            civil.second() as u8,
        );
        match (date, time) {
            (Some(date), Ok(time)) => PrimitiveDateTime::new(date, time),
            _ => utc,
        }
    }

    /// The instant at which clocks in this zone show `local`. A time that a change to summer
    /// time skips, or that the change back shows twice, is read as the clock before the change
    /// would read it (RFC 5545's rule, jiff's "compatible").
    pub fn instant(&self, local: PrimitiveDateTime) -> Option<OffsetDateTime> {
        let civil = jiff::civil::DateTime::new(
            i16::try_from(local.year()).ok()?,
            u8::from(local.month()) as i8,
            local.day() as i8,
            local.hour() as i8,
            local.minute() as i8,
            local.second() as i8,
            0,
        )
        .ok()?;
        let zoned = civil.to_zoned(self.zone.clone()).ok()?;
        OffsetDateTime::from_unix_timestamp(zoned.timestamp().as_second()).ok()
    }
}

impl PartialEq for TimeZone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for TimeZone {}

impl fmt::Debug for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TimeZone").field(&self.name).finish()
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// The zone of each country of the network's region (the capital's, for the few countries with
/// more than one), sorted by country. The migration that added organisations' zones uses the
/// same table.
const COUNTRY_ZONES: &[(&str, &str)] = &[
    ("AD", "Europe/Andorra"),
    ("AL", "Europe/Tirane"),
    ("AM", "Asia/Yerevan"),
    ("AT", "Europe/Vienna"),
    ("AZ", "Asia/Baku"),
    ("BA", "Europe/Sarajevo"),
    ("BE", "Europe/Brussels"),
    ("BG", "Europe/Sofia"),
    ("BY", "Europe/Minsk"),
    ("CH", "Europe/Zurich"),
    ("CY", "Asia/Nicosia"),
    ("CZ", "Europe/Prague"),
    ("DE", "Europe/Berlin"),
    ("DK", "Europe/Copenhagen"),
    ("EE", "Europe/Tallinn"),
    ("ES", "Europe/Madrid"),
    ("FI", "Europe/Helsinki"),
    ("FR", "Europe/Paris"),
    ("GB", "Europe/London"),
    ("GE", "Asia/Tbilisi"),
    ("GR", "Europe/Athens"),
    ("HR", "Europe/Zagreb"),
    ("HU", "Europe/Budapest"),
    ("IE", "Europe/Dublin"),
    ("IS", "Atlantic/Reykjavik"),
    ("IT", "Europe/Rome"),
    ("LI", "Europe/Vaduz"),
    ("LT", "Europe/Vilnius"),
    ("LU", "Europe/Luxembourg"),
    ("LV", "Europe/Riga"),
    ("MC", "Europe/Monaco"),
    ("MD", "Europe/Chisinau"),
    ("ME", "Europe/Podgorica"),
    ("MK", "Europe/Skopje"),
    ("MT", "Europe/Malta"),
    ("NL", "Europe/Amsterdam"),
    ("NO", "Europe/Oslo"),
    ("PL", "Europe/Warsaw"),
    ("PT", "Europe/Lisbon"),
    ("RO", "Europe/Bucharest"),
    ("RS", "Europe/Belgrade"),
    ("RU", "Europe/Moscow"),
    ("SE", "Europe/Stockholm"),
    ("SI", "Europe/Ljubljana"),
    ("SK", "Europe/Bratislava"),
    ("SM", "Europe/San_Marino"),
    ("TR", "Europe/Istanbul"),
    ("UA", "Europe/Kyiv"),
    ("VA", "Europe/Vatican"),
];

/// The zones of the network's region, by name, each once: the choices of a staff form.
pub fn region_zones() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = COUNTRY_ZONES.iter().map(|(_, name)| *name).collect();
    names.push("UTC");
    names.sort_unstable();
    names.dedup();
    names
}

/// The countries of the network's region (those with a zone in the table).
pub fn region_countries() -> impl Iterator<Item = CountryCode> {
    COUNTRY_ZONES
        .iter()
        .filter_map(|(code, _)| CountryCode::parse(code).ok())
}

fn country_zone(code: &str) -> Option<&'static str> {
    COUNTRY_ZONES
        .binary_search_by_key(&code, |(country, _)| country)
        .ok()
        .map(|index| COUNTRY_ZONES[index].1)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn every_country_zone_is_in_the_tz_database() {
        assert!(COUNTRY_ZONES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for (country, name) in COUNTRY_ZONES {
            let zone = TimeZone::of_country(CountryCode::parse(country).unwrap());
            assert_eq!(zone.name(), *name);
        }
    }

    #[test]
    fn chisinau_is_two_hours_ahead_in_winter_and_three_in_summer() {
        let zone = TimeZone::parse("Europe/Chisinau").unwrap();
        assert_eq!(
            zone.local(datetime!(2026-12-01 22:30 UTC)),
            datetime!(2026-12-02 00:30)
        );
        assert_eq!(
            zone.instant(datetime!(2026-07-01 03:15)),
            Some(datetime!(2026-07-01 00:15 UTC))
        );
    }

    #[test]
    fn names_outside_the_database_are_refused() {
        for name in [
            "",
            "Europe/Atlantis",
            "EST5EDT,M3.2.0,M11.1.0",
            "../etc/passwd",
        ] {
            assert!(TimeZone::parse(name).is_err(), "{name}");
        }
    }
}
