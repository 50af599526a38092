//! An answer, read whole, and ways to read it: as JSON, by header, and as parsed HTML.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use scraper::{ElementRef, Html, Selector};

/// An answer, read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
    }

    /// The body parsed as an HTML document, to check its elements rather than its text.
    pub fn html(&self) -> Page {
        Page(Html::parse_document(&self.body))
    }
}

/// A parsed HTML page.
pub struct Page(Html);

impl Page {
    /// Every element that matches a CSS selector, in document order.
    pub fn select(&self, selector: &str) -> Vec<ElementRef<'_>> {
        let parsed =
            Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector {selector}: {e}"));
        self.0.select(&parsed).collect()
    }

    /// Whether any element matches a CSS selector.
    pub fn has(&self, selector: &str) -> bool {
        !self.select(selector).is_empty()
    }

    /// The text of every element that matches, whitespace collapsed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.select(selector).into_iter().map(text_of).collect()
    }

    /// An attribute of every element that matches (those without it left out).
    pub fn attributes(&self, selector: &str, attribute: &str) -> Vec<String> {
        self.select(selector)
            .into_iter()
            .filter_map(|element| element.value().attr(attribute).map(str::to_owned))
            .collect()
    }

    /// The addresses every link of the page leads to.
    pub fn links(&self) -> Vec<String> {
        self.attributes("a[href]", "href")
    }
}

/// The text of an element as a reader sees it: its words, single-spaced.
pub fn text_of(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
