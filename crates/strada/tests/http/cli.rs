//! The `strada` command as people run it: help, clear errors, migrations, and a graceful stop.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const STRADA: &str = env!("CARGO_BIN_EXE_strada");

fn strada(arguments: &[&str]) -> std::process::Output {
    Command::new(STRADA)
        .args(arguments)
        .env_remove("STRADA_DATABASE_URL")
        .env_remove("STRADA_ADDR")
        .output()
        .expect("strada runs")
}

#[test]
fn every_command_has_help() {
    for arguments in [
        &["--help"][..],
        &["serve", "--help"],
        &["migrate", "--help"],
    ] {
        let output = strada(arguments);
        assert!(output.status.success(), "{arguments:?}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("Usage:"), "{arguments:?}: {text}");
    }
    let serve = String::from_utf8_lossy(&strada(&["serve", "--help"]).stdout).to_string();
    for flag in [
        "--addr",
        "--database",
        "--demo",
        "STRADA_ADDR",
        "STRADA_DATABASE_URL",
    ] {
        assert!(serve.contains(flag), "serve --help does not mention {flag}");
    }
}

#[test]
fn a_bad_database_url_is_a_clear_error() {
    for url in [
        "mysql://root@localhost/strada",
        "strada.db",
        "postgres://strada@host:port/db",
    ] {
        let output = strada(&["migrate", "--database", url]);
        assert!(!output.status.success(), "{url}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains("sqlite://PATH"), "{url}: {message}");
    }
    let output = Command::new(STRADA)
        .args(["migrate"])
        .env("STRADA_DATABASE_URL", "oracle://nope")
        .output()
        .unwrap();
    assert!(
        !output.status.success(),
        "the environment's value is parsed too"
    );
}

#[test]
fn an_unreadable_database_is_a_clear_error() {
    let directory = tempfile::tempdir().unwrap();
    let garbage = directory.path().join("garbage.db");
    std::fs::write(&garbage, vec![0x42; 8192]).unwrap();
    let url = format!("sqlite://{}", garbage.display());
    let output = strada(&["migrate", "--database", &url]);
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("garbage.db"), "{message}");
    assert!(message.contains("not a database"), "{message}");
}

#[test]
fn a_bad_listen_address_and_a_port_in_use_are_clear_errors() {
    let directory = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/strada.db", directory.path().display());
    let output = strada(&["serve", "--database", &url, "--addr", "localhost"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("IP:PORT"));

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = strada(&["serve", "--database", &url, "--addr", &addr]);
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("already in use") && message.contains(&addr),
        "{message}"
    );
}

#[test]
fn migrate_then_serve_from_a_configuration_file_and_stop_gracefully_on_sigterm() {
    let directory = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/data/strada.db", directory.path().display());
    let output = strada(&["migrate", "--database", &url]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = directory.path().join("strada.toml");
    std::fs::write(
        &config,
        format!("addr = \"127.0.0.1:{port}\"\ndatabase_url = \"{url}\"\n"),
    )
    .unwrap();
    let mut child = Command::new(STRADA)
        .args(["--config", config.to_str().unwrap(), "serve", "--demo"])
        .env_remove("STRADA_DATABASE_URL")
        .env_remove("STRADA_ADDR")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until_listening(port);
    stop_with_sigterm(&mut child);
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut log).unwrap();
    assert!(log.contains("shutting down"), "{log}");
    assert!(log.contains("demo network ready"), "{log}");

    let unknown_key = directory.path().join("bad.toml");
    std::fs::write(&unknown_key, "adress = \"127.0.0.1:1\"\n").unwrap();
    let output = strada(&["--config", unknown_key.to_str().unwrap(), "serve"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad.toml"));
}

#[test]
fn without_a_command_strada_serves_with_the_environment_s_settings() {
    let directory = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/strada.db", directory.path().display());
    let port = free_port();
    let mut child = Command::new(STRADA)
        .env("STRADA_ADDR", format!("127.0.0.1:{port}"))
        .env("STRADA_DATABASE_URL", &url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_until_listening(port);
    stop_with_sigterm(&mut child);
    assert!(directory.path().join("strada.db").exists());
}

/// A port no server listens on now, for a server started by hand.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until the server answers `/healthz` (a bound port alone may still be starting up).
fn wait_until_listening(port: u16) {
    use std::io::{Read, Write};
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut answer = String::new();
            if stream.write_all(b"GET /healthz HTTP/1.0\r\n\r\n").is_ok()
                && stream.read_to_string(&mut answer).is_ok()
                && answer.starts_with("HTTP/1.0 200")
            {
                return;
            }
        }
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Sends SIGTERM and expects a clean exit within seconds.
fn stop_with_sigterm(child: &mut std::process::Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "a graceful stop exits 0");
}

#[test]
fn the_log_holds_no_secret_from_a_path_and_no_request_id_as_given() {
    use std::io::{Read, Write};
    let directory = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/strada.db", directory.path().display());
    let port = free_port();
    let mut child = Command::new(STRADA)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .env("STRADA_DATABASE_URL", &url)
        .env("STRADA_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until_listening(port);
    let token = "5f".repeat(32);
    let long_id = "r".repeat(100);
    for request in [
        format!("GET /invite/{token} HTTP/1.0\r\n\r\n"),
        format!("GET /healthz?ticket={token} HTTP/1.0\r\n\r\n"),
        format!("GET /healthz HTTP/1.0\r\nX-Request-Id: {long_id}\r\n\r\n"),
        "GET /healthz HTTP/1.0\r\nX-Request-Id: forged request_id=admin\r\n\r\n".to_owned(),
    ] {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.0"), "{answer}");
    }
    stop_with_sigterm(&mut child);
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut log).unwrap();
    assert!(log.contains("/invite/[redacted]"), "{log}");
    for secret in [token.as_str(), long_id.as_str(), "forged"] {
        assert!(!log.contains(secret), "`{secret}` is in the log: {log}");
    }
}
