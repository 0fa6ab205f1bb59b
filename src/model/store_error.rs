//! What can go wrong on disk, worded for the person at the keyboard: every
//! message names the file, says what is wrong with it and what to do next.

use std::io;
use std::path::PathBuf;

/// The file that keeps where each person was and their drafts.
pub const SESSION_FILE: &str = "session.json";

/// The file that names a person whose leaving is under way (see `store::leave`).
pub const LEAVING_FILE: &str = "leaving.json";

/// The advice given whenever a file we refused to read stays where it is.
/// The one step every damage message about a journal file suggests,
/// `trustmend doctor --recover`: it keeps every good line and every entry
/// any file in the data folder holds (see `doctor::recover`).
const LEFT_ALONE: &str = "trustmend has not changed it. Run `trustmend doctor --recover`: it \
     makes a new store.json from every entry this file, its change log and the backups still \
     hold, and keeps this file as it is. Then start again.";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "trustmend could not work out where to keep its data (no home folder was found). \
         Choose a folder with --data-dir PATH or the TRUSTMEND_DATA_DIR environment variable."
    )]
    NoDataDir,

    #[error("{}", create_dir_message(path, source))]
    CreateDir { path: PathBuf, source: io::Error },

    #[error("{}", read_message(path, source))]
    Read { path: PathBuf, source: io::Error },

    #[error("{} is {what}, not a file. {}", path.display(), left_alone(path))]
    NotAFile { path: PathBuf, what: &'static str },

    #[error("{} is empty, so there is no workbook to read in it. {}", path.display(), left_alone(path))]
    Empty { path: PathBuf },

    #[error(
        "{} is not a text file (unreadable bytes at line {line}, byte {byte}). {}",
        path.display(), left_alone(path)
    )]
    NotText {
        path: PathBuf,
        line: usize,
        byte: usize,
    },

    #[error("{}", json_message(path, *line, *column, *problem, detail))]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        problem: JsonProblem,
        /// `serde_json`'s own words, without its "at line L column C" suffix.
        detail: String,
    },

    #[error(
        "{} was written by a newer trustmend (format {found}, this one reads up to {supported}). \
         Update trustmend; the file was not changed.",
        path.display()
    )]
    Newer {
        path: PathBuf,
        found: u64,
        supported: u32,
    },

    #[error(
        "{} is in an older format ({found}) that could not be updated: {reason}. {LEFT_ALONE}",
        path.display()
    )]
    Migrate {
        path: PathBuf,
        found: u64,
        reason: String,
    },

    #[error("{}", write_message(path, source))]
    Write { path: PathBuf, source: io::Error },

    #[error("{}", locked_message(path, *pid))]
    Locked { path: PathBuf, pid: Option<u32> },

    #[error(
        "Could not lock {}: {}. If the data folder is on a network drive, choose a local one \
         with --data-dir PATH, then start again.",
        path.display(), write_reason(source)
    )]
    LockFailed { path: PathBuf, source: io::Error },

    #[error(
        "{} holds saves of a workbook ({}) but {} {}. trustmend has not changed either, and \
         will not start a new workbook over them. Run `trustmend doctor --recover` to make a new \
         store.json from the log and the backups (the log itself is left as it is), or put \
         store.json back, then start again.",
        log.display(), entries_word(*entries), store.display(),
        if *dangling { "is a link to a file that is not there" } else { "beside it is missing" }
    )]
    LogWithoutSnapshot {
        log: PathBuf,
        store: PathBuf,
        entries: usize,
        dangling: bool,
    },

    #[error(
        "{} holds more than one entry with the same id ({}), so editing one would save over \
         another. trustmend has not changed it. Run `trustmend doctor --recover` to give the \
         duplicates new ids (the file is kept as a backup), then start again.",
        path.display(), ids_list(ids)
    )]
    DuplicateIds { path: PathBuf, ids: Vec<u64> },

    #[error(
        "{} holds a journal that was being written when trustmend was stopped, and {} is \
         missing. trustmend has not changed either, and will not start a new workbook over it. \
         Run `trustmend doctor --recover`: it makes store.json from it and every other copy in \
         the folder, then start again.",
        temp.display(), store.display()
    )]
    Unfinished { temp: PathBuf, store: PathBuf },

    #[error(
        "{} is older than the saves in {} that follow it (was a backup copied over it?), so \
         reading it would leave those saves out, and the next save would put them where nothing \
         reads them. trustmend has not changed either file. Run `trustmend doctor --recover`: it \
         makes one store.json holding every entry of both, then start again.",
        path.display(), log.display()
    )]
    OlderThanLog { path: PathBuf, log: PathBuf },

    #[error(
        "{} is a symbolic link (to {}). trustmend keeps its journal as a plain file in the data \
         folder, so that every save can replace it whole and safely, and has not changed the \
         link or the file it points to. Run `trustmend doctor --recover`: it puts a plain file \
         holding everything in its place and keeps the link aside. Or start trustmend with \
         --data-dir set to the folder that holds the file, then start again.",
        path.display(), target.display()
    )]
    Symlink { path: PathBuf, target: PathBuf },

    #[error(
        "{} is no longer the lock this trustmend holds: it was deleted or replaced, perhaps \
         while another trustmend opened this workbook. So that two windows never save over each \
         other's words, this one has stopped saving. Close every trustmend using this folder, \
         then open it again.",
        path.display()
    )]
    LockLost { path: PathBuf },

    #[error(
        "{} cannot be written ({}), so nothing could be saved there. Make the folder writable, \
         or start trustmend with --data-dir pointing elsewhere.",
        path.display(), write_reason(source)
    )]
    NotWritable { path: PathBuf, source: io::Error },

    #[error(
        "Could not turn the {what} into JSON ({source}). Nothing was written. This is a bug in \
         trustmend; please report it."
    )]
    Encode {
        what: &'static str,
        source: serde_json::Error,
    },

    #[error("Could not save {}: {why}.", path.display())]
    Unanswered { path: PathBuf, why: Unanswered },
}

