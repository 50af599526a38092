//! Opening a case: its code's number taken atomically (one upsert per organisation and year,
//! so that concurrent openings never share a code on either engine), the case, its lead and
//! its opener among its workers and the first entry of its timeline, in one transaction; idempotent per
//! organisation.

use strada_domain::access::CaseScope;
use strada_domain::cases::codes::{CasePhase, CaseStatus};
use strada_domain::cases::origin::CaseOrigin;
use strada_domain::cases::{CaseCode, CaseDetails, TimelineKind};
use strada_domain::country_code::CountryCode;
use strada_domain::ids::{CaseId, OrganisationId, UserId};
use time::OffsetDateTime;

use super::{DETAIL_COLUMNS, IDEMPOTENCY_KEY_TAKEN, Opened, append_timeline, bind_details};
use crate::rows::{corrupt, time_text};
use crate::{Store, StoreError};

/// A case about to be opened.
pub struct NewCase<'a> {
    pub organisation_id: OrganisationId,
    /// The organisation's country, which starts the code.
    pub country: CountryCode,
    pub lead_worker_id: UserId,
    pub opened_by: UserId,
    pub details: &'a CaseDetails,
    /// The contact it is opened from, which must be the organisation's.
    pub origin: Option<CaseOrigin>,
    pub idempotency_key: Option<&'a str>,
    pub now: OffsetDateTime,
}

impl Store {
    /// Opens a case, active and in the identification phase. With an idempotency key already
    /// used in the organisation, answers the case it opened and stores nothing.
    pub async fn open_case(&self, new: &NewCase<'_>) -> Result<Opened, StoreError> {
        let scope = CaseScope::Organisation(new.organisation_id);
        if let Some(key) = new.idempotency_key
            && let Some(earlier) = self.case_by_idempotency_key(scope, key).await?
        {
            return Ok(Opened::Repeated(earlier));
        }
        let id = CaseId::new_random();
        let mut transaction = self.pool().begin().await?;
        let inserted = insert_case(&mut transaction, id, new).await;
        if let Err(error) = &inserted
            && error.is_duplicate(IDEMPOTENCY_KEY_TAKEN)
            && let Some(key) = new.idempotency_key
        {
            // A twin request won the race: answer its case.
            drop(transaction);
            return self
                .case_by_idempotency_key(scope, key)
                .await?
                .map(Opened::Repeated)
                .ok_or_else(|| corrupt("cases.idempotency_key"));
        }
        inserted?;
        transaction.commit().await?;
        self.case(scope, id)
            .await?
            .map(Opened::New)
            .ok_or_else(|| corrupt("cases.id"))
    }

    /// Opens many cases in one transaction (a member's existing register brought in, or a
    /// benchmark's volume), each numbered as `open_case` numbers it; answers their ids.
    pub async fn import_cases(&self, cases: &[NewCase<'_>]) -> Result<Vec<CaseId>, StoreError> {
        let mut transaction = self.pool().begin().await?;
        let mut ids = Vec::with_capacity(cases.len());
        for new in cases {
            let id = CaseId::new_random();
            insert_case(&mut transaction, id, new).await?;
            ids.push(id);
        }
        transaction.commit().await?;
        Ok(ids)
    }
}

async fn insert_case(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: CaseId,
    new: &NewCase<'_>,
) -> Result<(), StoreError> {
    let year = new.now.year();
    let number: i64 = sqlx::Row::try_get(
        &sqlx::query(
            "INSERT INTO case_numbers (organisation_id, year, last_number) VALUES ($1, $2, 1) \
             ON CONFLICT (organisation_id, year) \
             DO UPDATE SET last_number = case_numbers.last_number + 1 RETURNING last_number",
        )
        .bind(new.organisation_id.to_string())
        .bind(year)
        .fetch_one(&mut **transaction)
        .await?,
        0,
    )?;
    let code = CaseCode::new(
        new.country,
        u16::try_from(year).map_err(|_| corrupt("case_numbers.year"))?,
        u32::try_from(number).map_err(|_| corrupt("case_numbers.last_number"))?,
    );
    let now = time_text(new.now);
    let columns = DETAIL_COLUMNS.join(", ");
    let placeholders = (10..10 + DETAIL_COLUMNS.len())
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let query = sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO cases (id, organisation_id, code, lead_worker_id, status, phase, version, \
         idempotency_key, opened_at, updated_at, {columns}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, {placeholders})"
    )))
    .bind(id.to_string())
    .bind(new.organisation_id.to_string())
    .bind(code.to_string())
    .bind(new.lead_worker_id.to_string())
    .bind(CaseStatus::Active.code())
    .bind(CasePhase::Identification.code())
    .bind(1_i64)
    .bind(new.idempotency_key.map(str::to_owned))
    .bind(now.clone());
    bind_details(query, new.details)
        .execute(&mut **transaction)
        .await?;
    // The lead works on the case, and so does whoever opened it for them.
    for worker in [new.lead_worker_id, new.opened_by] {
        sqlx::query(
            "INSERT INTO case_workers (case_id, user_id, opened_at) VALUES ($1, $2, $3) \
             ON CONFLICT (case_id, user_id) DO NOTHING",
        )
        .bind(id.to_string())
        .bind(worker.to_string())
        .bind(now.clone())
        .execute(&mut **transaction)
        .await?;
    }
    if let Some(origin) = new.origin {
        link_origin(transaction, id, new.organisation_id, origin).await?;
    }
    append_timeline(
        transaction,
        id,
        Some(new.opened_by),
        TimelineKind::Opened,
        &code.to_string(),
        &now,
    )
    .await
}

/// Links a new case to the contact it is opened from, when that contact is its
/// organisation's: a consultation it recorded, a help request it received. Another
/// organisation's contact is refused, whatever the caller checked before.
async fn link_origin(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: CaseId,
    organisation: OrganisationId,
    origin: CaseOrigin,
) -> Result<(), StoreError> {
    let query = match origin {
        CaseOrigin::Consultation(consultation) => sqlx::query(
            "INSERT INTO case_origins (case_id, consultation_id) \
             SELECT $1, id FROM consultations WHERE id = $2 AND organisation_id = $3",
        )
        .bind(id.to_string())
        .bind(consultation.to_string()),
        CaseOrigin::HelpRequest(request) => sqlx::query(
            "INSERT INTO case_origins (case_id, help_request_id) \
             SELECT $1, help_request_id FROM help_request_recipients \
             WHERE help_request_id = $2 AND organisation_id = $3",
        )
        .bind(id.to_string())
        .bind(request.to_string()),
    };
    let linked = query
        .bind(organisation.to_string())
        .execute(&mut **transaction)
        .await?;
    if linked.rows_affected() == 0 {
        return Err(StoreError::Refused(format!(
            "no {} of the organisation to open the case from",
            origin.kind()
        )));
    }
    Ok(())
}
