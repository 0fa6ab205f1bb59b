//! What is in a report: the one place that decides it. Markdown, HTML and
//! JSON only render a [`Report`] (JSON serializes it as it is), so the
//! three exports cannot drift apart: a field added here is in the JSON at
//! once, and a test (`report::agree`) fails until Markdown and HTML show it.
//!
//! Everything borrows from the store and the pack; building a report copies
//! no entry's words.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Scope, Section, group, kind_id};

mod homework;
pub mod measures;
use crate::content::Label;
use crate::model::{
    CheckIn, Commitment, CommitmentId, Entry, EntryId, EntryKind, Kept, Role, Stage, Timestamp,
    Visibility,
};
pub use homework::{HomeworkOut, PromptOut, StepOut};

/// The value of `format`, so a reader can tell this file from any other JSON.
pub const FORMAT: &str = "trustmend-export";
/// The value of `version`; see `report::json` for what bumps it.
pub const VERSION: u32 = 1;

/// The whole report (the JSON export's top-level object).
#[derive(Debug, Clone, Serialize)]
pub struct Report<'a> {
    pub format: &'static str,
    pub version: u32,
    pub exported: Timestamp,
    pub partner: PartnerOut<'a>,
    /// Every strategy of the content pack, in the workbook's order.
    pub strategies: Vec<StrategyOut<'a>>,
    /// Entries tied to no strategy, or to one the pack no longer has.
    pub other_entries: Vec<EntryOut<'a>>,
    /// The partner's own check-ins in the range, oldest first (never anyone else's).
    pub checkins: Vec<CheckInOut<'a>>,
    /// What part of the journal this report covers.
    pub filters: FiltersOut<'a>,
    /// The partner's homework from a therapist, or `null`.
    pub homework: Option<HomeworkOut<'a>>,
    /// The questionnaires the person answered (PHQ-9, GAD-7, CSI-4).
    pub measures: Vec<measures::MeasureOut>,
}

/// The filters given to `trustmend export` (`null`/`false` when not used).
#[derive(Debug, Clone, Serialize)]
pub struct FiltersOut<'a> {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub strategy: Option<&'a str>,
    pub shared_only: bool,
    /// The ids of the entries the person chose with `--select`, or `null`.
    pub selected: Option<&'a [EntryId]>,
}

/// Whose report it is.
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
    pub stage: StageOut,
    pub started: Option<Timestamp>,
    pub finished: Option<Timestamp>,
    /// How many times the strategy was gone through.
    pub visits: u32,
    pub commitments: Vec<CommitmentOut<'a>>,
    pub entries: Vec<EntryOut<'a>>,
}

impl StrategyOut<'_> {
    /// "Stage: practising · started 5 March 2026", as Markdown and HTML say it.
    pub fn stage_line(&self) -> String {
        let mut parts = vec![crate::t!("report-stage", stage = self.stage.label())];
        if let Some(at) = self.started {
            let date = super::human_date(at.date_naive());
            parts.push(crate::t!("report-strategy-started", date = date));
        }
        if let Some(at) = self.finished {
            let date = super::human_date(at.date_naive());
            parts.push(crate::t!("report-strategy-finished", date = date));
        }
        if self.visits > 1 {
            parts.push(crate::t!("report-visits", n = self.visits));
        }
        parts.join(" · ")
    }

    /// Whether anything happened in it yet (HTML lists the others in one line).
    pub fn touched(&self) -> bool {
        self.stage.0 != "not_started"
            || self.finished.is_some()
            || !self.entries.is_empty()
            || !self.commitments.is_empty()
    }
}

/// A stage: its id in JSON (`practising`), its words in Markdown and HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageOut(pub &'static str, pub &'static str);

impl StageOut {
    pub fn of(stage: &Stage) -> StageOut {
        StageOut(stage_id(stage), stage.label())
    }

    /// Its words in the language in use, as the screens say it
    /// ([`Stage::said`]).
    pub fn label(self) -> String {
        crate::t!("stage", stage = self.1.replace(' ', "-"))
    }
}

