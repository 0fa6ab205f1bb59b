//! The disk: where the data folder is, reading and writing `store.json` and
//! `session.json`, and the lock that keeps two trustmends off one folder.
//!
//! Reading never repairs or replaces anything: a file that exists but cannot
//! be read is an error naming the file, and the file is left exactly as it
//! was, so a damaged journal is never mistaken for an empty one and
//! overwritten. Writing is atomic (see [`sink`]) and happens off the UI
//! thread through [`writer::Writer`].
//!
//! The store on disk is `store.json`, a snapshot, plus `store.changes.jsonl`,
//! the saves made since it was written (see [`changes`]). Reading applies
//! the log; [`DataDir::save_store`] writes a new snapshot and starts the log
//! again; [`DataDir::append_change`] adds one save to the log.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::model::Session;
use crate::model::session::SESSION_VERSION;
use crate::model::{SCHEMA_VERSION, Store};

pub mod backup;
pub mod changes;

mod layout;
pub mod leave;
pub mod leftovers;
mod lock;
pub mod migrate;
pub mod plain;
pub mod records;
pub mod saver;
pub mod sink;
pub mod summary;
pub mod writer;

pub use crate::model::{JsonProblem, StoreError};
pub use lock::Lock;
pub use sink::{AtomicFile, FileSink};
pub use writer::{Job, Outcome, Writer};

pub const STORE_FILE: &str = "store.json";
pub use crate::model::SESSION_FILE;
pub const LOCK_FILE: &str = "trustmend.lock";

/// The folder holding one household's workbook.
#[derive(Clone)]
pub struct DataDir {
    root: PathBuf,
    sink: Arc<dyn FileSink>,
    /// The lock taken through this folder (or a clone of it), checked
    /// before every write while it is held (see [`lock`]).
    held: Arc<Mutex<Weak<lock::Held>>>,
}

impl fmt::Debug for DataDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataDir")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

impl DataDir {
    /// `--data-dir` (or `TRUSTMEND_DATA_DIR`, which clap folds into the same
    /// option) wins; otherwise the platform's data folder for trustmend.
    /// An empty path counts as not given.
    pub fn resolve(explicit: Option<PathBuf>) -> Result<DataDir, StoreError> {
        let root = match explicit.filter(|p| !p.as_os_str().is_empty()) {
            Some(path) => path,
            None => directories::ProjectDirs::from("", "", "trustmend")
                .ok_or(StoreError::NoDataDir)?
                .data_dir()
                .to_path_buf(),
        };
        // Absolute, so messages name the file unambiguously whatever the
        // working directory; this does not touch the disk.
        let root = std::path::absolute(&root).unwrap_or(root);
        Ok(DataDir::at(root))
    }

    pub fn at(root: PathBuf) -> DataDir {
        DataDir {
            root,
            sink: Arc::new(AtomicFile),
            held: Arc::new(Mutex::new(Weak::new())),
        }
    }

