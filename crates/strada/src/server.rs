//! The server's life: open the store, load the demo network if asked, bind, serve, and stop
//! gracefully (in-flight requests finish) on SIGTERM or Ctrl-C.

use std::net::SocketAddr;

use anyhow::Context;
use strada_store::Store;
use strada_store::crypto::{BlindIndexKey, MasterKey};
use strada_store::keyring::CaseKeyring;
use strada_web::{AppState, WebSettings};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::ServeConfig;

/// Logs as text by default, as JSON with `STRADA_LOG_FORMAT=json`; levels from `STRADA_LOG`.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("STRADA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let json = std::env::var("STRADA_LOG_FORMAT").is_ok_and(|format| format == "json");
    // A second call (tests start many servers) keeps the first subscriber.
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// Logs a panic by where it happened, never by its message: a message may quote what it was
/// given (a string slice out of bounds quotes the string), and that may be a person's words.
/// The binary installs it; the tests keep Rust's own hook, whose messages they need.
pub fn log_panics_without_their_messages() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|at| format!("{}:{}", at.file(), at.line()))
            .unwrap_or_default();
        tracing::error!(%location, "a panic (its message is not logged)");
    }));
}

/// A server that is accepting requests.
pub struct RunningServer {
    pub addr: SocketAddr,
    pub state: AppState,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
    sweeper: JoinHandle<()>,
}

