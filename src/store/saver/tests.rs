use std::io;
use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::model::Body;
use crate::store::{AtomicFile, FileSink};

fn temp() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    dir.ensure().unwrap();
    (tmp, dir)
}

fn journal(n: usize) -> Store {
    let content = crate::content::Content::bundled().unwrap();
    crate::synthetic::store(&content, n)
}

fn with_one_more_entry(store: &Store, text: &str) -> Store {
    let mut next = store.clone();
    let mut entry = next.entries.last().unwrap().clone();
    entry.id = next.fresh_id();
    entry.body = Body::Text(text.into());
    next.entries.push(entry);
    next
}

/// Whole writes of `store.json` fail as on a disk without room for a second
/// copy of the journal; appends (a few hundred bytes) work.
struct NoRoomForAWholeCopy;

impl FileSink for NoRoomForAWholeCopy {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if path.file_name().is_some_and(|n| n == "store.json") {
            return Err(io::ErrorKind::StorageFull.into());
        }
        AtomicFile.write_atomic(path, bytes)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        AtomicFile.append(path, bytes)
    }
}

/// A saver that knows the store on disk, whose snapshot was written on an
/// earlier day (so the next save is due to write it whole).
fn started_yesterday(dir: &DataDir, n: usize) -> (Saver, Store) {
    let mut store = journal(n);
    dir.save_store(&mut store).unwrap();
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    saver.snapshot_day = Some(Local::now().date_naive() - chrono::Days::new(1));
    (saver, store)
}

#[test]
fn the_first_save_of_a_day_is_durable_in_the_log_before_the_journal_is_rewritten() {
    let (_tmp, dir) = temp();
    let (mut saver, store) = started_yesterday(&dir, 40);
    let dir_full = dir.clone().with_sink(Arc::new(NoRoomForAWholeCopy));
    saver.dir = dir_full;
    let next = with_one_more_entry(&store, "the words of the day");
    let report = saver.save_reported(next.clone());
    assert!(report.is_ok(), "{report:?}");
    let read = dir.load_store().unwrap().unwrap();
    assert_eq!(read.entries, next.entries, "the new entry is on disk");
    // The compaction is tried again at the next save.
    assert!(!report.unwrap().compacted);
}

#[test]
fn a_due_rewrite_appends_first_so_the_backup_and_log_hold_the_change() {
    let (_tmp, dir) = temp();
    let (mut saver, store) = started_yesterday(&dir, 40);
    let next = with_one_more_entry(&store, "kept twice over");
    let report = saver.save_reported(next.clone()).unwrap();
    assert!(report.compacted);
    assert!(!dir.changes_path().exists(), "the log starts again");
    assert_eq!(dir.load_store().unwrap().unwrap().entries, next.entries);
    // The copy replaced, with its log, is the store after the change.
    let backups = dir.backups().unwrap();
    assert_eq!(backups.len(), 1);
    let kept = crate::store::load_store_file(&backups[0].path)
        .unwrap()
        .unwrap();
    assert_eq!(kept.entries, next.entries);
}

#[test]
fn nothing_new_writes_nothing_even_when_a_rewrite_is_due() {
    let (_tmp, dir) = temp();
    let (mut saver, store) = started_yesterday(&dir, 10);
    let before = std::fs::read(dir.store_path()).unwrap();
    let report = saver.save_reported(store).unwrap();
    assert!(!report.compacted);
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), before);
    assert!(!dir.changes_path().exists());
    assert!(dir.backups().unwrap().is_empty());
}

#[test]
fn a_folder_that_vanished_and_came_back_gets_the_whole_journal() {
    let (_tmp, dir) = temp();
    let mut store = journal(30);
    dir.save_store(&mut store).unwrap();
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    let first = with_one_more_entry(&store, "one");
    saver.save(first.clone()).unwrap();
    std::fs::remove_dir_all(dir.root()).unwrap();
    let second = with_one_more_entry(&first, "two");
    assert!(saver.save(second.clone()).is_err(), "the folder has gone");
    dir.ensure().unwrap();
    let third = with_one_more_entry(&second, "three");
    saver.save(third.clone()).unwrap();
    let read = dir.load_store().unwrap().unwrap();
    assert_eq!(read.partners, third.partners, "both partners are there");
    assert_eq!(read.entries, third.entries, "and every entry");
}

