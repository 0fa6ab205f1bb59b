//! `trustmend export`: its filters, checked before anything is written, and
//! where the export goes (a private file, or standard output).

use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use crate::cli::ExportFilters;
use crate::content::Content;
use crate::report::filter::Filter;
use crate::store::FileSink as _;

pub(super) fn filter<'a>(content: &Content, f: &'a ExportFilters) -> Result<Filter<'a>> {
    if let (Some(since), Some(until)) = (f.since, f.until)
        && since > until
    {
        bail!("--since {since} is after --until {until}; nothing would be exported. Swap them.");
    }
    if let Some(id) = f.strategy.as_deref()
        && content.strategy(id).is_none()
    {
        let ids: Vec<&str> = content.strategies.iter().map(|s| s.id.as_str()).collect();
        bail!(
            "--strategy {id:?} is not a strategy of this content pack; use one of: {}",
            ids.join(", ")
        );
    }
    Ok(Filter {
        since: f.since,
        until: f.until,
        strategy: f.strategy.as_deref(),
        shared_only: f.shared_only,
    })
}

/// Runs `write` into stdout, or into the file at `output`, synced before
/// "Wrote" is said. The file is created readable only by its owner (0600,
/// like the data folder: an export can hold private entries). An existing
/// file is replaced only with `force`, and then atomically: a failed export
/// leaves the old file whole.
pub(super) fn write_output(
    output: Option<&Path>,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let Some(path) = output else {
        return to_stdout(write).context("cannot write the export to standard output");
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        bail!(
            "the folder {} does not exist; create it first, or choose another place. Nothing was written.",
            folder.display()
        );
    }
    if path.is_dir() {
        bail!(
            "{} is a folder; give a file name inside it, like {}. Nothing was written.",
            path.display(),
            path.join("journal.md").display()
        );
    }
    if force {
        let mut write = Some(write);
        crate::store::AtomicFile
            .write_atomic_with(path, &mut |out| {
                let mut out = io::BufWriter::new(out);
                match write.take() {
                    Some(write) => write(&mut out)?,
                    None => return Err(io::Error::other("the export was already written")),
                }
                out.flush()
            })
            .with_context(|| {
                format!(
                    "cannot write {}; the file there (if any) is unchanged",
                    path.display()
                )
            })?;
    } else {
        let file = create_private(path).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => anyhow::anyhow!(
                "{} already exists; nothing was written. Add --force to replace it, or choose another name.",
                path.display()
            ),
            _ => anyhow::Error::new(e).context(format!("cannot create {}", path.display())),
        })?;
        let mut out = io::BufWriter::new(file);
        let written = write(&mut out)
            .and_then(|()| out.into_inner().map_err(|e| e.into_error()))
            .and_then(|file| file.sync_all());
        if let Err(e) = written {
            // Ours, and incomplete: not left behind as if it were an export.
            let _ = std::fs::remove_file(path);
            return Err(anyhow::Error::new(e).context(format!(
                "cannot write {}; nothing was left there",
                path.display()
            )));
        }
    }
    let _ = writeln!(
        io::stderr(),
        "Wrote {} (readable only by you)",
        path.display()
    );
    Ok(())
}

/// A new file, never an existing one, readable only by its owner whatever
/// the umask.
fn create_private(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Runs `write` into stdout. A reader that stopped reading (`| head`, a
/// closed pager) is not an error: there is no one left to tell.
pub(super) fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = write(&mut out).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            // What is still buffered would fail again when dropped.
            let (_, _) = out.into_parts();
            Ok(())
        }
        other => other,
    }
}
