//! What can go wrong on disk, worded for the person at the keyboard: every
//! message names the file, says what is wrong with it and what to do next.

use std::io;
use std::path::PathBuf;

/// The file that keeps where each person was and their drafts.
pub const SESSION_FILE: &str = "session.json";

/// The file that names a person whose leaving is under way (see `store::leave`).
pub const LEAVING_FILE: &str = "leaving.json";

/// The words of every message are the catalogue's (`store-…` in
/// `i18n/<lang>/trustmend.ftl`), in the language in use; the file's path,
/// line and column are arguments, so every language names them.
fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", crate::t!("store-no-data-dir"))]
    NoDataDir,

    #[error("{}", create_dir_message(path, source))]
    CreateDir { path: PathBuf, source: io::Error },

    #[error("{}", read_message(path, source))]
    Read { path: PathBuf, source: io::Error },

    #[error("{}", crate::t!(
        "store-not-a-file",
        path = shown(path),
        folder = if *folder { "yes" } else { "no" },
        next = left_alone(path)
    ))]
    NotAFile {
        path: PathBuf,
        /// A folder (else a special file: a device, a pipe).
        folder: bool,
    },

    #[error("{}", crate::t!("store-empty", path = shown(path), next = left_alone(path)))]
    Empty { path: PathBuf },

    #[error("{}", crate::t!(
        "store-not-text",
        path = shown(path),
        line = line.to_string(),
        byte = byte.to_string(),
        next = left_alone(path)
    ))]
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

    #[error("{}", crate::t!(
        "store-newer",
        path = shown(path),
        found = found.to_string(),
        supported = supported.to_string()
    ))]
    Newer {
        path: PathBuf,
        found: u64,
        supported: u32,
    },

    #[error("{}", crate::t!(
        "store-migrate",
        path = shown(path),
        found = found.to_string(),
        reason = reason.as_str(),
        next = crate::t!("store-left-alone")
    ))]
    Migrate {
        path: PathBuf,
        found: u64,
        reason: String,
    },

    #[error("{}", write_message(path, source))]
    Write { path: PathBuf, source: io::Error },

    #[error("{}", locked_message(path, *pid))]
    Locked { path: PathBuf, pid: Option<u32> },

    #[error("{}", crate::t!(
        "store-lock-failed",
        path = shown(path),
        reason = write_reason(source)
    ))]
    LockFailed { path: PathBuf, source: io::Error },

    #[error("{}", log_without_snapshot(log, *entries, store, *dangling))]
    LogWithoutSnapshot {
        log: PathBuf,
        store: PathBuf,
        entries: usize,
        dangling: bool,
    },

    #[error("{}", crate::t!("store-duplicate-ids", path = shown(path), ids = ids_list(ids)))]
    DuplicateIds { path: PathBuf, ids: Vec<u64> },

    #[error("{}", crate::t!("store-unfinished", temp = shown(temp), store = shown(store)))]
    Unfinished { temp: PathBuf, store: PathBuf },

    #[error("{}", crate::t!("store-older-than-log", path = shown(path), log = shown(log)))]
    OlderThanLog { path: PathBuf, log: PathBuf },

    #[error("{}", crate::t!("store-symlink", path = shown(path), target = shown(target)))]
    Symlink { path: PathBuf, target: PathBuf },

    #[error("{}", crate::t!("store-lock-lost", path = shown(path)))]
    LockLost { path: PathBuf },

    #[error("{}", crate::t!(
        "store-not-writable",
        path = shown(path),
        reason = write_reason(source)
    ))]
    NotWritable { path: PathBuf, source: io::Error },

    #[error("{}", crate::t!(
        "store-encode",
        what = what.replace(' ', "-"),
        why = source.to_string()
    ))]
    Encode {
        what: &'static str,
        source: serde_json::Error,
    },

    #[error("{}", crate::t!("store-unanswered", path = shown(path), why = why.to_string()))]
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
        let said = match self {
            Unanswered::Stopped => crate::t!("store-unanswered-stopped"),
            Unanswered::Waited(timeout) => {
                let waited = match timeout.as_secs() {
                    0 => crate::t!("store-waited-ms", n = timeout.as_millis().to_string()),
                    n => crate::t!("store-waited-seconds", n = n),
                };
                crate::t!("store-unanswered-waited", waited = waited)
            }
        };
        f.write_str(&said)
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
    let (file, line, column) = (shown(path), line.to_string(), column.to_string());
    let what = match problem {
        JsonProblem::Syntax => crate::t!(
            "store-json-syntax",
            path = file,
            line = line,
            column = column,
            detail = detail
        ),
        JsonProblem::CutShort => crate::t!(
            "store-json-cut-short",
            path = file,
            line = line,
            column = column
        ),
        JsonProblem::Shape => crate::t!(
            "store-json-shape",
            path = file,
            line = line,
            column = column,
            detail = detail
        ),
    };
    format!("{what} {}", left_alone(path))
}

