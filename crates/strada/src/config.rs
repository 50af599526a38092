//! Configuration, from four sources in rising order of precedence: defaults, a TOML file
//! (`--config` or `STRADA_CONFIG`), `STRADA_*` environment variables (secrets may come from a
//! file named by `*_FILE`), and command-line flags. Everything is parsed and checked here, at
//! start, so the server never runs on a value it cannot use.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;
use strada_store::DatabaseUrl;

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_DATABASE: &str = "sqlite://data/strada.db";

/// The configuration file's keys, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub addr: Option<String>,
    pub database_url: Option<String>,
    pub public_url: Option<String>,
    pub secure_cookies: Option<bool>,
    pub key_file: Option<String>,
    pub case_keys_dir: Option<String>,
    pub help_request_retention_days: Option<u32>,
    pub help_request_escalation_hours: Option<u32>,
    pub trusted_proxies: Option<Vec<String>>,
}

impl FileConfig {
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the configuration file {}", path.display()))?;
        toml::from_str(&text)
            .with_context(|| format!("the configuration file {} is not valid", path.display()))
    }
}

/// Reads an environment variable, or the file its `_FILE` twin names (for secrets).
pub fn from_environment(name: &str) -> anyhow::Result<Option<String>> {
    if let Ok(value) = std::env::var(name) {
        return Ok(Some(value));
    }
    let file_variable = format!("{name}_FILE");
    match std::env::var(&file_variable) {
        Ok(path) => {
            let value = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {path} (named by {file_variable})"))?;
            Ok(Some(value.trim().to_owned()))
        }
        Err(_) => Ok(None),
    }
}

/// The configuration file named by the flag or the environment, if any.
pub fn file_config(flag: Option<&PathBuf>) -> anyhow::Result<FileConfig> {
    let path = match flag {
        Some(path) => Some(path.clone()),
        None => from_environment("STRADA_CONFIG")?.map(PathBuf::from),
    };
    path.map_or_else(|| Ok(FileConfig::default()), |path| FileConfig::read(&path))
}

/// The database, from the flag, `STRADA_DATABASE_URL`, the file or the default.
pub fn database_url(flag: Option<&str>, file: &FileConfig) -> anyhow::Result<DatabaseUrl> {
    let text = match flag {
        Some(text) => text.to_owned(),
        None => from_environment("STRADA_DATABASE_URL")?
            .or_else(|| file.database_url.clone())
            .unwrap_or_else(|| DEFAULT_DATABASE.to_owned()),
    };
    Ok(DatabaseUrl::parse(&text)?)
}

/// What `strada serve` runs with.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub addr: SocketAddr,
    pub database: DatabaseUrl,
    pub demo: bool,
    pub public_url: Option<String>,
    pub secure_cookies: bool,
    /// The master key's file; none means `master.key` in the data directory.
    pub key_file: Option<PathBuf>,
    /// The case keyring's directory; none means `case-keys/` beside the master key.
    pub case_keys_dir: Option<PathBuf>,
    /// Days a closed anonymous help request is kept.
    pub help_request_retention_days: u32,
    /// Hours a help request may wait unopened before the secretariat receives it too.
    pub help_request_escalation_hours: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// The longest a client may take to send a request's headers, and a request to be
    /// answered (no flag: the tests shorten it).
    pub request_timeout: std::time::Duration,
    /// How often the server looks for directory changes made elsewhere (imports, other
    /// instances); no flag: the tests lengthen it so that only their own checks reload.
    pub directory_check_interval: std::time::Duration,
}

/// The flags of `strada serve`, before they meet the other sources.
#[derive(Debug, Default)]
pub struct ServeFlags {
    pub addr: Option<String>,
    pub database: Option<String>,
    pub demo: bool,
    pub public_url: Option<String>,
    pub secure_cookies: bool,
    pub key_file: Option<PathBuf>,
    pub case_keys_dir: Option<PathBuf>,
    pub help_request_retention_days: Option<u32>,
    pub help_request_escalation_hours: Option<u32>,
    pub trusted_proxies: Vec<String>,
}

