//! `summary.json`: what the first screen and `trustmend status` need, so
//! they can be drawn before (or without) reading the journal.
//!
//! It is written after every save (of `store.json` or to its change log),
//! from the same store: the partners (names, roles, progress, commitments),
//! the assignments, how many entries each partner has, and, for each
//! partner who does not protect their records, what `status` says of
//! their journal and check-ins (a `standing::Digest`: counts, days
//! and check-in numbers, never an entry, a title or a note). It records
//! what `store.json` and its change log held once written
//! ([`Fingerprint`]: each file's length and a checksum of its first and
//! last 256 KiB, where the partners, the assignments and the store's
//! generation are written), and is used only while they still hold that.
//! Modification times are not compared: a folder copied without them (`cp
//! -r`, a backup restored, a new laptop) holds the same journal, and starts
//! as quickly. Anything else (no summary, an older one, one that cannot be
//! read) just means the journal is read first, as it always is for the
//! rest of the session; the summary is then written again from what was
//! read ([`DataDir::refresh_summary`]), so the next start is quick even if
//! nothing is saved.
//!
//! Nothing is ever saved from it, and the app draws from it only until the
//! whole store is loaded. `status` answers from it alone when it is fresh:
//! trustmend writes `store.json` only whole, with a new generation at its
//! end, and its log only by appending, so a journal trustmend changed
//! never matches an older summary. An edit by hand that keeps
//! `store.json`'s length and changes only its middle is not seen until the
//! next save (`doctor` reads the whole journal, and says what is wrong with
//! it). It holds nothing `store.json` does not hold, and is written the
//! same way (0600, atomically).

use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{DataDir, StoreError};
use crate::model::{PartnerId, Store};
use crate::standing::Digest;

pub const SUMMARY_FILE: &str = "summary.json";
/// 3: files are known by their length and checksums, not their times.
/// 4: what `status` says of each person who does not protect their records.
const SUMMARY_VERSION: u32 = 4;
/// How much of each end of a file its checksum covers.
const ENDS: u64 = 256 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    version: u32,
    /// `store.json` when this was written…
    store_file: Fingerprint,
    /// …and its change log (`None`: there was none).
    changes_file: Option<Fingerprint>,
    /// The store without its entries and check-ins.
    pub store: Store,
    /// How many entries each partner has written.
    pub entries_by: BTreeMap<PartnerId, usize>,
    /// What `status` says of each partner's journal and check-ins, for
    /// those who do not protect their records (a protected person's are
    /// sealed, and `status` opens them with their passphrase).
    pub status: BTreeMap<PartnerId, Digest>,
}

impl Summary {
    /// The summary of `store`, for a `store.json` and log holding it.
    fn of(store: &Store, JournalNow(store_file, changes_file): JournalNow) -> Summary {
        let mut entries_by = BTreeMap::new();
        for e in &store.entries {
            *entries_by.entry(e.author).or_insert(0) += 1;
        }
        let status = store
            .partners
            .iter()
            .filter(|p| p.protection.is_none())
            .map(|p| (p.id, Digest::of(store, p.id)))
            .collect();
        Summary {
            version: SUMMARY_VERSION,
            store_file,
            changes_file,
            store: store.people(),
            entries_by,
            status,
        }
    }

    /// What `store.json` and its log held when this was written.
    fn made_from(&self) -> JournalNow {
        JournalNow(self.store_file, self.changes_file)
    }
}

/// What identifies what a file holds without reading all of it: its
/// length, and a checksum of its first and last [`ENDS`] bytes (the whole
/// file when it is small). trustmend writes `store.json` only whole, with a
/// new generation near its end, and only appends to its log, so a journal
/// written since has another length or other ends. (An edit by hand that
/// keeps the length and changes only the middle of a large file is not
/// seen here; it cannot change the partners or assignments, which are at
/// the ends, and the journal read a moment later replaces the first frame
/// and, if it differs, the summary: see [`DataDir::refresh_summary`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Fingerprint {
    len: u64,
    ends: u64,
}

