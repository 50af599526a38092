//! The link between a case and the contact it was opened from, read from either side within
//! the caller's `CaseScope`: a case names its contact, a contact lists the cases the caller
//! may see (a case outside the scope is not even counted, so that a hotline operator does not
//! learn that a case exists).

use sqlx::Row;
use strada_domain::access::CaseScope;
use strada_domain::cases::CaseCode;
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::ids::CaseId;

use super::scope_condition;
use crate::rows::{self, corrupt};
use crate::{Store, StoreError};

impl Store {
    /// The contact the case `id` was opened from, if the scope holds the case and it has one.
    pub async fn case_origin(
        &self,
        scope: CaseScope,
        id: CaseId,
    ) -> Result<Option<CaseOrigin>, StoreError> {
        let (scoped, mut values) = scope_condition(scope);
        values.push(id.to_string());
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT o.consultation_id, o.help_request_id FROM case_origins o \
             JOIN cases c ON c.id = o.case_id WHERE {scoped} AND c.id = ${}",
            values.len()
        )));
        for value in values {
            query = query.bind(value);
        }
        let Some(row) = query.fetch_optional(self.pool()).await? else {
            return Ok(None);
        };
        let consultation = rows::optional_id(&row, "consultation_id")?;
        let request = rows::optional_id(&row, "help_request_id")?;
        match (consultation, request) {
            (Some(consultation), None) => Ok(Some(CaseOrigin::Consultation(consultation))),
            (None, Some(request)) => Ok(Some(CaseOrigin::HelpRequest(request))),
            _ => Err(corrupt("case_origins")),
        }
    }

    /// The cases of the scope opened from `origin`, the oldest first: their ids and codes.
    pub async fn cases_opened_from(
        &self,
        scope: CaseScope,
        origin: CaseOrigin,
    ) -> Result<Vec<(CaseId, CaseCode)>, StoreError> {
        let (scoped, mut values) = scope_condition(scope);
        let (column, contact) = match origin {
            CaseOrigin::Consultation(id) => ("o.consultation_id", id.to_string()),
            CaseOrigin::HelpRequest(id) => ("o.help_request_id", id.to_string()),
        };
        values.push(contact);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT c.id, c.code FROM case_origins o JOIN cases c ON c.id = o.case_id \
             WHERE {scoped} AND {column} = ${} ORDER BY c.opened_at",
            values.len()
        )));
        for value in values {
            query = query.bind(value);
        }
        let found = query.fetch_all(self.pool()).await?;
        found
            .iter()
            .map(|row| {
                let code: String = row.try_get("code")?;
                let code = CaseCode::parse(&code).map_err(|_| corrupt("cases.code"))?;
                Ok((rows::id(row, "id")?, code))
            })
            .collect()
    }
}
