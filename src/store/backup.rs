//! Rolling backups of `store.json` in `backups/`: before a save replaces the
//! store, the copy about to be replaced is kept, so a bad edit, a bug or a
//! damaged disk can be undone with `trustmend doctor --restore`. A backup
//! `store-….json` comes with its change log `store-….changes.jsonl` when the
//! store had one: together they are the store as it was.
//!
//! Which backups stay is decided by [`plan_prune`], a pure function: the
//! newest [`Policy::recent`] saves, plus the newest backup of each of the
//! last [`Policy::daily_days`] days, and never more than
//! [`Policy::max_bytes`] in total (the newest backup always stays).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use super::{DataDir, StoreError, changes};

pub const BACKUP_DIR: &str = "backups";
const PREFIX: &str = "store-";
const SUFFIX: &str = ".json";
/// Sortable, and free of characters some file systems refuse (`:`).
const STAMP: &str = "%Y-%m-%dT%H-%M-%S%.3f";

/// How many backups are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The last saves, whatever their age.
    pub recent: usize,
    /// One (the newest) per day for this many days back from today.
    pub daily_days: i64,
    /// The most the backups may take together.
    pub max_bytes: u64,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            recent: 20,
            daily_days: 7,
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// One backup file, as found in `backups/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub name: String,
    pub path: PathBuf,
    /// When the save it was taken before happened (local time).
    pub taken: NaiveDateTime,
    pub bytes: u64,
}

/// The name of a backup taken at `at`, before uniqueness suffixes.
pub fn name_for(at: NaiveDateTime) -> String {
    format!("{PREFIX}{}{SUFFIX}", at.format(STAMP))
}