impl Serialize for StageOut {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
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
    pub author: std::borrow::Cow<'a, str>,
    /// Whether the exporting partner wrote it.
    pub own: bool,
    pub kind: &'static str,
    /// The strategy id the entry was written for, as recorded (it may name
    /// a strategy the current pack no longer has).
    pub strategy: Option<&'a str>,
    /// `strategy` names one the pack no longer has (Markdown and HTML say so).
    #[serde(skip)]
    pub strategy_gone: bool,
    /// The prompt id, for a reflection.
    pub prompt: Option<&'a str>,
    /// The therapist who added the prompt this entry answers (one of the
    /// homework's extra prompts), or `null` for the pack's own prompts.
    pub assigned_by: Option<String>,
    /// The commitment reviewed, for a review.
    pub commitment: Option<CommitmentId>,
    /// The prompt or question as it read when the entry was written.
    pub heading: &'a str,
    /// `null` when the entry is protected.
    pub text: Option<&'a str>,
    pub locked: bool,
    pub visibility: Visibility,
    /// Who the entry reaches (`privacy::reach`): "private", "shared", or
    /// "together" for an answer to a together prompt, which is shown
    /// beside the partner's whatever its visibility.
    pub reach: &'static str,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl EntryOut<'_> {
    /// What an entry with no heading is called.
    pub fn untitled(&self) -> String {
        super::words::word("report-untitled", self.kind, || {
            crate::t!("report-untitled", kind = self.kind)
        })
    }

    /// "Written 1 March 2026, 09:00 · private · edited … · by Sam · a
    /// prompt from Dr. Lee" (still to be escaped). Said for every entry:
    /// the sentences are kept ([`super::words`]), not looked up each time.
    pub fn meta(&self) -> String {
        use super::human_time;
        use super::words::{sentence, word};
        let reach = word("reach", self.reach, || {
            crate::t!("reach", reach = self.reach)
        });
        let mut meta = sentence(
            "report-written",
            &[&human_time(self.created), &reach],
            |v| crate::t!("report-written", date = v[0], reach = v[1]),
        );
        let mut add = |part: String| {
            meta.push_str(" · ");
            meta.push_str(&part);
        };
        if self.updated != self.created {
            add(sentence(
                "report-edited",
                &[&human_time(self.updated)],
                |v| crate::t!("report-edited", date = v[0]),
            ));
        }
        if !self.own {
            add(sentence("report-by", &[self.author.as_ref()], |v| {
                crate::t!("report-by", name = v[0])
            }));
        }
        if let Some(who) = &self.assigned_by {
            add(sentence("report-prompt-from", &[who.as_str()], |v| {
                crate::t!("report-prompt-from", name = v[0])
            }));
        }
        if let (Some(id), true) = (self.strategy, self.strategy_gone) {
            add(crate::t!("report-strategy-gone", id = id));
        }
        meta
    }
}

/// One check-in of the partner's, with their notes (it is their report).
#[derive(Debug, Clone, Serialize)]
pub struct CheckInOut<'a> {
    pub at: Timestamp,
    /// `null` (JSON) or "skipped" (Markdown, HTML) where the person left
    /// the number out.
    pub mood: Option<u8>,
    pub trust: Option<u8>,
    pub sleep: Option<u8>,
    pub appetite: Option<u8>,
    pub stress: Option<u8>,
    pub feelings: Vec<Named<'a>>,
    pub body_signs: Vec<Named<'a>>,
    pub note: Option<std::borrow::Cow<'a, str>>,
}

/// A feeling or body sign: its id in JSON, the pack's words for it in
/// Markdown and HTML (the id itself when the pack no longer has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named<'a> {
    pub id: &'a str,
    pub label: &'a str,
}

impl Serialize for Named<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id)
    }
}

