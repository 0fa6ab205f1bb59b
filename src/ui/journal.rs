//! The journal: every entry of the person at the keyboard, newest first;
//! one entry to read; the editor; the question before deleting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::View;
use super::widgets::{
    EditorBox, Rows, TextBox, boxed, choices, inset, para, render_shown, render_window, window,
};
use crate::keymap::{self, Context};
use crate::model::{EntriesOf, Entry, EntryId, EntryKind};
use crate::text;
use crate::workbook::kind;
use crate::workbook::{DraftTarget, JournalMode, JournalView};

pub(super) mod replies;

mod found;

pub(super) struct JournalScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub j: &'a JournalView,
}

impl Widget for &JournalScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ctx = self.ctx;
        // Only the list needs every entry (not the editor: a keystroke
        // never looks through the journal).
        let entries = || {
            ctx.seen
                .me
                .map(|me| crate::privacy::own_entries(ctx.seen.store, me))
        };
        let finding = self.j.find.active();
        match &self.j.mode {
            JournalMode::List if finding => found::list(ctx, self.j, area, buf),
            JournalMode::List => {
                let entries = entries();
                list(ctx, entries.as_ref(), self.j.selected, area, buf);
                if entries.as_ref().is_some_and(|e| !e.is_empty()) {
                    found::chips(
                        ctx,
                        &self.j.find,
                        inset(area).rows().next().unwrap_or_default(),
                        buf,
                    );
                }
            }
            JournalMode::Read { entry, scroll } => {
                if let Some(e) = ctx.seen.store.entry(*entry) {
                    read(ctx, e, *scroll, self.j.find.query(), area, buf);
                }
            }
            JournalMode::Edit(editor) | JournalMode::Draft(editor) => {
                let focused = matches!(self.j.mode, JournalMode::Edit(_));
                let mut rows = Rows::new(area);
                rows.take(1);
                let mut title = crate::t!("journal-editing");
                match &editor.target {
                    DraftTarget::EditEntry { entry } => {
                        if let Some(e) = ctx.seen.store.entry(*entry) {
                            heading(ctx, e, &mut rows, buf);
                            title = crate::t!(
                                "journal-editing-reach",
                                reach = crate::t!(
                                    "reach",
                                    reach = crate::privacy::reach(ctx.seen.content, e).label()
                                )
                            );
                        }
                    }
                    DraftTarget::NewEntry { strategy } => {
                        let reach = crate::t!(
                            "visibility",
                            visibility = ctx.seen.new_entry_visibility().label()
                        );
                        title = match strategy
                            .as_deref()
                            .and_then(|id| ctx.seen.content.strategy(id))
                        {
                            Some(s) => crate::t!(
                                "journal-new-entry-for",
                                strategy = s.title.as_str(),
                                reach = reach
                            ),
                            None => crate::t!("journal-new-entry", reach = reach),
                        };
                    }
                    DraftTarget::Reply { to } => {
                        title = replies::editing(ctx, *to, &mut rows, buf);
                    }
                    _ => {}
                }
                let note = match (focused, editor.is_changed()) {
                    (false, _) => Some(crate::t!(
                        "editor-not-saved-draft",
                        open = crate::say!(Draft, Edit)
                    )),
                    (true, true) => Some(crate::t!("editor-not-saved")),
                    (true, false) => None,
                };
                EditorBox {
                    area: &editor.area,
                    title: &title,
                    note: note.as_deref(),
                    focused,
                    padded: true,
                }
                .render(ctx, boxed(rows.rest()), buf);
            }
            JournalMode::ConfirmDelete { entry } => {
                if finding {
                    found::list(ctx, self.j, area, buf);
                } else {
                    list(ctx, entries().as_ref(), self.j.selected, area, buf);
                }
                confirm(ctx, *entry, area, buf);
            }
            JournalMode::ConfirmShare { entry, reading } => {
                match (reading, ctx.seen.store.entry(*entry)) {
                    (true, Some(e)) => read(ctx, e, 0, self.j.find.query(), area, buf),
                    _ => list(ctx, entries().as_ref(), self.j.selected, area, buf),
                }
                ask(
                    ctx,
                    &crate::workbook::share_question(ctx.seen.here()),
                    &crate::t!(
                        "journal-share-caution",
                        share = crate::say!(JournalList, Toggle)
                    ),
                    area,
                    buf,
                );
            }
            JournalMode::Link { selected } => link(ctx, *selected, area, buf),
        }
    }
}

