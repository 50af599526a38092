//! Strada's domain: typed values that can only be built valid, the taxonomies of the field and
//! the rules of each feature. No IO, no HTTP, no SQL: the web and store crates depend on this
//! one, never the other way round.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod cases;
pub mod codes;
pub mod consultations;
pub mod countries;
pub mod country_code;
pub mod directory;
pub mod help_requests;
pub mod ids;
pub mod language;
pub mod pagination;
pub mod second_factor;
pub mod time_zone;
