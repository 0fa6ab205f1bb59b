//! `trustmend export --format json`: the same report as the Markdown
//! export, as data other tools can read.
//!
//! The structure is versioned: `format` is always `"trustmend-export"`, and
//! `version` changes only when a field is removed or changes meaning (new
//! fields may appear within a version). Every key is always present; a value
//! that does not apply is `null`. Times are RFC 3339 with the offset they
//! were recorded in; dates are `YYYY-MM-DD`.
//!
//! ```text
//! { "format": "trustmend-export", "version": 1, "exported": "2026-03-08T10:00:00+01:00",
//!   "partner": { "name": "Alex", "role": "hurt" | "repairing" | "both" | "unsaid" },
//!   "strategies": [ { "id", "number", "title", "stage", "started", "finished", "visits",
//!       "commitments": [ { "id", "text", "suggestion", "started", "kept", "reviewed" } ],
//!       "entries": [ <entry> ] } ],
//!   "other_entries": [ <entry> ],
//!   "checkins": [ { "at", "mood", "trust", "sleep", "appetite", "stress",
//!       "feelings": [ id ], "body_signs": [ id ], "note" } ],
//!   "filters": { "since", "until", "strategy", "shared_only" },
//!   "homework": null | { "assigned_by", "start", "note",
//!       "steps": [ { "strategy", "due", "state", "done_on" } ] } }
//! <entry> = { "id", "author", "own", "kind": "reflection" | "review" | "free",
//!             "strategy", "prompt", "commitment", "heading", "text", "locked", "visibility",
//!             "created", "updated" }
//! ```
//! The full schema is `docs/export-schema.json` (JSON Schema 2020-12).
//! `stage` is one of `not_started`, `reading`, `reflecting`, `committing`,
//! `practising`, `reviewing`, `done`; `kept` is `kept`, `partly`, `not_kept`
//! or `null` (not reviewed yet). A protected entry has `"text": null` and
//! `"locked": true`.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Scope, Section, group, kind_id};
use crate::model::{
    Commitment, CommitmentId, Entry, EntryId, EntryKind, Kept, Role, Stage, Timestamp, Visibility,
};

/// The value of `format`, so a reader can tell this file from any other JSON.
pub const FORMAT: &str = "trustmend-export";
/// The value of `version`; see the module documentation for what bumps it.
pub const VERSION: u32 = 1;

/// The whole export (the top-level object).
#[derive(Debug, Clone, Serialize)]
pub struct Export<'a> {
    pub format: &'static str,
    pub version: u32,
    pub exported: Timestamp,
    pub partner: PartnerOut<'a>,
    /// Every strategy of the content pack, in the workbook's order.
    pub strategies: Vec<StrategyOut<'a>>,
    /// Entries tied to no strategy, or to one the pack no longer has.
    pub other_entries: Vec<EntryOut<'a>>,
    /// The partner's own check-ins, oldest first (never anyone else's).
    pub checkins: Vec<super::json_checkins::CheckInOut<'a>>,
    /// What part of the journal this export covers.
    pub filters: FiltersOut<'a>,
    /// The partner's homework from a therapist, or `null`.
    pub homework: Option<HomeworkOut<'a>>,
}

/// The filters given to `trustmend export` (`null`/`false` when not used).
#[derive(Debug, Clone, Serialize)]
pub struct FiltersOut<'a> {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub strategy: Option<&'a str>,
    pub shared_only: bool,
}

/// A therapist's assignment and how far along it is on the export's day.
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
    pub due: Option<NaiveDate>,
    /// `done`, `overdue`, `due_today`, `due` or `no_due_date`.
    pub state: &'static str,
    /// The day the strategy was finished, when `state` is `done`.
    pub done_on: Option<NaiveDate>,
}

/// Whose export it is.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerOut<'a> {
    pub name: &'a str,
    pub role: Role,
}

/// One strategy: the partner's progress, commitments and entries.
#[derive(Debug, Clone, Serialize)]
pub struct StrategyOut<'a> {
    pub id: &'a str,
    /// 1-based position in the workbook.
    pub number: usize,
    pub title: &'a str,
    pub stage: &'static str,
    pub started: Option<Timestamp>,
    pub finished: Option<Timestamp>,
    /// How many times the strategy was gone through.
    pub visits: u32,
    pub commitments: Vec<CommitmentOut<'a>>,
    pub entries: Vec<EntryOut<'a>>,
}

/// A commitment of the partner, and how it was kept.
#[derive(Debug, Clone, Serialize)]
pub struct CommitmentOut<'a> {
    pub id: CommitmentId,
    pub text: &'a str,
    /// The id of the content's suggestion it was chosen from, or `null`
    /// when the partner wrote it.
    pub suggestion: Option<&'a str>,
    pub started: NaiveDate,
    pub kept: Option<Kept>,
    pub reviewed: Option<Timestamp>,
}

