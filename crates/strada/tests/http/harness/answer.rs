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

    /// The text of the element of id `id`, if the page has one.
    pub fn text_by_id(&self, id: &str) -> Option<String> {
        self.select(&by_id(id)).into_iter().next().map(text_of)
    }

    /// The ids the element of id `id` names in `aria-describedby`.
    pub fn described_by(&self, id: &str) -> Vec<String> {
        self.attributes(&by_id(id), "aria-describedby")
            .iter()
            .flat_map(|ids| ids.split_whitespace().map(str::to_owned))
            .collect()
    }

    /// Whether the element of id `field` is marked `aria-invalid="true"` and described by
    /// the element of id `description`.
    pub fn invalid_and_described_by(&self, field: &str, description: &str) -> bool {
        self.has(&format!("{}[aria-invalid=\"true\"]", by_id(field)))
            && self.described_by(field).iter().any(|id| id == description)
    }

    /// The error shown beside the field of id `field`, as a screen reader finds it: the
    /// field marked invalid and described by the element `{field}-error`, whose text this
    /// answers. `None` when any of that is missing.
    pub fn error_beside(&self, field: &str) -> Option<String> {
        let error = format!("{field}-error");
        self.invalid_and_described_by(field, &error)
            .then(|| self.text_by_id(&error))
            .flatten()
    }

    /// The text of every table cell of the page (`td`), in document order.
    pub fn cells(&self) -> Vec<String> {
        self.texts("td")
    }

    /// Whether a row of a table of the page has `cells` side by side (its `th` and `td`).
    pub fn has_row_with(&self, cells: &[&str]) -> bool {
        self.select("tr").into_iter().any(|row| {
            let texts: Vec<String> = row
                .select(&Selector::parse("th, td").unwrap())
                .map(text_of)
                .collect();
            texts.windows(cells.len()).any(|run| run == cells)
        })
    }

    /// What the text areas named `name` hold, as the browser fills them in.
    pub fn textareas(&self, name: &str) -> Vec<String> {
        self.select(&format!("textarea[name=\"{name}\"]"))
            .into_iter()
            .map(|area| area.text().collect())
            .collect()
    }

    /// The addresses every link of the page leads to.
    pub fn links(&self) -> Vec<String> {
        self.attributes("a[href]", "href")
    }
}

/// A selector of the element of id `id` (an attribute selector, so that any id will do).
fn by_id(id: &str) -> String {
    format!("[id=\"{id}\"]")
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
