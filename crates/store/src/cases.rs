//! Case files, scoped in SQL to what the access policy's `CaseScope` lets the caller see (the
//! organisation's, or the worker's own): `opening` (a new case and its code, idempotent),
//! `reading` (one case, a filtered page, the timeline), `editing` (a change on the version it
//! was read at, recorded on the timeline), `glass` (opening a case one is not assigned to,
//! with a sealed reason) and `identity` (who the person is, sealed with the case's own key
//! from the keyring; the blind index; erasure) and `origins` (the contact a case was opened
//! from, read from either side). Nothing stored here names the person in
//! clear.

use strada_domain::access::CaseScope;
use strada_domain::cases::codes::{CasePhase, CaseStatus};
use strada_domain::cases::{Case, CaseCode, CaseDetails};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::ids::UserId;
use time::OffsetDateTime;

mod editing;
mod glass;
mod identity;
mod opening;
mod origins;
mod reading;

pub use editing::CaseEdit;
pub use glass::{GlassBreak, OPEN_FOR};
pub use identity::{ErasureCertificate, ErasureRequest, StoredIdentity};
pub use opening::NewCase;

use crate::rows::{list_text, time_text};

/// What a list of cases is narrowed to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaseFilter {
    pub status: Option<CaseStatus>,
    pub phase: Option<CasePhase>,
    pub lead_worker: Option<UserId>,
    pub exploitation_type: Option<ExploitationType>,
    pub citizenship: Option<CountryCode>,
    /// Inclusive bounds on the opening.
    pub opened_from: Option<OffsetDateTime>,
    pub opened_until: Option<OffsetDateTime>,
    pub code: Option<CaseCode>,
}

/// The result of opening: a new case, or the one an earlier request with the same
/// idempotency key opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    New(Case),
    Repeated(Case),
}

/// The unique constraint a reused idempotency key breaks (see `StoreError::Duplicate`).
const IDEMPOTENCY_KEY_TAKEN: &str = "cases_organisation_id_idempotency_key_key";

const COLUMNS: &str = "id, organisation_id, code, lead_worker_id, status, phase, gender, age_band, \
     citizenship, residence, trafficking_status, identified_by, exploitation_types, \
     sex_exploitation_types, forced_labour_industries, methods_of_control, methods_of_recruitment, \
     vulnerabilities, version, opened_at, updated_at";

/// The columns a case's details are written to, in the order `bind_details` binds them: the
/// one list that opening and editing share.
const DETAIL_COLUMNS: [&str; 13] = [
    "gender",
    "age_band",
    "citizenship",
    "residence",
    "trafficking_status",
    "identified_by",
    "exploitation_types",
    "exploitation_mask",
    "sex_exploitation_types",
    "forced_labour_industries",
    "methods_of_control",
    "methods_of_recruitment",
    "vulnerabilities",
];

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds a case's details to `query`, in the order of `DETAIL_COLUMNS`.
fn bind_details<'q>(query: Query<'q>, details: &CaseDetails) -> Query<'q> {
    query
        .bind(details.gender.map(|code| code.code()))
        .bind(details.age_band.map(|code| code.code()))
        .bind(details.citizenship.map(|country| country.to_string()))
        .bind(details.residence.map(|country| country.to_string()))
        .bind(details.trafficking_status.code())
        .bind(details.identified_by.map(|code| code.code()))
        .bind(list_text(&details.exploitation_types))
        .bind(exploitation_mask(&details.exploitation_types))
        .bind(list_text(&details.sex_exploitation_types))
        .bind(list_text(&details.forced_labour_industries))
        .bind(list_text(&details.methods_of_control))
        .bind(list_text(&details.methods_of_recruitment))
        .bind(list_text(&details.vulnerabilities))
}

/// One bit per form of exploitation, by its place in `ExploitationType::ALL`.
fn exploitation_mask(types: &[ExploitationType]) -> i64 {
    types
        .iter()
        .filter_map(|kind| ExploitationType::ALL.iter().position(|k| k == kind))
        .fold(0, |mask, bit| mask | (1 << bit))
}

/// The SQL condition on `cases` (aliased `c`) of a scope, and its values, bound from `$1`:
/// the organisation's cases, and for a worker only those they lead, are assigned to, or
/// opened by breaking the glass within `glass::OPEN_FOR`. An organisation's scope adds no
/// more than its organisation, so that its lists and counts read from the lists' index alone.
fn scope_condition(scope: CaseScope) -> (String, Vec<String>) {
    scope_condition_opened(scope, None, None)
}

/// `scope_condition` for cases opened between two bounds (inclusive, either open): a
/// worker's assignments are then read only within them (`case_workers_by_user_opening`), so
/// that a worker's list over a period reads no more of their cases than it shows and counts.
fn scope_condition_opened(
    scope: CaseScope,
    from: Option<OffsetDateTime>,
    until: Option<OffsetDateTime>,
) -> (String, Vec<String>) {
    match scope {
        CaseScope::Organisation(organisation) => (
            "c.organisation_id = $1".to_owned(),
            vec![organisation.to_string()],
        ),
        CaseScope::AssignedTo {
            organisation,
            worker,
        } => {
            let mut values = vec![
                organisation.to_string(),
                worker.to_string(),
                time_text(OffsetDateTime::now_utc() - glass::OPEN_FOR),
            ];
            let mut period = String::new();
            for (bound, operator) in [(from, ">="), (until, "<=")] {
                if let Some(bound) = bound {
                    values.push(time_text(bound));
                    period.push_str(&format!(" AND w.opened_at {operator} ${}", values.len()));
                }
            }
            (
                format!(
                    "c.organisation_id = $1 AND c.id IN (\
                     SELECT w.case_id FROM case_workers w WHERE w.user_id = $2{period} \
                     UNION SELECT g.case_id FROM case_glass_breaks g \
                     WHERE g.user_id = $2 AND g.broken_at >= $3)"
                ),
                values,
            )
        }
    }
}

/// Appends an entry to a case's timeline, in the transaction of the change it records.
async fn append_timeline(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    case: strada_domain::ids::CaseId,
    actor: Option<UserId>,
    kind: strada_domain::cases::TimelineKind,
    detail: &str,
    at: &str,
) -> Result<(), crate::StoreError> {
    sqlx::query(
        "INSERT INTO case_timeline (id, case_id, happened_at, actor_id, kind, detail) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(case.to_string())
    .bind(at.to_owned())
    .bind(actor.map(|actor| actor.to_string()))
    .bind(kind.code())
    .bind(detail.to_owned())
    .execute(&mut **transaction)
    .await?;
    Ok(())
}
