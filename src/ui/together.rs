//! Together prompts: the list with where each stands, and the side-by-side
//! reveal of both answers.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use super::widgets::{Rows, TextBox, choices, inset, para, render_window};
use crate::privacy::together::{self, Progress};
use crate::text;
use crate::workbook::ListView;
use crate::workbook::kind;

pub(super) struct TogetherView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
}

impl Widget for &TogetherView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, seen) = (self.ctx.theme, self.ctx.seen);
        let Some(me) = seen.me else { return };
        let all = together::prompts(seen.content);
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        let intro = crate::t!("together-intro", open = crate::say!(Together, Select));
        let lines = para(&intro, width, t.dim);
        let n = lines.len();
        Paragraph::new(lines).render(rows.take(n), buf);
        rows.take(1);
        if all.is_empty() {
            return;
        }
        let stands = together::progress_of_each(seen.store, me, &all);
        let labels: Vec<String> = all
            .iter()
            .zip(stands)
            .map(|(p, stands)| {
                let state = match stands {
                    Progress::YourTurn => crate::t!("together-progress", progress = "your-turn"),
                    Progress::Waiting => crate::t!("together-progress", progress = "waiting"),
                    Progress::Ready => crate::t!("together-progress", progress = "ready"),
                };
                // Whole, wrapped, with the strategy it belongs to: Enter
                // opens it there.
                let strategy = seen
                    .content
                    .strategies
                    .iter()
                    .find(|s| s.id == p.strategy)
                    .map_or(String::new(), |s| format!("{}: ", s.title));
                let prompt = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
                format!("{strategy}{} — {state}", text::printable(&prompt))
            })
            .collect();
        let selected = self.list.selected.min(all.len() - 1);
        let (lines, sel) = choices(&labels, Some(selected), width, t);
        render_window(lines, &sel, rows.rest(), buf);
    }
}

pub(super) struct RevealView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
    pub scroll: u16,
}

impl Widget for &RevealView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, seen) = (self.ctx.theme, self.ctx.seen);
        let Some(me) = seen.me else { return };
        let all = together::prompts(seen.content);
        let Some(p) = all.get(self.list.selected) else {
            return;
        };
        // The rule lives in `together::reveal`: nothing unless both are in.
        let Some((mine, theirs)) = together::reveal(seen.store, me, p) else {
            return;
        };
        let mut rows = Rows::new(area);
        rows.take(1);
        let heading = para(&p.text, inset(rows.area).width, t.title);
        let n = heading.len();
        Paragraph::new(heading).render(inset(rows.take(n)), buf);
        rows.take(1);
        let [left, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(rows.rest());
        let name = seen
            .store
            .partner(theirs.author)
            .map_or(crate::t!("together-your-partner"), |p| {
                text::one_line(&p.name, 20)
            });
        for (area, title, e) in [
            (left, crate::t!("together-you"), mine),
            (right, name, theirs),
        ] {
            let width = area.width.saturating_sub(4);
            TextBox {
                title,
                lines: para(&seen.readable_text(&e.body), width, Style::new()),
                scroll: self.scroll,
                theme: t,
                borders: self.ctx.borders(),
            }
            .render(area, buf);
        }
    }
}

impl View for kind::Together {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-together")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&TogetherView { ctx, list: state }).render(area, buf);
    }
}

impl View for kind::Reveal {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-reveal")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&RevealView {
            ctx,
            list: &state.list,
            scroll: state.scroll,
        })
            .render(area, buf);
    }
}
