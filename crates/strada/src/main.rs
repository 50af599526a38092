//! The `strada` command: parses the command line and runs it; everything else is in the
//! library so the tests can start the same server.

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = strada::cli::Cli::parse();
    match strada::cli::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("strada: {error:#}");
            ExitCode::FAILURE
        }
    }
}
