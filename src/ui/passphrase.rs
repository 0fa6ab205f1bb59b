//! The passphrase screens: protect my private entries, and unlock them.
//! The field is masked (•); the passphrase itself is never drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::View;
use super::widgets::{EditorBox, Rows, inset, para};
use crate::text;
use crate::workbook::kind;
use crate::workbook::{PassphraseStep, PassphraseView};

pub(super) struct PassphraseScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a PassphraseView,
}

pub(super) fn title(v: &PassphraseView) -> String {
    let step = match v.step {
        PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. } => "unlock",
        PassphraseStep::Recover => "recover",
        _ if v.after_recovery() => "new",
        _ => "protect",
    };
    crate::t!("pass-title", step = step)
}

/// How far protecting is, in words.
pub(super) fn sealing_line(done: usize, total: usize) -> String {
    if total == 0 || done == 0 {
        crate::t!("pass-making-key")
    } else {
        crate::t!(
            "pass-sealing",
            done = text::count(done),
            total = text::count(total)
        )
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
        let seen = self.ctx.seen;
        let name = seen
            .store
            .partner(self.v.partner)
            .map(|p| text::one_line(&p.name, 40))
            .unwrap_or_default();
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        let (heading, body, label) = match self.v.step {
            PassphraseStep::Choose if self.v.after_recovery() => (
                crate::t!("pass-choose-new", name = name.as_str()),
                crate::t!("pass-choose-new-body"),
                crate::t!("pass-new-field"),
            ),
            PassphraseStep::Choose => (
                crate::t!("pass-choose", name = name.as_str()),
                crate::t!(
                    "pass-choose-body",
                    minutes = seen.config.lock_after().num_minutes().max(1)
                ),
                crate::t!("pass-field"),
            ),
            PassphraseStep::Confirm => (
                crate::t!("pass-confirm"),
                crate::t!("pass-confirm-body"),
                crate::t!("pass-confirm-field"),
            ),
            PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. } => (
                crate::t!("pass-unlock", name = name.as_str()),
                crate::t!(
                    "pass-unlock-body",
                    back = crate::say!(Passphrase, Back),
                    recover = crate::say!(Passphrase, Recover)
                ),
                crate::t!("pass-field"),
            ),
            PassphraseStep::ShowRecovery => (
                crate::t!("pass-recovery-shown"),
                crate::t!(
                    "pass-recovery-shown-body",
                    open = crate::say!(Passphrase, Select),
                    key = self.v.recovery_key().map(group).unwrap_or_default()
                ),
                String::new(),
            ),
            PassphraseStep::Protecting { .. } => (
                crate::t!("pass-protecting", name = name.as_str()),
                crate::t!("pass-protecting-body", back = crate::say!(Passphrase, Back)),
                String::new(),
            ),
            PassphraseStep::Recover => (
                crate::t!("pass-recover", name = name.as_str()),
                crate::t!("pass-recover-body", back = crate::say!(Passphrase, Back)),
                crate::t!("pass-recover-field"),
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
            title: &label,
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
            Line::styled(crate::t!("pass-unlocking"), t.accent).render(rows.take(1), buf);
        }
        if let Some(problem) = &self.v.problem {
            rows.take(1);
            for line in para(problem, width, t.error) {
                line.render(rows.take(1), buf);
            }
        }
    }
}

impl View for kind::Passphrase {
    fn title(state: &Self::State, _: &Ctx) -> String {
        title(state)
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&PassphraseScreen { ctx, v: state }).render(area, buf);
    }
}
