//! An organisation's hotlines: added, changed and removed from their forms on the entry's
//! page, each change on the entry's version (a stale form answers 409 with what was typed).

use axum::extract::{Path, State};
use axum::response::Response;
use strada_domain::audit::AuditAction;
use strada_domain::directory::Organisation;
use strada_domain::ids::HotlineId;

use super::entry::{Returned, conclude, editable, refused};
use crate::AppState;
use crate::directory::input::{HotlineInput, Problems, RemovalInput, today};
use crate::errors::PageError;
use crate::staff::guard::EditDirectoryEntry;
use crate::staff::{PermittedForm, Staff};

/// `POST /staff/organisations/{id}/hotlines`: a new hotline.
pub async fn add_hotline(
    State(state): State<AppState>,
    Path(id): Path<String>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, HotlineInput>,
) -> Result<Response, PageError> {
    save_hotline(&state, &permitted, &id, None, form).await
}

/// `POST /staff/organisations/{id}/hotlines/{hotline}`: a hotline changed.
pub async fn update_hotline(
    State(state): State<AppState>,
    Path((id, hotline)): Path<(String, String)>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, HotlineInput>,
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
    form: HotlineInput,
) -> Result<Response, PageError> {
    let organisation = editable(state, staff, id)?;
    if let Some(hotline_id) = hotline_id {
        hotline_number(state, &organisation, hotline_id)?;
    }
    let new_id = hotline_id.unwrap_or_else(HotlineId::new_random);
    let problems = match form.parse(&organisation, new_id, today()) {
        Ok((hotline, Some(version))) => {
            let edit = state
                .store()
                .save_hotline(&hotline, hotline_id.is_none(), version)
                .await?;
            let action = if hotline_id.is_none() {
                AuditAction::HotlineAdded
            } else {
                AuditAction::HotlineUpdated
            };
            let target = format!("{} {}", organisation.slug, hotline.number.as_str());
            let returned = Returned::Hotline(hotline_id, form, Problems::default());
            return conclude(state, staff, &organisation, edit, action, target, returned).await;
        }
        Ok((_, None)) => Problems::default(),
        Err(problems) => problems,
    };
    let returned = Returned::Hotline(hotline_id, form, problems);
    Ok(refused(state, staff, &organisation, returned))
}
/// `POST /staff/organisations/{id}/hotlines/{hotline}/remove`
pub async fn remove_hotline(
    State(state): State<AppState>,
    Path((id, hotline)): Path<(String, String)>,
    PermittedForm { permitted, form }: PermittedForm<EditDirectoryEntry, RemovalInput>,
) -> Result<Response, PageError> {
    let organisation = editable(&state, &permitted, &id)?;
    let (Ok(hotline_id), Some(version)) = (hotline.parse::<HotlineId>(), form.version()) else {
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
