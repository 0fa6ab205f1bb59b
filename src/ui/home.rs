//! Home: overall progress, the suggested next step, the ten strategies with
//! their stage, then the journal, FAQ, move-on checklist, help and safety;
//! the selected item's summary under the list.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::View;
use super::widgets::{Rows, inset, para, render_window};
use crate::workbook::kind;
use crate::workbook::safety_check::CouplesDoor;
use crate::workbook::{HomeItem, ListView, Seen};

pub(super) struct HomeView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
}

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ctx, t, seen) = (self.ctx, self.ctx.theme, self.ctx.seen);
        let area = inset(area);
        let items = seen.home_items();
        let selected = self.list.selected.min(items.len().saturating_sub(1));
        let strategies = seen.content.strategies.len();
        let summary = items
            .get(selected)
            .map(|item| summary(ctx, *item))
            .unwrap_or_default();
        let summary = para(&summary, area.width, t.dim);
        let plan = Plan::new(
            usize::from(area.height),
            items.len(),
            summary.len(),
            seen.notice().is_some(),
        );

        let mut rows = Rows::new(area);
        if plan.top && plan.gauge {
            let (done, total) = seen.overall_progress();
            let ratio = if total == 0 {
                0.0
            } else {
                f64::from(done) / f64::from(total)
            };
            let label = Line::styled(crate::t!("home-begun", done = done, total = total), t.title);
            if ctx.accessible() {
                // The words alone: a screen reader would read the bar's
                // line characters one by one.
                label.render(inset(rows.take(1)), buf);
            } else {
                LineGauge::default()
                    .ratio(ratio.clamp(0.0, 1.0))
                    .label(label)
                    .filled_symbol("━")
                    .unfilled_symbol("─")
                    .filled_style(t.accent)
                    .unfilled_style(t.dim)
                    .render(rows.take(1), buf);
            }
        }
        if plan.top {
            let line = rows.take(1);
            let next = suggested(ctx);
            let quiet = super::checkin::quiet_line(ctx);
            let fits = next.width() + 2 + quiet.width() <= usize::from(line.width);
            next.render(line, buf);
            if fits {
                quiet.render(line, buf);
            }
            rows.take(plan.gap_top);
        }
        // The list, with a blank row between the strategies and the rest.
        let mut lines = Vec::with_capacity(items.len() + 1);
        let mut sel_row = 0;
        for (i, item) in items.iter().enumerate() {
            if i == strategies && i > 0 && plan.gap_list {
                lines.push(Line::default());
            }
            if i == selected {
                sel_row = lines.len();
            }
            lines.push(row(ctx, *item, i == selected, area.width));
        }
        let list_area = rows.take(lines.len().min(plan.list + usize::from(plan.gap_list)));
        render_window(lines, &(sel_row..sel_row + 1), list_area, buf);
        rows.take(plan.gap_bottom);
        Paragraph::new(summary).render(rows.take(plan.summary), buf);
    }
}

/// Which optional rows fit, most useful first: the progress and suggestion,
/// one row of summary, the gaps that make the list easy to scan, the rest
/// of the summary.
struct Plan {
    top: bool,
    /// The progress bar above the suggestion (gives way to a notice).
    gauge: bool,
    /// Rows for the list (fewer than its items when it must scroll).
    list: usize,
    gap_top: usize,
    gap_list: bool,
    gap_bottom: usize,
    summary: usize,
}

impl Plan {
    fn new(height: usize, items: usize, summary_rows: usize, notice: bool) -> Plan {
        // The progress and the suggestion come first, then a row of
        // summary; the list takes what is left and scrolls to the selection
        // (saying so). While a notice takes rows, the summary gives way
        // if that keeps the whole list in sight: an item must not drop out
        // of sight because of a passing notice.
        let mut left = height;
        let top = left >= 2;
        if top {
            left -= 2;
        }
        let first = summary_rows.min(1);
        // The progress bar gives way when that one row keeps the whole list
        // (and, without a notice, a row of summary) in sight.
        let want = items + if notice { 0 } else { first };
        let gauge = !(top && left < want && left + 1 >= want);
        if !gauge {
            left += 1;
        }
        let list_first = notice && left >= items && left < items + first;
        let summary_first = !list_first && left >= first;
        if summary_first {
            left -= first;
        }
        let list = items.min(left);
        left -= list;
        let mut want = |rows: usize| {
            let ok = left >= rows;
            if ok {
                left -= rows;
            }
            ok
        };
        let gap_list = want(1);
        let gap_top = usize::from(top && want(1));
        let gap_bottom = usize::from(summary_first && first > 0 && want(1));
        let more = summary_rows.saturating_sub(1);
        let summary_more = (0..more).take_while(|_| want(1)).count();
        Plan {
            top,
            gauge,
            list,
            gap_top,
            gap_list,
            gap_bottom,
            summary: if summary_first {
                first + summary_more
            } else {
                0
            },
        }
    }
}

