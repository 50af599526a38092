//! Strada's integration tests: the real server, on a fresh database per test, driven over
//! HTTP. SQLite by default; PostgreSQL when `STRADA_TEST_POSTGRES_URL` names a server
//! (`postgres://USER@HOST:PORT/DB`, whose user may create databases): each test then gets a
//! database of its own there.

mod access;
mod accounts;
mod audit;
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

use std::path::PathBuf;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use sqlx::Connection;
use strada::config::ServeConfig;
use strada::server::RunningServer;
use strada_store::DatabaseUrl;
use tempfile::TempDir;

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
            help_request_retention_days: 90,
            help_request_escalation_hours: 24,
            trusted_proxies: trusted_proxies.to_vec(),
            request_timeout: REQUEST_TIMEOUT,
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

/// A person's browser: it keeps the session cookie between requests, as a browser does.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self { app, cookie: None }
    }

    fn remember(&mut self, headers: &HeaderMap) {
        for value in headers.get_all("set-cookie") {
            let text = value.to_str().unwrap_or("");
            let pair = text.split(';').next().unwrap_or("");
            if let Some((name, value)) = pair.split_once('=') {
                self.cookie = (!value.is_empty()).then(|| format!("{name}={value}"));
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        let cookie = self.cookie.clone();
        let headers: Vec<(&str, &str)> = cookie
            .as_deref()
            .map(|c| ("cookie", c))
            .into_iter()
            .collect();
        let answer = self.app.get_with(path, &headers).await;
        self.remember(&answer.headers);
        answer
    }

    /// Posts a form as a browser would, with the fields given (add `csrf_token` yourself).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let mut request = self
            .app
            .client
            .post(format!("{}{path}", self.app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded_body(fields));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap();
        self.remember(&headers);
        Answer {
            status,
            headers,
            body,
        }
    }

    /// Posts a form from the page at `form_page`, with that page's CSRF token.
    pub async fn submit(&mut self, form_page: &str, path: &str, fields: &[(&str, &str)]) -> Answer {
        let page = self.get(form_page).await;
        let token = csrf_token(&page.body);
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post(path, &all).await
    }

    /// Signs in with a password; answers the answer to the form.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> Answer {
        self.submit(
            "/login",
            "/login",
            &[("email", email), ("password", password)],
        )
        .await
    }
}

fn serde_urlencoded_body(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The CSRF token of the first form of a page.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF token in {html}"))
        + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

impl TestApp {
    /// An account with a password, made as `strada user create` makes it.
    pub async fn create_user(&self, email: &str, role: &str, organisation: &str) -> String {
        let password = format!(
            "correct-horse-{}",
            &uuid::Uuid::now_v7().simple().to_string()[20..]
        );
        let store = self.server().state.store();
        let directory = store.load_directory().await.unwrap();
        let organisation = directory
            .organisation(organisation)
            .unwrap_or_else(|| panic!("{organisation}"));
        let parsed = strada_domain::accounts::NewPassword::parse(&password).unwrap();
        store
            .create_user(strada_store::accounts::NewUser {
                email: &strada_domain::accounts::EmailAddress::parse(email).unwrap(),
                name: &strada_domain::accounts::PersonName::parse("Test Person").unwrap(),
                organisation_id: organisation.id,
                role: strada_domain::accounts::Role::parse(role).unwrap(),
                password_hash: Some(strada_store::accounts::hash_password(&parsed)),
                demo: false,
            })
            .await
            .unwrap();
        password
    }

    /// A new API token for an existing account. A token acts only for a user who has the
    /// second factor their role needs, so one is enrolled first when it is missing.
    pub async fn api_token(&self, email: &str) -> String {
        let store = self.server().state.store();
        let user = store
            .credentials(&strada_domain::accounts::EmailAddress::parse(email).unwrap())
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no account {email}"))
            .user;
        if user.must_enrol_second_factor() {
            store
                .begin_second_factor(
                    user.id,
                    &strada_store::accounts::new_totp_secret(),
                    "",
                    strada_store::accounts::SecretStart::First,
                )
                .await
                .unwrap();
            store
                .confirm_second_factor(user.id, "", 0, &[])
                .await
                .unwrap();
        }
        let token = format!("strada_{}", strada_store::accounts::random_token());
        store
            .create_api_token(user.id, "test", &strada_store::accounts::digest(&token))
            .await
            .unwrap();
        token
    }

    /// Sends a JSON body with a bearer token.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: &str,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.base))
            .header("content-type", "application/json")
            .body(body.to_owned());
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// Runs SQL on the app's database, as someone with access to the server would.
    pub async fn execute_sql(&self, sql: &str) {
        self.try_execute_sql(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    pub async fn try_execute_sql(&self, sql: &str) -> Result<(), sqlx::Error> {
        let statement = sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()));
        match &self.database {
            DatabaseUrl::Sqlite(path) => {
                let mut connection =
                    sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
                        .await?;
                statement.execute(&mut connection).await?;
            }
            DatabaseUrl::Postgres(url) => {
                let mut connection = sqlx::PgConnection::connect(url).await?;
                statement.execute(&mut connection).await?;
            }
        }
        Ok(())
    }

    /// Every row of `table` as text, one row a line: to check what the database holds, as
    /// someone who copied it would read it.
    pub async fn table_text(&self, table: &str) -> String {
        match &self.database {
            DatabaseUrl::Sqlite(path) => {
                let mut connection =
                    sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
                        .await
                        .unwrap();
                let columns: String = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT group_concat('quote(' || name || ')', ' || ''|'' || ') \
                     FROM pragma_table_info('{table}')"
                )))
                .fetch_one(&mut connection)
                .await
                .unwrap();
                let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT {columns} FROM {table}"
                )))
                .fetch_all(&mut connection)
                .await
                .unwrap();
                rows.join("\n")
            }
            DatabaseUrl::Postgres(url) => {
                let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
                let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT row_to_json(t)::text FROM {table} t"
                )))
                .fetch_all(&mut connection)
                .await
                .unwrap();
                rows.join("\n")
            }
        }
    }

    /// Removes the database's guard against changing audit events, as an intruder with the
    /// database's owner rights could.
    pub async fn drop_audit_guards(&self) {
        match &self.database {
            DatabaseUrl::Sqlite(_) => {
                self.execute_sql(
                    "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete",
                )
                .await
            }
            DatabaseUrl::Postgres(_) => {
                self.execute_sql("DROP TRIGGER audit_events_no_update ON audit_events")
                    .await
            }
        }
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

    fn database_url_text(&self) -> String {
        match &self.database {
            DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
            DatabaseUrl::Postgres(url) => url.clone(),
        }
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
