//! What every public page shares: the language, the header with the quick exit, the
//! navigation, the language switcher with `hreflang` alternates (absolute, from the public
//! address), the page's description, the favicon, the demo notice and the footer. Page
//! templates extend `base.html` and carry a `Chrome`.
//!
//! Every phone number a page shows is a `tel:` link, in translated sentences too
//! (`Chrome::t_with_tel`).

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use bytes::Bytes;
use strada_domain::language::UiLanguage;

use crate::assets::{FAVICON, SCRIPT, STYLESHEET};
use crate::i18n::Translator;
use crate::page_cache::RenderedPage;

/// Where people leave to when they press Quick exit: a busy, neutral site.
pub const QUICK_EXIT_URL: &str = "https://www.bbc.com/weather";

/// The sections of the main navigation, to mark the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Members,
    Help,
    Countries,
    About,
    Safety,
    None,
}

/// The parts of a page that every public page shares.
pub struct Chrome {
    pub tr: Translator,
    pub title: String,
    /// The page's address after the language segment, with its canonical query (`/members?country=MD`).
    pub path: String,
    pub section: Section,
    pub demo: bool,
    /// What the page is about, for search engines and link previews.
    pub description: String,
    /// Whether the page exists in every language at `path` (error pages do not).
    pub alternates: bool,
    public_url: String,
}

pub struct NavItem {
    pub href: String,
    pub label: String,
    pub current: bool,
}

pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl Chrome {
    pub fn new(
        tr: Translator,
        title: String,
        path: String,
        section: Section,
        demo: bool,
        public_url: Option<&str>,
    ) -> Self {
        Self {
            tr,
            title,
            path,
            section,
            demo,
            description: tr.t("meta-description"),
            alternates: true,
            public_url: public_url.unwrap_or("").trim_end_matches('/').to_owned(),
        }
    }

    /// The same chrome with the page's own description.
    pub fn described(mut self, description: String) -> Self {
        self.description = description;
        self
    }

    /// The same chrome for a page that has no counterpart in other languages.
    pub fn without_alternates(mut self) -> Self {
        self.alternates = false;
        self
    }

    pub fn lang(&self) -> &'static str {
        self.tr.language().code()
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// A link inside the site, in this page's language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang(), path)
    }

    pub fn stylesheet(&self) -> &'static str {
        &STYLESHEET.href
    }

    pub fn script(&self) -> &'static str {
        &SCRIPT.href
    }

    pub fn favicon(&self) -> &'static str {
        &FAVICON.href
    }

    /// The message for `key` as HTML, with `number` in it made a `tel:` link.
    pub fn t_with_tel(&self, key: &str, number: &str) -> String {
        html_with_tel_link(&self.t(key), number)
    }

    pub fn quick_exit_url(&self) -> &'static str {
        QUICK_EXIT_URL
    }

    pub fn nav_items(&self) -> Vec<NavItem> {
        [
            (Section::Home, "/", "nav-home"),
            (Section::Members, "/members", "nav-members"),
            (Section::Help, "/help", "nav-help"),
            (Section::Countries, "/countries", "nav-countries"),
            (Section::About, "/about", "nav-about"),
            (Section::Safety, "/safety", "nav-safety"),
        ]
        .into_iter()
        .map(|(section, path, key)| NavItem {
            href: self.href(path),
            label: self.t(key),
            current: section == self.section,
        })
        .collect()
    }

    /// The same page in every interface language.
    pub fn language_links(&self) -> Vec<LanguageLink> {
        UiLanguage::ALL
            .into_iter()
            .map(|language| LanguageLink {
                code: language.code(),
                name: language.native_name(),
                href: format!("{}/{}{}", self.public_url, language.code(), self.path),
                current: language == self.tr.language(),
            })
            .collect()
    }
}

/// `text` escaped for HTML, each occurrence of `number` in it made a link that calls it.
pub fn html_with_tel_link(text: &str, number: &str) -> String {
    let link = format!(
        "<a href=\"tel:{}\">{}</a>",
        number
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>(),
        escape_html(number)
    );
    text.split(number)
        .map(escape_html)
        .collect::<Vec<_>>()
        .join(&link)
}

/// Text made safe to place in HTML, as content or inside a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Renders a page template; a template that fails is a bug, logged and answered with 500.
pub fn render(template: &impl Template, status: StatusCode) -> RenderedPage {
    match template.render() {
        Ok(html) => RenderedPage {
            status,
            html: Bytes::from(html),
        },
        Err(error) => {
            tracing::error!(%error, "a page template failed to render");
            RenderedPage {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                html: Bytes::from_static(b"Internal error"),
            }
        }
    }
}

impl RenderedPage {
    pub fn into_response(self, language: UiLanguage) -> Response {
        (
            self.status,
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                (
                    header::CONTENT_LANGUAGE,
                    HeaderValue::from_static(language.code()),
                ),
            ],
            self.html,
        )
            .into_response()
    }
}

/// The interface language named by a public URL's first segment. Any other first segment is
/// not a page of the site: it answers what the fallback does (a redirect when the address
/// lacks only its language, like `/help`, else the 404 page in the reader's language).
pub struct PageLanguage(pub UiLanguage);

impl<S: Send + Sync> FromRequestParts<S> for PageLanguage {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let segment = parts
            .uri
            .path()
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or("");
        let language = UiLanguage::from_code(segment)
            .ok_or_else(|| crate::errors::answer_unknown_address(&parts.uri, &parts.headers))?;
        crate::errors::Reader::Visitor(language).note(parts);
        Ok(PageLanguage(language))
    }
}

/// The language a page is written in when the address names none and no user is known: the
/// one the reader's browser asks for.
pub fn browser_language(headers: &HeaderMap) -> UiLanguage {
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    UiLanguage::negotiate(accepted)
}

/// To `path` after the reader's language, chosen by `Accept-Language`.
pub fn redirect_by_language(headers: &HeaderMap, path: &str) -> Response {
    let language = browser_language(headers);
    let mut response = Redirect::to(&format!("/{}{path}", language.code())).into_response();
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translated_sentence_links_its_number_and_escapes_the_rest() {
        assert_eq!(
            html_with_tel_link("Call 112 <now> & \"safely\": 112", "112"),
            "Call <a href=\"tel:112\">112</a> &lt;now&gt; &amp; &quot;safely&quot;: <a href=\"tel:112\">112</a>"
        );
        assert_eq!(
            html_with_tel_link("Sunați la 0 800 77777.", "0 800 77777"),
            "Sunați la <a href=\"tel:080077777\">0 800 77777</a>."
        );
        assert_eq!(html_with_tel_link("No number", "112"), "No number");
    }
}
