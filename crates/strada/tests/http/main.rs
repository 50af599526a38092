//! Strada's integration tests: the real server, on a fresh database per test, driven over
//! HTTP. SQLite by default; PostgreSQL when `STRADA_TEST_POSTGRES_URL` names a server
//! (`postgres://USER@HOST:PORT/DB`, whose user may create databases): each test then gets a
//! database of its own there.

mod harness;

mod access;
mod accounts;
mod audit;
mod cases;
mod cli;
mod consultations;
mod countries;
mod directory;
mod help_requests;
mod hsds;
mod import;
mod languages;
mod ops;
mod organisations;
mod pagination;
mod site;
mod staff_home;

pub use harness::*;
