//! Case files of the people a member assists, on the web. Who may see a case is the access
//! policy's `case_scope` (its workers, its organisation's administrators, nobody else); the
//! store filters by it in SQL, so a case outside it answers 404. `screens` (`/staff/cases`)
//! and `api` (`/api/v1/cases`) share `records` (a case named in an address, who may lead)
//! `input` (one input type for JSON and the form) and `writes` (each write and whole read
//! with its audit event). `contacts` shows a consultation's or help request's cases on its
//! page, and the way to open one from it.

mod api;
pub mod contacts;
pub mod input;
mod records;
mod screens;
mod views;
mod writes;

use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().merge(screens::routes()).merge(api::routes())
}
