//! Reads an HSDS 3.1 document as Strada's own `/hsds/` serves it (an array of organizations
//! with their services, or a page of them with `contents`) back into directory entries for
//! `strada import`. HSDS has no field for some of Strada's facts, which `/hsds/` writes into
//! text: the country in each service area (`ISO 3166-1 MD`), the membership in the
//! organisation's description, a hotline's hours, fees and last verification in its own.
//! The English labels are read back with the same translations that wrote them.

use anyhow::{Context, anyhow, bail};
use serde_json::Value;
use strada_domain::country_code::CountryCode;
use strada_domain::directory::{
    AssistanceService, Hotline, HotlineHours, HotlinePurpose, Membership, Organisation,
    PhoneNumber, Slug,
};
use strada_domain::ids::{HotlineId, OrganisationId};
use strada_domain::language::{LanguageTag, UiLanguage};
use strada_domain::time_zone::TimeZone;
use strada_store::directory::import::DirectoryEntry;
use strada_web::i18n::Translator;
use time::Date;

/// Reads the organizations of an HSDS document.
pub fn read_hsds(text: &str) -> anyhow::Result<Vec<DirectoryEntry>> {
    let document: Value = serde_json::from_str(text).context("the HSDS file is not JSON")?;
    let organizations = match &document {
        Value::Array(items) => items,
        Value::Object(page) => page
            .get("contents")
            .and_then(Value::as_array)
            .ok_or_else(|| anyhow!("an HSDS page needs `contents`"))?,
        _ => bail!("an HSDS document is an array of organizations or a page of them"),
    };
    organizations
        .iter()
        .enumerate()
        .map(|(index, organization)| {
            read_organization(organization)
                .with_context(|| format!("HSDS organization {}", index + 1))
        })
        .collect()
}

fn text<'a>(value: &'a Value, field: &str) -> anyhow::Result<&'a str> {
    value
        .get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| anyhow!("`{field}` is missing"))
}

/// The code whose English label (`{prefix}-{code}`) the text starts with.
fn labelled<T: Copy>(
    text: &str,
    all: &[T],
    code: fn(T) -> &'static str,
    prefix: &str,
) -> Option<T> {
    let tr = Translator::new(UiLanguage::En);
    // The longest label first: "Associate member" before "Member".
    let mut labels: Vec<(String, T)> = all
        .iter()
        .map(|item| (tr.t(&format!("{prefix}-{}", code(*item))), *item))
        .collect();
    labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    labels
        .into_iter()
        .find(|(label, _)| text.starts_with(label.as_str()))
        .map(|(_, item)| item)
}

fn read_organization(value: &Value) -> anyhow::Result<DirectoryEntry> {
    let name = text(value, "name")?.trim().to_owned();
    let slug = match value.get("alternate_name").and_then(Value::as_str) {
        Some(slug) => Slug::parse(slug)?,
        None => Slug::from_name(&name)?,
    };
    let description = text(value, "description")?;
    let membership = labelled(description, Membership::ALL, Membership::code, "membership")
        .ok_or_else(|| anyhow!("the description does not name a membership"))?;
    let services = value
        .get("services")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let country = services
        .iter()
        .flat_map(|service| {
            service["service_areas"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .find_map(|area| {
            area["description"]
                .as_str()
                .and_then(|d| d.strip_prefix("ISO 3166-1 "))
                .and_then(|code| CountryCode::parse(code).ok())
        })
        .or_else(|| country_in(description))
        .ok_or_else(|| anyhow!("neither a service area nor the description names the country"))?;
    let id = OrganisationId::new_random();
    let mut organisation = Organisation {
        id,
        slug,
        name,
        country,
        city: None,
        membership,
        founding: false,
        website: value
            .get("website")
            .and_then(Value::as_str)
            .map(str::to_owned),
        languages: Vec::new(),
        services: Vec::new(),
        demo: false,
        time_zone: TimeZone::of_country(country),
        version: 1,
    };
    let mut hotlines = Vec::new();
    for service in &services {
        let code = text(service, "alternate_name")?;
        match service.get("phones").and_then(Value::as_array) {
            Some(phones) if !phones.is_empty() => {
                hotlines.push(read_hotline(&organisation, service, code, &phones[0])?)
            }
            _ => {
                let service = AssistanceService::parse(code)?;
                if !organisation.services.contains(&service) {
                    organisation.services.push(service);
                }
                if organisation.languages.is_empty() {
                    organisation.languages =
                        languages(&service_languages(service_value(&services, code)))?;
                }
            }
        }
    }
    Ok(DirectoryEntry {
        organisation,
        hotlines,
    })
}

/// The country an organisation's description names ("Member of the network in Moldova."),
/// for an organisation without services, whose areas would say it.
fn country_in(description: &str) -> Option<CountryCode> {
    let tr = Translator::new(UiLanguage::En);
    strada_domain::time_zone::region_countries().find(|country| {
        description.contains(&format!(" in {}.", tr.country(*country)))
            || description.contains(&format!(" in {} (", tr.country(*country)))
    })
}

fn service_value<'a>(services: &'a [Value], code: &str) -> &'a Value {
    services
        .iter()
        .find(|s| s["alternate_name"].as_str() == Some(code))
        .unwrap_or(&Value::Null)
}

fn service_languages(value: &Value) -> Vec<String> {
    value["languages"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|l| l["code"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn languages(codes: &[String]) -> anyhow::Result<Vec<LanguageTag>> {
    Ok(codes
        .iter()
        .map(|code| LanguageTag::parse(code))
        .collect::<Result<_, _>>()?)
}

fn read_hotline(
    organisation: &Organisation,
    service: &Value,
    purpose: &str,
    phone: &Value,
) -> anyhow::Result<Hotline> {
    let description = text(service, "description")?;
    let hours_text = service["schedules"][0]["description"]
        .as_str()
        .unwrap_or("");
    let verified = description
        .split("Last verified ")
        .nth(1)
        .and_then(|rest| rest.get(..10))
        .ok_or_else(|| anyhow!("the description does not say when it was last verified"))?;
    let tr = Translator::new(UiLanguage::En);
    Ok(Hotline {
        id: HotlineId::new_random(),
        organisation_id: organisation.id,
        country: organisation.country,
        number: PhoneNumber::parse(text(phone, "number")?)?,
        purpose: HotlinePurpose::parse(purpose)?,
        hours: labelled(hours_text, HotlineHours::ALL, HotlineHours::code, "hours")
            .ok_or_else(|| anyhow!("the schedule does not name the hours"))?,
        free_of_charge: service["fees_description"].as_str() == Some(&tr.t("hotline-free")),
        languages: languages(&service_languages(service))?,
        last_verified: Date::parse(
            verified,
            &time::format_description::well_known::Iso8601::DATE,
        )
        .with_context(|| format!("`{verified}` is not a date"))?,
        demo: false,
    })
}
