//! The persisted data: partners, their progress, entries, commitments,
//! check-ins and assignments. Plain data with serde; no I/O here.
//!
//! One store holds every partner who uses this computer. Privacy is a
//! property of each record (`author` + `visibility`), and the rules for who
//! may see what live in [`crate::privacy`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

mod checkins;
mod common;
mod entries;
mod entry_de;
mod household;
pub mod progress;
pub mod session;
mod store_error;
mod timestamp;

pub use checkins::CheckIns;
pub use common::{Common, Commons};
pub use entries::{Entries, Remembered, Stamp};
pub use household::{Full, MAX_PARTNERS};

pub use progress::{Stage, StrategyProgress, Transition, TransitionError};
pub use session::{Draft, DraftTarget, Location, Session};
pub use store_error::{JsonProblem, LEAVING_FILE, SESSION_FILE, StoreError, Unanswered};

/// The version of the store format this build writes. Bump it together with a
/// migration in `store::migrate` and a fixture under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 3;

pub type Timestamp = DateTime<FixedOffset>;
pub type PartnerId = u32;
pub type EntryId = u64;
pub type CommitmentId = u64;

/// Which side of the betrayal a partner is on. It decides which prompts and
/// commitments the workbook offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The partner who was hurt.
    Hurt,
    /// The partner repairing the trust.
    Repairing,
    /// Each partner has been hurt and has hurt the other: neither side of
    /// the betrayal fits alone, so they see the prompts written for that.
    Both,
    /// Prefers not to say; sees only the prompts meant for everyone.
    Unsaid,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Hurt, Role::Repairing, Role::Both, Role::Unsaid];

    /// Where the person stands, in their own words and in the language in
    /// use ("I was hurt"), as the welcome offers it.
    pub fn label(self) -> String {
        crate::t!("role-label", role = self.short())
    }

    pub fn short(self) -> &'static str {
        match self {
            Role::Hurt => "hurt",
            Role::Repairing => "repairing",
            Role::Both => "both",
            Role::Unsaid => "unsaid",
        }
    }
}

/// Whether an entry is for its author alone or for both partners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    #[default]
    Private,
    Shared,
}

impl Visibility {
    pub fn label(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Shared => "shared",
        }
    }
}

/// What an entry answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryKind {
    /// An answer to one of a strategy's journaling prompts.
    Reflection { strategy: Common, prompt: Common },
    /// What a partner learned when reviewing a commitment.
    Review {
        strategy: Common,
        commitment: CommitmentId,
    },
    /// A free journal entry, not tied to a prompt.
    Free {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        strategy: Option<Common>,
    },
    /// A partner's answer to an entry the other shared. Always shared (see
    /// `privacy::can_read` for who may read it).
    Reply { to: EntryId },
}

impl EntryKind {
    pub fn strategy(&self) -> Option<&str> {
        match self {
            EntryKind::Reflection { strategy, .. } | EntryKind::Review { strategy, .. } => {
                Some(strategy.as_str())
            }
            EntryKind::Free { strategy } => strategy.as_deref(),
            EntryKind::Reply { .. } => None,
        }
    }

    /// The strategy and prompt this reflection answers (`None` for any
    /// other kind).
    pub fn reflection_on(&self) -> Option<(&str, &str)> {
        match self {
            EntryKind::Reflection { strategy, prompt } => {
                Some((strategy.as_str(), prompt.as_str()))
            }
            _ => None,
        }
    }

    /// Whether this is a reflection on `prompt` of `strategy`.
    pub fn answers(&self, strategy: &str, prompt: &str) -> bool {
        self.reflection_on() == Some((strategy, prompt))
    }

    /// The entry this one answers, for a reply.
    pub fn reply_to(&self) -> Option<EntryId> {
        match self {
            EntryKind::Reply { to } => Some(*to),
            _ => None,
        }
    }

    /// What an entry's title in a list depends on: whether it is a reply
    /// and, if not, its strategy.
    pub fn title_key(&self) -> (bool, Option<&str>) {
        match self.reply_to() {
            Some(_) => (true, None),
            None => (false, self.strategy()),
        }
    }
}

/// The text of an entry: plain, or sealed with `age` for a partner who
/// protects their private entries (the ciphertext is ASCII-armored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    Text(String),
    Sealed(String),
}

