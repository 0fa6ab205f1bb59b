//! Homework from a therapist: who assigned it and when, their note, then
//! the assigned strategies in order with done / due / overdue, and what the
//! selected one asks of this partner.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::View;
use super::widgets::{Rows, inset, para, render_window, row_line};
use crate::homework::{MeasureState, Row, StepState, for_partner, prompts_for, unanswered};
use crate::text::{one_line, printable};
use crate::workbook::HomeworkView;
use crate::workbook::kind;

pub(super) struct HomeworkScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a HomeworkView,
}

/// The note gets at most this many rows, so the steps always show.
const NOTE_ROWS: usize = 6;

impl Widget for &HomeworkScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, seen) = (self.ctx.theme, self.ctx.seen);
        let mut layout = Rows::new(inset(area));
        let width = layout.area.width;
        let (Some(me), Some(a)) = (
            seen.partner(),
            seen.me.and_then(|id| for_partner(seen.store, id)),
        ) else {
            Paragraph::new(crate::t!("homework-none")).render(layout.take(2), buf);
            return;
        };
        let by = one_line(&a.assigned_by, usize::from(width) / 2);
        Paragraph::new(Line::styled(
            crate::t!(
                "homework-from",
                name = by.as_str(),
                date = self.ctx.day(a.start)
            ),
            t.title,
        ))
        .render(layout.take(1), buf);
        if !a.note.trim().is_empty() {
            let mut note = para(&a.note, width, Style::new());
            note.truncate(NOTE_ROWS);
            let n = note.len();
            layout.take(1);
            Paragraph::new(note).render(layout.take(n), buf);
        }
        layout.take(1);

        let rows = crate::homework::rows(seen.store, me.id);
        let selected = self.v.list.selected.min(rows.len().saturating_sub(1));
        let done = a
            .steps
            .iter()
            .filter(|s| {
                matches!(
                    StepState::of(seen.store, me.id, s, self.v.today),
                    StepState::Done(_)
                )
            })
            .count();
        Paragraph::new(Line::styled(
            crate::t!("homework-done-of", done = done, all = a.steps.len()),
            t.dim,
        ))
        .render(layout.take(1), buf);

        // Gutter, number, mark and the longest state ("overdue (due 2026-03-01)").
        let title_room = usize::from(width).saturating_sub(2 + 4 + 4 + 2 + 24);
        let mut lines = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let text = match *row {
                Row::Step(n) => {
                    let Some(step) = a.steps.get(n) else { continue };
                    let (number, title) = match seen.content.strategy_index(&step.strategy) {
                        Some(n) => (
                            format!("{:>2}.", n + 1),
                            seen.content.strategies[n].title.clone(),
                        ),
                        None => (" ?.".to_string(), printable(&step.strategy).into_owned()),
                    };
                    let state = StepState::of(seen.store, me.id, step, self.v.today);
                    let mark = match state {
                        StepState::Done(_) => "✓",
                        StepState::Overdue(_) => "!",
                        _ => " ",
                    };
                    let title = one_line(&title, title_room);
                    let pad = title_room.saturating_sub(title.width());
                    format!(
                        "{number} [{mark}] {title}{}  {}",
                        " ".repeat(pad),
                        state.label_as(|d| self.ctx.day(d))
                    )
                }
                // One of the therapist's prompts not answered yet: opens directly.
                Row::Prompt { step, prompt } => {
                    let text = a.prompt_text(step, prompt);
                    let room = usize::from(width).saturating_sub(2 + 8);
                    format!("     ↳ {}", one_line(&printable(text), room))
                }
                // A questionnaire asked for: opens at its first question.
                Row::Measure(n) => {
                    let Some(id) = a.measures.ids.get(n) else {
                        continue;
                    };
                    let name = crate::measures::by_id(id).map_or(id.as_str(), |m| &m.name);
                    let state = MeasureState::of(seen.store, me.id, a, id, self.v.today);
                    let mark = if state == MeasureState::Due {
                        " "
                    } else {
                        "✓"
                    };
                    let title = one_line(&printable(name), title_room);
                    let pad = title_room.saturating_sub(title.width());
                    format!(
                        "    [{mark}] {title}{}  {}",
                        " ".repeat(pad),
                        state.label_as(|d| self.ctx.day(d))
                    )
                }
            };
            let gutter = if i == selected { "› " } else { "  " };
            lines.push(row_line(
                gutter,
                text,
                width,
                (i == selected).then_some(t.selected),
            ));
        }
        // What the selected row asks.
        let detail = rows.get(selected).and_then(|row| match *row {
            Row::Prompt { .. } => Some(crate::t!(
                "homework-prompt-detail",
                open = crate::say!(Homework, Select),
                name = by.as_str()
            )),
            Row::Measure(n) => a
                .measures
                .ids
                .get(n)
                .and_then(|id| crate::measures::by_id(id))
                .map(|m| {
                    crate::t!(
                        "homework-measure-detail",
                        open = crate::say!(Homework, Select),
                        name = by.as_str(),
                        about = m.about.as_str()
                    )
                }),
            Row::Step(n) => a.steps.get(n).map(|step| {
                let extra = seen.content.strategy(&step.strategy).map_or(0, |s| {
                    let pack = s.prompts_for(me.role).len();
                    prompts_for(seen.store, me.id, me.role, s)
                        .len()
                        .saturating_sub(pack)
                });
                let open = unanswered(seen.store, me.id, step).len();
                crate::t!(
                    "homework-step-detail",
                    go = crate::say!(Homework, Select),
                    name = by.as_str(),
                    added = extra,
                    open = open
                )
            }),
        });
        let detail = detail.map(|d| para(&d, width, t.dim)).unwrap_or_default();
        let list_rows = usize::from(layout.left())
            .saturating_sub(detail.len() + 1)
            .min(lines.len());
        let list_area = layout.take(list_rows);
        render_window(lines, &(selected..selected + 1), list_area, buf);
        layout.take(1);
        let n = detail.len();
        Paragraph::new(detail).render(layout.take(n), buf);
    }
}

impl View for kind::Homework {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-homework")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&HomeworkScreen { ctx, v: state }).render(area, buf);
    }
}
