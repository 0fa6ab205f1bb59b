//! `summary.json`: what the first screen needs, so it can be drawn before
//! the journal is read.
//!
//! It is written after every save (of `store.json` or to its change log),
//! from the same store: the partners (names, roles, progress, commitments),
//! the assignments, and how many entries each partner has, but no entry and
//! no check-in. It records the length and modification time `store.json`
//! and its change log had once written, and is used only while they all
//! still match; anything else (no summary, an older one, one that cannot be
//! read) just means the journal is read before the first frame, as it
//! always is for the rest of the session.
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
const SUMMARY_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    version: u32,
    /// `store.json` when this was written…
    store_file: Stamp,
    /// …and its change log (`None`: there was none).
    changes_file: Option<Stamp>,
    /// The store without its entries and check-ins.
    pub store: Store,
    /// How many entries each partner has written.
    pub entries_by: BTreeMap<PartnerId, usize>,
}

impl Summary {
    /// The summary of `store`, for a `store.json` of this length and time.
    fn of(store: &Store, store_file: Stamp, changes_file: Option<Stamp>) -> Summary {
        let mut entries_by = BTreeMap::new();
        for e in &store.entries {
            *entries_by.entry(e.author).or_insert(0) += 1;
        }
        Summary {
            version: SUMMARY_VERSION,
            store_file,
            changes_file,
            store: Store {
                schema_version: store.schema_version,
                partners: store.partners.clone(),
                entries: Entries::new(),
                checkins: Default::default(),
                assignments: store.assignments.clone(),
                next_id: store.next_id,
                generation: store.generation,
                unknown: BTreeMap::new(),
            },
            entries_by,
        }
    }
}

/// What identifies one version of a file without reading it: its length,
/// and its modification time (seconds and nanoseconds since 1970).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified: (u64, u32),
}

fn stamp(path: &std::path::Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    let since = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some(Stamp {
        len: meta.len(),
        modified: (since.as_secs(), since.subsec_nanos()),
    })
}

impl DataDir {
    pub fn summary_path(&self) -> PathBuf {
        self.root.join(SUMMARY_FILE)
    }

    /// Writes the summary of `store`, which must be what `store.json` and
    /// its change log now hold (call it right after writing those).
    pub fn write_summary(&self, store: &Store) -> Result<(), StoreError> {
        let path = self.summary_path();
        let store_file = stamp(&self.store_path()).ok_or_else(|| StoreError::Read {
            path: self.store_path(),
            source: std::io::Error::other("it vanished just after it was written"),
        })?;
        let changes_file = stamp(&self.changes_path());
        let summary = Summary::of(store, store_file, changes_file);
        let bytes = serde_json::to_vec(&summary).map_err(|source| StoreError::Encode {
            what: "summary",
            source,
        })?;
        self.sink_write(&path, &bytes)
            .map_err(|source| StoreError::Write { path, source })
    }

    /// The summary, if there is one and it was made from `store.json` as it
    /// is now. Any problem is `None`: it is only a shortcut.
    pub fn load_summary(&self) -> Option<Summary> {
        let store_file = stamp(&self.store_path())?;
        let bytes = std::fs::read(self.summary_path()).ok()?;
        let summary: Summary = serde_json::from_slice(&bytes).ok()?;
        let fresh = summary.version == SUMMARY_VERSION
            && summary.store_file == store_file
            && summary.changes_file == stamp(&self.changes_path())
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
        dir.save_store(&mut store.clone())
            .unwrap_or_else(|e| panic!("{e}"));
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
        dir.save_store(&mut store.clone())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(dir.load_summary().is_some());
        std::fs::remove_file(dir.store_path()).unwrap_or_default();
        assert_eq!(dir.load_summary(), None, "no store, no summary");
    }
}
