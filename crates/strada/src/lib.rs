//! The Strada binary's library: the command line, the configuration and the server's life
//! (start, serve, stop on SIGTERM). The layers below know nothing of flags or files.

pub mod admin;
#[cfg(test)]
mod architecture;
pub mod cli;
pub mod config;
mod connections;
mod hsds_import;
pub mod server;
