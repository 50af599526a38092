//! Reading cases back within a `CaseScope`: one by id, code or idempotency key, a filtered
//! page, a case's timeline; and a row into a `Case`.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::CaseScope;
use strada_domain::cases::codes::{
    AgeBand, CasePhase, CaseStatus, ForcedLabourIndustry, Gender, IdentifiedBy, MethodOfControl,
    MethodOfRecruitment, SexExploitationType, TraffickingStatus, Vulnerability,
};
use strada_domain::cases::{Case, CaseCode, CaseDetails, TimelineEntry, TimelineKind};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::ids::CaseId;
use strada_domain::pagination::{Page, PageRequest};

use super::{COLUMNS, CaseFilter, exploitation_mask, scope_condition, scope_condition_opened};
use crate::rows::{self, Listing, time_text};
use crate::{Store, StoreError};

/// The SQL conditions of a scope and a filter over `cases c`, with only the conditions that
/// apply (so that the database can use the index that fits) and their values, bound from `$1`.
fn filter_conditions(scope: CaseScope, filter: &CaseFilter) -> (String, Vec<String>) {
    let (scoped, mut values) =
        scope_condition_opened(scope, filter.opened_from, filter.opened_until);
    let mut conditions = vec![scoped];
    let mut add = |condition: &str, value: String| {
        values.push(value);
        conditions.push(condition.replace('?', &format!("${}", values.len())));
    };
    if let Some(status) = filter.status {
        add("c.status = ?", status.code().to_owned());
    }
    if let Some(phase) = filter.phase {
        add("c.phase = ?", phase.code().to_owned());
    }
    if let Some(lead) = filter.lead_worker {
        add("c.lead_worker_id = ?", lead.to_string());
    }
    if let Some(country) = filter.citizenship {
        add("c.citizenship = ?", country.to_string());
    }
    if let Some(from) = filter.opened_from {
        add("c.opened_at >= ?", time_text(from));
    }
    if let Some(until) = filter.opened_until {
        add("c.opened_at <= ?", time_text(until));
    }
    if let Some(code) = filter.code {
        add("c.code = ?", code.to_string());
    }
    if let Some(kind) = filter.exploitation_type {
        // A constant bit (not a parameter), like the consultations' topics.
        conditions.push(format!(
            "(c.exploitation_mask & {}) <> 0",
            exploitation_mask(&[kind])
        ));
    }
    (conditions.join(" AND "), values)
}

impl Store {
    /// One case in a scope.
    pub async fn case(&self, scope: CaseScope, id: CaseId) -> Result<Option<Case>, StoreError> {
        self.case_where(scope, "c.id", id.to_string()).await
    }

    /// The case of `code` in a scope.
    pub async fn case_by_code(
        &self,
        scope: CaseScope,
        code: CaseCode,
    ) -> Result<Option<Case>, StoreError> {
        self.case_where(scope, "c.code", code.to_string()).await
    }

    pub(super) async fn case_by_idempotency_key(
        &self,
        scope: CaseScope,
        key: &str,
    ) -> Result<Option<Case>, StoreError> {
        self.case_where(scope, "c.idempotency_key", key.to_owned())
            .await
    }

    /// The case whose `column` holds `value`, in a scope.
    async fn case_where(
        &self,
        scope: CaseScope,
        column: &str,
        value: String,
    ) -> Result<Option<Case>, StoreError> {
        let (scoped, mut values) = scope_condition(scope);
        values.push(value);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM cases c WHERE {scoped} AND {column} = ${}",
            values.len()
        )));
        for value in values {
            query = query.bind(value);
        }
        let row = query.fetch_optional(self.pool()).await?;
        row.map(|row| read_case(&row)).transpose()
    }

    /// A page of a scope's cases, the most recently opened first.
    pub async fn list_cases(
        &self,
        scope: CaseScope,
        filter: &CaseFilter,
        page: PageRequest,
    ) -> Result<Page<Case>, StoreError> {
        let (conditions, bounds) = filter_conditions(scope, filter);
        let listing = Listing {
            columns: COLUMNS,
            from: "cases c",
            conditions: &conditions,
            order: "c.opened_at DESC, c.id DESC",
            bounds: &bounds,
        };
        self.page_of(listing, page, read_case).await
    }

    /// The timeline of a case in a scope, oldest first; empty for a case outside it.
    pub async fn case_timeline(
        &self,
        scope: CaseScope,
        id: CaseId,
    ) -> Result<Vec<TimelineEntry>, StoreError> {
        let (scoped, mut values) = scope_condition(scope);
        values.push(id.to_string());
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT t.happened_at, t.actor_id, t.kind, t.detail FROM case_timeline t \
             JOIN cases c ON c.id = t.case_id WHERE {scoped} AND c.id = ${} \
             ORDER BY t.happened_at, t.id",
            values.len()
        )));
        for value in values {
            query = query.bind(value);
        }
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| {
                Ok(TimelineEntry {
                    happened_at: rows::time(row, "happened_at")?,
                    actor_id: rows::optional_id(row, "actor_id")?,
                    kind: rows::parsed(row, "kind", TimelineKind::parse)?,
                    detail: rows::text(row, "detail")?,
                })
            })
            .collect()
    }
}

fn read_case(row: &AnyRow) -> Result<Case, StoreError> {
    let version: i64 = row.try_get("version")?;
    Ok(Case {
        id: rows::id(row, "id")?,
        organisation_id: rows::id(row, "organisation_id")?,
        code: rows::parsed(row, "code", CaseCode::parse)?,
        lead_worker_id: rows::id(row, "lead_worker_id")?,
        status: rows::parsed(row, "status", CaseStatus::parse)?,
        phase: rows::parsed(row, "phase", CasePhase::parse)?,
        details: CaseDetails {
            gender: rows::optional_parsed(row, "gender", Gender::parse)?,
            age_band: rows::optional_parsed(row, "age_band", AgeBand::parse)?,
            citizenship: rows::optional_parsed(row, "citizenship", CountryCode::parse)?,
            residence: rows::optional_parsed(row, "residence", CountryCode::parse)?,
            trafficking_status: rows::parsed(row, "trafficking_status", TraffickingStatus::parse)?,
            identified_by: rows::optional_parsed(row, "identified_by", IdentifiedBy::parse)?,
            exploitation_types: rows::list(row, "exploitation_types", ExploitationType::parse)?,
            sex_exploitation_types: rows::list(
                row,
                "sex_exploitation_types",
                SexExploitationType::parse,
            )?,
            forced_labour_industries: rows::list(
                row,
                "forced_labour_industries",
                ForcedLabourIndustry::parse,
            )?,
            methods_of_control: rows::list(row, "methods_of_control", MethodOfControl::parse)?,
            methods_of_recruitment: rows::list(
                row,
                "methods_of_recruitment",
                MethodOfRecruitment::parse,
            )?,
            vulnerabilities: rows::list(row, "vulnerabilities", Vulnerability::parse)?,
        },
        version,
        opened_at: rows::time(row, "opened_at")?,
        updated_at: rows::time(row, "updated_at")?,
    })
}