/// A journal entry: the partner's own, or one shared with them.
#[derive(Debug, Clone, Serialize)]
pub struct EntryOut<'a> {
    pub id: EntryId,
    /// The author's name.
    pub author: &'a str,
    /// Whether the exporting partner wrote it.
    pub own: bool,
    pub kind: &'static str,
    /// The strategy id the entry was written for, as recorded (it may name
    /// a strategy the current pack no longer has).
    pub strategy: Option<&'a str>,
    /// The prompt id, for a reflection.
    pub prompt: Option<&'a str>,
    /// The commitment reviewed, for a review.
    pub commitment: Option<CommitmentId>,
    /// The prompt or question as it read when the entry was written.
    pub heading: &'a str,
    /// `null` when the entry is protected.
    pub text: Option<&'a str>,
    pub locked: bool,
    pub visibility: Visibility,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// The export for `scope.partner` as data, stamped with `now`. Fails only
/// when the store has no such partner.
pub fn export<'a>(scope: &Scope<'a>, now: Timestamp) -> Result<Export<'a>, serde_json::Error> {
    let Some(me) = scope.me() else {
        return Err(serde::ser::Error::custom(format!(
            "there is no profile with id {} to export",
            scope.partner
        )));
    };
    let grouped = group(scope, me);
    Ok(Export {
        format: FORMAT,
        version: VERSION,
        exported: now,
        partner: PartnerOut {
            name: &me.name,
            role: me.role,
        },
        strategies: grouped
            .sections
            .into_iter()
            .map(|s| strategy(scope, s))
            .collect(),
        other_entries: grouped.other.into_iter().map(|e| entry(scope, e)).collect(),
        checkins: super::json_checkins::own(scope.store, me.id),
        filters: FiltersOut {
            since: scope.filter.since,
            until: scope.filter.until,
            strategy: scope.filter.strategy,
            shared_only: scope.filter.shared_only,
        },
        homework: homework(scope, now.date_naive()),
    })
}

/// The export as pretty-printed JSON, ending with a newline.
pub fn render(scope: &Scope<'_>, now: Timestamp) -> Result<String, serde_json::Error> {
    let mut out = serde_json::to_string_pretty(&export(scope, now)?)?;
    out.push('\n');
    Ok(out)
}

/// The machine-readable name of a stage.
pub fn stage_id(stage: &Stage) -> &'static str {
    match stage {
        Stage::NotStarted => "not_started",
        Stage::Reading => "reading",
        Stage::Reflecting { .. } => "reflecting",
        Stage::Committing => "committing",
        Stage::Practising { .. } => "practising",
        Stage::Reviewing { .. } => "reviewing",
        Stage::Done => "done",
    }
}

fn strategy<'a>(scope: &Scope<'a>, s: Section<'a>) -> StrategyOut<'a> {
    StrategyOut {
        id: &s.strategy.id,
        number: s.number,
        title: &s.strategy.title,
        stage: stage_id(&s.progress.stage),
        started: s.progress.started,
        finished: s.progress.finished,
        visits: s.progress.visits,
        commitments: s.commitments.into_iter().map(commitment).collect(),
        entries: s.entries.into_iter().map(|e| entry(scope, e)).collect(),
    }
}

fn homework<'a>(scope: &Scope<'a>, today: NaiveDate) -> Option<HomeworkOut<'a>> {
    use crate::homework::StepState;
    if scope.filter.shared_only {
        return None;
    }
    let a = crate::homework::for_partner(scope.store, scope.partner)?;
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
            StepOut {
                strategy: &step.strategy,
                due: step.due,
                state: name,
                done_on,
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

fn commitment(c: &Commitment) -> CommitmentOut<'_> {
    CommitmentOut {
        id: c.id,
        text: &c.text,
        suggestion: c.suggestion.as_deref(),
        started: c.started,
        kept: c.review.as_ref().map(|r| r.kept),
        reviewed: c.review.as_ref().map(|r| r.reviewed),
    }
}

fn entry<'a>(scope: &Scope<'a>, e: &'a Entry) -> EntryOut<'a> {
    let (prompt, commitment) = match &e.kind {
        EntryKind::Reflection { prompt, .. } => (Some(prompt.as_str()), None),
        EntryKind::Review { commitment, .. } => (None, Some(*commitment)),
        EntryKind::Free { .. } | EntryKind::Reply { .. } => (None, None),
    };
    EntryOut {
        id: e.id,
        author: scope.name_of(e.author),
        own: e.author == scope.partner,
        kind: kind_id(&e.kind),
        strategy: e.kind.strategy(),
        prompt,
        commitment,
        heading: &e.heading,
        text: e.body.text(),
        locked: e.body.text().is_none(),
        visibility: e.visibility,
        created: e.created,
        updated: e.updated,
    }
}

#[cfg(test)]
mod tests;
