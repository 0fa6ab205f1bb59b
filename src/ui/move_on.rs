//! "When is it time to move on?": a private checklist between an
//! introduction and a closing note. When both notes do not fit, the closing
//! one takes the introduction's place once the last item is reached.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use super::widgets::{Rows, inset, para, render_window, row_line};
use crate::text;
use crate::workbook::ListView;
use crate::workbook::kind;

/// The fewest rows the list keeps while a note is shown whole.
const LIST_MIN: usize = 4;

pub(super) struct MoveOnView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
}

impl Widget for &MoveOnView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, seen) = (self.ctx.theme, self.ctx.seen);
        let mo = &seen.content.move_on;
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        let selected = self.list.selected.min(mo.signs.len().saturating_sub(1));
        let ticked = |id: &str| seen.partner().is_some_and(|p| p.move_on.contains(id));

        // The signs, "[x] text" with a hanging indent.
        let mut lines = Vec::new();
        let mut sel = 0..0;
        for (i, sign) in mo.signs.iter().enumerate() {
            let is_sel = i == selected;
            let start = lines.len();
            let tick = if ticked(&sign.id) { "[x] " } else { "[ ] " };
            let wrapped = text::wrap(&sign.text, usize::from(width.saturating_sub(6)));
            for (n, row) in wrapped.into_iter().enumerate() {
                let gutter = match (n, is_sel) {
                    (0, true) => format!("› {tick}"),
                    (0, false) => format!("  {tick}"),
                    _ => "      ".to_string(),
                };
                lines.push(row_line(&gutter, row, width, is_sel.then_some(t.selected)));
            }
            if is_sel {
                sel = start..lines.len();
            }
        }

        let intro = para(&mo.intro, width, Style::new());
        let closing = para(&mo.closing, width, Style::new());
        let private = crate::t!("move-on-private");
        // Below the notes: a gap, the list, a gap, the private line.
        let fixed = lines.len() + 3;
        let room = usize::from(rows.left()).saturating_sub(fixed);
        let fits = 1 + intro.len() + 2 + closing.len() <= room;
        let last = selected + 1 == mo.signs.len();
        let (mut head, tail) = if fits {
            (intro, closing)
        } else if last {
            (closing, Vec::new())
        } else {
            (intro, Vec::new())
        };
        // When the notes take turns, the list stays where it is. A note is
        // read whole: the list gives way (and scrolls) down to a few rows
        // before a note is cut.
        let slot = if fits {
            1 + head.len()
        } else {
            let both = para(&mo.intro, width, Style::new())
                .len()
                .max(para(&mo.closing, width, Style::new()).len());
            let list_min = lines.len().min(LIST_MIN);
            let most = usize::from(rows.left()).saturating_sub(list_min + 3);
            (both + 1).min(most.max(room))
        };
        if slot > head.len() {
            // A blank row under the header, as on the other screens.
            head.insert(0, Line::default());
        }
        Paragraph::new(head).render(rows.take(slot), buf);
        rows.take(1);
        // The gap and the private line stay below the list.
        let list = rows.take(lines.len().min(usize::from(rows.left()).saturating_sub(2)));
        render_window(lines, &sel, list, buf);
        rows.take(1);
        let private = if fits || last {
            private.clone()
        } else {
            crate::t!("move-on-closing-later", private = private.as_str())
        };
        let mut foot = para(&private, width, t.dim);
        if !tail.is_empty() {
            foot.push(Line::default());
            foot.extend(tail);
        }
        Paragraph::new(foot).render(rows.rest(), buf);
    }
}

impl View for kind::MoveOn {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-move-on")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&MoveOnView { ctx, list: state }).render(area, buf);
    }
}
