//! Strada's integration tests: the real server, on a fresh database per test, driven over
//! HTTP. SQLite by default; PostgreSQL when `STRADA_TEST_POSTGRES_URL` names a server
//! (`postgres://USER@HOST:PORT/DB`, whose user may create databases): each test then gets a
//! database of its own there.

mod cli;
mod directory;
mod hsds;
mod ops;
mod site;

use std::path::PathBuf;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use sqlx::Connection;
use strada::config::ServeConfig;
use strada::server::RunningServer;
use strada_store::DatabaseUrl;
use tempfile::TempDir;

/// A running Strada on its own database.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub database: DatabaseUrl,
    server: Option<RunningServer>,
    _directory: TempDir,
}

/// An answer, read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
    }
}

impl TestApp {
    /// A server with the demo network.
    pub async fn spawn() -> Self {
        Self::spawn_with(true).await
    }

    pub async fn spawn_with(demo: bool) -> Self {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let database = fresh_database(&directory).await;
        Self::start(database, directory, demo).await
    }

    async fn start(database: DatabaseUrl, directory: TempDir, demo: bool) -> Self {
        let config = ServeConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            database: database.clone(),
            demo,
            public_url: None,
            secure_cookies: false,
        };
        let server = strada::server::start(config)
            .await
            .expect("the server starts");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self {
            base: format!("http://{}", server.addr),
            client,
            database,
            server: Some(server),
            _directory: directory,
        }
    }

    /// Stops this server and starts another on the same database.
    pub async fn restart(mut self, demo: bool) -> Self {
        self.server.take().unwrap().stop().await.unwrap();
        let database = self.database.clone();
        let directory = std::mem::replace(&mut self._directory, tempfile::tempdir().unwrap());
        Self::start(database, directory, demo).await
    }

    pub fn server(&self) -> &RunningServer {
        self.server.as_ref().unwrap()
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// The raw bytes of a response, as sent on the wire.
    pub async fn get_bytes(&self, path: &str, headers: &[(&str, &str)]) -> (StatusCode, Vec<u8>) {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        (response.status(), response.bytes().await.unwrap().to_vec())
    }
}

/// A new, empty database: a SQLite file in `directory`, or a database of its own on the
/// PostgreSQL server named by `STRADA_TEST_POSTGRES_URL`.
async fn fresh_database(directory: &TempDir) -> DatabaseUrl {
    match std::env::var("STRADA_TEST_POSTGRES_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("strada_test_{}", uuid::Uuid::now_v7().simple());
            let mut admin = sqlx::PgConnection::connect(&admin_url)
                .await
                .unwrap_or_else(|e| panic!("cannot reach the test PostgreSQL server: {e}"));
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut admin)
                .await
                .unwrap();
            let base = admin_url
                .rsplit_once('/')
                .map_or(admin_url.as_str(), |(base, _)| base);
            DatabaseUrl::parse(&format!("{base}/{name}")).unwrap()
        }
        _ => DatabaseUrl::parse(&format!(
            "sqlite://{}/strada.db",
            directory.path().display()
        ))
        .unwrap(),
    }
}

/// A file of the tests' own data.
pub fn test_data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The organisations of the network as the reference table names them: (name, country,
/// membership, founding).
pub fn reference_network() -> Vec<(String, String, String, bool)> {
    let text = std::fs::read_to_string(test_data("network.csv")).unwrap();
    text.lines()
        .skip(1)
        .map(|line| {
            // Names in the table hold no commas.
            let fields: Vec<&str> = line.split(',').collect();
            (
                fields[0].to_owned(),
                fields[1].to_owned(),
                fields[3].to_owned(),
                fields[4] == "yes",
            )
        })
        .collect()
}
