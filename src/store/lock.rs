//! One trustmend per data folder: an exclusive OS lock on `trustmend.lock`.
//!
//! The OS drops the lock when the process ends, however it ends, so a crash
//! never leaves a stale lock behind. The file itself is never deleted
//! (deleting it would let a second process lock a fresh file while the first
//! still holds the old one); it only records who holds it, for the message.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::StoreError;

/// Holds the data folder for this process; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    // Never read: it is kept open because closing it releases the lock.
    _file: File,
    path: PathBuf,
}

impl Lock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

pub(super) fn acquire(path: PathBuf) -> Result<Lock, StoreError> {
    let failed = |source| StoreError::LockFailed {
        path: path.clone(),
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
    let mut file = options.open(&path).map_err(failed)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let pid = read_pid(&path);
            return Err(StoreError::Locked { path, pid });
        }
        Err(TryLockError::Error(source)) => return Err(failed(source)),
    }
    // The pid is only a courtesy for the message above, but a failure here
    // (say, a full disk) would make it wrong, so it is reported.
    file.set_len(0).map_err(failed)?;
    file.seek(SeekFrom::Start(0)).map_err(failed)?;
    writeln!(file, "{}", std::process::id()).map_err(failed)?;
    Ok(Lock { _file: file, path })
}

/// The pid the holder wrote, if it can be read (Windows forbids reading a
/// locked file; the holder may not have written it yet).
fn read_pid(path: &Path) -> Option<u32> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}