    /// The same folder, writing through another sink (tests inject faults).
    pub fn with_sink(self, sink: Arc<dyn FileSink>) -> DataDir {
        DataDir { sink, ..self }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file a save of `target` writes.
    pub fn path_of(&self, target: crate::model::SaveTarget) -> PathBuf {
        match target {
            crate::model::SaveTarget::Store => self.store_path(),
            crate::model::SaveTarget::Session => self.session_path(),
        }
    }

    pub fn store_path(&self) -> PathBuf {
        self.root.join(STORE_FILE)
    }

    /// The change log of `store.json` (see [`changes`]).
    pub fn changes_path(&self) -> PathBuf {
        changes::path_for(&self.store_path())
    }

    pub fn session_path(&self) -> PathBuf {
        self.root.join(SESSION_FILE)
    }

    pub fn lock_path(&self) -> PathBuf {
        self.root.join(LOCK_FILE)
    }

    /// Creates the folder (and its parents) if missing, private to the user
    /// on unix. An existing folder is left as it is: it may be one the user
    /// chose with `--data-dir` and shares on purpose.
    pub fn ensure(&self) -> Result<(), StoreError> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt as _;
            builder.mode(0o700);
        }
        builder
            .create(&self.root)
            .map_err(|source| StoreError::CreateDir {
                path: self.root.clone(),
                source,
            })
    }

    /// `Ok(None)` only when `store.json` does not exist and neither does its
    /// change log (a first run). A log without its snapshot is refused
    /// ([`StoreError::LogWithoutSnapshot`]): it may hold entries that are
    /// nowhere else, and a first run would write over it. A `store.json`
    /// that is a symbolic link is refused too ([`StoreError::Symlink`]).
    pub fn load_store(&self) -> Result<Option<Store>, StoreError> {
        let path = self.store_path();
        let dangling_with_log = std::fs::metadata(&path).is_err()
            && std::fs::symlink_metadata(self.changes_path()).is_ok();
        if !dangling_with_log {
            refuse_links(&path)?;
        }
        refuse_links(&self.changes_path())?;
        match load_store_file(&path)? {
            Some(store) => Ok(Some(store)),
            None => match self.log_without_snapshot() {
                Some(err) => Err(err),
                None => match self.store_leftovers().into_iter().next() {
                    // Not a first run: a journal was being written here.
                    Some(temp) => Err(StoreError::Unfinished { temp, store: path }),
                    None => Ok(None),
                },
            },
        }
    }

    /// The change log, when it is there without its snapshot (see
    /// [`DataDir::load_store`]), as the error that says so.
    pub fn log_without_snapshot(&self) -> Option<StoreError> {
        let (store, log) = (self.store_path(), self.changes_path());
        if std::fs::metadata(&store).is_ok() || std::fs::symlink_metadata(&log).is_err() {
            return None;
        }
        let entries = orphan_log(&log).map_or(0, |s| s.entries.len());
        let dangling = std::fs::symlink_metadata(&store).is_ok();
        Some(StoreError::LogWithoutSnapshot {
            log,
            store,
            entries,
            dangling,
        })
    }

    /// A missing `session.json` is a fresh session; a damaged one is an
    /// error, and the app decides whether to start a fresh one instead.
    pub fn load_session(&self) -> Result<Session, StoreError> {
        Ok(
            load_json(&self.session_path(), |v| v.version, SESSION_VERSION, None)?
                .unwrap_or_default(),
        )
    }

    /// Replaces `store.json` atomically with a whole store, and ends its
    /// change log (the bytes must hold everything: see [`DataDir::save_store`]).
    /// The folder must exist ([`ensure`] or [`lock`] create it): if it
    /// vanished, that is reported, not hidden.
    ///
    /// [`ensure`]: DataDir::ensure
    /// [`lock`]: DataDir::lock
    ///
    /// The copy being replaced (with its log) is kept in `backups/` first
    /// (see [`backup`]). A backup that cannot be made does not stop the
    /// save: the words just typed matter more than an older copy.
    pub fn write_store_bytes(&self, bytes: &[u8]) -> Result<(), StoreError> {
        self.check_lock()?;
        refuse_links(&self.store_path())?;
        let had_snapshot = std::fs::metadata(self.store_path()).is_ok();
        let now = chrono::Local::now().naive_local();
        let _ = self.back_up_store(now, backup::Policy::default(), Some(bytes));
        self.write(self.store_path(), bytes)?;
        self.end_changes(had_snapshot);
        Ok(())
    }

    /// The log of the snapshot just replaced: its lines are in the new one,
    /// under an older generation, so if this fails they are skipped when read.
    /// A log that had no snapshot before this write is not known to be in
    /// it, so it is kept aside under a dated name instead, never deleted.
    fn end_changes(&self, had_snapshot: bool) {
        let log = self.changes_path();
        if had_snapshot {
            let _ = std::fs::remove_file(log);
        } else if std::fs::symlink_metadata(&log).is_ok() {
            let now = chrono::Local::now().naive_local();
            let _ = std::fs::rename(&log, self.aside_name(&log, now));
        }
    }

    /// A free name beside `current` for keeping it aside:
    /// `NAME.replaced-STAMP`, `NAME.replaced-STAMP-2`…
    pub fn aside_name(&self, current: &Path, now: chrono::NaiveDateTime) -> PathBuf {
        let name = current
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stamp = now.format("%Y-%m-%dT%H-%M-%S");
        (1..10_000)
            .map(|n| match n {
                1 => self.root.join(format!("{name}.replaced-{stamp}")),
                n => self.root.join(format!("{name}.replaced-{stamp}-{n}")),
            })
            .find(|p| std::fs::symlink_metadata(p).is_err())
            .unwrap_or_else(|| self.root.join(format!("{name}.replaced")))
    }

    /// Refuses to write while this folder's lock is held (through this
    /// `DataDir` or a clone) but its file is no longer the one linked at
    /// `trustmend.lock` (see [`lock`]). Without a lock, nothing to check.
    pub fn check_lock(&self) -> Result<(), StoreError> {
        let held = self
            .held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .upgrade();
        match held {
            Some(held) => held.verify(),
            None => Ok(()),
        }
    }

    /// Writes `store` whole as a new snapshot (a new [`Store::generation`],
    /// set in `store` too, so later changes can follow it), then leaves the
    /// [`summary`] the next start draws its first screen from. A summary
    /// that cannot be written does not fail the save: the next start just
    /// reads the whole journal before drawing.
    ///
    /// The JSON is streamed to the disk as it is made, so a large journal
    /// is never in memory twice.
    pub fn save_store(&self, store: &mut Store) -> Result<(), StoreError> {
        self.save_store_backing_up(store, true)
    }

    /// [`DataDir::save_store`], keeping the copy replaced in `backups/` only
    /// if `back_up` (the saver keeps none in plain of words now sealed).
    pub(crate) fn save_store_backing_up(
        &self,
        store: &mut Store,
        back_up: bool,
    ) -> Result<(), StoreError> {
        self.check_lock()?;
        let path = self.store_path();
        refuse_links(&path)?;
        let had_snapshot = std::fs::metadata(&path).is_ok();
        store.generation = next_generation(store.generation);
        let now = chrono::Local::now().naive_local();
        // Something changed, or there would be nothing to save: no need to
        // compare with what is there before keeping it.
        if back_up {
            let _ = self.back_up_store(now, backup::Policy::default(), None);
        }
        let mut encoding = None;
        let written = self.sink.write_atomic_with(&path, &mut |out| {
            // The sink's writer is a `dyn`: buffer in front of it.
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
            layout::write(&mut buffered, &*store)
                .and_then(|()| std::io::Write::flush(&mut buffered).map_err(serde_json::Error::io))
                .map_err(|e| {
                    if e.is_io() {
                        std::io::Error::from(e)
                    } else {
                        let said = std::io::Error::other(e.to_string());
                        encoding = Some(e);
                        said
                    }
                })
        });
        if let Some(source) = encoding {
            return Err(StoreError::Encode {
                what: "workbook",
                source,
            });
        }
        written.map_err(|source| StoreError::Write { path, source })?;
        self.end_changes(had_snapshot);
        let _ = self.write_summary(store);
        Ok(())
    }

    /// Appends one save to the change log of `store.json`; `now` is the
    /// whole store after it, for the summary. The snapshot must be the one
    /// `change` follows (the writer makes sure of it). Returns how many
    /// bytes the log grew by.
    pub fn append_change(&self, change: &changes::Change, now: &Store) -> Result<u64, StoreError> {
        let grew = self.append_change_alone(change)?;
        let _ = self.write_summary(now);
        Ok(grew)
    }

    /// [`DataDir::append_change`] without writing the summary, for a saver
    /// that writes it once the save has been answered (see
    /// [`saver::Saver::write_owed_summary`]): until it does, the summary
    /// is stale, and is simply not used.
    pub fn append_change_alone(&self, change: &changes::Change) -> Result<u64, StoreError> {
        self.check_lock()?;
        let path = self.changes_path();
        // Its place in the log, so a copy of it is recognised (see
        // [`changes::Change::seq`]).
        let at = std::fs::metadata(&path).map_or(0, |m| m.len());
        let line = changes::Change {
            seq: Some(at),
            ..change.clone()
        }
        .to_line()?;
        self.sink
            .append(&path, &line)
            .map_err(|source| StoreError::Write { path, source })?;
        Ok(line.len() as u64)
    }

    /// Whether the change log is absent or ends with a whole line, so that
    /// a line appended to it will be read. (It does not after a crash in
    /// the middle of a save: the store is then written whole instead.)
    pub fn changes_end_cleanly(&self) -> bool {
        use std::io::{Read as _, Seek as _, SeekFrom};
        let Ok(mut file) = std::fs::File::open(self.changes_path()) else {
            return !self.changes_path().exists();
        };
        let mut last = [0u8; 1];
        match file.seek(SeekFrom::End(-1)) {
            Ok(_) => file.read_exact(&mut last).is_ok() && last[0] == b'\n',
            // An empty file has no last byte to seek to.
            Err(_) => file.metadata().is_ok_and(|m| m.len() == 0),
        }
    }

    pub fn write_session_bytes(&self, bytes: &[u8]) -> Result<(), StoreError> {
        self.write(self.session_path(), bytes)
    }

    /// Creates the folder if needed and takes the exclusive lock on
    /// `trustmend.lock`, writing our pid into it. Fails with
    /// [`StoreError::Locked`] while another process holds it.
    ///
    /// While it is held, every write through this `DataDir` (and its clones)
    /// first checks the lock is still ours ([`DataDir::check_lock`]).
    pub fn lock(&self) -> Result<Lock, StoreError> {
        self.ensure()?;
        let lock = lock::acquire(self.lock_path())?;
        *self.held.lock().unwrap_or_else(PoisonError::into_inner) = Arc::downgrade(lock.held());
        Ok(lock)
    }

    /// Everything that must hold before this trustmend writes here, in one
    /// place for the full screen and `walk`: `lock` is this folder's, still
    /// ours; the temporary files of a killed save are removed (they may be
    /// plain copies of the journal); and the folder can be written (a file
    /// is created and removed). Returns the leftovers removed.
    pub fn open_for_writing(&self, lock: &Lock) -> Result<Vec<PathBuf>, StoreError> {
        if lock.path() != self.lock_path() {
            return Err(StoreError::LockLost {
                path: self.lock_path(),
            });
        }
        lock.verify()?;
        *self.held.lock().unwrap_or_else(PoisonError::into_inner) = Arc::downgrade(lock.held());
        let removed = self.remove_leftovers(lock);
        // A partner's leaving cut short is finished before anything else
        // is written (see [`leave`]).
        self.finish_leaving(lock)?;
        let probe = self
            .root
            .join(format!(".trustmend-write-check-{}", std::process::id()));
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
            .and_then(|_| std::fs::remove_file(&probe))
            .map_err(|source| StoreError::NotWritable {
                path: self.root.clone(),
                source,
            })?;
        Ok(removed)
    }

    /// Writes any file of ours atomically through the sink.
    pub(crate) fn sink_write(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        self.check_lock()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        self.sink.write_atomic(path, bytes)
    }

    fn write(&self, path: PathBuf, bytes: &[u8]) -> Result<(), StoreError> {
        self.check_lock()?;
        self.sink
            .write_atomic(&path, bytes)
            .map_err(|source| StoreError::Write { path, source })
    }
}

