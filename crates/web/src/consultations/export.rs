//! Exports of an organisation's consultations, one row each, for its org-admins only
//! (analysts see aggregates: the dashboard): CSV streamed page
//! by page, XLSX built whole. Notes never leave in an export. Every text cell that a
//! spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
//! prefixed with an apostrophe.

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::stream;
use strada_domain::access::{Action, OrganisationScope};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::consultations::Consultation;
use strada_domain::pagination::PageRequest;
use strada_store::consultations::ConsultationFilter;
use time::format_description::well_known::Rfc3339;

use super::read_filter;
use crate::AppState;
use crate::params::QueryParams;
use crate::staff::Staff;

const HEADER: [&str; 13] = [
    "id",
    "started_at",
    "channel",
    "caller_type",
    "anonymous",
    "language",
    "topics",
    "destination_country",
    "trafficking_concern",
    "exploitation_types_htcds",
    "duration_minutes",
    "outcome",
    "referred_to",
];

/// A cell as a spreadsheet will not run it.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn cells(consultation: &Consultation) -> [String; 13] {
    let details = &consultation.details;
    let join = |items: Vec<String>| items.join(" ");
    [
        consultation.id.to_string(),
        details.started_at.format(&Rfc3339).unwrap_or_default(),
        details.channel.to_string(),
        details.caller_type.to_string(),
        details.anonymous.to_string(),
        details.language.to_string(),
        join(details.topics.iter().map(ToString::to_string).collect()),
        details
            .destination_country
            .map(|c| c.to_string())
            .unwrap_or_default(),
        details.trafficking_concern.to_string(),
        join(
            details
                .exploitation_types
                .iter()
                .map(|t| t.htcds_code().to_owned())
                .collect(),
        ),
        details
            .duration_minutes
            .map(|m| m.to_string())
            .unwrap_or_default(),
        details.outcome.map(|o| o.to_string()).unwrap_or_default(),
        join(
            details
                .referred_to
                .iter()
                .map(ToString::to_string)
                .collect(),
        ),
    ]
    .map(|cell| neutralise(&cell))
}

/// The filter of an export its caller may make, with its days on the organisation's clock as
/// on the list, or the answer that refuses it: the staff 404 for a role that may not export,
/// and for a filter in error the list itself, which shows the error beside its field (422).
async fn authorised(
    state: &AppState,
    staff: Staff,
    query: Option<String>,
) -> Result<(ConsultationFilter, Staff), Response> {
    if !staff.actor().may(Action::ExportConsultations) {
        return Err(crate::staff::staff_not_found(&staff));
    }
    let params = QueryParams::parse(query.as_deref());
    let (mut filter, _, errors) = read_filter(&params);
    if !errors.is_empty() {
        return Err(super::screen::list(State(state.clone()), staff, RawQuery(query)).await);
    }
    super::screen::days_on_clock(
        &mut filter,
        &params,
        &super::screen::organisation_zone(state, staff.user.organisation_id),
    );
    Ok((filter, staff))
}

/// The audit event of one export, recorded once its outcome is known: a success when the
/// last row was sent, a failure when reading failed or the download was abandoned.
struct ExportAudit {
    state: AppState,
    user: User,
    format: &'static str,
    recorded: bool,
}

impl ExportAudit {
    fn new(state: &AppState, staff: &Staff, format: &'static str) -> Self {
        Self {
            state: state.clone(),
            user: staff.user.clone(),
            format,
            recorded: false,
        }
    }

    async fn record(mut self, outcome: Outcome) {
        self.recorded = true;
        self.state
            .audit(
                Some(&self.user),
                "",
                AuditAction::ConsultationsExported,
                self.format,
                outcome,
            )
            .await;
    }
}

impl Drop for ExportAudit {
    fn drop(&mut self) {
        if self.recorded {
            return;
        }
        let state = self.state.clone();
        let user = self.user.clone();
        let format = self.format;
        // Dropped mid-stream: the reader went away before the last row.
        tokio::spawn(async move {
            state
                .audit(
                    Some(&user),
                    "",
                    AuditAction::ConsultationsExported,
                    format,
                    Outcome::Failure,
                )
                .await;
        });
    }
}

fn attachment(content_type: &'static str, name: &str) -> [(header::HeaderName, HeaderValue); 2] {
    [
        (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                .unwrap_or(HeaderValue::from_static("attachment")),
        ),
    ]
}

const EXPORT_PAGE: u32 = 100;

/// Where a streamed export stands between two chunks.
enum CsvProgress {
    Page(u32, ExportAudit),
    Done,
}

