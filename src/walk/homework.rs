//! Homework from a therapist: who assigned it, their note, and each step
//! with done, due or overdue (the day judged by the screen, as the full
//! screen does); a number opens that strategy.

use std::fmt::Write as _;

use super::Words;
use super::{Part, back, choice, pick};
use crate::homework::{MeasureState, Row, StepState, for_partner, prompts_for};
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{HomeworkView, Seen};

pub(super) fn homework(seen: Seen, v: &HomeworkView) -> Part {
    let (Some(me), Some(a)) = (
        seen.partner(),
        seen.me.and_then(|id| for_partner(seen.store, id)),
    ) else {
        return (crate::t!("homework-none"), vec![back("back home")], None);
    };
    let by = printable(&a.assigned_by);
    let mut t = crate::t!(
        "walk-homework-from",
        name = by.as_ref(),
        date = crate::i18n::long_date(a.start)
    );
    if !a.note.trim().is_empty() {
        let _ = write!(t, "\n{}", printable(&a.note));
    }
    let done = a
        .steps
        .iter()
        .filter(|s| {
            matches!(
                StepState::of(seen.store, me.id, s, v.today),
                StepState::Done(_)
            )
        })
        .count();
    let _ = write!(
        t,
        "\n{}",
        crate::t!("walk-homework-done-of", done = done, all = a.steps.len())
    );
    let mut choices = Vec::new();
    // One number per row of the homework list: each strategy, then each of
    // the therapist's prompts under it not answered yet (it opens directly).
    for (i, row) in crate::homework::rows(seen.store, me.id).iter().enumerate() {
        let label = match *row {
            Row::Step(n) => {
                let Some(step) = a.steps.get(n) else { continue };
                let strategy = seen.content.strategy(&step.strategy);
                let title = strategy.map_or_else(
                    || printable(&step.strategy).into_owned(),
                    |s| s.title.clone(),
                );
                let state = StepState::of(seen.store, me.id, step, v.today)
                    .label_as(crate::i18n::long_date);
                let extra = strategy.map_or(0, |s| {
                    let pack = s.prompts_for(me.role).len();
                    prompts_for(seen.store, me.id, me.role, s)
                        .len()
                        .saturating_sub(pack)
                });
                crate::t!(
                    "walk-homework-step",
                    title = title,
                    state = state,
                    added = extra,
                    name = by.as_ref()
                )
            }
            Row::Prompt { step, prompt } => {
                let text = a.prompt_text(step, prompt);
                crate::t!(
                    "walk-homework-prompt",
                    name = by.as_ref(),
                    text = printable(text).into_owned()
                )
            }
            Row::Measure(n) => {
                let Some(id) = a.measures.ids.get(n) else {
                    continue;
                };
                let name = crate::measures::known(id).map_or(id.as_str(), |m| &m.name);
                let state = MeasureState::of(seen.store, me.id, a, id, v.today)
                    .label_as(crate::i18n::long_date);
                crate::t!(
                    "walk-homework-measure",
                    name = printable(name).into_owned(),
                    state = state
                )
            }
        };
        choices.push(choice(&(i + 1).to_string(), &label, pick(i)));
    }
    choices.push(back("back home"));
    (t, choices, None)
}

impl Words for kind::Homework {
    fn page(state: &Self::State, seen: Seen) -> Part {
        homework(seen, state)
    }
}
