//! Changes to one organisation's directory entry: its profile and services, and its hotlines.
//! Every change checks and bumps the organisation's version in the same statement, so of two
//! edits made on the same version exactly one is saved and the other is told it is stale.

use sqlx::{Any, Transaction};
use strada_domain::directory::{Hotline, Organisation};
use strada_domain::ids::{HotlineId, OrganisationId};

use super::{bind_hotline_terms, bind_profile, replace_services};
use crate::{Store, StoreError, now_text};

/// What became of an edit of a directory entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryEdit {
    /// Saved; the entry's version is now this one.
    Saved { version: i64 },
    /// Someone saved another change since the version the edit was made on.
    Stale,
    /// No such organisation, or no such hotline of it.
    Missing,
    /// The organisation lists this number already.
    NumberTaken,
}

impl Store {
    /// Replaces an organisation's profile and services (everything but its slug, country and
    /// demo mark) if it is still at `expected_version`.
    pub async fn update_organisation(
        &self,
        organisation: &Organisation,
        expected_version: i64,
    ) -> Result<DirectoryEdit, StoreError> {
        let mut transaction = self.pool().begin().await?;
        let query = sqlx::query(
            "UPDATE organisations SET name = $1, city = $2, membership = $3, website = $4, \
             languages = $5, time_zone = $6, version = version + 1, updated_at = $7 \
             WHERE id = $8 AND version = $9",
        );
        let updated = bind_profile(query, organisation)
            .bind(organisation.time_zone.name().to_owned())
            .bind(now_text())
            .bind(organisation.id.to_string())
            .bind(expected_version)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        if updated != 1 {
            return stale_or_missing(&mut transaction, organisation.id).await;
        }
        replace_services(&mut transaction, organisation.id, &organisation.services).await?;
        transaction.commit().await?;
        Ok(DirectoryEdit::Saved {
            version: expected_version + 1,
        })
    }

    /// Adds a hotline to its organisation (`new`) or replaces the one with its id.
    pub async fn save_hotline(
        &self,
        hotline: &Hotline,
        new: bool,
        expected_version: i64,
    ) -> Result<DirectoryEdit, StoreError> {
        let mut transaction = self.pool().begin().await?;
        if !bump_version(&mut transaction, hotline.organisation_id, expected_version).await? {
            return stale_or_missing(&mut transaction, hotline.organisation_id).await;
        }
        let taken = sqlx::query(
            "SELECT id FROM hotlines WHERE organisation_id = $1 AND number = $2 AND id <> $3",
        )
        .bind(hotline.organisation_id.to_string())
        .bind(hotline.number.as_str())
        .bind(hotline.id.to_string())
        .fetch_optional(&mut *transaction)
        .await?
        .is_some();
        if taken {
            return Ok(DirectoryEdit::NumberTaken);
        }
        let saved = if new {
            super::insert_hotline(&mut transaction, hotline).await?
        } else {
            let query = sqlx::query(
                "UPDATE hotlines SET number = $1, purpose = $2, hours = $3, free_of_charge = $4, \
                 languages = $5, last_verified = $6 WHERE id = $7 AND organisation_id = $8",
            )
            .bind(hotline.number.as_str().to_owned());
            bind_hotline_terms(query, hotline)
                .bind(hotline.id.to_string())
                .bind(hotline.organisation_id.to_string())
                .execute(&mut *transaction)
                .await?
                .rows_affected()
                == 1
        };
        if !saved {
            return Ok(DirectoryEdit::Missing);
        }
        transaction.commit().await?;
        Ok(DirectoryEdit::Saved {
            version: expected_version + 1,
        })
    }

    /// Removes one of an organisation's hotlines.
    pub async fn remove_hotline(
        &self,
        organisation_id: OrganisationId,
        hotline_id: HotlineId,
        expected_version: i64,
    ) -> Result<DirectoryEdit, StoreError> {
        let mut transaction = self.pool().begin().await?;
        if !bump_version(&mut transaction, organisation_id, expected_version).await? {
            return stale_or_missing(&mut transaction, organisation_id).await;
        }
        let removed = sqlx::query("DELETE FROM hotlines WHERE id = $1 AND organisation_id = $2")
            .bind(hotline_id.to_string())
            .bind(organisation_id.to_string())
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        if removed != 1 {
            return Ok(DirectoryEdit::Missing);
        }
        transaction.commit().await?;
        Ok(DirectoryEdit::Saved {
            version: expected_version + 1,
        })
    }
}

impl Store {
    /// What changes whenever the directory does: the number of organisations and the sum of
    /// their versions (every edit and every import moves a version).
    pub async fn directory_stamp(&self) -> Result<(i64, i64), StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*), CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM organisations",
        )
        .fetch_one(self.pool())
        .await?;
        Ok((sqlx::Row::try_get(&row, 0)?, sqlx::Row::try_get(&row, 1)?))
    }
}

/// Moves an organisation from `expected_version` to the next; false when it is not there.
pub(crate) async fn bump_version(
    transaction: &mut Transaction<'_, Any>,
    organisation_id: OrganisationId,
    expected_version: i64,
) -> Result<bool, StoreError> {
    Ok(sqlx::query(
        "UPDATE organisations SET version = version + 1, updated_at = $1 \
         WHERE id = $2 AND version = $3",
    )
    .bind(now_text())
    .bind(organisation_id.to_string())
    .bind(expected_version)
    .execute(&mut **transaction)
    .await?
    .rows_affected()
        == 1)
}

async fn stale_or_missing(
    transaction: &mut Transaction<'_, Any>,
    organisation_id: OrganisationId,
) -> Result<DirectoryEdit, StoreError> {
    let exists = sqlx::query("SELECT id FROM organisations WHERE id = $1")
        .bind(organisation_id.to_string())
        .fetch_optional(&mut **transaction)
        .await?
        .is_some();
    Ok(if exists {
        DirectoryEdit::Stale
    } else {
        DirectoryEdit::Missing
    })
}