/// Reads a store file anywhere (a backup, say) with every check `store.json`
/// gets, and applies its change log: `Ok(None)` only if it does not exist.
/// A store with an entry id twice is refused ([`StoreError::DuplicateIds`]).
pub fn load_store_file(path: &Path) -> Result<Option<Store>, StoreError> {
    let store = load_store_file_as_is(path)?;
    if let Some(store) = &store {
        let ids = duplicate_ids(store);
        if !ids.is_empty() {
            return Err(StoreError::DuplicateIds {
                path: path.to_path_buf(),
                ids,
            });
        }
    }
    Ok(store)
}

/// The entry ids found more than once, in order. Cheap for a journal kept
/// as trustmend keeps it (ids growing): one walk, no lookups.
pub fn duplicate_ids(store: &Store) -> Vec<u64> {
    let ids = || store.entries.iter().map(|e| e.id);
    if ids().is_sorted_by(|a, b| a < b) {
        return Vec::new();
    }
    let mut seen = std::collections::HashSet::new();
    let mut twice = std::collections::BTreeSet::new();
    for id in ids() {
        if !seen.insert(id) {
            twice.insert(id);
        }
    }
    twice.into_iter().collect()
}

/// [`load_store_file`] without the check for duplicate ids (for `doctor
/// --repair`, which renumbers them).
pub fn load_store_file_as_is(path: &Path) -> Result<Option<Store>, StoreError> {
    let Some(mut store) = load_snapshot(path)? else {
        return Ok(None);
    };
    if let Some(read) = log_of(path, store.generation)? {
        for change in read.changes {
            changes::apply(&mut store, change);
        }
        changes::raise_next_id(&mut store, read.highest_id);
    }
    Ok(Some(store))
}

