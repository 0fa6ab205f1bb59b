//! One strategy: where the partner is in it (a track of the six stages),
//! then the stage itself — the guidance to read, a prompt to answer, a
//! commitment to choose, practise and review. The stages other than
//! reading are drawn in `strategy_stages.rs`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use super::strategy_stages::{self as stages, Parts};
use super::widgets::{Rows, TextBox, inset, para};
use crate::model::Stage;
use crate::text;
use crate::workbook::kind;
use crate::workbook::{Seen, StrategyView};

/// "3/10 · Sincere apology", for the header.
pub(super) fn title(seen: Seen, index: usize) -> String {
    let total = seen.content.strategies.len();
    match seen.content.strategies.get(index) {
        Some(s) => crate::t!(
            "strategy-header",
            n = (index + 1),
            total = total,
            title = s.title.as_str()
        ),
        None => crate::t!("strategy-fallback"),
    }
}

pub(super) struct StrategyScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a StrategyView,
}

impl Widget for &StrategyScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ctx, v) = (self.ctx, self.v);
        let (Some(s), Some(p)) = (ctx.seen.content.strategies.get(v.index), ctx.seen.partner())
        else {
            return;
        };
        let stage = ctx.seen.strategy_stage(v);
        let mut rows = Rows::new(area);
        track(ctx, &stage).render(inset(rows.take(1)), buf);
        rows.take(1);
        let parts = Parts {
            ctx,
            v,
            s,
            p,
            stage,
        };
        match (&parts.stage, v.show_guidance) {
            (_, true) | (Stage::NotStarted | Stage::Reading, _) => reading(&parts, rows, buf),
            (Stage::Reflecting { prompt }, _) => stages::reflecting(&parts, *prompt, rows, buf),
            (Stage::Committing, _) => stages::committing(&parts, rows, buf),
            (Stage::Practising { commitment, since }, _) => {
                stages::practising(&parts, *commitment, *since, rows, buf);
            }
            (Stage::Reviewing { commitment }, _) => {
                stages::reviewing(&parts, *commitment, rows, buf);
            }
            (Stage::Done, _) => stages::done(&parts, rows, buf),
        }
    }
}

/// "✓ reading  ● reflecting  ○ committing …": the way through a strategy,
/// with the current stage marked by a symbol as well as by style.
fn track(ctx: &Ctx, stage: &Stage) -> Line<'static> {
    let t = ctx.theme;
    let labels = [
        "reading",
        "reflecting",
        "committing",
        "practising",
        "reviewing",
        "done",
    ];
    let current = stage.steps_done() as usize;
    let mut spans = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let step = i + 1;
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        let (mark, style) = if step == current {
            let mark = if *stage == Stage::Done { "✓" } else { "●" };
            (mark, t.title.patch(t.accent))
        } else if step < current {
            ("✓", t.dim)
        } else {
            ("○", t.dim)
        };
        spans.push(Span::styled(
            format!("{mark} {}", crate::t!("stage", stage = label.to_string())),
            style,
        ));
    }
    Line::from(spans)
}

/// The guidance, in a box as wide as the terminal, and how far it may scroll
/// told to the state machine.
fn reading(parts: &Parts, mut rows: Rows, buf: &mut Buffer) {
    let (ctx, v, s) = (parts.ctx, parts.v, parts.s);
    let t = ctx.theme;
    let width = text::reading_width(ctx.width);
    let lines: Vec<Line<'static>> = text::wrap(&s.guidance, width)
        .into_iter()
        .map(Line::from)
        .collect();
    // Ten rows of the terminal are not guidance; shorter guidance gets a
    // box its own size (it does not scroll at all).
    let lines_h = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let window = ctx.height.saturating_sub(10).min(lines_h);
    ctx.seen
        .record_scroll_limit(lines_h.saturating_sub(window.max(1)));
    let want = window + 2;
    let box_rows = want.min(rows.left().saturating_sub(1)).max(3);
    let top_width = inset(rows.area).width;
    let mut intro = para(&s.summary, top_width, t.title);
    if v.show_guidance {
        let note = crate::t!("strategy-reading-again");
        intro.extend(para(&note, top_width, t.dim));
    } else if parts.stage == Stage::Reading || parts.stage == Stage::NotStarted {
        let note = crate::t!("strategy-reading-pace");
        intro.extend(para(&note, top_width, t.dim));
    }
    // The box has the rows it needs first; the introduction gets the rest.
    let intro_rows = (intro.len() + 1).min(usize::from(rows.left().saturating_sub(box_rows)));
    Paragraph::new(intro).render(inset(rows.take(intro_rows)), buf);
    let pane = rows.take(usize::from(box_rows));
    let pane = Rect {
        width: u16::try_from(width)
            .unwrap_or(u16::MAX)
            .saturating_add(4)
            .min(pane.width),
        ..pane
    };
    let guidance = TextBox {
        title: crate::t!("strategy-guidance"),
        lines,
        scroll: v.scroll,
        theme: t,
        borders: ctx.borders(),
    };
    ctx.reading_from(guidance.text_start(pane));
    guidance.render(pane, buf);
}

impl View for kind::Strategy {
    fn title(state: &Self::State, ctx: &Ctx) -> String {
        title(ctx.seen, state.index)
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&StrategyScreen { ctx, v: state }).render(area, buf);
    }
}
