//! The directory's tables: organisations, their services and their hotlines, read whole into
//! a `Directory` snapshot and written one organisation at a time (`edits`: versioned changes
//! of an entry; `import`: a network's directory from a file).

pub mod edits;
pub mod import;

use std::collections::HashMap;

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{
    AssistanceService, Directory, Hotline, HotlineHours, HotlinePurpose, Membership, Organisation,
    PhoneNumber, Slug,
};
use strada_domain::language::LanguageTag;
use strada_domain::time_zone::TimeZone;
use time::Date;
use uuid::Uuid;

use crate::{Store, StoreError, now_text};

impl Store {
    /// Reads the whole directory: a few hundred rows at most, read in four queries (the
    /// fourth reads the national lines that the country profiles name).
    pub async fn load_directory(&self) -> Result<Directory, StoreError> {
        let mut services: HashMap<Uuid, Vec<AssistanceService>> = HashMap::new();
        for row in sqlx::query(
            "SELECT organisation_id, service FROM organisation_services ORDER BY service",
        )
        .fetch_all(self.pool())
        .await?
        {
            let id = parse_uuid(&row.try_get::<String, _>(0)?)?;
            let service =
                AssistanceService::parse(&row.try_get::<String, _>(1)?).map_err(corrupt)?;
            services.entry(id).or_default().push(service);
        }
        let mut organisations = Vec::new();
        for row in sqlx::query(
            "SELECT id, slug, name, country, city, membership, founding, website, languages, demo, \
             time_zone, version FROM organisations",
        )
        .fetch_all(self.pool())
        .await?
        {
            let id = parse_uuid(&row.try_get::<String, _>("id")?)?;
            organisations.push(Organisation {
                id,
                slug: Slug::parse(&row.try_get::<String, _>("slug")?).map_err(corrupt)?,
                name: row.try_get("name")?,
                country: CountryCode::parse(&row.try_get::<String, _>("country")?)
                    .map_err(corrupt)?,
                city: row.try_get("city")?,
                membership: Membership::parse(&row.try_get::<String, _>("membership")?)
                    .map_err(corrupt)?,
                founding: read_flag(&row, "founding")?,
                website: row.try_get("website")?,
                languages: parse_languages(&row.try_get::<String, _>("languages")?)?,
                services: services.remove(&id).unwrap_or_default(),
                demo: read_flag(&row, "demo")?,
                time_zone: TimeZone::parse(&row.try_get::<String, _>("time_zone")?)
                    .map_err(corrupt)?,
                version: row.try_get("version")?,
            });
        }
        let mut hotlines = Vec::new();
        for row in sqlx::query(
            "SELECT id, organisation_id, country, number, purpose, hours, free_of_charge, \
             languages, last_verified, demo FROM hotlines",
        )
        .fetch_all(self.pool())
        .await?
        {
            hotlines.push(Hotline {
                id: parse_uuid(&row.try_get::<String, _>("id")?)?,
                organisation_id: parse_uuid(&row.try_get::<String, _>("organisation_id")?)?,
                country: CountryCode::parse(&row.try_get::<String, _>("country")?)
                    .map_err(corrupt)?,
                number: PhoneNumber::parse(&row.try_get::<String, _>("number")?)
                    .map_err(corrupt)?,
                purpose: HotlinePurpose::parse(&row.try_get::<String, _>("purpose")?)
                    .map_err(corrupt)?,
                hours: HotlineHours::parse(&row.try_get::<String, _>("hours")?).map_err(corrupt)?,
                free_of_charge: read_flag(&row, "free_of_charge")?,
                languages: parse_languages(&row.try_get::<String, _>("languages")?)?,
                last_verified: parse_date(&row.try_get::<String, _>("last_verified")?)?,
                demo: read_flag(&row, "demo")?,
            });
        }
        Ok(Directory::new(organisations, hotlines)
            .with_national_lines(self.national_lines().await?))
    }

