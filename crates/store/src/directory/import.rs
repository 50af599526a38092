//! A network's directory from files: the CSV tables of the demo network's shape
//! (`organisations.csv`: name, country, city, membership, founding, website, languages,
//! services; `hotlines.csv`: organisation, number, purpose, hours, free_of_charge, languages,
//! last_verified), read into domain values, then compared with the database by slug and
//! number. A dry run reports what the import would change; the real run changes exactly that,
//! in one transaction. Nothing is removed: an organisation missing from the file stays.

use std::collections::BTreeSet;

use strada_domain::country_code::CountryCode;
use strada_domain::directory::{
    AssistanceService, Directory, Hotline, HotlineHours, HotlinePurpose, Membership, Organisation,
    PhoneNumber, Slug,
};
use strada_domain::ids::{HotlineId, OrganisationId};
use strada_domain::language::LanguageTag;
use strada_domain::time_zone::TimeZone;
use uuid::Uuid;

use super::{
    bind_hotline_terms, bind_profile, insert_hotline, insert_organisation, parse_date,
    replace_services,
};
use crate::{Store, StoreError, now_text};

/// Ids of imported records that are new: derived from the slug and the number, so that the
/// dry run and the real run name the same records.
const IMPORT_NAMESPACE: Uuid = Uuid::from_u128(0x8d2e_41a7_0c3b_4f95_a6e1_7b20_c9d4_13f8);

/// One organisation of a file with its hotlines.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryEntry {
    pub organisation: Organisation,
    pub hotlines: Vec<Hotline>,
}

/// Reads the two CSV tables; each record's ids come from `namespace`, its slug and its
/// number. An error names the table and line.
pub fn read_directory_csv(
    organisations_csv: &str,
    hotlines_csv: &str,
    namespace: Uuid,
    demo: bool,
) -> Result<Vec<DirectoryEntry>, StoreError> {
    let error = |table: &str, line: usize, error: &dyn std::fmt::Display| {
        StoreError::Refused(format!("{table} line {line}: {error}"))
    };
    let mut entries: Vec<DirectoryEntry> = Vec::new();
    for (line, record) in numbered_records(organisations_csv) {
        let fail = |e: &dyn std::fmt::Display| error("organisations", line, e);
        let record = record.map_err(|e| fail(&e))?;
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let optional = |i: usize| Some(field(i).to_owned()).filter(|value| !value.is_empty());
        let name = field(0);
        if !(2..=150).contains(&name.chars().count()) {
            return Err(fail(&"the name must have 2 to 150 characters"));
        }
        let slug = Slug::from_name(name).map_err(|e| fail(&e))?;
        if entries.iter().any(|e| e.organisation.slug == slug) {
            return Err(fail(&format!("a second organisation named `{slug}`")));
        }
        let country = CountryCode::parse(field(1)).map_err(|e| fail(&e))?;
        let website = match optional(5) {
            None => None,
            // The tables write host names; the directory keeps https:// addresses.
            Some(site) => {
                let site = if site.starts_with("https://") {
                    site
                } else {
                    format!("https://{site}")
                };
                if site.contains(char::is_whitespace) || site.starts_with("https://http") {
                    return Err(fail(
                        &"the website must be a host name or an https:// address",
                    ));
                }
                Some(site)
            }
        };
        entries.push(DirectoryEntry {
            organisation: Organisation {
                id: OrganisationId::from_uuid(Uuid::new_v5(&namespace, slug.as_str().as_bytes())),
                slug,
                name: name.to_owned(),
                country,
                city: optional(2),
                membership: Membership::parse(field(3)).map_err(|e| fail(&e))?,
                founding: read_yes_no(field(4)).map_err(|e| fail(&e))?,
                website,
                languages: read_languages(field(6)).map_err(|e| fail(&e))?,
                services: field(7)
                    .split_whitespace()
                    .map(AssistanceService::parse)
                    .collect::<Result<_, _>>()
                    .map_err(|e| fail(&e))?,
                demo,
                time_zone: TimeZone::of_country(country),
                version: 1,
            },
            hotlines: Vec::new(),
        });
    }
    for (line, record) in numbered_records(hotlines_csv) {
        let fail = |e: &dyn std::fmt::Display| error("hotlines", line, e);
        let record = record.map_err(|e| fail(&e))?;
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let entry = entries
            .iter_mut()
            .find(|e| e.organisation.slug.as_str() == field(0))
            .ok_or_else(|| fail(&format!("no organisation `{}` in the table", field(0))))?;
        let number = PhoneNumber::parse(field(1)).map_err(|e| fail(&e))?;
        if entry.hotlines.iter().any(|h| h.number == number) {
            return Err(fail(&format!("the number {} twice", number.as_str())));
        }
        let organisation = &entry.organisation;
        entry.hotlines.push(Hotline {
            id: HotlineId::from_uuid(Uuid::new_v5(
                &namespace,
                format!("{}/{}", organisation.slug, number.dial_string()).as_bytes(),
            )),
            organisation_id: organisation.id,
            country: organisation.country,
            number,
            purpose: HotlinePurpose::parse(field(2)).map_err(|e| fail(&e))?,
            hours: HotlineHours::parse(field(3)).map_err(|e| fail(&e))?,
            free_of_charge: read_yes_no(field(4)).map_err(|e| fail(&e))?,
            languages: read_languages(field(5)).map_err(|e| fail(&e))?,
            last_verified: parse_date(field(6))
                .map_err(|_| fail(&format!("`{}` is not a date (YYYY-MM-DD)", field(6))))?,
            demo,
        });
    }
    Ok(entries)
}