impl Body {
    /// The plain text, if it is not sealed.
    pub fn text(&self) -> Option<&str> {
        match self {
            Body::Text(t) => Some(t),
            Body::Sealed(_) => None,
        }
    }
}

/// One journal entry. On disk the fields of its `kind` sit beside the
/// others (`"kind": "reflection", "strategy": …, "prompt": …`); it is read
/// by hand (see `entry_de.rs`) rather than through serde's `flatten`,
/// which would buffer every entry before reading it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: EntryId,
    pub author: PartnerId,
    #[serde(flatten)]
    pub kind: EntryKind,
    /// The prompt or question as it read when the entry was written, so an
    /// export still makes sense if the content pack changes later. Kept
    /// once for all the entries read together that answer the same prompt.
    pub heading: Common,
    pub body: Body,
    pub visibility: Visibility,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Entry {
    /// Where this entry stands among the others: by when it was written,
    /// then by id. The journal's list, search and replies (newest or oldest
    /// first), every report and `status` order entries by this.
    pub fn written_order(&self) -> (Timestamp, EntryId) {
        (self.created, self.id)
    }
}

/// How well a commitment was kept, as its author judged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kept {
    Kept,
    Partly,
    NotKept,
}

impl Kept {
    pub const ALL: [Kept; 3] = [Kept::Kept, Kept::Partly, Kept::NotKept];

    pub fn label(self) -> &'static str {
        match self {
            Kept::Kept => "kept",
            Kept::Partly => "partly kept",
            Kept::NotKept => "not kept",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommitmentReview {
    pub kept: Kept,
    pub reviewed: Timestamp,
    /// The review entry holding what the partner learned, if they wrote one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<EntryId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: CommitmentId,
    pub strategy: String,
    pub text: String,
    /// The content's suggestion this was chosen from; `None` when written
    /// by the partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    pub started: NaiveDate,
    pub created: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<CommitmentReview>,
}

/// A day's check-in (filled in by the check-ins screen).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CheckIn {
    pub author: PartnerId,
    #[serde(deserialize_with = "timestamp::read")]
    pub at: Timestamp,
    /// 1–5; each number may be skipped (absent on disk), since a
    /// check-in has no right answers and a person may not want to rate
    /// something that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    /// 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<u8>,
    /// 1–5 each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appetite: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress: Option<u8>,
    /// Ids of the pack's `[[emotion]]`s ticked that day.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub feelings: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub body_signs: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl CheckIn {
    /// A number of a check-in as a person reads it: the number, or
    /// "skipped" (in the language in use) when it was left out. `walk`'s
    /// progress page uses this; the reports keep the same word looked up
    /// once (`report::words`).
    pub fn shown(value: Option<u8>) -> String {
        match value {
            Some(v) => v.to_string(),
            None => crate::t!("report-skipped"),
        }
    }
}

#[cfg(test)]
impl Store {
    /// `partner` practising a commitment of their own in `strategy` since
    /// `at` (opened, no prompts, committed), for tests. Returns its id.
    pub(crate) fn practising_since(
        &mut self,
        partner: PartnerId,
        strategy: &str,
        at: Timestamp,
    ) -> CommitmentId {
        let id = self.fresh_id();
        let since = at.date_naive();
        let Some(p) = self.partner_mut(partner) else {
            return id;
        };
        p.commitments.push(Commitment {
            id,
            strategy: strategy.to_string(),
            text: "Ask one open question a day.".into(),
            suggestion: None,
            started: since,
            created: at,
            review: None,
        });
        let pr = p.progress.entry(strategy.to_string()).or_default();
        for t in [
            Transition::Open,
            Transition::BeginReflecting { prompts: 0 },
            Transition::Commit {
                commitment: id,
                since,
            },
        ] {
            pr.apply(t, at).expect("a fresh strategy takes these steps");
        }
        id
    }
}

#[cfg(test)]
impl CheckIn {
    /// An ordinary day (3 out of 5 for everything, no signs, no note) with
    /// the given trust, for tests.
    pub(crate) fn sample(author: PartnerId, at: Timestamp, trust: u8) -> CheckIn {
        CheckIn {
            author,
            at,
            mood: Some(3),
            trust: Some(trust),
            sleep: Some(3),
            appetite: Some(3),
            stress: Some(3),
            feelings: Default::default(),
            body_signs: Default::default(),
            note: None,
        }
    }
}

/// Homework from a therapist, attached to one partner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    pub partner: PartnerId,
    pub assigned_by: String,
    /// The name the therapist wrote the assignment for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    pub start: NaiveDate,
    #[serde(default)]
    pub note: String,
    pub steps: Vec<AssignedStep>,
    pub imported: Timestamp,
    /// The questionnaires the therapist asks for (`crate::measures` ids)
    /// and how often.
    #[serde(default, skip_serializing_if = "AssignedMeasures::is_empty")]
    pub measures: AssignedMeasures,
}