/// Why the background writer never answered a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unanswered {
    /// Its thread ended (it panicked, say) with saves still waiting.
    Stopped,
    /// trustmend stopped waiting after this long, on its way out.
    Waited(std::time::Duration),
}

impl std::fmt::Display for Unanswered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unanswered::Stopped => f.write_str("the background saver stopped unexpectedly"),
            Unanswered::Waited(timeout) => {
                let waited = match timeout.as_secs() {
                    0 => format!("{} ms", timeout.as_millis()),
                    1 => "1 second".to_string(),
                    n => format!("{n} seconds"),
                };
                write!(
                    f,
                    "trustmend stopped waiting for it after {waited}, so the last changes may \
                     not be on disk"
                )
            }
        }
    }
}

/// Why a JSON file could not be read, in the words the message uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonProblem {
    /// Not JSON at all at that point.
    Syntax,
    /// Ends before the data is complete: probably cut off mid-write.
    CutShort,
    /// Valid JSON, but not the shape of a trustmend file.
    Shape,
}

impl StoreError {
    /// Whether the disk (or the user's quota on it) is full: the app may want
    /// to say so prominently and keep the unsaved work on screen.
    pub fn is_disk_full(&self) -> bool {
        self.io_kind()
            .is_some_and(|k| matches!(k, io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded))
    }

    /// The file or folder the error is about, if there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            StoreError::NoDataDir | StoreError::Encode { .. } => None,
            StoreError::CreateDir { path, .. }
            | StoreError::Read { path, .. }
            | StoreError::NotAFile { path, .. }
            | StoreError::Empty { path }
            | StoreError::NotText { path, .. }
            | StoreError::Json { path, .. }
            | StoreError::Newer { path, .. }
            | StoreError::Migrate { path, .. }
            | StoreError::Write { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::LockFailed { path, .. }
            | StoreError::DuplicateIds { path, .. }
            | StoreError::Symlink { path, .. }
            | StoreError::LockLost { path }
            | StoreError::OlderThanLog { path, .. }
            | StoreError::NotWritable { path, .. }
            | StoreError::Unanswered { path, .. } => Some(path),
            StoreError::LogWithoutSnapshot { log, .. } => Some(log),
            StoreError::Unfinished { temp, .. } => Some(temp),
        }
    }

    fn io_kind(&self) -> Option<io::ErrorKind> {
        match self {
            StoreError::CreateDir { source, .. }
            | StoreError::Read { source, .. }
            | StoreError::Write { source, .. }
            | StoreError::LockFailed { source, .. }
            | StoreError::NotWritable { source, .. } => Some(source.kind()),
            _ => None,
        }
    }

    pub(crate) fn json(path: PathBuf, err: &serde_json::Error) -> StoreError {
        let problem = match err.classify() {
            serde_json::error::Category::Eof => JsonProblem::CutShort,
            serde_json::error::Category::Data => JsonProblem::Shape,
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                JsonProblem::Syntax
            }
        };
        let full = err.to_string();
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        let detail = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        StoreError::Json {
            path,
            line: err.line(),
            // serde_json says column 0 when the problem is the value that
            // starts a line; people count from 1.
            column: err.column().max(1),
            problem,
            detail,
        }
    }
}

