//! Where a person stands in their journal: all that `trustmend status`
//! reads of their entries and check-ins, made from a whole journal in one
//! place ([`Digest::of`]). `status` draws
//! from it whichever way it reads the journal: whole, or from
//! `summary.json`, which keeps one for each person who does not protect
//! their records (see `store::summary`), so that `status` answers without
//! reading a large journal. The two cannot say different things: both are
//! this, made by this.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{Entry, PartnerId, Store, Visibility};
use crate::progress::{last_checkin, last_trust};

/// How many check-ins the trust sparkline covers.
pub(crate) const SPARK_CHECKINS: usize = 14;

/// What `status` says of one person's journal and check-ins, and which of
/// their therapist's prompts they have answered. Never an entry's words or
/// title, nor a check-in's note, feelings or body signs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// How many entries they wrote, and how many of those they shared.
    pub(crate) own: usize,
    pub(crate) shared: usize,
    /// The day their most recently changed entry was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last: Option<NaiveDate>,
    /// How many entries each other person (or someone who left) shared
    /// with them, as `privacy::can_read` decides.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) others: BTreeMap<PartnerId, usize>,
    /// Their latest check-in: its day and its numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) checkin: Option<LastCheckIn>,
    /// The trust numbers of their last check-ins that have one (at most
    /// [`SPARK_CHECKINS`]), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) trust: Vec<u8>,
    /// Their therapist's prompts they have answered, as (strategy, prompt).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub(crate) answered: BTreeSet<(String, String)>,
}

/// A check-in as `status` shows it: a day and four numbers (each may have
/// been skipped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LastCheckIn {
    pub day: NaiveDate,
    pub mood: Option<u8>,
    pub trust: Option<u8>,
    pub sleep: Option<u8>,
    pub stress: Option<u8>,
}

impl Digest {
    /// What `status` would say of `me` from the whole of `store`.
    pub fn of(store: &Store, me: PartnerId) -> Digest {
        let mut digest = Digest::default();
        // The prompts their therapist added, the only answers status asks
        // after.
        let assigned: HashSet<(&str, &str)> = store
            .assignments
            .iter()
            .filter(|a| a.partner == me)
            .flat_map(|a| a.steps.iter())
            .flat_map(|s| {
                s.prompts
                    .iter()
                    .map(|p| (s.strategy.as_str(), p.id.as_str()))
            })
            .collect();
        let mut last: Option<&Entry> = None;
        for e in store.entries.iter() {
            if !crate::privacy::can_read(store, me, e) {
                continue;
            }
            if e.author != me {
                *digest.others.entry(e.author).or_default() += 1;
                continue;
            }
            digest.own += 1;
            if e.visibility == Visibility::Shared {
                digest.shared += 1;
            }
            // Of two changed at the same moment, the one a report lists
            // later.
            let key = |e: &Entry| (e.updated, e.written_order());
            if last.is_none_or(|l| key(e) >= key(l)) {
                last = Some(e);
            }
            if let Some((strategy, prompt)) = e.kind.reflection_on()
                && assigned.contains(&(strategy, prompt))
            {
                digest
                    .answered
                    .insert((strategy.to_string(), prompt.to_string()));
            }
        }
        digest.last = last.map(|e| e.updated.date_naive());
        digest.checkin = last_checkin(&store.checkins, me).map(|c| LastCheckIn {
            day: c.at.date_naive(),
            mood: c.mood,
            trust: c.trust,
            sleep: c.sleep,
            stress: c.stress,
        });
        digest.trust = last_trust(&store.checkins, me, SPARK_CHECKINS);
        digest
    }

    /// Whether they have answered `prompt` of `strategy` (one their
    /// therapist added).
    pub(crate) fn has_answered(&self, strategy: &str, prompt: &str) -> bool {
        self.answered
            .contains(&(strategy.to_string(), prompt.to_string()))
    }
}

#[cfg(test)]
mod tests;