/// Reads directory CSV files for an import (real data, not demo).
pub fn read_import_csv(
    organisations_csv: &str,
    hotlines_csv: &str,
) -> Result<Vec<DirectoryEntry>, StoreError> {
    read_directory_csv(organisations_csv, hotlines_csv, IMPORT_NAMESPACE, false)
}

/// A CSV table's records with their line numbers (the header is line 1).
fn numbered_records(
    table: &str,
) -> impl Iterator<Item = (usize, Result<csv::StringRecord, csv::Error>)> + '_ {
    csv::Reader::from_reader(table.as_bytes())
        .into_records()
        .enumerate()
        .map(|(index, record)| (index + 2, record))
}

fn read_yes_no(text: &str) -> Result<bool, String> {
    match text {
        "yes" => Ok(true),
        "no" | "" => Ok(false),
        other => Err(format!("`{other}` is neither yes nor no")),
    }
}

fn read_languages(text: &str) -> Result<Vec<LanguageTag>, String> {
    text.split_whitespace()
        .map(|tag| LanguageTag::parse(tag).map_err(|e| e.to_string()))
        .collect()
}

/// What an import changes (or, in a dry run, would change).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Slugs of the organisations added and of those whose entry changes.
    pub organisations_added: Vec<String>,
    pub organisations_changed: Vec<String>,
    pub organisations_unchanged: usize,
    /// `slug number` of the hotlines added and changed.
    pub hotlines_added: Vec<String>,
    pub hotlines_changed: Vec<String>,
    pub hotlines_unchanged: usize,
}

impl ImportReport {
    pub fn changes_anything(&self) -> bool {
        !(self.organisations_added.is_empty()
            && self.organisations_changed.is_empty()
            && self.hotlines_added.is_empty()
            && self.hotlines_changed.is_empty())
    }
}

/// Whether two entries say the same (ids, versions and zones aside: a file carries none).
fn same_profile(a: &Organisation, b: &Organisation) -> bool {
    let terms = |o: &Organisation| {
        let services: BTreeSet<&str> = o.services.iter().map(|s| s.code()).collect();
        let texts = (o.name.clone(), o.city.clone(), o.website.clone());
        (
            texts,
            o.membership,
            o.founding,
            o.languages.clone(),
            services,
            o.demo,
        )
    };
    terms(a) == terms(b)
}

fn same_hotline(a: &Hotline, b: &Hotline) -> bool {
    let terms = |h: &Hotline| {
        let kind = (h.purpose, h.hours, h.free_of_charge);
        (kind, h.languages.clone(), h.last_verified, h.demo)
    };
    terms(a) == terms(b)
}

