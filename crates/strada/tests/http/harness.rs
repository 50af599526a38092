//! The harness the tests are written in: a real server on a fresh database ([`TestApp`]), one
//! request sender ([`Client`], a browser or an API client) whose every answer from the API is
//! checked against `openapi.json`, fixtures that make a signed-in staff member in one line,
//! and readers of what answers and the database hold.

mod answer;
mod app;
mod client;
mod database;
mod fixtures;
pub mod openapi;

pub use answer::Answer;
pub use app::{REQUEST_TIMEOUT, TestApp, reference_network, test_data};
pub use client::{Client, csrf_token, form_body};
pub use fixtures::{demo_email, enrolment_secret, totp_code};
