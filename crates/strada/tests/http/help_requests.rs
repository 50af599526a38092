//! Anonymous help requests: asked without an account, answered by the members in the
//! country (or the secretariat), read back with the ticket and passphrase only.

mod forms;
mod inbox;
mod journeys;
mod outage;
mod privacy;

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{Answer, TestApp};

/// The text of the `<code id="{id}">` of a page (the ticket, the passphrase).
pub fn code_text(html: &str, id: &str) -> String {
    let marker = format!("<code id=\"{id}\">");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {id} in {html}"))
        + marker.len();
    html[start..start + html[start..].find('<').unwrap()].to_owned()
}

/// The demo hotline consultant's API token, and the help requests the API shows them.
pub async fn consultant_queue(app: &TestApp) -> (String, serde_json::Value) {
    let token = app
        .api_token(&crate::demo_email(
            strada_domain::accounts::Role::HotlineConsultant,
        ))
        .await;
    let queue = app
        .get_with_token("/api/v1/help-requests", &token)
        .await
        .json();
    (token, queue)
}

/// Sends the form as a person would and follows the redirect to the page that shows the
/// ticket and passphrase once: answers them, with the address of that page.
pub async fn ask_with_form(
    app: &TestApp,
    country: &str,
    message: &str,
) -> (String, String, String) {
    let sent = crate::Client::new(app)
        .post(
            "/en/help/ask",
            &[
                ("country", country),
                ("language", "en"),
                ("message", message),
                ("contact_me_by_fax_only", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let location = sent.header("location").to_owned();
    let shown = app.get(&location).await;
    assert_eq!(shown.status, StatusCode::OK);
    (
        code_text(&shown.body, "ticket"),
        code_text(&shown.body, "passphrase"),
        location,
    )
}

pub async fn ask(app: &TestApp, body: serde_json::Value) -> Answer {
    app.send_json(
        Method::POST,
        "/api/v1/help-requests",
        None,
        &body.to_string(),
        &[],
    )
    .await
}

pub async fn status(app: &TestApp, ticket: &str, passphrase: &str) -> Answer {
    let body = json!({"ticket": ticket, "passphrase": passphrase});
    app.send_json(
        Method::POST,
        "/api/v1/help-requests/status",
        None,
        &body.to_string(),
        &[],
    )
    .await
}

/// Runs `$sql` on `$connection`, a connection to a database of kind `$database`, and reads
/// every column of every row as text: one reading for either engine.
macro_rules! text_rows {
    ($database:ty, $connection:ident, $sql:ident) => {
        sqlx::query::<$database>(sqlx::AssertSqlSafe($sql.to_owned()))
            .fetch_all(&mut $connection)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", $sql))
            .iter()
            .map(|row| (0..row.len()).map(|i| row.try_get(i).unwrap()).collect())
            .collect()
    };
}

/// The rows of a query on the app's database, every column cast to text by the query
/// itself (`CAST(x AS TEXT)`), as someone reading the database would see them.
pub async fn rows(app: &TestApp, sql: &str) -> Vec<Vec<Option<String>>> {
    use sqlx::{Connection, Row};
    match &app.database {
        strada_store::DatabaseUrl::Sqlite(path) => {
            let mut connection =
                sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
                    .await
                    .unwrap();
            text_rows!(sqlx::Sqlite, connection, sql)
        }
        strada_store::DatabaseUrl::Postgres(url) => {
            let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
            text_rows!(sqlx::Postgres, connection, sql)
        }
    }
}