#[test]
fn a_snapshot_missing_or_replaced_gets_a_whole_write_and_the_log_is_kept() {
    for how in ["removed", "replaced"] {
        let (_tmp, dir) = temp();
        let mut store = journal(20);
        dir.save_store(&mut store).unwrap();
        let mut saver = Saver::new(dir.clone());
        saver.start_from(store.clone());
        let first = with_one_more_entry(&store, "one");
        saver.save(first.clone()).unwrap();
        let log = std::fs::read(dir.changes_path()).unwrap();
        if how == "removed" {
            std::fs::remove_file(dir.store_path()).unwrap();
        } else {
            let mut other = journal(3);
            other.generation = 7;
            std::fs::write(dir.store_path(), crate::store::to_json(&other).unwrap()).unwrap();
        }
        let second = with_one_more_entry(&first, "two");
        saver.save(second.clone()).unwrap();
        let read = dir.load_store().unwrap().unwrap();
        assert_eq!(read.entries, second.entries, "{how}");
        let kept: Vec<Vec<u8>> = std::fs::read_dir(dir.root())
            .unwrap()
            .flatten()
            .chain(
                std::fs::read_dir(dir.backup_dir())
                    .into_iter()
                    .flatten()
                    .flatten(),
            )
            .filter(|e| e.file_name().to_string_lossy().contains(".changes.jsonl"))
            .map(|e| std::fs::read(e.path()).unwrap())
            .collect();
        assert!(kept.contains(&log), "{how}: the log is kept somewhere");
    }
}

mod private_words_never_stay_plain {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;
    use crate::model::{Entry, EntryId, EntryKind, PartnerId, Role, Visibility};
    use crate::vault::Sealer;

