//! Server-side sessions behind an `HttpOnly`, `SameSite=Strict` cookie (`Secure` over TLS).
//! The cookie holds a random id; the database holds only its digest. A session ends after 30
//! minutes idle or 12 hours in all, at sign-out, and when its user is disabled; its id changes
//! whenever it gains a privilege (password passed, code passed).
//!
//! Every state-changing form carries a CSRF token, checked before the handler runs (403 with a
//! translated page otherwise): a signed-in form carries its session's (`Submitted`); a
//! visitor's form (sign-in, invitation) carries the keyed digest of a random nonce in its own
//! cookie (`VisitorForm`), so that a visit stores nothing and a session row is made only when a
//! password is right. Expired sessions are deleted when met and by the server's sweeper.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::access::Actor;
use strada_domain::accounts::User;
use strada_domain::second_factor::constant_time_eq;
use strada_store::StoreError;
use strada_store::accounts::{SessionStage, StoredSession, digest, random_token};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use super::actor_of;
use crate::AppState;
use crate::errors::{PageError, Reader};

pub const IDLE_TIMEOUT: Duration = Duration::minutes(30);
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);

/// The cookie's name; with TLS the `__Host-` prefix also pins it to this host and path.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-strada_session"
    } else {
        "strada_session"
    }
}

/// The `Set-Cookie` value that gives a browser a session.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure_attribute = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict{secure_attribute}",
        cookie_name(secure)
    ))
    .expect("a hex token makes a valid header")
}

/// The `Set-Cookie` value that removes it.
pub fn expired_cookie(secure: bool) -> HeaderValue {
    let secure_attribute = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure_attribute}",
        cookie_name(secure)
    ))
    .expect("a valid header")
}

/// A live session, with its user when it has one.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    pub stored: StoredSession,
    pub user: Option<User>,
}

impl CurrentSession {
    pub fn id_hash(&self) -> &str {
        &self.stored.id_hash
    }

    pub fn csrf_token(&self) -> &str {
        &self.stored.csrf_token
    }

    /// The signed-in user who has every factor they need.
    pub fn signed_in_user(&self) -> Option<&User> {
        self.user
            .as_ref()
            .filter(|_| self.stored.stage == SessionStage::SignedIn)
    }
}

fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn parse_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

impl AppState {
    /// The live session the request's cookie names, if any; an expired one is deleted. A
    /// database that does not answer is an error, never "signed out".
    pub async fn current_session(
        &self,
        headers: &HeaderMap,
    ) -> Result<Option<CurrentSession>, StoreError> {
        let Some(token) = cookie_value(headers, cookie_name(self.settings().secure)) else {
            return Ok(None);
        };
        let id_hash = digest(token);
        let Some(stored) = self.store().session(&id_hash).await? else {
            return Ok(None);
        };
        let now = OffsetDateTime::now_utc();
        let idle = parse_time(&stored.last_seen_at).is_none_or(|seen| now - seen > IDLE_TIMEOUT);
        let old =
            parse_time(&stored.created_at).is_none_or(|created| now - created > ABSOLUTE_TIMEOUT);
        if idle || old {
            self.store().delete_session(&id_hash).await?;
            return Ok(None);
        }
        let user = match stored.user_id {
            Some(id) => match self.store().user(id).await? {
                Some(user) if !user.disabled => Some(user),
                _ => {
                    self.store().delete_session(&id_hash).await?;
                    return Ok(None);
                }
            },
            None => None,
        };
        self.store().touch_session(&id_hash).await?;
        Ok(Some(CurrentSession { stored, user }))
    }

    /// The request's session, read once per request: later extractors of the same request
    /// (a guard, then a form) share what the first one read.
    pub(crate) async fn request_session(
        &self,
        parts: &mut Parts,
    ) -> Result<Option<CurrentSession>, PageError> {
        if let Some(RequestSession(session)) = parts.extensions.get::<RequestSession>() {
            return Ok(session.clone());
        }
        let session = self.current_session(&parts.headers).await?;
        parts.extensions.insert(RequestSession(session.clone()));
        Ok(session)
    }