/// What to do about a file refused: the step depends on which file it is.
/// Every damage message about a journal file suggests `trustmend doctor
/// --recover`: it keeps every good line and every entry any file in the
/// data folder holds (see `doctor::recover`).
fn left_alone(path: &std::path::Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name == SESSION_FILE {
        crate::t!("store-left-session")
    } else if name == LEAVING_FILE {
        crate::t!("store-left-leaving")
    } else {
        crate::t!("store-left-alone")
    }
}

fn write_message(path: &std::path::Path, err: &io::Error) -> String {
    let (path, reason) = (shown(path), write_reason(err));
    match err.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            crate::t!("store-write-full", path = path, reason = reason)
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            crate::t!("store-write-read-only", path = path, reason = reason)
        }
        io::ErrorKind::NotFound => crate::t!("store-write-gone", path = path, reason = reason),
        _ => crate::t!("store-write-other", path = path, reason = reason),
    }
}

/// The data folder could not be made: a file in its place is not a
/// matter of permissions.
fn create_dir_message(path: &std::path::Path, err: &io::Error) -> String {
    if matches!(
        err.kind(),
        io::ErrorKind::AlreadyExists | io::ErrorKind::NotADirectory
    ) {
        return crate::t!("store-dir-is-file", path = shown(path));
    }
    crate::t!(
        "store-dir-cannot-create",
        path = shown(path),
        reason = write_reason(err)
    )
}

fn log_without_snapshot(
    log: &std::path::Path,
    entries: usize,
    store: &std::path::Path,
    dangling: bool,
) -> String {
    crate::t!(
        "store-log-without-snapshot",
        log = shown(log),
        entries = entries,
        store = shown(store),
        dangling = if dangling { "yes" } else { "no" }
    )
}

/// The first few ids, enough to find them in the file.
fn ids_list(ids: &[u64]) -> String {
    let mut list: Vec<String> = ids.iter().take(10).map(u64::to_string).collect();
    if ids.len() > 10 {
        list.push(crate::t!(
            "store-ids-more",
            n = (ids.len() - 10).to_string()
        ));
    }
    crate::t!("store-ids", n = ids.len(), list = list.join(", "))
}

fn locked_message(path: &std::path::Path, pid: Option<u32>) -> String {
    let pid = pid.map_or_else(|| "none".to_string(), |p| p.to_string());
    crate::t!("store-locked", pid = pid, path = shown(path))
}

/// The cause of a failed write or folder creation, in plain words.
fn write_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::StorageFull => crate::t!("store-reason-full"),
        io::ErrorKind::QuotaExceeded => crate::t!("store-reason-quota"),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            crate::t!("store-reason-read-only")
        }
        io::ErrorKind::NotFound => crate::t!("store-reason-gone"),
        _ => err.to_string(),
    }
}

fn read_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::PermissionDenied => crate::t!("store-reason-permission"),
        io::ErrorKind::NotADirectory => crate::t!("store-reason-not-a-folder"),
        _ => err.to_string(),
    }
}

