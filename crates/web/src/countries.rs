//! Country information on the web: `/{lang}/countries` and `/{lang}/countries/{CC}` for the
//! public (Markdown rendered, then sanitised), `GET /api/v1/countries/{CC}`, and the editors'
//! pages at `/staff/countries`.

mod api;
mod input;
mod pages;
mod screens;

use axum::Router;
use axum::routing::get;
use pulldown_cmark::{Event, Tag, TagEnd};
use strada_domain::country_code::CountryCode;
use strada_domain::directory::PhoneNumber;

use crate::AppState;
use crate::layout::escape_html;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/countries", get(pages::list_countries))
        .route("/{lang}/countries/{country}", get(pages::show_country))
        .route("/api/v1/countries/{country}", get(api::show_country_json))
        .route("/staff/countries", get(screens::list_profiles))
        .route(
            "/staff/countries/{country}/{language}",
            get(screens::edit_profile).post(screens::save_profile),
        )
}

/// Markdown to HTML, then only safe HTML kept (no script, no style, no event handlers). A
/// phone number written in bold (`**800 290 290**`, as the useful numbers are) becomes a
/// `tel:` link.
pub fn render_markdown(markdown: &str) -> String {
    let mut events: Vec<Event> = pulldown_cmark::Parser::new(markdown).collect();
    let mut in_link = false;
    for index in 0..events.len() {
        match &events[index] {
            Event::Start(Tag::Link { .. }) => in_link = true,
            Event::End(TagEnd::Link) => in_link = false,
            Event::Text(text) if !in_link && index > 0 => {
                let bold_alone = matches!(events[index - 1], Event::Start(Tag::Strong))
                    && matches!(events.get(index + 1), Some(Event::End(TagEnd::Strong)));
                if let (true, Ok(number)) = (bold_alone, PhoneNumber::parse(text)) {
                    let link = format!(
                        "<a href=\"tel:{}\">{}</a>",
                        number.dial_string(),
                        escape_html(number.as_str())
                    );
                    events[index] = Event::InlineHtml(link.into());
                }
            }
            _ => {}
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    ammonia::Builder::default()
        .link_rel(Some("noreferrer"))
        .clean(&html)
        .to_string()
}

/// The countries that have information: those of the network.
fn covered(state: &AppState, country: CountryCode) -> bool {
    state.directory().is_present_in(country)
}