    #[derive(Debug, Clone)]
    enum Step {
        Write { by: usize, shared: bool },
        Edit(usize),
        Share(usize),
        Unshare(usize),
        Delete(usize),
        Protect(usize),
        Save,
        NextDay,
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => (0..2usize, any::<bool>()).prop_map(|(by, shared)| Step::Write { by, shared }),
            2 => (0..8usize).prop_map(Step::Edit),
            1 => (0..8usize).prop_map(Step::Share),
            2 => (0..8usize).prop_map(Step::Unshare),
            1 => (0..8usize).prop_map(Step::Delete),
            1 => (0..2usize).prop_map(Step::Protect),
            4 => Just(Step::Save),
            1 => Just(Step::NextDay),
        ]
    }

    /// Every file under `root`, recursively, as bytes.
    fn all_files(root: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let mut todo = vec![root.to_path_buf()];
        while let Some(dir) = todo.pop() {
            for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                if e.file_type().unwrap().is_dir() {
                    todo.push(e.path());
                } else {
                    out.push((e.path(), std::fs::read(e.path()).unwrap()));
                }
            }
        }
        out
    }

    fn contains(hay: &[u8], needle: &str) -> bool {
        hay.windows(needle.len()).any(|w| w == needle.as_bytes())
    }

    struct World {
        _tmp: tempfile::TempDir,
        dir: DataDir,
        saver: Saver,
        model: Store,
        sealer: Sealer,
        partners: [PartnerId; 2],
        /// Every text each entry ever held, its author, and whether it was
        /// deleted while private (and last saved private: words last saved
        /// as shared were not private words).
        history: BTreeMap<EntryId, (Vec<String>, PartnerId, bool)>,
        saved_private: std::collections::HashSet<EntryId>,
        words: usize,
    }

    impl World {
        fn new() -> World {
            let (tmp, dir) = temp();
            let mut model = Store::default();
            let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00+01:00").unwrap();
            let a = model.add_partner("Alex", Role::Hurt, now);
            let b = model.add_partner("Sam", Role::Repairing, now);
            let mut saver = Saver::new(dir.clone());
            saver.start_from(Store::default());
            World {
                _tmp: tmp,
                dir,
                saver,
                model,
                sealer: Sealer::default(),
                partners: [a, b],
                history: BTreeMap::new(),
                saved_private: std::collections::HashSet::new(),
                words: 0,
            }
        }

        /// Words no sealed (base64) text can hold by chance.
        fn word(&mut self) -> String {
            self.words += 1;
            format!("secret words number {} - plain", self.words)
        }

        fn nth(&self, i: usize) -> Option<usize> {
            let n = self.model.entries.len();
            (n > 0).then(|| i % n)
        }

        fn apply(&mut self, step: &Step) {
            match *step {
                Step::Write { by, shared } => {
                    let text = self.word();
                    let id = self.model.fresh_id();
                    let now =
                        chrono::DateTime::parse_from_rfc3339("2026-03-01T11:00:00+01:00").unwrap();
                    self.model.entries.push(Entry {
                        id,
                        author: self.partners[by],
                        kind: EntryKind::Free { strategy: None },
                        heading: Default::default(),
                        body: Body::Text(text.clone()),
                        visibility: if shared {
                            Visibility::Shared
                        } else {
                            Visibility::Private
                        },
                        created: now,
                        updated: now,
                    });
                    self.history
                        .insert(id, (vec![text], self.partners[by], false));
                }
                Step::Edit(i) => {
                    if let Some(at) = self.nth(i) {
                        let text = self.word();
                        let mut entry = self.model.entries[at].clone();
                        entry.body = Body::Text(text.clone());
                        self.history.get_mut(&entry.id).unwrap().0.push(text);
                        self.model.entries.set(at, entry);
                    }
                }
                Step::Share(i) | Step::Unshare(i) => {
                    if let Some(at) = self.nth(i) {
                        let mut entry = self.model.entries[at].clone();
                        entry.visibility = if matches!(step, Step::Share(_)) {
                            Visibility::Shared
                        } else {
                            Visibility::Private
                        };
                        self.model.entries.set(at, entry);
                    }
                }
                Step::Delete(i) => {
                    if let Some(at) = self.nth(i) {
                        let id = self.model.entries[at].id;
                        // Deleted private: its words stay private.
                        let private = self.model.entries[at].visibility == Visibility::Private
                            && self.saved_private.contains(&id);
                        self.history.get_mut(&id).unwrap().2 = private;
                        self.model.entries.retain(|e| e.id != id);
                        if !private {
                            self.history.remove(&id);
                        }
                    }
                }
                Step::Protect(p) => {
                    let id = self.partners[p];
                    if self.model.partner(id).unwrap().protection.is_none() {
                        crate::vault::protect_partner(&mut self.model, id, "pass").unwrap();
                    }
                }
                Step::NextDay => {
                    self.saver.snapshot_day =
                        Some(Local::now().date_naive() - chrono::Days::new(1));
                }
                Step::Save => {
                    let disk = self
                        .sealer
                        .store_for_disk(&self.model)
                        .unwrap()
                        .into_owned();
                    self.saver.save_reported(disk).unwrap();
                    self.saved_private = self
                        .model
                        .entries
                        .iter()
                        .filter(|e| e.visibility == Visibility::Private)
                        .map(|e| e.id)
                        .collect();
                    self.check();
                }
            }
        }

        /// No file in the data folder holds, in plain, any words a
        /// protected partner's private entry (or a deleted private one) ever
        /// held.
        fn check(&self) {
            let protected: Vec<PartnerId> = self
                .model
                .partners
                .iter()
                .filter(|p| p.protection.is_some())
                .map(|p| p.id)
                .collect();
            let files = all_files(self.dir.root());
            for (id, (texts, author, deleted_private)) in &self.history {
                let private = match self.model.entry(*id) {
                    Some(e) => e.visibility == Visibility::Private,
                    None => *deleted_private,
                };
                let secret = private && protected.contains(author);
                if !secret {
                    continue;
                }
                for text in texts {
                    for (path, bytes) in &files {
                        assert!(
                            !contains(bytes, text),
                            "{text:?} is plain in {}",
                            path.display()
                        );
                    }
                }
            }
            let read = self.dir.load_store().unwrap().unwrap();
            assert_eq!(read.entries.len(), self.model.entries.len());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

        #[test]
        fn after_every_save(steps in proptest::collection::vec(step(), 1..40)) {
            let mut world = World::new();
            for step in &steps {
                world.apply(step);
            }
            world.apply(&Step::Save);
        }
    }

    #[test]
    fn a_shared_entry_of_a_protected_partner_turned_private() {
        let mut world = World::new();
        for step in [
            Step::Write {
                by: 1,
                shared: true,
            },
            Step::Protect(1),
            Step::Save,
            Step::Unshare(0),
            Step::Save,
        ] {
            world.apply(&step);
        }
    }

    #[test]
    fn a_shared_entry_turned_private_then_deleted_before_a_save() {
        let mut world = World::new();
        for step in [
            Step::Write {
                by: 1,
                shared: true,
            },
            Step::Protect(1),
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Delete(1),
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Save,
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Unshare(6),
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Delete(7),
            Step::Save,
        ] {
            world.apply(&step);
        }
    }

    #[test]
    fn protecting_after_writing_and_a_compaction_leaves_no_plain_copy_anywhere() {
        let mut world = World::new();
        for step in [
            Step::Write {
                by: 0,
                shared: false,
            },
            Step::Save,
            Step::Edit(0),
            Step::Save,
            Step::NextDay,
            Step::Write {
                by: 0,
                shared: true,
            },
            Step::Save,
            Step::Write {
                by: 1,
                shared: false,
            },
            Step::Save,
        ] {
            world.apply(&step);
        }
        assert!(!world.dir.backups().unwrap().is_empty());
        world.apply(&Step::Protect(0));
        let disk = world
            .sealer
            .store_for_disk(&world.model)
            .unwrap()
            .into_owned();
        let report = world.saver.save_reported(disk).unwrap();
        assert!(report.compacted, "{report:?}");
        // Issue 22: written whole, never appended first: a kill between an
        // append and the rewrite left a log saying "protected" beside a
        // snapshot still plain, which the next start did not seal.
        assert!(!report.appended, "{report:?}");
        assert_eq!(report.backups_resealed, 1, "{report:?}");
        assert!(report.backups_left.is_empty());
        world.check();
        world.apply(&Step::Unshare(1));
        world.apply(&Step::Save);
    }
}

