//! Leaving: the pure rule, then the files, then a kill at every write.

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::model::session::PartnerSession;
use crate::model::{CheckIn, Draft, DraftTarget, Entry, Role};
use crate::store::saver::Saver;
use crate::store::{AtomicFile, FileSink};
use crate::testing::t0;

const ALEX_PRIVATE: &str = "ALEX-ONLY-WORDS";
const ALEX_SHARED: &str = "ALEX-SHARED-WORDS";
const ALEX_DRAFT: &str = "ALEX-HALF-A-THOUGHT";
const ALEX_NOTE: &str = "ALEX-CHECKIN-NOTE";
const SAM_PRIVATE: &str = "SAM-ONLY-WORDS";

fn entry(store: &mut Store, author: PartnerId, text: &str, visibility: Visibility) {
    store.add_free_entry(author, text, visibility, t0());
}

/// Alex and Sam, each with words of their own; Alex shared one entry.
fn couple() -> (Store, PartnerId, PartnerId) {
    let mut s = Store::default();
    let alex = s.add_partner("Alex", Role::Hurt, t0());
    let sam = s.add_partner("Sam", Role::Repairing, t0());
    entry(&mut s, alex, ALEX_PRIVATE, Visibility::Private);
    entry(&mut s, sam, SAM_PRIVATE, Visibility::Private);
    entry(&mut s, alex, ALEX_SHARED, Visibility::Shared);
    let mut note = CheckIn::sample(alex, t0(), 4);
    note.note = Some(ALEX_NOTE.into());
    s.checkins.push(note);
    s.checkins.push(CheckIn::sample(sam, t0(), 6));
    (s, alex, sam)
}

fn session(alex: PartnerId, sam: PartnerId) -> Session {
    let mut session = Session::default();
    for (who, text) in [(alex, ALEX_DRAFT), (sam, "SAM-DRAFT")] {
        let mut s = PartnerSession::default();
        s.keep(Draft {
            target: DraftTarget::CheckInNote,
            text: text.into(),
        });
        session.set_partner(who, s);
    }
    session.last_partner = Some(alex);
    session
}

#[test]
fn only_the_leaving_partners_records_go_and_twice_is_once() {
    let (mut store, alex, sam) = couple();
    let sam_before: Vec<Entry> = store.entries_by(sam).into_iter().cloned().collect();
    let leaving = Leaving {
        partner: alex,
        keep_shared: false,
    };
    let removed = leaving.apply(&mut store);
    assert_eq!(removed.private_entries, 1);
    assert_eq!(removed.shared_entries, 1);
    assert_eq!(removed.checkins, 1);
    assert!(store.partner(alex).is_none());
    let sam_after: Vec<Entry> = store.entries_by(sam).into_iter().cloned().collect();
    assert_eq!(sam_after, sam_before);
    assert_eq!(store.checkins.len(), 1);
    assert_eq!(leaving.apply(&mut store), Removed::default());

    let (mut store, alex, _) = couple();
    let kept = Leaving {
        partner: alex,
        keep_shared: true,
    }
    .apply(&mut store);
    assert_eq!((kept.private_entries, kept.shared_kept), (1, 1));
    assert!(
        store
            .entries
            .iter()
            .any(|e| e.body.text() == Some(ALEX_SHARED))
    );

    let mut s = session(alex, 2);
    assert_eq!(leaving.apply_to_session(&mut s), 1);
    assert_eq!(s.last_partner, None);
    assert!(s.for_partner(2).is_some());
}

/// A data folder with a log, several backups and a session, as months of
/// use leave it.
fn lived_in(dir: &DataDir) -> (PartnerId, PartnerId) {
    let (mut store, alex, sam) = couple();
    dir.save_store(&mut store).unwrap_or_else(|e| panic!("{e}"));
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    for i in 0..3 {
        entry(
            &mut store,
            alex,
            &format!("{ALEX_PRIVATE}-{i}"),
            Visibility::Private,
        );
        entry(
            &mut store,
            sam,
            &format!("{SAM_PRIVATE}-{i}"),
            Visibility::Private,
        );
        saver.save(store.clone()).unwrap_or_else(|e| panic!("{e}"));
        // A whole write too: a backup with its log.
        dir.save_store(&mut store).unwrap_or_else(|e| panic!("{e}"));
        saver.start_from(store.clone());
    }
    entry(
        &mut store,
        alex,
        &format!("{ALEX_PRIVATE}-in-the-log"),
        Visibility::Private,
    );
    saver.save(store.clone()).unwrap_or_else(|e| panic!("{e}"));
    let bytes = crate::store::session_to_json(&session(alex, sam)).unwrap_or_default();
    dir.write_session_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{e}"));
    (alex, sam)
}

fn every_file(path: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(path).into_iter().flatten().flatten() {
        if e.path().is_dir() {
            out.extend(every_file(&e.path()));
        } else {
            let text =
                String::from_utf8_lossy(&std::fs::read(e.path()).unwrap_or_default()).into_owned();
            out.push((e.path(), text));
        }
    }
    out
}

