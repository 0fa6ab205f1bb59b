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
use super::widgets::{Rows, inset, para, render_window, row_line};
use crate::homework::{StepState, for_partner, prompts_for};
use crate::text::{one_line, printable};
use crate::workbook::HomeworkView;

pub(super) struct HomeworkScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a HomeworkView,
}

/// The note gets at most this many rows, so the steps always show.
const NOTE_ROWS: usize = 6;

impl Widget for &HomeworkScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, wb) = (self.ctx.theme, self.ctx.wb);
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        let (Some(me), Some(a)) = (
            wb.partner(),
            wb.active().and_then(|id| for_partner(wb.store(), id)),
        ) else {
            Paragraph::new("No homework here. A therapist's file is added with `trustmend homework import FILE`.")
                .render(rows.take(2), buf);
            return;
        };
        let by = one_line(&a.assigned_by, usize::from(width) / 2);
        Paragraph::new(Line::styled(
            format!("From {by}, starting {}", self.ctx.day(a.start)),
            t.title,
        ))
        .render(rows.take(1), buf);
        if !a.note.trim().is_empty() {
            let mut note = para(&a.note, width, Style::new());
            note.truncate(NOTE_ROWS);
            let n = note.len();
            rows.take(1);
            Paragraph::new(note).render(rows.take(n), buf);
        }
        rows.take(1);

        let selected = self.v.list.selected.min(a.steps.len().saturating_sub(1));
        let done = a
            .steps
            .iter()
            .filter(|s| {
                matches!(
                    StepState::of(wb.store(), me.id, s, self.v.today),
                    StepState::Done(_)
                )
            })
            .count();
        Paragraph::new(Line::styled(
            format!("{done} of {} done", a.steps.len()),
            t.dim,
        ))
        .render(rows.take(1), buf);

        // Gutter, number, mark and the longest state ("overdue (due 2026-03-01)").
        let title_room = usize::from(width).saturating_sub(2 + 4 + 4 + 2 + 24);
        let mut lines = Vec::with_capacity(a.steps.len());
        for (i, step) in a.steps.iter().enumerate() {
            let (number, title) = match wb.content().strategy_index(&step.strategy) {
                Some(n) => (
                    format!("{:>2}.", n + 1),
                    wb.content().strategies[n].title.clone(),
                ),
                None => (" ?.".to_string(), printable(&step.strategy).into_owned()),
            };
            let state = StepState::of(wb.store(), me.id, step, self.v.today);
            let mark = match state {
                StepState::Done(_) => "✓",
                StepState::Overdue(_) => "!",
                _ => " ",
            };
            let title = one_line(&title, title_room);
            let pad = title_room.saturating_sub(title.width());
            let row = format!(
                "{number} [{mark}] {title}{}  {}",
                " ".repeat(pad),
                state.label_as(|d| self.ctx.day(d))
            );
            let gutter = if i == selected { "› " } else { "  " };
            lines.push(row_line(
                gutter,
                row,
                width,
                (i == selected).then_some(t.selected),
            ));
        }
        // What the selected step asks: its extra prompts for this partner.
        let detail = a.steps.get(selected).map(|step| {
            let extra = wb
                .content()
                .strategy(&step.strategy)
                .map(|s| {
                    let pack = s.prompts_for(me.role).len();
                    prompts_for(wb.store(), me.id, me.role, s).len().saturating_sub(pack)
                })
                .unwrap_or(0);
            match extra {
                0 => "Enter opens this strategy.".to_string(),
                1 => format!("Enter opens this strategy. {by} added 1 prompt for you, after the usual ones."),
                n => format!("Enter opens this strategy. {by} added {n} prompts for you, after the usual ones."),
            }
        });
        let detail = detail.map(|d| para(&d, width, t.dim)).unwrap_or_default();
        let list_rows = usize::from(rows.left())
            .saturating_sub(detail.len() + 1)
            .min(lines.len());
        let list_area = rows.take(list_rows);
        render_window(lines, &(selected..selected + 1), list_area, buf);
        rows.take(1);
        let n = detail.len();
        Paragraph::new(detail).render(rows.take(n), buf);
    }
}
