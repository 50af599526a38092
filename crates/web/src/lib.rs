//! Strada's web layer: the public site, the JSON API, the HSDS feed and the operational
//! endpoints, over one shared `AppState`. Each feature module exports its handlers and the
//! `router` here wires them; extractors turn requests into typed values before any handler
//! runs, and `errors` is the one mapping from failures to HTTP.
//!
//! Public pages are rendered from an in-memory snapshot of the directory and cached whole;
//! `AppState::reload_directory` swaps the snapshot and empties the cache together.

// Handlers and their helpers answer early with a whole `Response`, axum's idiom; boxing it
// would only add an allocation to every refusal.
#![allow(clippy::result_large_err)]

mod accounts;
pub mod assets;
mod audit;
mod cases;
pub(crate) mod client_address;
mod consultations;
mod content;
mod countries;
mod directory;
mod errors;
mod forms;
mod help_requests;
pub mod i18n;
mod input;
mod layout;
mod logging;
mod ops;
mod page_cache;
mod pagination;
mod params;
mod security;
pub mod staff;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, Request, StatusCode};
use axum::middleware;
use axum::response::Response;
use axum::routing::get;
use strada_domain::directory::Directory;
use strada_domain::language::UiLanguage;
use strada_store::{Store, StoreError};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::PropagateRequestIdLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use crate::i18n::Translator;
use crate::layout::{Chrome, Section};
use crate::page_cache::{PageCache, RenderedPage};

/// How the site is reached, which decides absolute links and transport security headers.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// The public address (`https://strada.example.org`), for absolute links; none means
    /// links relative to the host the reader used.
    pub public_url: Option<String>,
    /// Served over TLS (directly or behind a proxy): sends HSTS.
    pub secure: bool,
    /// Hours an anonymous help request may wait unopened before the secretariat receives it.
    pub help_request_escalation_hours: u32,
    /// The longest a request may take to be answered (408 after).
    pub request_timeout: Duration,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see `client_address`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for WebSettings {
    fn default() -> Self {
        Self {
            public_url: None,
            secure: false,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            help_request_escalation_hours: strada_domain::help_requests::DEFAULT_ESCALATION_HOURS,
            trusted_proxies: Vec::new(),
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

struct Shared {
    store: Store,
    directory: RwLock<Arc<Directory>>,
    pages: PageCache,
    settings: WebSettings,
}

impl AppState {
    /// Reads the directory from the store and gets ready to serve.
    pub async fn load(store: Store, settings: WebSettings) -> Result<Self, StoreError> {
        let directory = store.load_directory().await?;
        Ok(Self(Arc::new(Shared {
            store,
            directory: RwLock::new(Arc::new(directory)),
            pages: PageCache::default(),
            settings,
        })))
    }

    pub fn store(&self) -> &Store {
        &self.0.store
    }

    pub fn settings(&self) -> &WebSettings {
        &self.0.settings
    }

    /// The current snapshot of the directory.
    pub fn directory(&self) -> Arc<Directory> {
        self.0
            .directory
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Reads the directory again after a change and forgets every page rendered from the old one.
    pub async fn reload_directory(&self) -> Result<(), StoreError> {
        let directory = Arc::new(self.0.store.load_directory().await?);
        *self
            .0
            .directory
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = directory;
        self.0.pages.clear();
        Ok(())
    }

    /// Forgets every cached page, after a change to what public pages show.
    pub fn forget_pages(&self) {
        self.0.pages.clear();
    }

    /// A public page from the cache, rendered from the directory on its first request.
    /// `path` is the canonical address after the language and must come from typed values.
    fn cached_page(
        &self,
        language: UiLanguage,
        path: String,
        render: impl FnOnce(Translator, &Directory) -> RenderedPage,
    ) -> Response {
        let cached = self.0.pages.get_or_render(language, path, || {
            render(Translator::new(language), &self.directory())
        });
        let mut response = cached.page.into_response(language);
        response.extensions_mut().insert(cached.compressed);
        response
    }

    fn chrome(
        &self,
        tr: Translator,
        title: String,
        path: String,
        section: Section,
        directory: &Directory,
    ) -> Chrome {
        Chrome::new(
            tr,
            title,
            path,
            section,
            directory.has_demo_data(),
            self.0.settings.public_url.as_deref(),
        )
    }
}

/// Largest request body accepted anywhere (a consultation's 20,000 characters of notes fit).
pub(crate) const BODY_LIMIT_BYTES: usize = 256 * 1024;
/// How long a request may take by default, its headers included.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How often a server looks for directory changes another process made: a change shows on
/// the public pages within this time.
pub const DEFAULT_DIRECTORY_CHECK_INTERVAL: Duration = Duration::from_secs(30);
/// The header that carries a request's id, in the log and back to the caller.
const REQUEST_ID: &str = "x-request-id";

/// Every route of the platform with its middleware. From the outside in: the request id (the
/// caller's when well formed), the log line, the security headers (outside everything that
/// can answer, so that 408, 413 and 500 carry them too), the last line of defence against a
/// panic, the request timeout, the body limit, compression, and the choice among a cached
/// page's compressed forms.
pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static(REQUEST_ID);
    Router::new()
        .route("/", get(content::redirect_to_language))
        .route("/{lang}", get(content::redirect_to_home))
        .route("/{lang}/", get(content::show_home))
        .route("/{lang}/about", get(content::show_about))
        .route("/{lang}/safety", get(content::show_safety))
        .merge(directory::routes())
        .merge(staff::routes())
        .merge(accounts::routes())
        .merge(audit::routes())
        .merge(cases::routes())
        .merge(consultations::routes())
        .merge(countries::routes())
        .merge(help_requests::routes())
        .merge(ops::routes())
        .route("/static/{name}", get(assets::serve_asset))
        .route("/favicon.ico", get(assets::redirect_to_favicon))
        .fallback(errors::not_found)
        .layer(middleware::from_fn(errors::render_error_pages))
        .layer(middleware::from_fn(page_cache::serve_precompressed))
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.settings().request_timeout,
        ))
        .layer(CatchPanicLayer::custom(errors::answer_panic))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::add_security_headers,
        ))
        .layer(PropagateRequestIdLayer::new(request_id))
        .layer(
            TraceLayer::new_for_http()
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO))
                .make_span_with(|request: &Request<_>| {
                    let id = request
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!(
                        "request",
                        request_id = %id,
                        method = %request.method(),
                        path = %logging::loggable_path(request.uri().path()),
                    )
                }),
        )
        .layer(middleware::map_request(logging::assign_request_id))
        .with_state(state)
}
