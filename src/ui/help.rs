//! The `?` help: every key of the screen underneath, from the same table as
//! the footer, over that screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::keymap::{self, Action, Context};

pub(super) struct HelpView<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let own = keymap::bindings(self.ctx.seen.screen_context());
        // Keys that work anywhere, unless this screen gives them its own use.
        let anywhere = keymap::ANYWHERE.iter().filter(|a| {
            !own.iter()
                .any(|b| b.keys.iter().any(|k| a.keys.contains(k)))
        });
        let mut rows: Vec<(String, String)> = own
            .iter()
            .chain(anywhere)
            .filter(|b| b.action != Action::Quit)
            .map(|b| {
                let (keys, what) = b.help_row();
                (crate::i18n::key_word(&keys), crate::i18n::key_word(&what))
            })
            .collect();
        // Keys that share a line (the digits 0-9) are listed once.
        rows.dedup();
        let key_w = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
        let mut lines: Vec<Line> = rows
            .into_iter()
            .map(|(keys, what)| {
                Line::from(vec![
                    Span::styled(format!("{keys:<key_w$}"), t.accent),
                    Span::raw(what),
                ])
            })
            .collect();
        lines.push(Line::default());
        lines.push(Line::from(crate::t!(
            "help-ctrl-c",
            quit = crate::say!(Help, Quit)
        )));
        let close: Vec<String> = keymap::hints(Context::Help)
            .map(crate::i18n::key_hint)
            .map(|(k, h)| format!("{k}: {h}"))
            .collect();
        let close_line = format!(" {} ", close.join(" · "));
        // Wide enough for the keys and for the way to close it on the border.
        let width = lines
            .iter()
            .map(Line::width)
            .max()
            .unwrap_or(0)
            .max(close_line.width() + 2) as u16
            + 4;
        let height = lines.len() as u16 + 2;
        // With `accessible`, the whole screen: no border to set it apart
        // from the screen beneath, so nothing of that may show around it.
        let popup = if self.ctx.accessible() {
            area
        } else {
            super::centered(area, width, height)
        };
        Clear.render(popup, buf);
        let block = Block::new()
            .borders(super::widgets::sides(self.ctx.borders()))
            .border_style(t.accent)
            .title(Span::styled(crate::t!("help-keys-title"), t.title))
            .title_bottom(Line::styled(close_line, t.dim).right_aligned())
            .padding(Padding::horizontal(1));
        // The help is what is read now: the cursor at its first key, over
        // whatever the screen beneath had it on.
        let inner = block.inner(popup);
        self.ctx.cursor.set(Some(Position {
            x: inner.x,
            y: inner.y,
        }));
        Paragraph::new(lines).block(block).render(popup, buf);
    }
}
