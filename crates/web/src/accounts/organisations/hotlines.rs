//! An organisation's hotlines: added, changed and removed from their forms on the entry's
//! page, each change on the entry's version (a stale form answers 409 with what was typed).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::audit::AuditAction;
use strada_domain::ids::HotlineId;

use super::entry::{Returned, conclude, editable, entry_page};
use super::input::{Reader, read_hotline, read_version, today};
use crate::AppState;
use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;
use crate::staff::staff_not_found;
use crate::staff::{Staff, StaffForm};

/// `POST /staff/organisations/{id}/hotlines`: a new hotline.
pub async fn add_hotline(
    State(state): State<AppState>,
    Path(id): Path<String>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    save_hotline(state, staff, id, None, form).await
}

/// `POST /staff/organisations/{id}/hotlines/{hotline}`: a hotline changed.
pub async fn update_hotline(
    State(state): State<AppState>,
    Path((id, hotline)): Path<(String, String)>,
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    match hotline.parse::<HotlineId>() {
        Ok(hotline) => save_hotline(state, staff, id, Some(hotline), form).await,
        Err(_) => staff_not_found(&staff),
    }
}

async fn save_hotline(
    state: AppState,
    staff: Staff,
    id: String,
    hotline_id: Option<HotlineId>,
    form: Vec<(String, String)>,
) -> Response {
    let organisation = match editable(&state, &staff, &id) {
        Ok(organisation) => organisation,
        Err(response) => return response,
    };
    if let Some(hotline_id) = hotline_id {
        let directory = state.directory();
        if !directory
            .hotlines_of(&organisation)
            .iter()
            .any(|hotline| hotline.id == hotline_id)
        {
            return staff_not_found(&staff);
        }
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
        return entry_page(
            &state,
            &staff,
            &organisation,
            Returned::Hotline(hotline_id, form, errors),
            Some("organisation-form-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let edit = state
        .store()
        .save_hotline(&hotline, hotline_id.is_none(), version)
        .await;
    conclude(
        &state,
        &staff,
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
    StaffForm { staff, form }: StaffForm<Vec<(String, String)>>,
) -> Response {
    let organisation = match editable(&state, &staff, &id) {
        Ok(organisation) => organisation,
        Err(response) => return response,
    };
    let form = FormValues::from_pairs(form);
    let (Ok(hotline_id), Some(version)) = (hotline.parse::<HotlineId>(), read_version(&form))
    else {
        return staff_not_found(&staff);
    };
    let number = state
        .directory()
        .hotlines_of(&organisation)
        .iter()
        .find(|hotline| hotline.id == hotline_id)
        .map(|hotline| hotline.number.as_str().to_owned());
    let Some(number) = number else {
        return staff_not_found(&staff);
    };
    let edit = state
        .store()
        .remove_hotline(organisation.id, hotline_id, version)
        .await;
    conclude(
        &state,
        &staff,
        &organisation,
        edit,
        AuditAction::HotlineRemoved,
        format!("{} {number}", organisation.slug),
        Returned::Nothing,
    )
    .await
}
