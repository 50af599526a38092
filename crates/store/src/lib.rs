//! Strada's storage: one code path for SQLite (the embedded default) and PostgreSQL, through
//! sqlx's `Any` driver. Every query is written once in the SQL both databases share, with `$n`
//! parameters; values are stored as text, integers and booleans only, and parsed back into
//! the domain's types here, so nothing above this crate sees a row.
//!
//! Invariants: migrations run before any query (`Store::open` applies them); writes are
//! durable when acknowledged (SQLite in WAL mode with `synchronous = FULL`).

pub mod accounts;
pub mod audit;
pub mod cases;
pub mod consultations;
pub mod countries;
pub mod crypto;
mod database_url;
pub mod demo;
pub mod directory;
pub mod help_requests;
pub mod keyring;
pub mod rate_limits;
mod rows;

use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

pub use database_url::{DatabaseUrl, InvalidDatabaseUrl};
pub(crate) use rows::{now_text, time_text};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// What can go wrong in storage. Messages name the database as its URL without password, and
/// never a person's data.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {target}: {source}")]
    Open {
        target: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot create the directory for the database {target}: {source}")]
    CreateDirectory {
        target: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot create the database file {target}: {source}")]
    CreateFile {
        target: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Query(sqlx::Error),
    /// A write that a unique constraint refused; `constraint` is named as PostgreSQL names
    /// it (`{table}_{columns}_key`, e.g. `users_email_key`) on both engines, so that callers
    /// can tell which value is taken and say so beside its field.
    #[error("a unique value is taken already ({constraint})")]
    Duplicate { constraint: String },
    #[error("the database holds a value Strada cannot read: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Refused(String),
    /// The case keyring's directory cannot be read or written.
    #[error("the case keyring cannot be used: {0}")]
    Keyring(std::io::Error),
}

impl From<sqlx::Error> for StoreError {
    /// The one place a database error is classified: a unique violation becomes `Duplicate`.
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(database) if database.is_unique_violation() => Self::Duplicate {
                constraint: unique_constraint(database.as_ref()),
            },
            _ => Self::Query(error),
        }
    }
}

/// The name of the unique constraint a database error names. PostgreSQL says it; SQLite says
/// only `UNIQUE constraint failed: table.a, table.b`, which is turned into PostgreSQL's default
/// name for that constraint, `table_a_b_key`.
fn unique_constraint(error: &dyn sqlx::error::DatabaseError) -> String {
    if let Some(constraint) = error.constraint() {
        return constraint.to_owned();
    }
    let columns = error
        .message()
        .rsplit_once(": ")
        .map_or("", |(_, columns)| columns);
    let mut table = "";
    let mut names = Vec::new();
    for qualified in columns.split(", ") {
        let (owner, column) = qualified.split_once('.').unwrap_or(("", qualified));
        table = owner;
        names.push(column);
    }
    format!("{table}_{}_key", names.join("_"))
}

impl StoreError {
    /// Whether this is a unique violation of `constraint` (see `Duplicate`).
    pub fn is_duplicate(&self, constraint: &str) -> bool {
        matches!(self, Self::Duplicate { constraint: taken } if taken == constraint)
    }
}

/// A connection pool to the configured database, migrated and ready.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    master_key: Option<std::sync::Arc<crypto::MasterKey>>,
    case_keyring: Option<std::sync::Arc<keyring::CaseKeyring>>,
    /// One appender of the audit chain at a time in this process (see `audit.rs`).
    audit_appender: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// The rate limits' key of the day, once read (see `rate_limits.rs`).
    rate_limit_key: std::sync::Arc<std::sync::Mutex<Option<(i64, String)>>>,
}

impl Store {
    /// Connects, creating the SQLite file and its directory if needed, and applies the
    /// migrations.
    pub async fn open(url: &DatabaseUrl) -> Result<Self, StoreError> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Connects without migrating: for `strada migrate` and for checks of the schema.
    pub async fn connect(url: &DatabaseUrl) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let target = url.to_string();
        let (backend, connection_url, max_connections) = match url {
            DatabaseUrl::Sqlite(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent).map_err(|source| {
                        StoreError::CreateDirectory {
                            target: target.clone(),
                            source,
                        }
                    })?;
                }
                // Readable by the owner only; SQLite gives its -wal and -shm files the mode of
                // the database file.
                crypto::create_private_file(path).map_err(|source| StoreError::CreateFile {
                    target: target.clone(),
                    source,
                })?;
                // One writer at a time is SQLite's rule; a few readers beside it in WAL mode.
                (
                    Backend::Sqlite,
                    format!("sqlite://{}?mode=rwc", path.display()),
                    4,
                )
            }
            DatabaseUrl::Postgres(url) => (Backend::Postgres, url.clone(), 16),
        };
        let options: AnyConnectOptions =
            connection_url.parse().map_err(|source| StoreError::Open {
                target: target.clone(),
                source,
            })?;
        // One connection first, so that a wrong address or a file that is not a database fails
        // at once with its own message instead of after the pool's retries.
        let open_error = |source| StoreError::Open {
            target: target.clone(),
            source,
        };
        let mut probe = AnyConnection::connect_with(&options)
            .await
            .map_err(open_error)?;
        configure_connection(&mut probe, backend)
            .await
            .map_err(open_error)?;
        probe.close().await.map_err(open_error)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |connection, _| {
                Box::pin(async move { configure_connection(connection, backend).await })
            })
            .connect_with(options)
            .await
            .map_err(open_error)?;
        Ok(Self {
            pool,
            backend,
            master_key: None,
            case_keyring: None,
            audit_appender: std::sync::Arc::default(),
            rate_limit_key: std::sync::Arc::default(),
        })
    }

    /// Applies the migrations this binary carries that the database lacks.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// Answers whether the database answers: what `/readyz` asks.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// The same store, sealing and opening personal fields with `key`.
    pub fn with_master_key(mut self, key: crypto::MasterKey) -> Self {
        self.master_key = Some(std::sync::Arc::new(key));
        self
    }

    pub(crate) fn master_key(&self) -> Result<&crypto::MasterKey, StoreError> {
        self.master_key.as_deref().ok_or_else(|| {
            StoreError::Refused("no master key is configured for personal data".into())
        })
    }

    /// The same store, keeping the keys of cases in `keyring`.
    pub fn with_case_keyring(mut self, keyring: keyring::CaseKeyring) -> Self {
        self.case_keyring = Some(std::sync::Arc::new(keyring));
        self
    }

    pub(crate) fn case_keyring(&self) -> Result<&keyring::CaseKeyring, StoreError> {
        self.case_keyring
            .as_deref()
            .ok_or_else(|| StoreError::Refused("no case keyring is configured".into()))
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }
}

/// Settings every connection needs: for SQLite, WAL with durable commits, a busy timeout
/// instead of immediate "database is locked" errors, and foreign keys enforced.
async fn configure_connection(
    connection: &mut AnyConnection,
    backend: Backend,
) -> Result<(), sqlx::Error> {
    if backend == Backend::Sqlite {
        connection
            .execute(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                 PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
            )
            .await?;
    }
    Ok(())
}
