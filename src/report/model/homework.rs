//! The homework part of a report: each assigned strategy, its due date and
//! progress (late when finished after it), and every prompt of it for the
//! partner, the therapist's own marked, answered or not yet.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::homework::StepState;
use crate::model::{EntryId, EntryKind, Role, Timestamp};
use crate::report::Scope;

/// A therapist's assignment and how far along it is on the report's day.
#[derive(Debug, Clone, Serialize)]
pub struct HomeworkOut<'a> {
    pub assigned_by: &'a str,
    pub start: NaiveDate,
    pub note: &'a str,
    pub steps: Vec<StepOut<'a>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepOut<'a> {
    pub strategy: &'a str,
    /// The strategy's title (its id when the pack no longer has it).
    pub title: &'a str,
    pub due: Option<NaiveDate>,
    /// `done`, `overdue`, `due_today`, `due` or `no_due_date`.
    pub state: &'static str,
    /// The day the strategy was finished, when `state` is `done`.
    pub done_on: Option<NaiveDate>,
    /// Finished after its due date.
    pub late: bool,
    /// The prompts of this strategy for the partner: the pack's, then the
    /// therapist's extra ones, each answered or not yet.
    pub prompts: Vec<PromptOut>,
}

impl StepOut<'_> {
    /// "done 4 March 2026, late", "overdue (due 3 March 2026)", …
    pub fn progress(&self) -> String {
        let on = |d: Option<NaiveDate>| d.map(crate::report::human_date).unwrap_or_default();
        let (state, date) = match self.state {
            "done" if self.late => ("late", on(self.done_on)),
            "done" => ("done", on(self.done_on)),
            "overdue" => ("overdue", on(self.due)),
            "due_today" => ("today", String::new()),
            _ => ("other", String::new()),
        };
        crate::t!("report-step", state = state, date = date)
    }
}

/// One prompt of an assigned strategy.
#[derive(Debug, Clone, Serialize)]
pub struct PromptOut {
    pub id: String,
    pub text: String,
    /// The therapist who added it, or `null` for one of the pack's prompts.
    pub added_by: Option<String>,
    /// When the partner first answered it, or `null`: not answered yet.
    pub answered: Option<Timestamp>,
    /// The entry holding the answer (found under its strategy).
    pub entry: Option<EntryId>,
}

pub(super) fn of<'a>(scope: &Scope<'a>, today: NaiveDate) -> Option<HomeworkOut<'a>> {
    if scope.filter.shared_only {
        return None;
    }
    let a = crate::homework::for_partner(scope.store, scope.partner)?;
    let role = scope.me().map_or(Role::Unsaid, |p| p.role);
    // The first answer to each prompt, whatever the filters: a prompt
    // answered before --since is still answered.
    let mut answers: HashMap<(&str, &str), (Timestamp, EntryId)> = HashMap::new();
    for e in scope
        .store
        .entries
        .iter()
        .filter(|e| e.author == scope.partner)
    {
        if let EntryKind::Reflection { strategy, prompt } = &e.kind {
            let slot = answers
                .entry((strategy.as_str(), prompt.as_str()))
                .or_insert((e.created, e.id));
            if e.created < slot.0 {
                *slot = (e.created, e.id);
            }
        }
    }
    let steps = a
        .steps
        .iter()
        .map(|step| {
            let state = StepState::of(scope.store, scope.partner, step, today);
            let (name, done_on) = match state {
                StepState::Done(on) => ("done", Some(on)),
                StepState::Overdue(_) => ("overdue", None),
                StepState::DueToday => ("due_today", None),
                StepState::Due(_) => ("due", None),
                StepState::NoDueDate => ("no_due_date", None),
            };
            let pack = scope.content.strategy(&step.strategy);
            let prompts = pack
                .map(|s| crate::homework::prompts_for(scope.store, scope.partner, role, s))
                .unwrap_or_default()
                .into_iter()
                .map(|p| {
                    let answer = answers.get(&(step.strategy.as_str(), p.id.as_str()));
                    PromptOut {
                        added_by: pack.and_then(|s| {
                            crate::homework::added_by(scope.store, scope.partner, s, &p.id)
                        }),
                        answered: answer.map(|a| a.0),
                        entry: answer.map(|a| a.1),
                        id: p.id,
                        text: p.text,
                    }
                })
                .collect();
            StepOut {
                strategy: &step.strategy,
                title: pack.map_or(step.strategy.as_str(), |s| s.title.as_str()),
                due: step.due,
                state: name,
                done_on,
                late: matches!((done_on, step.due), (Some(on), Some(due)) if on > due),
                prompts,
            }
        })
        .collect();
    Some(HomeworkOut {
        assigned_by: &a.assigned_by,
        start: a.start,
        note: &a.note,
        steps,
    })
}