/// A file that could not be read: what to do depends on why.
fn read_message(path: &std::path::Path, err: &io::Error) -> String {
    let next = match err.kind() {
        io::ErrorKind::PermissionDenied => crate::t!("store-read-permission-next"),
        io::ErrorKind::NotADirectory => crate::t!("store-read-not-a-folder-next"),
        _ => crate::t!("store-read-other-next"),
    };
    crate::t!(
        "store-read",
        path = shown(path),
        reason = read_reason(err),
        next = next
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, in_language};

    /// One of every kind of refusal, each naming `store.json` somewhere.
    fn every_error() -> Vec<StoreError> {
        let p = || PathBuf::from("/data/trustmend/store.json");
        let io = |k| io::Error::from(k);
        let mut all = vec![
            StoreError::NoDataDir,
            StoreError::CreateDir {
                path: p(),
                source: io(io::ErrorKind::AlreadyExists),
            },
            StoreError::CreateDir {
                path: p(),
                source: io(io::ErrorKind::PermissionDenied),
            },
            StoreError::NotAFile {
                path: p(),
                folder: true,
            },
            StoreError::NotAFile {
                path: p(),
                folder: false,
            },
            StoreError::Empty { path: p() },
            StoreError::Empty {
                path: PathBuf::from("/data/trustmend/session.json"),
            },
            StoreError::Empty {
                path: PathBuf::from("/data/trustmend/leaving.json"),
            },
            StoreError::NotText {
                path: p(),
                line: 3,
                byte: 9,
            },
            StoreError::Newer {
                path: p(),
                found: 9,
                supported: 4,
            },
            StoreError::Migrate {
                path: p(),
                found: 1,
                reason: "x".into(),
            },
            StoreError::Locked {
                path: p(),
                pid: Some(4242),
            },
            StoreError::Locked {
                path: p(),
                pid: None,
            },
            StoreError::LockFailed {
                path: p(),
                source: io(io::ErrorKind::Other),
            },
            StoreError::LogWithoutSnapshot {
                log: p(),
                store: p(),
                entries: 1,
                dangling: true,
            },
            StoreError::LogWithoutSnapshot {
                log: p(),
                store: p(),
                entries: 7,
                dangling: false,
            },
            StoreError::DuplicateIds {
                path: p(),
                ids: (1..=12).collect(),
            },
            StoreError::Unfinished {
                temp: p(),
                store: p(),
            },
            StoreError::OlderThanLog {
                path: p(),
                log: p(),
            },
            StoreError::Symlink {
                path: p(),
                target: p(),
            },
            StoreError::LockLost { path: p() },
            StoreError::NotWritable {
                path: p(),
                source: io(io::ErrorKind::ReadOnlyFilesystem),
            },
            StoreError::Unanswered {
                path: p(),
                why: Unanswered::Stopped,
            },
            StoreError::Unanswered {
                path: p(),
                why: Unanswered::Waited(std::time::Duration::from_secs(10)),
            },
        ];
        for kind in [
            io::ErrorKind::StorageFull,
            io::ErrorKind::QuotaExceeded,
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::NotFound,
        ] {
            all.push(StoreError::Write {
                path: p(),
                source: io(kind),
            });
        }
        for kind in [
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::NotADirectory,
            io::ErrorKind::Other,
        ] {
            all.push(StoreError::Read {
                path: p(),
                source: io(kind),
            });
        }
        for problem in [
            JsonProblem::Syntax,
            JsonProblem::CutShort,
            JsonProblem::Shape,
        ] {
            all.push(StoreError::Json {
                path: p(),
                line: 2,
                column: 5,
                problem,
                detail: "d".into(),
            });
        }
        all
    }

    /// Every refusal of the disk is said in the language in use (it reaches
    /// the screen inside a notice, and the command line): in Spanish, not
    /// one of its English sentences is left; the file is named in both.
    #[test]
    fn every_refusal_is_said_in_the_language_with_its_file_named() {
        for e in every_error() {
            let en = in_language(Lang::EN, || e.to_string());
            let es = in_language(Lang::ES, || e.to_string());
            assert_ne!(en, es, "{e:?}");
            if !matches!(e, StoreError::NoDataDir) {
                assert!(en.contains("store.json") || en.contains(".json"), "{en}");
                assert!(es.contains("store.json") || es.contains(".json"), "{es}");
            }
            for sentence in en.split(". ") {
                let words: Vec<&str> = sentence.split_whitespace().collect();
                // A run of five English words is a sentence left untranslated
                // (paths, commands and numbers are shared by both).
                for run in words.windows(5) {
                    let run = run.join(" ");
                    let plain = run.chars().all(|c| c.is_ascii_lowercase() || c == ' ');
                    assert!(!(plain && es.contains(&run)), "{e:?}: {run:?} in {es}");
                }
            }
        }
    }

    #[test]
    fn a_full_disk_in_english_is_word_for_word_what_it_was() {
        let e = StoreError::Write {
            path: PathBuf::from("/data/store.json"),
            source: io::Error::from(io::ErrorKind::StorageFull),
        };
        assert_eq!(
            in_language(Lang::EN, || e.to_string()),
            "Could not save /data/store.json: the disk is full. The copy saved before is \
             unchanged. Free some space, then save again."
        );
        assert_eq!(
            in_language(Lang::ES, || e.to_string()),
            "No se pudo guardar /data/store.json: el disco está lleno. La copia guardada antes no \
             ha cambiado. Libera algo de espacio y vuelve a guardar."
        );
    }
}
