//! Temporary files left by a save that was killed half-way.
//!
//! atomic-write-file writes into a temporary file next to the target and
//! renames it over the target. On Linux the temporary file usually has no
//! name at all (`O_TMPFILE`), so nothing can be left; elsewhere, or on file
//! systems without `O_TMPFILE`, it is named `.{target}.{6 letters/digits}`
//! (see its `RandomName`), and a kill before the rename leaves it behind.
//! Such a file never holds anything the target does not (the target is only
//! replaced by a complete, synced copy), so it is safe to remove, but only
//! under the lock: otherwise it could be another instance's save in flight.

use std::path::PathBuf;

use super::{DataDir, Lock, SESSION_FILE, STORE_FILE, backup, changes, summary};

/// Whether `name` is a temporary file atomic-write-file made for one of our
/// files.
pub fn is_leftover(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.') else {
        return false;
    };
    let Some((target, random)) = rest.rsplit_once('.') else {
        return false;
    };
    let ours = [STORE_FILE, SESSION_FILE, summary::SUMMARY_FILE].contains(&target)
        || backup::parse_name(target).is_some()
        // A backup's change log, copied where it could not be linked.
        || target
            .strip_suffix(changes::SUFFIX)
            .is_some_and(|stem| backup::parse_name(&format!("{stem}.json")).is_some());
    random.len() == 6 && random.bytes().all(|b| b.is_ascii_alphanumeric()) && ours
}

/// Whether `name` is a temporary file of a whole store (`store.json` or a
/// backup) that a save or a recovery was writing when it was stopped: it
/// may hold a journal, so `doctor` reads it.
pub fn is_store_leftover(name: &str) -> bool {
    is_leftover(name)
        && name
            .strip_prefix('.')
            .and_then(|rest| rest.rsplit_once('.'))
            .is_some_and(|(target, _)| target == STORE_FILE || backup::parse_name(target).is_some())
}

impl DataDir {
    /// Temporary files of `store.json` that hold a journal (its people at
    /// least), in the data
    /// folder: while `store.json` is missing, they may be the only copy of
    /// a journal being rebuilt (see [`DataDir::load_store`]).
    pub fn store_leftovers(&self) -> Vec<PathBuf> {
        let Ok(read) = std::fs::read_dir(self.root()) else {
            return Vec::new();
        };
        let mut found: Vec<PathBuf> = read
            .flatten()
            .filter(|e| e.metadata().is_ok_and(|m| m.is_file() && m.len() > 0))
            // Holding a journal: its people come first in the file.
            .filter(|e| {
                std::fs::read(e.path()).is_ok_and(|b| b.windows(11).any(|w| w == b"\"partners\""))
            })
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                is_store_leftover(&name) && !name.starts_with(".store-")
            })
            .map(|e| e.path())
            .collect();
        found.sort();
        found
    }

    /// Removes leftover temporary files in the data folder and `backups/`,
    /// returning those removed. Needs the lock, as proof that no other
    /// trustmend is saving into this folder right now.
    ///
    /// A temporary file of `store.json` is kept while `store.json` is not
    /// there: it may be all that is left of a journal (`doctor --recover`
    /// reads it, and loading refuses to start a new journal over it).
    pub fn remove_leftovers(&self, _held: &Lock) -> Vec<PathBuf> {
        let keep = if std::fs::metadata(self.store_path()).is_ok_and(|m| m.is_file()) {
            Vec::new()
        } else {
            self.store_leftovers()
        };
        let mut removed = Vec::new();
        for dir in [self.root().to_path_buf(), self.backup_dir()] {
            let Ok(read) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in read.flatten() {
                let is_file = entry.file_type().is_ok_and(|t| t.is_file());
                if is_file
                    && !keep.contains(&entry.path())
                    && is_leftover(&entry.file_name().to_string_lossy())
                    && std::fs::remove_file(entry.path()).is_ok()
                {
                    removed.push(entry.path());
                }
            }
        }
        removed.sort();
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_atomic_write_file_temporaries_of_our_files_count() {
        for name in [
            ".store.json.a1B2c3",
            ".session.json.ZZZZZZ",
            ".store-2026-11-25T10-17-03.123.json.abc123",
            ".summary.json.q1w2e3",
            ".store-2026-11-25T10-17-03.123.changes.jsonl.abc123",
        ] {
            assert!(is_leftover(name), "{name}");
        }
        for name in [
            "store.json",
            ".store.json",
            ".store.json.abc12",
            ".store.json.abc1234",
            ".store.json.abc-12",
            ".notes.txt.abc123",
            "store.json.abc123",
            ".trustmend.lock.abc123",
            ".store.changes.jsonl.abc123",
        ] {
            assert!(!is_leftover(name), "{name}");
        }
    }

    #[test]
    fn leftovers_are_removed_and_everything_else_is_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::at(tmp.path().join("data"));
        let lock = dir.lock().unwrap();
        std::fs::create_dir_all(dir.backup_dir()).unwrap();
        let keep = [
            "store.json",
            "session.json",
            "notes.txt",
            ".store.json.nope",
        ];
        for name in keep {
            std::fs::write(dir.root().join(name), name).unwrap();
        }
        let gone = [
            dir.root().join(".store.json.Ab12Cd"),
            dir.root().join(".session.json.000000"),
            dir.backup_dir()
                .join(".store-2026-01-01T00-00-00.000.json.xYz789"),
        ];
        for path in &gone {
            std::fs::write(path, b"half a save").unwrap();
        }
        let mut removed = dir.remove_leftovers(&lock);
        removed.sort();
        let mut expected = gone.to_vec();
        expected.sort();
        assert_eq!(removed, expected);
        for path in &gone {
            assert!(!path.exists(), "{}", path.display());
        }
        for name in keep {
            assert_eq!(
                std::fs::read_to_string(dir.root().join(name)).unwrap(),
                name
            );
        }
        assert!(dir.lock_path().exists());
    }
}
