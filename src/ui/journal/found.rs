//! The journal while finding: the search box, the filter chips, the entries
//! found with their matches highlighted, and the highlighting of an opened
//! entry. Pure drawing: the results come from `workbook::journal::Find`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::super::Ctx;
use super::super::widgets::{Rows, inset, para, render_shown, window};
use crate::model::Entry;
use crate::search::Query;
use crate::text;
use crate::workbook::filters::Chip;
use crate::workbook::{Find, JournalView};

/// How a match is marked: bold and underlined, so it shows without colour
/// and on the reversed selected row too.
fn mark(base: Style, theme: &crate::ui::theme::Theme) -> Style {
    base.patch(theme.accent)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// The chips on one row: "1 all strategies  2 all kinds  …"; a chip that
/// is set is drawn in the accent, the others dim.
pub(super) fn chips(ctx: &Ctx, find: &Find, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let filters = find.filters();
    let width = usize::from(area.width);
    // Every chip but the strategy's is short; the strategy gets what is left.
    let others: usize = Chip::ALL[1..]
        .iter()
        .map(|c| filters.label(*c, ctx.seen.content).width() + 4)
        .sum();
    let mut spans = Vec::new();
    for chip in Chip::ALL {
        let mut label = filters.label(chip, ctx.seen.content);
        if chip == Chip::Strategy {
            label = text::one_line(&label, width.saturating_sub(others + 2).max(6));
        }
        let style = if filters.is_set(chip) {
            t.accent
        } else {
            t.dim
        };
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(format!("{} ", chip.key()), t.accent));
        spans.push(Span::styled(label, style));
    }
    Line::from(spans).render(area, buf);
}

/// The search box's row: "Search: words▏" and how many were found; with
/// locked entries, a second row says they wait for unlocking.
fn search_rows(ctx: &Ctx, find: &Find, found: usize, rows: &mut Rows, buf: &mut Buffer) {
    let t = ctx.theme;
    let area = rows.take(1);
    let typed = text::printable(find.text()).replace('\n', " ");
    // While the words are still being folded, what is folded so far.
    let count = if find.query().is_empty() {
        String::new()
    } else {
        let looking = if find.looking() { "yes" } else { "no" };
        crate::t!("search-count", n = found, looking = looking)
    };
    let label = crate::t!("search-label");
    let label_width = label.width();
    let room = usize::from(area.width).saturating_sub(label_width + count.width() + 2);
    // The end of what was typed shows when it is longer than the box.
    let shown = tail(&typed, room);
    let style = if find.typing() {
        t.accent
    } else {
        Style::new()
    };
    let line = Line::from(vec![
        Span::styled(label, t.title),
        Span::styled(shown.clone(), style),
    ]);
    line.render(area, buf);
    Line::styled(count, t.dim).right_aligned().render(area, buf);
    if find.typing() {
        let x = area.x + u16::try_from(label_width + shown.width()).unwrap_or(0);
        ctx.cursor.set(Some(Position {
            x: x.min(area.right().saturating_sub(1)),
            y: area.y,
        }));
    }
    let locked = find.locked();
    if locked > 0 {
        let note = crate::t!(
            "search-locked",
            protect = crate::say!(Home, Protect),
            n = locked
        );
        Paragraph::new(para(&note, area.width, t.dim)).render(rows.take(1), buf);
    }
}

/// The last graphemes of `s` that fit in `width` columns.
fn tail(s: &str, width: usize) -> String {
    let mut used = 0;
    let mut start = s.len();
    for (at, g) in s.grapheme_indices(true).rev() {
        used += g.width();
        if used > width {
            break;
        }
        start = at;
    }
    s[start..].to_string()
}