impl Assignment {
    /// The words of the therapist's `prompt` in `step`, or nothing.
    pub fn prompt_text(&self, step: usize, prompt: usize) -> &str {
        self.steps
            .get(step)
            .and_then(|s| s.prompts.get(prompt))
            .map_or("", |p| p.text.as_str())
    }
}

/// A homework file's `measures = ["phq9", "csi4"]` and
/// `measures_every_days`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignedMeasures {
    pub ids: Vec<String>,
    /// Days between answers; `None`: `crate::measures::EVERY_DAYS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u32>,
}

impl AssignedMeasures {
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssignedStep {
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<AssignedPrompt>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssignedPrompt {
    pub id: String,
    pub role: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub id: PartnerId,
    pub name: String,
    pub role: Role,
    pub created: Timestamp,
    /// Progress through each strategy, by strategy id.
    #[serde(default)]
    pub progress: BTreeMap<String, StrategyProgress>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    /// Ticked items of the move-on checklist. Always private to this partner.
    #[serde(default)]
    pub move_on: BTreeSet<String>,
    /// Whether this partner has seen the safety note: in the welcome, or
    /// at their first start when they were added with `trustmend partner
    /// add` (which sets it false). trustmend always writes it; a store
    /// that does not say (written by hand) counts as seen.
    #[serde(default = "seen_by_default")]
    pub seen_safety_note: bool,
    /// Whether this partner's check-in numbers (never their notes) may be
    /// drawn beside the other partner's. Off until they turn it on (`s` on
    /// the progress screen); a store that does not say is off too.
    #[serde(default, skip_serializing_if = "is_off")]
    pub share_checkin_numbers: bool,
    /// Set when this partner protects their private entries with a passphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protection: Option<crate::crypto::Protection>,
    /// The outcome of this partner's private safety check (never the
    /// answers). Read only through `workbook::safety_check`, which tells the
    /// other partner nothing but whether couples mode is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_check: Option<SafetyOutcome>,
    /// The day this partner last answered their safety check: it may be
    /// taken again a while after (the rule is
    /// `workbook::safety_check::retake`). Theirs alone, sealed with them;
    /// `None` in a store from before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_checked_on: Option<NaiveDate>,
    /// Whether this partner has opened "Before you begin" (its first steps
    /// come before the strategies, so home suggests it until then, while no
    /// strategy is begun). Not written while false.
    #[serde(default, skip_serializing_if = "is_off")]
    pub read_foundations: bool,
    /// Where this partner said they live, in the welcome (a code as
    /// `crate::country` reads it; "ZZ" for "somewhere else"), for the help
    /// list. `None` when they skipped the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// For a protected partner, everything above that is not public, sealed
    /// whole (see `vault`); the fields it holds are then empty here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
    /// The questionnaires this person answered (`crate::measures`), oldest
    /// first. Theirs alone: in their record, so sealed with it when they
    /// protect their entries, and never shown to the partner.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<MeasureResult>,
}

/// One questionnaire answered: which, when, each answer (the option's
/// place, from 0) and the total it scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureResult {
    pub measure: String,
    pub at: Timestamp,
    pub answers: Vec<u8>,
    pub total: u16,
}

/// What a partner's safety check showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyOutcome {
    /// No answer raised a concern.
    Clear,
    /// At least one answer was "yes" or "not sure": no joint exercises.
    Concern,
}

