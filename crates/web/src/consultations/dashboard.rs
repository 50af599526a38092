//! The consultations dashboard for org-admins and analysts: contacts by week, topic,
//! destination and caller type, each as an SVG bar chart drawn on the server with the same
//! figures in a table beside it (the table is what screen readers read).

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;

use strada_domain::consultations::{CallerType, Topic};

use super::filter::{filter_error, read_screen_filter};
use super::views::FormOptions;
use crate::AppState;
use crate::errors::PageError;
use crate::forms::FormValues;
use crate::i18n::{Labelled, Translator};
use crate::layout::render;
use crate::params::status_of_query;
use crate::staff::guard::AnalyseConsultations;
use crate::staff::{Permitted, Staff, StaffChrome};

/// One chart: its title, its bars (label and count, which the table beside shows whole), and
/// the figure drawn from them by `templates/macros/bar_chart.html`.
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub bars: Vec<(String, u64)>,
    pub figure: BarChart,
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

/// A horizontal bar chart's geometry in SVG units, for a `viewBox` that scales to the width
/// it is given. The template draws it; the figure is decorative for assistive technology
/// (the table carries the data).
#[derive(Debug, PartialEq)]
pub struct BarChart {
    pub width: u64,
    pub height: u64,
    pub thickness: u64,
    pub bars: Vec<Bar>,
}

/// One bar: its label's baseline, the bar's top and length, and where its count stands.
#[derive(Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub label_y: u64,
    pub top: u64,
    pub length: u64,
    pub count: u64,
    pub count_x: u64,
    pub count_y: u64,
}

impl BarChart {
    /// Bars scaled to the longest; a count above zero is never drawn as nothing.
    pub fn new(bars: &[(String, u64)]) -> Self {
        let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        let plot = WIDTH - COUNT_ROOM;
        let bars = bars
            .iter()
            .enumerate()
            .map(|(index, (label, count))| {
                let row = index as u64 * ROW_HEIGHT;
                let top = row + 20;
                let length = (count * plot / max).max(u64::from(*count > 0));
                Bar {
                    label: shortened(label),
                    label_y: row + 15,
                    top,
                    length,
                    count: *count,
                    count_x: length + 6,
                    count_y: top + BAR_THICKNESS - 2,
                }
            })
            .collect::<Vec<_>>();
        Self {
            width: WIDTH,
            height: ROW_HEIGHT * bars.len() as u64 + 4,
            thickness: BAR_THICKNESS,
            bars,
        }
    }
}

fn shortened(label: &str) -> String {
    if label.chars().count() > LABEL_CHARACTERS {
        let cut: String = label.chars().take(LABEL_CHARACTERS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        label.to_owned()
    }
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

/// The counts of a chart by stored code, with each code's label.
fn labelled<T: Labelled>(tr: Translator, counts: Vec<(String, u64)>) -> Vec<(String, u64)> {
    counts
        .into_iter()
        .map(|(code, count)| (tr.label_of_code::<T>(&code), count))
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
        .consultation_statistics(permitted.scope, &filter)
        .await?;
    let chrome = StaffChrome::for_staff(
        staff,
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
            labelled::<Topic>(tr, statistics.by_topic),
        ),
        (
            "by-destination",
            "consultations-by-destination",
            destinations,
        ),
        (
            "by-caller",
            "consultations-by-caller",
            labelled::<CallerType>(tr, statistics.by_caller_type),
        ),
    ]
    .into_iter()
    .map(|(id, key, bars)| Chart {
        id,
        title: tr.t(key),
        figure: BarChart::new(&bars),
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
    Ok(render(&page, status_of_query(&errors)).into_response(staff.user.language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_longest_and_long_labels_are_cut() {
        let long = "a label far longer than thirty-eight characters, cut";
        let chart = BarChart::new(&[("One".into(), 4), (long.into(), 1), ("None".into(), 0)]);
        assert_eq!((chart.width, chart.height), (320, 3 * 44 + 4));
        let lengths: Vec<u64> = chart.bars.iter().map(|bar| bar.length).collect();
        assert_eq!(lengths, [272, 68, 0]);
        assert!(chart.bars[1].label.chars().count() <= 38);
        assert!(chart.bars[1].label.ends_with('…'));
        assert_eq!(
            (
                chart.bars[1].label_y,
                chart.bars[1].top,
                chart.bars[1].count_y
            ),
            (59, 64, 76)
        );
        assert_eq!(chart.bars[0].count_x, 278);
        assert_eq!(BarChart::new(&[("Few".into(), 1)]).bars[0].length, 272);
    }
}