fn suggested(ctx: &Ctx) -> Line<'static> {
    let t = ctx.theme;
    let seen = ctx.seen;
    if seen.suggests_foundations() {
        return Line::from(vec![
            Span::styled(crate::t!("home-suggested"), t.accent),
            Span::styled(extra_title(seen, HomeItem::Foundations), t.title),
        ]);
    }
    match seen
        .suggested_next()
        .and_then(|i| seen.content.strategies.get(i).map(|s| (i, s)))
    {
        Some((i, s)) => {
            let mut spans = vec![
                Span::styled(crate::t!("home-suggested"), t.accent),
                Span::styled(format!("{}. {}", i + 1, s.title), t.title),
            ];
            if let Some(pause) = super::checkin::pause_note(seen) {
                spans.push(Span::styled(pause, t.dim));
            }
            Line::from(spans)
        }
        None => Line::styled(crate::t!("home-all-done"), t.accent),
    }
}

/// "› 3. [•] Sincere apology — reflecting", or an entry after the ten.
fn row(ctx: &Ctx, item: HomeItem, selected: bool, width: u16) -> Line<'static> {
    let t = ctx.theme;
    let seen = ctx.seen;
    let gutter = if selected { "› " } else { "  " };
    let mut spans = vec![Span::raw(gutter)];
    match item {
        HomeItem::Strategy(i) => {
            let Some(s) = seen.content.strategies.get(i) else {
                return Line::default();
            };
            let stage = seen
                .partner()
                .map(|p| p.progress(&s.id).stage)
                .unwrap_or_default();
            spans.push(Span::raw(format!("{:>2}. [{}] ", i + 1, stage.marker())));
            spans.push(Span::raw(s.title.clone()));
            spans.push(Span::styled(format!(" — {}", stage.said()), t.dim));
        }
        other => spans.push(Span::raw(extra_title(seen, other))),
    }
    if selected {
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        spans.push(Span::raw(
            " ".repeat(usize::from(width).saturating_sub(used)),
        ));
        let spans = spans
            .into_iter()
            .map(|s| Span::styled(s.content, Style::new()))
            .collect::<Vec<_>>();
        return Line::from(spans).style(t.selected);
    }
    Line::from(spans)
}

fn extra_title(seen: Seen, item: HomeItem) -> String {
    match item {
        HomeItem::Strategy(_) => String::new(),
        HomeItem::Homework => homework_title(seen),
        HomeItem::Foundations => crate::t!("title-foundations"),
        HomeItem::Journal => {
            let n = seen.me.map_or(0, |me| seen.entry_count(me));
            crate::t!("home-journal", n = n)
        }
        HomeItem::NewEntry => crate::t!("home-new-entry"),
        HomeItem::Faq => crate::t!("title-faq"),
        HomeItem::MoveOn => crate::t!("title-move-on"),
        HomeItem::Safety => crate::t!("title-safety"),
        HomeItem::CheckIn => super::checkin::home_title(seen),
        HomeItem::Progress => crate::t!("home-progress"),
        HomeItem::Shared => shared_title(seen),
        HomeItem::Together => crate::t!("home-together"),
        HomeItem::AddPartner => crate::t!("home-add-partner"),
        HomeItem::PassKeyboard => crate::t!("title-pass-keyboard"),
    }
}

