//! The check-in form: five scales, feelings, body signs, a one-line note, and
//! below them the commitments whose week is up. The focused line is marked
//! "›", a set value is in brackets "[4]", a ticked sign is "[x]": nothing
//! depends on colour.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::View;
use super::widgets::{EditorBox, Rows, inset, para, render_window, row_line};
use crate::text;
use crate::workbook::kind;
use crate::workbook::{CheckInField, CheckInForm, Scale, Seen};

/// The column the values start in, after the labels.
const LABEL: usize = 18;

pub(super) struct CheckInView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub f: &'a CheckInForm,
}

impl Widget for &CheckInView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ctx, t, f) = (self.ctx, self.ctx.theme, self.f);
        let seen = ctx.seen;
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        Line::styled(crate::t!("checkin-intro"), t.dim).render(rows.take(1), buf);
        rows.take(1);
        for s in Scale::ALL {
            scale_line(ctx, f, s).render(rows.take(1), buf);
        }
        rows.take(1);
        let mut signs = tick_lines(
            ctx,
            f,
            &crate::t!("checkin-feelings"),
            CheckInField::Feelings,
            width,
        );
        signs.extend(tick_lines(
            ctx,
            f,
            &crate::t!("checkin-body-signs"),
            CheckInField::BodySigns,
            width,
        ));
        let n = signs.len();
        Paragraph::new(signs).render(rows.take(n), buf);
        rows.take(1);

        let focused = f.focus == CheckInField::Note;
        let note_row = rows.take(3);
        label(ctx, &crate::t!("checkin-note"), focused).render(
            Rect {
                height: 1,
                y: note_row.y + 1,
                ..note_row
            },
            buf,
        );
        let field = Rect {
            x: note_row.x + LABEL as u16,
            width: note_row.width.saturating_sub(LABEL as u16),
            ..note_row
        };
        EditorBox {
            area: &f.note,
            title: &crate::t!("checkin-note-box"),
            note: None,
            focused: focused && !f.confirm_leave,
            padded: true,
        }
        .render(ctx, field, buf);

        if f.confirm_leave {
            let ask = crate::t!(
                "checkin-leave",
                yes = crate::say!(Confirm, Confirm),
                no = crate::say!(Confirm, Cancel)
            );
            Paragraph::new(para(&ask, width, t.error)).render(rows.take(2), buf);
        } else if let Some(error) = &f.error {
            Paragraph::new(para(&format!("! {error}"), width, t.error)).render(rows.take(2), buf);
        } else {
            rows.take(1);
        }
        let reviews = reviews(seen);
        if !reviews.is_empty() {
            Line::styled(crate::t!("checkin-reviews"), t.title).render(rows.take(1), buf);
            // A window over the list, so the one with the keyboard shows
            // even when more are due than fit.
            let mut lines = Vec::new();
            let mut sel_row = 0..0;
            for (i, r) in reviews.iter().enumerate() {
                let sel = f.focus == CheckInField::Review(i);
                let title = seen
                    .content
                    .strategies
                    .get(r.strategy)
                    .map(|s| format!("{}. {}", r.strategy + 1, s.title))
                    .unwrap_or_default();
                let lead = format!(
                    "{}{}: \"",
                    if sel { "› " } else { "  " },
                    text::one_line(&title, 30)
                );
                let tail = format!("\" since {}", ctx.day(r.started));
                let room = usize::from(width).saturating_sub(lead.width() + tail.width());
                let line = format!("{lead}{}{tail}", text::one_line(&r.text, room));
                if sel {
                    sel_row = i..i + 1;
                }
                lines.push(row_line("", line, width, sel.then_some(t.selected)));
            }
            let n = lines.len();
            render_window(lines, &sel_row, rows.take(n), buf);
        }
    }
}

/// The label of a line, marked "›" and reversed when it has the keyboard.
fn label(ctx: &Ctx, name: &str, focused: bool) -> Line<'static> {
    let t = ctx.theme;
    let gutter = if focused { "› " } else { "  " };
    let cell = format!("{gutter}{name:<w$}", w = LABEL - 3);
    Line::from(vec![
        Span::styled(cell, if focused { t.selected } else { t.title }),
        Span::raw(" "),
    ])
}

/// "› Mood             1  2 [3] 4  5    low … good"
fn scale_line(ctx: &Ctx, f: &CheckInForm, s: Scale) -> Line<'static> {
    let t = ctx.theme;
    let focused = f.focus == CheckInField::Scale(s) && !f.confirm_leave;
    let mut spans = label(ctx, &s.label(), focused).spans;
    let (lo, hi) = s.range();
    let value = f.value(s);
    for v in lo..=hi {
        if value == Some(v) {
            spans.push(Span::styled(format!("[{v}]"), t.selected.patch(t.accent)));
        } else {
            let style = if value.is_none() { t.dim } else { Style::new() };
            spans.push(Span::styled(format!(" {v} "), style));
        }
    }
    let (low, high) = s.ends();
    let end = match value {
        Some(_) => format!("   {low} … {high}"),
        None => format!("   {low} … {high}{}", crate::t!("checkin-not-set")),
    };
    spans.push(Span::styled(end, t.dim));
    Line::from(spans)
}