impl Store {
    /// Compares `entries` with the directory and, unless `dry_run`, applies the difference in
    /// one transaction; answers what differs either way.
    pub async fn import_directory(
        &self,
        entries: &[DirectoryEntry],
        dry_run: bool,
    ) -> Result<ImportReport, StoreError> {
        let current: Directory = self.load_directory().await?;
        let mut report = ImportReport::default();
        let mut transaction = self.pool().begin().await?;
        for entry in entries {
            let incoming = &entry.organisation;
            let existing = current.organisation(incoming.slug.as_str());
            let organisation_id = match existing {
                None => {
                    report.organisations_added.push(incoming.slug.to_string());
                    if !dry_run {
                        insert_organisation(&mut transaction, incoming).await?;
                    }
                    incoming.id
                }
                Some(existing) if same_profile(existing, incoming) => {
                    report.organisations_unchanged += 1;
                    existing.id
                }
                Some(existing) => {
                    report.organisations_changed.push(incoming.slug.to_string());
                    if !dry_run {
                        update_profile(&mut transaction, existing.id, incoming).await?;
                    }
                    existing.id
                }
            };
            for hotline in &entry.hotlines {
                let label = format!("{} {}", incoming.slug, hotline.number.as_str());
                let known = existing.and_then(|existing| {
                    current
                        .hotlines()
                        .iter()
                        .find(|h| h.organisation_id == existing.id && h.number == hotline.number)
                });
                let hotline = Hotline {
                    organisation_id,
                    id: known.map_or(hotline.id, |known| known.id),
                    ..hotline.clone()
                };
                match known {
                    None => {
                        report.hotlines_added.push(label);
                        if !dry_run {
                            insert_hotline(&mut transaction, &hotline).await?;
                        }
                    }
                    Some(known) if same_hotline(known, &hotline) => report.hotlines_unchanged += 1,
                    Some(_) => {
                        report.hotlines_changed.push(label);
                        if !dry_run {
                            update_hotline(&mut transaction, &hotline).await?;
                        }
                    }
                }
            }
        }
        if dry_run {
            transaction.rollback().await?;
        } else {
            // Every organisation whose hotlines changed moves to a new version, so that a form
            // opened before the import is told it is stale.
            for entry in entries {
                let slug = entry.organisation.slug.to_string();
                let touched = report.organisations_changed.contains(&slug)
                    || report
                        .hotlines_added
                        .iter()
                        .chain(&report.hotlines_changed)
                        .any(|label| label.split(' ').next() == Some(slug.as_str()));
                if let Some(existing) = current.organisation(&slug).filter(|_| touched) {
                    sqlx::query(
                        "UPDATE organisations SET version = version + 1, updated_at = $1 \
                         WHERE id = $2",
                    )
                    .bind(now_text())
                    .bind(existing.id.to_string())
                    .execute(&mut *transaction)
                    .await?;
                }
            }
            transaction.commit().await?;
        }
        Ok(report)
    }
}

async fn update_profile(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: OrganisationId,
    incoming: &Organisation,
) -> Result<(), StoreError> {
    let query = sqlx::query(
        "UPDATE organisations SET founding = $1, demo = $2, name = $3, city = $4, \
         membership = $5, website = $6, languages = $7, updated_at = $8 WHERE id = $9",
    )
    .bind(i32::from(incoming.founding))
    .bind(i32::from(incoming.demo));
    bind_profile(query, incoming)
        .bind(now_text())
        .bind(id.to_string())
        .execute(&mut **transaction)
        .await?;
    replace_services(transaction, id, &incoming.services).await
}

async fn update_hotline(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    hotline: &Hotline,
) -> Result<(), StoreError> {
    let query = sqlx::query(
        "UPDATE hotlines SET purpose = $1, hours = $2, free_of_charge = $3, languages = $4, \
         last_verified = $5, demo = $6 WHERE id = $7",
    );
    bind_hotline_terms(query, hotline)
        .bind(i32::from(hotline.demo))
        .bind(hotline.id.to_string())
        .execute(&mut **transaction)
        .await?;
    Ok(())
}
