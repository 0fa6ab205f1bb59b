//! Homework from a therapist: the TOML assignment file, its checks (every
//! mistake with its file, line and column), and attaching it to a partner.
//!
//! Pure: text in, [`Plan`] or problems out; the CLI reads the file and
//! writes the store (`commands`).

use std::path::Path;

use chrono::NaiveDate;

use crate::content::{Audience, Content, ContentError, Prompt, Strategy};
use crate::model::{
    AssignedMeasures, AssignedPrompt, AssignedStep, Assignment, PartnerId, Role, Store, Timestamp,
};

mod parse;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_es;
#[cfg(test)]
mod tests_measures;

/// Who a homework prompt's `role` asks, or what to write instead.
pub fn audience(word: &str) -> Result<Audience, String> {
    match word {
        "hurt" => Ok(Audience::Hurt),
        "repairing" => Ok(Audience::Repairing),
        "both" => Ok(Audience::Mutual),
        "everyone" => Ok(Audience::Both),
        "together" => Ok(Audience::Together),
        "mutual" => Err(crate::t!(
            "homework-role-mutual",
            word = format!("{word:?}")
        )),
        "unsaid" => Err(crate::t!(
            "homework-role-unsaid",
            word = format!("{word:?}")
        )),
        _ => Err(crate::t!(
            "homework-role-unknown",
            word = format!("{word:?}"),
            words = parse::either(
                &["hurt", "repairing", "both", "everyone", "together"].map(|w| format!("{w:?}"))
            )
        )),
    }
}

/// A checked assignment file, not yet attached to anyone.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub assigned_by: String,
    /// The name the therapist wrote it for, if any.
    pub to: Option<String>,
    pub start: NaiveDate,
    pub note: String,
    pub steps: Vec<AssignedStep>,
    /// The questionnaires asked for, and how often.
    pub measures: AssignedMeasures,
}

/// Check an assignment file against the strategies of `content`. Every
/// problem is returned, each with its place in `path`.
pub fn parse(path: &Path, src: &str, content: &Content) -> Result<Plan, Vec<ContentError>> {
    parse::plan(path, src, content)
}

impl Plan {
    pub fn into_assignment(self, partner: PartnerId, imported: Timestamp) -> Assignment {
        Assignment {
            partner,
            assigned_by: self.assigned_by,
            to: self.to,
            start: self.start,
            note: self.note,
            steps: self.steps,
            imported,
            measures: self.measures,
        }
    }
}

/// What [`attach`] did, for the message the CLI prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attached {
    New,
    Replaced,
}

/// Give `assignment` to its partner. A partner has at most one assignment:
/// an earlier one is replaced. Entries, progress and commitments are never
/// touched (a reflection answered to an assigned prompt stays in the journal
/// even when the new file no longer has that prompt).
pub fn attach(store: &mut Store, assignment: Assignment) -> Attached {
    let before = store.assignments.len();
    store
        .assignments
        .retain(|a| a.partner != assignment.partner);
    let outcome = if store.assignments.len() == before {
        Attached::New
    } else {
        Attached::Replaced
    };
    store.assignments.push(assignment);
    outcome
}

/// The partner's current assignment, if they have one.
pub fn for_partner(store: &Store, partner: PartnerId) -> Option<&Assignment> {
    store
        .assignments
        .iter()
        .rev()
        .find(|a| a.partner == partner)
}

/// The prompts a partner answers in one strategy: the pack's prompts for
/// their role, then their therapist's extra prompts for that strategy and
/// role. The one list the reflection flow, its count, its editor and its
/// entry headings all come from.
pub fn prompts_for(
    store: &Store,
    partner: PartnerId,
    role: Role,
    strategy: &Strategy,
) -> Vec<Prompt> {
    let mut out: Vec<Prompt> = strategy.prompts_for(role).into_iter().cloned().collect();
    let extra = for_partner(store, partner)
        .into_iter()
        .flat_map(|a| a.steps.iter())
        .filter(|s| s.strategy == strategy.id)
        .flat_map(|s| s.prompts.iter());
    for p in extra {
        let audience = Audience::parse(&p.role).unwrap_or(Audience::Both);
        if audience.includes(role) && !out.iter().any(|o| o.id == p.id) {
            out.push(Prompt {
                id: p.id.clone(),
                audience,
                text: p.text.clone(),
            });
        }
    }
    out
}

/// Who added a prompt, when it is one of the partner's assigned prompts
/// (not the pack's), for the "from Dr. Lee" beside it.
pub fn added_by(
    store: &Store,
    partner: PartnerId,
    strategy: &Strategy,
    prompt: &str,
) -> Option<String> {
    if strategy.prompts.iter().any(|p| p.id == prompt) {
        return None;
    }
    let a = for_partner(store, partner)?;
    a.steps
        .iter()
        .filter(|s| s.strategy == strategy.id)
        .any(|s| s.prompts.iter().any(|p| p.id == prompt))
        .then(|| a.assigned_by.clone())
}

/// The therapist's prompts of `step` asked of this partner (by their role)
/// that they have not answered yet, in the file's order. A finished
/// strategy with such prompts is not done as homework.
pub fn unanswered<'a>(
    store: &Store,
    partner: PartnerId,
    step: &'a AssignedStep,
) -> Vec<(usize, &'a AssignedPrompt)> {
    let role = store.partner(partner).map_or(Role::Unsaid, |p| p.role);
    unanswered_as(role, step, |strategy, prompt| {
        store.reflection(partner, strategy, prompt).is_some()
    })
}