fn alex_words_anywhere(path: &Path) -> Vec<std::path::PathBuf> {
    every_file(path)
        .into_iter()
        .filter(|(_, text)| {
            [ALEX_PRIVATE, ALEX_DRAFT, ALEX_NOTE, "\"Alex\""]
                .iter()
                .any(|w| text.contains(w))
        })
        .map(|(p, _)| p)
        .collect()
}

fn sams_journal(dir: &DataDir, sam: PartnerId) -> Vec<Entry> {
    let store = dir.load_store().unwrap_or_default().unwrap_or_default();
    store.entries_by(sam).into_iter().cloned().collect()
}

#[test]
fn after_leaving_no_file_holds_their_words_and_the_other_journal_is_unchanged() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = DataDir::at(tmp.path().to_path_buf());
    let lock = dir.lock().unwrap_or_else(|e| panic!("{e}"));
    let (alex, sam) = lived_in(&dir);
    assert!(dir.backups().unwrap_or_default().len() >= 3);
    assert!(!alex_words_anywhere(tmp.path()).is_empty());
    let sam_before = sams_journal(&dir, sam);
    assert_eq!(sam_before.len(), 4);

    let removed = dir
        .remove_partner(
            &lock,
            Leaving {
                partner: alex,
                keep_shared: false,
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(removed.private_entries, 5);
    assert_eq!(removed.shared_entries, 1);
    assert_eq!(removed.drafts, 1);
    assert!(removed.backups_rewritten >= 3, "{removed:?}");
    let left = alex_words_anywhere(tmp.path());
    assert!(left.is_empty(), "Alex's words are still in {left:?}");
    assert!(
        every_file(tmp.path())
            .iter()
            .all(|(_, t)| !t.contains(ALEX_SHARED)),
        "shared entries not kept are gone too"
    );
    assert_eq!(sams_journal(&dir, sam), sam_before);
    let session = dir.load_session().unwrap_or_default();
    assert_eq!(
        session.for_partner(sam).map(|s| s.drafts.len()),
        Some(1),
        "Sam's draft stays"
    );
    // Every backup still opens, with Sam's words in it.
    for b in dir.backups().unwrap_or_default() {
        let copy = crate::store::load_store_file(&b.path)
            .unwrap_or_else(|e| panic!("{}: {e}", b.path.display()))
            .unwrap_or_default();
        assert!(copy.partner(sam).is_some(), "{}", b.path.display());
    }
}

/// Fails every write after the first `allowed`, as a kill there would
/// stop everything after it.
struct KilledAfter {
    allowed: usize,
    done: AtomicUsize,
}

impl KilledAfter {
    fn go(&self) -> io::Result<()> {
        if self.done.fetch_add(1, Ordering::SeqCst) >= self.allowed {
            return Err(io::Error::other("killed"));
        }
        Ok(())
    }
}

impl FileSink for KilledAfter {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.go()?;
        AtomicFile.write_atomic(path, bytes)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.go()?;
        AtomicFile.append(path, bytes)
    }
}

#[test]
fn a_kill_at_any_write_loses_nothing_of_the_other_and_the_next_start_finishes() {
    let mut kills = 0;
    for allowed in 0..64 {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let plain = DataDir::at(tmp.path().to_path_buf());
        let (alex, sam) = {
            let _lock = plain.lock().unwrap_or_else(|e| panic!("{e}"));
            lived_in(&plain)
        };
        let sam_before = sams_journal(&plain, sam);
        let leaving = Leaving {
            partner: alex,
            keep_shared: false,
        };
        let killed = plain.clone().with_sink(Arc::new(KilledAfter {
            allowed,
            done: AtomicUsize::new(0),
        }));
        let finished = {
            let lock = killed.lock().unwrap_or_else(|e| panic!("{e}"));
            killed.remove_partner(&lock, leaving).is_ok()
        };
        // Whatever was cut short, Sam's journal reads whole.
        assert_eq!(
            sams_journal(&plain, sam),
            sam_before,
            "killed after {allowed}"
        );
        // The next start (which takes the lock) finishes the leaving.
        let restarted = DataDir::at(tmp.path().to_path_buf());
        let lock = restarted.lock().unwrap_or_else(|e| panic!("{e}"));
        restarted
            .open_for_writing(&lock)
            .unwrap_or_else(|e| panic!("after {allowed}: {e}"));
        let store = restarted
            .load_store()
            .unwrap_or_default()
            .unwrap_or_default();
        assert!(
            !restarted.leaving_path().exists(),
            "after {allowed}: the note is still there"
        );
        let left = alex_words_anywhere(tmp.path());
        // Killed before the note was written, nothing had started: Alex
        // is still there, whole, and nothing of Sam's moved.
        if store.partner(alex).is_some() {
            assert_eq!(allowed, 0, "only a kill before the note leaves Alex in");
        } else {
            assert!(left.is_empty(), "after {allowed}: Alex's words in {left:?}");
        }
        assert_eq!(sams_journal(&restarted, sam), sam_before, "after {allowed}");
        if finished {
            break;
        }
        kills += 1;
    }
    // The note, every backup, the session, the store and its summary.
    assert!(
        kills >= 8,
        "only {kills} writes were cut short: never finished?"
    );
    assert!(kills < 63, "the leaving never finished without a kill");
}
