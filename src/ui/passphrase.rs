//! The passphrase screens: protect my private entries, and unlock them.
//! The field is masked (•); the passphrase itself is never drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::widgets::{EditorBox, Rows, inset, para};
use crate::text;
use crate::workbook::{PassphraseStep, PassphraseView};

pub(super) struct PassphraseScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a PassphraseView,
}

pub(super) fn title(v: &PassphraseView) -> &'static str {
    match v.step {
        PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. } => "Unlock your entries",
        _ => "Protect my private entries",
    }
}

impl Widget for &PassphraseScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let wb = self.ctx.wb;
        let name = wb
            .store()
            .partner(self.v.partner)
            .map(|p| text::one_line(&p.name, 40))
            .unwrap_or_default();
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        let (heading, body, label) = match self.v.step {
            PassphraseStep::Choose => (
                format!("{name}, choose a passphrase"),
                format!(
                    "Your private entries and drafts will be stored encrypted, so no one who opens trustmend's files can read them. Saving never needs the passphrase; you type it once when you start, and your entries lock again after {} minutes without use.\n\nIf you forget it, your protected entries stay locked for good: no one can open them, not even the people who made trustmend. Choose a few words you will remember.",
                    wb.config().lock_after().num_minutes().max(1)
                ),
                "Passphrase",
            ),
            PassphraseStep::Confirm => (
                "Type it once more".to_string(),
                "The same passphrase again, to be sure of it.".to_string(),
                "Passphrase again",
            ),
            PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. } => (
                format!("{name}, your private entries are protected"),
                "Type your passphrase to open your workbook. Unlocking takes a moment on purpose. Esc leaves it locked: nothing is lost, and nobody goes in without it.".to_string(),
                "Passphrase",
            ),
        };
        Line::styled(heading, t.title).render(rows.take(1), buf);
        rows.take(1);
        for line in para(&body, width, t.dim) {
            line.render(rows.take(1), buf);
        }
        rows.take(1);
        let field = rows.take(3);
        EditorBox {
            area: &self.v.field,
            title: label,
            note: None,
            focused: true,
            padded: true,
        }
        .render(
            self.ctx,
            Rect {
                width: width.min(60),
                ..field
            },
            buf,
        );
        if matches!(self.v.step, PassphraseStep::Unlocking { .. }) {
            rows.take(1);
            Line::styled("Unlocking… (this takes a moment on purpose)", t.accent)
                .render(rows.take(1), buf);
        }
        if let Some(problem) = &self.v.problem {
            rows.take(1);
            for line in para(problem, width, t.error) {
                line.render(rows.take(1), buf);
            }
        }
    }
}