/// The default is not written, so a store from before the setting existed
/// reads and saves back unchanged.
fn is_off(b: &bool) -> bool {
    !*b
}

impl Partner {
    pub fn progress(&self, strategy: &str) -> StrategyProgress {
        self.progress.get(strategy).cloned().unwrap_or_default()
    }

    pub fn commitment(&self, id: CommitmentId) -> Option<&Commitment> {
        self.commitments.iter().find(|c| c.id == id)
    }
}

fn seen_by_default() -> bool {
    true
}

/// Everything trustmend keeps between sessions (`store.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Store {
    pub schema_version: u32,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub entries: Entries,
    #[serde(default)]
    pub checkins: CheckIns,
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    /// The next id handed out for entries and commitments (never reused, so
    /// a deleted entry's id cannot come back as a different entry).
    #[serde(default = "first_id")]
    pub next_id: u64,
    /// Which writing of `store.json` this is: the lines of its change log
    /// name it (see `store::changes`). Only the store module sets it; 0 is
    /// a store that was never written by a trustmend that keeps a log.
    #[serde(default)]
    pub generation: u64,
    /// Fields written by a newer trustmend are kept, never dropped on save.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// `entries` (in the order the journal keeps them) newest first. They are
/// kept in the order written, so that is usually the order reversed, and
/// only a store whose order was changed (by hand, say) needs sorting: the
/// journal's list is drawn from this on every frame.
pub fn newest_first<'a>(entries: impl DoubleEndedIterator<Item = &'a Entry>) -> Vec<&'a Entry> {
    let mut out: Vec<&Entry> = entries.rev().collect();
    put_newest_first(&mut out, |e| *e);
    out
}

/// `items` (each standing for the entry `entry` gives) put in the order of
/// [`newest_first`]: the newer first, and of two written at the same moment
/// the later id. Sorted only if they are not already.
fn put_newest_first<'e, T>(items: &mut [T], entry: impl Fn(&T) -> &'e Entry) {
    let order = |a: &T, b: &T| {
        let (a, b) = (entry(a), entry(b));
        b.written_order().cmp(&a.written_order())
    };
    if !items.is_sorted_by(|a, b| order(a, b).is_le()) {
        items.sort_by(order);
    }
}

/// One partner's entries, newest first ([`Store::entries_of`]).
#[derive(Clone)]
pub struct EntriesOf<'s> {
    entries: &'s Entries,
    author: PartnerId,
    places: std::sync::Arc<[usize]>,
}

impl<'s> EntriesOf<'s> {
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The `i`th newest.
    pub fn get(&self, i: usize) -> Option<&'s Entry> {
        self.entries.get(*self.places.get(i)?)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'s Entry> + '_ {
        self.places.iter().filter_map(|&i| self.entries.get(i))
    }

    /// One entry of each [`EntryKind::title_key`] among them (the newest
    /// of each), remembered while the entries keep their stamp: what
    /// depends only on that key (the journal list's title column) is
    /// worked out from these as from them all.
    pub fn one_of_each_title(&self) -> impl Iterator<Item = &'s Entry> + '_ {
        thread_local! {
            static KEPT: Remembered<PartnerId, std::sync::Arc<[usize]>> =
                const { Remembered::new() };
        }
        let places = KEPT.with(|kept| {
            kept.answer(self.entries, self.author, || {
                let mut seen: Vec<(bool, Option<&str>)> = Vec::new();
                let mut out = Vec::new();
                for &i in self.places.iter() {
                    if let Some(e) = self.entries.get(i) {
                        let key = e.kind.title_key();
                        if !seen.contains(&key) {
                            seen.push(key);
                            out.push(i);
                        }
                    }
                }
                out.into()
            })
        });
        let entries = self.entries;
        (0..places.len()).filter_map(move |k| entries.get(places[k]))
    }
}

/// [`Store::entry_ids_by`], remembered.
fn ids_by(store: &Store, author: PartnerId) -> std::sync::Arc<[EntryId]> {
    thread_local! {
        static KEPT: Remembered<PartnerId, std::sync::Arc<[EntryId]>> =
            const { Remembered::new() };
    }
    KEPT.with(|kept| {
        kept.answer(&store.entries, author, || {
            store.entries_of(author).iter().map(|e| e.id).collect()
        })
    })
}

