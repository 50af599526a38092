//! The database a Strada instance uses, parsed from `sqlite://PATH` or
//! `postgres://USER@HOST:PORT/DB` once, at the edge.

use std::fmt;
use std::path::PathBuf;

/// Where the data lives.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An SQLite file; relative paths are under the working directory.
    Sqlite(PathBuf),
    /// A PostgreSQL server, by its connection URL (which may carry a password).
    Postgres(String),
}

/// Why a text is not a database URL Strada can use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a database URL Strada can use: write sqlite://PATH (for example \
     sqlite://data/strada.db) or postgres://USER@HOST:PORT/DB"
)]
pub struct InvalidDatabaseUrl(pub String);

impl DatabaseUrl {
    pub fn parse(text: &str) -> Result<Self, InvalidDatabaseUrl> {
        let text = text.trim();
        let invalid = || InvalidDatabaseUrl(redact(text));
        if let Some(path) = text.strip_prefix("sqlite://") {
            let path = path.split('?').next().unwrap_or("");
            if path.is_empty() || path.ends_with('/') {
                return Err(invalid());
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        let rest = text
            .strip_prefix("postgres://")
            .or_else(|| text.strip_prefix("postgresql://"))
            .ok_or_else(invalid)?;
        let authority = rest.split(['/', '?']).next().unwrap_or("");
        let host = authority.rsplit('@').next().unwrap_or("");
        let database = rest
            .split_once('/')
            .map(|(_, path)| path.split('?').next().unwrap_or(""))
            .unwrap_or("");
        if host.is_empty() || host.starts_with(':') || database.is_empty() {
            return Err(invalid());
        }
        if let Some((_, port)) = host.rsplit_once(':')
            && port.parse::<u16>().is_err()
        {
            return Err(invalid());
        }
        Ok(Self::Postgres(text.to_owned()))
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            Self::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The URL without its password, for messages and logs.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.chars().take(80).collect();
    };
    match rest.split_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or("");
            let hidden = if credentials.contains(':') {
                ":***"
            } else {
                ""
            };
            format!("{scheme}://{user}{hidden}@{host}")
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_engines() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/strada.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("data/strada.db"))
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///var/lib/strada/strada.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("/var/lib/strada/strada.db"))
        );
        assert!(DatabaseUrl::parse("postgres://strada@127.0.0.1:5432/strada").is_ok());
        assert!(DatabaseUrl::parse("postgresql://strada:secret@db/strada").is_ok());
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        for bad in [
            "mysql://root@localhost/strada",
            "sqlite://",
            "data/strada.db",
            "postgres://strada@host:notaport/strada",
            "postgres://strada@host:5432",
            "",
        ] {
            assert!(DatabaseUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn never_shows_the_password() {
        let url = DatabaseUrl::parse("postgres://strada:hunter2@db:5432/strada").unwrap();
        assert_eq!(url.to_string(), "postgres://strada:***@db:5432/strada");
        let error = DatabaseUrl::parse("mysql://root:hunter2@db/x").unwrap_err();
        assert!(!error.to_string().contains("hunter2"));
    }
}
