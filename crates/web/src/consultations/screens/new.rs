//! The new consultation's form: shown with the consultant's usual channel and language, and
//! after a save shown fresh for the next contact with a link to the one just saved.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::AppState;
use crate::consultations::input::{ConsultationForm, Problems};
use crate::consultations::views::{FormOptions, NewPage, form_errors};
use crate::consultations::{organisation_zone, writes};
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::guard::PermittedForm;
use crate::staff::guard::RecordConsultations;
use crate::staff::{Permitted, Staff, StaffChrome};

/// What the new form shows: the values, the problems (if any) and what was carried over.
struct NewForm {
    values: FormValues,
    problems: Problems,
    carried_over: Option<String>,
}

/// What the page says above the form (a message key), and the saved record's address.
struct Notice {
    key: &'static str,
    saved_href: Option<String>,
}

fn new_page(
    state: &AppState,
    staff: &Staff,
    form: NewForm,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let chrome = StaffChrome::for_staff(staff, "consultations-new-title", "/staff/consultations");
    let mut options = FormOptions::new(chrome.tr, state);
    options.keep_language(&form.values.value("language"), chrome.tr);
    let (notice, saved_href) =
        notice.map_or((None, None), |notice| (Some(notice.key), notice.saved_href));
    let page = NewPage {
        submission: Uuid::new_v4().to_string(),
        options,
        errors: form_errors(&form.problems, chrome.tr),
        form: form.values,
        notice: notice.map(|key| chrome.t(key)),
        saved_href,
        action: "/staff/consultations/new".into(),
        zone: organisation_zone(state, staff.user.organisation_id).to_string(),
        carried_over: form.carried_over,
        chrome,
    };
    render(&page, status).into_response(staff.user.language)
}

/// `GET /staff/consultations/new`: the form, with the consultant's usual channel and language.
pub async fn show_new(
    State(state): State<AppState>,
    permitted: Permitted<RecordConsultations>,
) -> Result<Response, PageError> {
    let form = usual_values(&state, &permitted).await?;
    Ok(new_page(&state, &permitted, form, None, StatusCode::OK))
}

/// A fresh form: the channel and language of the consultant's last contact, said so, and
/// nothing else chosen for them (the caller is anonymous unless they tick otherwise).
async fn usual_values(state: &AppState, staff: &Staff) -> Result<NewForm, PageError> {
    let tr = Translator::new(staff.user.language);
    let usual = state
        .store()
        .usual_channel_and_language(staff.user.id)
        .await?;
    let (pairs, carried_over) = match usual {
        Some((channel, language)) => {
            let carried = tr.t_args(
                "consultations-carried-over",
                &[
                    ("channel", tr.label(channel).into()),
                    ("language", tr.language_name(&language).into()),
                ],
            );
            (
                vec![
                    ("channel".to_owned(), channel.code().to_owned()),
                    ("language".to_owned(), language.to_string()),
                ],
                Some(carried),
            )
        }
        None => (Vec::new(), None),
    };
    Ok(NewForm {
        values: FormValues::from_pairs(pairs),
        problems: Problems::new(),
        carried_over,
    })
}

/// `POST /staff/consultations/new`: saved, then a fresh form for the next contact.
pub async fn record(
    State(state): State<AppState>,
    PermittedForm { permitted, form }: PermittedForm<RecordConsultations, ConsultationForm>,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let zone = organisation_zone(&state, staff.user.organisation_id);
    let values = form.values();
    // The form's own id makes a double submission (a double click, a reload) record once.
    let key = form.submission().map(str::to_owned);
    let parsed = form
        .into_input(&zone)
        .parse(&state.directory(), OffsetDateTime::now_utc());
    let details = match parsed {
        Ok(details) => details,
        Err(problems) => {
            let form = NewForm {
                values,
                problems,
                carried_over: None,
            };
            let invalid = Notice {
                key: "consultations-invalid",
                saved_href: None,
            };
            return Ok(new_page(
                &state,
                staff,
                form,
                Some(invalid),
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let (consultation, _) = writes::record(&state, &staff.user, &details, key.as_deref()).await?;
    let saved = Notice {
        key: "consultations-saved",
        saved_href: Some(format!("/staff/consultations/{}", consultation.id)),
    };
    let form = usual_values(&state, staff).await?;
    Ok(new_page(
        &state,
        staff,
        form,
        Some(saved),
        StatusCode::CREATED,
    ))
}