/// [`unanswered`], for a partner of `role`, with `answered` saying whether
/// they have answered a prompt (a strategy's id, then the prompt's): so a
/// step is judged the same from the journal or from what `status` keeps of
/// it (`standing::Digest`).
pub fn unanswered_as(
    role: Role,
    step: &AssignedStep,
    answered: impl Fn(&str, &str) -> bool,
) -> Vec<(usize, &AssignedPrompt)> {
    step.prompts
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            Audience::parse(&p.role)
                .unwrap_or(Audience::Both)
                .includes(role)
        })
        .filter(|(_, p)| !answered(&step.strategy, &p.id))
        .collect()
}

/// One row of the homework list: an assigned strategy, or one of the
/// therapist's prompts under it not answered yet, which opens directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Step(usize),
    /// The step, and the prompt's place among that step's prompts.
    Prompt {
        step: usize,
        prompt: usize,
    },
    /// A questionnaire the therapist asks for (its place in
    /// `measures.ids`), after the strategies; opens at its first question.
    Measure(usize),
}

/// The rows of the homework list for this partner, in order: the full
/// screen, walk and their Enter all read this one list.
pub fn rows(store: &Store, partner: PartnerId) -> Vec<Row> {
    let Some(a) = for_partner(store, partner) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, step) in a.steps.iter().enumerate() {
        out.push(Row::Step(i));
        out.extend(
            unanswered(store, partner, step)
                .into_iter()
                .map(|(prompt, _)| Row::Prompt { step: i, prompt }),
        );
    }
    out.extend((0..a.measures.ids.len()).map(Row::Measure));
    out
}

/// Where one questionnaire the therapist asks for stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureState {
    /// Never answered, or last answered the schedule's days ago or more.
    Due,
    /// Answered on `on`; offered again on `next`.
    Answered { on: NaiveDate, next: NaiveDate },
}

impl MeasureState {
    /// The one rule, `measures::due`, with the assignment's schedule.
    pub fn of(
        store: &Store,
        partner: PartnerId,
        a: &Assignment,
        id: &str,
        today: NaiveDate,
    ) -> Self {
        let every = a.measures.every_days.unwrap_or(crate::measures::EVERY_DAYS);
        let results = store
            .partner(partner)
            .map_or(&[][..], |p| p.measures.as_slice());
        let due = crate::measures::by_id(id).is_some_and(|m| {
            !crate::measures::due(std::slice::from_ref(m), None, every, results, today).is_empty()
        });
        match crate::measures::last_answered(results, id) {
            Some(on) if !due => MeasureState::Answered {
                on,
                next: on + chrono::Duration::days(i64::from(every)),
            },
            _ => MeasureState::Due,
        }
    }

    /// "to answer", or "answered 3 Mar, next 17 Mar" with dates by `day`.
    pub fn label_as(self, day: impl Fn(NaiveDate) -> String) -> String {
        match self {
            MeasureState::Due => {
                crate::t!("homework-measure-state", state = "due", on = "", next = "")
            }
            MeasureState::Answered { on, next } => crate::t!(
                "homework-measure-state",
                state = "answered",
                on = day(on),
                next = day(next)
            ),
        }
    }
}

/// Where one assigned strategy stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    Done(NaiveDate),
    Overdue(NaiveDate),
    DueToday,
    Due(NaiveDate),
    NoDueDate,
}

impl StepState {
    pub fn of(store: &Store, partner: PartnerId, step: &AssignedStep, today: NaiveDate) -> Self {
        let me = store.partner(partner);
        StepState::judged(me, step, today, |strategy, prompt| {
            store.reflection(partner, strategy, prompt).is_some()
        })
    }

    /// [`StepState::of`] for `me`, with `answered` saying which prompts
    /// they have answered (see [`unanswered_as`]).
    pub fn judged(
        me: Option<&crate::model::Partner>,
        step: &AssignedStep,
        today: NaiveDate,
        answered: impl Fn(&str, &str) -> bool,
    ) -> Self {
        // Finished, with the therapist's prompts answered too.
        let role = me.map_or(Role::Unsaid, |p| p.role);
        let finished = me
            .and_then(|p| p.progress(&step.strategy).finished)
            .filter(|_| unanswered_as(role, step, answered).is_empty());
        match (finished, step.due) {
            (Some(at), _) => StepState::Done(at.date_naive()),
            (None, Some(due)) if due < today => StepState::Overdue(due),
            (None, Some(due)) if due == today => StepState::DueToday,
            (None, Some(due)) => StepState::Due(due),
            (None, None) => StepState::NoDueDate,
        }
    }

    pub fn label(self) -> String {
        self.label_as(|d| d.to_string())
    }

    /// The label with its date written by `day` (the screens write every
    /// date in the person's `date_format`).
    pub fn label_as(self, day: impl Fn(NaiveDate) -> String) -> String {
        let (state, date) = match self {
            StepState::Done(on) => ("done", day(on)),
            StepState::Overdue(due) => ("overdue", day(due)),
            StepState::DueToday => ("today", String::new()),
            StepState::Due(due) => ("due", day(due)),
            StepState::NoDueDate => ("none", String::new()),
        };
        crate::t!("homework-step-state", state = state, date = date)
    }
}

/// A commented assignment file to start from (`homework template`), in
/// English.
pub const TEMPLATE: &str = include_str!("homework/template.toml");

/// The name of a pack's own template (`content/<code>/homework-template.toml`).
pub(crate) const TEMPLATE_FILE: &str = "homework-template.toml";

/// [`TEMPLATE`] in the language in use: its comments and example texts in
/// the language, its keys and ids as they are. A language whose pack has
/// no `homework-template.toml` gets the English one.
pub fn template() -> &'static str {
    let lang = crate::i18n::language();
    if lang == crate::i18n::Lang::EN {
        return TEMPLATE;
    }
    crate::i18n::bundled::file(lang.code(), TEMPLATE_FILE).map_or(TEMPLATE, |(_, text)| text)
}
