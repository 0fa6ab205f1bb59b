//! "Leave this workbook": what leaving removes, what cannot be undone, and
//! the two questions. Counts only: nothing the person wrote is drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::widgets::{Rows, inset, para};
use crate::text::printable;
use crate::workbook::departure::{DepartStep, DepartView};

pub(super) struct DepartScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a DepartView,
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Widget for &DepartScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let Some(goes) = self.ctx.wb.what_goes() else {
            return;
        };
        let name = printable(&goes.name).into_owned();
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        Line::styled(format!("Leave this workbook, {name}?"), t.title).render(rows.take(1), buf);
        rows.take(1);
        let stays = match goes.other.as_deref().map(printable) {
            Some(other) => format!(" {other}'s journal, check-ins and progress are not touched."),
            None => String::new(),
        };
        let shared = match (goes.shared_entries, goes.other.as_deref().map(printable)) {
            (0, _) | (_, None) => String::new(),
            (n, Some(other)) => format!(
                " You will be asked whether your {} stay for {other} to read.",
                count(n, "shared entry", "shared entries")
            ),
        };
        let body = match self.v.step {
            DepartStep::Explain => format!(
                "Leaving removes you from this workbook: {}, {}, your progress in {}, your commitments, homework and drafts — from the journal, its backups and every other file in its folder.{stays}\n\nBefore anything is removed, trustmend closes this screen and offers, on the command line, to keep a copy of your own entries (Markdown or HTML; sealed with your passphrase if you protect your entries).{shared}\n\nThis cannot be undone. It cannot reach exports already made, or copies outside the data folder.\n\ny continues; n or Esc stays.",
                count(goes.private_entries, "private entry", "private entries"),
                count(goes.checkins, "check-in", "check-ins"),
                count(goes.strategies, "strategy", "strategies"),
            ),
            DepartStep::Confirm => format!(
                "Are you sure, {name}? Once the copy is offered, everything of yours is removed for good.\n\ny: yes, leave now (your words are saved first, then the questions come). n or Esc: stay."
            ),
        };
        for line in para(&body, width, ratatui::style::Style::default()) {
            line.render(rows.take(1), buf);
        }
    }
}
