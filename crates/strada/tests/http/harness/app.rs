//! A running Strada on a database of its own, and the files of the tests' own data.

use std::path::PathBuf;

use reqwest::StatusCode;
use strada::config::ServeConfig;
use strada::server::RunningServer;
use strada_store::DatabaseUrl;
use tempfile::TempDir;

use super::database::fresh_database;
use super::openapi::Document;
use super::{Answer, Client};

/// The request timeout of test servers: short, so that the tests of slow clients are quick,
/// and long enough for any request of the suite.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// A running Strada on its own database.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub database: DatabaseUrl,
    server: Option<RunningServer>,
    _directory: TempDir,
}

impl TestApp {
    /// A server with the demo network.
    pub async fn spawn() -> Self {
        Self::spawn_with(true).await
    }

    pub async fn spawn_with(demo: bool) -> Self {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let database = fresh_database(&directory).await;
        Self::start(database, directory, demo, false).await
    }

    /// A server configured as served over TLS (behind a proxy).
    pub async fn spawn_behind_tls() -> Self {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let database = fresh_database(&directory).await;
        Self::start(database, directory, true, true).await
    }

    /// A server with the demo network that knows its public address.
    pub async fn spawn_with_public_url(public_url: &str) -> Self {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let database = fresh_database(&directory).await;
        Self::start_with(
            database,
            directory,
            true,
            false,
            Some(public_url.to_owned()),
            &[],
        )
        .await
    }

    /// A server with the demo network behind a reverse proxy at `proxy`.
    pub async fn spawn_behind_proxy(proxy: std::net::IpAddr) -> Self {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let database = fresh_database(&directory).await;
        Self::start_with(database, directory, true, false, None, &[proxy]).await
    }

    async fn start(database: DatabaseUrl, directory: TempDir, demo: bool, secure: bool) -> Self {
        Self::start_with(database, directory, demo, secure, None, &[]).await
    }

    async fn start_with(
        database: DatabaseUrl,
        directory: TempDir,
        demo: bool,
        secure: bool,
        public_url: Option<String>,
        trusted_proxies: &[std::net::IpAddr],
    ) -> Self {
        let config = ServeConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            database: database.clone(),
            demo,
            public_url,
            secure_cookies: secure,
            key_file: Some(directory.path().join("master.key")),
            case_keys_dir: Some(directory.path().join("case-keys")),
            help_request_retention_days: 90,
            help_request_escalation_hours: 24,
            trusted_proxies: trusted_proxies.to_vec(),
            request_timeout: REQUEST_TIMEOUT,
            // Only the tests' own checks reload the directory, however long a test runs.
            directory_check_interval: std::time::Duration::from_secs(24 * 60 * 60),
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
        Self::start(database, directory, demo, false).await
    }

    /// Stops this server, runs `between` (a restore of a backup), and starts another on the
    /// same database and keys, without the demo.
    pub async fn restart_with(mut self, between: impl FnOnce()) -> Self {
        self.server.take().unwrap().stop().await.unwrap();
        between();
        let database = self.database.clone();
        let directory = std::mem::replace(&mut self._directory, tempfile::tempdir().unwrap());
        Self::start(database, directory, false, false).await
    }

    pub fn server(&self) -> &RunningServer {
        self.server.as_ref().unwrap()
    }

    /// The one way the suite sends a request: every answer it reads comes through here, and
    /// an answer of the API is checked against the OpenAPI document on its way.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let (method, path, answer) = self.exchange(request).await;
        Document::get().check(&method, &path, &answer);
        answer
    }

    /// A GET of an address the API's document must not describe, for the tests of what an
    /// unknown address answers.
    pub async fn get_undocumented(&self, path: &str) -> Answer {
        let request = self.client.get(format!("{}{path}", self.base));
        self.exchange(request).await.2
    }

    async fn exchange(
        &self,
        request: reqwest::RequestBuilder,
    ) -> (reqwest::Method, String, Answer) {
        let request = request.build().expect("a well-formed request");
        let method = request.method().clone();
        let path = request.url().path().to_owned();
        let response = self
            .client
            .execute(request)
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let answer = Answer {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        };
        (method, path, answer)
    }

    /// A client without a session or a token: an anonymous visitor.
    pub fn visitor(&self) -> Client<'_> {
        Client::new(self)
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request).await
    }

    /// A GET sent with `token` as its bearer token.
    pub async fn get_with_token(&self, path: &str, token: &str) -> Answer {
        self.get_with(path, &[("authorization", &format!("Bearer {token}"))])
            .await
    }

    /// The raw bytes of a response, as sent on the wire (compressed, when asked to be).
    pub async fn get_bytes(&self, path: &str, headers: &[(&str, &str)]) -> (StatusCode, Vec<u8>) {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        (response.status(), response.bytes().await.unwrap().to_vec())
    }

    /// Sends a JSON body, with a bearer token when one is given.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: &str,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut client = Client::new(self);
        client.bearer = token.map(str::to_owned);
        client.send_json(method, path, body, headers).await
    }

    /// Runs the `strada` command against this app's database.
    pub fn strada(&self, arguments: &[&str], stdin: &str) -> std::process::Output {
        use std::io::Write;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_strada"))
            .args(arguments)
            .env("STRADA_DATABASE_URL", self.database_url_text())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    /// Runs the `strada` command, which must succeed; answers what it printed, trimmed.
    pub fn strada_succeeds(&self, arguments: &[&str], stdin: &str) -> String {
        let output = self.strada(arguments, stdin);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
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