fn json_message(
    path: &std::path::Path,
    line: usize,
    column: usize,
    problem: JsonProblem,
    detail: &str,
) -> String {
    let file = path;
    let path = path.display();
    let what = match problem {
        JsonProblem::Syntax => {
            format!(
                "{path} is damaged: it stops being valid JSON at line {line}, column {column} ({detail})."
            )
        }
        JsonProblem::CutShort => format!(
            "{path} is cut short: it ends at line {line}, column {column} before the data is \
             complete."
        ),
        JsonProblem::Shape => format!(
            "{path} is not a trustmend file it can read: at line {line}, column {column}, \
             {detail}."
        ),
    };
    format!("{what} {}", left_alone(file))
}

/// What to do about a file refused: the step depends on which file it is.
fn left_alone(path: &std::path::Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name == SESSION_FILE {
        "trustmend has not changed it. It holds where you were and unsent drafts: move it aside \
         to start a fresh session (the journal is not in it), then start again."
            .into()
    } else if name == LEAVING_FILE {
        "trustmend has not changed it. It names a person whose leaving was cut short, so nothing \
         is saved until it is finished: put back the copy you have, or remove it and have that \
         person leave again, then start again."
            .into()
    } else {
        LEFT_ALONE.into()
    }
}

fn write_message(path: &std::path::Path, err: &io::Error) -> String {
    let path = path.display();
    let reason = write_reason(err);
    match err.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => format!(
            "Could not save {path}: {reason}. The copy saved before is unchanged. Free some \
             space, then save again."
        ),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => format!(
            "Could not save {path}: {reason}. The copy saved before is unchanged. Make the folder \
             writable (or start trustmend with --data-dir pointing elsewhere), then save again."
        ),
        io::ErrorKind::NotFound => format!(
            "Could not save {path}: {reason} (was it moved, deleted or unmounted?). Put it back \
             or reconnect the drive, then save again."
        ),
        _ => format!(
            "Could not save {path}: {reason}. The copy saved before is unchanged. Try again; if \
             it keeps failing, check the disk."
        ),
    }
}

/// The data folder could not be made: a file in its place is not a
/// matter of permissions.
fn create_dir_message(path: &std::path::Path, err: &io::Error) -> String {
    let shown = path.display();
    if matches!(
        err.kind(),
        io::ErrorKind::AlreadyExists | io::ErrorKind::NotADirectory
    ) {
        return format!(
            "The data folder {shown} cannot be made: a file is in its place (or on its path). \
             trustmend has not changed it. Start trustmend with --data-dir set to a folder, then \
             start again."
        );
    }
    format!(
        "Could not create the data folder {shown}: {}. Choose another folder with --data-dir \
         PATH, or fix the folder's permissions, then start again.",
        write_reason(err)
    )
}

fn entries_word(n: usize) -> String {
    format!("{n} entr{}", if n == 1 { "y" } else { "ies" })
}

/// The first few ids, enough to find them in the file.
fn ids_list(ids: &[u64]) -> String {
    let mut shown: Vec<String> = ids.iter().take(10).map(u64::to_string).collect();
    if ids.len() > 10 {
        shown.push(format!("and {} more", ids.len() - 10));
    }
    format!(
        "id{} {}",
        if ids.len() == 1 { "" } else { "s" },
        shown.join(", ")
    )
}

fn locked_message(path: &std::path::Path, pid: Option<u32>) -> String {
    let who = match pid {
        Some(pid) => format!("another trustmend (process {pid})"),
        None => "another trustmend".to_string(),
    };
    format!(
        "The workbook is open in {who}. Close that one first. (It holds the lock on {}.)",
        path.display()
    )
}

/// The cause of a failed write or folder creation, in plain words.
fn write_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::QuotaExceeded => "the disk quota is used up".into(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "the folder is read-only".into()
        }
        io::ErrorKind::NotFound => "the folder has gone".into(),
        _ => err.to_string(),
    }
}

fn read_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotADirectory => "a folder on its path is a file, not a folder".into(),
        _ => err.to_string(),
    }
}

/// A file that could not be read: what to do depends on why.
fn read_message(path: &std::path::Path, err: &io::Error) -> String {
    let path = path.display();
    let reason = read_reason(err);
    let next = match err.kind() {
        io::ErrorKind::PermissionDenied => {
            "Give your user permission to read it (for example `chmod u+rw` on it), then start \
             again."
        }
        io::ErrorKind::NotADirectory => {
            "Start trustmend with --data-dir set to a folder (the data folder must be a folder, \
             not a file), then start again."
        }
        _ => "Check the disk it is on (is it still connected?), then start again.",
    };
    format!("Could not read {path}: {reason}. trustmend has not changed it. {next}")
}
