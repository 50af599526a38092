//! Editing a consultation: its details replaced whole, its topics re-indexed, within its
//! organisation (the caller has checked `may_edit`).

use strada_domain::consultations::ConsultationDetails;
use strada_domain::ids::{ConsultationId, OrganisationId};

use super::recording::insert_topics;
use super::{DETAIL_COLUMNS, bind_details};
use crate::rows::now_text;
use crate::{Store, StoreError};

impl Store {
    /// Replaces a consultation's details; answers false when the organisation has no such
    /// consultation.
    pub async fn update_consultation(
        &self,
        organisation_id: OrganisationId,
        id: ConsultationId,
        details: &ConsultationDetails,
    ) -> Result<bool, StoreError> {
        let sealed = self.seal_notes(id, details.notes.as_deref())?;
        let assignments = DETAIL_COLUMNS
            .iter()
            .enumerate()
            .map(|(n, column)| format!("{column} = ${}", n + 4))
            .collect::<Vec<_>>()
            .join(", ");
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE consultations SET updated_at = $1, {assignments} \
             WHERE id = $2 AND organisation_id = $3"
        )))
        .bind(now_text())
        .bind(id.to_string())
        .bind(organisation_id.to_string());
        let mut transaction = self.pool().begin().await?;
        let updated = bind_details(query, details, sealed)
            .execute(&mut *transaction)
            .await?;
        if updated.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM consultation_topics WHERE consultation_id = $1")
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        insert_topics(&mut transaction, id, organisation_id, details).await?;
        transaction.commit().await?;
        Ok(true)
    }
}