/// A saver that answers first (the writer's) leaves the summary to after
/// the answer: until then it is not used (it does not match the files);
/// once written it is the summary an ordinary save writes, and a save
/// that compacts writes it at once.
#[test]
fn a_save_answered_first_writes_the_same_summary_after_its_answer() {
    let (_tmp, dir) = temp();
    let mut store = journal(40);
    dir.save_store(&mut store).unwrap();
    let mut saver = Saver::new(dir.clone()).answering_first();
    saver.start_from(store.clone());
    let next = with_one_more_entry(&store, "written after");
    let report = saver.save_reported(next.clone()).unwrap();
    assert!(report.appended && !report.compacted);
    assert_eq!(
        dir.load_summary(),
        None,
        "the summary is stale until written"
    );
    saver.write_owed_summary();
    let answered_first = dir.load_summary().expect("a fresh summary once owed");
    assert_eq!(answered_first.entries_by.values().sum::<usize>(), 41);
    let owed_again = std::fs::read(dir.summary_path()).unwrap();
    saver.write_owed_summary();
    assert_eq!(
        std::fs::read(dir.summary_path()).unwrap(),
        owed_again,
        "owed once"
    );

    // The same save by an ordinary saver writes the same summary at once.
    let (_tmp2, dir2) = temp();
    let mut store2 = store.clone();
    dir2.save_store(&mut store2).unwrap();
    let mut ordinary = Saver::new(dir2.clone());
    ordinary.start_from(store2.clone());
    ordinary.save_reported(next).unwrap();
    let at_once = dir2.load_summary().expect("a fresh summary at once");
    // (Two folders: each snapshot has its own generation.)
    assert_eq!(at_once.store.partners, answered_first.store.partners);
    assert_eq!(at_once.store.assignments, answered_first.store.assignments);
    assert_eq!(at_once.status, answered_first.status);
    assert_eq!(at_once.entries_by, answered_first.entries_by);

    // A save that compacts (the first of a day) writes it at once too.
    let (_tmp3, dir3) = temp();
    let (saver3, store3) = started_yesterday(&dir3, 40);
    let mut saver3 = saver3.answering_first();
    let report = saver3
        .save_reported(with_one_more_entry(&store3, "a new day"))
        .unwrap();
    assert!(report.compacted);
    assert!(dir3.load_summary().is_some(), "compacted, and summarised");
}