impl RunningServer {
    /// Stops accepting, lets in-flight requests finish, and closes the database.
    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.stop.send(());
        self.sweeper.abort();
        self.task.await.context("the server task failed")??;
        self.state.store().close().await;
        Ok(())
    }

    /// Serves until `signal` (from `shutdown_signal`, installed before the server started)
    /// completes, then stops gracefully.
    pub async fn wait_for(
        self,
        signal: impl std::future::Future<Output = ()>,
    ) -> anyhow::Result<()> {
        signal.await;
        tracing::info!("shutting down: finishing the requests in flight");
        self.stop().await?;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Opens the database, loads the demo network when asked, binds and starts serving.
pub async fn start(config: ServeConfig) -> anyhow::Result<RunningServer> {
    let listener = TcpListener::bind(config.addr).await.map_err(|error| {
        if error.kind() == std::io::ErrorKind::AddrInUse {
            anyhow::anyhow!(
                "cannot listen on {}: the address is already in use (is Strada already running? \
                 choose another with --addr)",
                config.addr
            )
        } else {
            anyhow::anyhow!("cannot listen on {}: {error}", config.addr)
        }
    })?;
    let key_path = config.key_file_path();
    let (key, created) = MasterKey::load_or_create(&key_path)?;
    if created {
        tracing::warn!(
            path = %key_path.display(),
            "created a new master key (mode 0600): back it up apart from the database; without it, personal data cannot be read"
        );
    }
    let store = Store::open(&config.database)
        .await
        .with_context(|| format!("cannot use the database {}", config.database))?
        .with_master_key(key)
        .with_case_keyring(open_case_keyring(&config)?);
    // A restored keyring holds again the keys of cases erased since its backup, a restored
    // database their rows: the erasure certificates and the keyring name them, and they are
    // erased again before anything is served.
    let erased_again = store.reconcile_case_keyring().await?;
    if erased_again > 0 {
        tracing::warn!(
            cases = erased_again,
            "erased again cases whose key or rows came back from a restored backup"
        );
    }
    store.seal_clear_second_factor_secrets().await?;
    if config.demo {
        let load = store
            .load_demo_network()
            .await
            .context("cannot load the demo network")?;
        tracing::info!(
            organisations_added = load.organisations_added,
            hotlines_added = load.hotlines_added,
            "demo network ready"
        );
        let profiles = strada_store::demo::demo_country_profiles()?;
        store
            .load_demo_country_profiles(&profiles)
            .await
            .context("cannot load the demo country information")?;
        let accounts = store
            .load_demo_accounts()
            .await
            .context("cannot create the demo accounts")?;
        let mut listing = format!(
            "Demo accounts (password for each: {}; they may skip the second factor; sign in at /login):",
            strada_store::demo::DEMO_PASSWORD
        );
        for (email, role, organisation) in accounts {
            listing.push_str(&format!("\n  {email:<45} {role:<20} {organisation}"));
        }
        eprintln!("{listing}");
    }
    let settings = WebSettings {
        public_url: config.public_url.clone(),
        secure: config.secure_cookies,
        help_request_escalation_hours: config.help_request_escalation_hours,
        trusted_proxies: config.trusted_proxies.clone(),
        request_timeout: config.request_timeout,
    };
    let state = AppState::load(store, settings)
        .await
        .context("cannot read the directory")?;
    // The sweeper also follows the directory that imports and other instances change.
    let sweeper = tokio::spawn({
        let sweep = sweep_periodically(state.store().clone(), config.help_request_retention_days);
        let follow = state
            .clone()
            .follow_directory_changes(config.directory_check_interval);
        async move {
            tokio::join!(sweep, follow);
        }
    });
    let addr = listener.local_addr()?;
    let router = strada_web::router(state.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(crate::connections::serve(
        listener,
        router,
        config.request_timeout,
        async {
            let _ = stopped.await;
        },
    ));
    tracing::info!(%addr, database = %config.database, "serving on http://{addr}/");
    Ok(RunningServer {
        addr,
        state,
        stop,
        task,
        sweeper,
    })
}

/// Deletes what is kept no longer: anonymous help requests closed more than `retention_days`
/// ago, receipts of sent requests never shown, and the counts and keys of rate limits whose
/// window or day has ended. Answers how many help requests were deleted.
pub async fn sweep_expired(store: &Store, retention_days: u32) -> anyhow::Result<u64> {
    store.purge_rate_limits().await?;
    store.delete_expired_receipts().await?;
    let before = time::OffsetDateTime::now_utc() - time::Duration::days(i64::from(retention_days));
    use strada_web::staff::session::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
    store
        .delete_expired_sessions(IDLE_TIMEOUT, ABSOLUTE_TIMEOUT)
        .await?;
    Ok(store.delete_closed_help_requests(before).await?)
}

/// How often the sweeper runs: rate-limit counts are deleted within a minute of their window's
/// end.
const SWEEP_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);
/// Sweeps between two refreshes of the planner's statistics (an hour).
const SWEEPS_PER_STATISTICS: u32 = 60;

/// Sweeps at start and every minute, and refreshes the planner's statistics every hour.
async fn sweep_periodically(store: Store, retention_days: u32) {
    let mut interval = tokio::time::interval(SWEEP_INTERVAL);
    let mut sweeps = 0u32;
    loop {
        interval.tick().await;
        match sweep_expired(&store, retention_days).await {
            Ok(0) => {}
            Ok(deleted) => {
                tracing::info!(deleted, "deleted closed help requests past their retention")
            }
            Err(error) => tracing::error!(%error, "cannot delete what has expired"),
        }
        if sweeps.is_multiple_of(SWEEPS_PER_STATISTICS) {
            // Keeps the query planner's statistics fresh as the tables grow.
            if let Err(error) = store.optimize().await {
                tracing::warn!(%error, "cannot refresh the database's statistics");
            }
        }
        sweeps = sweeps.wrapping_add(1);
    }
}

/// SIGTERM or Ctrl-C. The handlers are installed when this is called, not when it is awaited,
/// so a signal that comes while the server starts is not lost (nor fatal).
pub fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot listen for SIGTERM")?;
    let interrupt = tokio::signal::ctrl_c();
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = interrupt.await;
    })
}

/// The case keyring of `config`, with the blind index's key beside the master key (both
/// created when missing).
fn open_case_keyring(config: &ServeConfig) -> anyhow::Result<CaseKeyring> {
    let blind_index_path = config.blind_index_key_path();
    let (blind_index, created) = BlindIndexKey::load_or_create(&blind_index_path)?;
    if created {
        tracing::warn!(
            path = %blind_index_path.display(),
            "created a new blind index key (mode 0600): back it up with the master key; without it, known people cannot be found again"
        );
    }
    let directory = config.case_keys_dir_path();
    CaseKeyring::open(&directory, blind_index)
        .with_context(|| format!("cannot use the case keyring {}", directory.display()))
}
