//! "Leave this workbook": what leaving removes, what cannot be undone, and
//! the two questions. Counts only: nothing the person wrote is drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::View;
use super::widgets::{Rows, inset, para};
use crate::text::printable;
use crate::workbook::departure::{DepartStep, DepartView};
use crate::workbook::kind;

pub(super) struct DepartScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a DepartView,
}

impl Widget for &DepartScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let Some(goes) = self.ctx.seen.what_goes() else {
            return;
        };
        let name = printable(&goes.name).into_owned();
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        Line::styled(crate::t!("depart-title", name = name.as_str()), t.title)
            .render(rows.take(1), buf);
        rows.take(1);
        let stays = match goes.other.as_deref().map(printable) {
            Some(other) => crate::t!("depart-stays", other = other.into_owned()),
            None => String::new(),
        };
        let shared = match (goes.shared_entries, goes.other.as_deref().map(printable)) {
            (0, _) | (_, None) => String::new(),
            (n, Some(other)) => crate::t!("depart-shared", n = n, other = other.into_owned()),
        };
        let body = match self.v.step {
            DepartStep::Explain => crate::t!(
                "depart-explain",
                yes = crate::say!(Confirm, Confirm),
                no = crate::say!(Confirm, Cancel, all),
                entries = goes.private_entries,
                checkins = goes.checkins,
                strategies = goes.strategies,
                stays = stays,
                shared = shared
            ),
            DepartStep::Confirm => crate::t!(
                "depart-confirm",
                yes = crate::say!(Confirm, Confirm),
                no = crate::say!(Confirm, Cancel, all),
                name = name.as_str()
            ),
        };
        for line in para(&body, width, ratatui::style::Style::default()) {
            line.render(rows.take(1), buf);
        }
    }
}

impl View for kind::Depart {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-depart")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&DepartScreen { ctx, v: state }).render(area, buf);
    }
}
