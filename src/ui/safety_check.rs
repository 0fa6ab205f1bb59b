//! One question of the private safety check, with its three answers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use super::widgets::{Rows, TextBox, boxed, choices, inset, para, render_window};
use crate::workbook::ListView;
use crate::workbook::kind;
use crate::workbook::safety_check::{Answer, CheckView, Route};

pub(super) struct CheckScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a CheckView,
}

impl Widget for &CheckScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let checks = &self.ctx.seen.content.safety.checks;
        let mut rows = Rows::new(inset(area));
        let width = rows.area.width;
        rows.take(1);
        if self.v.confirming {
            confirm(self, checks, rows, buf);
            return;
        }
        let lines = para(&crate::workbook::safety_check::intro(), width, t.dim);
        let n = lines.len();
        Paragraph::new(lines).render(rows.take(n), buf);
        rows.take(1);
        let Some(check) = checks.get(self.v.question) else {
            return;
        };
        Line::styled(
            crate::t!(
                "check-question-of",
                n = (self.v.question + 1),
                all = checks.len()
            ),
            t.accent,
        )
        .render(rows.take(1), buf);
        let q = para(&check.question, width, t.title);
        let n = q.len();
        Paragraph::new(q).render(rows.take(n), buf);
        rows.take(1);
        let labels: Vec<String> = Answer::ALL.iter().map(|a| a.label()).collect();
        let (lines, _) = choices(&labels, self.v.choice, width, t);
        let n = lines.len();
        Paragraph::new(lines).render(rows.take(n), buf);
    }
}

/// After a check that raised a concern: why joint exercises are not
/// advised, and where to turn, before anything else.
pub(super) struct ConcernView<'a> {
    pub ctx: &'a Ctx<'a>,
    pub list: &'a ListView,
    pub route: Route,
}

impl Widget for &ConcernView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, c) = (self.ctx.theme, self.ctx.seen.content);
        let width = TextBox::text_width(area.width);
        let blocks = crate::workbook::safety_check::with_retake(
            self.ctx.seen,
            crate::workbook::helplines::after_check(
                c,
                self.ctx.seen.help_country().as_deref(),
                self.route,
            ),
        );
        let lines = super::welcome::help_lines(&blocks, width, t);
        let mut rows = Rows::new(area);
        rows.take(1);
        let text = TextBox {
            title: crate::t!("check-title"),
            lines,
            scroll: self.list.scroll,
            theme: t,
            borders: self.ctx.borders(),
        };
        let pane = boxed(rows.rest());
        self.ctx.reading_from(text.text_start(pane));
        text.render(pane, buf);
    }
}

/// The answers, before anything is kept: each question with its answer,
/// one to change, or the last row to confirm them.
fn confirm(
    screen: &CheckScreen,
    checks: &[crate::content::SafetyCheck],
    mut rows: Rows,
    buf: &mut Buffer,
) {
    let t = screen.ctx.theme;
    let width = rows.area.width;
    let head = para(
        &crate::t!(
            "check-confirm",
            open = crate::say!(SafetyCheck, Select),
            back = crate::say!(SafetyCheck, Back)
        ),
        width,
        t.accent,
    );
    let n = head.len();
    Paragraph::new(head).render(rows.take(n), buf);
    rows.take(1);
    let answers = screen.v.answers();
    let mut items: Vec<String> = checks
        .iter()
        .zip(answers)
        .map(|(c, a)| format!("{} — {}", c.question, a.label()))
        .collect();
    items.push(crate::t!("check-these-are-mine"));
    let (lines, sel) = choices(&items, screen.v.choice, width, t);
    render_window(lines, &sel, rows.rest(), buf);
}

impl View for kind::SafetyCheck {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-safety-check")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&CheckScreen { ctx, v: state }).render(area, buf);
    }
}

impl View for kind::Concern {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-safety")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&ConcernView {
            ctx,
            list: &state.list,
            route: state.route,
        })
            .render(area, buf);
    }
}
