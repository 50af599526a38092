//! The invariants of `ARCHITECTURE.md` that a reading of the source can hold, as tests: each
//! names the rule it keeps, and fails with the places that break it.

use std::fs;
use std::path::{Path, PathBuf};

/// The workspace's root, from this crate's manifest.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root")
}

/// Every Rust file under `crates/`, with its path from the workspace root.
fn rust_files() -> Vec<(String, String)> {
    let root = workspace();
    let mut files = Vec::new();
    let mut folders = vec![root.join("crates")];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                let name = path
                    .strip_prefix(&root)
                    .expect("under the root")
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push((name, fs::read_to_string(&path).expect("UTF-8 source")));
            }
        }
    }
    files.sort();
    files
}

/// A file's code without its unit tests (by convention the last item, `#[cfg(test)]`).
fn without_tests(source: &str) -> &str {
    source
        .find("#[cfg(test)]")
        .map_or(source, |start| &source[..start])
}

/// Whether the file is test code as a whole (integration tests, benchmarks, test modules).
fn is_test_file(name: &str) -> bool {
    name.contains("/tests/") || name.contains("/benches/") || name.ends_with("/tests.rs")
}

/// The lines of `files` that `matches` flags, as `path:line: text`.
fn offending_lines<'a>(
    files: impl Iterator<Item = (&'a str, &'a str)>,
    matches: impl Fn(&str) -> bool,
) -> Vec<String> {
    files
        .flat_map(|(name, code)| {
            code.lines()
                .enumerate()
                .filter(|(_, line)| !line.trim_start().starts_with("//"))
                .filter(|(_, line)| matches(line))
                .map(move |(number, line)| format!("{name}:{}: {}", number + 1, line.trim()))
        })
        .collect()
}

const ROLES: [&str; 6] = [
    "HotlineConsultant",
    "CaseWorker",
    "OrgAdmin",
    "NetworkAdmin",
    "Editor",
    "Analyst",
];

#[test]
fn no_role_is_matched_outside_the_access_policy() {
    let files = rust_files();
    let code = files
        .iter()
        .filter(|(name, _)| !is_test_file(name) && name != "crates/domain/src/access.rs")
        .map(|(name, source)| (name.as_str(), without_tests(source)));
    let offending = offending_lines(code, |line| {
        ROLES
            .iter()
            .any(|role| line.contains(&format!("Role::{role}")))
    });
    assert!(
        offending.is_empty(),
        "what a role may do is an Action of domain/src/access.rs; these lines name a role:\n{}",
        offending.join("\n")
    );
}

#[test]
fn no_handler_answers_a_bare_failure() {
    let files = rust_files();
    let code = files
        .iter()
        .filter(|(name, _)| {
            name.starts_with("crates/web/src/")
                && !name.starts_with("crates/web/src/errors")
                // Readiness answers 503 on purpose, after logging why; a template that fails
                // to render is logged where it is drawn.
                && name != "crates/web/src/ops.rs"
                && name != "crates/web/src/layout.rs"
        })
        .map(|(name, source)| (name.as_str(), without_tests(source)));
    let offending = offending_lines(code, |line| {
        line.contains("StatusCode::SERVICE_UNAVAILABLE")
            || line.contains("StatusCode::INTERNAL_SERVER_ERROR")
            || line.contains("Err(_) => return unavailable")
            || line.contains("Err(_) => unavailable")
    });
    assert!(
        offending.is_empty(),
        "a failure is answered through PageError or ApiError, which log its cause once:\n{}",
        offending.join("\n")
    );
}

#[test]
fn no_source_file_is_over_400_lines() {
    let long: Vec<String> = rust_files()
        .iter()
        .filter(|(_, source)| source.lines().count() > 400)
        .map(|(name, source)| format!("{name}: {} lines", source.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "a file past 400 lines is two rooms:\n{}",
        long.join("\n")
    );
}

#[test]
fn api_handlers_draw_no_pages_and_screens_answer_no_json() {
    let files = rust_files();
    let in_room = |name: &str, room: &str| {
        name.starts_with("crates/web/src/")
            && (name.ends_with(&format!("/{room}.rs")) || name.contains(&format!("/{room}/")))
    };
    let api = files
        .iter()
        .filter(|(name, _)| in_room(name, "api"))
        .map(|(name, source)| (name.as_str(), without_tests(source)));
    let drawing = offending_lines(api, |line| {
        line.contains("StaffChrome") || line.contains("askama") || line.contains("PageError")
    });
    let screens = files
        .iter()
        .filter(|(name, _)| in_room(name, "screens") || in_room(name, "pages"))
        .map(|(name, source)| (name.as_str(), without_tests(source)));
    let answering = offending_lines(screens, |line| {
        line.contains("ApiCaller") || line.contains("ApiError")
    });
    assert!(
        drawing.is_empty() && answering.is_empty(),
        "each surface in its room:\n{}\n{}",
        drawing.join("\n"),
        answering.join("\n")
    );
}