/// `store.json` and its log as [`DataDir::journal_now`] found them: what
/// a summary records, and is used only while the files still hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalNow(Fingerprint, Option<Fingerprint>);

fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let mut file = std::fs::File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    let mut sum = Checksum::default();
    let mut buf = vec![0u8; usize::try_from(ENDS.min(len)).ok()?];
    file.read_exact(&mut buf).ok()?;
    sum.add(&buf);
    if len > ENDS {
        let tail = ENDS.min(len - ENDS);
        file.seek(SeekFrom::Start(len - tail)).ok()?;
        buf.truncate(usize::try_from(tail).ok()?);
        file.read_exact(&mut buf).ok()?;
        sum.add(&buf);
    }
    Some(Fingerprint {
        len,
        ends: sum.finish(),
    })
}

/// FNV-1a over 8 bytes at a time, with a final mix: stable across
/// versions and machines (it is written to disk), and about 0.1 ms for the
/// half megabyte it reads. Not a defence against anyone: only a way to
/// notice that a file changed.
#[derive(Default)]
struct Checksum(u64);

impl Checksum {
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn add(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut word = [0u8; 8];
            word.copy_from_slice(w);
            h = (h ^ u64::from_le_bytes(word)).wrapping_mul(Self::PRIME);
            h ^= h >> 29;
        }
        for &b in words.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(Self::PRIME);
        }
        // The length too, so that where one piece ends counts.
        h = (h ^ bytes.len() as u64).wrapping_mul(Self::PRIME);
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

impl DataDir {
    pub fn summary_path(&self) -> PathBuf {
        self.root.join(SUMMARY_FILE)
    }

    /// Writes the summary of `store`, which must be what `store.json` and
    /// its change log now hold (call it right after writing those, or
    /// reading them, with the folder locked).
    pub fn write_summary(&self, store: &Store) -> Result<(), StoreError> {
        let now = self.journal_now().ok_or_else(|| StoreError::Read {
            path: self.store_path(),
            source: std::io::Error::other("it vanished just after it was written"),
        })?;
        self.write_summary_of(store, now)
    }

    /// Writes the summary of `store`, which the files hold as `now`.
    fn write_summary_of(&self, store: &Store, now: JournalNow) -> Result<(), StoreError> {
        let path = self.summary_path();
        let summary = Summary::of(store, now);
        let bytes = serde_json::to_vec(&summary).map_err(|source| StoreError::Encode {
            what: "summary",
            source,
        })?;
        self.sink_write(&path, &bytes)
            .map_err(|source| StoreError::Write { path, source })
    }

    /// The summary, if there is one and it was made from `store.json` and
    /// its log as they are now. Any problem is `None`: it is only a shortcut.
    pub fn load_summary(&self) -> Option<Summary> {
        // A file that is a link is refused by the whole read, which says
        // why: the summary does not answer for it.
        super::refuse_links(&self.store_path()).ok()?;
        super::refuse_links(&self.changes_path()).ok()?;
        let bytes = std::fs::read(self.summary_path()).ok()?;
        let summary: Summary = serde_json::from_slice(&bytes).ok()?;
        let fresh = summary.version == SUMMARY_VERSION
            && summary.store.schema_version == crate::model::SCHEMA_VERSION
            && self.journal_now() == Some(summary.made_from());
        fresh.then_some(summary)
    }

    /// What `store.json` and its log hold now, as a summary knows them
    /// (`None` without a `store.json`): taken before a read, for
    /// [`DataDir::summary_after_reading`].
    pub fn journal_now(&self) -> Option<JournalNow> {
        Some(JournalNow(
            fingerprint(&self.store_path())?,
            fingerprint(&self.changes_path()),
        ))
    }

    /// The summary of `store`, read from this folder without its lock when
    /// it held `was`, written again if nobody else has the folder now and
    /// nothing was written since (the files still hold `was`). The lock is
    /// taken for the write alone, so a reader (`status`) never holds it
    /// while it reads, and the workbook opening meanwhile finds it free.
    /// Returns whether it was written; when not, nothing is.
    pub fn summary_after_reading(&self, store: &Store, was: &JournalNow) -> bool {
        let Ok(lock) = self.lock() else {
            return false;
        };
        let written =
            self.journal_now().as_ref() == Some(was) && self.write_summary_of(store, *was).is_ok();
        drop(lock);
        written
    }

