//! An organisation's hotlines: added, changed and removed from their forms on the entry's
//! page, each change on the entry's version (a stale form answers 409 with what was typed).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::audit::AuditAction;
use strada_domain::directory::Organisation;
use strada_domain::ids::HotlineId;

use super::entry::{Returned, conclude, editable, entry_page};
use crate::AppState;
use crate::directory::input::{Reader, read_hotline, read_version, today};
use crate::errors::PageError;
use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;
use crate::staff::guard::EditDirectoryEntry;
use crate::staff::{PermittedForm, Staff};

/// `POST /staff/organisations/{id}/hotlines`: a new hotline.
pub async fn add_hotline(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, Vec<(String, String)>>,
) -> Result<Response, PageError> {
    save_hotline(&state, &permitted, &id, None, form).await
}

/// `POST /staff/organisations/{id}/hotlines/{hotline}`: a hotline changed.
pub async fn update_hotline(
    State(state): State<AppState>,
    Path((id, hotline)): Path<(String, String)>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let hotline = hotline
        .parse::<HotlineId>()
        .map_err(|_| PageError::NotFound)?;
    save_hotline(&state, &permitted, &id, Some(hotline), form).await
}

async fn save_hotline(
    state: &AppState,
    staff: &Staff,
    id: &str,
    hotline_id: Option<HotlineId>,
    form: Vec<(String, String)>,
) -> Result<Response, PageError> {
    let organisation = editable(state, staff, id)?;
    if let Some(hotline_id) = hotline_id {
        hotline_number(state, &organisation, hotline_id)?;
    }
    let form = FormValues::from_pairs(form);
    let tr = Translator::new(staff.user.language);
    let prefix = hotline_id.map_or("hotline-new".to_owned(), |id| format!("hotline-{id}"));
    let mut reader = Reader::new(&form, tr);
    let parsed = read_hotline(
        &mut reader,
        &organisation,
        hotline_id.unwrap_or_else(HotlineId::new_random),
        &prefix,
        today(),
    );
    let (Some(hotline), Some(version)) = (parsed, read_version(&form)) else {
        let errors = reader.errors;
        return Ok(entry_page(
            state,
            staff,
            &organisation,
            Returned::Hotline(hotline_id, form, errors),
            Some("organisation-form-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    let edit = state
        .store()
        .save_hotline(&hotline, hotline_id.is_none(), version)
        .await?;
    conclude(
        state,
        staff,
        &organisation,
        edit,
        if hotline_id.is_none() {
            AuditAction::HotlineAdded
        } else {
            AuditAction::HotlineUpdated
        },
        format!("{} {}", organisation.slug, hotline.number.as_str()),
        Returned::Hotline(hotline_id, form, FormErrors::new()),
    )
    .await
}

/// `POST /staff/organisations/{id}/hotlines/{hotline}/remove`
pub async fn remove_hotline(
    State(state): State<AppState>,
    Path((id, hotline)): Path<(String, String)>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let organisation = editable(&state, &permitted, &id)?;
    let form = FormValues::from_pairs(form);
    let (Ok(hotline_id), Some(version)) = (hotline.parse::<HotlineId>(), read_version(&form))
    else {
        return Err(PageError::NotFound);
    };
    let number = hotline_number(&state, &organisation, hotline_id)?;
    let edit = state
        .store()
        .remove_hotline(organisation.id, hotline_id, version)
        .await?;
    conclude(
        &state,
        &permitted,
        &organisation,
        edit,
        AuditAction::HotlineRemoved,
        format!("{} {number}", organisation.slug),
        Returned::Nothing,
    )
    .await
}

/// The number of `organisation`'s hotline `hotline_id`, or the staff 404.
fn hotline_number(
    state: &AppState,
    organisation: &Organisation,
    hotline_id: HotlineId,
) -> Result<String, PageError> {
    state
        .directory()
        .hotlines_of(organisation)
        .iter()
        .find(|hotline| hotline.id == hotline_id)
        .map(|hotline| hotline.number.as_str().to_owned())
        .ok_or(PageError::NotFound)
}