    /// Starts a session at `stage` and answers the cookie to send; the caller deletes the
    /// session it replaces, so ids never survive a change of privilege.
    pub async fn start_session(
        &self,
        user: Option<&User>,
        stage: SessionStage,
        user_agent: &str,
    ) -> Result<(HeaderValue, String), strada_store::StoreError> {
        let token = random_token();
        let csrf = random_token();
        self.store()
            .create_session(
                &digest(&token),
                user.map(|u| u.id),
                stage,
                &csrf,
                user_agent,
            )
            .await?;
        Ok((session_cookie(&token, self.settings().secure), csrf))
    }
}

/// What a visitor's form (sign-in, invitation) is bound to: a random nonce in an `HttpOnly`
/// cookie; the form carries the nonce's keyed digest under the master key. The server stores
/// nothing for a visit (a signed double-submit token): a session row is made only when a
/// password is right.
pub fn form_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-strada_form"
    } else {
        "strada_form"
    }
}

/// What the visitor form's keyed digest is for, so it proves nothing elsewhere.
const VISITOR_FORM_PURPOSE: &str = "visitor form csrf";

impl AppState {
    /// The CSRF token for a visitor's form, and the cookie to send when the browser has no
    /// nonce yet.
    pub fn visitor_form_token(
        &self,
        headers: &HeaderMap,
    ) -> Result<(Option<HeaderValue>, String), strada_store::StoreError> {
        let secure = self.settings().secure;
        let existing = cookie_value(headers, form_cookie_name(secure))
            .filter(|nonce| nonce.len() == 64 && nonce.bytes().all(|b| b.is_ascii_hexdigit()));
        let (cookie, nonce) = match existing {
            Some(nonce) => (None, nonce.to_owned()),
            None => {
                let nonce = random_token();
                let secure_attribute = if secure { "; Secure" } else { "" };
                let cookie = HeaderValue::from_str(&format!(
                    "{}={nonce}; Path=/; HttpOnly; SameSite=Strict{secure_attribute}",
                    form_cookie_name(secure)
                ))
                .expect("a hex nonce makes a valid header");
                (Some(cookie), nonce)
            }
        };
        let token = self
            .store()
            .keyed_digest(VISITOR_FORM_PURPOSE, nonce.as_bytes())?;
        Ok((cookie, token))
    }

    /// Whether `submitted` is the token of the visitor form this browser was given.
    pub(super) fn visitor_form_token_matches(&self, headers: &HeaderMap, submitted: &str) -> bool {
        let Some(nonce) = cookie_value(headers, form_cookie_name(self.settings().secure)) else {
            return false;
        };
        match self
            .store()
            .keyed_digest(VISITOR_FORM_PURPOSE, nonce.as_bytes())
        {
            Ok(expected) => constant_time_eq(submitted.as_bytes(), expected.as_bytes()),
            Err(_) => false,
        }
    }
}

/// The session a request's extractors have read, kept in its extensions.
#[derive(Clone)]
struct RequestSession(Option<CurrentSession>);

/// Any live session, or none.
pub struct MaybeSession(pub Option<CurrentSession>);

impl FromRequestParts<AppState> for MaybeSession {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = state.request_session(parts).await?;
        let language = session
            .as_ref()
            .and_then(|session| session.user.as_ref())
            .map_or_else(
                || crate::layout::browser_language(&parts.headers),
                |user| user.language,
            );
        Reader::Signing(language).note(parts);
        Ok(Self(session))
    }
}

/// A signed-in staff member with every factor their role needs. Others are sent to sign in,
/// or to enrol their second factor.
#[derive(Clone)]
pub struct Staff {
    pub session: CurrentSession,
    pub user: User,
}

impl Staff {
    pub fn actor(&self) -> Actor {
        actor_of(&self.user)
    }
}

impl Staff {
    /// Checks what `Staff`'s extractor checks, for a session already loaded.
    pub fn from_session(session: CurrentSession) -> Result<Self, Response> {
        let Some(user) = session.signed_in_user().cloned() else {
            return Err(Redirect::to("/login").into_response());
        };
        if user.must_enrol_second_factor() {
            return Err(Redirect::to("/staff/enrol").into_response());
        }
        Ok(Self { session, user })
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = state
            .request_session(parts)
            .await
            .map_err(IntoResponse::into_response)?
            .ok_or_else(|| Redirect::to("/login").into_response())?;
        let staff = Self::from_session(session)?;
        Reader::Staff(Box::new(staff.clone())).note(parts);
        Ok(staff)
    }
}
