//! Which of the people using this computer is at the keyboard.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::widgets::{Rows, choices, inset, render_window};
use crate::text;
use crate::workbook::ListView;

pub(super) struct PickerView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
}

impl Widget for &PickerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let wb = self.ctx.wb;
        let mut rows = Rows::new(inset(area));
        rows.take(1);
        Line::styled("Who is at the keyboard?", t.title).render(rows.take(1), buf);
        let note = "Each person's journal is their own. Choose your name, or add yourself.";
        Line::styled(note, t.dim).render(rows.take(1), buf);
        rows.take(1);
        let mut names: Vec<String> = wb
            .store()
            .partners
            .iter()
            .map(|p| text::printable(&p.name).into_owned())
            .collect();
        names.push("Someone new…".into());
        let selected = self.list.selected.min(names.len() - 1);
        let (lines, sel) = choices(&names, Some(selected), rows.area.width, t);
        render_window(lines, &sel, rows.rest(), buf);
    }
}