/// The change log beside the snapshot at `path`, read for the snapshot's
/// `generation` with every check the journal's own read makes: `None`
/// when there is none to read (generation 0 was never written with one).
pub fn log_of(path: &Path, generation: u64) -> Result<Option<changes::LogRead>, StoreError> {
    if generation == 0 {
        return Ok(None);
    }
    let log = changes::path_for(path);
    let Some(bytes) = read_file(&log)? else {
        return Ok(None);
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| not_text(&log, &bytes, &e))?;
    let read = changes::parse_log(&log, text, generation)?;
    if read.newer.is_some() {
        return Err(StoreError::OlderThanLog {
            path: path.to_path_buf(),
            log,
        });
    }
    Ok(Some(read))
}

/// What reading a store file record by record found ([`each_record_of`]).
pub enum Streamed {
    /// No such file.
    Absent,
    /// The snapshot without its entries and check-ins (each was handed
    /// over as read).
    Read(Store),
    /// Not a snapshot in the current format: the whole read
    /// ([`load_snapshot`]) says why, or upgrades it.
    Unread,
}

/// The snapshot at `path` read with each entry and check-in handed to
/// `records` as it is read, then dropped, and the file's pages let go
/// behind them: nothing of it is held but the record being looked at (see
/// `records`). Its change log is not read.
pub fn each_record_of(
    path: &Path,
    records: &mut dyn records::Records,
) -> Result<Streamed, StoreError> {
    let Some(bytes) = read_file(path)? else {
        return Ok(Streamed::Absent);
    };
    let bom = "\u{feff}".as_bytes();
    let start = if bytes.starts_with(bom) { bom.len() } else { 0 };
    let read = bytes.letting_go(|| records::each_record(&bytes[start..], records));
    Ok(read.map_or(Streamed::Unread, Streamed::Read))
}