    /// Adds an organisation; answers false when its slug is taken.
    pub async fn create_organisation(
        &self,
        organisation: &Organisation,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.pool().begin().await?;
        let added = insert_organisation(&mut transaction, organisation).await?;
        transaction.commit().await?;
        Ok(added)
    }

    /// How many organisations the directory holds, and how many of them are not demo data.
    pub async fn count_organisations(&self) -> Result<(i64, i64), StoreError> {
        let row = sqlx::query("SELECT COUNT(*), COALESCE(SUM(1 - demo), 0) FROM organisations")
            .fetch_one(self.pool())
            .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }
}

/// Adds an organisation and its services unless one with its slug exists; answers whether it
/// was added.
pub(crate) async fn insert_organisation(
    transaction: &mut Transaction<'_, Any>,
    organisation: &Organisation,
) -> Result<bool, StoreError> {
    let now = now_text();
    let inserted = sqlx::query(
        "INSERT INTO organisations (id, slug, name, country, city, membership, founding, \
         website, languages, demo, created_at, updated_at, time_zone) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) \
         ON CONFLICT (slug) DO NOTHING",
    )
    .bind(organisation.id.to_string())
    .bind(organisation.slug.as_str())
    .bind(&organisation.name)
    .bind(organisation.country.as_str())
    .bind(organisation.city.as_deref())
    .bind(organisation.membership.code())
    .bind(i32::from(organisation.founding))
    .bind(organisation.website.as_deref())
    .bind(join_languages(&organisation.languages))
    .bind(i32::from(organisation.demo))
    .bind(&now)
    .bind(organisation.time_zone.name())
    .execute(&mut **transaction)
    .await?
    .rows_affected()
        == 1;
    if inserted {
        for service in &organisation.services {
            sqlx::query(
                "INSERT INTO organisation_services (organisation_id, service) VALUES ($1, $2)",
            )
            .bind(organisation.id.to_string())
            .bind(service.code())
            .execute(&mut **transaction)
            .await?;
        }
    }
    Ok(inserted)
}

/// Adds a hotline unless its organisation already lists that number; answers whether it was
/// added.
pub(crate) async fn insert_hotline(
    transaction: &mut Transaction<'_, Any>,
    hotline: &Hotline,
) -> Result<bool, StoreError> {
    let result = sqlx::query(
        "INSERT INTO hotlines (id, organisation_id, country, number, purpose, hours, \
         free_of_charge, languages, last_verified, demo) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (organisation_id, number) DO NOTHING",
    )
    .bind(hotline.id.to_string())
    .bind(hotline.organisation_id.to_string())
    .bind(hotline.country.as_str())
    .bind(hotline.number.as_str())
    .bind(hotline.purpose.code())
    .bind(hotline.hours.code())
    .bind(i32::from(hotline.free_of_charge))
    .bind(join_languages(&hotline.languages))
    .bind(hotline.last_verified.to_string())
    .bind(i32::from(hotline.demo))
    .execute(&mut **transaction)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Reads a 0-or-1 column as a flag (the Any driver has no boolean common to both databases).
pub(crate) fn read_flag(row: &AnyRow, column: &str) -> Result<bool, StoreError> {
    Ok(row.try_get::<i32, _>(column)? != 0)
}

pub(crate) fn join_languages(languages: &[LanguageTag]) -> String {
    languages
        .iter()
        .map(LanguageTag::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_languages(text: &str) -> Result<Vec<LanguageTag>, StoreError> {
    text.split_whitespace()
        .map(|tag| LanguageTag::parse(tag).map_err(corrupt))
        .collect()
}

fn parse_uuid(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(corrupt)
}

pub(crate) fn parse_date(text: &str) -> Result<Date, StoreError> {
    Date::parse(text, &time::format_description::well_known::Iso8601::DATE).map_err(corrupt)
}

fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}