/// The list while finding: search box, chips, then the entries found.
pub(super) fn list(ctx: &Ctx, j: &JournalView, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let find = &j.find;
    let store = ctx.seen.store;
    let total = find.len();
    let mut rows = Rows::new(inset(area));
    if find.typing() || !find.query().is_empty() {
        search_rows(ctx, find, total, &mut rows, buf);
    }
    chips(ctx, find, rows.take(1), buf);
    rows.take(1);
    let width = rows.area.width;
    if total == 0 {
        let msg = match (find.query().is_empty(), find.filters().is_empty()) {
            (true, _) => crate::t!("search-none-filters"),
            (false, true) => {
                crate::t!("search-none-words", back = crate::say!(JournalSearch, Back))
            }
            (false, false) => crate::t!("search-none-both"),
        };
        Paragraph::new(para(&msg, width, t.dim)).render(rows.rest(), buf);
        return;
    }
    let selected = j.selected.min(total - 1);
    let query = find.query();
    let detail = find
        .entry(store, selected)
        .filter(|e| !e.heading.trim().is_empty())
        .map(|e| {
            highlight(
                para(&e.heading, width.saturating_sub(2), t.dim),
                &e.heading,
                query,
                t,
            )
        })
        .unwrap_or_default();
    let detail_rows = detail.len().min(3);
    let list_rows = usize::from(rows.left()).saturating_sub(detail_rows + 1);
    let list_area = rows.take(total.min(list_rows));
    let shown = window(
        &(selected..selected + 1),
        total,
        usize::from(list_area.height),
    );
    // Only the rows that show are looked up, measured and made.
    let entries: Vec<(usize, &Entry)> = shown
        .rows
        .clone()
        .filter_map(|i| find.entry(store, i).map(|e| (i, e)))
        .collect();
    let title_w = super::widest_title(ctx, entries.iter().map(|(_, e)| *e));
    let lines: Vec<Line> = entries
        .iter()
        .map(|&(i, e)| row(ctx, e, query, title_w, i == selected, width))
        .collect();
    render_shown(lines, &shown, list_area, buf);
    if detail_rows > 0 {
        rows.take(1);
        let area = rows.take(detail_rows);
        let indented: Vec<Line> = detail.into_iter().map(|l| super::indent(l, "  ")).collect();
        Paragraph::new(indented).render(area, buf);
    }
}

/// "› 1 Mar 2026 20:00 · Sincere apology · …words around the match…  shared"
fn row(
    ctx: &Ctx,
    e: &Entry,
    query: &Query,
    title_w: usize,
    selected: bool,
    width: u16,
) -> Line<'static> {
    let t = ctx.theme;
    let gutter = if selected { "› " } else { "  " };
    let date = format!("{:>17}", ctx.date_time(&e.created));
    let title = text::one_line(&super::strategy_title(ctx, e), title_w);
    let title = format!(
        "{title}{}",
        " ".repeat(title_w.saturating_sub(title.width()))
    );
    // A partner's shared entry says whose it is.
    let tag = match ctx.seen.me {
        Some(me) if e.author != me => crate::t!(
            "search-from",
            name = ctx.seen.store.partner(e.author).map_or_else(
                || crate::t!("journal-shared-with-partner").to_lowercase(),
                |p| p.name.clone()
            )
        ),
        _ => crate::t!(
            "reach",
            reach = crate::privacy::reach(ctx.seen.content, e).label()
        ),
    };
    let fixed = gutter.width() + date.width() + 3 + title_w + 3 + 2 + tag.width();
    let room = usize::from(width).saturating_sub(fixed);
    let body = &ctx.seen.readable_text(&e.body);
    let base = if selected { t.selected } else { Style::new() };
    let words = snippet_of_entry(body, &query.ranges(body), room);
    let used: usize = words.iter().map(|(w, _)| w.width()).sum();
    let soft = |s: Style| if selected { t.selected } else { s };
    let mut spans = vec![
        Span::styled(gutter, base),
        Span::styled(date, soft(t.dim)),
        Span::styled(" · ", soft(t.dim)),
        Span::styled(title, base),
        Span::styled(" · ", soft(t.dim)),
    ];
    for (w, hit) in words {
        spans.push(Span::styled(w, if hit { mark(base, t) } else { base }));
    }
    spans.push(Span::styled(
        " ".repeat(room.saturating_sub(used) + 2),
        base,
    ));
    spans.push(Span::styled(tag, soft(t.accent)));
    Line::from(spans)
}

/// [`snippet`] of an entry's text, without the `# ` that marks a title
/// line (the journal shows a title without it too).
fn snippet_of_entry(
    body: &str,
    ranges: &[std::ops::Range<usize>],
    room: usize,
) -> Vec<(String, bool)> {
    const MARK: &str = "# ";
    if crate::workbook::title_of(body).is_none() {
        return snippet(body, ranges, room);
    }
    let Some(rest) = body.strip_prefix(MARK) else {
        return snippet(body, ranges, room);
    };
    let shifted: Vec<_> = ranges
        .iter()
        .filter(|r| r.end > MARK.len())
        .map(|r| r.start.saturating_sub(MARK.len())..r.end - MARK.len())
        .collect();
    snippet(rest, &shifted, room)
}