/// The snapshot alone, its change log not applied.
pub fn load_snapshot(path: &Path) -> Result<Option<Store>, StoreError> {
    load_json::<Store>(
        path,
        |v| v.schema_version,
        SCHEMA_VERSION,
        Some(migrate::to_current),
    )
}

/// What a change log without its snapshot holds: every line, of whatever
/// generation, applied in order to an empty store. `None` if it cannot be
/// read as text.
pub fn orphan_log(log: &Path) -> Option<Store> {
    let text = std::fs::read_to_string(log).ok()?;
    let mut store = Store::default();
    for line in text.lines() {
        if let Ok(change) = serde_json::from_str::<changes::Change>(line) {
            changes::apply(&mut store, change);
        }
    }
    Some(store)
}

/// A symbolic link in place of `path` is refused (see
/// [`StoreError::Symlink`]): a whole write would replace the link with a
/// file, and its change log and backups would not follow it.
fn refuse_links(path: &Path) -> Result<(), StoreError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            let target = std::fs::read_link(path).unwrap_or_default();
            Err(StoreError::Symlink {
                path: path.to_path_buf(),
                target,
            })
        }
        _ => Ok(()),
    }
}

/// A generation no snapshot of this store had: later than `previous`, and
/// from the clock, so that a restored older snapshot never shares one with
/// a newer log.
pub(crate) fn next_generation(previous: u64) -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    now.max(previous.saturating_add(1)).max(1)
}