impl ServeConfig {
    pub fn resolve(flags: ServeFlags, file: &FileConfig) -> anyhow::Result<Self> {
        let addr_text = match flags.addr {
            Some(addr) => addr,
            None => from_environment("STRADA_ADDR")?
                .or_else(|| file.addr.clone())
                .unwrap_or_else(|| DEFAULT_ADDR.to_owned()),
        };
        let addr: SocketAddr = addr_text.trim().parse().map_err(|_| {
            anyhow::anyhow!("`{addr_text}` is not an address to listen on: write IP:PORT, for example 127.0.0.1:8080")
        })?;
        let public_url = match flags.public_url {
            Some(url) => Some(url),
            None => from_environment("STRADA_PUBLIC_URL")?.or_else(|| file.public_url.clone()),
        };
        if let Some(url) = &public_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            bail!("the public URL `{url}` must start with https:// or http://");
        }
        let secure_from_environment = from_environment("STRADA_SECURE_COOKIES")?
            .map(|value| matches!(value.trim(), "1" | "true" | "yes"));
        let secure_cookies = flags.secure_cookies
            || secure_from_environment
                .or(file.secure_cookies)
                .unwrap_or(false)
            || public_url
                .as_deref()
                .is_some_and(|url| url.starts_with("https://"));
        let key_file = match flags.key_file {
            Some(path) => Some(path),
            None => std::env::var("STRADA_KEY_FILE")
                .ok()
                .or_else(|| file.key_file.clone())
                .map(PathBuf::from),
        };
        let case_keys_dir = match flags.case_keys_dir {
            Some(path) => Some(path),
            None => std::env::var("STRADA_CASE_KEYS_DIR")
                .ok()
                .or_else(|| file.case_keys_dir.clone())
                .map(PathBuf::from),
        };
        let retention = match flags.help_request_retention_days {
            Some(days) => Some(days),
            None => match std::env::var("STRADA_HELP_REQUEST_RETENTION_DAYS") {
                Ok(text) => Some(text.trim().parse().map_err(|_| {
                    anyhow::anyhow!("STRADA_HELP_REQUEST_RETENTION_DAYS must be a whole number of days, not `{text}`")
                })?),
                Err(_) => file.help_request_retention_days,
            },
        };
        let escalation = match flags.help_request_escalation_hours {
            Some(hours) => Some(hours),
            None => match std::env::var("STRADA_HELP_REQUEST_ESCALATION_HOURS") {
                Ok(text) => Some(text.trim().parse().map_err(|_| {
                    anyhow::anyhow!("STRADA_HELP_REQUEST_ESCALATION_HOURS must be a whole number of hours, not `{text}`")
                })?),
                Err(_) => file.help_request_escalation_hours,
            },
        };
        let proxies_text: Vec<String> = if !flags.trusted_proxies.is_empty() {
            flags.trusted_proxies
        } else if let Some(text) = from_environment("STRADA_TRUSTED_PROXIES")? {
            text.split(',').map(str::to_owned).collect()
        } else {
            file.trusted_proxies.clone().unwrap_or_default()
        };
        let trusted_proxies = proxies_text
            .iter()
            .map(|text| text.trim())
            .filter(|text| !text.is_empty())
            .map(|text| {
                text.parse().map_err(|_| {
                    anyhow::anyhow!(
                        "`{text}` is not a proxy's IP address (for example 127.0.0.1 or ::1)"
                    )
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Self {
            addr,
            database: database_url(flags.database.as_deref(), file)?,
            demo: flags.demo,
            public_url,
            secure_cookies,
            key_file,
            case_keys_dir,
            help_request_retention_days: retention
                .unwrap_or(strada_domain::help_requests::DEFAULT_RETENTION_DAYS),
            help_request_escalation_hours: escalation
                .unwrap_or(strada_domain::help_requests::DEFAULT_ESCALATION_HOURS),
            trusted_proxies,
            request_timeout: strada_web::DEFAULT_REQUEST_TIMEOUT,
            directory_check_interval: strada_web::DEFAULT_DIRECTORY_CHECK_INTERVAL,
        })
    }

    /// The master key's file: the configured one, or `master.key` beside the SQLite file (or
    /// in `data/` for PostgreSQL).
    pub fn key_file_path(&self) -> PathBuf {
        if let Some(path) = &self.key_file {
            return path.clone();
        }
        let directory = match &self.database {
            DatabaseUrl::Sqlite(path) => path
                .parent()
                .filter(|parent| !parent.as_os_str().is_empty())
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from(".")),
            DatabaseUrl::Postgres(_) => PathBuf::from("data"),
        };
        directory.join("master.key")
    }

    /// The case keyring's directory: the configured one, or `case-keys/` beside the master
    /// key.
    pub fn case_keys_dir_path(&self) -> PathBuf {
        self.case_keys_dir
            .clone()
            .unwrap_or_else(|| self.beside_master_key("case-keys"))
    }

    /// The blind index's key file, `blind-index.key` beside the master key.
    pub fn blind_index_key_path(&self) -> PathBuf {
        self.beside_master_key("blind-index.key")
    }

    fn beside_master_key(&self, name: &str) -> PathBuf {
        let key_file = self.key_file_path();
        key_file
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from(name), |parent| parent.join(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(key_file: Option<&str>, case_keys_dir: Option<&str>) -> ServeConfig {
        let mut config = ServeConfig::resolve(ServeFlags::default(), &FileConfig::default())
            .expect("the defaults resolve");
        config.database = DatabaseUrl::parse("sqlite:///var/lib/strada/strada.db").unwrap();
        config.key_file = key_file.map(PathBuf::from);
        config.case_keys_dir = case_keys_dir.map(PathBuf::from);
        config
    }

    #[test]
    fn the_case_keyring_and_the_blind_index_key_follow_the_master_key() {
        let beside_database = config(None, None);
        assert_eq!(
            beside_database.case_keys_dir_path(),
            Path::new("/var/lib/strada/case-keys")
        );
        let apart = config(Some("/etc/strada/keys/master.key"), None);
        assert_eq!(
            apart.case_keys_dir_path(),
            Path::new("/etc/strada/keys/case-keys")
        );
        assert_eq!(
            apart.blind_index_key_path(),
            Path::new("/etc/strada/keys/blind-index.key")
        );
        let named = config(Some("master.key"), Some("/srv/case-keys"));
        assert_eq!(named.case_keys_dir_path(), Path::new("/srv/case-keys"));
        assert_eq!(named.blind_index_key_path(), Path::new("blind-index.key"));
    }
}
