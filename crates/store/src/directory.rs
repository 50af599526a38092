//! The directory's tables: organisations, their services and their hotlines, read whole into
//! a `Directory` snapshot and written one organisation at a time (`edits`: versioned changes
//! of an entry; `import`: a network's directory from a file).

pub mod edits;
pub mod import;

use std::collections::HashMap;

use sqlx::{Any, Row, Transaction};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{
    AssistanceService, Directory, Hotline, HotlineHours, HotlinePurpose, Membership, Organisation,
    PhoneNumber, Slug,
};
use strada_domain::ids::OrganisationId;
use strada_domain::language::LanguageTag;
use strada_domain::time_zone::TimeZone;
use time::Date;

use crate::rows;
use crate::{Store, StoreError, now_text};

impl Store {
    /// Reads the whole directory: a few hundred rows at most, read in four queries (the
    /// fourth reads the national lines that the country profiles name).
    pub async fn load_directory(&self) -> Result<Directory, StoreError> {
        let mut services: HashMap<OrganisationId, Vec<AssistanceService>> = HashMap::new();
        for row in sqlx::query(
            "SELECT organisation_id, service FROM organisation_services ORDER BY service",
        )
        .fetch_all(self.pool())
        .await?
        {
            let id = rows::id(&row, "organisation_id")?;
            let service = rows::parsed(&row, "service", AssistanceService::parse)?;
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
            let id = rows::id(&row, "id")?;
            organisations.push(Organisation {
                id,
                slug: rows::parsed(&row, "slug", Slug::parse)?,
                name: row.try_get("name")?,
                country: rows::parsed(&row, "country", CountryCode::parse)?,
                city: row.try_get("city")?,
                membership: rows::parsed(&row, "membership", Membership::parse)?,
                founding: rows::flag(&row, "founding")?,
                website: row.try_get("website")?,
                languages: rows::list(&row, "languages", LanguageTag::parse)?,
                services: services.remove(&id).unwrap_or_default(),
                demo: rows::flag(&row, "demo")?,
                time_zone: rows::parsed(&row, "time_zone", TimeZone::parse)?,
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
                id: rows::id(&row, "id")?,
                organisation_id: rows::id(&row, "organisation_id")?,
                country: rows::parsed(&row, "country", CountryCode::parse)?,
                number: rows::parsed(&row, "number", PhoneNumber::parse)?,
                purpose: rows::parsed(&row, "purpose", HotlinePurpose::parse)?,
                hours: rows::parsed(&row, "hours", HotlineHours::parse)?,
                free_of_charge: rows::flag(&row, "free_of_charge")?,
                languages: rows::list(&row, "languages", LanguageTag::parse)?,
                last_verified: rows::date(&row, "last_verified")?,
                demo: rows::flag(&row, "demo")?,
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
        "INSERT INTO organisations (id, slug, country, founding, demo, name, city, membership, \
         website, languages, created_at, updated_at, time_zone) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) \
         ON CONFLICT (slug) DO NOTHING",
    )
    .bind(organisation.id.to_string())
    .bind(organisation.slug.as_str().to_owned())
    .bind(organisation.country.as_str().to_owned())
    .bind(i32::from(organisation.founding))
    .bind(i32::from(organisation.demo));
    let inserted = bind_profile(inserted, organisation)
        .bind(now)
        .bind(organisation.time_zone.name().to_owned())
        .execute(&mut **transaction)
        .await?
        .rows_affected()
        == 1;
    if inserted {
        insert_services(transaction, organisation.id, &organisation.services).await?;
    }
    Ok(inserted)
}

type Query<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>;

/// Binds what an organisation's profile form changes: `name`, `city`, `membership`,
/// `website`, `languages`, in that order.
pub(crate) fn bind_profile<'q>(query: Query<'q>, organisation: &Organisation) -> Query<'q> {
    query
        .bind(organisation.name.clone())
        .bind(organisation.city.clone())
        .bind(organisation.membership.code())
        .bind(organisation.website.clone())
        .bind(join_languages(&organisation.languages))
}

/// Binds what a hotline's form changes besides its number: `purpose`, `hours`,
/// `free_of_charge`, `languages`, `last_verified`, in that order.
pub(crate) fn bind_hotline_terms<'q>(query: Query<'q>, hotline: &Hotline) -> Query<'q> {
    query
        .bind(hotline.purpose.code())
        .bind(hotline.hours.code())
        .bind(i32::from(hotline.free_of_charge))
        .bind(join_languages(&hotline.languages))
        .bind(hotline.last_verified.to_string())
}

/// Adds organisation `id`'s services.
async fn insert_services(
    transaction: &mut Transaction<'_, Any>,
    id: OrganisationId,
    services: &[AssistanceService],
) -> Result<(), StoreError> {
    for service in services {
        sqlx::query("INSERT INTO organisation_services (organisation_id, service) VALUES ($1, $2)")
            .bind(id.to_string())
            .bind(service.code())
            .execute(&mut **transaction)
            .await?;
    }
    Ok(())
}

/// Replaces organisation `id`'s services with `services`.
pub(crate) async fn replace_services(
    transaction: &mut Transaction<'_, Any>,
    id: OrganisationId,
    services: &[AssistanceService],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM organisation_services WHERE organisation_id = $1")
        .bind(id.to_string())
        .execute(&mut **transaction)
        .await?;
    insert_services(transaction, id, services).await
}

/// Adds a hotline unless its organisation already lists that number; answers whether it was
/// added.
pub(crate) async fn insert_hotline(
    transaction: &mut Transaction<'_, Any>,
    hotline: &Hotline,
) -> Result<bool, StoreError> {
    let query = sqlx::query(
        "INSERT INTO hotlines (id, organisation_id, country, number, purpose, hours, \
         free_of_charge, languages, last_verified, demo) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (organisation_id, number) DO NOTHING",
    )
    .bind(hotline.id.to_string())
    .bind(hotline.organisation_id.to_string())
    .bind(hotline.country.as_str().to_owned())
    .bind(hotline.number.as_str().to_owned());
    let result = bind_hotline_terms(query, hotline)
        .bind(i32::from(hotline.demo))
        .execute(&mut **transaction)
        .await?;
    Ok(result.rows_affected() == 1)
}

pub(crate) fn join_languages(languages: &[LanguageTag]) -> String {
    languages
        .iter()
        .map(LanguageTag::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A date written in a file Strada reads (an import, the demo), as ISO 8601.
pub(crate) fn parse_date(text: &str) -> Result<Date, StoreError> {
    rows::parse_date(text).map_err(|error| StoreError::Corrupt(error.to_string()))
}
