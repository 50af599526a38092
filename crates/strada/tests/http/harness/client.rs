//! A client of the app: a person's browser, which keeps the session cookie and the session's
//! CSRF token between requests, or a program holding an API token. Every request goes through
//! [`TestApp::send`].

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;
use strada_domain::second_factor::TotpSecret;

use super::{Answer, TestApp};

pub struct Client<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
    /// The CSRF token of the session, once a page has shown it.
    pub csrf: Option<String>,
    /// The API token sent as `Authorization: Bearer`.
    pub bearer: Option<String>,
    /// The account this client signed in as, if it did through a fixture.
    pub email: String,
    pub password: String,
    /// The second factor it enrolled, if it did through a fixture.
    pub secret: Option<TotpSecret>,
}

impl<'a> Client<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookie: None,
            csrf: None,
            bearer: None,
            email: String::new(),
            password: String::new(),
            secret: None,
        }
    }

    /// A client that sends `token` as its bearer token.
    pub fn with_token(app: &'a TestApp, token: &str) -> Self {
        let mut client = Self::new(app);
        client.bearer = Some(token.to_owned());
        client
    }

    /// The API token this client holds.
    pub fn token(&self) -> &str {
        self.bearer.as_deref().expect("a client with an API token")
    }

    fn remember(&mut self, answer: &Answer) {
        remember_cookie(&mut self.cookie, &answer.headers);
        if let Some(token) = find_csrf_token(&answer.body) {
            self.csrf = Some(token);
        }
    }

    /// Sends a request with what this client holds (cookie, token) and remembers what the
    /// answer sets.
    async fn send(&mut self, mut request: reqwest::RequestBuilder) -> Answer {
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(token) = &self.bearer {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let answer = self.app.send(request).await;
        self.remember(&answer);
        answer
    }

    fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.app
            .client
            .request(method, format!("{}{path}", self.app.base))
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&mut self, path: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = self.request(Method::GET, path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request).await
    }

    /// Where a GET of `path` sends this client (its `Location`, empty when it sends nowhere).
    pub async fn location_of(&mut self, path: &str) -> String {
        self.get(path).await.header("location").to_owned()
    }

    /// Whether a GET of `path` holds this client at the second factor's enrolment.
    pub async fn sent_to_enrolment(&mut self, path: &str) -> bool {
        self.location_of(path).await == "/staff/enrol"
    }

    /// Posts a form as a browser would, with exactly the fields given (no CSRF token added).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let request = self
            .request(Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form_body(fields));
        self.send(request).await
    }

    /// Posts a form with the session's CSRF token, as a form of a staff page does.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        if self.csrf.is_none() {
            self.get("/staff/").await;
        }
        let token = self.csrf.clone().expect("a CSRF token on the staff home");
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post(path, &all).await
    }

    /// Posts a form from the page at `form_page`, with the token that page shows.
    pub async fn submit(&mut self, form_page: &str, path: &str, fields: &[(&str, &str)]) -> Answer {
        let page = self.get(form_page).await;
        let token = csrf_token(&page.body);
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post(path, &all).await
    }

    /// Posts every one of `forms` at once in this session, as a person clicking again and
    /// again or several tabs would; answers the status of each, in order.
    pub async fn post_forms_at_once(
        &self,
        path: &str,
        forms: &[Vec<(&str, &str)>],
    ) -> Vec<reqwest::StatusCode> {
        let cookie = self.cookie.as_deref().expect("a session");
        futures_util::future::join_all(forms.iter().map(|fields| async move {
            self.request(Method::POST, path)
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form_body(fields))
                .send()
                .await
                .unwrap()
                .status()
        }))
        .await
    }

    /// Posts a form from a page already fetched, with the CSRF token that page shows.
    pub async fn post_from(
        &mut self,
        page: &Answer,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let token = csrf_token(&page.body);
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post(path, &all).await
    }

    /// Starts a reset of the second factor on the account page, with the password.
    pub async fn reset_second_factor(&mut self, password: &str) -> Answer {
        let fields = [("password", password)];
        self.submit(
            "/staff/account",
            "/staff/account/second-factor/reset",
            &fields,
        )
        .await
    }

    /// Signs in with a password; answers the answer to the form.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> Answer {
        self.submit(
            "/login",
            "/login",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// Changes the account's password on the account page.
    pub async fn change_password(&mut self, current: &str, new: &str) -> Answer {
        let fields = [("current_password", current), ("new_password", new)];
        self.submit("/staff/account", "/staff/account/password", &fields)
            .await
    }

    /// Gives another account a role, on the users' screen.
    pub async fn change_role(&mut self, user: impl std::fmt::Display, role: &str) -> Answer {
        self.submit(
            "/staff/users",
            &format!("/staff/users/{user}/role"),
            &[("role", role)],
        )
        .await
    }

    /// Where signing in with a password sends this client (its `Location`).
    pub async fn sign_in_leads_to(&mut self, email: &str, password: &str) -> String {
        self.sign_in(email, password)
            .await
            .header("location")
            .to_owned()
    }

    pub async fn post_json(&mut self, path: &str, body: &Value) -> Answer {
        self.send_json(Method::POST, path, &body.to_string(), &[])
            .await
    }

    pub async fn put_json(&mut self, path: &str, body: &Value) -> Answer {
        self.send_json(Method::PUT, path, &body.to_string(), &[])
            .await
    }

    /// Sends a body as JSON, written as given (so that tests can send broken JSON too).
    pub async fn send_json(
        &mut self,
        method: Method,
        path: &str,
        body: &str,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = self
            .request(method, path)
            .header("content-type", "application/json")
            .body(body.to_owned());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request).await
    }
}

/// Keeps the cookie a response sets, and forgets it when the response clears it.
fn remember_cookie(cookie: &mut Option<String>, headers: &HeaderMap) {
    for value in headers.get_all("set-cookie") {
        let text = value.to_str().unwrap_or("");
        let pair = text.split(';').next().unwrap_or("");
        if let Some((name, value)) = pair.split_once('=') {
            *cookie = (!value.is_empty()).then(|| format!("{name}={value}"));
        }
    }
}

/// A form's fields as a browser encodes them in a body.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).expect("form fields encode")
}

const CSRF_MARKER: &str = "name=\"csrf_token\" value=\"";

fn find_csrf_token(html: &str) -> Option<String> {
    let start = html.find(CSRF_MARKER)? + CSRF_MARKER.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned())
}

/// The CSRF token of the first form of a page.
pub fn csrf_token(html: &str) -> String {
    find_csrf_token(html).unwrap_or_else(|| panic!("no CSRF token in {html}"))
}
