//! Pieces the screens share: wrapped paragraphs, a list whose selected row
//! is marked "›" and reversed, a scrollable text box, the editor box.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Widget};
use ratatui_textarea::TextArea;
use unicode_width::UnicodeWidthStr;

use super::{Ctx, Theme};
use crate::model::Timestamp;
use crate::text;

/// The widest a column of text gets: longer lines are hard to read.
pub(super) const MEASURE: u16 = 100;

/// The body less two columns each side: where text that is not in a box
/// goes, no wider than [`MEASURE`].
pub(super) fn inset(area: Rect) -> Rect {
    Rect {
        x: area.x + 2,
        width: area.width.saturating_sub(4).min(MEASURE),
        ..area
    }
}

/// The part of the body a box takes: all of it, up to a box whose text is
/// [`MEASURE`] wide.
pub(super) fn boxed(area: Rect) -> Rect {
    Rect {
        width: area.width.min(MEASURE + 4),
        ..area
    }
}

/// Every date a screen shows goes through these three, in the person's
/// `date_format` (the rule is [`crate::config::Config::date`]), so no
/// screen mixes two ways of writing one.
impl Ctx<'_> {
    /// The day of `t` ("1 Mar 2026").
    pub(crate) fn date(&self, t: &Timestamp) -> String {
        self.seen.config.date(t)
    }

    /// When an entry was written: its day and time ("1 Mar 2026 09:00").
    pub(crate) fn date_time(&self, t: &Timestamp) -> String {
        self.seen.config.date_time(t)
    }

    /// A day without a time (a commitment's start, a due date).
    pub(crate) fn day(&self, d: NaiveDate) -> String {
        self.date(&d.and_time(chrono::NaiveTime::MIN).and_utc().fixed_offset())
    }
}

/// `text` wrapped to `width`, every line in `style`.
pub(super) fn para(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    text::wrap(text, usize::from(width))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// The gutter mark of the selected row of every list (the terminal's
/// cursor is put on it: see `ui::reading_position`).
pub(super) const SELECTED_MARK: &str = "›";

/// Items of a list, each wrapped under a two-column gutter; the selected one
/// is marked "›" and reversed across the whole width, so it shows without
/// colour. Returns the lines and the rows the selected item takes.
pub(super) fn choices(
    items: &[String],
    selected: Option<usize>,
    width: u16,
    theme: &Theme,
) -> (Vec<Line<'static>>, std::ops::Range<usize>) {
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let mut lines = Vec::new();
    let mut range = 0..0;
    for (i, item) in items.iter().enumerate() {
        let is_sel = selected == Some(i);
        let start = lines.len();
        for (n, row) in text::wrap(item, inner).into_iter().enumerate() {
            let gutter = if n == 0 && is_sel { "› " } else { "  " };
            lines.push(row_line(
                gutter,
                row,
                width,
                is_sel.then_some(theme.selected),
            ));
        }
        if is_sel {
            range = start..lines.len();
        }
    }
    (lines, range)
}

/// One row: a gutter and text, padded to `width` when it has a style, so a
/// reversed row reads as a bar.
pub(super) fn row_line(
    gutter: &str,
    row: String,
    width: u16,
    style: Option<Style>,
) -> Line<'static> {
    match style {
        Some(style) => {
            let pad = usize::from(width).saturating_sub(gutter.width() + row.width());
            Line::styled(format!("{gutter}{row}{}", " ".repeat(pad)), style)
        }
        None => Line::from(format!("{gutter}{row}")),
    }
}

/// The first row to show so that `rows` (the selection) is on screen.
pub(super) fn offset_for(rows: &std::ops::Range<usize>, total: usize, height: usize) -> usize {
    if total <= height || height == 0 {
        return 0;
    }
    let max = total - height;
    if rows.end > height {
        (rows.end - height).min(max)
    } else {
        0
    }
}

/// Which rows of a list show in `height` rows with `selection` on screen,
/// and whether a "more above" / "more below" row says what is out of sight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Window {
    /// The list's rows shown.
    pub rows: std::ops::Range<usize>,
    /// The first row of the area says there is more above.
    pub above: bool,
    /// The last row of the area says there is more below.
    pub below: bool,
}