/// Where `author`'s entries are in `entries`, newest first; remembered
/// while the entries keep their stamp (see [`Store::entries_by`]).
fn places_by(entries: &Entries, author: PartnerId) -> std::sync::Arc<[usize]> {
    thread_local! {
        static KEPT: Remembered<PartnerId, std::sync::Arc<[usize]>> =
            const { Remembered::new() };
    }
    KEPT.with(|kept| {
        kept.answer(entries, author, || {
            let all = entries.arcs();
            let mut at: Vec<usize> = (0..all.len())
                .rev()
                .filter(|&i| all[i].author == author)
                .collect();
            put_newest_first(&mut at, |&i| &all[i]);
            at.into()
        })
    })
}

fn first_id() -> u64 {
    1
}

impl Default for Store {
    fn default() -> Self {
        Store {
            schema_version: SCHEMA_VERSION,
            partners: Vec::new(),
            entries: Entries::new(),
            checkins: CheckIns::default(),
            assignments: Vec::new(),
            next_id: first_id(),
            generation: 0,
            unknown: BTreeMap::new(),
        }
    }
}

impl Store {
    pub fn partner(&self, id: PartnerId) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    pub fn partner_mut(&mut self, id: PartnerId) -> Option<&mut Partner> {
        self.partners.iter_mut().find(|p| p.id == id)
    }

    pub fn partner_by_name(&self, name: &str) -> Option<&Partner> {
        self.partners
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name.trim()))
    }

    /// A free entry by `author` (no strategy, no heading), written at
    /// `when` and seen by whom `visibility` says; returns its id.
    pub fn add_free_entry(
        &mut self,
        author: PartnerId,
        text: &str,
        visibility: Visibility,
        when: Timestamp,
    ) -> EntryId {
        let id = self.fresh_id();
        self.entries.push(Entry {
            id,
            author,
            kind: EntryKind::Free { strategy: None },
            heading: Default::default(),
            body: Body::Text(text.to_string()),
            visibility,
            created: when,
            updated: when,
        });
        id
    }

    pub fn add_partner(&mut self, name: &str, role: Role, now: Timestamp) -> PartnerId {
        // Never the id of someone who left and whose shared entries stay
        // (see `store::leave`): the newcomer would become their author.
        let id = self
            .partners
            .iter()
            .map(|p| p.id)
            .chain(self.entries.iter().map(|e| e.author))
            .max()
            .unwrap_or(0)
            + 1;
        self.partners.push(Partner {
            id,
            name: name.trim().to_string(),
            role,
            created: now,
            progress: BTreeMap::new(),
            commitments: Vec::new(),
            move_on: BTreeSet::new(),
            seen_safety_note: true,
            read_foundations: false,
            share_checkin_numbers: false,
            protection: None,
            safety_check: None,
            safety_checked_on: None,
            country: None,
            sealed: None,
            measures: Vec::new(),
        });
        id
    }

    pub fn fresh_id(&mut self) -> u64 {
        let id = self.next_id.max(1);
        self.next_id = id + 1;
        id
    }

    pub fn entry(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn entry_mut(&mut self, id: EntryId) -> Option<&mut Entry> {
        let at = self.entries.position(|e| e.id == id)?;
        Some(&mut self.entries[at])
    }

    /// The entries written by one partner, newest first.
    ///
    /// The journal list asks on every frame, and the look goes through
    /// every entry: where they are is remembered while the entries keep
    /// their stamp (see [`Remembered`]).
    pub fn entries_by(&self, author: PartnerId) -> Vec<&Entry> {
        self.entries_of(author).iter().collect()
    }

    /// [`Store::entries_by`] read where they are, without a list of them
    /// made: what a frame of the journal list asks (it draws a screenful).
    pub fn entries_of(&self, author: PartnerId) -> EntriesOf<'_> {
        EntriesOf {
            entries: &self.entries,
            author,
            places: places_by(&self.entries, author),
        }
    }

    /// The ids of [`Store::entries_by`], remembered while the entries keep
    /// their stamp: what every key in the journal list asks.
    pub fn entry_ids_by(&self, author: PartnerId) -> std::sync::Arc<[EntryId]> {
        ids_by(self, author)
    }

    /// The store without its entries and check-ins (nor fields a newer
    /// trustmend wrote): who is here and where each stands. What
    /// `summary.json` keeps of a journal, and what `status` reads beside
    /// its [`crate::standing::Digest`].
    pub fn people(&self) -> Store {
        Store {
            schema_version: self.schema_version,
            partners: self.partners.clone(),
            entries: Entries::new(),
            checkins: CheckIns::default(),
            assignments: self.assignments.clone(),
            next_id: self.next_id,
            generation: self.generation,
            unknown: BTreeMap::new(),
        }
    }

    /// The reflection a partner wrote for one prompt, if any.
    pub fn reflection(&self, author: PartnerId, strategy: &str, prompt: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.author == author && e.kind.answers(strategy, prompt))
    }
}

