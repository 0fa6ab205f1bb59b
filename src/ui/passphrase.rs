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
        PassphraseStep::Recover => "Unlock with your recovery key",
        _ if v.after_recovery() => "A new passphrase",
        _ => "Protect my private entries",
    }
}

/// How far protecting is, in words.
pub(super) fn sealing_line(done: usize, total: usize) -> String {
    if total == 0 || done == 0 {
        "Making your key… (this takes a moment on purpose)".to_string()
    } else {
        format!("Sealing {} of {}…", text::count(done), text::count(total))
    }
}

/// A recovery key as it is shown: its `AGE-SECRET-KEY-1` prefix whole, then
/// the rest in groups of eight, easier to copy by hand.
pub fn group(key: &str) -> String {
    const PREFIX: &str = "AGE-SECRET-KEY-1";
    let (head, rest) = match key.strip_prefix(PREFIX) {
        Some(rest) => (PREFIX, rest),
        None => ("", key),
    };
    let chars: Vec<char> = rest.chars().collect();
    std::iter::once(head.to_string())
        .filter(|h| !h.is_empty())
        .chain(chars.chunks(8).map(|c| c.iter().collect::<String>()))
        .collect::<Vec<_>>()
        .join(" ")
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
            PassphraseStep::Choose if self.v.after_recovery() => (
                format!("{name}, choose a new passphrase"),
                "Your recovery key opened your workbook. Choose a new passphrase of a few words you will remember; your recovery key keeps working too.".to_string(),
                "New passphrase",
            ),
            PassphraseStep::Choose => (
                format!("{name}, choose a passphrase"),
                format!(
                    "Everything of yours (entries, check-ins, progress, drafts) will be stored encrypted, so no one who opens trustmend's files can read it, and nobody gets into your workbook without the passphrase. Saving never needs the passphrase; you type it once when you start, and your entries lock again after {} minutes without use.\n\nIf you forget it, the recovery key shown next is the only way back; without both, your protected entries stay locked for good: no one can open them, not even the people who made trustmend. Choose a few words you will remember.",
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
                "Type your passphrase to open your workbook. Unlocking takes a moment on purpose. Esc leaves it locked: nothing is lost, and nobody goes in without it. Forgot it? Ctrl+R uses your recovery key.".to_string(),
                "Passphrase",
            ),
            PassphraseStep::ShowRecovery => (
                "Your recovery key".to_string(),
                format!(
                    "If you ever forget your passphrase, this key opens your workbook and lets you choose a new one. Write it down now, exactly, and keep it somewhere only you can reach. It is shown only this once and is not stored anywhere.\n\n{}\n\nWithout your passphrase or this key, nobody can open what you wrote, not even the people who made trustmend. Enter when it is written down.",
                    self.v.recovery_key().map(group).unwrap_or_default()
                ),
                "",
            ),
            PassphraseStep::Protecting { .. } => (
                format!("{name}, protecting your workbook"),
                "Your key is being made, then each of your records is sealed with it. This can take a while for a long journal; keys still work meanwhile. Esc stops it, and nothing is changed.".to_string(),
                "",
            ),
            PassphraseStep::Recover => (
                format!("{name}, your recovery key"),
                "Type the recovery key you wrote down when you protected your workbook (spaces and capitals do not matter). Then you choose a new passphrase. Esc goes back.".to_string(),
                "Recovery key",
            ),
        };
        Line::styled(heading, t.title).render(rows.take(1), buf);
        rows.take(1);
        for line in para(&body, width, t.dim) {
            line.render(rows.take(1), buf);
        }
        rows.take(1);
        if self.v.recovery_key().is_some() {
            return;
        }
        if let PassphraseStep::Protecting { done, total } = self.v.step {
            Line::styled(sealing_line(done, total), t.accent).render(rows.take(1), buf);
            return;
        }
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
