//! The progress screen's second view: the ten strategies on one timeline
//! ("├" started, "✓" finished, "▸" still going today, "·" nothing), and
//! how the commitments went, as labelled bars.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::widgets::Rows;
use crate::model::Stage;
use crate::progress::{kept_tally, span, timeline_window};
use crate::text;

/// Columns for a strategy's title.
const TITLE: usize = 20;
/// Columns for the words after the bar ("done 4 Mar").
const DETAIL: usize = 16;

pub(super) fn render(ctx: &Ctx, rows: &mut Rows, buf: &mut Buffer) {
    let (t, seen) = (ctx.theme, ctx.seen);
    let (Some(p), Some(now)) = (seen.partner(), seen.last_seen()) else {
        return;
    };
    let today = now.date_naive();
    let w = timeline_window(p, &seen.store.checkins, today);
    let width = usize::from(rows.area.width);
    let cols = width.saturating_sub(4 + TITLE + 2 + DETAIL).max(4);
    let date = |d: chrono::NaiveDate| ctx.day(d);

    Line::styled(crate::t!("progress-strategies-legend"), t.dim).render(rows.take(1), buf);
    for (i, s) in seen.content.strategies.iter().enumerate() {
        let pr = p.progress(&s.id);
        let started = pr.started.map(|at| at.date_naive());
        let done = pr.stage == Stage::Done;
        let end = match (done, pr.finished) {
            (true, Some(f)) => f.date_naive(),
            _ => today,
        };
        let mut bar: Vec<char> = vec!['·'; cols];
        if let Some((a, b)) = started.and_then(|from| span(from, end, w, cols)) {
            for c in bar.iter_mut().take(b + 1).skip(a) {
                *c = '─';
            }
            bar[a] = '├';
            bar[b] = if done { '✓' } else { '▸' };
        }
        let detail = match (&pr.stage, pr.finished) {
            (Stage::Done, Some(f)) => crate::t!("progress-done-on", date = date(f.date_naive())),
            (stage, _) => stage.said(),
        };
        let title = text::one_line(&s.title, TITLE);
        let pad = " ".repeat(TITLE.saturating_sub(title.width()));
        Line::from(vec![
            Span::raw(format!("{:>2}. {title}{pad} ", i + 1)),
            Span::styled(bar.into_iter().collect::<String>(), t.accent),
            Span::styled(format!(" {detail}"), t.dim),
        ])
        .render(rows.take(1), buf);
    }
    let from = date(w.start);
    let to = if w.start == w.end {
        String::new()
    } else {
        date(w.end)
    };
    let gap = cols.saturating_sub(from.width() + to.width());
    Line::styled(
        format!("{}{from}{}{to}", " ".repeat(4 + TITLE + 1), " ".repeat(gap)),
        t.dim,
    )
    .render(rows.take(1), buf);
    rows.take(1);

    let (kept, partly, not_kept, open) = kept_tally(p);
    Line::styled(crate::t!("progress-commitments"), t.title).render(rows.take(1), buf);
    if kept + partly + not_kept + open == 0 {
        Line::styled(crate::t!("progress-commitments-none"), t.dim).render(rows.take(1), buf);
        return;
    }
    let most = kept.max(partly).max(not_kept).max(open).max(1);
    let room = cols.max(10);
    for (label, n) in [
        ("kept", kept),
        ("partly", partly),
        ("not", not_kept),
        ("practising", open),
    ] {
        let label = crate::t!("progress-tally", tally = label);
        let len = n * room / most;
        Line::from(vec![
            Span::raw(format!("  {label:<12} ")),
            Span::styled("█".repeat(len), t.accent),
            Span::raw(format!(" {n}")),
        ])
        .render(rows.take(1), buf);
    }
}
