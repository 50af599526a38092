//! The app's database as someone with access to the server sees it: a fresh one per test,
//! SQL run straight on it, and its rows read as text.

use sqlx::Connection;
use strada_store::DatabaseUrl;
use tempfile::TempDir;

use super::TestApp;

/// A connection to the app's database, on either engine.
enum Raw {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl TestApp {
    async fn raw_connection(&self) -> Result<Raw, sqlx::Error> {
        Ok(match &self.database {
            DatabaseUrl::Sqlite(_) => {
                Raw::Sqlite(sqlx::SqliteConnection::connect(&self.database_url_text()).await?)
            }
            DatabaseUrl::Postgres(url) => Raw::Postgres(sqlx::PgConnection::connect(url).await?),
        })
    }

    /// Runs SQL on the app's database, as someone with access to the server would.
    pub async fn execute_sql(&self, sql: &str) {
        self.try_execute_sql(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    pub async fn try_execute_sql(&self, sql: &str) -> Result<(), sqlx::Error> {
        let statement = sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()));
        match self.raw_connection().await? {
            Raw::Sqlite(mut connection) => {
                statement.execute(&mut connection).await?;
            }
            Raw::Postgres(mut connection) => {
                statement.execute(&mut connection).await?;
            }
        }
        Ok(())
    }

    /// The single number a query counts, read straight from the app's database.
    pub async fn count(&self, sql: &str) -> i64 {
        let sql_text = || sqlx::AssertSqlSafe(sql.to_owned());
        match self.raw_connection().await.unwrap() {
            Raw::Sqlite(mut connection) => {
                sqlx::query_scalar::<_, i64>(sql_text())
                    .fetch_one(&mut connection)
                    .await
            }
            Raw::Postgres(mut connection) => {
                sqlx::query_scalar::<_, i64>(sql_text())
                    .fetch_one(&mut connection)
                    .await
            }
        }
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Every row of `table` as text, one row a line: to check what the database holds, as
    /// someone who copied it would read it.
    pub async fn table_text(&self, table: &str) -> String {
        let rows: Vec<String> = match self.raw_connection().await.unwrap() {
            Raw::Sqlite(mut connection) => {
                let columns: String = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT group_concat('quote(' || name || ')', ' || ''|'' || ') \
                     FROM pragma_table_info('{table}')"
                )))
                .fetch_one(&mut connection)
                .await
                .unwrap();
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT {columns} FROM {table}"
                )))
                .fetch_all(&mut connection)
                .await
                .unwrap()
            }
            Raw::Postgres(mut connection) => sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT row_to_json(t)::text FROM {table} t"
            )))
            .fetch_all(&mut connection)
            .await
            .unwrap(),
        };
        rows.join("\n")
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

    pub(super) fn database_url_text(&self) -> String {
        match &self.database {
            DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
            DatabaseUrl::Postgres(url) => url.clone(),
        }
    }
}

/// A new, empty database: a SQLite file in `directory`, or a database of its own on the
/// PostgreSQL server named by `STRADA_TEST_POSTGRES_URL`.
pub(super) async fn fresh_database(directory: &TempDir) -> DatabaseUrl {
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
