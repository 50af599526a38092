//! Importing many consultations of one organisation in one transaction (imports, and the
//! benchmark's generator), and refreshing the planner's statistics after.

use strada_domain::consultations::ConsultationDetails;
use strada_domain::ids::{ConsultationId, OrganisationId, UserId};

use super::recording::NewRow;
use crate::rows::now_text;
use crate::{Backend, Store, StoreError};

impl Store {
    /// Refreshes the planner's statistics (after an import, and now and then).
    pub async fn optimize(&self) -> Result<(), StoreError> {
        let statement = match self.backend() {
            Backend::Sqlite => "PRAGMA optimize; ANALYZE",
            Backend::Postgres => "ANALYZE",
        };
        sqlx::raw_sql(statement).execute(self.pool()).await?;
        Ok(())
    }

    /// Records many consultations of one organisation in one transaction; answers how many.
    pub async fn import_consultations(
        &self,
        organisation_id: OrganisationId,
        author_id: UserId,
        batch: &[ConsultationDetails],
    ) -> Result<usize, StoreError> {
        let now = now_text();
        let mut transaction = self.pool().begin().await?;
        for details in batch {
            let row = NewRow {
                id: ConsultationId::new_random(),
                organisation_id,
                author_id,
                details,
                idempotency_key: None,
                now: now.clone(),
            };
            self.insert_consultation(&mut transaction, &row).await?;
        }
        transaction.commit().await?;
        Ok(batch.len())
    }
}
