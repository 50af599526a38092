//! The directory as HSDS 3.1 (Open Referral's Human Services Data Specification), read-only:
//! organisations, and services made of each organisation's assistance services and each
//! hotline (with its phone, schedule and languages). Lists are HSDS Page objects. Names and
//! descriptions are in English, the language of the exchange; codes stay standard (ISO 639
//! languages, ISO 3166 countries). Nothing here carries an address: shelters never get one in
//! anything public, and the directory keeps none for the others either.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use strada_domain::directory::{AssistanceService, Directory, Hotline, Organisation};
use strada_domain::ids::OrganisationId;
use strada_domain::language::{LanguageTag, UiLanguage};
use strada_domain::pagination::Page;
use uuid::Uuid;

use crate::AppState;
use crate::errors::ApiError;
use crate::i18n::Translator;
use crate::params::{FieldErrors, QueryParams};

const HSDS_VERSION: &str = "3.1";
const HSDS_PROFILE: &str = "https://docs.openreferral.org/en/v3.1/";

/// `GET /hsds/`: which HSDS this is.
pub async fn show_api_information() -> Json<Value> {
    Json(json!({
        "version": HSDS_VERSION,
        "profile": HSDS_PROFILE,
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json",
    }))
}

/// `GET /hsds/organizations?page=&per_page=`
pub async fn list_organizations(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let page = read_page(query.as_deref())?;
    let directory = state.directory();
    let organisations: Vec<Value> = directory
        .organisations()
        .iter()
        .map(|organisation| organization(organisation, false, &directory))
        .collect();
    Ok(Json(page_object(page.slice(&organisations))))
}

/// `GET /hsds/organizations/{id}`: with its services.
pub async fn show_organization(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let directory = state.directory();
    let found = id
        .parse::<OrganisationId>()
        .ok()
        .and_then(|id| directory.organisation_by_id(id));
    match found {
        Some(organisation) => Json(organization(organisation, true, &directory)).into_response(),
        None => ApiError::not_found("organization").into_response(),
    }
}

/// `GET /hsds/services?page=&per_page=`
pub async fn list_services(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let page = read_page(query.as_deref())?;
    let directory = state.directory();
    Ok(Json(page_object(page.slice(&all_services(&directory)))))
}

/// `GET /hsds/services/{id}`
pub async fn show_service(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let directory = state.directory();
    let Ok(id) = Uuid::parse_str(&id) else {
        return ApiError::not_found("service").into_response();
    };
    match all_services(&directory)
        .into_iter()
        .find(|service| service["id"] == id.to_string())
    {
        Some(service) => Json(service).into_response(),
        None => ApiError::not_found("service").into_response(),
    }
}

fn read_page(query: Option<&str>) -> Result<strada_domain::pagination::PageRequest, ApiError> {
    let mut errors = FieldErrors::new();
    let page = QueryParams::parse(query).page_request(&mut errors);
    if errors.is_empty() {
        Ok(page)
    } else {
        Err(ApiError::invalid(errors))
    }
}

/// HSDS's Page object around one page of items.
fn page_object(page: Page<Value>) -> Value {
    let total_pages = page.total_pages();
    json!({
        "total_items": page.total,
        "total_pages": total_pages,
        "page_number": page.page,
        "size": page.items.len(),
        "first_page": page.page == 1,
        "last_page": page.page >= total_pages,
        "empty": page.items.is_empty(),
        "contents": page.items,
    })
}

fn english() -> Translator {
    Translator::new(UiLanguage::En)
}

fn organization(organisation: &Organisation, with_services: bool, directory: &Directory) -> Value {
    let mut value = json!({
        "id": organisation.id.to_string(),
        "name": organisation.name,
        "alternate_name": organisation.slug.as_str(),
        "description": organisation_description(organisation),
    });
    if let Some(website) = organisation.website.clone() {
        value["website"] = json!(website);
    }
    if with_services {
        value["services"] = json!(services_of(organisation, directory));
    }
    value
}

fn organisation_description(organisation: &Organisation) -> String {
    let tr = english();
    format!(
        "{} of the network in {}{}.",
        tr.label(organisation.membership),
        tr.country(organisation.country),
        if organisation.demo {
            " (demo data: verify before use)"
        } else {
            ""
        }
    )
}

