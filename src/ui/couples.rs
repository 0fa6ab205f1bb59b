//! The cover between two partners, and the shared view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use super::widgets::{Rows, TextBox, boxed, choices, inset, para, render_window};
use crate::model::PartnerId;
use crate::privacy;
use crate::text;
use crate::workbook::ListView;
use crate::workbook::kind;

/// "Hand the keyboard to Sam": the next person's name and nothing else.
pub(super) struct CoverView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub next: PartnerId,
}

impl Widget for &CoverView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let name = self
            .ctx
            .seen
            .store
            .partner(self.next)
            .map(|p| text::one_line(&p.name, 40))
            .unwrap_or_default();
        cover(self.ctx, &name, area, buf);
    }
}

/// The plain hand-over screen: only who is next, nothing of the person
/// before. Pass the keyboard's, and the one before a joining person's
/// welcome and safety check (`ui/welcome.rs`).
pub(super) fn cover(ctx: &Ctx, name: &str, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let width = area.width.saturating_sub(8).min(60);
    let mut lines = para(&crate::t!("cover-hand-to", name = name), width, t.title);
    lines.push(Line::default());
    lines.extend(para(
        &crate::t!(
            "cover-press-enter",
            open = crate::say!(Cover, Select),
            name = name
        ),
        width,
        t.dim,
    ));
    let height = lines.len() as u16;
    let box_ = super::centered(area, width, height);
    Paragraph::new(lines).centered().render(box_, buf);
}

/// Both partners' shared entries: "1 Mar 2026 · Alex · first words", the
/// selected one's text below.
pub(super) struct SharedView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
}

impl Widget for &SharedView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, seen) = (self.ctx.theme, self.ctx.seen);
        let Some(me) = seen.me else { return };
        let entries = privacy::shared_entries(seen.store, me);
        let mut rows = Rows::new(area);
        rows.take(1);
        if entries.is_empty() {
            let msg = crate::t!("shared-nothing", share = crate::say!(JournalList, Toggle));
            Paragraph::new(para(&msg, inset(rows.area).width, t.dim))
                .render(inset(rows.rest()), buf);
            return;
        }
        let selected = self.list.selected.min(entries.len() - 1);
        let author = |id: PartnerId| {
            if id == me {
                crate::t!("shared-you")
            } else {
                seen.store
                    .partner(id)
                    .map_or(crate::t!("shared-former"), |p| text::one_line(&p.name, 20))
            }
        };
        let room = usize::from(rows.left().saturating_sub(9));
        // Labels only for the entries that can show: a screenful either side
        // of the selection (every label is at least one line), which scrolls
        // exactly as the whole list would.
        let near = selected.saturating_sub(room)..(selected + room + 1).min(entries.len());
        let counts = privacy::reply_counts(seen.store, me);
        let labels: Vec<String> = entries[near.clone()]
            .iter()
            .map(|e| {
                let replies = counts.get(&e.id).copied().unwrap_or(0);
                let head = format!(
                    "{} · {}{} · ",
                    self.ctx.date_time(&e.created),
                    author(e.author),
                    match replies {
                        0 => String::new(),
                        n => crate::t!("shared-replies", n = n),
                    }
                );
                let room = 60usize.saturating_sub(head.chars().count());
                let shown = seen.readable_text(&e.body);
                let (title, words) = super::journal::title_and_words(e, &shown);
                format!("{head}{}", text::one_line(title.unwrap_or(words), room))
            })
            .collect();
        let (lines, sel) = choices(
            &labels,
            Some(selected - near.start),
            area.width.saturating_sub(4),
            t,
        );
        let list = inset(rows.take(lines.len().min(room.max(1))));
        render_window(lines, &sel, list, buf);
        rows.take(1);
        let Some(e) = entries.get(selected) else {
            return;
        };
        let width = TextBox::text_width(area.width);
        let mut body = Vec::new();
        let shown = seen.readable_text(&e.body);
        let (title, words) = super::journal::title_and_words(e, &shown);
        if let Some(title) = title {
            body.extend(para(title, width, t.title));
            body.push(Line::default());
        } else if !e.heading.trim().is_empty() {
            body.extend(para(&e.heading, width, t.dim));
            body.push(Line::default());
        }
        body.extend(para(words, width, Style::new()));
        body.extend(super::journal::replies::under(self.ctx, e, width));
        let title = if e.author == me {
            crate::t!("shared-by-you")
        } else {
            crate::t!(
                "shared-by",
                reply = crate::say!(Shared, Reply),
                name = author(e.author)
            )
        };
        TextBox {
            title,
            lines: body,
            scroll: self.list.scroll,
            theme: t,
            borders: self.ctx.borders(),
        }
        .render(boxed(rows.rest()), buf);
    }
}

impl View for kind::Cover {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-pass-keyboard")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&CoverView { ctx, next: *state }).render(area, buf);
    }
}

impl View for kind::Shared {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-shared")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&SharedView { ctx, list: state }).render(area, buf);
    }
}

impl View for kind::Neutral {
    fn title(_: &Self::State, _: &Ctx) -> String {
        String::new()
    }

    fn draw(_: &Self::State, _: &Ctx, _: Rect, _: &mut Buffer) {
        // Nothing at all: no name, no title, no keys.
    }
}
