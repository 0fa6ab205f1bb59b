//! The HTML report's pictures: check-ins over time and the strategies on a
//! timeline, as inline SVG (no script, nothing fetched). Each is drawn to
//! be read printed in black and white: every line has its own dash and
//! marker, named in a legend, and each has a table of the same numbers
//! beside it for a screen reader (the picture is `role="img"` with a title
//! and a description saying so).

use std::fmt::Write as _;

use super::escape;
use crate::model::Timestamp;
use crate::report::model::{CheckInOut, StrategyOut};
use crate::report::{column, human_date, human_time, shown};

const WIDTH: f64 = 560.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const PLOT_HEIGHT: f64 = 150.0;
const BOTTOM: f64 = 28.0;
/// Past this many points, markers would touch: the lines carry the shape.
const MARKERS_UP_TO: usize = 60;

/// How one measure is drawn: words, scale, line and marker.
struct Series {
    /// Its id in `report-column`.
    name: &'static str,
    low: u8,
    high: u8,
    dash: &'static str,
    marker: Marker,
    /// `None` where the person skipped the number: a gap in the line.
    value: fn(&CheckInOut<'_>) -> Option<u8>,
}

#[derive(Clone, Copy)]
enum Marker {
    Dot,
    Square,
    Triangle,
}

impl Marker {
    fn draw(self, out: &mut String, x: f64, y: f64) {
        let _ = match self {
            Marker::Dot => write!(
                out,
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"#000\"/>"
            ),
            Marker::Square => write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>",
                x - 3.5,
                y - 3.5
            ),
            Marker::Triangle => write!(
                out,
                "<path d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"#000\"/>",
                y - 4.5,
                x + 4.5,
                y + 3.5,
                x - 4.5,
                y + 3.5
            ),
        };
    }

    /// The marker's name in the legend's words.
    fn says(self) -> String {
        let marker = match self {
            Marker::Dot => "dot",
            Marker::Square => "square",
            Marker::Triangle => "triangle",
        };
        crate::t!("report-chart-line", marker = marker)
    }
}

const TRUST: Series = Series {
    name: "trust",
    low: 0,
    high: 10,
    dash: "",
    marker: Marker::Dot,
    value: |c| c.trust,
};
const MOOD: Series = Series {
    name: "mood",
    low: 1,
    high: 5,
    dash: "",
    marker: Marker::Dot,
    value: |c| c.mood,
};
const SLEEP: Series = Series {
    name: "sleep",
    low: 1,
    high: 5,
    dash: "6 4",
    marker: Marker::Square,
    value: |c| c.sleep,
};
const STRESS: Series = Series {
    name: "stress",
    low: 1,
    high: 5,
    dash: "2 3",
    marker: Marker::Triangle,
    value: |c| c.stress,
};

