//! Country profiles: read one, list what exists, save an edit, and load the demo profiles.

use std::collections::BTreeMap;

use sqlx::Row;
use strada_domain::countries::{CountryProfile, national_line};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::PhoneNumber;
use strada_domain::language::UiLanguage;
use time::Date;

use crate::rows;
use crate::{Store, StoreError, now_text};

impl Store {
    pub async fn country_profile(
        &self,
        country: CountryCode,
        language: UiLanguage,
    ) -> Result<Option<CountryProfile>, StoreError> {
        let row = sqlx::query(
            "SELECT body, last_reviewed, demo FROM country_profiles WHERE country = $1 AND language = $2",
        )
        .bind(country.as_str())
        .bind(language.code())
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(CountryProfile {
                country,
                language,
                body: row.try_get("body")?,
                last_reviewed: rows::date(&row, "last_reviewed")?,
                demo: rows::flag(&row, "demo")?,
            })
        })
        .transpose()
    }

    /// Each country's national anti-trafficking line, as its profiles name it: the English
    /// profile's first, else the first interface language's that names one.
    pub async fn national_lines(&self) -> Result<BTreeMap<CountryCode, PhoneNumber>, StoreError> {
        let rows = sqlx::query("SELECT country, language, body FROM country_profiles")
            .fetch_all(self.pool())
            .await?;
        let mut found: BTreeMap<CountryCode, (usize, PhoneNumber)> = BTreeMap::new();
        for row in &rows {
            let Some(number) = national_line(&row.try_get::<String, _>("body")?) else {
                continue;
            };
            let country = rows::parsed(row, "country", CountryCode::parse)?;
            let language = row.try_get::<String, _>("language")?;
            let rank = UiLanguage::ALL
                .iter()
                .position(|candidate| candidate.code() == language)
                .unwrap_or(usize::MAX);
            if found.get(&country).is_none_or(|(best, _)| rank < *best) {
                found.insert(country, (rank, number));
            }
        }
        Ok(found
            .into_iter()
            .map(|(country, (_, number))| (country, number))
            .collect())
    }

    /// Every (country, language, last reviewed) that has a profile, by country.
    pub async fn list_country_profiles(
        &self,
    ) -> Result<Vec<(CountryCode, UiLanguage, Date)>, StoreError> {
        let rows = sqlx::query("SELECT country, language, last_reviewed FROM country_profiles ORDER BY country, language")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    rows::parsed(row, "country", CountryCode::parse)?,
                    rows::parsed(row, "language", |code| {
                        UiLanguage::from_code(code).ok_or(())
                    })?,
                    rows::date(row, "last_reviewed")?,
                ))
            })
            .collect()
    }

    /// Saves a profile; an edit by a person is no longer demo content.
    pub async fn save_country_profile(&self, profile: &CountryProfile) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO country_profiles (country, language, body, last_reviewed, demo, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (country, language) DO UPDATE SET \
             body = excluded.body, last_reviewed = excluded.last_reviewed, demo = excluded.demo, \
             updated_at = excluded.updated_at",
        )
        .bind(profile.country.as_str())
        .bind(profile.language.code())
        .bind(&profile.body)
        .bind(profile.last_reviewed.to_string())
        .bind(i32::from(profile.demo))
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Adds the demo profiles that are missing; edited ones stay as they are.
    pub async fn load_demo_country_profiles(
        &self,
        profiles: &[CountryProfile],
    ) -> Result<usize, StoreError> {
        let mut added = 0;
        for profile in profiles {
            let result = sqlx::query(
                "INSERT INTO country_profiles (country, language, body, last_reviewed, demo, updated_at) \
                 VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT (country, language) DO NOTHING",
            )
            .bind(profile.country.as_str())
            .bind(profile.language.code())
            .bind(&profile.body)
            .bind(profile.last_reviewed.to_string())
            .bind(now_text())
            .execute(self.pool())
            .await?;
            added += result.rows_affected() as usize;
        }
        Ok(added)
    }
}
