//! What is around every screen: the header, the notice line, the footer's
//! key hints, and the message shown instead when the terminal is too small.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{Ctx, MIN_HEIGHT, MIN_WIDTH, Theme};
use crate::keymap;
use crate::text;
use crate::workbook::{NoticeKind, Seen};

/// The most rows a notice may take; a longer one is cut (it is still whole
/// in the state, and the next change replaces it).
const NOTICE_ROWS: usize = 3;

pub(super) struct Chrome<'a> {
    ctx: &'a Ctx<'a>,
    /// The screen's name, as the header shows it.
    title: String,
    header: Rect,
    notice: Rect,
    footer: Rect,
    pub body: Rect,
    notice_lines: Vec<Line<'static>>,
    footer_lines: Vec<Line<'static>>,
}

impl<'a> Chrome<'a> {
    pub(super) fn new(ctx: &'a Ctx<'a>, area: Rect, title: String) -> Self {
        let inner_width = usize::from(area.width.saturating_sub(2));
        let footer_lines = footer_lines(ctx, inner_width);
        let notice_lines = notice_lines(ctx, inner_width);
        let f = footer_lines.len() as u16;
        let n = notice_lines.len() as u16;
        let bottom = area.y + area.height;
        let row = |y: u16, height: u16| Rect {
            x: area.x + 1,
            y,
            width: area.width.saturating_sub(2),
            height,
        };
        let header = row(area.y, 1);
        let footer = row(bottom - f, f);
        let notice = row(bottom - f - n, n);
        let body = Rect {
            x: area.x,
            y: area.y + 1,
            width: area.width,
            height: area.height.saturating_sub(1 + f + n),
        };
        Chrome {
            ctx,
            title,
            header,
            notice,
            footer,
            body,
            notice_lines,
            footer_lines,
        }
    }
}

impl Widget for &Chrome<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let seen = self.ctx.seen;
        let title = &self.title;
        let name = seen
            .partner()
            .map(|p| text::one_line(&p.name, 40))
            .unwrap_or_default();
        // On every screen of a window that cannot save, before anyone types.
        let read_only = if seen.is_read_only() {
            crate::t!("frame-read-only")
        } else {
            String::new()
        };
        let room = usize::from(self.header.width)
            .saturating_sub(name.width() + "trustmend · ".width() + read_only.width() + 2);
        let left = Line::from(vec![
            Span::styled("trustmend", t.title.patch(t.accent)),
            Span::styled(" · ", t.dim),
            Span::styled(text::one_line(title, room), t.title),
            Span::styled(read_only, t.error),
        ]);
        left.render(self.header, buf);
        if !name.is_empty() {
            Line::from(Span::styled(name, t.accent))
                .alignment(Alignment::Right)
                .render(self.header, buf);
        }
        Paragraph::new(self.notice_lines.clone()).render(self.notice, buf);
        Paragraph::new(self.footer_lines.clone()).render(self.footer, buf);
    }
}

/// The notice, wrapped; an error says so in words as well as in colour.
fn notice_lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let Some(notice) = ctx.seen.notice() else {
        return Vec::new();
    };
    let (full, style) = match notice.kind {
        NoticeKind::Error => (
            crate::t!("frame-error", text = notice.text.as_str()),
            t.error,
        ),
        NoticeKind::Info | NoticeKind::Saved => (notice.text.clone(), t.accent),
    };
    let mut lines: Vec<Line> = text::wrap(&full, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    if lines.len() > NOTICE_ROWS {
        lines.truncate(NOTICE_ROWS);
        if let Some(last) = lines.last_mut() {
            let cut = text::one_line(&format!("{last}…"), width);
            *last = Line::styled(cut, style);
        }
    }
    lines
}

