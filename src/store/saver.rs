//! Saving the store as it should be on disk, write-ahead: what changed
//! since the last save is appended to the change log ([`super::changes`])
//! and fsynced, a few hundred bytes whatever the size of the journal, and
//! the save is durable from then on. `store.json` is written whole after
//! that (compaction) at the first save of each day (so `backups/` keeps one
//! copy a day) or when the log has grown past an eighth of the snapshot,
//! and instead of it only when no append is possible: the saver does not
//! know what is on disk (before [`Saver::start_from`], after
//! [`Saver::write_bytes`], or the files are not the ones it left), or the
//! log does not end cleanly (a crash cut a save short). See
//! [`Saver::save_reported`]. The app's background writer and
//! `trustmend walk` both save through one.

use chrono::{DateTime, Local, NaiveDate};

use super::plain::{self, Protected};
use super::{DataDir, StoreError, changes};
use crate::model::Store;

/// The log is rewritten into the snapshot once it passes an eighth of it,
/// or this, whichever is more (rewriting a small journal costs little).
const LOG_MIN_BEFORE_REWRITE: u64 = 64 * 1024;

/// What one save did, for the person to be told what matters.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// The change was appended to the change log (and is durable).
    pub appended: bool,
    /// `store.json` was written whole and its log started afresh.
    pub compacted: bool,
    /// A whole write was due after the change was already durable in the
    /// log, and failed: why. It is tried again at the next save; nothing is
    /// lost meanwhile.
    pub compaction_failed: Option<String>,
    /// Backups that held a protected partner's private words in plain and
    /// now hold them sealed.
    pub backups_resealed: usize,
    /// Backups that may hold such words but could not be read or written
    /// again, left as they were (`trustmend doctor` lists them).
    pub backups_left: Vec<std::path::PathBuf>,
}

/// How `store.json` and its log were when this saver last read or wrote
/// them: each one's device, inode and length, `None` when absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Files {
    snapshot: Option<FileId>,
    log: Option<FileId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
    len: u64,
}

impl Files {
    fn now(dir: &DataDir) -> Files {
        Files {
            snapshot: file_id(&dir.store_path()),
            log: file_id(&dir.changes_path()),
        }
    }
}

fn file_id(path: &std::path::Path) -> Option<FileId> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    #[cfg(unix)]
    let (dev, ino) = {
        use std::os::unix::fs::MetadataExt as _;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let (dev, ino) = (
        u64::from(meta.file_type().is_symlink()),
        meta.modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)),
    );
    Some(FileId {
        dev,
        ino,
        len: meta.len(),
    })
}

/// What the writer's thread knows of the store on disk.
pub struct Saver {
    dir: DataDir,
    /// The store as `store.json` and its log hold it now, if known.
    on_disk: Option<Store>,
    /// The files `on_disk` was read from or written to, to tell whether
    /// they are still the ones on disk.
    files: Option<Files>,
    snapshot_len: u64,
    log_len: u64,
    /// The day `store.json` was last written whole.
    snapshot_day: Option<NaiveDate>,
    /// `store.json` or its log may hold private words of a protected
    /// partner in plain (found when reading them, or left by a failed
    /// write): the next save writes the store whole (see [`Saver::save`]).
    plain_on_disk: bool,
    /// Whether a save appended to the log returns before the summary is
    /// written ([`Saver::answering_first`]), and whether one is owed.
    answer_first: bool,
    summary_owed: bool,
}

impl Saver {
    pub fn new(dir: DataDir) -> Saver {
        Saver {
            dir,
            on_disk: None,
            files: None,
            snapshot_len: 0,
            log_len: 0,
            snapshot_day: None,
            plain_on_disk: false,
            answer_first: false,
            summary_owed: false,
        }
    }

    /// A saver whose saves appended to the log return as soon as they are
    /// durable, leaving the summary (`summary.json`, which `status` and the
    /// first frame draw from: a few milliseconds at 100,000 entries) to
    /// [`Saver::write_owed_summary`], which the writer's thread calls once
    /// it has answered the save. Until then the summary does not match the
    /// files and is simply not used.
    pub fn answering_first(mut self) -> Saver {
        self.answer_first = true;
        self
    }

