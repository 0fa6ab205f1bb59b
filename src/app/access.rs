//! Whether this trustmend may write: it takes the lock, and checks the data
//! folder can be written, before anything is drawn. When it cannot write
//! (another trustmend has the workbook open, the folder is read-only, the
//! store comes from a newer trustmend), it says why and offers to open the
//! workbook read-only instead of quitting, before the person starts typing.

use std::io::{BufRead, Write};

use anyhow::Result;

use crate::model::Store;
use crate::store::{DataDir, Lock, StoreError};

pub(super) enum Access {
    /// This process holds the lock and the folder can be written.
    Write(Lock),
    /// Look only; the reason, as a sentence.
    ReadOnly(String),
    /// The person chose to quit.
    Quit,
}

/// Takes the lock or asks what to do instead.
pub(super) fn open(dir: &DataDir, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<Access> {
    let why = match dir.lock() {
        // The same checks as `walk`: still our lock, leftovers of a killed
        // save removed, the folder writable.
        Ok(lock) => match dir.open_for_writing(&lock) {
            Ok(_) => return Ok(Access::Write(lock)),
            Err(StoreError::NotWritable { source, .. }) => crate::t!(
                "access-not-writable",
                folder = dir.root().display().to_string(),
                why = source.to_string()
            ),
            Err(e) => return Err(e.into()),
        },
        Err(StoreError::Locked { pid, .. }) => crate::t!(
            "access-locked",
            pid = pid.map_or_else(|| "none".to_string(), |p| p.to_string())
        ),
        Err(StoreError::LockFailed { source, .. }) if is_read_only(&source) => crate::t!(
            "access-read-only",
            folder = dir.root().display().to_string()
        ),
        Err(e) => return Err(e.into()),
    };
    Ok(if ask(&why, input, out)? {
        Access::ReadOnly(why)
    } else {
        Access::Quit
    })
}

/// A store from a newer trustmend, for looking at only: read as far as this
/// version understands it (unknown fields are kept in memory, and nothing
/// is written). `None` if the person chose to quit.
pub(super) fn newer_store(
    dir: &DataDir,
    refused: &StoreError,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<Option<(Store, String)>> {
    let why = format!("{refused}");
    if !ask(&why, input, out)? {
        return Ok(None);
    }
    let path = dir.store_path();
    let bytes = std::fs::read(&path).map_err(|source| StoreError::Read {
        path: path.clone(),
        source,
    })?;
    let store = serde_json::from_slice(&bytes).map_err(|e| StoreError::json(path, &e))?;
    Ok(Some((store, crate::t!("access-newer"))))
}

/// Says why and asks; true for read-only, false for quit.
fn ask(why: &str, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<bool> {
    let why = crate::text::printable(why);
    write!(out, "{}", crate::t!("access-ask", why = why.as_ref()))?;
    out.flush()?;
    let mut answer = String::new();
    input.read_line(&mut answer)?;
    Ok(answer.trim().eq_ignore_ascii_case("r"))
}

fn is_read_only(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}
