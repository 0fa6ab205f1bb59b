//! The journal: every entry of the person at the keyboard, newest first;
//! one entry to read; the editor; the question before deleting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::widgets::{EditorBox, Rows, TextBox, boxed, date_as, inset, para, render_shown, window};
use crate::keymap::{self, Context};
use crate::model::{Entry, EntryId, EntryKind};
use crate::text;
use crate::workbook::{DraftTarget, JournalMode, JournalView};

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
            ctx.wb
                .active()
                .map(|me| ctx.wb.store().entries_by(me))
                .unwrap_or_default()
        };
        let finding = self.j.find.active();
        match &self.j.mode {
            JournalMode::List if finding => found::list(ctx, self.j, area, buf),
            JournalMode::List => {
                let entries = entries();
                list(ctx, &entries, self.j.selected, area, buf);
                if !entries.is_empty() {
                    found::chips(
                        ctx,
                        &self.j.find,
                        inset(area).rows().next().unwrap_or_default(),
                        buf,
                    );
                }
            }
            JournalMode::Read { entry, scroll } => {
                if let Some(e) = ctx.wb.store().entry(*entry) {
                    read(ctx, e, *scroll, self.j.find.query(), area, buf);
                }
            }
            JournalMode::Edit(editor) | JournalMode::Draft(editor) => {
                let focused = matches!(self.j.mode, JournalMode::Edit(_));
                let mut rows = Rows::new(area);
                rows.take(1);
                let mut title = "Editing".to_string();
                if let DraftTarget::EditEntry { entry } = &editor.target
                    && let Some(e) = ctx.wb.store().entry(*entry)
                {
                    heading(ctx, e, &mut rows, buf);
                    title = format!(
                        "Editing ({})",
                        crate::privacy::reach(ctx.wb.content(), e).label()
                    );
                }
                let note = match (focused, editor.is_changed()) {
                    (false, _) => Some("not saved yet · Enter to go on writing"),
                    (true, true) => Some("not saved yet"),
                    (true, false) => None,
                };
                EditorBox {
                    area: &editor.area,
                    title: &title,
                    note,
                    focused,
                    padded: true,
                }
                .render(ctx, boxed(rows.rest()), buf);
            }
            JournalMode::ConfirmDelete { entry } => {
                if finding {
                    found::list(ctx, self.j, area, buf);
                } else {
                    list(ctx, &entries(), self.j.selected, area, buf);
                }
                confirm(ctx, *entry, area, buf);
            }
        }
    }
}

/// The strategy an entry belongs to, by its title.
fn strategy_title<'a>(ctx: &Ctx<'a>, e: &Entry) -> &'a str {
    e.kind
        .strategy()
        .and_then(|id| ctx.wb.content().strategy(id))
        .map_or("Journal", |s| s.title.as_str())
}

fn list(ctx: &Ctx, entries: &[&Entry], selected: usize, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let mut rows = Rows::new(inset(area));
    rows.take(1);
    let width = rows.area.width;
    if entries.is_empty() {
        let msg = "No entries yet. Answers you save in a strategy appear here.";
        Paragraph::new(para(msg, width, t.dim)).render(rows.rest(), buf);
        return;
    }
    let selected = selected.min(entries.len() - 1);
    let title_w = entries
        .iter()
        .map(|e| strategy_title(ctx, e).width())
        .max()
        .unwrap_or(0)
        .min(24);
    // Under the list: what the selected entry answers.
    let detail = entries
        .get(selected)
        .filter(|e| !e.heading.trim().is_empty())
        .map(|e| {
            let label = match e.kind {
                EntryKind::Reflection { .. } => "Prompt: ",
                EntryKind::Review { .. } => "Review: ",
                EntryKind::Free { .. } => "",
            };
            para(
                &format!("{label}{}", e.heading),
                width.saturating_sub(2),
                t.dim,
            )
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
        .map(|i| {
            row(
                ctx,
                entries[i],
                strategy_title(ctx, entries[i]),
                title_w,
                i == selected,
                width,
            )
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
    let date = format!(
        "{:>11} {}",
        date_as(&e.created, &ctx.wb.config().date_format),
        e.created.format("%H:%M")
    );
    let title = text::one_line(title, title_w);
    let title = format!(
        "{title}{}",
        " ".repeat(title_w.saturating_sub(title.width()))
    );
    let tag = crate::privacy::reach(ctx.wb.content(), e).label();
    let fixed = gutter.width() + date.width() + 3 + title_w + 3 + 2 + tag.width();
    let room = usize::from(width).saturating_sub(fixed);
    let words = text::one_line(ctx.wb.readable_text(&e.body), room);
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
    let mut lines = para(&e.heading, width, t.title);
    let mut meta = format!(
        "{} · {} · {}",
        date_as(&e.created, &ctx.wb.config().date_format),
        strategy_title(ctx, e),
        crate::privacy::reach(ctx.wb.content(), e).label()
    );
    if e.updated.date_naive() != e.created.date_naive() {
        meta.push_str(&format!(
            " · edited {}",
            date_as(&e.updated, &ctx.wb.config().date_format)
        ));
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
    let text = TextBox {
        title: "Your words".into(),
        lines: found::highlight(
            para(ctx.wb.readable_text(&e.body), width, Style::new()),
            ctx.wb.readable_text(&e.body),
            query,
            ctx.theme,
        ),
        scroll,
        theme: ctx.theme,
    };
    let area = boxed(rows.rest());
    // The box's borders take two rows; what is left is the text's window.
    let limit = text
        .lines
        .len()
        .saturating_sub(usize::from(area.height.saturating_sub(2)));
    ctx.wb
        .set_reading_limit(u16::try_from(limit).unwrap_or(u16::MAX));
    text.render(area, buf);
}

/// "Delete this entry? It cannot be undone.", over the list.
fn confirm(ctx: &Ctx, entry: EntryId, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let words = ctx
        .wb
        .store()
        .entry(entry)
        .map(|e| text::one_line(ctx.wb.readable_text(&e.body), 44))
        .unwrap_or_default();
    let keys: Vec<String> = keymap::hints(Context::Confirm)
        .map(|(k, h)| format!("{k} {h}"))
        .collect();
    let lines = vec![
        Line::styled("Delete this entry? It cannot be undone.", t.title),
        Line::styled(format!("“{words}”"), t.dim),
        Line::default(),
        Line::styled(keys.join(" · "), t.accent),
    ];
    let popup = super::centered(area, 52, lines.len() as u16 + 2);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .centered()
        .block(
            Block::new()
                .borders(Borders::ALL)
                .border_style(t.accent)
                .padding(Padding::horizontal(1)),
        )
        .render(popup, buf);
}
