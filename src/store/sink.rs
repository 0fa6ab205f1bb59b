//! The one place bytes reach the disk, behind a trait so tests can make a
//! save fail (disk full, read-only folder) and check nothing was lost.
//! Files are either replaced whole ([`FileSink::write_atomic`]) or grown
//! by whole lines ([`FileSink::append`], for the change log).

use std::io::{self, Write};
use std::path::Path;

/// Replaces the file at `path` with `bytes`, all or nothing: after an error
/// the file holds exactly what it held before.
pub trait FileSink: Send + Sync {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;

    /// [`FileSink::write_atomic`] of what `write` writes, for a file too
    /// large to want a second copy of it in memory. The real sink streams
    /// it to the disk as written (so `write` should buffer small writes);
    /// this default gathers it first.
    fn write_atomic_with(
        &self,
        path: &Path,
        write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut bytes = Vec::new();
        write(&mut bytes)?;
        self.write_atomic(path, &bytes)
    }

    /// Adds `bytes` at the end of the file at `path` (created if missing),
    /// all or nothing, and on disk before it returns: after an error the
    /// file holds exactly what it held before, as far as the disk allows.
    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
}

/// The real sink: a temporary file in the same folder, fsync, rename over
/// the old file, fsync the folder (the `atomic-write-file` crate). A crash at
/// any point leaves either the old file or the new one, never half of each.
#[derive(Debug, Clone, Copy, Default)]
pub struct AtomicFile;

impl FileSink for AtomicFile {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.write_atomic_with(path, &mut |out| out.write_all(bytes))
    }

    fn write_atomic_with(
        &self,
        path: &Path,
        write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut options = atomic_write_file::OpenOptions::new();
        #[cfg(unix)]
        {
            use atomic_write_file::unix::OpenOptionsExt as _;
            use std::os::unix::fs::OpenOptionsExt as _;
            // The journal is private: never inherit a looser mode from an
            // old file someone chmod-ed.
            options.mode(0o600).preserve_mode(false);
        }
        let mut file = options.open(path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            // The umask can only narrow 0600, but an explicit fchmod makes
            // the mode independent of it.
            file.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        // Unbuffered: a caller making many small writes buffers them itself
        // (`DataDir::save_store` does, in front of a writer it knows).
        write(&mut file)?;
        file.commit()
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let existed = path.exists();
        let mut file = options.open(path)?;
        let before = file.metadata()?.len();
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_data()) {
            // A half line must not stay behind for the next one to follow.
            let _ = file.set_len(before);
            let _ = file.sync_data();
            return Err(e);
        }
        if !existed {
            sync_folder(path)?;
        }
        Ok(())
    }
}

/// Makes a new file's name in its folder survive a power cut.
fn sync_folder(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    if let Some(folder) = path.parent() {
        std::fs::File::open(folder)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
