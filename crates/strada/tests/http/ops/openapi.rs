//! The OpenAPI document against the router: every route of the API that the web crate
//! declares is in the document, with each of its methods, and the harness's check of answers
//! against the document refuses what the document does not say.

use std::path::{Path, PathBuf};

use reqwest::{Method, StatusCode};

use crate::Answer;
use crate::harness::openapi::{Document, is_described};

/// Every `.route("PATH", METHODS)` of the web crate's sources whose path the document
/// describes: (path, methods).
fn declared_api_routes() -> Vec<(String, Vec<String>)> {
    let sources = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../web/src");
    let mut files = Vec::new();
    collect_rust_files(&sources, &mut files);
    let mut routes = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(start) = rest.find(".route(") {
            rest = &rest[start + ".route(".len()..];
            let call = &rest[..closing_parenthesis(rest)];
            let Some(path) = call.split('"').nth(1) else {
                continue;
            };
            if !is_described(path) {
                continue;
            }
            let methods = ["get", "post", "put", "patch", "delete"]
                .into_iter()
                .filter(|method| {
                    call.match_indices(&format!("{method}(")).any(|(at, _)| {
                        !call[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    })
                })
                .map(str::to_owned)
                .collect();
            routes.push((path.to_owned(), methods));
        }
    }
    routes
}

fn collect_rust_files(directory: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Where the call whose arguments `text` starts with ends.
fn closing_parenthesis(text: &str) -> usize {
    let mut depth = 1;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    text.len()
}

#[test]
fn every_api_route_the_router_serves_is_in_the_document_with_its_methods() {
    let routes = declared_api_routes();
    assert!(
        routes
            .iter()
            .any(|(path, _)| path == "/api/v1/consultations/{id}"),
        "the route reader finds the routes: {routes:?}"
    );
    let document = Document::get();
    for (path, methods) in routes {
        let operations = &document.json()["paths"][&path];
        assert!(operations.is_object(), "{path} is not in openapi.json");
        assert!(!methods.is_empty(), "no method read for {path}");
        for method in methods {
            assert!(
                operations[&method].is_object(),
                "{method} {path} is not in openapi.json"
            );
        }
    }
}

fn answer(status: StatusCode, body: &str) -> Answer {
    Answer {
        status,
        headers: Default::default(),
        body: body.to_owned(),
    }
}

/// Runs the harness's check, answering whether it refused.
fn refuses(method: Method, path: &str, answer: &Answer) -> bool {
    std::panic::catch_unwind(|| Document::get().check(&method, path, answer)).is_err()
}

#[test]
fn the_check_refuses_undocumented_paths_methods_statuses_and_bodies() {
    let hotlines = answer(
        StatusCode::OK,
        r#"{"items": [], "total": 0, "page": 1, "per_page": 20}"#,
    );
    assert!(!refuses(Method::GET, "/api/v1/hotlines", &hotlines));
    assert!(refuses(Method::GET, "/api/v1/nothing", &hotlines));
    assert!(refuses(Method::DELETE, "/api/v1/hotlines", &hotlines));
    assert!(refuses(
        Method::GET,
        "/api/v1/hotlines",
        &answer(StatusCode::IM_A_TEAPOT, "{}")
    ));
    assert!(refuses(
        Method::GET,
        "/api/v1/consultations/0",
        &answer(StatusCode::OK, r#"{"channel": "pigeon"}"#)
    ));
    assert!(refuses(
        Method::GET,
        "/api/v1/me",
        &answer(StatusCode::OK, "not json")
    ));
    // Pages are not the document's to describe.
    assert!(!refuses(Method::GET, "/en/", &answer(StatusCode::OK, "")));
}
