//! At rest: TOTP secrets are sealed by the master key, and the database's files and the key
//! file are readable by their owner only.

use reqwest::StatusCode;
use strada_domain::second_factor::TotpSecret;

use super::enrolled;
use crate::totp_code;
use crate::{Client, TestApp};

#[tokio::test]
async fn totp_secrets_are_sealed_and_clear_ones_are_sealed_at_start() {
    let app = TestApp::spawn().await;
    let mut browser = Client::new(&app);
    let (password, secret) = enrolled(&mut browser, "ana@lastrada.md", "case-worker").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE totp_secret IS NOT NULL")
            .await,
        0,
        "no secret in clear"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE totp_secret_key IS NOT NULL AND totp_secret_ciphertext IS NOT NULL"
        )
        .await,
        1
    );

    // A secret stored in clear by an earlier version is sealed when the server starts.
    let legacy = TotpSecret::from_bytes([7; 20]);
    app.execute_sql(&format!(
        "UPDATE users SET totp_secret = '{}', totp_secret_key = NULL, totp_secret_ciphertext = NULL",
        legacy.to_base32()
    ))
    .await;
    let app = app.restart(true).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE totp_secret IS NOT NULL")
            .await,
        0
    );
    let mut browser = Client::new(&app);
    assert_eq!(
        browser.sign_in_leads_to("ana@lastrada.md", &password).await,
        "/login/code"
    );
    let page = browser.get("/login/code").await;
    let old = browser
        .post_from(&page, "/login/code", &[("code", &totp_code(&secret, 1))])
        .await;
    assert_eq!(
        old.status,
        StatusCode::UNAUTHORIZED,
        "the secret is the one sealed"
    );
    let passed = browser
        .post_from(&page, "/login/code", &[("code", &totp_code(&legacy, 1))])
        .await;
    assert_eq!(passed.header("location"), "/staff/");
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_files_and_the_key_file_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn().await;
    // Writes, so that SQLite has its write-ahead log.
    let password = app
        .create_user("eva@lastrada.md", "editor", "la-strada-moldova")
        .await;
    Client::new(&app)
        .sign_in("eva@lastrada.md", &password)
        .await;
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .permissions()
            .mode()
            & 0o777
    };
    let strada_store::DatabaseUrl::Sqlite(database) = &app.database else {
        // PostgreSQL keeps its files itself; the key file is still Strada's.
        return;
    };
    let folder = database.parent().unwrap();
    assert_eq!(mode(&folder.join("master.key")), 0o600);
    assert_eq!(mode(database), 0o600, "the database file");
    let mut checked = 0;
    for suffix in ["-wal", "-shm"] {
        let path = std::path::PathBuf::from(format!("{}{suffix}", database.display()));
        if path.exists() {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
            checked += 1;
        }
    }
    assert!(
        checked >= 1,
        "the write-ahead log exists while the server runs"
    );
    // A database left readable by others (an older installation, a copy) is made private at
    // the next start.
    std::fs::set_permissions(database, std::fs::Permissions::from_mode(0o644)).unwrap();
    let database = database.clone();
    let app = app.restart(false).await;
    assert_eq!(app.get("/healthz").await.status, reqwest::StatusCode::OK);
    assert_eq!(mode(&database), 0o600, "made private at start");
}