/// The strategy an entry belongs to, by its title.
pub(super) fn strategy_title(ctx: &Ctx, e: &Entry) -> String {
    if e.kind.reply_to().is_some() {
        return crate::t!("journal-reply");
    }
    e.kind
        .strategy()
        .and_then(|id| ctx.seen.content.strategy(id))
        .map_or_else(|| crate::t!("title-journal"), |s| s.title.clone())
}

/// The widest column a strategy title is given in the list.
const TITLE_WIDTH: usize = 24;

/// The widest of the entries' strategy titles (up to [`TITLE_WIDTH`]), for
/// the list's column. A title depends only on whether the entry is a reply
/// and on its strategy, so each different one is measured once, not once
/// an entry: the list is drawn on every key, over every entry of a
/// journal that may hold a million.
pub(super) fn widest_title<'e>(ctx: &Ctx, entries: impl IntoIterator<Item = &'e Entry>) -> usize {
    let mut measured: Vec<((bool, Option<&str>), usize)> = Vec::new();
    let mut widest = 0;
    for e in entries {
        let key = e.kind.title_key();
        let width = match measured.iter().find(|(k, _)| *k == key) {
            Some((_, width)) => *width,
            None => {
                let width = strategy_title(ctx, e).width();
                measured.push((key, width));
                width
            }
        };
        widest = widest.max(width);
        if widest >= TITLE_WIDTH {
            break;
        }
    }
    widest.min(TITLE_WIDTH)
}

/// A free entry's title and the words after it (the title line, and one
/// blank line after it, are not repeated in the words).
pub(super) fn title_and_words<'t>(e: &Entry, text: &'t str) -> (Option<&'t str>, &'t str) {
    if !matches!(e.kind, EntryKind::Free { .. }) {
        return (None, text);
    }
    crate::workbook::split_title(text)
}

/// "Which strategy is this entry for?": none first, then each strategy.
fn link(ctx: &Ctx, selected: usize, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let mut rows = Rows::new(inset(area));
    rows.take(1);
    let width = rows.area.width;
    let mut intro = para(&crate::t!("journal-link-intro"), width, t.title);
    intro.extend(para(&crate::t!("journal-link-note"), width, t.dim));
    intro.push(Line::default());
    let n = intro.len();
    Paragraph::new(intro).render(rows.take(n), buf);
    let mut labels = vec![crate::t!("journal-link-none")];
    labels.extend(
        ctx.seen
            .content
            .strategies
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{:>2}. {}", i + 1, s.title)),
    );
    let (lines, sel) = choices(&labels, Some(selected.min(labels.len() - 1)), width, t);
    render_window(lines, &sel, rows.rest(), buf);
}

