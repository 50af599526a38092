//! The links between the pages of a staff list, drawn by the one template macro
//! `templates/macros/pagination.html` (`{% call pagination::page_links(pages, chrome) %}`).

use strada_domain::pagination::Page;

/// Where a page of a list stands among the others, and the addresses of its neighbours.
pub struct PageLinks {
    pub page: u32,
    pub pages: u32,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl PageLinks {
    /// The links of `page`, where `address` is the list's address for a page number (with
    /// the reader's filters kept).
    pub fn new<T>(page: &Page<T>, address: impl Fn(u32) -> String) -> Self {
        let pages = page.total_pages();
        Self {
            page: page.page,
            pages,
            previous: (page.page > 1).then(|| address(page.page - 1)),
            next: (page.page < pages).then(|| address(page.page + 1)),
        }
    }

    /// The links of `page` of the list at `path`, each keeping the filters of `kept` (a
    /// query's pairs without its page, as `filters_of` reads them).
    pub fn keeping<T>(page: &Page<T>, path: &str, kept: &[(String, String)]) -> Self {
        Self::new(page, |number| {
            let mut pairs = kept.to_vec();
            pairs.push(("page".into(), number.to_string()));
            format!(
                "{path}?{}",
                serde_urlencoded::to_string(&pairs).unwrap_or_default()
            )
        })
    }
}

/// A list's query string as pairs, without the page (which each page's link sets).
pub fn filters_of(query: Option<&str>) -> Vec<(String, String)> {
    let mut kept: Vec<(String, String)> =
        serde_urlencoded::from_str(query.unwrap_or("")).unwrap_or_default();
    kept.retain(|(key, _)| key != "page");
    kept
}