/// About `room` columns of `text` on one line, starting a little before the
/// first match so it shows: pieces of text, each marked as a match or not.
/// Line breaks become spaces, and nothing is cut inside a grapheme.
pub(crate) fn snippet(
    text: &str,
    ranges: &[std::ops::Range<usize>],
    room: usize,
) -> Vec<(String, bool)> {
    let graphemes: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
    let first = ranges
        .first()
        .and_then(|r| graphemes.iter().position(|(at, _)| *at >= r.start))
        .unwrap_or(0);
    // From the start when the first match fits as it is; else so that the
    // match begins about a quarter of the way in.
    let to_end = ranges.first().map_or(0, |r| {
        graphemes
            .iter()
            .take_while(|(at, _)| *at < r.end)
            .map(|(_, g)| g.width())
            .sum()
    });
    let mut start = if to_end + 2 <= room { 0 } else { first };
    let mut lead = 0;
    while start > 0 && lead + graphemes[start - 1].1.width() <= room / 4 {
        start -= 1;
        lead += graphemes[start].1.width();
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut used = 0;
    let push = |s: &str, hit: bool, out: &mut Vec<(String, bool)>| match out.last_mut() {
        Some((last, h)) if *h == hit => last.push_str(s),
        _ => out.push((s.to_string(), hit)),
    };
    if start > 0 && room > 1 {
        push("…", false, &mut out);
        used += 1;
    }
    let mut r = ranges.iter().peekable();
    for (i, &(at, g)) in graphemes.iter().enumerate().skip(start) {
        let g: std::borrow::Cow<str> = if g.chars().any(char::is_control) {
            " ".into()
        } else {
            g.into()
        };
        let w = g.width();
        let more = i + 1 < graphemes.len();
        if used + w + usize::from(more) > room {
            if room > used {
                push("…", false, &mut out);
            }
            break;
        }
        while r.peek().is_some_and(|r| r.end <= at) {
            r.next();
        }
        let hit = r.peek().is_some_and(|r| r.start <= at);
        push(&g, hit, &mut out);
        used += w;
    }
    out
}

/// `lines` (`text` wrapped, as `para` makes them) with the matches of
/// `query` marked. A line that cannot be found in `text` as written (its
/// control characters were made visible) is left as it is.
pub(super) fn highlight(
    lines: Vec<Line<'static>>,
    text: &str,
    query: &Query,
    theme: &crate::ui::theme::Theme,
) -> Vec<Line<'static>> {
    let ranges = query.ranges(text);
    if ranges.is_empty() {
        return lines;
    }
    let mut from = 0;
    lines
        .into_iter()
        .map(|line| {
            let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            if shown.is_empty() {
                return line;
            }
            let Some(found) = text.get(from..).and_then(|rest| rest.find(&shown)) else {
                return line;
            };
            let start = from + found;
            let end = start + shown.len();
            from = end;
            let base = line.spans.first().map_or(Style::new(), |s| s.style);
            let mut spans = Vec::new();
            let mut at = start;
            for r in ranges.iter().filter(|r| r.end > start && r.start < end) {
                let a = r.start.max(start);
                let b = r.end.min(end);
                if a > at {
                    spans.push(Span::styled(text[at..a].to_string(), base));
                }
                spans.push(Span::styled(text[a..b].to_string(), mark(base, theme)));
                at = b;
            }
            if at < end {
                spans.push(Span::styled(text[at..end].to_string(), base));
            }
            Line::from(spans).style(line.style)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, q: &str, room: usize) -> String {
        snippet(text, &Query::new(q).ranges(text), room)
            .into_iter()
            .map(|(s, hit)| if hit { format!("[{s}]") } else { s })
            .collect()
    }

    #[test]
    fn a_titled_entrys_snippet_shows_no_raw_title_mark() {
        let text = "# Dinner\nWe talked about the phone.";
        let q = Query::new("phone");
        let words = snippet_of_entry(text, &q.ranges(text), 60);
        let shown: String = words.iter().map(|(w, _)| w.as_str()).collect();
        assert!(shown.starts_with("Dinner"), "{shown:?}");
        assert!(!shown.contains('#'), "{shown:?}");
        let hit: String = words
            .iter()
            .filter(|(_, hit)| *hit)
            .map(|(w, _)| w.as_str())
            .collect();
        assert_eq!(hit, "phone", "the match is still marked");
    }

    #[test]
    fn a_snippet_shows_the_match_even_far_into_the_text() {
        let text = format!("{}the walk we took.", "words ".repeat(40));
        let s = marked(&text, "WALK", 30);
        assert!(s.contains("[walk]"), "{s}");
        assert!(s.starts_with('…'), "{s}");
        assert!(s.width() <= 32, "{s}");
    }

    #[test]
    fn a_snippet_keeps_wide_letters_and_breaks_whole() {
        for room in 0..30 {
            let s = snippet(
                "今日は\n散歩した。散歩は良い",
                &Query::new("散歩").ranges("今日は\n散歩した。散歩は良い"),
                room,
            );
            let width: usize = s.iter().map(|(w, _)| w.width()).sum();
            assert!(width <= room.max(1), "{room}: {s:?}");
            assert!(s.iter().all(|(w, _)| !w.contains('\n')));
        }
    }
}
