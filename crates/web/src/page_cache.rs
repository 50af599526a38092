//! Public pages rendered once and served from memory until the directory changes. Keys are
//! built from typed, validated values (a language and a canonical path), so the number of
//! entries is bounded by what exists, not by what clients send.

use std::collections::HashMap;
use std::sync::RwLock;

use axum::http::StatusCode;
use bytes::Bytes;
use strada_domain::language::UiLanguage;

/// A page as sent: its status and its HTML.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    pub status: StatusCode,
    pub html: Bytes,
}

#[derive(Debug, Default)]
pub struct PageCache {
    pages: RwLock<HashMap<(UiLanguage, String), RenderedPage>>,
}

impl PageCache {
    /// The cached page for `(language, path)`, rendering it on the first request.
    pub fn get_or_render(
        &self,
        language: UiLanguage,
        path: String,
        render: impl FnOnce() -> RenderedPage,
    ) -> RenderedPage {
        let key = (language, path);
        if let Some(page) = self.read().get(&key) {
            return page.clone();
        }
        let page = render();
        self.pages
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(key, page.clone());
        page
    }

    /// Forgets every page: called whenever the data they show changes.
    pub fn clear(&self) {
        self.pages
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<(UiLanguage, String), RenderedPage>> {
        self.pages
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