/// Which of `total` one-line rows [`render_window`] shows in `height` rows
/// with `selection` on screen: a long list (a journal of thousands of
/// entries) then builds only those lines. A list that does not fit gives a
/// row at the top or bottom (or both) to say so, so nothing is hidden
/// without a sign.
pub(super) fn window(selection: &std::ops::Range<usize>, total: usize, height: usize) -> Window {
    let fits = |h: usize| {
        let first = offset_for(selection, total, h);
        first..(first + h).min(total)
    };
    if total <= height || height < 3 {
        return Window {
            rows: fits(height),
            above: false,
            below: false,
        };
    }
    let below_only = fits(height - 1);
    if below_only.start == 0 {
        return Window {
            rows: below_only,
            above: false,
            below: true,
        };
    }
    if below_only.end >= total {
        return Window {
            rows: below_only,
            above: true,
            below: false,
        };
    }
    Window {
        rows: fits(height - 2),
        above: true,
        below: true,
    }
}

/// Render `lines` in `area`, scrolled so the `selection` rows show, with a
/// sign where there is more out of sight.
pub(super) fn render_window(
    lines: Vec<Line<'static>>,
    selection: &std::ops::Range<usize>,
    area: Rect,
    buf: &mut Buffer,
) {
    let w = window(selection, lines.len(), usize::from(area.height));
    let shown = lines
        .into_iter()
        .skip(w.rows.start)
        .take(w.rows.len())
        .collect();
    render_shown(shown, &w, area, buf);
}

/// Render the rows of a [`window`] (already cut to `w.rows`) and its signs.
pub(super) fn render_shown(shown: Vec<Line<'static>>, w: &Window, area: Rect, buf: &mut Buffer) {
    let mut rows = Rows::new(area);
    let mark =
        |text: String| Line::styled(text, Style::new().add_modifier(Modifier::DIM)).right_aligned();
    if w.above {
        mark(crate::t!("more-above")).render(rows.take(1), buf);
    }
    let below = if w.below {
        Some(rows.take_bottom(1))
    } else {
        None
    };
    Paragraph::new(shown).render(rows.rest(), buf);
    if let Some(at) = below {
        mark(crate::t!("more-below")).render(at, buf);
    }
}

/// A bordered box of already-wrapped text, scrolled; "↑ more" and "↓ more"
/// on its borders say when there is text out of sight.
pub(super) struct TextBox<'a> {
    pub title: String,
    pub lines: Vec<Line<'static>>,
    pub scroll: u16,
    pub theme: &'a Theme,
    /// False with the `accessible` setting (see [`Ctx::borders`]).
    pub borders: bool,
}

impl Ctx<'_> {
    /// The text being read starts at `at`: the terminal's cursor goes
    /// there, for a screen reader that follows it, unless a text field or
    /// a selected row has it already.
    pub(crate) fn reading_from(&self, at: Position) {
        if self.cursor.get().is_none() {
            self.cursor.set(Some(at));
        }
    }

    /// The `accessible` setting: for a screen reader, one item on a line,
    /// no borders, nothing moving.
    pub(crate) fn accessible(&self) -> bool {
        self.seen.config.accessible
    }

    /// Whether text is drawn in a box: not for a screen reader (the
    /// `accessible` setting), which would read the border characters.
    pub(crate) fn borders(&self) -> bool {
        !self.seen.config.accessible
    }
}

/// A box's borders, or none (see [`Ctx::borders`]).
pub(super) fn sides(borders: bool) -> Borders {
    if borders { Borders::ALL } else { Borders::NONE }
}

impl TextBox<'_> {
    /// The width text must be wrapped to for a box `area_width` wide:
    /// borders and one column of margin each side.
    pub(super) fn text_width(area_width: u16) -> u16 {
        area_width.min(MEASURE + 4).saturating_sub(4).max(1)
    }

    /// The scroll actually shown: never past the last screenful.
    pub(super) fn clamped(&self, height: u16) -> u16 {
        let max = self.lines.len().saturating_sub(usize::from(height));
        self.scroll.min(max as u16)
    }
}

