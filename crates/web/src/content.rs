//! The site's own pages: the home page, about the network, covering one's tracks; the
//! redirect from `/` to a language; and what the public pages about one country share (the
//! countries to choose from, the chrome titled by the country's name).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Redirect, Response};
use strada_domain::directory::Directory;
use strada_domain::language::UiLanguage;

use crate::AppState;
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};

#[derive(Template)]
#[template(path = "content/home.html")]
struct HomePage {
    chrome: Chrome,
    intro: String,
    countries: Vec<CountryOption>,
}

/// A country in a list to choose from, by its translated name.
pub struct CountryOption {
    pub code: String,
    pub name: String,
}

/// The countries of the directory, sorted by their name in the reader's language.
pub fn country_options(tr: Translator, directory: &Directory) -> Vec<CountryOption> {
    let mut options: Vec<CountryOption> = directory
        .countries()
        .into_iter()
        .map(|country| CountryOption {
            code: country.to_string(),
            name: tr.country(country),
        })
        .collect();
    tr.sort_by_name(&mut options, |option| &option.name);
    options
}

/// A public page about one country: its section of the navigation, and the keys of its title
/// and description, messages that name the country as `$country`.
pub struct CountryPageKeys {
    pub section: Section,
    pub title_key: &'static str,
    pub description_key: &'static str,
}

impl CountryPageKeys {
    /// The chrome of the page at `path` about the country called `name` in `tr`'s language.
    pub fn chrome(
        &self,
        state: &AppState,
        tr: Translator,
        directory: &Directory,
        name: &str,
        path: String,
    ) -> Chrome {
        let title = tr.t_with(self.title_key, "country", name.to_owned());
        state
            .chrome(tr, title, path, self.section, directory)
            .described(tr.t_with(self.description_key, "country", name.to_owned()))
    }
}

#[derive(Template)]
#[template(path = "content/about.html")]
struct AboutPage {
    chrome: Chrome,
}

#[derive(Template)]
#[template(path = "content/safety.html")]
struct SafetyPage {
    chrome: Chrome,
}

/// `GET /`: to the reader's language, by `Accept-Language`.
pub async fn redirect_to_language(headers: HeaderMap) -> Response {
    crate::layout::redirect_by_language(&headers, "/")
}

/// `GET /{lang}`: the home page's address ends with a slash.
pub async fn redirect_to_home(PageLanguage(language): PageLanguage) -> Redirect {
    Redirect::permanent(&format!("/{}/", language.code()))
}

/// `GET /{lang}/`
pub async fn show_home(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    state.cached_page(language, "/".into(), |tr, directory| {
        let summary = directory.summary();
        let intro = tr.t_args(
            "home-intro",
            &[
                ("members", summary.members.into()),
                ("associates", summary.associates.into()),
                ("countries", summary.member_countries.into()),
            ],
        );
        let page = HomePage {
            chrome: state
                .chrome(tr, tr.t("home-title"), "/".into(), Section::Home, directory)
                .described(tr.t("meta-description-home")),
            intro,
            countries: country_options(tr, directory),
        };
        render(&page, StatusCode::OK)
    })
}

/// `GET /{lang}/about`
pub async fn show_about(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    ABOUT.render(&state, language, |chrome| AboutPage { chrome })
}

/// `GET /{lang}/safety`
pub async fn show_safety(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    SAFETY.render(&state, language, |chrome| SafetyPage { chrome })
}

/// A page made of translated text only: where it is, its section of the navigation, and the
/// keys of its title and description.
struct TextPage {
    path: &'static str,
    section: Section,
    title_key: &'static str,
    description_key: &'static str,
}

const ABOUT: TextPage = TextPage {
    path: "/about",
    section: Section::About,
    title_key: "about-title",
    description_key: "meta-description-about",
};

const SAFETY: TextPage = TextPage {
    path: "/safety",
    section: Section::Safety,
    title_key: "safety-title",
    description_key: "meta-description-safety",
};

impl TextPage {
    fn render<T: Template>(
        &self,
        state: &AppState,
        language: UiLanguage,
        page: impl FnOnce(Chrome) -> T,
    ) -> Response {
        state.cached_page(language, self.path.to_owned(), |tr, directory| {
            let chrome = state
                .chrome(
                    tr,
                    tr.t(self.title_key),
                    self.path.to_owned(),
                    self.section,
                    directory,
                )
                .described(tr.t(self.description_key));
            render(&page(chrome), StatusCode::OK)
        })
    }
}
