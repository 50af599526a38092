//! The API's document, `openapi.json`, held to what the API answers: every answer the suite
//! reads from `/api/v1/...` or `/hsds/...` must be documented for its path, method and
//! status, and its JSON body must match the schema documented for it.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use jsonschema::Validator;

use reqwest::Method;
use serde_json::{Value, json};

use super::Answer;

/// The document the server serves at `/openapi.json`.
pub const OPENAPI_TEXT: &str = include_str!("../../../../web/openapi.json");

/// A path template, a method and a status.
type Operation = (String, String, String);

pub struct Document {
    document: Value,
    /// Compiled body validators by (path template, method, status); `None` where the
    /// document gives no JSON body.
    validators: Mutex<HashMap<Operation, Option<Arc<Validator>>>>,
}

static DOCUMENT: LazyLock<Document> = LazyLock::new(|| Document {
    document: serde_json::from_str(OPENAPI_TEXT).expect("openapi.json is JSON"),
    validators: Mutex::new(HashMap::new()),
});

/// Whether the document speaks for answers at `path`.
pub fn is_described(path: &str) -> bool {
    path.starts_with("/api/v1/") || path == "/hsds" || path.starts_with("/hsds/")
}

impl Document {
    pub fn get() -> &'static Self {
        &DOCUMENT
    }

    /// The document as JSON.
    pub fn json(&self) -> &Value {
        &self.document
    }

    /// The template of the document's paths that `path` falls under: the one with most fixed
    /// segments, so that `/help-requests/status` is not read as `/help-requests/{id}`.
    pub fn template_of(&self, path: &str) -> Option<&str> {
        let segments: Vec<&str> = path.split('/').collect();
        self.document["paths"]
            .as_object()?
            .keys()
            .filter(|template| {
                let parts: Vec<&str> = template.split('/').collect();
                parts.len() == segments.len()
                    && parts.iter().zip(&segments).all(|(part, segment)| {
                        part == segment || (part.starts_with('{') && !segment.is_empty())
                    })
            })
            .max_by_key(|template| template.split('/').filter(|p| !p.starts_with('{')).count())
            .map(String::as_str)
    }

    /// Panics unless `answer` is what the document says `method path` answers.
    pub fn check(&self, method: &Method, path: &str, answer: &Answer) {
        if !is_described(path) {
            return;
        }
        let what = format!("{method} {path} answered {}", answer.status);
        let template = self
            .template_of(path)
            .unwrap_or_else(|| panic!("{what}: the path is not in openapi.json"));
        let operation = &self.document["paths"][template][method.as_str().to_lowercase()];
        assert!(
            operation.is_object(),
            "{what}: openapi.json has no {method} for {template}"
        );
        let status = answer.status.as_u16().to_string();
        let key = (template.to_owned(), method.to_string(), status.clone());
        // Compiled outside the lock: a check that fails panics, and must not poison the cache
        // for the other tests of the process.
        let cached = self.cache().get(&key).cloned();
        let validator = match cached {
            Some(validator) => validator,
            None => {
                let validator = self.body_validator(operation, &status, &what);
                self.cache().insert(key, validator.clone());
                validator
            }
        };
        if let Some(validator) = validator {
            let body: Value = serde_json::from_str(&answer.body)
                .unwrap_or_else(|e| panic!("{what}: documented as JSON, but is not ({e})"));
            let errors: Vec<String> = validator
                .iter_errors(&body)
                .map(|error| format!("{error} at {}", error.instance_path()))
                .collect();
            assert!(
                errors.is_empty(),
                "{what}: the body does not match openapi.json: {errors:#?}\n{body:#}"
            );
        }
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<Operation, Option<Arc<Validator>>>> {
        self.validators
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The validator of the JSON body documented for `status`, if one is documented.
    fn body_validator(
        &self,
        operation: &Value,
        status: &str,
        what: &str,
    ) -> Option<Arc<Validator>> {
        let response = operation["responses"]
            .get(status)
            .unwrap_or_else(|| panic!("{what}: the status is not in openapi.json"));
        let response = self.resolve(response);
        let schema = response
            .get("content")?
            .get("application/json")?
            .get("schema")?;
        // The schema's references point into the document's components: keep them beside it.
        let rooted = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "components": self.document["components"],
            "allOf": [schema],
        });
        let validator = jsonschema::options()
            .build(&rooted)
            .unwrap_or_else(|e| panic!("{what}: its schema in openapi.json does not compile: {e}"));
        Some(Arc::new(validator))
    }

    /// A response object, or the one a `$ref` names in `#/components/responses`.
    fn resolve<'a>(&'a self, response: &'a Value) -> &'a Value {
        match response.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let pointer = reference.strip_prefix('#').expect("a local reference");
                self.document
                    .pointer(pointer)
                    .unwrap_or_else(|| panic!("openapi.json has no {reference}"))
            }
            None => response,
        }
    }
}