impl TextBox<'_> {
    fn block(&self) -> Block<'static> {
        let t = self.theme;
        let block = Block::new()
            .borders(sides(self.borders))
            .border_style(t.border)
            .padding(Padding::horizontal(1));
        if self.title.is_empty() {
            block
        } else {
            block.title(Span::styled(format!(" {} ", self.title), t.title))
        }
    }

    /// Where its text starts in `area`: the place for the terminal's
    /// cursor on a screen whose text is read (see [`Ctx::reading_from`]).
    pub(super) fn text_start(&self, area: Rect) -> Position {
        let inner = self.block().inner(area);
        Position {
            x: inner.x,
            y: inner.y,
        }
    }
}

impl Widget for TextBox<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let mut block = self.block();
        let inner = block.inner(area);
        let scroll = self.clamped(inner.height);
        if scroll > 0 {
            block =
                block.title_top(Line::styled(crate::t!("box-more-up"), t.accent).right_aligned());
        }
        if usize::from(scroll) + usize::from(inner.height) < self.lines.len() {
            block = block
                .title_bottom(Line::styled(crate::t!("box-more-down"), t.accent).right_aligned());
        }
        block.render(area, buf);
        Paragraph::new(self.lines)
            .scroll((scroll, 0))
            .render(inner, buf);
    }
}

/// A text field in a bordered box: the border is accented while it has the
/// keyboard, and then the terminal's cursor is put where the text's is.
pub(super) struct EditorBox<'a> {
    pub area: &'a TextArea<'static>,
    pub title: &'a str,
    /// Shown on the bottom border (e.g. "not saved yet").
    pub note: Option<&'a str>,
    pub focused: bool,
    pub padded: bool,
}

impl EditorBox<'_> {
    pub(super) fn render(self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let t = ctx.theme;
        let mut block = Block::new()
            .borders(sides(ctx.borders()))
            .border_style(t.border(self.focused))
            .title(Span::styled(format!(" {} ", self.title), t.title));
        if self.padded {
            block = block.padding(Padding::horizontal(1));
        }
        if let Some(note) = self.note {
            block = block.title_bottom(Line::styled(format!(" {note} "), t.dim).right_aligned());
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if !self.focused {
            // Without the keyboard, the field shows no cursor of its own.
            let mut quiet = self.area.clone();
            quiet.set_cursor_style(Style::new());
            quiet.set_cursor_line_style(Style::new());
            quiet.render(inner, buf);
            return;
        }
        self.area.render(inner, buf);
        let screen = self.area.screen_cursor();
        let (top_row, top_col) = self.area.scroll_offset();
        let col = (screen.col as u16).saturating_sub(top_col);
        let row = (screen.row as u16).saturating_sub(top_row);
        if inner.width > 0 && inner.height > 0 {
            ctx.cursor.set(Some(Position {
                x: inner.x + col.min(inner.width - 1),
                y: inner.y + row.min(inner.height - 1),
            }));
        }
    }
}

/// Hands out the rows of an area from the top down, never past its end.
pub(super) struct Rows {
    pub area: Rect,
    pub y: u16,
}

impl Rows {
    pub(super) fn new(area: Rect) -> Rows {
        Rows { area, y: area.y }
    }

    /// The rows not handed out yet.
    pub(super) fn left(&self) -> u16 {
        (self.area.y + self.area.height).saturating_sub(self.y)
    }

    /// The rest of the area.
    pub(super) fn rest(&mut self) -> Rect {
        self.take(usize::from(self.left()))
    }

    /// `rows` from the bottom of what is left.
    pub(super) fn take_bottom(&mut self, rows: usize) -> Rect {
        let h = (rows as u16).min(self.left());
        self.area.height -= h;
        Rect {
            y: self.area.y + self.area.height,
            height: h,
            ..self.area
        }
    }

    pub(super) fn take(&mut self, rows: usize) -> Rect {
        let bottom = self.area.y + self.area.height;
        let h = (rows as u16).min(bottom.saturating_sub(self.y));
        let r = Rect {
            y: self.y,
            height: h,
            ..self.area
        };
        self.y += h;
        r
    }
}
