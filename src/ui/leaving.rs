//! Quitting while something could not be saved: what happened, and the
//! ways on. Nothing the person wrote is drawn here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::View;
use super::widgets::{EditorBox, Rows, inset, para};
use crate::workbook::kind;
use crate::workbook::{UnsavedStep, UnsavedView};

pub(super) struct UnsavedScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a UnsavedView,
}

impl Widget for &UnsavedScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let saves = self.ctx.seen.saves();
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        Line::styled(crate::t!("unsaved-heading"), t.title).render(rows.take(1), buf);
        rows.take(1);
        let why = saves
            .why_unsaved()
            .map_or_else(|| crate::t!("unsaved-why-unknown"), ToString::to_string);
        let body = match self.v.step {
            UnsavedStep::Ask | UnsavedStep::Writing => crate::t!(
                "unsaved-ask",
                retry = crate::say!(Unsaved, RetrySave),
                copy = crate::say!(Unsaved, WriteCopy),
                lose = crate::say!(Unsaved, LoseAndQuit),
                why = why
            ),
            UnsavedStep::Folder => {
                crate::t!("unsaved-folder", open = crate::say!(UnsavedFolder, Select))
            }
            UnsavedStep::ConfirmLose => crate::t!(
                "unsaved-confirm-lose",
                yes = crate::say!(Confirm, Confirm),
                no = crate::say!(Confirm, Cancel, all)
            ),
        };
        for line in para(&body, width, ratatui::style::Style::default()) {
            line.render(rows.take(1), buf);
        }
        if self.v.step == UnsavedStep::Folder {
            rows.take(1);
            let field = rows.take(3);
            EditorBox {
                area: &self.v.folder,
                title: &crate::t!("unsaved-folder-field"),
                note: None,
                focused: true,
                padded: true,
            }
            .render(self.ctx, field, buf);
        }
        if self.v.step == UnsavedStep::Writing {
            rows.take(1);
            Line::styled(crate::t!("unsaved-writing"), t.dim).render(rows.take(1), buf);
        }
        if let Some(problem) = &self.v.problem {
            rows.take(1);
            for line in para(problem, width, t.error) {
                line.render(rows.take(1), buf);
            }
        }
    }
}

impl View for kind::Unsaved {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-unsaved")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&UnsavedScreen { ctx, v: state }).render(area, buf);
    }
}