/// "Enter open · n next step · ? help", on as many lines as it takes
/// (two at most at 80 columns), breaking only between hints.
fn footer_lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (keys, hint) in footer_hints(ctx.seen.context(), width) {
        let w = keys.width() + 1 + hint.width();
        if used > 0 && used + 3 + w > width {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        if used > 0 {
            spans.push(Span::styled(" · ", t.dim));
            used += 3;
        }
        spans.push(Span::styled(keys, t.accent));
        spans.push(Span::styled(format!(" {hint}"), t.dim));
        used += w;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

/// The hints of a key bar `width` columns wide: the context's own, and F2.
pub(super) fn footer_hints(context: keymap::Context, width: usize) -> Vec<(String, String)> {
    let hints: Vec<_> = keymap::hints(context).map(crate::i18n::key_hint).collect();
    let rows = |hints: &[(String, String)]| {
        let mut rows = 1;
        let mut used = 0;
        for (keys, hint) in hints {
            let w = keys.width() + 1 + hint.width();
            if used > 0 && used + 3 + w > width {
                rows += 1;
                used = 0;
            }
            used += w + if used > 0 { 3 } else { 0 };
        }
        rows
    };
    // F2 on every key bar where it fits without taking a row from the
    // screen, and on a second row while writing (Ctrl+O left that bar for
    // the help) and on short screens; a table that has it keeps its own.
    let calm = crate::i18n::key_hint(keymap::calm_hint());
    let with_calm: Vec<_> = hints.iter().cloned().chain([calm.clone()]).collect();
    let already = matches!(
        context,
        keymap::Context::Calm | keymap::Context::Help | keymap::Context::Neutral
    );
    // Writing, and screens of a question and a few choices (a commitment,
    // how well it was kept, the strategy a new entry belongs to, a
    // questionnaire), have a
    // row to spare (the check-in's note and the search box do not: their
    // lists fill the screen).
    use keymap::Context as C;
    let spare = matches!(
        context,
        C::Editor
            | C::Passphrase
            | C::WelcomeName
            | C::UnsavedFolder
            | C::SafetyCheck
            | C::Choosing
            | C::JournalLink
            | C::Practising
            | C::Done
            | C::Cover
            | C::Picker
            | C::Welcome
            | C::MeasureList
            | C::Measure
            | C::MeasureDone
    );
    let room = rows(&with_calm) == rows(&hints) || (spare && rows(&with_calm) <= 2);
    if !already && !hints.is_empty() && !hints.contains(&calm) && room {
        with_calm
    } else {
        hints
    }
}

/// Shown instead of everything when the terminal is smaller than 80x24:
/// what to do, and the keys that act here (`keymap::TOO_SMALL`). Over the
/// breathing guide, its words and seconds too, and how to leave it.
pub(super) struct TooSmall<'a> {
    pub area: Rect,
    pub theme: &'a Theme,
    pub seen: Seen<'a>,
    /// The breathing guide, when it is the screen under the message.
    pub calm: Option<&'a crate::workbook::CalmView>,
}

impl Widget for TooSmall<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let msg = crate::t!(
            "frame-too-small",
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT,
            width = self.area.width,
            height = self.area.height
        );
        let width = area.width.saturating_sub(2).max(1);
        let wrap = |s: &str| -> Vec<Line<'static>> {
            text::wrap(s, usize::from(width))
                .into_iter()
                .map(Line::from)
                .collect()
        };
        let mut lines: Vec<Line> = Vec::new();
        if let Some(v) = self.calm {
            let now = self.seen.last_seen().unwrap_or(v.started());
            lines.extend(wrap(&super::calm::breath_line(&v.breath(now))));
            lines.push(Line::default());
        }
        lines.extend(wrap(&msg));
        let mut keys: Vec<String> = keymap::TOO_SMALL
            .iter()
            .filter(|bd| !(self.calm.is_some() && bd.action == keymap::Action::Calm))
            .map(|bd| {
                let (keys, hint) = crate::i18n::key_hint((bd.label, bd.hint));
                format!("{keys} {hint}")
            })
            .collect();
        if self.calm.is_some() {
            keys.insert(0, format!("Esc {}", crate::i18n::key_word("back")));
        }
        lines.push(Line::default());
        for k in keys {
            lines.extend(wrap(&k));
        }
        // Too few rows for everything: the keys before the explanation.
        let height = usize::from(area.height);
        if lines.len() > height {
            let cut = lines.len() - height;
            lines.drain(..cut);
        }
        let box_ = super::centered(area, width, lines.len() as u16);
        Paragraph::new(lines)
            .style(self.theme.title)
            .alignment(Alignment::Center)
            .render(box_, buf);
    }
}