/// "Body signs   [x] Headaches  [ ] Heartburn …", wrapped under the label;
/// the feelings line is drawn the same way.
fn tick_lines(
    ctx: &Ctx,
    f: &CheckInForm,
    name: &str,
    field: CheckInField,
    width: u16,
) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let fd = &ctx.seen.content.foundations;
    let (items, ticked, cursor) = match field {
        CheckInField::Feelings => (&fd.emotions, &f.feelings, f.feeling_cursor),
        _ => (&fd.body_signs, &f.signs, f.sign_cursor),
    };
    let focused = f.focus == field && !f.confirm_leave;
    let room = usize::from(width).saturating_sub(LABEL).max(10);
    if ctx.accessible() {
        return vec![one_tick_line(
            ctx,
            name,
            focused,
            (items, ticked, cursor),
            room,
        )];
    }
    let mut lines = Vec::new();
    let mut spans = label(ctx, name, focused).spans;
    let mut used = 0;
    for (i, sign) in items.iter().enumerate() {
        let tick = if ticked.contains(&sign.id) {
            "[x]"
        } else {
            "[ ]"
        };
        let item = format!("{tick} {}", text::one_line(&sign.label, room - 4));
        let w = item.width();
        if used > 0 && used + 2 + w > room {
            lines.push(Line::from(std::mem::take(&mut spans)));
            spans.push(Span::raw(" ".repeat(LABEL)));
            used = 0;
        }
        if used > 0 {
            spans.push(Span::raw("  "));
            used += 2;
        }
        let style = if focused && i == cursor {
            t.selected
        } else {
            Style::new()
        };
        spans.push(Span::styled(item, style));
        used += w;
    }
    lines.push(Line::from(spans));
    lines
}

/// The `accessible` way of a line of ticks: one item on the line, the one
/// ←→ is on, with where it is among them and what is ticked, so a screen
/// reader reading the line hears one thing to act on.
fn one_tick_line(
    ctx: &Ctx,
    name: &str,
    focused: bool,
    (items, ticked, cursor): (
        &[crate::content::Label],
        &std::collections::BTreeSet<String>,
        usize,
    ),
    room: usize,
) -> Line<'static> {
    let t = ctx.theme;
    let mut spans = label(ctx, name, focused).spans;
    let at = cursor.min(items.len().saturating_sub(1));
    let chosen: Vec<&str> = items
        .iter()
        .filter(|s| ticked.contains(&s.id))
        .map(|s| s.label.as_str())
        .collect();
    let ticked_text = if chosen.is_empty() {
        crate::t!("checkin-none-ticked")
    } else {
        crate::t!("checkin-ticked", list = chosen.join(", "))
    };
    let text = match items.get(at) {
        Some(sign) if focused => {
            let tick = if ticked.contains(&sign.id) {
                "[x]"
            } else {
                "[ ]"
            };
            format!(
                "{tick} {} · {} of {} · {ticked_text}",
                sign.label,
                at + 1,
                items.len()
            )
        }
        _ => ticked_text,
    };
    let style = if focused { t.selected } else { Style::new() };
    spans.push(Span::styled(text::one_line(&text, room), style));
    Line::from(spans)
}

fn reviews(seen: Seen) -> Vec<crate::workbook::DueReview> {
    seen.last_seen()
        .map(|now| seen.due_reviews(now))
        .unwrap_or_default()
}

/// The home item: "Check in", and whether it is done today or a review waits.
pub(super) fn home_title(seen: Seen) -> String {
    let Some(now) = seen.last_seen() else {
        return crate::t!("checkin-home");
    };
    let due = seen.due_reviews(now).len();
    let title = if seen.checked_in_today(now) {
        crate::t!("checkin-home-done")
    } else {
        crate::t!("checkin-home")
    };
    crate::t!("checkin-home-reviews", n = due, title = title)
}

pub(super) fn home_summary() -> String {
    crate::t!("checkin-home-summary")
}

/// On home's "Suggested next" row, at the right: a quiet offer, once a day.
pub(super) fn quiet_line(ctx: &Ctx) -> Line<'static> {
    let seen = ctx.seen;
    let Some(news) = seen.last_seen().and_then(|now| seen.news(now)) else {
        return Line::default();
    };
    // A reply is the one thing said in colour; the rest stay dim.
    let style = match news {
        crate::workbook::news::News::Reply(_) => ctx.theme.accent,
        _ => ctx.theme.dim,
    };
    Line::styled(news.words(), style).alignment(Alignment::Right)
}

/// After the strategy on home's "Suggested next" row, while a pause after
/// finishing one is suggested: ", after 2 days' practice".
pub(super) fn pause_note(seen: Seen) -> Option<String> {
    let days = seen.pause_days_left(seen.last_seen()?)?;
    Some(crate::t!("home-pause", days = days))
}

impl View for kind::CheckIn {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-check-in")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&CheckInView { ctx, f: state }).render(area, buf);
    }
}
