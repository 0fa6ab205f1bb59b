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
use std::sync::Arc;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::model::{SCHEMA_VERSION, Store};
use crate::workbook::Session;
use crate::workbook::session::SESSION_VERSION;

pub mod backup;
pub mod changes;
mod error;
mod layout;
pub mod leftovers;
mod lock;
pub mod migrate;
pub mod saver;
pub mod sink;
pub mod summary;
pub mod writer;

pub use error::{JsonProblem, StoreError};
pub use lock::Lock;
pub use sink::{AtomicFile, FileSink};
pub use writer::{Job, JobKind, Outcome, Writer};

pub const STORE_FILE: &str = "store.json";
pub const SESSION_FILE: &str = "session.json";
pub const LOCK_FILE: &str = "trustmend.lock";

/// The folder holding one household's workbook.
#[derive(Clone)]
pub struct DataDir {
    root: PathBuf,
    sink: Arc<dyn FileSink>,
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
        }
    }

    /// The same folder, writing through another sink (tests inject faults).
    pub fn with_sink(self, sink: Arc<dyn FileSink>) -> DataDir {
        DataDir { sink, ..self }
    }

    pub fn root(&self) -> &Path {
        &self.root
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

    /// `Ok(None)` only when `store.json` does not exist (a first run).
    pub fn load_store(&self) -> Result<Option<Store>, StoreError> {
        load_store_file(&self.store_path())
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
        let now = chrono::Local::now().naive_local();
        let _ = self.back_up_store(now, backup::Policy::default(), Some(bytes));
        self.write(self.store_path(), bytes)?;
        self.end_changes();
        Ok(())
    }

    /// The log of the snapshot just replaced: its lines are in the new one,
    /// under an older generation, so if this fails they are skipped when read.
    fn end_changes(&self) {
        let _ = std::fs::remove_file(self.changes_path());
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
        store.generation = next_generation(store.generation);
        let now = chrono::Local::now().naive_local();
        // Something changed, or there would be nothing to save: no need to
        // compare with what is there before keeping it.
        let _ = self.back_up_store(now, backup::Policy::default(), None);
        let path = self.store_path();
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
        self.end_changes();
        let _ = self.write_summary(store);
        Ok(())
    }

    /// Appends one save to the change log of `store.json`; `now` is the
    /// whole store after it, for the summary. The snapshot must be the one
    /// `change` follows (the writer makes sure of it). Returns how many
    /// bytes the log grew by.
    pub fn append_change(&self, change: &changes::Change, now: &Store) -> Result<u64, StoreError> {
        let path = self.changes_path();
        let line = change.to_line()?;
        self.sink
            .append(&path, &line)
            .map_err(|source| StoreError::Write { path, source })?;
        let _ = self.write_summary(now);
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
    pub fn lock(&self) -> Result<Lock, StoreError> {
        self.ensure()?;
        lock::acquire(self.lock_path())
    }

    /// Writes any file of ours atomically through the sink.
    pub(crate) fn sink_write(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        self.sink.write_atomic(path, bytes)
    }

    fn write(&self, path: PathBuf, bytes: &[u8]) -> Result<(), StoreError> {
        self.sink
            .write_atomic(&path, bytes)
            .map_err(|source| StoreError::Write { path, source })
    }
}

/// Reads a store file anywhere (a backup, say) with every check `store.json`
/// gets, and applies its change log: `Ok(None)` only if it does not exist.
pub fn load_store_file(path: &Path) -> Result<Option<Store>, StoreError> {
    let Some(mut store) = load_json::<Store>(
        path,
        |v| v.schema_version,
        SCHEMA_VERSION,
        Some(migrate::to_current),
    )?
    else {
        return Ok(None);
    };
    // Generation 0 was never written with a log.
    if store.generation != 0 {
        let log = changes::path_for(path);
        if let Some(bytes) = read_file(&log)? {
            let text = std::str::from_utf8(&bytes).map_err(|e| not_text(&log, &bytes, &e))?;
            for change in changes::parse(&log, text, store.generation)? {
                changes::apply(&mut store, change);
            }
        }
    }
    Ok(Some(store))
}

/// A generation no snapshot of this store had: later than `previous`, and
/// from the clock, so that a restored older snapshot never shares one with
/// a newer log.
fn next_generation(previous: u64) -> u64 {
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
    let parsed = serde_json::from_str::<T>(text);
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
            what: if meta.is_dir() {
                "a folder"
            } else {
                "a special file"
            },
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
