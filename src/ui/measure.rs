//! A questionnaire: the list to choose from, one question at a time with
//! its answers as a list (the terminal's cursor on the one highlighted),
//! and the score with its band in words and the citation.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use super::widgets::{Rows, choices, inset, para, render_window};
use crate::measures::{Measure, bundled, last_answered};
use crate::workbook::kind;
use crate::workbook::{MeasureStep, MeasureView};

pub(super) struct MeasureScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a MeasureView,
}

/// The header's title: the questionnaire's name once one is open.
pub(super) fn title(v: &MeasureView) -> String {
    v.measure()
        .map_or_else(|| crate::t!("title-measures"), |m| m.name.clone())
}

impl Widget for &MeasureScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut rows = Rows::new(inset(area));
        rows.take(1);
        match &self.v.step {
            MeasureStep::Choose => self.choose(rows, buf),
            MeasureStep::Item { measure, answers } => {
                if let Some(m) = crate::measures::by_id(measure) {
                    self.item(m, answers.len(), rows, buf);
                }
            }
            MeasureStep::Done { measure, total } => {
                if let Some(m) = crate::measures::by_id(measure) {
                    self.done(m, *total, rows, buf);
                }
            }
        }
    }
}

impl MeasureScreen<'_> {
    fn choose(&self, mut rows: Rows, buf: &mut Buffer) {
        let (t, seen) = (self.ctx.theme, self.ctx.seen);
        let width = rows.area.width;
        let mut intro = para(&crate::t!("measure-intro"), width, t.dim);
        // A questionnaire the language cannot offer yet says so, kindly.
        for line in crate::measures::not_offered() {
            intro.push(Line::default());
            intro.extend(para(line, width, t.dim));
        }
        let n = intro.len();
        Paragraph::new(intro).render(rows.take(n), buf);
        rows.take(1);
        let due = seen
            .last_seen()
            .map(|now| seen.measures_due(now))
            .unwrap_or_default();
        let results = seen.partner().map_or(&[][..], |p| p.measures.as_slice());
        let labels: Vec<String> = bundled()
            .iter()
            .map(|m| {
                let due_now = due.iter().any(|d| d.id == m.id);
                let last = last_answered(results, &m.id);
                let when = crate::measures::when_said(due_now, last.map(|on| self.ctx.day(on)));
                format!("{} — {} ({when})", m.name, m.about)
            })
            .collect();
        let (lines, sel) = choices(&labels, self.v.choice, width, t);
        let list = rows.take(lines.len().min(usize::from(rows.left())));
        render_window(lines, &sel, list, buf);
        rows.take(1);
        if let Some(m) = self.v.choice.and_then(|i| bundled().get(i)) {
            let source = para(
                &crate::t!("measure-source", source = m.source.as_str()),
                width,
                t.dim,
            );
            let n = source.len();
            Paragraph::new(source).render(rows.take(n), buf);
        }
    }

    fn item(&self, m: &Measure, at: usize, mut rows: Rows, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let width = rows.area.width;
        let Some(item) = m.items.get(at) else {
            return;
        };
        Line::styled(
            crate::t!(
                "measure-question-of",
                name = m.name.as_str(),
                n = (at + 1),
                all = m.items.len()
            ),
            t.accent,
        )
        .render(rows.take(1), buf);
        let stem = para(&m.stem, width, t.dim);
        let n = stem.len();
        Paragraph::new(stem).render(rows.take(n), buf);
        rows.take(1);
        let q = para(&item.text, width, t.title);
        let n = q.len();
        Paragraph::new(q).render(rows.take(n), buf);
        rows.take(1);
        let labels: Vec<String> = item
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{i}  {o}"))
            .collect();
        let (lines, sel) = choices(&labels, self.v.choice, width, t);
        render_window(lines, &sel, rows.rest(), buf);
    }

    fn done(&self, m: &Measure, total: u16, mut rows: Rows, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let width = rows.area.width;
        Line::styled(format!("{}: {}", m.name, m.said(total)), t.title).render(rows.take(1), buf);
        rows.take(1);
        for (text, style) in [
            (
                crate::t!(
                    "measure-bands",
                    name = m.name.as_str(),
                    bands = m.bands_said()
                ),
                ratatui::style::Style::new(),
            ),
            (
                crate::t!("measure-not-a-diagnosis"),
                ratatui::style::Style::new(),
            ),
            (
                crate::t!("measure-source", source = m.source.as_str()),
                t.dim,
            ),
            (m.licence.clone(), t.dim),
        ] {
            let lines = para(&text, width, style);
            let n = lines.len();
            Paragraph::new(lines).render(rows.take(n), buf);
            rows.take(1);
        }
    }
}

impl View for kind::Measure {
    fn title(state: &Self::State, _: &Ctx) -> String {
        title(state)
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&MeasureScreen { ctx, v: state }).render(area, buf);
    }
}
