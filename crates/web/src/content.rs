//! The site's own pages: the home page, about the network, covering one's tracks; and the
//! redirect from `/` to a language.

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
    text_page(
        &state,
        language,
        "/about",
        Section::About,
        "about-title",
        "meta-description-about",
        |chrome| AboutPage { chrome },
    )
}

/// `GET /{lang}/safety`
pub async fn show_safety(
    State(state): State<AppState>,
    PageLanguage(language): PageLanguage,
) -> Response {
    text_page(
        &state,
        language,
        "/safety",
        Section::Safety,
        "safety-title",
        "meta-description-safety",
        |chrome| SafetyPage { chrome },
    )
}

/// A page made of translated text only, titled by `title_key`, described by `description_key`.
fn text_page<T: Template>(
    state: &AppState,
    language: UiLanguage,
    path: &str,
    section: Section,
    title_key: &str,
    description_key: &str,
    page: impl FnOnce(Chrome) -> T,
) -> Response {
    state.cached_page(language, path.to_owned(), |tr, directory| {
        let chrome = state
            .chrome(tr, tr.t(title_key), path.to_owned(), section, directory)
            .described(tr.t(description_key));
        render(&page(chrome), StatusCode::OK)
    })
}
