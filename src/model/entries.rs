//! The journal's entries, shared rather than copied.
//!
//! Each entry sits behind an [`Arc`], so a copy of the whole store (the one
//! handed to the background writer on every save) costs one pointer per
//! entry instead of a copy of every word. Changing an entry copies that
//! entry alone, and only while a save still holds the old one
//! ([`Arc::make_mut`]); so there is no way to make every entry writable at
//! once, only those picked ([`Entries::iter_mut_where`]). On disk it is a
//! plain JSON array of entries.

use std::ops::{Index, IndexMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Entry;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entries(Vec<Arc<Entry>>);

impl Entries {
    pub fn new() -> Entries {
        Entries(Vec::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push(&mut self, entry: Entry) {
        self.0.push(Arc::new(entry));
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
        self.0
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
        if let Some(slot) = self.0.get_mut(index) {
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
        if let Some(slot) = self.0.get_mut(index) {
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
        self.0.first_mut().map(Arc::make_mut)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Entry) -> bool) {
        self.0.retain(|e| keep(e));
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
        Arc::make_mut(&mut self.0[index])
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
        Entries(iter.into_iter().map(Arc::new).collect())
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
                while let Some(entry) = seq.next_element::<Entry>()? {
                    out.push(Arc::new(entry));
                }
                Ok(Entries(out))
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
            heading: String::new(),
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
}
