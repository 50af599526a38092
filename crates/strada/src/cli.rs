//! The command line: `strada serve` and `strada migrate`, each with `--help`.

use std::path::PathBuf;
use strada_store::audit::{AuditActor, NewAuditEvent};

use anyhow::Context;
use clap::{Parser, Subcommand};
use strada_store::Store;

use crate::config::{self, ServeConfig, ServeFlags};
use crate::{admin, server};

/// Strada: the platform of the European network against trafficking in human beings.
#[derive(Debug, Parser)]
#[command(name = "strada", version, about)]
pub struct Cli {
    /// A TOML configuration file (also STRADA_CONFIG). Environment variables and flags override it.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// What to do; without a command, `serve` with its defaults.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the public site, the API and the staff tools.
    Serve(ServeArgs),
    /// Apply the database migrations this binary carries, then exit.
    Migrate(DatabaseArgs),
    /// Manage staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Check the audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Load a network's directory from CSV (the columns of the demo files) or HSDS JSON
    /// (what `/hsds/` serves), adding and updating organisations and hotlines by slug and
    /// number; `--dry-run` reports what would change and changes nothing.
    Import(ImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The organisations table (name, country, city, membership, founding, website,
    /// languages, services).
    #[arg(
        long,
        value_name = "FILE",
        requires = "hotlines",
        conflicts_with = "hsds"
    )]
    pub organisations: Option<PathBuf>,
    /// The hotlines table (organisation, number, purpose, hours, free_of_charge, languages,
    /// last_verified).
    #[arg(long, value_name = "FILE", requires = "organisations")]
    pub hotlines: Option<PathBuf>,
    /// An HSDS 3.1 document: an array of organizations, or a page of them, as `/hsds/` serves.
    #[arg(long, value_name = "FILE", required_unless_present = "organisations")]
    pub hsds: Option<PathBuf>,
    /// Report what the import would change, and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input (one line).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// The organisation's slug, e.g. la-strada-moldova.
        #[arg(long, value_name = "SLUG")]
        org: String,
        /// network-admin, org-admin, case-worker, hotline-consultant, editor or analyst.
        #[arg(long)]
        role: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// List every account.
    List {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Disable an account and end its sessions.
    Disable {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Forget an account's second factor (for someone who lost the session of their reset, or
    /// their device): sessions and tokens end, and the next sign-in enrols a new one.
    ClearSecondFactor {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a user and print it once.
    Create {
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long)]
        name: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Verify the hash chain: exit 0 and count the events when it is whole; otherwise name the
    /// first bad event and exit 1.
    Verify {
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Default, clap::Args)]
pub struct DatabaseArgs {
    /// The database: sqlite://PATH or postgres://USER@HOST:PORT/DB (also STRADA_DATABASE_URL
    /// or STRADA_DATABASE_URL_FILE) [default: sqlite://data/strada.db]
    #[arg(long, value_name = "URL")]
    pub database: Option<String>,
}

#[derive(Debug, Default, clap::Args)]
pub struct ServeArgs {
    /// The address to listen on (also STRADA_ADDR) [default: 127.0.0.1:8080]
    #[arg(long, value_name = "IP:PORT")]
    pub addr: Option<String>,

    #[command(flatten)]
    pub database: DatabaseArgs,

    /// Load the demo network into a database without real directory data (again: no duplicates).
    #[arg(long)]
    pub demo: bool,

    /// The public address of the site, e.g. https://strada.example.org (also STRADA_PUBLIC_URL);
    /// an https address turns on secure cookies and HSTS.
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,

    /// Served over TLS (directly or behind a proxy): mark cookies Secure and send HSTS
    /// (also STRADA_SECURE_COOKIES).
    #[arg(long)]
    pub secure_cookies: bool,

    /// The master key that wraps the keys of personal data: a file of 64 hex characters
    /// (also STRADA_KEY_FILE) [default: master.key beside the SQLite file, created with mode
    /// 0600 when missing]
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,

    /// The case keyring: a directory holding each case's data key, sealed under the master
    /// key, outside the database (also STRADA_CASE_KEYS_DIR) [default: case-keys/ beside the
    /// master key, created with mode 0700 when missing]
    #[arg(long, value_name = "DIR")]
    pub case_keys_dir: Option<PathBuf>,

    /// Days a closed anonymous help request is kept before it is deleted (also
    /// STRADA_HELP_REQUEST_RETENTION_DAYS) [default: 90]
    #[arg(long, value_name = "DAYS")]
    pub help_request_retention_days: Option<u32>,

    /// Hours an anonymous help request may wait unopened before the secretariat receives it
    /// too (also STRADA_HELP_REQUEST_ESCALATION_HOURS) [default: 24]
    #[arg(long, value_name = "HOURS")]
    pub help_request_escalation_hours: Option<u32>,

    /// A reverse proxy whose X-Forwarded-For names the client, for the rate limits; repeat
    /// for several (also STRADA_TRUSTED_PROXIES, comma-separated) [default: none]
    #[arg(long = "trusted-proxy", value_name = "IP")]
    pub trusted_proxies: Vec<String>,
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    server::init_logging();
    server::log_panics_without_their_messages();
    let file = config::file_config(cli.config.as_ref())?;
    match cli.command.unwrap_or(Command::Serve(ServeArgs::default())) {
        Command::Serve(args) => {
            let config = ServeConfig::resolve(
                ServeFlags {
                    addr: args.addr,
                    database: args.database.database,
                    demo: args.demo,
                    public_url: args.public_url,
                    secure_cookies: args.secure_cookies,
                    key_file: args.key_file,
                    case_keys_dir: args.case_keys_dir,
                    help_request_retention_days: args.help_request_retention_days,
                    help_request_escalation_hours: args.help_request_escalation_hours,
                    trusted_proxies: args.trusted_proxies,
                },
                &file,
            )?;
            let signal = server::shutdown_signal()?;
            let running = server::start(config).await?;
            running.wait_for(signal).await
        }
        Command::Migrate(args) => {
            let url = config::database_url(args.database.as_deref(), &file)?;
            let store = Store::connect(&url)
                .await
                .with_context(|| format!("cannot use the database {url}"))?;
            store
                .migrate()
                .await
                .with_context(|| format!("cannot migrate the database {url}"))?;
            tracing::info!(database = %url, "the database is up to date");
            Ok(())
        }
        Command::User(command) => admin::run_user(command, &file).await,
        Command::Token(command) => admin::run_token(command, &file).await,
        Command::Audit(command) => admin::run_audit(command, &file).await,
        Command::Import(args) => run_import(args, &file).await,
    }
}

/// `strada import`: reads the files whole before touching the database, so a file with an
/// error changes nothing; prints what changes (or would), and audits a real run.
async fn run_import(args: ImportArgs, file: &config::FileConfig) -> anyhow::Result<()> {
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
    };
    let entries = match (&args.organisations, &args.hotlines, &args.hsds) {
        (Some(organisations), Some(hotlines), _) => {
            strada_store::directory::import::read_import_csv(
                &read(organisations)?,
                &read(hotlines)?,
            )?
        }
        (_, _, Some(hsds)) => crate::hsds_import::read_hsds(&read(hsds)?)?,
        _ => anyhow::bail!("name --organisations and --hotlines, or --hsds"),
    };
    let store = admin::open(&args.database, file).await?;
    let report = store.import_directory(&entries, args.dry_run).await?;
    let verb = if args.dry_run { "would add" } else { "added" };
    let change = if args.dry_run {
        "would change"
    } else {
        "changed"
    };
    for slug in &report.organisations_added {
        println!("{verb} organisation {slug}");
    }
    for slug in &report.organisations_changed {
        println!("{change} organisation {slug}");
    }
    for hotline in &report.hotlines_added {
        println!("{verb} hotline {hotline}");
    }
    for hotline in &report.hotlines_changed {
        println!("{change} hotline {hotline}");
    }
    println!(
        "{}: {} organisations added, {} changed, {} unchanged; {} hotlines added, {} changed, {} unchanged",
        if args.dry_run { "dry run" } else { "imported" },
        report.organisations_added.len(),
        report.organisations_changed.len(),
        report.organisations_unchanged,
        report.hotlines_added.len(),
        report.hotlines_changed.len(),
        report.hotlines_unchanged,
    );
    if !args.dry_run && report.changes_anything() {
        store
            .record_audit_event(NewAuditEvent::new(
                AuditActor::Named("system"),
                strada_domain::audit::AuditAction::DirectoryImported,
                format!(
                    "{} organisations added, {} changed; {} hotlines added, {} changed",
                    report.organisations_added.len(),
                    report.organisations_changed.len(),
                    report.hotlines_added.len(),
                    report.hotlines_changed.len(),
                ),
                strada_domain::audit::Outcome::Success,
            ))
            .await?;
    }
    Ok(())
}