/// The person's entries, newest first (`None`: nobody at the keyboard),
/// a screenful of them drawn.
fn list(ctx: &Ctx, entries: Option<&EntriesOf>, selected: usize, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let mut rows = Rows::new(inset(area));
    rows.take(1);
    let width = rows.area.width;
    let Some(entries) = entries.filter(|e| !e.is_empty()) else {
        let msg = crate::t!("journal-empty", new = crate::say!(JournalList, NewEntry));
        Paragraph::new(para(&msg, width, t.dim)).render(rows.rest(), buf);
        return;
    };
    let selected = selected.min(entries.len() - 1);
    let title_w = widest_title(ctx, entries.one_of_each_title());
    // Under the list: what the selected entry answers.
    let detail = entries
        .get(selected)
        .filter(|e| !e.heading.trim().is_empty())
        .map(|e| {
            let heading = match e.kind {
                EntryKind::Reflection { .. } => {
                    crate::t!("journal-prompt", heading = e.heading.as_str())
                }
                EntryKind::Review { .. } => {
                    crate::t!("journal-review", heading = e.heading.as_str())
                }
                EntryKind::Free { .. } | EntryKind::Reply { .. } => e.heading.to_string(),
            };
            para(&heading, width.saturating_sub(2), t.dim)
        })
        .unwrap_or_default();
    let detail_rows = detail.len().min(3);
    let list_rows = usize::from(rows.left()).saturating_sub(detail_rows + 1);
    let list_area = rows.take(entries.len().min(list_rows));
    // Only the rows that show are made (one line per entry).
    let shown = window(
        &(selected..selected + 1),
        entries.len(),
        usize::from(list_area.height),
    );
    let lines: Vec<Line> = shown
        .rows
        .clone()
        .filter_map(|i| {
            let e = entries.get(i)?;
            Some(row(
                ctx,
                e,
                &strategy_title(ctx, e),
                title_w,
                i == selected,
                width,
            ))
        })
        .collect();
    render_shown(lines, &shown, list_area, buf);
    if detail_rows > 0 {
        rows.take(1);
        let area = rows.take(detail_rows);
        let indented: Vec<Line> = detail.into_iter().map(|l| indent(l, "  ")).collect();
        Paragraph::new(indented).render(area, buf);
    }
}

fn indent(line: Line<'static>, by: &'static str) -> Line<'static> {
    let mut spans = vec![Span::raw(by)];
    spans.extend(line.spans);
    Line::from(spans).style(line.style)
}

/// "› 1 Mar 2026 · Sincere apology · first words…   private"
fn row(
    ctx: &Ctx,
    e: &Entry,
    title: &str,
    title_w: usize,
    selected: bool,
    width: u16,
) -> Line<'static> {
    let t = ctx.theme;
    let gutter = if selected { "› " } else { "  " };
    // The time too: a day's entries would otherwise look alike.
    let date = format!("{:>17}", ctx.date_time(&e.created));
    let title = text::one_line(title, title_w);
    let title = format!(
        "{title}{}",
        " ".repeat(title_w.saturating_sub(title.width()))
    );
    let tag = crate::privacy::reach(ctx.seen.content, e).label();
    let fixed = gutter.width() + date.width() + 3 + title_w + 3 + 2 + tag.width();
    let room = usize::from(width).saturating_sub(fixed);
    let shown = ctx.seen.readable_text(&e.body);
    let (title_line, rest) = title_and_words(e, &shown);
    let words = text::one_line(title_line.unwrap_or(rest), room);
    let pad = room.saturating_sub(words.width());
    let line = format!(
        "{gutter}{date} · {title} · {words}{}  {tag}",
        " ".repeat(pad)
    );
    if selected {
        Line::styled(line, t.selected)
    } else {
        Line::from(vec![
            Span::raw(gutter),
            Span::styled(date, t.dim),
            Span::styled(" · ", t.dim),
            Span::raw(title),
            Span::styled(" · ", t.dim),
            Span::raw(format!("{words}{}  ", " ".repeat(pad))),
            Span::styled(tag, t.accent),
        ])
    }
}

/// The prompt an entry answers, and when and where it was written.
fn heading(ctx: &Ctx, e: &Entry, rows: &mut Rows, buf: &mut Buffer) {
    let t = ctx.theme;
    let width = inset(rows.area).width;
    let shown = match e.kind.reply_to() {
        Some(to) => replies::answers(ctx, to),
        None => title_and_words(e, &ctx.seen.readable_text(&e.body))
            .0
            .unwrap_or(&e.heading)
            .to_string(),
    };
    let mut lines = para(&shown, width, t.title);
    let mut meta = format!(
        "{} · {} · {}",
        ctx.date_time(&e.created),
        strategy_title(ctx, e),
        crate::t!(
            "reach",
            reach = crate::privacy::reach(ctx.seen.content, e).label()
        )
    );
    if e.updated != e.created {
        meta.push_str(&format!(" · edited {}", ctx.date_time(&e.updated)));
    }
    lines.extend(para(&meta, width, t.dim));
    lines.push(Line::default());
    let n = lines.len();
    Paragraph::new(lines).render(inset(rows.take(n)), buf);
}

