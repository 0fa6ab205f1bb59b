//! Progress you can see: trust over time on a chart (with the partner's
//! line when both allow it), mood, sleep and stress as strips below, for
//! a range of 2 weeks, 3 months or all. Every line has its own marker and
//! a label, so it reads the same without colour. The strategies' timeline
//! is in `progress_strategies.rs`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Widget};

use super::Ctx;
use super::View;
use super::widgets::{Rows, inset, para};
use crate::model::PartnerId;
use crate::privacy::trust_lines_for;
use crate::progress::{Measure, Range, Window, daily, strip, thin};
use crate::text;
use crate::workbook::kind;
use crate::workbook::{ProgressTab, ProgressView};

/// Columns the y-axis labels take on the chart ("10" and the axis line).
const Y_LABELS: u16 = 3;
/// The markers of the first (your own) and second (your partner's) line.
const MARKERS: [(Marker, &str); 2] = [(Marker::Dot, "•"), (Marker::Bar, "▄")];

pub(super) struct ProgressScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a ProgressView,
}

impl Widget for &ProgressScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ctx, v) = (self.ctx, self.v);
        let mut rows = Rows::new(inset(area));
        rows.take(1);
        tabs(ctx, v).render(rows.take(1), buf);
        rows.take(1);
        match v.tab {
            ProgressTab::CheckIns => check_ins(ctx, v.range, &mut rows, buf),
            ProgressTab::Strategies => super::progress_strategies::render(ctx, &mut rows, buf),
        }
    }
}

/// "[Check-ins]  Strategies          Range: [2 weeks]  3 months  all"
fn tabs(ctx: &Ctx, v: &ProgressView) -> Line<'static> {
    let t = ctx.theme;
    if ctx.accessible() {
        // One thing on the line: what is shown (Tab and r change it).
        let shown = match v.tab {
            ProgressTab::CheckIns => match v.range {
                Range::All => crate::t!("progress-showing-all"),
                r => crate::t!("progress-showing-last", range = r.label()),
            },
            ProgressTab::Strategies => crate::t!("progress-showing-strategies"),
        };
        return Line::styled(shown, t.title);
    }
    let pick = |on: bool, name: &str| {
        if on {
            Span::styled(format!("[{name}]"), t.selected)
        } else {
            Span::styled(format!(" {name} "), t.dim)
        }
    };
    let mut spans = vec![
        pick(
            v.tab == ProgressTab::CheckIns,
            &crate::t!("progress-check-ins"),
        ),
        Span::raw(" "),
        pick(
            v.tab == ProgressTab::Strategies,
            &crate::t!("progress-strategies"),
        ),
    ];
    if v.tab == ProgressTab::CheckIns {
        spans.push(Span::styled(crate::t!("progress-range"), t.dim));
        for r in Range::ALL {
            spans.push(pick(r == v.range, &r.label()));
        }
    }
    Line::from(spans)
}