    /// Just after `store` was read from this folder (locked, nothing saved
    /// since): writes its summary again unless `used` (the one the first
    /// frame was drawn from) already says the same. So a summary found
    /// stale (or missing) at start is replaced even if nothing is saved in
    /// the session, and the next start draws its first frame at once.
    /// Returns whether it was written; a failure is only a slower next start.
    pub fn refresh_summary(&self, store: &Store, used: Option<&Summary>) -> bool {
        let current = used.is_some_and(|used| {
            let now = Summary::of(store, used.made_from());
            &now == used
        });
        !current && self.write_summary(store).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::to_json;

    fn journal() -> Store {
        let content = crate::content::Content::bundled().unwrap_or_else(|e| panic!("{e}"));
        crate::synthetic::store(&content, 600)
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

    /// A summary written after a read without the lock (`status`) says
    /// what the files hold: only when nothing was written during the read,
    /// to `store.json` or to its log, and nobody else has the folder; else
    /// nothing is written at all.
    #[test]
    fn a_summary_after_a_read_is_written_only_if_nothing_changed_meanwhile() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        let read = |dir: &DataDir| {
            let _ = std::fs::remove_file(dir.summary_path());
            let was = dir.journal_now().unwrap_or_else(|| panic!("no journal"));
            let read = dir
                .load_store()
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("no store"));
            (was, read)
        };
        // Nothing written meanwhile: written, and fresh.
        let (was, read_whole) = read(&dir);
        assert!(dir.summary_after_reading(&read_whole, &was));
        let fresh = dir.load_summary().unwrap_or_else(|| panic!("not fresh"));
        assert_eq!(fresh.store, read_whole.people());

        // A save to the log during the read.
        let (was, before) = read(&dir);
        let mut after = before.clone();
        after.partners.truncate(1);
        let change =
            crate::store::changes::diff(&before, &after).unwrap_or_else(|| panic!("no change"));
        dir.append_change_alone(&change)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!dir.summary_after_reading(&before, &was));
        assert!(!dir.summary_path().exists());

