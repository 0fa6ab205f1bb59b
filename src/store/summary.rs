//! `summary.json`: what the first screen needs, so it can be drawn before
//! the journal is read.
//!
//! It is written after every save of `store.json`, from the same store: the
//! partners (names, roles, progress, commitments), the assignments, and how
//! many entries each partner has, but no entry and no check-in. It records
//! the length and modification time `store.json` had once written, and is
//! used only while both still match; anything else (no summary, an older
//! one, one that cannot be read) just means the journal is read before the
//! first frame, as it always is for the rest of the session.
//!
//! It is never a source of truth: the app draws from it only until the
//! whole store is loaded, and nothing is ever saved from it. It holds
//! nothing `store.json` does not hold, and is written the same way (0600,
//! atomically).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::{DataDir, StoreError};
use crate::model::{Entries, PartnerId, Store};

pub const SUMMARY_FILE: &str = "summary.json";
const SUMMARY_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    version: u32,
    /// `store.json` when this was written: its length in bytes…
    store_len: u64,
    /// …and its modification time (seconds and nanoseconds since 1970).
    store_modified: (u64, u32),
    /// The store without its entries and check-ins.
    pub store: Store,
    /// How many entries each partner has written.
    pub entries_by: BTreeMap<PartnerId, usize>,
}

impl Summary {
    /// The summary of `store`, for a `store.json` of this length and time.
    fn of(store: &Store, stamp: Stamp) -> Summary {
        let mut entries_by = BTreeMap::new();
        for e in &store.entries {
            *entries_by.entry(e.author).or_insert(0) += 1;
        }
        Summary {
            version: SUMMARY_VERSION,
            store_len: stamp.len,
            store_modified: stamp.modified,
            store: Store {
                schema_version: store.schema_version,
                partners: store.partners.clone(),
                entries: Entries::new(),
                checkins: Vec::new(),
                assignments: store.assignments.clone(),
                next_id: store.next_id,
                unknown: BTreeMap::new(),
            },
            entries_by,
        }
    }
}

/// What identifies one version of `store.json` without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: (u64, u32),
}

impl DataDir {
    pub fn summary_path(&self) -> PathBuf {
        self.root.join(SUMMARY_FILE)
    }

    fn store_stamp(&self) -> Option<Stamp> {
        let meta = std::fs::metadata(self.store_path()).ok()?;
        let since = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified: (since.as_secs(), since.subsec_nanos()),
        })
    }

    /// Writes the summary of `store`, which must be what `store.json` now
    /// holds (call it right after writing that).
    pub fn write_summary(&self, store: &Store) -> Result<(), StoreError> {
        let path = self.summary_path();
        let stamp = self.store_stamp().ok_or_else(|| StoreError::Read {
            path: self.store_path(),
            source: std::io::Error::other("it vanished just after it was written"),
        })?;
        let bytes = serde_json::to_vec(&Summary::of(store, stamp)).map_err(|source| {
            StoreError::Encode {
                what: "summary",
                source,
            }
        })?;
        self.sink_write(&path, &bytes)
            .map_err(|source| StoreError::Write { path, source })
    }

    /// The summary, if there is one and it was made from `store.json` as it
    /// is now. Any problem is `None`: it is only a shortcut.
    pub fn load_summary(&self) -> Option<Summary> {
        let stamp = self.store_stamp()?;
        let bytes = std::fs::read(self.summary_path()).ok()?;
        let summary: Summary = serde_json::from_slice(&bytes).ok()?;
        let fresh = summary.version == SUMMARY_VERSION
            && summary.store_len == stamp.len
            && summary.store_modified == stamp.modified
            && summary.store.schema_version == crate::model::SCHEMA_VERSION;
        fresh.then_some(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::to_json;

    fn journal() -> Store {
        let content = crate::content::Content::bundled().unwrap_or_else(|e| panic!("{e}"));
        crate::synthetic::store(&content, 40)
    }

    fn saved(store: &Store) -> (tempfile::TempDir, DataDir) {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = DataDir::at(tmp.path().to_path_buf());
        dir.save_store(store).unwrap_or_else(|e| panic!("{e}"));
        (tmp, dir)
    }

    #[test]
    fn a_save_leaves_a_summary_with_the_partners_and_counts_but_no_words() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        let summary = dir.load_summary().unwrap_or_else(|| panic!("no summary"));
        assert_eq!(summary.store.partners, store.partners);
        assert_eq!(summary.store.assignments, store.assignments);
        assert!(summary.store.entries.is_empty() && summary.store.checkins.is_empty());
        let by_alex = store.entries.iter().filter(|e| e.author == 1).count();
        assert_eq!(summary.entries_by.get(&1), Some(&by_alex));
        let text = std::fs::read_to_string(dir.summary_path()).unwrap_or_default();
        let words = store
            .entries
            .first()
            .and_then(|e| e.body.text())
            .unwrap_or("x");
        assert!(!text.contains(words), "no entry's words in the summary");
    }

    #[test]
    fn a_store_changed_by_anything_else_makes_the_summary_unused() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        let mut changed = store.clone();
        changed.partners.truncate(1);
        // Written without a summary, as a restore or an older trustmend would.
        let bytes = to_json(&changed).unwrap_or_default();
        dir.write_store_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(dir.load_summary(), None);
    }

    #[test]
    fn a_missing_or_damaged_summary_or_store_is_simply_not_used() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        std::fs::write(dir.summary_path(), b"{ not json").unwrap_or_default();
        assert_eq!(dir.load_summary(), None);
        dir.save_store(&store).unwrap_or_else(|e| panic!("{e}"));
        assert!(dir.load_summary().is_some());
        std::fs::remove_file(dir.store_path()).unwrap_or_default();
        assert_eq!(dir.load_summary(), None, "no store, no summary");
    }
}