/// The report for `scope.partner`, stamped with `now`; `None` when the
/// store has no such partner.
pub fn build<'a>(scope: &Scope<'a>, now: Timestamp) -> Option<Report<'a>> {
    let me = scope.me()?;
    let grouped = group(scope, me);
    Some(Report {
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
        checkins: checkins(scope),
        filters: FiltersOut {
            since: scope.filter.since,
            until: scope.filter.until,
            strategy: scope.filter.strategy,
            shared_only: scope.filter.shared_only,
            selected: scope.filter.selected,
        },
        homework: homework::of(scope, now.date_naive()),
        measures: measures::of(scope),
    })
}

fn strategy<'a>(scope: &Scope<'a>, s: Section<'a>) -> StrategyOut<'a> {
    StrategyOut {
        id: &s.strategy.id,
        number: s.number,
        title: &s.strategy.title,
        stage: StageOut::of(&s.progress.stage),
        started: s.progress.started,
        finished: s.progress.finished,
        visits: s.progress.visits,
        commitments: s.commitments.into_iter().map(commitment).collect(),
        entries: s.entries.into_iter().map(|e| entry(scope, e)).collect(),
    }
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
    let own = e.author == scope.partner;
    let (prompt, commitment) = match &e.kind {
        EntryKind::Reflection { prompt, .. } => (Some(prompt.as_str()), None),
        EntryKind::Review { commitment, .. } => (None, Some(*commitment)),
        EntryKind::Free { .. } | EntryKind::Reply { .. } => (None, None),
    };
    // Only one's own homework is named: another partner's therapist is theirs.
    let assigned_by = match (&e.kind, own) {
        (EntryKind::Reflection { strategy, prompt }, true) => scope
            .content
            .strategy(strategy)
            .and_then(|s| crate::homework::added_by(scope.store, e.author, s, prompt)),
        _ => None,
    };
    // A free entry's "# " title is its heading; its words follow it.
    let (heading, text) = match (&e.kind, e.body.text()) {
        (EntryKind::Free { .. }, Some(text)) if e.heading.trim().is_empty() => {
            match crate::model::split_title(text) {
                (Some(title), words) => (title, Some(words)),
                (None, words) => (e.heading.as_str(), Some(words)),
            }
        }
        (_, text) => (e.heading.as_str(), text),
    };
    EntryOut {
        id: e.id,
        author: scope.name_of(e.author),
        own,
        kind: kind_id(&e.kind),
        strategy: e.kind.strategy(),
        strategy_gone: e
            .kind
            .strategy()
            .is_some_and(|id| scope.content.strategy(id).is_none()),
        prompt,
        assigned_by,
        commitment,
        heading,
        text,
        locked: e.body.text().is_none(),
        visibility: e.visibility,
        reach: crate::privacy::reach(scope.content, e).label(),
        created: e.created,
        updated: e.updated,
    }
}

fn checkins<'a>(scope: &Scope<'a>) -> Vec<CheckInOut<'a>> {
    let named = |labels: &'a [Label], id: &'a String| Named {
        id,
        label: labels
            .iter()
            .find(|l| &l.id == id)
            .map_or(id.as_str(), |l| l.label.as_str()),
    };
    let signs = &scope.content.foundations;
    let mut out: Vec<CheckInOut> = scope
        .store
        .checkins
        .iter()
        .filter(|c| c.author == scope.partner && scope.filter.checkin(c))
        .map(|c: &'a CheckIn| CheckInOut {
            at: c.at,
            mood: c.mood,
            trust: c.trust,
            sleep: c.sleep,
            appetite: c.appetite,
            stress: c.stress,
            feelings: c
                .feelings
                .iter()
                .map(|f| named(&signs.emotions, f))
                .collect(),
            body_signs: c
                .body_signs
                .iter()
                .map(|b| named(&signs.body_signs, b))
                .collect(),
            // A protected partner's note still sealed says so instead.
            note: c.note.as_deref().map(super::note_shown),
        })
        .collect();
    out.sort_by_key(|c| c.at);
    out
}
