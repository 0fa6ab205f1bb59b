//! Saving the store as it should be on disk: appending what changed since
//! the last save to the change log ([`super::changes`]), a few hundred
//! bytes whatever the size of the journal, or writing it whole when the
//! saver does not know what is on disk (before [`Saver::start_from`], after
//! [`Saver::write_bytes`]), at the first save of each day (so `backups/`
//! keeps one copy a day), when the log has grown past an eighth of the
//! snapshot, or when the log does not end cleanly (a crash cut a save
//! short). The app's background writer and `trustmend walk` both save
//! through one.

use chrono::{DateTime, Local, NaiveDate};

use super::{DataDir, StoreError, changes};
use crate::model::Store;

/// The log is rewritten into the snapshot once it passes an eighth of it,
/// or this, whichever is more (rewriting a small journal costs little).
const LOG_MIN_BEFORE_REWRITE: u64 = 64 * 1024;

/// What the writer's thread knows of the store on disk.
pub struct Saver {
    dir: DataDir,
    /// The store as `store.json` and its log hold it now, if known.
    on_disk: Option<Store>,
    snapshot_len: u64,
    log_len: u64,
    /// The day `store.json` was last written whole.
    snapshot_day: Option<NaiveDate>,
}

impl Saver {
    pub fn new(dir: DataDir) -> Saver {
        Saver {
            dir,
            on_disk: None,
            snapshot_len: 0,
            log_len: 0,
            snapshot_day: None,
        }
    }

    /// What is on disk now: the store just read from it.
    pub fn start_from(&mut self, store: Store) {
        let snapshot = std::fs::metadata(self.dir.store_path()).ok();
        self.snapshot_len = snapshot.as_ref().map_or(0, |m| m.len());
        self.snapshot_day = snapshot
            .and_then(|m| m.modified().ok())
            .map(|t| DateTime::<Local>::from(t).date_naive());
        self.log_len = std::fs::metadata(self.dir.changes_path()).map_or(0, |m| m.len());
        self.on_disk = Some(store);
    }

    pub fn dir(&self) -> &DataDir {
        &self.dir
    }

    /// `store.json` written whole from bytes made elsewhere: whatever they
    /// hold is not known here, so the next save writes the store whole.
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        self.on_disk = None;
        self.dir.write_store_bytes(bytes)
    }

    /// Appends the change from what is on disk, or writes `store` whole.
    /// Nothing new is nothing to write: a store in an older format is left
    /// as it is until something in it changes.
    pub fn save(&mut self, mut store: Store) -> Result<(), StoreError> {
        let today = Local::now().date_naive();
        let change = self.on_disk.as_ref().and_then(|d| changes::diff(d, &store));
        if let Some(change) = change.filter(|c| c.is_empty() || self.may_append(today)) {
            store.generation = change.generation;
            if !change.is_empty() {
                self.log_len += self.dir.append_change(&change, &store)?;
            }
            self.on_disk = Some(store);
            return Ok(());
        }
        self.dir.save_store(&mut store)?;
        self.snapshot_len = std::fs::metadata(self.dir.store_path()).map_or(0, |m| m.len());
        self.log_len = 0;
        self.snapshot_day = Some(today);
        self.on_disk = Some(store);
        Ok(())
    }

    /// Whether a change may go to the log rather than the store be written
    /// whole (see the module's notes).
    fn may_append(&self, today: NaiveDate) -> bool {
        let follows_a_snapshot = self.on_disk.as_ref().is_some_and(|s| s.generation != 0);
        let log_full = self.log_len > LOG_MIN_BEFORE_REWRITE.max(self.snapshot_len / 8);
        let new_day = self.snapshot_day.is_none_or(|day| day < today);
        follows_a_snapshot && !log_full && !new_day && self.dir.changes_end_cleanly()
    }
}