        // `store.json` written whole during the read.
        let (was, before) = read(&dir);
        let mut rewritten = before.clone();
        rewritten.partners.truncate(1);
        let bytes = to_json(&rewritten).unwrap_or_default();
        dir.write_store_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!dir.summary_after_reading(&before, &was));
        assert!(!dir.summary_path().exists());

        // Nobody changed anything, but the workbook is open.
        let (was, read_whole) = read(&dir);
        let open = dir.lock().unwrap_or_else(|e| panic!("{e}"));
        let other = DataDir::at(dir.root().to_path_buf());
        assert!(!other.summary_after_reading(&read_whole, &was));
        assert!(!dir.summary_path().exists());
        drop(open);
        assert!(other.summary_after_reading(&read_whole, &was));
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

    /// Every file of `from` copied to a new folder as `cp -r` copies
    /// (contents only), with modification times a day in the past.
    fn copied(from: &DataDir) -> (tempfile::TempDir, DataDir) {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
        for entry in std::fs::read_dir(from.root()).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_file() {
                let to = tmp.path().join(path.file_name().unwrap_or_default());
                std::fs::copy(&path, &to).unwrap_or_else(|e| panic!("{e}"));
                let file = std::fs::File::options()
                    .write(true)
                    .open(&to)
                    .unwrap_or_else(|e| panic!("{e}"));
                file.set_modified(day_ago).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        let dir = DataDir::at(tmp.path().to_path_buf());
        (tmp, dir)
    }

    /// `status` from a fresh summary, for everyone in it, is what the
    /// journal read whole says, after a snapshot and after a save appended
    /// to its log; everyone who does not protect their records is in it,
    /// and someone who does is not (their summary is sealed whole:
    /// `privacy::tests_promise`).
    #[test]
    fn status_from_the_summary_is_status_from_the_journal_read_whole() {
        use crate::report::{Scope, status};
        let content = crate::content::Content::bundled().unwrap_or_else(|e| panic!("{e}"));
        let today = crate::testing::t0().date_naive() + chrono::Duration::days(3);
        let same = |dir: &DataDir, why: &str| {
            let summary = dir
                .load_summary()
                .unwrap_or_else(|| panic!("no fresh summary {why}"));
            let whole = dir
                .load_store()
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("no journal"));
            for p in &whole.partners {
                if p.protection.is_some() {
                    assert!(!summary.status.contains_key(&p.id), "{} {why}", p.name);
                    continue;
                }
                let digest = summary
                    .status
                    .get(&p.id)
                    .unwrap_or_else(|| panic!("no status for {} {why}", p.name));
                let scope = Scope {
                    content: &content,
                    store: &whole,
                    partner: p.id,
                    filter: Default::default(),
                };
                assert_eq!(
                    status::render_from(&content, &summary.store, p.id, digest, today),
                    status::render(&scope, today),
                    "{} {why}",
                    p.name
                );
            }
        };
        let mut protected = 0;
        for seed in 0..48 {
            let mut store = crate::testing::varied_store(&content, seed);
            // Now and then the first person protects their records (sealed
            // as the app seals them before a save): the others' status is
            // still the journal's, and theirs is not in the summary.
            let first = store.partners[0].id;
            if seed % 3 == 0 && store.partners.len() > 1 {
                crate::vault::protect_partner(&mut store, first, "a long passphrase here")
                    .unwrap_or_else(|e| panic!("{e}"));
                let mut session = crate::model::Session::default();
                crate::vault::seal_everyone(
                    &mut crate::vault::Sealer::default(),
                    &mut store,
                    &mut session,
                )
                .unwrap_or_else(|e| panic!("{e}"));
                protected += 1;
            }
            let (_tmp, dir) = saved(&store);
            same(&dir, &format!("(seed {seed}, a snapshot)"));
            // A save to the log: an entry of the first person's, shared,
            // and a check-in.
            let mut now = dir
                .load_store()
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_default();
            let before = now.clone();
            now.add_free_entry(
                first,
                "written later",
                crate::model::Visibility::Shared,
                crate::testing::t0() + chrono::Duration::days(2),
            );
            let mut checkins = now.checkins.to_vec();
            checkins.push(crate::model::CheckIn {
                author: first,
                at: crate::testing::t0() + chrono::Duration::days(2),
                mood: Some(4),
                trust: Some(9),
                sleep: None,
                appetite: None,
                stress: Some(1),
                feelings: Default::default(),
                body_signs: Default::default(),
                note: None,
            });
            *now.checkins = checkins;
            let change =
                crate::store::changes::diff(&before, &now).unwrap_or_else(|| panic!("no change"));
            dir.append_change(&change, &now)
                .unwrap_or_else(|e| panic!("{e}"));
            same(&dir, &format!("(seed {seed}, after a save to the log)"));
        }
        assert!(
            protected > 5,
            "only {protected} journals with someone protected"
        );
    }

    #[test]
    fn a_folder_copied_without_its_times_still_starts_from_its_summary() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        // With a change log too: a save after the snapshot.
        let mut now = store.clone();
        now.partners.iter_mut().for_each(|p| p.name.push_str(" B."));
        let change = crate::store::changes::diff(&store, &now);
        if let Some(change) = change {
            dir.append_change(&change, &now)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert!(dir.changes_path().exists());
        let expected = dir.load_summary().unwrap_or_else(|| panic!("no summary"));
        let (_copy, copy) = copied(&dir);
        let found = copy
            .load_summary()
            .unwrap_or_else(|| panic!("the copy's summary unused"));
        assert_eq!(found, expected);
        assert!(found.store.partners.iter().all(|p| p.name.ends_with(" B.")));
    }

    #[test]
    fn a_summary_of_another_journal_is_never_used() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        let first = std::fs::read(dir.store_path()).unwrap_or_default();
        let first_summary = std::fs::read(dir.summary_path()).unwrap_or_default();
        // Each way the files can come to hold something else than the
        // summary was made from, starting from a fresh save each time.
        type Change<'a> = Box<dyn Fn(&DataDir) + 'a>;
        let ways: Vec<(&str, Change)> = vec![
            (
                "the same journal saved again (a new generation)",
                Box::new(|d: &DataDir| {
                    let summary = std::fs::read(d.summary_path()).unwrap_or_default();
                    d.save_store(&mut store.clone())
                        .unwrap_or_else(|e| panic!("{e}"));
                    std::fs::write(d.summary_path(), summary).unwrap_or_default();
                }),
            ),
            (
                "an older snapshot restored over it",
                Box::new(|d: &DataDir| {
                    d.save_store(&mut store.clone())
                        .unwrap_or_else(|e| panic!("{e}"));
                    std::fs::write(d.store_path(), &first).unwrap_or_default();
                }),
            ),
            (
                "a line appended to its log",
                Box::new(|d: &DataDir| {
                    let mut now = store.clone();
                    now.partners.truncate(1);
                    let change = crate::store::changes::diff(&store, &now);
                    let line = change.and_then(|c| c.to_line().ok()).unwrap_or_default();
                    let mut log = std::fs::read(d.changes_path()).unwrap_or_default();
                    log.extend_from_slice(&line);
                    std::fs::write(d.changes_path(), log).unwrap_or_default();
                }),
            ),
            (
                "its log removed",
                Box::new(|d: &DataDir| {
                    let mut now = store.clone();
                    now.next_id += 1;
                    if let Some(change) = crate::store::changes::diff(&store, &now) {
                        d.append_change(&change, &now)
                            .unwrap_or_else(|e| panic!("{e}"));
                    }
                    std::fs::remove_file(d.changes_path()).unwrap_or_default();
                }),
            ),
            (
                "a partner renamed by hand, same length",
                Box::new(|d: &DataDir| {
                    let text = std::fs::read_to_string(d.store_path()).unwrap_or_default();
                    std::fs::write(d.store_path(), text.replacen("\"Alex\"", "\"Alix\"", 1))
                        .unwrap_or_default();
                }),
            ),
            (
                "the first summary put back after a save",
                Box::new(|d: &DataDir| {
                    d.save_store(&mut store.clone())
                        .unwrap_or_else(|e| panic!("{e}"));
                    std::fs::write(d.summary_path(), &first_summary).unwrap_or_default();
                }),
            ),
        ];
        for (what, change) in ways {
            let (_tmp, dir) = saved(&store);
            let _ = std::fs::remove_file(dir.changes_path());
            dir.write_summary(&store).unwrap_or_else(|e| panic!("{e}"));
            let before = dir
                .load_summary()
                .unwrap_or_else(|| panic!("{what}: no summary"));
            let stale = serde_json::to_vec(&before).unwrap_or_default();
            change(&dir);
            // The summary as it was, whatever the change did to it.
            // (Except where the change left the summary stale itself.)
            if !["the first summary put back after a save", "its log removed"].contains(&what) {
                std::fs::write(dir.summary_path(), &stale).unwrap_or_default();
            }
            assert_eq!(dir.load_summary(), None, "{what}: a stale summary was used");
        }
    }

    #[test]
    fn a_stale_summary_is_written_again_from_the_journal_read() {
        let store = journal();
        let (_tmp, dir) = saved(&store);
        let mut changed = store.clone();
        changed.partners.truncate(1);
        dir.write_store_bytes(&to_json(&changed).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(dir.load_summary(), None);
        let read = dir
            .load_store()
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no store"));
        assert!(dir.refresh_summary(&read, None));
        let summary = dir
            .load_summary()
            .unwrap_or_else(|| panic!("not written again"));
        assert_eq!(summary.store.partners, changed.partners);
        // Once current, it is left alone.
        assert!(!dir.refresh_summary(&read, Some(&summary)));
        // One that matched the files but not the journal read is replaced.
        let mut wrong = summary.clone();
        wrong.entries_by.insert(1, 12_345);
        assert!(dir.refresh_summary(&read, Some(&wrong)));
        assert_eq!(dir.load_summary(), Some(summary));
    }
}