fn not_text(path: &Path, bytes: &[u8], e: &std::str::Utf8Error) -> StoreError {
    let valid = &bytes[..e.valid_up_to()];
    StoreError::NotText {
        path: path.to_path_buf(),
        line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
        byte: e.valid_up_to() + 1,
    }
}

/// The store as JSON with a trailing newline, one entry (partner, check-in)
/// to a line: readable and diffable by a person who opens the file, and
/// quick to read (see [`layout`]).
pub fn to_json(store: &Store) -> Result<Vec<u8>, StoreError> {
    let mut bytes = Vec::new();
    layout::write(&mut bytes, store).map_err(|source| StoreError::Encode {
        what: "workbook",
        source,
    })?;
    Ok(bytes)
}

pub fn session_to_json(session: &Session) -> Result<Vec<u8>, StoreError> {
    pretty(session, "session")
}

fn pretty<T: serde::Serialize>(value: &T, what: &'static str) -> Result<Vec<u8>, StoreError> {
    let mut bytes =
        serde_json::to_vec_pretty(value).map_err(|source| StoreError::Encode { what, source })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Just the version field of a file, read before the whole of it so that a
/// file from a newer trustmend is reported as such rather than as damaged.
#[derive(Deserialize)]
struct Versions {
    schema_version: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// The format version a parsed file says it is in.
trait Versioned {
    fn version(&self) -> u32;
    fn set_version(&mut self, version: u32);
}

impl Versioned for Store {
    fn version(&self) -> u32 {
        self.schema_version
    }

    fn set_version(&mut self, version: u32) {
        self.schema_version = version;
    }
}

impl Versioned for Session {
    fn version(&self) -> u32 {
        self.version
    }

    fn set_version(&mut self, version: u32) {
        self.version = version;
    }
}

fn load_json<T: DeserializeOwned + Versioned>(
    path: &Path,
    version_of: fn(Versions) -> Option<serde_json::Value>,
    supported: u32,
    upgrade: Option<migrate::Upgrade>,
) -> Result<Option<T>, StoreError> {
    let Some(bytes) = read_file(path)? else {
        return Ok(None);
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| not_text(path, &bytes, &e))?;
    // A byte-order mark from a Windows editor is not damage.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(StoreError::Empty {
            path: path.to_path_buf(),
        });
    }
    // The common case, a file in the current format, is parsed once: the
    // version is checked after. Only a file that does not parse, or one that
    // parses but is not current, is read again for its version, so that a
    // file from a newer trustmend is reported as such rather than as damaged.
    let parsed = bytes.letting_go(|| serde_json::from_str::<T>(text));
    let found = match &parsed {
        Ok(value) => Some(u64::from(value.version())),
        Err(_) => None,
    };
    if found == Some(u64::from(supported)) {
        return parsed
            .map(Some)
            .map_err(|e| StoreError::json(path.to_path_buf(), &e));
    }
    // If even the versions cannot be read, the full parse reports why.
    let found = found.or_else(|| {
        serde_json::from_str::<Versions>(text)
            .ok()
            .and_then(|v| version_of(v).as_ref().and_then(serde_json::Value::as_u64))
    });
    if let Some(found) = found
        && found > u64::from(supported)
    {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found,
            supported,
        });
    }
    if let (Some(upgrade), Some(found)) = (upgrade, found)
        && found < u64::from(supported)
    {
        let as_is = u32::try_from(found).is_ok_and(migrate::fits_as_is);
        let parsed = match parsed {
            Ok(mut value) if as_is => {
                value.set_version(supported);
                return Ok(Some(value));
            }
            other => other,
        };
        return match (upgraded(path, text, found, upgrade), &parsed) {
            (Ok(value), _) => Ok(Some(value)),
            // Updated, it still does not fit: the file's own line and
            // column say best where it is damaged.
            (Err(StoreError::Migrate { reason, .. }), Err(e)) if reason.starts_with(NO_FIT) => {
                Err(StoreError::json(path.to_path_buf(), e))
            }
            (Err(e), _) => Err(e),
        };
    }
    parsed
        .map(Some)
        .map_err(|e| StoreError::json(path.to_path_buf(), &e))
}

