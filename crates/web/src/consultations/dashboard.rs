//! The consultations dashboard for org-admins and analysts: contacts by week, topic,
//! destination and caller type, each as an SVG bar chart drawn on the server with the same
//! figures in a table beside it (the table is what screen readers read).

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::filter::{filter_error, read_screen_filter};
use super::views::FormOptions;
use crate::AppState;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::Translator;
use crate::layout::render;
use crate::staff::guard::AnalyseConsultations;
use crate::staff::{Permitted, Staff, StaffChrome};

/// One chart: its title, its bars, and the SVG drawn from them.
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub bars: Vec<(String, u64)>,
    pub svg: String,
}

/// The chart's own width in SVG units: about a phone's, so that at 360 CSS pixels it is
/// drawn at its size, and text of 14 units reads as 14 pixels. Wider screens cap it in CSS.
const WIDTH: u64 = 320;
/// Each bar has its label on a line of its own above it, so long labels never overlap the
/// bars or each other, whatever the language.
const ROW_HEIGHT: u64 = 44;
const BAR_THICKNESS: u64 = 14;
/// Room after the longest bar for its count.
const COUNT_ROOM: u64 = 48;
/// Labels longer than this are cut with an ellipsis (the table beside has them whole).
const LABEL_CHARACTERS: usize = 38;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn shortened(label: &str) -> String {
    if label.chars().count() > LABEL_CHARACTERS {
        let cut: String = label.chars().take(LABEL_CHARACTERS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        label.to_owned()
    }
}

/// A horizontal bar chart with a `viewBox` that scales to the width it is given; decorative
/// for assistive technology (the table carries the data).
pub fn bar_chart(bars: &[(String, u64)]) -> String {
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW_HEIGHT * bars.len() as u64 + 4;
    let plot = WIDTH - COUNT_ROOM;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-hidden=\"true\" focusable=\"false\">"
    );
    for (index, (label, count)) in bars.iter().enumerate() {
        let top = index as u64 * ROW_HEIGHT;
        let length = (count * plot / max).max(u64::from(*count > 0));
        let bar_top = top + 20;
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"14\" fill=\"#1b1f24\">{}</text>\
             <rect x=\"0\" y=\"{bar_top}\" width=\"{length}\" height=\"{BAR_THICKNESS}\" fill=\"#7a1632\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"#1b1f24\">{count}</text>",
            top + 15,
            escape(&shortened(label)),
            length + 6,
            bar_top + BAR_THICKNESS - 2,
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[derive(Template)]
#[template(path = "consultations/dashboard.html")]
struct DashboardPage {
    chrome: StaffChrome,
    total: String,
    charts: Vec<Chart>,
    filters: FormValues,
    options: FormOptions,
    query: String,
    error: Option<String>,
}

fn labelled(tr: Translator, prefix: &str, counts: Vec<(String, u64)>) -> Vec<(String, u64)> {
    counts
        .into_iter()
        .map(|(code, count)| {
            let label = if code.is_empty() {
                tr.t("field-none")
            } else {
                tr.t(&format!("{prefix}-{code}"))
            };
            (label, count)
        })
        .collect()
}

/// `GET /staff/consultations/dashboard?filters`
pub async fn show_dashboard(
    State(state): State<AppState>,
    permitted: Permitted<AnalyseConsultations>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let staff: &Staff = &permitted;
    let (filter, _, errors) = read_screen_filter(&state, &staff.user, query.as_deref());
    let statistics = state
        .store()
        .consultation_statistics(staff.user.organisation_id, &filter)
        .await?;
    let chrome = StaffChrome::for_user(
        &staff.user,
        &staff.session,
        "consultations-dashboard-title",
        "/staff/consultations/dashboard",
    );
    let tr = chrome.tr;
    let destinations = statistics
        .by_destination
        .into_iter()
        .map(|(code, count)| {
            let label = strada_domain::country_code::CountryCode::parse(&code)
                .map(|c| tr.country(c))
                .unwrap_or_else(|_| tr.t("field-none"));
            (label, count)
        })
        .collect::<Vec<_>>();
    let charts = [
        ("by-week", "consultations-by-week", statistics.by_week),
        (
            "by-topic",
            "consultations-by-topic",
            labelled(tr, "topic", statistics.by_topic),
        ),
        (
            "by-destination",
            "consultations-by-destination",
            destinations,
        ),
        (
            "by-caller",
            "consultations-by-caller",
            labelled(tr, "caller", statistics.by_caller_type),
        ),
    ]
    .into_iter()
    .map(|(id, key, bars)| Chart {
        id,
        title: tr.t(key),
        svg: bar_chart(&bars),
        bars,
    })
    .collect();
    let kept: Vec<(String, String)> =
        serde_urlencoded::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    let page = DashboardPage {
        total: tr.count("consultations-total", statistics.total as usize),
        charts,
        options: FormOptions::new(tr, &state),
        query: serde_urlencoded::to_string(&kept).unwrap_or_default(),
        filters: FormValues::from_pairs(kept),
        error: filter_error(&errors, tr),
        chrome,
    };
    let status = if page.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(render(&page, status).into_response(staff.user.language))
}