fn check_ins(ctx: &Ctx, range: Range, rows: &mut Rows, buf: &mut Buffer) {
    let (t, seen) = (ctx.theme, ctx.seen);
    let (Some(me), Some(now)) = (seen.me, seen.last_seen()) else {
        return;
    };
    let checkins = &seen.store.checkins;
    let today = now.date_naive();
    let lines: Vec<(PartnerId, String)> =
        trust_lines_for(seen.store, me, seen.config.share_check_ins)
            .into_iter()
            .take(MARKERS.len())
            .map(|p| (p.id, text::one_line(&p.name, 20)))
            .collect();
    let ids: Vec<PartnerId> = lines.iter().map(|(id, _)| *id).collect();
    let w = Window::new(
        range,
        today,
        checkins.iter().filter(|c| ids.contains(&c.author)),
    );
    let width = rows.area.width;
    let plot_cols = usize::from(width.saturating_sub(Y_LABELS + 1)).max(1);

    let mine = crate::progress::days_with_checkin(checkins, me, w);
    let mut notes = Vec::new();
    if mine == 0 {
        notes.push(match range {
            Range::All => crate::t!(
                "progress-none-yet",
                back = crate::say!(Progress, Back),
                checkin = crate::say!(Home, OpenCheckIn)
            ),
            r => crate::t!(
                "progress-none-in",
                back = crate::say!(Progress, Back),
                checkin = crate::say!(Home, OpenCheckIn),
                range = r.label()
            ),
        });
    } else {
        notes.push(crate::t!("progress-days", n = mine, all = w.days()));
    }
    let mine_shared = seen.partner().is_some_and(|p| p.share_checkin_numbers);
    if lines.len() > 1 {
        notes.push(crate::t!("progress-both-allow"));
    } else if seen.store.partners.len() > 1 {
        notes.push(if mine_shared {
            crate::t!("progress-own-only")
        } else {
            crate::t!("progress-yours-alone")
        });
    }
    // The person's own questionnaires, if they answered any (theirs alone).
    if let Some(p) = ctx.seen.partner() {
        notes.extend(crate::measures::history(&p.measures, |d| ctx.day(d)));
    }
    let mut out = Vec::new();
    for n in notes {
        out.extend(para(&n, width, t.dim));
    }
    // The notes are read in full: the chart gives up rows for them (the
    // title, three strips and two gaps take six).
    let chart_rows = usize::from(rows.left())
        .saturating_sub(6 + out.len())
        .clamp(5, 10);

    // The title doubles as the legend: each name after its marker.
    let mut title = vec![Span::styled(crate::t!("progress-trust-title"), t.title)];
    for (i, (_, name)) in lines.iter().enumerate() {
        let style = if i == 0 { t.accent } else { t.title };
        title.push(Span::styled(format!("{} {name}  ", MARKERS[i].1), style));
    }
    Line::from(title).render(rows.take(1), buf);

    let series: Vec<Vec<(f64, f64)>> = ids
        .iter()
        .map(|id| thin(&daily(checkins, *id, Measure::Trust, w), w, plot_cols))
        .collect();
    let datasets: Vec<Dataset> = series
        .iter()
        .enumerate()
        .map(|(i, pts)| {
            Dataset::default()
                .marker(MARKERS[i].0)
                .graph_type(GraphType::Scatter)
                .style(if i == 0 { t.accent } else { t.title })
                .data(pts)
        })
        .collect();
    let last_x = (w.days() - 1).max(1) as f64;
    let date = |d: chrono::NaiveDate| ctx.day(d);
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .style(t.dim)
                .bounds([0.0, last_x])
                .labels([Span::raw(date(w.start)), Span::raw(date(w.end))]),
        )
        .y_axis(
            Axis::default()
                .style(t.dim)
                .bounds([0.0, 10.0])
                .labels(["0", "5", "10"]),
        )
        .legend_position(None);
    chart.render(rows.take(chart_rows), buf);
    rows.take(1);

    // Mood, sleep and stress under the chart: one column per day, or per
    // slice of days when the range is longer than the room.
    let room = usize::from(width).saturating_sub(7 + 2 + 20).max(1);
    let strip_cols = (w.days() as usize).min(room);
    for m in [Measure::Mood, Measure::Sleep, Measure::Stress] {
        let pts = daily(checkins, me, m, w);
        let (lo, hi) = m.bounds();
        // The check-in's own words for the line and its ends.
        let scale = match m {
            Measure::Stress => "stress",
            Measure::Sleep => "sleep",
            _ => "mood",
        };
        let ends = format!(
            "1 {}, 5 {}",
            crate::t!("scale-low", scale = scale),
            crate::t!("scale-high", scale = scale)
        );
        Line::from(vec![
            Span::styled(format!("{:<7}", crate::t!("scale", scale = scale)), t.title),
            Span::raw(strip(&pts, w, strip_cols, (lo, hi))),
            Span::styled(format!("  {ends}"), t.dim),
        ])
        .render(rows.take(1), buf);
    }
    rows.take(1);

    Paragraph::new(out)
        .style(Style::new())
        .render(rows.rest(), buf);
}

impl View for kind::Progress {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-progress")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&ProgressScreen { ctx, v: state }).render(area, buf);
    }
}