/// When a backup named `name` was taken, if the name is one of ours.
pub fn parse_name(name: &str) -> Option<NaiveDateTime> {
    let stem = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    // A same-millisecond backup gets a "-2", "-3"... after the stamp.
    let stamp = stem.get(..23).unwrap_or(stem);
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

/// The order of a backup's name among those of the same millisecond
/// (1 for the first, then the "-2", "-3"... suffixes).
fn sequence(name: &str) -> u32 {
    name.strip_suffix(SUFFIX)
        .and_then(|stem| stem.get(PREFIX.len() + 23..))
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// Newest first.
fn newest_first(a: &Backup, b: &Backup) -> std::cmp::Ordering {
    (b.taken, sequence(&b.name)).cmp(&(a.taken, sequence(&a.name)))
}

/// The backups to delete from `all` (any order) on `today`.
pub fn plan_prune(all: &[Backup], today: NaiveDate, policy: Policy) -> Vec<PathBuf> {
    let mut newest_first: Vec<&Backup> = all.iter().collect();
    newest_first.sort_by(|a, b| self::newest_first(a, b));
    let mut keep: BTreeSet<&str> = newest_first
        .iter()
        .take(policy.recent)
        .map(|b| b.name.as_str())
        .collect();
    let mut days = BTreeSet::new();
    for b in &newest_first {
        let age = (today - b.taken.date()).num_days();
        if (0..policy.daily_days).contains(&age) && days.insert(b.taken.date()) {
            keep.insert(&b.name);
        }
    }
    let mut total = 0u64;
    let mut delete = Vec::new();
    for (i, b) in newest_first.iter().enumerate() {
        let kept =
            keep.contains(b.name.as_str()) && (i == 0 || total + b.bytes <= policy.max_bytes);
        if kept {
            total += b.bytes;
        } else {
            delete.push(b.path.clone());
        }
    }
    delete
}

impl DataDir {
    pub fn backup_dir(&self) -> PathBuf {
        self.root().join(BACKUP_DIR)
    }

    /// Every backup in `backups/`, newest first. A missing folder is none.
    pub fn backups(&self) -> Result<Vec<Backup>, StoreError> {
        let dir = self.backup_dir();
        let read = match std::fs::read_dir(&dir) {
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => return Err(StoreError::Read { path: dir, source }),
        };
        let mut all = Vec::new();
        for entry in read.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(taken) = parse_name(&name) else {
                continue;
            };
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            if meta.is_file() {
                let log =
                    std::fs::metadata(changes::path_for(&entry.path())).map_or(0, |m| m.len());
                all.push(Backup {
                    name,
                    path: entry.path(),
                    taken,
                    bytes: meta.len() + log,
                });
            }
        }
        all.sort_by(newest_first);
        Ok(all)
    }

    /// Keeps the current `store.json` and its change log as a backup taken
    /// at `at`, then prunes old ones. Called just before a save replaces the
    /// store. Both are copied (see `keep`), never linked.
    ///
    /// A save of the very bytes already there (`new`, when given), with no
    /// log, keeps no backup: it would only push a different copy out.
    pub fn back_up_store(
        &self,
        at: NaiveDateTime,
        policy: Policy,
        new: Option<&[u8]>,
    ) -> std::io::Result<()> {
        let store = self.store_path();
        match std::fs::symlink_metadata(&store) {
            Ok(meta) if meta.is_file() && meta.len() > 0 => {}
            // Nothing (or nothing worth keeping) to back up.
            Ok(_) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        }
        let log = self.changes_path();
        let has_log = std::fs::metadata(&log).is_ok_and(|m| m.len() > 0);
        if let Some(new) = new.filter(|_| !has_log) {
            // Only a file of the same length can hold the same bytes.
            let same_len = std::fs::metadata(&store).is_ok_and(|m| m.len() == new.len() as u64);
            if same_len && std::fs::read(&store)? == new {
                return Ok(());
            }
        }
        let dir = self.backup_dir();
        create_private_dir(&dir)?;
        let existing = self
            .backups()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let target = unique(&dir, at, &existing);
        if has_log {
            self.keep(&log, &changes::path_for(&target))?;
        }
        self.keep(&store, &target)?;
        self.prune(at, policy)
    }

    /// Keeps `bytes` (a whole store, made elsewhere: a sealed copy of the
    /// one about to be replaced) as a backup taken at `at`, then prunes.
    pub fn add_backup(&self, at: NaiveDateTime, bytes: &[u8]) -> std::io::Result<()> {
        let dir = self.backup_dir();
        create_private_dir(&dir)?;
        let existing = self
            .backups()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let target = unique(&dir, at, &existing);
        self.sink_write(&target, bytes)?;
        self.prune(at, Policy::default())
    }

    /// Removes the backups (with their logs) that `policy` no longer keeps.
    fn prune(&self, at: NaiveDateTime, policy: Policy) -> std::io::Result<()> {
        let all = self
            .backups()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        for path in plan_prune(&all, at.date(), policy) {
            let _ = std::fs::remove_file(changes::path_for(&path));
            let _ = std::fs::remove_file(path);
        }
        Ok(())
    }

    /// `from` kept as `to`: a copy, written like every file (a temporary
    /// file, fsync, rename), never a hard link. A link would share the
    /// file: the change log grows in place, so after a compaction that
    /// failed, later lines (or damage) would reach every backup linked to
    /// it, and the backups would not be copies of anything. The copy keeps
    /// the original's modification time: when it was saved.
    fn keep(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        self.check_lock()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let mut file = std::fs::File::open(from)?;
        let modified = file.metadata().and_then(|m| m.modified()).ok();
        self.sink
            .write_atomic_with(to, &mut |out| std::io::copy(&mut file, out).map(|_| ()))?;
        if let Some(modified) = modified
            && let Ok(copy) = std::fs::File::options().write(true).open(to)
        {
            let _ = copy.set_modified(modified);
        }
        Ok(())
    }
}

/// A name for a backup taken at `at` that sorts after every backup already
/// taken in the same millisecond (a pruned name is never reused for a newer
/// copy, which would then look older than it is).
#[allow(
    clippy::maybe_infinite_iter,
    reason = "the names counted up end at the first free one"
)]
fn unique(dir: &Path, at: NaiveDateTime, taken: &[Backup]) -> PathBuf {
    let name = name_for(at);
    let last = taken
        .iter()
        .filter(|b| b.taken == at)
        .map(|b| sequence(&b.name))
        .max();
    match last {
        None if !dir.join(&name).exists() => dir.join(name),
        _ => {
            let stem = name.strip_suffix(SUFFIX).unwrap_or(&name);
            let next = last.unwrap_or(1) + 1;
            (next..)
                .map(|n| dir.join(format!("{stem}-{n}{SUFFIX}")))
                .find(|p| !p.exists())
                .unwrap_or_else(|| dir.join(&name))
        }
    }
}

pub(super) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