    /// Writes the summary of the store now on disk, if a save left it owed.
    pub fn write_owed_summary(&mut self) {
        if std::mem::take(&mut self.summary_owed)
            && let Some(store) = &self.on_disk
        {
            let _ = self.dir.write_summary(store);
        }
    }

    /// What is on disk now: the store just read from it. If a partner is
    /// protected, `store.json` and its log are read once more for plain
    /// words of theirs (a save cut short while protecting can leave some).
    pub fn start_from(&mut self, store: Store) {
        let snapshot = std::fs::metadata(self.dir.store_path()).ok();
        self.snapshot_len = snapshot.as_ref().map_or(0, std::fs::Metadata::len);
        self.snapshot_day = snapshot
            .and_then(|m| m.modified().ok())
            .map(|t| DateTime::<Local>::from(t).date_naive());
        self.log_len = std::fs::metadata(self.dir.changes_path()).map_or(0, |m| m.len());
        self.files = Some(Files::now(&self.dir));
        self.plain_on_disk = self.plain_in_files(&Protected::of(&store));
        self.on_disk = Some(store);
    }

    pub fn dir(&self) -> &DataDir {
        &self.dir
    }

    /// `store.json` written whole from bytes made elsewhere: whatever they
    /// hold is not known here, so the next save writes the store whole.
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        self.on_disk = None;
        self.files = None;
        self.dir.write_store_bytes(bytes)
    }

    /// [`Saver::save_reported`], without the report.
    pub fn save(&mut self, store: Store) -> Result<(), StoreError> {
        self.save_reported(store).map(|_| ())
    }

    /// Saves `store` (the whole store as it should be on disk, already
    /// sealed for disk by [`crate::vault::Sealer`]).
    ///
    /// Write-ahead, as `SQLite`'s WAL: whenever it can, the change from what
    /// is on disk is appended to the change log and fsynced, and that is
    /// the moment the save is durable. Writing `store.json` whole is
    /// compaction that may follow (first save of a day, a log grown long):
    /// if it fails, the save still succeeded, and it is tried again next
    /// time. The store is written whole *instead* only when an append is
    /// not possible: nothing known on disk, `store.json` or its log not the
    /// files this saver last left (missing, replaced, a folder that vanished
    /// and came back), a log cut short by a crash, or a change a line
    /// cannot carry.
    ///
    /// When the files on disk may hold a protected partner's private words
    /// in plain (the partner was just protected, an entry of theirs turned
    /// private again, or plain words were found when starting), the store
    /// is written whole (no append first) with those words sealed and its
    /// log started afresh,
    /// every backup holding such words is re-sealed, and the copy replaced
    /// is not kept in plain. `store.json` is written last, so a crash part
    /// way leaves it plain and the next start does it all again.
    ///
    /// Nothing new is nothing to write: a store in an older format is left
    /// as it is until something in it changes.
    pub fn save_reported(&mut self, mut store: Store) -> Result<SaveReport, StoreError> {
        let today = Local::now().date_naive();
        let mut report = SaveReport::default();
        if self.files != Some(Files::now(&self.dir)) {
            // Not what this saver left: what is there is not known.
            self.on_disk = None;
        }
        let change = self.on_disk.as_ref().and_then(|d| changes::diff(d, &store));
        if let Some(change) = change.as_ref().filter(|c| c.is_empty()) {
            store.generation = change.generation;
            self.on_disk = Some(store);
            return Ok(report);
        }
        let protected = Protected::of(&store);
        let scrub = self.exposed_on_disk(&protected);
        // A save that seals words left plain is written whole, never
        // appended first: a log saying "protected" beside a snapshot still
        // plain is what a kill between the two would leave, and the next
        // start reads nothing plain in memory to seal again.
        if let Some(change) = change.filter(|_| self.may_append() && !scrub) {
            store.generation = change.generation;
            self.log_len += self.dir.append_change_alone(&change)?;
            self.summary_owed = true;
            self.files = Some(Files::now(&self.dir));
            report.appended = true;
            if !scrub && !self.compaction_due(today) {
                self.on_disk = Some(store);
                if !self.answer_first {
                    self.write_owed_summary();
                }
                return Ok(report);
            }
            self.on_disk = Some(store.clone());
            // The summary of the log as appended, before compacting it.
            self.write_owed_summary();
            self.plain_on_disk |= scrub;
            // Durable already: a compaction that fails loses nothing. But
            // one that was to seal words left plain on the disk has not
            // kept the privacy promise, so it is a failure to report (the
            // next save tries again: `plain_on_disk` stays set).
            if let Err(e) = self.write_whole(&mut store, &protected, scrub, &mut report, today) {
                if scrub {
                    return Err(e);
                }
                report.compaction_failed = Some(e.to_string());
            }
            return Ok(report);
        }
        self.plain_on_disk |= scrub;
        self.write_whole(&mut store, &protected, scrub, &mut report, today)?;
        Ok(report)
    }

    fn write_whole(
        &mut self,
        store: &mut Store,
        protected: &Protected,
        scrub: bool,
        report: &mut SaveReport,
        today: NaiveDate,
    ) -> Result<(), StoreError> {
        if scrub {
            self.keep_sealed_copy_of_what_is_replaced(protected, report.appended);
            let resealed = self.dir.reseal_backups(protected);
            let aside = self.dir.reseal_kept_aside(protected);
            report.backups_resealed = resealed.resealed + aside.resealed;
            report.backups_left = resealed.left;
            report.backups_left.extend(aside.left);
        }
        self.dir.save_store_backing_up(store, !scrub)?;
        self.snapshot_len = std::fs::metadata(self.dir.store_path()).map_or(0, |m| m.len());
        self.log_len = std::fs::metadata(self.dir.changes_path()).map_or(0, |m| m.len());
        self.snapshot_day = Some(today);
        self.files = Some(Files::now(&self.dir));
        self.plain_on_disk = false;
        self.on_disk = Some(store.clone());
        report.compacted = true;
        Ok(())
    }

    /// Before a whole write that seals: the store on disk, sealed, as a
    /// backup, so the copy replaced is kept but not in plain. After an
    /// append, what is on disk is the store about to be written, which
    /// needs no second copy.
    fn keep_sealed_copy_of_what_is_replaced(&self, protected: &Protected, appended: bool) {
        if appended {
            return;
        }
        let on_disk = match &self.on_disk {
            Some(store) => Some(store.clone()),
            None => super::load_store_file(&self.dir.store_path())
                .ok()
                .flatten(),
        };
        let Some(mut replaced) = on_disk else {
            return;
        };
        if protected.seal(&mut replaced).is_err() {
            return;
        }
        if let Ok(bytes) = super::to_json(&replaced) {
            let now = Local::now().naive_local();
            let _ = self.dir.add_backup(now, &bytes);
        }
    }

    /// Whether the files on disk may hold words of `protected` in plain
    /// (see [`Saver::save_reported`]).
    fn exposed_on_disk(&self, protected: &Protected) -> bool {
        if protected.is_empty() {
            return false;
        }
        if self.plain_on_disk {
            return true;
        }
        match &self.on_disk {
            Some(was) => protected.newly_protected_since(was) || protected.exposed_in(was),
            None => self.plain_in_files(protected),
        }
    }

    /// Whether `store.json` or its log hold words of `protected` in plain.
    /// One that cannot be read counts as holding some: it is written whole
    /// anyway.
    fn plain_in_files(&self, protected: &Protected) -> bool {
        !protected.is_empty()
            && !matches!(
                plain::count_in_store_file(&self.dir.store_path(), protected),
                Ok(0)
            )
    }

    /// Whether an append is possible: the snapshot is one a log can follow,
    /// it is there, and its log ends with a whole line, so that a line
    /// appended to it will be read (it does not after a crash in the middle
    /// of a save).
    fn may_append(&self) -> bool {
        let follows_a_snapshot = self.on_disk.as_ref().is_some_and(|s| s.generation != 0);
        let snapshot_there = self.files.is_some_and(|f| f.snapshot.is_some());
        follows_a_snapshot && snapshot_there && self.dir.changes_end_cleanly()
    }

    /// Whether `store.json` is due to be written whole after an append: at
    /// the first save of each day (so `backups/` keeps one copy a day), or
    /// when the log has grown past an eighth of the snapshot.
    fn compaction_due(&self, today: NaiveDate) -> bool {
        let log_full = self.log_len > LOG_MIN_BEFORE_REWRITE.max(self.snapshot_len / 8);
        let new_day = self.snapshot_day.is_none_or(|day| day < today);
        log_full || new_day
    }
}

#[cfg(test)]
mod tests;
