//! The journal's entries, shared rather than copied.
//!
//! Each entry sits behind an [`Arc`], so a copy of the whole store (the one
//! handed to the background writer on every save) costs one pointer per
//! entry instead of a copy of every word. Changing an entry copies that
//! entry alone, and only while a save still holds the old one
//! ([`Arc::make_mut`]); so there is no way to make every entry writable at
//! once, only those picked ([`Entries::iter_mut_where`]). On disk it is a
//! plain JSON array of entries.
//!
//! Every list carries a [`Entries::stamp`]: what is worked out from the
//! whole journal on every frame (where each together prompt stands) is
//! kept while the stamp is the same, instead of looked for again through
//! 100,000 entries (10 to 30 ms a frame on home).

use std::ops::{Index, IndexMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Entry;

#[derive(Debug, Clone, Default)]
pub struct Entries(Vec<Arc<Entry>>, Stamp);

/// Two lists with the same stamp hold the same entries: every way of making
/// a list takes a new stamp, and so does every change (every method that
/// takes `&mut self`, whether or not it changes anything); a copy keeps
/// its original's. An empty list made by `Default` has the stamp 0.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp(u64);

impl Stamp {
    fn fresh() -> Stamp {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Stamp(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// One answer worked out from a list of entries, remembered while the list
/// keeps its [`Stamp`] and the same question (`K`) is asked. Meant for a
/// thread-local: what a frame asks of the whole journal every time.
pub struct Remembered<K, V>(std::cell::RefCell<Option<(Stamp, K, V)>>);

impl<K: PartialEq, V: Clone> Default for Remembered<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: PartialEq, V: Clone> Remembered<K, V> {
    pub const fn new() -> Self {
        Remembered(std::cell::RefCell::new(None))
    }

    /// The answer to `asked` about `entries`: remembered, or `work`ed out
    /// and remembered.
    pub fn answer(&self, entries: &Entries, asked: K, work: impl FnOnce() -> V) -> V {
        if let Some((_, _, kept)) = self
            .0
            .borrow()
            .as_ref()
            .filter(|(stamp, question, _)| *stamp == entries.stamp() && *question == asked)
        {
            return kept.clone();
        }
        let answer = work();
        *self.0.borrow_mut() = Some((entries.stamp(), asked, answer.clone()));
        answer
    }
}

/// The entries, whatever their stamps.
impl PartialEq for Entries {
    fn eq(&self, other: &Entries) -> bool {
        self.0 == other.0
    }
}

impl Entries {
    pub fn new() -> Entries {
        Entries(Vec::new(), Stamp::fresh())
    }

    /// Changes whenever the entries may have (see [`Stamp`]).
    pub fn stamp(&self) -> Stamp {
        self.1
    }

    /// The list, to be changed: a new stamp first.
    fn changing(&mut self) -> &mut Vec<Arc<Entry>> {
        self.1 = Stamp::fresh();
        &mut self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push(&mut self, entry: Entry) {
        self.changing().push(Arc::new(entry));
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> + ExactSizeIterator + Clone {
        self.0.iter().map(|e| &**e)
    }

    /// The entries matching `pick`, made writable: only those are copied
    /// (and only if a save still holds them), never the whole journal.
    pub fn iter_mut_where(
        &mut self,
        mut pick: impl FnMut(&Entry) -> bool,
    ) -> impl Iterator<Item = &mut Entry> {
        self.changing()
            .iter_mut()
            .filter(move |e| pick(e))
            .map(Arc::make_mut)
    }

    /// Where the first entry matching `pick` is.
    pub fn position(&self, mut pick: impl FnMut(&Entry) -> bool) -> Option<usize> {
        self.0.iter().position(|e| pick(e))
    }

    /// Puts `entry` in place of the one at `index` (which must exist).
    pub fn set(&mut self, index: usize, entry: Entry) {
        if let Some(slot) = self.changing().get_mut(index) {
            *slot = Arc::new(entry);
        }
    }

    /// The shared entries themselves: two stores holding the same `Arc`
    /// hold the same, unchanged entry (see `store::changes::diff`).
    pub fn arcs(&self) -> &[Arc<Entry>] {
        &self.0
    }

    /// Puts an entry already shared elsewhere in place of the one at `index`.
    pub fn set_shared(&mut self, index: usize, entry: Arc<Entry>) {
        if let Some(slot) = self.changing().get_mut(index) {
            *slot = entry;
        }
    }

    pub fn get(&self, index: usize) -> Option<&Entry> {
        self.0.get(index).map(|e| &**e)
    }

    pub fn first(&self) -> Option<&Entry> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&Entry> {
        self.0.last().map(|e| &**e)
    }

    pub fn first_mut(&mut self) -> Option<&mut Entry> {
        self.changing().first_mut().map(Arc::make_mut)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Entry) -> bool) {
        self.changing().retain(|e| keep(e));
    }
}

impl Index<usize> for Entries {
    type Output = Entry;

    fn index(&self, index: usize) -> &Entry {
        &self.0[index]
    }
}

impl IndexMut<usize> for Entries {
    fn index_mut(&mut self, index: usize) -> &mut Entry {
        Arc::make_mut(&mut self.changing()[index])
    }
}

impl<'a> IntoIterator for &'a Entries {
    type Item = &'a Entry;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, Arc<Entry>>, fn(&Arc<Entry>) -> &Entry>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|e| &**e)
    }
}

/// The entries themselves (each copied only if something else shares it).
impl IntoIterator for Entries {
    type Item = Entry;
    type IntoIter = std::iter::Map<std::vec::IntoIter<Arc<Entry>>, fn(Arc<Entry>) -> Entry>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(Arc::unwrap_or_clone)
    }
}

impl FromIterator<Entry> for Entries {
    fn from_iter<I: IntoIterator<Item = Entry>>(iter: I) -> Entries {
        Entries(iter.into_iter().map(Arc::new).collect(), Stamp::fresh())
    }
}

/// Entries already shared elsewhere, kept shared (a merge of several
/// copies of a journal holds each entry once, whichever copy it came from).
impl FromIterator<Arc<Entry>> for Entries {
    fn from_iter<I: IntoIterator<Item = Arc<Entry>>>(iter: I) -> Entries {
        Entries(iter.into_iter().collect(), Stamp::fresh())
    }
}

impl From<Vec<Entry>> for Entries {
    fn from(entries: Vec<Entry>) -> Entries {
        entries.into_iter().collect()
    }
}

impl Serialize for Entries {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Each entry read straight into its shared place: no list of entries
/// built first and copied over (for 100,000 entries, tens of megabytes).
impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entries, D::Error> {
        struct Each;

        impl<'de> serde::de::Visitor<'de> for Each {
            type Value = Entries;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list of journal entries")
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Entries, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                // The prompts and ids the entries answer, each kept once.
                let mut commons = super::Commons::default();
                while let Some(entry) =
                    seq.next_element_seed(super::entry_de::Among(&mut commons))?
                {
                    out.push(Arc::new(entry));
                }
                Ok(Entries(out, Stamp::fresh()))
            }
        }

        deserializer.deserialize_seq(Each)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Body, EntryKind, Visibility};

    fn entry(id: u64, text: &str) -> Entry {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00")
            .unwrap_or_else(|e| panic!("{e}"));
        Entry {
            id,
            author: 1,
            kind: EntryKind::Free { strategy: None },
            heading: Default::default(),
            body: Body::Text(text.into()),
            visibility: Visibility::Private,
            created: at,
            updated: at,
        }
    }

    #[test]
    fn a_copy_taken_for_a_save_keeps_its_words_when_the_journal_changes() {
        let mut journal: Entries = vec![entry(1, "first"), entry(2, "second")].into();
        let saving = journal.clone();
        journal[0].body = Body::Text("first, edited".into());
        journal.push(entry(3, "third"));
        journal.retain(|e| e.id != 2);
        let texts = |e: &Entries| {
            e.iter()
                .filter_map(|e| e.body.text().map(String::from))
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&saving), ["first", "second"]);
        assert_eq!(texts(&journal), ["first, edited", "third"]);
    }

    #[test]
    fn on_disk_it_is_a_plain_array_of_entries() {
        let journal: Entries = vec![entry(7, "words")].into();
        let json = serde_json::to_value(&journal).unwrap_or_default();
        let plain = serde_json::to_value(vec![entry(7, "words")]).unwrap_or_default();
        assert_eq!(json, plain);
        let back: Entries = serde_json::from_value(json).unwrap_or_default();
        assert_eq!(back, journal);
    }

    /// Every way of changing a list takes a new stamp, whether or not it
    /// changed anything; a copy keeps its original's; every way of making
    /// one takes a new stamp. So two lists with one stamp hold the same
    /// entries, which is what a remembered answer relies on.
    #[test]
    fn a_stamp_is_new_after_every_change_and_kept_by_a_copy() {
        type Change = (&'static str, fn(&mut Entries));
        let changes: Vec<Change> = vec![
            ("push", |j| j.push(entry(9, "new"))),
            ("iter_mut_where", |j| {
                for e in j.iter_mut_where(|e| e.id == 1) {
                    e.body = Body::Text("edited".into());
                }
            }),
            ("iter_mut_where, none picked", |j| {
                j.iter_mut_where(|_| false).for_each(drop);
            }),
            ("set", |j| j.set(0, entry(1, "set"))),
            ("set_shared", |j| {
                j.set_shared(0, Arc::new(entry(1, "shared")));
            }),
            ("first_mut", |j| {
                if let Some(e) = j.first_mut() {
                    e.heading = "h".into();
                }
            }),
            ("retain", |j| j.retain(|e| e.id != 2)),
            ("retain, all kept", |j| j.retain(|_| true)),
            ("index_mut", |j| j[0].body = Body::Text("indexed".into())),
        ];
        for (name, change) in changes {
            let mut journal: Entries = vec![entry(1, "first"), entry(2, "second")].into();
            let copy = journal.clone();
            assert_eq!(copy.stamp(), journal.stamp(), "a copy keeps the stamp");
            change(&mut journal);
            assert_ne!(journal.stamp(), copy.stamp(), "{name} keeps the stamp");
        }
        let made = [
            Entries::new().stamp(),
            Entries::from(vec![entry(1, "a")]).stamp(),
            Entries::from(vec![entry(1, "a")]).stamp(),
            serde_json::from_str::<Entries>("[]")
                .unwrap_or_default()
                .stamp(),
        ];
        for (i, a) in made.iter().enumerate() {
            for b in &made[i + 1..] {
                assert_ne!(a, b, "every list made has its own stamp");
            }
        }
    }

    #[test]
    fn a_remembered_answer_is_worked_out_again_when_the_stamp_or_question_changes() {
        let kept: Remembered<u8, usize> = Remembered::new();
        let mut journal: Entries = vec![entry(1, "first")].into();
        let worked = std::cell::Cell::new(0);
        let count = |j: &Entries| {
            worked.set(worked.get() + 1);
            j.len()
        };
        assert_eq!(kept.answer(&journal, 1, || count(&journal)), 1);
        assert_eq!(kept.answer(&journal, 1, || count(&journal)), 1);
        assert_eq!(worked.get(), 1, "remembered");
        assert_eq!(kept.answer(&journal, 2, || count(&journal)), 1);
        assert_eq!(worked.get(), 2, "another question");
        journal.push(entry(2, "second"));
        assert_eq!(kept.answer(&journal, 2, || count(&journal)), 2);
        assert_eq!(worked.get(), 3, "the entries changed");
    }
}
