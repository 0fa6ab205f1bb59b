//! Answering a questionnaire (`crate::measures`: PHQ-9, GAD-7, CSI-4): which
//! one, then one item at a time, then the score and its band in words with
//! the citation. The answers stay in this screen's memory until the last
//! item: Esc part-way keeps nothing. PHQ-9 item 9 answered above "Not at
//! all" opens Help and safety at once, whatever the total
//! (`Measure::alerts`). Kept in the person's own record, so a protected
//! person's are sealed with it and nobody else's screens show them.

use crate::keymap::{Action, Context};
use crate::measures::{Measure, bundled, by_id};
use crate::model::{MeasureResult, Timestamp};

use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::{HomeworkView, ListView, ProgressView, Screen, Workbook, move_selection};

/// Said over Help and safety when PHQ-9 item 9 is answered above "Not at all".
pub fn alert() -> String {
    crate::t!("measure-alert")
}

/// Where the questionnaire was opened from, and so where it goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureBack {
    Home,
    Progress(ProgressView),
    Homework(HomeworkView),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureStep {
    /// Which questionnaire to answer.
    Choose,
    /// The item `answers.len()` of `measure`, with the answers before it
    /// (in memory only).
    Item { measure: String, answers: Vec<u8> },
    /// Kept: its total.
    Done { measure: String, total: u16 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureView {
    pub step: MeasureStep,
    /// The highlighted row: a questionnaire, or an answer (`None` until the
    /// person moves to one: no answer is chosen for them).
    pub choice: Option<usize>,
    pub back: MeasureBack,
}

impl MeasureView {
    pub fn context(&self) -> Context {
        match self.step {
            MeasureStep::Choose => Context::MeasureList,
            MeasureStep::Item { .. } => Context::Measure,
            MeasureStep::Done { .. } => Context::MeasureDone,
        }
    }

    /// The questionnaire being answered or just kept.
    pub fn measure(&self) -> Option<&'static Measure> {
        match &self.step {
            MeasureStep::Choose => None,
            MeasureStep::Item { measure, .. } | MeasureStep::Done { measure, .. } => by_id(measure),
        }
    }
}

impl Workbook {
    /// The questionnaires offered to the person at the keyboard on the day
    /// of `now` (see `Here::measures_due`).
    pub fn measures_due(&self, now: Timestamp) -> Vec<&'static Measure> {
        self.here().measures_due(now)
    }
}

impl Here<'_> {
    /// The questionnaires offered to the person at the keyboard on the day
    /// of `now` (`measures::due`, with their therapist's list and schedule
    /// when the homework has one).
    pub(crate) fn measures_due(self, now: Timestamp) -> Vec<&'static Measure> {
        let Some(p) = self.partner() else {
            return Vec::new();
        };
        let asked = crate::homework::for_partner(self.store, p.id)
            .map(|a| &a.measures)
            .filter(|m| !m.is_empty());
        crate::measures::due(
            bundled(),
            asked.map(|m| m.ids.as_slice()),
            asked
                .and_then(|m| m.every_days)
                .unwrap_or(crate::measures::EVERY_DAYS),
            &p.measures,
            now.date_naive(),
        )
    }
}

/// The list of questionnaires, on the first one offered now.
pub(super) fn open(here: Here, back: MeasureBack, now: Timestamp) -> Screen {
    let due = here.measures_due(now);
    let first = bundled()
        .iter()
        .position(|m| due.iter().any(|d| d.id == m.id))
        .unwrap_or(0);
    Screen::Measure(Box::new(MeasureView {
        step: MeasureStep::Choose,
        choice: Some(first),
        back,
    }))
}

/// One questionnaire at its first item (from the homework list).
pub(super) fn open_one(id: &str, back: MeasureBack) -> Screen {
    Screen::Measure(Box::new(MeasureView {
        step: MeasureStep::Item {
            measure: id.to_string(),
            answers: Vec::new(),
        },
        choice: None,
        back,
    }))
}

