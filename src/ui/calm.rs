//! "When it is too much": the breathing guide, the grounding step and where
//! to turn. With motion, a shape grows and shrinks with the breath; with
//! `reduce_motion` or without colour (`NO_COLOR`), words only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::View;
use crate::text;
use crate::workbook::calm::{self as calm_words, Breath, CalmView};
use crate::workbook::kind;

/// Rows kept for the shape: it is at most this tall when the lungs are full.
const SHAPE_ROWS: u16 = 9;

pub(super) struct CalmScreen<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a CalmView,
}

impl CalmScreen<'_> {
    /// Whether the shape is drawn: not when the person asked for stillness,
    /// nor in plain text (no colour) where every frame should read as text.
    fn motion(&self) -> bool {
        self.ctx.theme.has_color() && !self.ctx.seen.config.still()
    }
}

/// The shape at `fullness` (0.0 to 1.0): an oval of plain characters, as
/// wide again as it is tall so it looks round in a terminal cell grid.
/// Always `SHAPE_ROWS` lines (blank ones around a small shape), each to be
/// centred.
pub(super) fn shape(fullness: f64, width: usize) -> Vec<String> {
    let fullness = fullness.clamp(0.0, 1.0);
    let half = f64::from(SHAPE_ROWS / 2);
    // From a small dot when empty to the whole height when full.
    let radius = 0.6 + fullness * (half + 0.4 - 0.6);
    (0..SHAPE_ROWS)
        .map(|row| {
            let dy = f64::from(row) - half;
            let line: String = (0..width)
                .map(|col| {
                    let dx = (col as f64 - (width as f64 - 1.0) / 2.0) / 2.0;
                    let d = (dx * dx + dy * dy).sqrt();
                    if d <= radius - 0.9 {
                        '·'
                    } else if d <= radius + 0.1 {
                        'o'
                    } else {
                        ' '
                    }
                })
                .collect();
            // Symmetric, so each row can be centred on its own.
            line.trim().to_string()
        })
        .collect()
}

/// "Breathe in…  3": the words and the seconds left in this part.
pub(super) fn breath_line(breath: &Breath) -> String {
    format!("{}  {}", breath.phase.words(), breath.seconds_left)
}

impl Widget for &CalmScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let now = self.ctx.seen.last_seen().unwrap_or(self.v.started());
        let breath = self.v.breath(now);
        let inner = Rect {
            x: area.x + 2,
            width: area.width.saturating_sub(4),
            ..area
        };
        let width = usize::from(inner.width.max(1));
        let mut lines: Vec<Line> = Vec::new();
        let intro = if self.motion() {
            calm_words::intro_motion()
        } else {
            calm_words::intro_still()
        };
        lines.extend(text::wrap(&intro, width).into_iter().map(Line::from));
        lines.push(Line::default());
        let mut centred: Vec<Line> = Vec::new();
        if self.motion() {
            centred.extend(
                shape(breath.fullness(), width)
                    .into_iter()
                    .map(|l| Line::styled(l, t.accent)),
            );
        }
        centred.push(Line::styled(breath_line(&breath), t.title));
        let top = area.y + lines.len() as u16;
        Paragraph::new(lines).render(
            Rect {
                height: top - area.y,
                ..inner
            },
            buf,
        );
        let centred_rows = centred.len() as u16;
        let centred_area = Rect {
            y: top,
            height: centred_rows.min(area.height.saturating_sub(top - area.y)),
            ..inner
        };
        Paragraph::new(centred)
            .alignment(Alignment::Center)
            .render(centred_area, buf);

        let mut rest: Vec<Line> = vec![Line::default()];
        rest.push(Line::from(vec![
            Span::styled(crate::t!("calm-grounding-title"), t.title),
            Span::styled(
                crate::t!(
                    "calm-grounding-step",
                    n = (self.v.grounding_step() + 1),
                    all = calm_words::GROUNDING_STEPS
                ),
                t.dim,
            ),
        ]));
        rest.extend(
            text::wrap(&self.v.grounding_text(), width)
                .into_iter()
                .map(Line::from),
        );
        rest.push(Line::default());
        rest.extend(
            text::wrap(&calm_words::help_pointer(), width)
                .into_iter()
                .map(Line::from),
        );
        let used = centred_area.bottom();
        Paragraph::new(rest).render(
            Rect {
                y: used,
                height: area.bottom().saturating_sub(used),
                ..inner
            },
            buf,
        );
    }
}

impl View for kind::Calm {
    fn title(_: &Self::State, _: &Ctx) -> String {
        crate::t!("title-calm")
    }

    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        (&CalmScreen { ctx, v: state }).render(area, buf);
    }
}
