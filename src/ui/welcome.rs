//! First run, step by step: the language (when it is offered), what
//! trustmend is and is not, a name, a role, where the person lives, and
//! what to do when someone is not safe.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::View;
use super::widgets::{EditorBox, Rows, choices, inset, para, render_window};
use super::{Ctx, Theme};
use crate::model::Role;
use crate::workbook::kind;
use crate::workbook::{HandOver, Welcome, WelcomeStep};

pub(super) struct WelcomeView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub w: &'a Welcome,
}

impl Widget for &WelcomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ctx, t, w) = (self.ctx, self.ctx.theme, self.w);
        if let Some(handover) = w.handover {
            let name = match handover {
                HandOver::Joining => crate::t!("welcome-joining"),
                HandOver::SafetyCheck(id) => ctx
                    .seen
                    .store
                    .partner(id)
                    .map(|p| crate::text::one_line(&p.name, 40))
                    .unwrap_or_default(),
            };
            return super::couples::cover(ctx, &name, area, buf);
        }
        let content = ctx.seen.content;
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        let steps = w.steps(ctx.seen.config);
        let n = steps.iter().position(|s| *s == w.step).unwrap_or(0) + 1;
        let name = match w.step {
            WelcomeStep::Language => crate::t!("welcome-step-language"),
            WelcomeStep::Intro => crate::t!("welcome-step-intro"),
            WelcomeStep::Name => crate::t!("welcome-step-name"),
            WelcomeStep::Role => crate::t!("welcome-step-role"),
            WelcomeStep::Country => crate::t!("welcome-step-country"),
            WelcomeStep::Safety => crate::t!("welcome-step-safety"),
        };
        let heading = match steps.len() {
            1 => name,
            all => crate::t!("welcome-step-of", n = n, all = all, name = name),
        };
        Line::styled(heading, t.dim).render(rows.take(1), buf);
        rows.take(1);
        match w.step {
            WelcomeStep::Language => {
                Line::styled(crate::t!("welcome-language-question"), t.title)
                    .render(rows.take(1), buf);
                rows.take(1);
                // Each language named in its own words, whatever is in use.
                let labels: Vec<String> = crate::i18n::Lang::all()
                    .map(crate::i18n::Lang::own_name)
                    .collect();
                let at = w.language_index(ctx.seen.config);
                let (lines, _) = choices(&labels, Some(at), width, t);
                let n = lines.len();
                Paragraph::new(lines).render(rows.take(n), buf);
                rows.take(1);
                let note = crate::t!("welcome-language-note");
                Paragraph::new(para(&note, width, t.dim)).render(rows.rest(), buf);
            }
            WelcomeStep::Intro => {
                let mut lines = para(&content.foundations.welcome, width, Style::new());
                lines.push(Line::default());
                lines.extend(para(&content.safety.not_therapy, width, Style::new()));
                scrolled(ctx, lines, w.scroll, rows.rest(), buf);
            }
            WelcomeStep::Name => {
                Line::styled(crate::t!("welcome-name-question"), t.title).render(rows.take(1), buf);
                rows.take(1);
                let field = Rect {
                    width: width.min(48),
                    ..rows.take(3)
                };
                EditorBox {
                    area: &w.name,
                    title: &crate::t!("welcome-name-field"),
                    note: None,
                    focused: true,
                    padded: true,
                }
                .render(ctx, field, buf);
                if let Some(error) = &w.error {
                    let msg = format!("! {error}");
                    Paragraph::new(para(&msg, width, t.error)).render(rows.take(2), buf);
                } else {
                    rows.take(1);
                }
                let note = crate::t!("welcome-name-note");
                Paragraph::new(para(&note, width, t.dim)).render(rows.rest(), buf);
            }
            WelcomeStep::Role => {
                Line::styled(crate::t!("welcome-role-question"), t.title).render(rows.take(1), buf);
                rows.take(1);
                let labels: Vec<String> = Role::ALL
                    .iter()
                    .map(|r| crate::t!("role-label", role = r.short()))
                    .collect();
                let (lines, _) = choices(&labels, Some(w.role.min(labels.len() - 1)), width, t);
                let n = lines.len();
                Paragraph::new(lines).render(rows.take(n), buf);
                rows.take(1);
                let note = crate::t!("welcome-role-note");
                Paragraph::new(para(&note, width, t.dim)).render(rows.rest(), buf);
            }
            WelcomeStep::Country => {
                Line::styled(crate::t!("welcome-country-question"), t.title)
                    .render(rows.take(1), buf);
                let note = crate::t!("welcome-country-note");
                let note = para(&note, width, t.dim);
                let n = note.len();
                Paragraph::new(note).render(rows.take(n), buf);
                rows.take(1);
                let (lines, selected) =
                    country_lines(content, w.country_index(content, ctx.seen.config), width, t);
                render_window(lines, &selected, rows.rest(), buf);
            }
            WelcomeStep::Safety => {
                let code = crate::workbook::welcome::shown_country(content, ctx.seen.config, w);
                let blocks = crate::workbook::helplines::welcome(content, code.as_deref());
                scrolled(
                    ctx,
                    help_lines(&blocks, width, t),
                    w.scroll,
                    rows.rest(),
                    buf,
                );
            }
        }
    }
}

