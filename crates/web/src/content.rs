//! The site's own pages: the home page, about the network, covering one's tracks; the
//! redirect from `/` to a language; the translated 404 page every feature uses; and the
//! redirects that bring near-miss addresses (a trailing slash, no language) to their
//! canonical address.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use strada_domain::directory::Directory;
use strada_domain::language::UiLanguage;

use crate::AppState;
use crate::i18n::Translator;
use crate::layout::{Chrome, PageLanguage, Section, render};

#[derive(Template)]
#[template(path = "home.html")]
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
#[template(path = "about.html")]
struct AboutPage {
    chrome: Chrome,
}

#[derive(Template)]
#[template(path = "safety.html")]
struct SafetyPage {
    chrome: Chrome,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    text: String,
}

/// `GET /`: to the reader's language, by `Accept-Language`.
pub async fn redirect_to_language(headers: HeaderMap) -> Response {
    redirect_by_language(&headers, "/")
}

/// The reader's `Accept-Language`, or nothing.
fn accepted_languages(headers: &HeaderMap) -> &str {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
}

/// To `path` after the reader's language, chosen by `Accept-Language`.
fn redirect_by_language(headers: &HeaderMap, path: &str) -> Response {
    let language = UiLanguage::negotiate(accepted_languages(headers));
    let mut response = Redirect::to(&format!("/{}{path}", language.code())).into_response();
    response.headers_mut().insert(
        header::VARY,
        header::HeaderValue::from_static("accept-language"),
    );
    response
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

/// The translated 404 page; `text_key` says what was not found.
pub fn not_found_page(language: UiLanguage, text_key: &str) -> Response {
    let tr = Translator::new(language);
    let page = ErrorPage {
        chrome: Chrome::new(
            tr,
            tr.t("error-not-found-title"),
            "/".into(),
            Section::None,
            false,
            None,
        )
        .without_alternates(),
        text: tr.t(text_key),
    };
    render(&page, StatusCode::NOT_FOUND).into_response(language)
}

/// The first segments of the public pages, which readers write without a language.
const PUBLIC_SECTIONS: [&str; 5] = ["members", "help", "countries", "about", "safety"];

/// Any address no route knows. A public address one step from a page is sent there: without
/// its trailing slash (`/en/help/`), with its language in lower case (`/EN/help`), or with the
/// reader's language in front (`/help`, `/members?country=MD`). The rest is not found: JSON for the APIs, the translated 404 page
/// for the others (in the language of the first segment when it names one, else in the one
/// the reader's browser asks for).
pub async fn not_found(uri: Uri, headers: HeaderMap) -> Response {
    answer_unknown_address(&uri, &headers)
}

/// What `not_found` answers, for extractors that find the address is not a page's.
pub fn answer_unknown_address(uri: &Uri, headers: &HeaderMap) -> Response {
    let path = uri.path();
    if path.starts_with("/api/") || path.starts_with("/hsds/") {
        return crate::errors::ApiError::not_found("resource").into_response();
    }
    let query = uri
        .query()
        .map(|query| format!("?{query}"))
        .unwrap_or_default();
    // `//host/...` (or `/\host`) read as an address would send the reader to another site:
    // such paths are never redirected, only answered 404.
    if path.starts_with("//") || path.contains('\\') {
        let language = UiLanguage::negotiate(accepted_languages(headers));
        return not_found_page(language, "error-not-found-text");
    }
    let segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let language = UiLanguage::from_code(segment);
    let trimmed = path.trim_end_matches('/');
    if let Some(written) = UiLanguage::from_code(&segment.to_ascii_lowercase()) {
        // The canonical form: the language in lower case, no trailing slash but the home
        // page's own (`/en/`).
        let rest = &trimmed[(1 + segment.len()).min(trimmed.len())..];
        let canonical = match rest {
            "" => format!("/{}/", written.code()),
            rest => format!("/{}{rest}", written.code()),
        };
        if canonical != path {
            return Redirect::permanent(&format!("{canonical}{query}")).into_response();
        }
    } else if PUBLIC_SECTIONS.contains(&segment) {
        return redirect_by_language(headers, &format!("{trimmed}{query}"));
    } else if !trimmed.is_empty() && trimmed != path {
        return Redirect::permanent(&format!("{trimmed}{query}")).into_response();
    }
    // Without a language in the address, the page speaks the one the reader's browser asks for.
    let language = language.unwrap_or_else(|| UiLanguage::negotiate(accepted_languages(headers)));
    not_found_page(language, "error-not-found-text")
}