/// `GET /staff/consultations/export.csv?filters`: streamed, a page of rows at a time. The
/// stream is fused: a compressing layer may poll it again after its end.
pub async fn export_csv(
    State(state): State<AppState>,
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    let (filter, staff) = match authorised(&state, staff, query).await {
        Ok(authorised) => authorised,
        Err(response) => return response,
    };
    let organisation = staff.user.organisation_id;
    let header = csv_line(&HEADER.map(str::to_owned));
    let audit = ExportAudit::new(&state, &staff, "csv");
    let rows = stream::unfold(CsvProgress::Page(1, audit), move |progress| {
        let state = state.clone();
        let filter = filter.clone();
        async move {
            let CsvProgress::Page(number, audit) = progress else {
                return None;
            };
            let read = match PageRequest::new(Some(number), Some(EXPORT_PAGE)) {
                Ok(request) => {
                    state
                        .store()
                        .list_consultations(
                            OrganisationScope::Organisation(organisation),
                            &filter,
                            request,
                        )
                        .await
                }
                Err(error) => Err(strada_store::StoreError::Refused(error.to_string())),
            };
            match read {
                Ok(found) => {
                    let mut chunk = Vec::new();
                    for consultation in &found.items {
                        chunk.extend(csv_line(&cells(consultation)));
                    }
                    let next = if number < found.total_pages() {
                        CsvProgress::Page(number + 1, audit)
                    } else {
                        audit.record(Outcome::Success).await;
                        CsvProgress::Done
                    };
                    Some((Ok::<Bytes, std::io::Error>(Bytes::from(chunk)), next))
                }
                Err(error) => {
                    tracing::error!(%error, "an export stopped: the consultations cannot be read");
                    audit.record(Outcome::Failure).await;
                    Some((
                        Err(std::io::Error::other("the export stopped")),
                        CsvProgress::Done,
                    ))
                }
            }
        }
    });
    let body = stream::iter([Ok::<Bytes, std::io::Error>(Bytes::from(header))]);
    let stream = futures_util::StreamExt::fuse(futures_util::StreamExt::chain(body, rows));
    (
        attachment("text/csv; charset=utf-8", "consultations.csv"),
        Body::from_stream(stream),
    )
        .into_response()
}

fn csv_line(cells: &[String]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(cells);
    writer.into_inner().unwrap_or_default()
}

/// `GET /staff/consultations/export.xlsx?filters`
pub async fn export_xlsx(
    State(state): State<AppState>,
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    let (filter, staff) = match authorised(&state, staff, query).await {
        Ok(authorised) => authorised,
        Err(response) => return response,
    };
    let audit = ExportAudit::new(&state, &staff, "xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, title) in HEADER.iter().enumerate() {
        let _ = sheet.write_string(0, column as u16, *title);
    }
    let mut row = 1u32;
    let mut number = 1;
    while let Ok(request) = PageRequest::new(Some(number), Some(EXPORT_PAGE)) {
        let found = match state
            .store()
            .list_consultations(
                OrganisationScope::Organisation(staff.user.organisation_id),
                &filter,
                request,
            )
            .await
        {
            Ok(found) => found,
            Err(error) => {
                tracing::error!(%error, "an export failed: the consultations cannot be read");
                audit.record(Outcome::Failure).await;
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
        for consultation in &found.items {
            write_row(sheet, row, consultation);
            row += 1;
        }
        if number >= found.total_pages() {
            break;
        }
        number += 1;
    }
    match workbook.save_to_buffer() {
        Ok(bytes) => {
            audit.record(Outcome::Success).await;
            (
                attachment(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "consultations.xlsx",
                ),
                bytes,
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(%error, "an export failed: the workbook cannot be written");
            audit.record(Outcome::Failure).await;
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// One consultation's row: numbers as numbers and booleans as booleans, so that a
/// spreadsheet can sum and filter them; text neutralised against formulas.
fn write_row(sheet: &mut rust_xlsxwriter::Worksheet, row: u32, consultation: &Consultation) {
    let details = &consultation.details;
    for (column, cell) in cells(consultation).iter().enumerate() {
        let column = column as u16;
        let _ = match HEADER[usize::from(column)] {
            "anonymous" => sheet.write_boolean(row, column, details.anonymous),
            "duration_minutes" => match details.duration_minutes {
                Some(minutes) => sheet.write_number(row, column, f64::from(minutes)),
                None => continue,
            },
            _ => sheet.write_string(row, column, cell),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("phone"), "phone");
    }
}
