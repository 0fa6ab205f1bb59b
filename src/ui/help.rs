//! The `?` help: every key of the screen underneath, from the same table as
//! the footer, over that screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::keymap::{self, Action, Context};

pub(super) struct HelpView<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let own = keymap::bindings(self.ctx.wb.screen_context());
        // Keys that work anywhere, unless this screen gives them its own use.
        let anywhere = keymap::ANYWHERE.iter().filter(|a| {
            !own.iter()
                .any(|b| b.keys.iter().any(|k| a.keys.contains(k)))
        });
        let mut bindings: Vec<_> = own
            .iter()
            .chain(anywhere)
            .filter(|b| b.action != Action::Quit)
            .collect();
        // Keys that share a line (the digits 0-9) are listed once.
        bindings.dedup_by(|a, b| a.label == b.label && a.hint == b.hint);
        let key_w = bindings.iter().map(|b| b.label.width()).max().unwrap_or(0) + 2;
        let mut lines: Vec<Line> = bindings
            .iter()
            .map(|b| {
                Line::from(vec![
                    Span::styled(format!("{:<key_w$}", b.label), t.accent),
                    Span::raw(b.hint),
                ])
            })
            .collect();
        lines.push(Line::default());
        lines.push(Line::from("Ctrl+C saves and quits from anywhere."));
        lines.push(Line::styled(
            "Nothing here is therapy; see Help and safety on the home screen.",
            t.dim,
        ));
        let close: Vec<String> = keymap::hints(Context::Help)
            .map(|(k, h)| format!("{k}: {h}"))
            .collect();
        let width = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
        let height = lines.len() as u16 + 2;
        let popup = super::centered(area, width, height);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(
                Block::new()
                    .borders(Borders::ALL)
                    .border_style(t.accent)
                    .title(Span::styled(" Keys on this screen ", t.title))
                    .title_bottom(
                        Line::styled(format!(" {} ", close.join(" · ")), t.dim).right_aligned(),
                    )
                    .padding(Padding::horizontal(1)),
            )
            .render(popup, buf);
    }
}
