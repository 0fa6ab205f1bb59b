//! The homework screen's rules: the therapist's assigned strategies in
//! order, their prompts not answered yet, and the questionnaires asked
//! for; Enter opens one, Esc goes home.

use chrono::NaiveDate;

use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::strategy::AnswerBack;
use super::{ListView, Screen, move_selection};
use crate::homework::Row;
use crate::keymap::Action;
use crate::keymap::Context;
use crate::model::Timestamp;

/// The homework screen: which step is selected, and the day it was opened
/// on (due and overdue are judged against it; the core has no clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HomeworkView {
    pub list: ListView,
    pub today: NaiveDate,
}

/// Open the active partner's homework on its first row still to do: a
/// strategy not finished, or a therapist's prompt not answered yet.
pub(super) fn open(here: Here, now: Timestamp) -> Screen {
    let today = now.date_naive();
    let selected = here
        .me
        .and_then(|me| {
            let a = crate::homework::for_partner(here.store, me)?;
            crate::homework::rows(here.store, me)
                .iter()
                .position(|row| match *row {
                    Row::Prompt { .. } => true,
                    Row::Measure(i) => a
                        .measures
                        .ids
                        .get(i)
                        .is_some_and(|id| here.measures_due(now).iter().any(|m| m.id == *id)),
                    // A finished strategy's prompts left are listed after it.
                    Row::Step(i) => a.steps.get(i).is_some_and(|s| {
                        here.store
                            .partner(me)
                            .is_some_and(|p| p.progress(&s.strategy).finished.is_none())
                    }),
                })
        })
        .unwrap_or(0);
    Screen::Homework(HomeworkView {
        list: ListView {
            selected,
            scroll: 0,
        },
        today,
    })
}

impl Page for kind::Homework {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Homework
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let Some(me) = ctx.me else {
            return Go::Home;
        };
        let rows = crate::homework::rows(ctx.store, me);
        if move_selection(&mut v.list.selected, rows.len(), action, ctx.page()) {
            return Go::Stay;
        }
        match action {
            Action::Select => {
                let assigned = crate::homework::for_partner(ctx.store, me);
                let step = |i: usize| assigned.and_then(|a| a.steps.get(i));
                let go = match rows.get(v.list.selected) {
                    Some(&Row::Step(i)) => step(i)
                        .and_then(|s| ctx.content.strategy_index(&s.strategy))
                        .map(Go::Strategy),
                    // The therapist's prompt on its own, wherever the strategy is.
                    Some(&Row::Prompt { step: i, prompt }) => step(i).and_then(|s| {
                        Some(Go::Answer {
                            strategy: s.strategy.clone(),
                            prompt: s.prompts.get(prompt)?.id.clone(),
                            back: AnswerBack::Homework(*v),
                            if_missing: Some(crate::t!("homework-strategy-missing")),
                        })
                    }),
                    Some(&Row::Measure(i)) => assigned
                        .and_then(|a| a.measures.ids.get(i))
                        .filter(|id| crate::measures::by_id(id).is_some())
                        .map(|id| {
                            Go::To(super::measure::open_one(
                                id,
                                super::MeasureBack::Homework(*v),
                            ))
                        }),
                    None => return Go::Stay,
                };
                go.unwrap_or_else(|| {
                    ctx.info(crate::t!("homework-strategy-missing"));
                    Go::Stay
                })
            }
            Action::Back => Go::Home,
            _ => Go::Stay,
        }
    }
}