/// One or two sentences about the selected item.
pub(super) fn summary(ctx: &Ctx, item: HomeItem) -> String {
    let seen = ctx.seen;
    let c = seen.content;
    match item {
        HomeItem::Strategy(i) => c
            .strategies
            .get(i)
            .map(|s| s.summary.clone())
            .unwrap_or_default(),
        HomeItem::Homework => homework_summary(ctx),
        HomeItem::Foundations => {
            // One row at 80x24 (every title joined was cut mid-word).
            let sections = &c.foundations.sections;
            match sections.first() {
                Some(first) => crate::t!(
                    "home-foundations-summary",
                    n = sections.len(),
                    first = first.title.as_str()
                ),
                None => crate::t!("home-foundations-summary-empty"),
            }
        }
        HomeItem::Journal => crate::t!("home-journal-summary"),
        HomeItem::NewEntry => crate::t!("home-new-entry-summary"),
        HomeItem::Faq => crate::t!("home-faq-summary", n = c.faq.len()),
        HomeItem::MoveOn => crate::t!("home-move-on-summary"),
        HomeItem::CheckIn => super::checkin::home_summary(),
        HomeItem::Progress => crate::t!("home-progress-summary"),
        HomeItem::Safety => {
            // "Not therapy" is said on the first screen and in Help and
            // safety itself; a third time here would be a refrain.
            crate::t!("home-safety-summary")
        }
        HomeItem::Together | HomeItem::Shared => {
            let door = seen
                .me
                .map(|me| CouplesDoor::of(seen.store, me).why_closed());
            match (door.flatten(), item) {
                (Some(why), _) => why,
                (None, HomeItem::Together) => crate::t!("home-together-summary"),
                (None, _) => crate::t!("home-shared-summary"),
            }
        }
        HomeItem::AddPartner => crate::t!("home-add-partner-summary"),
        HomeItem::PassKeyboard => crate::t!("home-pass-keyboard-summary"),
    }
}

/// "Shared · a reply from Sam": replies to one's entries not read yet, quietly.
fn shared_title(seen: Seen) -> String {
    let unread = crate::workbook::unread_replies(seen.here());
    let Some(first) = unread.first() else {
        return crate::t!("title-shared");
    };
    let name = seen
        .store
        .partner(first.author)
        .map_or(crate::t!("home-your-partner"), |p| {
            crate::text::one_line(&p.name, 20)
        });
    crate::t!("home-shared-replies", n = unread.len(), name = name)
}

/// "Homework from Dr. Lee (1 of 3 done)".
fn homework_title(seen: Seen) -> String {
    let Some((a, p)) = seen.me.and_then(|me| {
        Some((
            crate::homework::for_partner(seen.store, me)?,
            seen.store.partner(me)?,
        ))
    }) else {
        return crate::t!("title-homework");
    };
    let done = a
        .steps
        .iter()
        .filter(|s| p.progress(&s.strategy).finished.is_some())
        .count();
    crate::t!(
        "home-homework-from",
        name = crate::text::one_line(&a.assigned_by, 30),
        done = done,
        all = a.steps.len()
    )
}

/// What is next and when it is due (the note itself is on the homework
/// screen: it would not fit here at 80x24).
fn homework_summary(ctx: &Ctx) -> String {
    let seen = ctx.seen;
    let Some((a, p)) = seen.me.and_then(|me| {
        Some((
            crate::homework::for_partner(seen.store, me)?,
            seen.store.partner(me)?,
        ))
    }) else {
        return String::new();
    };
    let next = a
        .steps
        .iter()
        .find(|s| p.progress(&s.strategy).finished.is_none())
        .map_or_else(
            || crate::t!("home-homework-all-done"),
            |s| {
                let title = seen
                    .content
                    .strategy(&s.strategy)
                    .map_or(s.strategy.as_str(), |st| st.title.as_str());
                match s.due {
                    Some(due) => {
                        crate::t!("home-homework-next-due", title = title, due = ctx.day(due))
                    }
                    None => crate::t!("home-homework-next", title = title),
                }
            },
        );
    crate::t!(
        "home-homework-summary",
        open = crate::say!(Home, Select),
        next = next
    )
}

impl View for kind::Home {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-home")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&HomeView { ctx, list: state }).render(area, buf);
    }
}