/// The two files a save writes: the journal (`store.json` and its change
/// log) and `session.json`. The workbook numbers its saves per file and the
/// writer answers per file, under this one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveTarget {
    Store,
    Session,
}

impl SaveTarget {
    pub const ALL: [SaveTarget; 2] = [SaveTarget::Store, SaveTarget::Session];

    /// Its place in a pair of per-file counts.
    pub fn index(self) -> usize {
        match self {
            SaveTarget::Store => 0,
            SaveTarget::Session => 1,
        }
    }
}

/// An entry's title: its first line, when that starts with "# " (a free
/// entry's title is written so, and sealed with the words).
pub fn title_of(text: &str) -> Option<&str> {
    let first = text.lines().next()?;
    let title = first.strip_prefix("# ")?.trim();
    (!title.is_empty()).then_some(title)
}

/// A free entry's title and the words after it: the title line, and one
/// blank line after it, are not part of the words. Without a title, all of
/// `text` is the words.
pub fn split_title(text: &str) -> (Option<&str>, &str) {
    match title_of(text) {
        Some(title) => {
            let rest = text.split_once('\n').map_or("", |(_, r)| r);
            (Some(title), rest.strip_prefix('\n').unwrap_or(rest))
        }
        None => (None, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn t(s: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    proptest::proptest! {
        /// A person's entries, newest first, as the journal list asks for
        /// them on every frame (remembered while the entries are
        /// unchanged), are what a look through the journal finds, after
        /// every change: written, removed, re-dated (several at the same
        /// moment, to test the tie on ids).
        #[test]
        fn a_persons_entries_remembered_are_what_a_look_finds_after_every_change(
            changes in proptest::collection::vec((0u8..4, 1u32..4, 0i64..5), 1..60),
            who in 1u32..4,
        ) {
            let mut store = Store::default();
            let at = |m: i64| t("2026-03-01T09:00:00+01:00") + chrono::Duration::minutes(m);
            for (what, author, minute) in changes {
                match what {
                    0 => {
                        store.add_free_entry(author, "words", Visibility::Private, at(minute));
                    }
                    1 => {
                        // Of another kind: a strategy's, or a reply.
                        let id = store.add_free_entry(author, "words", Visibility::Shared, at(minute));
                        let kind = match minute % 3 {
                            0 => EntryKind::Free { strategy: Some("patience".into()) },
                            1 => EntryKind::Free { strategy: Some("empathy".into()) },
                            _ => EntryKind::Reply { to: 1 },
                        };
                        for e in store.entries.iter_mut_where(|e| e.id == id) {
                            e.kind = kind.clone();
                        }
                    }
                    2 => {
                        let gone = store.entries.len() as u64 % 7;
                        store.entries.retain(|e| e.id % 7 != gone);
                    }
                    _ => {
                        for e in store.entries.iter_mut_where(|e| e.author == author) {
                            e.created = at(minute);
                        }
                    }
                }
                // One person asked after every change, as the list asks
                // for the person at the keyboard on every frame.
                let ids = |v: Vec<&Entry>| v.iter().map(|e| e.id).collect::<Vec<_>>();
                let looked = newest_first(store.entries.iter().filter(|e| e.author == who));
                proptest::prop_assert_eq!(ids(store.entries_by(who)), ids(looked.clone()));
                // Read where they are, and their ids, remembered the same.
                let of = store.entries_of(who);
                proptest::prop_assert_eq!(of.len(), looked.len());
                proptest::prop_assert_eq!(ids(of.iter().collect()), ids(looked.clone()));
                proptest::prop_assert_eq!(
                    ids((0..of.len()).filter_map(|i| of.get(i)).collect()),
                    ids(looked.clone())
                );
                proptest::prop_assert_eq!(store.entry_ids_by(who).to_vec(), ids(looked.clone()));
                // One of each title (every title the person's entries have,
                // once, the newest of each), and the ids, asked of the
                // other people too, as a couple's list asks of each in turn.
                for person in [who, who % 3 + 1, who] {
                    let all = newest_first(store.entries.iter().filter(|e| e.author == person));
                    let one: Vec<&Entry> = store.entries_of(person).one_of_each_title().collect();
                    let mut keys: Vec<(bool, Option<&str>)> = Vec::new();
                    let mut newest = Vec::new();
                    for e in &all {
                        if !keys.contains(&e.kind.title_key()) {
                            keys.push(e.kind.title_key());
                            newest.push(*e);
                        }
                    }
                    proptest::prop_assert_eq!(ids(one), ids(newest));
                    proptest::prop_assert_eq!(
                        store.entry_ids_by(person).to_vec(),
                        ids(all.clone())
                    );
                }
            }
        }
    }

    /// A role's words are the welcome's, in the language in use.
    #[test]
    fn a_roles_words_are_in_the_language() {
        use crate::i18n::{Lang, in_language};
        let said = |lang| in_language(lang, || Role::ALL.map(Role::label));
        assert_eq!(
            said(Lang::EN),
            [
                "I was hurt",
                "I am repairing the trust",
                "We have both been hurt, and we have both hurt each other",
                "I prefer not to say",
            ]
        );
        let es = said(Lang::ES);
        assert_eq!(es[0], "Me hicieron daño");
        assert!(
            es.iter().zip(said(Lang::EN)).all(|(a, b)| *a != b),
            "{es:?}"
        );
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let json = r#"{"schema_version":1,"partners":[],"entries":[],"next_id":3,"from_the_future":{"a":1}}"#;
        let store: Store = serde_json::from_str(json).unwrap();
        let back = serde_json::to_string(&store).unwrap();
        assert!(back.contains("from_the_future"), "{back}");
    }

    #[test]
    fn ids_are_never_reused() {
        let mut s = Store::default();
        let a = s.fresh_id();
        let b = s.fresh_id();
        assert_ne!(a, b);
    }

    #[test]
    fn entries_are_listed_newest_first_for_their_author_only() {
        let mut s = Store::default();
        let alex = s.add_partner("Alex", Role::Hurt, t("2026-01-01T10:00:00+00:00"));
        let sam = s.add_partner("Sam", Role::Repairing, t("2026-01-01T10:00:00+00:00"));
        for (author, when) in [
            (alex, "2026-01-02T10:00:00+00:00"),
            (sam, "2026-01-03T10:00:00+00:00"),
            (alex, "2026-01-04T10:00:00+00:00"),
        ] {
            s.add_free_entry(author, when, Visibility::Private, t(when));
        }
        let mine: Vec<_> = s
            .entries_by(alex)
            .iter()
            .map(|e| e.body.text().unwrap_or_default().to_string())
            .collect();
        assert_eq!(
            mine,
            ["2026-01-04T10:00:00+00:00", "2026-01-02T10:00:00+00:00"]
        );
        // Kept out of order (a store changed by hand): still newest first.
        s.entries = s.entries.iter().rev().cloned().collect();
        let again: Vec<_> = s.entries_by(alex).iter().map(|e| e.created).collect();
        assert_eq!(
            again,
            [
                t("2026-01-04T10:00:00+00:00"),
                t("2026-01-02T10:00:00+00:00")
            ]
        );
        s.entries = s
            .entries
            .iter()
            .skip(1)
            .chain(s.entries.iter().take(1))
            .cloned()
            .collect();
        let again: Vec<_> = s.entries_by(alex).iter().map(|e| e.created).collect();
        assert_eq!(
            again,
            [
                t("2026-01-04T10:00:00+00:00"),
                t("2026-01-02T10:00:00+00:00")
            ]
        );
    }
}