/// The two check-in charts: trust (0 to 10), then mood, sleep and stress
/// (1 to 5), each with its table.
pub(super) fn checkins(out: &mut String, checkins: &[CheckInOut<'_>]) {
    if checkins.is_empty() {
        return;
    }
    chart(out, "trust", &[TRUST], checkins);
    chart(out, "feeling", &[MOOD, SLEEP, STRESS], checkins);
}

/// One chart, `id` naming its words in `report-chart` and
/// `report-chart-what`.
fn chart(out: &mut String, id: &str, series: &[Series], checkins: &[CheckInOut<'_>]) {
    let (Some(first), Some(last)) = (checkins.first(), checkins.last()) else {
        return;
    };
    let (low, high) = (series[0].low, series[0].high);
    let height = TOP + PLOT_HEIGHT + BOTTOM;
    let span = (last.at - first.at).num_seconds().max(1) as f64;
    let x = |at: Timestamp| {
        if checkins.len() == 1 {
            LEFT + (WIDTH - LEFT - RIGHT) / 2.0
        } else {
            LEFT + (at - first.at).num_seconds() as f64 / span * (WIDTH - LEFT - RIGHT)
        }
    };
    let y = |v: u8| {
        let v = v.clamp(low, high);
        TOP + PLOT_HEIGHT - f64::from(v - low) / f64::from(high - low) * PLOT_HEIGHT
    };
    let title = crate::t!("report-chart", chart = id);
    let names: Vec<String> = series
        .iter()
        .map(|s| format!("{} ({})", column(s.name).to_lowercase(), s.marker.says()))
        .collect();
    let desc = crate::t!(
        "report-chart-desc",
        what = crate::t!("report-chart-what", chart = id),
        low = low,
        high = high,
        from = human_date(first.at.date_naive()),
        to = human_date(last.at.date_naive()),
        lines = names.join("; ")
    );
    let _ = write!(
        out,
        "<figure class=\"chart\">\n<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(&title),
        escape(&desc)
    );
    // The scale: a faint dotted line at each step, numbered on the left.
    let step = if high - low > 5 { 2 } else { 1 };
    for v in (low..=high).step_by(step) {
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#888\" stroke-width=\"0.5\" stroke-dasharray=\"1 3\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{v}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y(v) + 4.0,
            y = y(v)
        );
    }
    let base = TOP + PLOT_HEIGHT;
    let _ = writeln!(
        out,
        "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{base}\" y2=\"{base}\" stroke=\"#000\"/>\
         <text x=\"{LEFT}\" y=\"{:.1}\" font-size=\"11\">{}</text>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}</text>",
        WIDTH - RIGHT,
        base + 18.0,
        escape(&human_date(first.at.date_naive())),
        WIDTH - RIGHT,
        base + 18.0,
        escape(&human_date(last.at.date_naive()))
    );
    for s in series {
        // One line for each run of check-ins with this number; a skipped
        // one leaves a gap rather than a made-up value.
        let points: Vec<Option<(f64, f64)>> = checkins
            .iter()
            .map(|c| (s.value)(c).map(|v| (x(c.at), y(v))))
            .collect();
        for run in points.split(Option::is_none).filter(|r| !r.is_empty()) {
            out.push_str("<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"1.8\"");
            if !s.dash.is_empty() {
                let _ = write!(out, " stroke-dasharray=\"{}\"", s.dash);
            }
            out.push_str(" points=\"");
            for (px, py) in run.iter().flatten() {
                let _ = write!(out, "{px:.1},{py:.1} ");
            }
            out.push_str("\"/>\n");
        }
        if checkins.len() <= MARKERS_UP_TO {
            for (px, py) in points.iter().flatten() {
                s.marker.draw(out, *px, *py);
            }
            out.push('\n');
        }
    }
    out.push_str("</svg>\n");
    // The legend, in words and with the same marks (it is printed too).
    if series.len() > 1 {
        out.push_str("<p class=\"legend\">");
        for (i, s) in series.iter().enumerate() {
            if i > 0 {
                out.push_str(" · ");
            }
            let _ = write!(
                out,
                "<svg aria-hidden=\"true\" width=\"34\" height=\"12\" viewBox=\"0 0 34 12\">\
                 <line x1=\"1\" x2=\"33\" y1=\"6\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.8\"{}/>",
                if s.dash.is_empty() {
                    String::new()
                } else {
                    format!(" stroke-dasharray=\"{}\"", s.dash)
                }
            );
            s.marker.draw(out, 17.0, 6.0);
            let _ = write!(
                out,
                "</svg> {}",
                escape(&crate::t!(
                    "report-chart-scale",
                    name = column(s.name),
                    low = s.low,
                    high = s.high
                ))
            );
        }
        out.push_str("</p>\n");
    }
    // The same numbers as text.
    let _ = write!(
        out,
        "<table class=\"chart-data\">\n<caption>{}</caption>\n<tr><th>{}</th>",
        escape(&title),
        escape(&column("when"))
    );
    for s in series {
        let _ = write!(
            out,
            "<th>{} ({}–{})</th>",
            escape(&column(s.name)),
            s.low,
            s.high
        );
    }
    out.push_str("</tr>\n");
    for c in checkins {
        let _ = write!(out, "<tr><td>{}</td>", escape(&human_time(c.at)));
        for s in series {
            let _ = write!(out, "<td>{}</td>", shown((s.value)(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</figure>\n");
}

/// The strategies begun, each a bar from the day it started to the day it
/// was finished (solid) or to `now` (open, dashed: still going), with a
/// table of the same days.
pub(super) fn timeline(out: &mut String, strategies: &[StrategyOut<'_>], now: Timestamp) {
    let begun: Vec<(&StrategyOut, Timestamp)> = strategies
        .iter()
        .filter_map(|s| s.started.map(|at| (s, at)))
        .collect();
    let Some(start) = begun.iter().map(|(_, at)| *at).min() else {
        return;
    };
    let end = begun
        .iter()
        .map(|(s, _)| s.finished.unwrap_or(now))
        .chain([now])
        .max()
        .unwrap_or(now);
    let label_width = 190.0;
    let row = 24.0;
    let height = TOP + row * begun.len() as f64 + BOTTOM;
    let span = (end - start).num_seconds().max(1) as f64;
    let x = |at: Timestamp| {
        label_width
            + (at - start).num_seconds().max(0) as f64 / span * (WIDTH - label_width - RIGHT)
    };
    let title = crate::t!("report-timeline");
    let desc = crate::t!(
        "report-timeline-desc",
        from = human_date(start.date_naive()),
        to = human_date(end.date_naive())
    );
    let _ = write!(
        out,
        "<figure class=\"chart\">\n<svg role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\">\n\
         <title id=\"timeline-title\">{}</title>\n\
         <desc id=\"timeline-desc\">{}</desc>\n",
        escape(&title),
        escape(&desc)
    );
    for (i, (s, at)) in begun.iter().enumerate() {
        let top = TOP + row * i as f64;
        let title = crate::text::one_line(&format!("{}. {}", s.number, s.title), 28);
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"11\">{}</text>",
            top + 15.0,
            escape(&title)
        );
        let (from, to) = (x(*at), x(s.finished.unwrap_or(now)));
        let width = (to - from).max(3.0);
        let _ = match s.finished {
            Some(_) => writeln!(
                out,
                "<rect x=\"{from:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"14\" fill=\"#000\"/>",
                top + 4.0
            ),
            None => writeln!(
                out,
                "<rect x=\"{from:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"14\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>",
                top + 4.0
            ),
        };
    }
    let base = TOP + row * begun.len() as f64;
    let _ = write!(
        out,
        "<line x1=\"{label_width}\" x2=\"{:.1}\" y1=\"{base:.1}\" y2=\"{base:.1}\" stroke=\"#000\"/>\
         <text x=\"{label_width}\" y=\"{:.1}\" font-size=\"11\">{}</text>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}</text>\n</svg>\n",
        WIDTH - RIGHT,
        base + 18.0,
        escape(&human_date(start.date_naive())),
        WIDTH - RIGHT,
        base + 18.0,
        escape(&human_date(end.date_naive()))
    );
    let _ = write!(
        out,
        "<p class=\"legend\">{}</p>\n<table class=\"chart-data\">\n<caption>{}</caption>\n<tr>",
        escape(&crate::t!("report-timeline-legend")),
        escape(&title)
    );
    for id in ["strategy", "started", "finished"] {
        let _ = write!(out, "<th>{}</th>", escape(&column(id)));
    }
    out.push_str("</tr>\n");
    for (s, at) in &begun {
        let finished = match s.finished {
            Some(f) => human_date(f.date_naive()),
            None => crate::t!("report-still-going", stage = s.stage.label()),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}. {}</td><td>{}</td><td>{}</td></tr>",
            s.number,
            escape(s.title),
            escape(&human_date(at.date_naive())),
            escape(&finished)
        );
    }
    out.push_str("</table>\n</figure>\n");
}
