//! Quitting while something could not be saved: what happened, and the
//! ways on. Nothing the person wrote is drawn here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::widgets::{EditorBox, Rows, inset, para};
use crate::workbook::{SaveTarget, UnsavedStep, UnsavedView};

pub(super) struct UnsavedScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a UnsavedView,
}

impl Widget for &UnsavedScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let saves = self.ctx.wb.saves();
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        Line::styled("Some of your words are not on the disk yet", t.title)
            .render(rows.take(1), buf);
        rows.take(1);
        let why = saves
            .failure(SaveTarget::Store)
            .or_else(|| saves.failure(SaveTarget::Session))
            .unwrap_or("the last save did not finish.");
        let body = match self.v.step {
            UnsavedStep::Ask | UnsavedStep::Writing => format!(
                "trustmend could not save them, so it has not quit: quitting now would lose them. They are safe here while this window is open.\n\nr tries again (free some space or fix the folder first). w writes a copy of everything to another folder, such as a USB stick, that trustmend can open later. l quits without them.\n\nWhat went wrong: {why}"
            ),
            UnsavedStep::Folder => "Type the folder for the copy and press Enter. trustmend makes a new folder inside it, readable only by you, holding the journal as it is now (protected entries stay sealed). Open it later with trustmend --data-dir and that folder.".to_string(),
            UnsavedStep::ConfirmLose => "Quit and lose what is not saved? This cannot be undone: the words written since the last save will be gone. y quits; n or Esc goes back.".to_string(),
        };
        for line in para(&body, width, ratatui::style::Style::default()) {
            line.render(rows.take(1), buf);
        }
        if self.v.step == UnsavedStep::Folder {
            rows.take(1);
            let field = rows.take(3);
            EditorBox {
                area: &self.v.folder,
                title: "Folder",
                note: None,
                focused: true,
                padded: true,
            }
            .render(self.ctx, field, buf);
        }
        if self.v.step == UnsavedStep::Writing {
            rows.take(1);
            Line::styled("Writing the copy…", t.dim).render(rows.take(1), buf);
        }
        if let Some(problem) = &self.v.problem {
            rows.take(1);
            for line in para(problem, width, t.error) {
                line.render(rows.take(1), buf);
            }
        }
    }
}