fn read(
    ctx: &Ctx,
    e: &Entry,
    scroll: u16,
    query: &crate::search::Query,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut rows = Rows::new(area);
    rows.take(1);
    heading(ctx, e, &mut rows, buf);
    let width = TextBox::text_width(area.width);
    let shown = ctx.seen.readable_text(&e.body);
    let (_, words) = title_and_words(e, &shown);
    let mut lines = found::highlight(para(words, width, Style::new()), words, query, ctx.theme);
    lines.extend(replies::under(ctx, e, width));
    let text = TextBox {
        title: crate::t!("journal-your-words"),
        lines,
        scroll,
        theme: ctx.theme,
        borders: ctx.borders(),
    };
    let area = boxed(rows.rest());
    // The box's borders take two rows; what is left is the text's window.
    let limit = text
        .lines
        .len()
        .saturating_sub(usize::from(area.height.saturating_sub(2)));
    ctx.seen
        .record_scroll_limit(u16::try_from(limit).unwrap_or(u16::MAX));
    text.render(area, buf);
}

/// A yes/no question over the screen, with its keys.
fn ask(ctx: &Ctx, question: &str, note: &str, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let keys: Vec<String> = keymap::hints(Context::Confirm)
        .map(crate::i18n::key_hint)
        .map(|(k, h)| format!("{k} {h}"))
        .collect();
    let mut lines = para(question, 56, t.title);
    lines.extend(para(note, 56, t.dim));
    lines.push(Line::default());
    lines.push(Line::styled(keys.join(" · "), t.accent));
    let popup = super::centered(area, 62, lines.len() as u16 + 2);
    Clear.render(popup, buf);
    popup_question(ctx, lines, popup, buf);
}

/// A question over the screen, in a box (none with `accessible`), with
/// the terminal's cursor on its first line: it is what is read now.
fn popup_question(ctx: &Ctx, lines: Vec<Line<'static>>, popup: Rect, buf: &mut Buffer) {
    let block = Block::new()
        .borders(super::widgets::sides(ctx.borders()))
        .border_style(ctx.theme.accent)
        .padding(Padding::horizontal(1));
    let inner = block.inner(popup);
    ctx.cursor.set(Some(ratatui::layout::Position {
        x: inner.x,
        y: inner.y,
    }));
    Paragraph::new(lines)
        .centered()
        .block(block)
        .render(popup, buf);
}

/// "Delete this entry? It cannot be undone.", over the list.
fn confirm(ctx: &Ctx, entry: EntryId, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let words = ctx
        .seen
        .store
        .entry(entry)
        .map(|e| text::one_line(&ctx.seen.readable_text(&e.body), 44))
        .unwrap_or_default();
    let keys: Vec<String> = keymap::hints(Context::Confirm)
        .map(crate::i18n::key_hint)
        .map(|(k, h)| format!("{k} {h}"))
        .collect();
    let mut lines = vec![
        Line::styled(crate::t!("journal-delete"), t.title),
        Line::styled(format!("“{words}”"), t.dim),
    ];
    // A reply is its writer's words: deleting the entry leaves it with them.
    if let Some(me) = ctx.seen.me
        && crate::privacy::replies_to(ctx.seen.store, me, entry)
            .iter()
            .any(|r| r.author != me)
    {
        lines.extend(para(&crate::t!("journal-delete-replies"), 48, t.dim));
    }
    lines.push(Line::default());
    lines.push(Line::styled(keys.join(" · "), t.accent));
    let popup = super::centered(area, 52, lines.len() as u16 + 2);
    Clear.render(popup, buf);
    popup_question(ctx, lines, popup, buf);
}

impl View for kind::Journal {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-journal")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&JournalScreen { ctx, j: state }).render(area, buf);
    }
}