/// An older file: parsed as plain JSON, brought up to date by `upgrade`
/// (see [`migrate`]), then read into the current types. Nothing is written:
/// the upgraded form reaches the disk with the next save, after a backup.
fn upgraded<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    found: u64,
    upgrade: migrate::Upgrade,
) -> Result<T, StoreError> {
    let doc: serde_json::Value =
        serde_json::from_str(text).map_err(|e| StoreError::json(path.to_path_buf(), &e))?;
    let migrate_error = |reason: String| StoreError::Migrate {
        path: path.to_path_buf(),
        found,
        reason,
    };
    let from = u32::try_from(found).map_err(|_| migrate_error("no such format".into()))?;
    let doc = upgrade(doc, from).map_err(|f| {
        migrate_error(match f {
            migrate::Failure::NoPath { at } => {
                format!("format {at} was never released, so there is no way to update it")
            }
            migrate::Failure::Step { from, reason } => {
                format!("updating it from format {from} failed: {reason}")
            }
        })
    })?;
    serde_json::from_value(doc).map_err(|e| migrate_error(format!("{NO_FIT}: {e}")))
}

const NO_FIT: &str = "after updating, it does not fit the current format";

/// The file's bytes, `None` if it does not exist. Anything but a regular
/// file is refused before it is opened (reading a FIFO would hang).
fn read_file(path: &Path) -> Result<Option<FileBytes>, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(read_error(e)),
    };
    if !meta.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            folder: meta.is_dir(),
        });
    }
    let file = std::fs::File::open(path).map_err(read_error)?;
    if meta.len() >= MAP_FROM {
        // SAFETY: the map is read while the file is not changed. trustmend
        // never changes a store file in place: `store.json` is replaced by
        // a new file (a rename), and the change log only grows at its end,
        // past what was mapped. Another program cutting the file short
        // while it is read would stop this process (SIGBUS) before it
        // could write anything; it cannot damage the file.
        if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
            return Ok(Some(FileBytes::Mapped(map)));
        }
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::io::Read::read_to_end(&mut &file, &mut bytes).map_err(read_error)?;
    Ok(Some(FileBytes::Read(bytes)))
}

/// Files from this size on are mapped rather than copied into memory: a
/// large journal is then read straight from the page cache, which saves
/// copying it and, on some machines, more time still in fresh memory.
const MAP_FROM: u64 = 1 << 20;

/// A file's bytes, mapped or read.
enum FileBytes {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl FileBytes {
    /// `read` (a parse of these bytes, front to back) run with the pages of
    /// a mapped file let go behind it (`crate::mapped`): otherwise the whole
    /// file stays the process's beside what is read out of it. A file read
    /// into memory is small.
    fn letting_go<R>(&self, read: impl FnOnce() -> R) -> R {
        match self {
            FileBytes::Mapped(map) => crate::mapped::letting_go(map, read),
            FileBytes::Read(_) => read(),
        }
    }
}

impl std::ops::Deref for FileBytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Mapped(map) => map,
            FileBytes::Read(bytes) => bytes,
        }
    }
}

#[cfg(test)]
mod tests;
