//! First run, in four steps: what trustmend is and is not, a name, a role,
//! and what to do when someone is not safe.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::widgets::{EditorBox, Rows, choices, inset, para};
use super::{Ctx, Theme};
use crate::content::Content;
use crate::model::Role;
use crate::workbook::{Welcome, WelcomeStep};

pub(super) struct WelcomeView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub w: &'a Welcome,
}

impl Widget for &WelcomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ctx, t, w) = (self.ctx, self.ctx.theme, self.w);
        let content = &ctx.wb.content;
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        let (n, name) = match w.step {
            WelcomeStep::Intro => (1, "About trustmend"),
            WelcomeStep::Name => (2, "Your name"),
            WelcomeStep::Role => (3, "Who you are in this"),
            WelcomeStep::Safety => (4, "If you are not safe"),
        };
        Line::styled(format!("Step {n} of 4 · {name}"), t.dim).render(rows.take(1), buf);
        rows.take(1);
        match w.step {
            WelcomeStep::Intro => {
                let mut lines = para(&content.foundations.welcome, width, Style::new());
                lines.push(Line::default());
                lines.extend(para(&content.safety.not_therapy, width, Style::new()));
                scrolled(lines, w.scroll, rows.rest(), t, buf);
            }
            WelcomeStep::Name => {
                Line::styled("What should trustmend call you?", t.title).render(rows.take(1), buf);
                rows.take(1);
                let field = Rect {
                    width: width.min(48),
                    ..rows.take(3)
                };
                EditorBox {
                    area: &w.name,
                    title: "Name",
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
                let note = "Any name will do. It is shown at the top of the screen, and in the list of people if someone else uses trustmend on this computer too.";
                Paragraph::new(para(note, width, t.dim)).render(rows.rest(), buf);
            }
            WelcomeStep::Role => {
                Line::styled("Which of these describes you?", t.title).render(rows.take(1), buf);
                rows.take(1);
                let labels: Vec<String> = Role::ALL.iter().map(|r| r.label().to_string()).collect();
                let (lines, _) = choices(&labels, Some(w.role.min(labels.len() - 1)), width, t);
                let n = lines.len();
                Paragraph::new(lines).render(rows.take(n), buf);
                rows.take(1);
                let note = "This decides which questions and suggestions the workbook offers you. If you have each hurt the other, the third choice means you never have to pick a side that is not true. \"Prefer not to say\" shows the ones written for everyone.";
                Paragraph::new(para(note, width, t.dim)).render(rows.rest(), buf);
            }
            WelcomeStep::Safety => {
                scrolled(
                    safety_lines(content, width, t),
                    w.scroll,
                    rows.rest(),
                    t,
                    buf,
                );
            }
        }
    }
}

/// Long text that may not fit: scrolled, with "↓ more" on its last row
/// while there is more below.
fn scrolled(lines: Vec<Line<'static>>, scroll: u16, area: Rect, t: &Theme, buf: &mut Buffer) {
    if lines.len() <= usize::from(area.height) {
        Paragraph::new(lines).render(area, buf);
        return;
    }
    // The last row is kept for the hint (the state machine counts it too).
    let text = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let max = lines.len().saturating_sub(usize::from(text.height)) as u16;
    let scroll = scroll.min(max);
    Paragraph::new(lines).scroll((scroll, 0)).render(text, buf);
    let hint = if scroll < max {
        "↓ more"
    } else {
        "↑ back up"
    };
    let last = Rect {
        y: area.y + text.height,
        height: 1,
        ..area
    };
    Line::styled(hint, t.dim).right_aligned().render(last, buf);
}

/// The note for when someone is not safe, and the list of places to turn.
pub(super) fn safety_lines(content: &Content, width: u16, t: &Theme) -> Vec<Line<'static>> {
    let mut lines = para(&content.safety.unsafe_help, width, Style::new());
    lines.push(Line::default());
    lines.extend(resource_lines(content, width, t));
    lines
}

/// "• Name — detail", each wrapped with a hanging indent.
pub(super) fn resource_lines(content: &Content, width: u16, t: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for r in &content.safety.resources {
        let item = format!("{} — {}", r.name, r.detail);
        for (i, row) in crate::text::wrap(&item, usize::from(width.saturating_sub(2)))
            .into_iter()
            .enumerate()
        {
            let bullet = if i == 0 { "• " } else { "  " };
            lines.push(Line::styled(format!("{bullet}{row}"), t.accent));
        }
    }
    lines
}
