//! Which of the people using this computer is at the keyboard.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::View;
use super::widgets::{Rows, choices, inset, render_window};
use crate::text;
use crate::workbook::ListView;
use crate::workbook::kind;

pub(super) struct PickerView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
}

impl Widget for &PickerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let seen = self.ctx.seen;
        let mut rows = Rows::new(inset(area));
        rows.take(1);
        Line::styled(crate::t!("picker-who"), t.title).render(rows.take(1), buf);
        let new = seen.picker_offers_someone_new();
        let note = if new {
            crate::t!("picker-own-or-add")
        } else {
            crate::t!("picker-own")
        };
        Line::styled(note, t.dim).render(rows.take(1), buf);
        if !new {
            // Not offered, rather than offered and refused: where a third
            // person can keep a journal instead.
            let other = crate::t!("picker-someone-else");
            let lines = super::widgets::para(&other, rows.area.width, t.dim);
            let n = lines.len();
            ratatui::widgets::Paragraph::new(lines).render(rows.take(n), buf);
        }
        rows.take(1);
        let mut names: Vec<String> = seen
            .store
            .partners
            .iter()
            .map(|p| text::printable(&p.name).into_owned())
            .collect();
        if new {
            names.push(crate::t!("picker-someone-new"));
        }
        let selected = self.list.selected.min(names.len() - 1);
        let (lines, sel) = choices(&names, Some(selected), rows.area.width, t);
        render_window(lines, &sel, rows.rest(), buf);
    }
}

impl View for kind::Picker {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-picker")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&PickerView { ctx, list: state }).render(area, buf);
    }
}