fn all_services(directory: &Directory) -> Vec<Value> {
    directory
        .organisations()
        .iter()
        .flat_map(|organisation| services_of(organisation, directory))
        .collect()
}

fn services_of(organisation: &Organisation, directory: &Directory) -> Vec<Value> {
    let assistance = organisation
        .services
        .iter()
        .map(|service| assistance_service(organisation, *service));
    let hotlines = directory
        .hotlines_of(organisation)
        .into_iter()
        .map(|hotline| hotline_service(organisation, hotline));
    assistance.chain(hotlines).collect()
}

fn organization_reference(organisation: &Organisation) -> Value {
    json!({
        "id": organisation.id.to_string(),
        "name": organisation.name,
        "description": organisation_description(organisation),
    })
}

fn service_area(service_id: Uuid, organisation: &Organisation) -> Value {
    json!([{
        "id": Uuid::new_v5(&service_id, b"area").to_string(),
        "service_id": service_id.to_string(),
        "name": english().country(organisation.country),
        "description": format!("ISO 3166-1 {}", organisation.country),
        "extent_type": "other",
    }])
}

fn languages(parent: Uuid, parent_field: &str, tags: &[LanguageTag]) -> Value {
    let tr = english();
    Value::Array(
        tags.iter()
            .map(|tag| {
                let mut language = json!({
                    "id": Uuid::new_v5(&parent, format!("language/{tag}").as_bytes()).to_string(),
                    "name": tr.language_name(tag),
                    "code": tag.primary(),
                });
                language[parent_field] = json!(parent.to_string());
                language
            })
            .collect(),
    )
}

fn assistance_service(organisation: &Organisation, service: AssistanceService) -> Value {
    let id = Uuid::new_v5(organisation.id.as_uuid(), service.code().as_bytes());
    let name = english().label(service);
    json!({
        "id": id.to_string(),
        "organization_id": organisation.id.to_string(),
        "name": format!("{name} ({})", organisation.name),
        "alternate_name": service.code(),
        "description": format!("{name}, offered by {}.", organisation_description(organisation)),
        "status": "active",
        "organization": organization_reference(organisation),
        "languages": languages(id, "service_id", &organisation.languages),
        "service_areas": service_area(id, organisation),
    })
}

fn hotline_service(organisation: &Organisation, hotline: &Hotline) -> Value {
    let tr = english();
    let id = *hotline.id.as_uuid();
    let phone_id = Uuid::new_v5(&id, b"phone");
    let purpose = tr.label(hotline.purpose);
    let hours = tr.label(hotline.hours);
    let mut schedule = json!({
        "id": Uuid::new_v5(&id, b"schedule").to_string(),
        "service_id": id.to_string(),
        "description": hours,
    });
    if hotline.is_always_open() {
        schedule["freq"] = json!("WEEKLY");
        schedule["byday"] = json!("MO,TU,WE,TH,FR,SA,SU");
        schedule["opens_at"] = json!("00:00");
        schedule["closes_at"] = json!("23:59");
    }
    let fees = if hotline.free_of_charge {
        tr.t("hotline-free")
    } else {
        tr.t("hotline-charged")
    };
    json!({
        "id": id.to_string(),
        "organization_id": organisation.id.to_string(),
        "name": format!("{purpose} ({})", organisation.name),
        "alternate_name": hotline.purpose.code(),
        "description": format!(
            "{purpose} run by {}. Last verified {}.{}",
            organisation.name,
            hotline.last_verified,
            if hotline.demo { " Demo data: verify before use." } else { "" }
        ),
        "status": "active",
        "fees_description": fees,
        "organization": organization_reference(organisation),
        "phones": [{
            "id": phone_id.to_string(),
            "service_id": id.to_string(),
            "number": hotline.number.as_str(),
            "type": "voice",
            "description": purpose,
            "languages": languages(phone_id, "phone_id", &hotline.languages),
        }],
        "schedules": [schedule],
        "languages": languages(id, "service_id", &hotline.languages),
        "service_areas": service_area(id, organisation),
    })
}
