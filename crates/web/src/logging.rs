//! What reaches the log about a request, and nothing more: its id, method, status and path,
//! with every secret-looking segment of the path redacted. Query strings are never logged
//! (they may one day carry what a person typed), and a caller's `X-Request-Id` is kept only
//! when it is a well-formed id: a header as given could carry anything into the log.

use axum::http::{HeaderValue, Request};
use uuid::Uuid;

use crate::REQUEST_ID;

/// Longest caller-chosen request id kept.
const REQUEST_ID_MAX_LEN: usize = 64;
/// Path segments of this many hexadecimal digits or more are secrets: every token Strada
/// hands out (sessions, invitations, API tokens) is 64 hex digits, and no public address
/// has a segment like it.
const SECRET_HEX_LEN: usize = 24;

/// Keeps the caller's request id when it is well formed, and gives the request a new one
/// otherwise.
pub async fn assign_request_id<B>(mut request: Request<B>) -> Request<B> {
    let well_formed = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|value| value.to_str().ok())
        .is_some_and(is_well_formed_request_id);
    if !well_formed {
        let id = HeaderValue::from_str(&Uuid::now_v7().to_string())
            .expect("a UUID is a valid header value");
        request.headers_mut().insert(REQUEST_ID, id);
    }
    request
}

/// 1 to 64 letters, digits, `-`, `_`, `.` or `:`: what tracing systems use.
fn is_well_formed_request_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= REQUEST_ID_MAX_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// The path as it may be logged: segments that look like secrets become `[redacted]`, and
/// anything outside printable ASCII is escaped so a path cannot forge a log line.
pub fn loggable_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if looks_secret(segment) {
                "[redacted]".to_owned()
            } else {
                segment.escape_default().to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn looks_secret(segment: &str) -> bool {
    let hex_digits = segment.bytes().filter(u8::is_ascii_hexdigit).count();
    // Record ids are hyphenated UUIDs; a token is never hyphenated like one (the 32-digit
    // simple form of a UUID is how some secrets are written, and is redacted).
    let record_id = segment.len() == 36 && Uuid::parse_str(segment).is_ok();
    hex_digits >= SECRET_HEX_LEN && !record_id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_redacted_and_record_ids_and_slugs_kept() {
        let token = "a".repeat(64);
        assert_eq!(
            loggable_path(&format!("/invite/{token}")),
            "/invite/[redacted]"
        );
        let id = Uuid::now_v7().to_string();
        assert_eq!(
            loggable_path(&format!("/staff/consultations/{id}")),
            format!("/staff/consultations/{id}")
        );
        assert_eq!(
            loggable_path(&format!("/receipt/{}", Uuid::now_v7().simple())),
            "/receipt/[redacted]"
        );
        assert_eq!(
            loggable_path("/en/members/la-strada-moldova"),
            "/en/members/la-strada-moldova"
        );
        assert_eq!(loggable_path("/a\nb"), "/a\\nb");
    }

    #[test]
    fn only_well_formed_request_ids_are_kept() {
        assert!(is_well_formed_request_id("trace-42"));
        assert!(is_well_formed_request_id(&Uuid::now_v7().to_string()));
        assert!(!is_well_formed_request_id(""));
        assert!(!is_well_formed_request_id("a b"));
        assert!(!is_well_formed_request_id("x\\ny"));
        assert!(!is_well_formed_request_id(&"a".repeat(65)));
    }
}