/// Back where the questionnaires were opened from.
fn leave(back: MeasureBack) -> Go {
    match back {
        MeasureBack::Home => Go::Home,
        MeasureBack::Progress(v) => Go::To(Screen::Progress(v)),
        MeasureBack::Homework(v) => Go::To(Screen::Homework(v)),
    }
}

impl Page for kind::Measure {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        match v.step.clone() {
            MeasureStep::Choose => {
                let mut at = v.choice.unwrap_or(0);
                if move_selection(&mut at, bundled().len(), action, ctx.page()) {
                    v.choice = Some(at);
                    return Go::Stay;
                }
                match action {
                    Action::Select => match bundled().get(at) {
                        Some(m) => Go::To(open_one(&m.id, v.back)),
                        None => Go::Stay,
                    },
                    Action::Back => leave(v.back),
                    _ => Go::Stay,
                }
            }
            MeasureStep::Item {
                measure,
                mut answers,
            } => {
                let Some(m) = by_id(&measure) else {
                    return leave(v.back);
                };
                let options = m.items.get(answers.len()).map_or(0, |i| i.options.len());
                let answer = match action {
                    Action::Up => {
                        v.choice = Some(v.choice.map_or(0, |c| c.saturating_sub(1)));
                        None
                    }
                    Action::Down => {
                        let last = options.saturating_sub(1);
                        v.choice = Some(v.choice.map_or(0, |c| (c + 1).min(last)));
                        None
                    }
                    Action::Top => {
                        v.choice = Some(0);
                        None
                    }
                    Action::Bottom => {
                        v.choice = Some(options.saturating_sub(1));
                        None
                    }
                    Action::Select => {
                        if let Some(c) = v.choice {
                            Some(c)
                        } else {
                            ctx.info(crate::t!(
                                "measure-choose-first",
                                open = crate::say!(Measure, Select)
                            ));
                            None
                        }
                    }
                    Action::Digit(d) if usize::from(d) < options => Some(usize::from(d)),
                    Action::Previous => {
                        v.choice = answers.pop().map(usize::from);
                        None
                    }
                    Action::Back => {
                        if !answers.is_empty() {
                            ctx.info(crate::t!("measure-nothing-kept"));
                        }
                        return leave(v.back);
                    }
                    _ => None,
                };
                if let Some(a) = answer.and_then(|a| u8::try_from(a).ok()) {
                    answers.push(a);
                    v.choice = None;
                    return answered(ctx, v, m, answers);
                }
                v.step = MeasureStep::Item { measure, answers };
                Go::Stay
            }
            MeasureStep::Done { .. } => match action {
                Action::Select | Action::Back => leave(v.back),
                _ => Go::Stay,
            },
        }
    }
}

/// After each answer: Help and safety at once if it alerts, the score once
/// the last item is answered, or the next item.
fn answered(ctx: &mut Ctx, v: &mut MeasureView, m: &'static Measure, answers: Vec<u8>) -> Go {
    let complete = answers.len() == m.items.len();
    if m.alerts(&answers) {
        // Whatever the total, and before any other item: the help first.
        if complete {
            keep(ctx, m, answers);
        }
        ctx.info(alert());
        return Go::To(Screen::Safety(ListView::default()));
    }
    if !complete {
        v.step = MeasureStep::Item {
            measure: m.id.clone(),
            answers,
        };
        return Go::Stay;
    }
    match keep(ctx, m, answers) {
        Some(total) => {
            ctx.notice_when_saved(&crate::t!("save-saving"), &crate::t!("measure-saved"));
            v.step = MeasureStep::Done {
                measure: m.id.clone(),
                total,
            };
            Go::Stay
        }
        None => leave(v.back),
    }
}

/// Keep a finished questionnaire in the person's own record.
fn keep(ctx: &mut Ctx, m: &Measure, answers: Vec<u8>) -> Option<u16> {
    let total = m.score(&answers)?;
    let at = ctx.now;
    let p = ctx.partner_mut()?;
    p.measures.push(MeasureResult {
        measure: m.id.clone(),
        at,
        answers,
        total,
    });
    ctx.changed();
    Some(total)
}

#[cfg(test)]
mod tests;
