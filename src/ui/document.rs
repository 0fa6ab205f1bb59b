//! The FAQ, the foundations, and help and safety: a list of titles with the
//! selected one's text in a scrollable box below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::View;
use super::widgets::{Rows, TextBox, boxed, choices, inset, para, render_window};
use crate::workbook::ListView;
use crate::workbook::kind;

pub(super) struct DocumentView<'a> {
    ctx: &'a Ctx<'a>,
    list: &'a ListView,
    /// Each item's title and text.
    items: Vec<(String, Vec<Line<'static>>)>,
}

/// Which of the three documents is drawn.
#[derive(Clone, Copy)]
enum Document {
    Faq,
    Foundations,
    Safety,
}

impl<'a> DocumentView<'a> {
    fn new(ctx: &'a Ctx<'a>, list: &'a ListView, document: Document) -> Self {
        let c = ctx.seen.content;
        let width = TextBox::text_width(ctx.width);
        let plain = Style::new();
        let items = match document {
            Document::Faq => c
                .faq
                .iter()
                .map(|q| (q.question.clone(), para(&q.answer, width, plain)))
                .collect(),
            Document::Foundations => c
                .foundations
                .sections
                .iter()
                .map(|s| (s.title.clone(), para(&s.body, width, plain)))
                .collect(),
            Document::Safety => {
                let blocks = crate::workbook::safety_check::with_retake(
                    ctx.seen,
                    crate::workbook::helplines::page(c, ctx.seen.help_country().as_deref()),
                );
                let lines = super::welcome::help_lines(&blocks, width, ctx.theme);
                vec![(crate::t!("help-where-to-turn-box"), lines)]
            }
        };
        DocumentView { ctx, list, items }
    }
}

impl Widget for &DocumentView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let selected = self.list.selected.min(self.items.len().saturating_sub(1));
        let mut rows = Rows::new(area);
        rows.take(1);
        if self.items.len() > 1 {
            let titles: Vec<String> = self.items.iter().map(|(title, _)| title.clone()).collect();
            let (lines, sel) = choices(&titles, Some(selected), area.width.saturating_sub(4), t);
            // Leave the text box at least eight rows.
            let room = usize::from(rows.left().saturating_sub(9));
            let list = inset(rows.take(lines.len().min(room.max(1))));
            render_window(lines, &sel, list, buf);
            rows.take(1);
        }
        let Some((title, lines)) = self.items.get(selected) else {
            return;
        };
        // Scrolled no further than its last line at the top of the box.
        self.ctx
            .seen
            .record_scroll_limit(u16::try_from(lines.len().saturating_sub(1)).unwrap_or(u16::MAX));
        let text = TextBox {
            title: title.clone(),
            lines: lines.clone(),
            scroll: self.list.scroll,
            theme: t,
            borders: self.ctx.borders(),
        };
        let pane = boxed(rows.rest());
        if self.items.len() == 1 {
            // Nothing to choose: the text is what is read.
            self.ctx.reading_from(text.text_start(pane));
        }
        text.render(pane, buf);
    }
}

impl View for kind::Faq {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-faq")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&DocumentView::new(ctx, state, Document::Faq)).render(area, buf);
    }
}

impl View for kind::Foundations {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-foundations")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&DocumentView::new(ctx, state, Document::Foundations)).render(area, buf);
    }
}

impl View for kind::Safety {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-safety")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&DocumentView::new(ctx, state, Document::Safety)).render(area, buf);
    }
}