/// The country step's list: each place under its group's heading, then
/// "somewhere else" and skipping; with the rows of the selected one.
fn country_lines(
    content: &crate::content::Content,
    at: usize,
    width: u16,
    t: &Theme,
) -> (Vec<Line<'static>>, std::ops::Range<usize>) {
    let labels = crate::workbook::welcome::country_choices(content);
    let groups = crate::workbook::welcome::country_groups(content);
    let mut lines = Vec::new();
    let mut selected = 0..0;
    let mut last: Option<&str> = None;
    for (i, (_, label)) in labels.iter().enumerate() {
        let group = groups.get(i).and_then(|g| g.as_deref());
        if group != last {
            match group {
                Some(g) => lines.push(Line::styled(g.to_string(), t.accent)),
                None => lines.push(Line::default()),
            }
            last = group;
        }
        let (rows, range) = choices(
            std::slice::from_ref(label),
            (i == at).then_some(0),
            width,
            t,
        );
        if i == at {
            // The group's heading comes into view with its first place.
            let heading =
                usize::from(i == 0 || groups.get(i - 1).map(|g| g.as_deref()) != Some(group));
            selected = lines.len() + range.start - heading..lines.len() + range.end;
        }
        lines.extend(rows);
    }
    (lines, selected)
}

/// Long text that may not fit: scrolled, with "↓ more" on its last row
/// while there is more below.
/// The state machine is told how far it may scroll: the rows past the text's
/// window above the hint.
fn scrolled(ctx: &Ctx, lines: Vec<Line<'static>>, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let window = usize::from(area.height.saturating_sub(1));
    ctx.seen
        .record_scroll_limit(u16::try_from(lines.len().saturating_sub(window)).unwrap_or(u16::MAX));
    if lines.len() <= usize::from(area.height) {
        Paragraph::new(lines).render(area, buf);
        return;
    }
    // The last row is kept for the hint.
    let text = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let max = lines.len().saturating_sub(usize::from(text.height)) as u16;
    let scroll = scroll.min(max);
    Paragraph::new(lines).scroll((scroll, 0)).render(text, buf);
    let hint = if scroll < max {
        crate::t!("scroll-more")
    } else {
        crate::t!("scroll-back-up")
    };
    let last = Rect {
        y: area.y + text.height,
        height: 1,
        ..area
    };
    Line::styled(hint, t.dim).right_aligned().render(last, buf);
}

/// The help page's blocks as lines: paragraphs plain, headings as titles,
/// places to turn as "• name — detail" with a hanging indent.
pub(super) fn help_lines(
    blocks: &[crate::workbook::helplines::Block],
    width: u16,
    t: &Theme,
) -> Vec<Line<'static>> {
    use crate::workbook::helplines::Block;
    let mut lines = Vec::new();
    for block in blocks {
        match block {
            Block::Text(text) => lines.extend(para(text, width, Style::new())),
            Block::Heading(text) => lines.extend(para(text, width, t.title)),
            Block::Blank => lines.push(Line::default()),
            Block::Item(text) => {
                let rows = crate::text::wrap(text, usize::from(width.saturating_sub(2)));
                for (i, row) in rows.into_iter().enumerate() {
                    let bullet = if i == 0 { "• " } else { "  " };
                    lines.push(Line::styled(format!("{bullet}{row}"), t.accent));
                }
            }
        }
    }
    lines
}

impl View for kind::Welcome {
    fn title(state: &Self::State, _: &Ctx) -> String {
        // The hand-over cover before a joining person: as Pass the keyboard's.
        if state.handover.is_some() {
            crate::t!("title-pass-keyboard")
        } else {
            crate::t!("title-welcome")
        }
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&WelcomeView { ctx, w: state }).render(area, buf);
    }
}
