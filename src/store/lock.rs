//! One trustmend per data folder: an exclusive OS lock on `trustmend.lock`.
//!
//! The OS drops the lock when the process ends, however it ends, so a crash
//! never leaves a stale lock behind. The file itself is never deleted by
//! trustmend; it only records who holds it, for the message.
//!
//! A lock on a file can be walked past by deleting the file: a second
//! trustmend then creates and locks a fresh one while the first still holds
//! the old. So before every write the holder checks that the file it locked
//! is still the one linked at its path (the same device and inode: two
//! `stat`s, no read), and refuses to write if not ([`StoreError::LockLost`]).
//! If nothing at all is at the path (the data folder vanished and came
//! back), no other trustmend can have taken the lock since, because every
//! trustmend leaves its lock file in place: the lock is then taken again on
//! a fresh file, and refused if another trustmend got there first.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use super::StoreError;

/// Holds the data folder for this process; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    held: Arc<Held>,
}

#[derive(Debug)]
pub(super) struct Held {
    /// Kept open because closing it releases the lock; replaced only when
    /// the lock is taken again on a fresh file (see the module's notes).
    file: Mutex<File>,
    path: PathBuf,
}

impl Lock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.held.path
    }

    pub(super) fn held(&self) -> &Arc<Held> {
        &self.held
    }

    /// Whether the lock file at its path is still the one this lock holds
    /// (see the module's notes). Cheap: two `stat`s.
    pub fn verify(&self) -> Result<(), StoreError> {
        self.held.verify()
    }
}

impl Held {
    pub(super) fn verify(&self) -> Result<(), StoreError> {
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        let lost = || StoreError::LockLost {
            path: self.path.clone(),
        };
        match std::fs::symlink_metadata(&self.path) {
            Ok(linked) => {
                let ours = file.metadata().map_err(|_| lost())?;
                if same_file(&ours, &linked) {
                    Ok(())
                } else {
                    Err(lost())
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let folder_there = self.path.parent().is_none_or(Path::exists);
                if !folder_there {
                    // The write itself says the folder has gone.
                    return Ok(());
                }
                match open_and_lock(&self.path) {
                    Ok(fresh) => {
                        *file = fresh;
                        Ok(())
                    }
                    Err(_) => Err(lost()),
                }
            }
            Err(_) => Err(lost()),
        }
    }
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    // Windows does not let a locked file be deleted.
    b.is_file()
}

pub(super) fn acquire(path: PathBuf) -> Result<Lock, StoreError> {
    let file = open_and_lock(&path)?;
    Ok(Lock {
        held: Arc::new(Held {
            file: Mutex::new(file),
            path,
        }),
    })
}

fn open_and_lock(path: &Path) -> Result<File, StoreError> {
    let failed = |source| StoreError::LockFailed {
        path: path.to_path_buf(),
        source,
    };
    let mut options = OpenOptions::new();
    // Never truncate on open: until we hold the lock, the pid in the file
    // belongs to whoever does.
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(failed)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let pid = read_pid(path);
            return Err(StoreError::Locked {
                path: path.to_path_buf(),
                pid,
            });
        }
        Err(TryLockError::Error(source)) => return Err(failed(source)),
    }
    // The pid is only a courtesy for the message above, but a failure here
    // (say, a full disk) would make it wrong, so it is reported.
    file.set_len(0).map_err(failed)?;
    file.seek(SeekFrom::Start(0)).map_err(failed)?;
    writeln!(file, "{}", std::process::id()).map_err(failed)?;
    Ok(file)
}

/// The pid the holder wrote, if it can be read (Windows forbids reading a
/// locked file; the holder may not have written it yet).
fn read_pid(path: &Path) -> Option<u32> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}
