//! What every staff page shares: the user's language, the navigation their role allows, the
//! sign-out form's CSRF token and the demo banner (`templates/staff/base.html`).

use axum::http::HeaderMap;
use strada_domain::accounts::User;
use strada_domain::language::UiLanguage;

use super::actor_of;
use super::navigation::screens_open_to;
use crate::assets::{STAFF_SCRIPT, STYLESHEET};
use crate::i18n::Translator;
use crate::layout::{NavItem, browser_language};
use crate::staff::{CurrentSession, Staff};

/// What every staff page shares: the user's language, the navigation their role allows, the
/// sign-out form's CSRF token and the demo banner.
pub struct StaffChrome {
    pub tr: Translator,
    pub title: String,
    pub user_name: Option<String>,
    pub role: String,
    pub nav: Vec<NavItem>,
    pub csrf_token: String,
    pub demo: bool,
}

impl StaffChrome {
    /// For a signed-in user.
    pub fn for_user(user: &User, session: &CurrentSession, title_key: &str, current: &str) -> Self {
        let tr = Translator::new(user.language);
        let nav = screens_open_to(&actor_of(user))
            .map(|screen| (screen.href, screen.label_key))
            .collect::<Vec<_>>();
        Self {
            tr,
            title: tr.t(title_key),
            user_name: Some(user.name.as_str().to_owned()),
            role: tr.label(user.role),
            nav: nav
                .into_iter()
                .map(|(href, key)| NavItem {
                    href: href.to_owned(),
                    label: tr.t(key),
                    current: href == current,
                })
                .collect(),
            csrf_token: session.csrf_token().to_owned(),
            demo: user.demo,
        }
    }

    /// For the signed-in `staff` on the screen at `current`.
    pub fn for_staff(staff: &Staff, title_key: &str, current: &str) -> Self {
        Self::for_user(&staff.user, &staff.session, title_key, current)
    }

    /// For someone not signed in yet, in the language their browser asks for.
    pub fn for_visitor(headers: &HeaderMap, title_key: &str, csrf_token: &str) -> Self {
        let mut chrome = Self::for_language(browser_language(headers), title_key);
        chrome.csrf_token = csrf_token.to_owned();
        chrome
    }

    /// A page with no user and no form, in `language`.
    pub fn for_language(language: UiLanguage, title_key: &str) -> Self {
        let tr = Translator::new(language);
        Self {
            tr,
            title: tr.t(title_key),
            user_name: None,
            role: String::new(),
            nav: Vec::new(),
            csrf_token: String::new(),
            demo: false,
        }
    }

    pub fn lang(&self) -> &'static str {
        self.tr.language().code()
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn stylesheet(&self) -> &'static str {
        &STYLESHEET.href
    }

    pub fn script(&self) -> &'static str {
        &STAFF_SCRIPT.href
    }
}
