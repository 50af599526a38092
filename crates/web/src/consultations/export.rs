//! Exports of an organisation's consultations, one row each, for its org-admins only
//! (analysts see aggregates: the dashboard): CSV streamed page
//! by page, XLSX built whole. Notes never leave in an export. Every text cell that a
//! spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
//! prefixed with an apostrophe.

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::stream;
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::consultations::{Consultation, ConsultationDetails, ConsultationField};
use strada_domain::pagination::PageRequest;
use strada_store::consultations::ConsultationFilter;
use time::format_description::well_known::Rfc3339;

use super::filter::read_screen_filter;
use super::screens::show_list;
use crate::AppState;
use crate::errors::PageError;
use crate::staff::guard::ExportConsultations;
use crate::staff::{Permitted, Staff};

/// The exported fields: every field of a consultation but its notes, in the list's order.
fn exported_fields() -> impl Iterator<Item = ConsultationField> {
    ConsultationField::ALL
        .into_iter()
        .filter(|field| *field != ConsultationField::Notes)
}

/// The header row: the record's id, then each exported field by name (exploitation types
/// by their HTCDS codes, and named so).
pub(super) fn header() -> Vec<String> {
    let names = exported_fields().map(|field| match field {
        ConsultationField::ExploitationTypes => "exploitation_types_htcds",
        field => field.name(),
    });
    std::iter::once("id")
        .chain(names)
        .map(str::to_owned)
        .collect()
}

/// A cell as a spreadsheet will not run it.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// One field's cell, before it is neutralised.
fn cell(details: &ConsultationDetails, field: ConsultationField) -> String {
    let join = |items: Vec<String>| items.join(" ");
    match field {
        ConsultationField::StartedAt => details.started_at.format(&Rfc3339).unwrap_or_default(),
        ConsultationField::Channel => details.channel.to_string(),
        ConsultationField::CallerType => details.caller_type.to_string(),
        ConsultationField::Anonymous => details.anonymous.to_string(),
        ConsultationField::Language => details.language.to_string(),
        ConsultationField::Topics => join(details.topics.iter().map(ToString::to_string).collect()),
        ConsultationField::DestinationCountry => details
            .destination_country
            .map(|c| c.to_string())
            .unwrap_or_default(),
        ConsultationField::TraffickingConcern => details.trafficking_concern.to_string(),
        ConsultationField::ExploitationTypes => join(
            details
                .exploitation_types
                .iter()
                .map(|t| t.htcds_code().to_owned())
                .collect(),
        ),
        ConsultationField::DurationMinutes => details
            .duration_minutes
            .map(|m| m.to_string())
            .unwrap_or_default(),
        ConsultationField::Outcome => details.outcome.map(|o| o.to_string()).unwrap_or_default(),
        ConsultationField::ReferredTo => join(
            details
                .referred_to
                .iter()
                .map(ToString::to_string)
                .collect(),
        ),
        // Notes never leave in an export (`exported_fields` leaves them out).
        ConsultationField::Notes => String::new(),
    }
}

/// A consultation's row of cells, neutralised, in the header's order.
fn cells(consultation: &Consultation) -> Vec<String> {
    std::iter::once(consultation.id.to_string())
        .chain(exported_fields().map(|field| cell(&consultation.details, field)))
        .map(|cell| neutralise(&cell))
        .collect()
}

/// The filter of an export, its days on the organisation's clock as on the list; a filter
/// in error answers the list itself, which shows the error beside its field (422).
async fn export_filter(
    state: &AppState,
    staff: &Staff,
    query: Option<&str>,
) -> Result<ConsultationFilter, Response> {
    let (filter, _, errors) = read_screen_filter(state, &staff.user, query);
    if errors.is_empty() {
        return Ok(filter);
    }
    Err(show_list(state, staff, query)
        .await
        .unwrap_or_else(IntoResponse::into_response))
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
    permitted: Permitted<ExportConsultations>,
    RawQuery(query): RawQuery,
) -> Response {
    let staff: &Staff = &permitted;
    let filter = match export_filter(&state, staff, query.as_deref()).await {
        Ok(filter) => filter,
        Err(response) => return response,
    };
    let scope = permitted.scope;
    let header = csv_line(&header());
    let audit = ExportAudit::new(&state, staff, "csv");
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
                        .list_consultations(scope, &filter, request)
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
    permitted: Permitted<ExportConsultations>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let filter = match export_filter(&state, staff, query.as_deref()).await {
        Ok(filter) => filter,
        Err(response) => return Ok(response),
    };
    let audit = ExportAudit::new(&state, staff, "xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, title) in header().iter().enumerate() {
        let _ = sheet.write_string(0, column as u16, title);
    }
    let mut row = 1u32;
    let mut number = 1;
    while let Ok(request) = PageRequest::new(Some(number), Some(EXPORT_PAGE)) {
        let found = match state
            .store()
            .list_consultations(permitted.scope, &filter, request)
            .await
        {
            Ok(found) => found,
            Err(error) => {
                audit.record(Outcome::Failure).await;
                return Err(error.into());
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
            let content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            Ok((attachment(content_type, "consultations.xlsx"), bytes).into_response())
        }
        Err(error) => {
            audit.record(Outcome::Failure).await;
            Err(PageError::unavailable(&error))
        }
    }
}

/// One consultation's row: numbers as numbers and booleans as booleans, so that a
/// spreadsheet can sum and filter them; text neutralised against formulas.
fn write_row(sheet: &mut rust_xlsxwriter::Worksheet, row: u32, consultation: &Consultation) {
    let details = &consultation.details;
    let fields = std::iter::once(None).chain(exported_fields().map(Some));
    for (column, (field, cell)) in fields.zip(cells(consultation)).enumerate() {
        let column = column as u16;
        let _ = match field {
            Some(ConsultationField::Anonymous) => {
                sheet.write_boolean(row, column, details.anonymous)
            }
            Some(ConsultationField::DurationMinutes) => match details.duration_minutes {
                Some(minutes) => sheet.write_number(row, column, f64::from(minutes)),
                None => continue,
            },
            _ => sheet.write_string(row, column, &cell),
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
