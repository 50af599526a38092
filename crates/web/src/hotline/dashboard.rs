//! The consultations dashboard for org-admins and analysts: contacts by week, topic,
//! destination and caller type, each as an SVG bar chart drawn on the server with the same
//! figures in a table beside it (the table is what screen readers read).

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::read_filter;
use super::screen::{FormOptions, FormValues};
use crate::AppState;
use crate::accounts::session::Staff;
use crate::accounts::{StaffChrome, staff_not_found};
use crate::i18n::Translator;
use crate::layout::render;
use crate::params::QueryParams;
use strada_domain::access::Action;

/// One chart: its title, its bars, and the SVG drawn from them.
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub bars: Vec<(String, u64)>,
    pub svg: String,
}

const BAR_HEIGHT: u64 = 20;
const LABEL_WIDTH: u64 = 210;
const PLOT_WIDTH: u64 = 360;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A horizontal bar chart; decorative for assistive technology (the table carries the data).
pub fn bar_chart(bars: &[(String, u64)]) -> String {
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = BAR_HEIGHT * bars.len() as u64 + 4;
    let width = LABEL_WIDTH + PLOT_WIDTH + 60;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\">"
    );
    for (index, (label, count)) in bars.iter().enumerate() {
        let y = index as u64 * BAR_HEIGHT + 2;
        let length = count * PLOT_WIDTH / max;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1f24\">{}</text>\
             <rect x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{length}\" height=\"{}\" fill=\"#7a1632\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1b1f24\">{count}</text>",
            LABEL_WIDTH - 6,
            y + 14,
            escape(label),
            BAR_HEIGHT - 6,
            LABEL_WIDTH + length + 4,
            y + 14,
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[derive(Template)]
#[template(path = "staff/dashboard.html")]
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
    staff: Staff,
    RawQuery(query): RawQuery,
) -> Response {
    if !staff.actor().may(Action::AnalyseConsultations) {
        return staff_not_found(&staff);
    }
    let params = QueryParams::parse(query.as_deref());
    let (filter, _, errors) = read_filter(&params);
    let statistics = match state
        .store()
        .consultation_statistics(staff.user.organisation_id, &filter)
        .await
    {
        Ok(statistics) => statistics,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
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
            let label = strada_domain::country::CountryCode::parse(&code)
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
        error: errors
            .into_iter()
            .next()
            .map(|(field, message)| format!("{field}: {message}")),
        chrome,
    };
    let status = if page.error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(&page, status).into_response(staff.user.language)
}
