//! `trustmend doctor`: a check-up of the data folder (store, session, lock,
//! leftovers, backups) and `doctor --restore BACKUP`, which puts a backup
//! back as `store.json` while keeping the file it replaces.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::{DateTime, Local, NaiveDateTime};

use crate::model::Store;
use crate::store::{self, DataDir, StoreError, backup::Backup, leftovers};

/// What the check-up found: the text to print and how many problems.
pub struct Checkup {
    pub text: String,
    pub problems: usize,
}

/// Looks at everything without changing anything.
pub fn check(dir: &DataDir) -> Checkup {
    let mut text = format!("trustmend data folder: {}\n", dir.root().display());
    if std::fs::symlink_metadata(dir.root()).is_err() {
        text.push_str("  ok  nothing here yet (the first run of trustmend creates it)\n");
        return Checkup { text, problems: 0 };
    }
    let mut problems = 0;
    let mut line = |ok: bool, what: String| {
        problems += usize::from(!ok);
        let _ = writeln!(text, "{} {what}", if ok { "  ok " } else { "  !! " });
    };
    let log = std::fs::metadata(dir.changes_path()).map_or(0, |m| m.len());
    match dir.load_store() {
        Ok(Some(s)) if log > 0 => line(
            true,
            format!(
                "store.json: {} (the saves since it was last written whole are in {}, {})",
                describe(&s),
                store::changes::path_for(Path::new(store::STORE_FILE)).display(),
                size(log)
            ),
        ),
        Ok(Some(s)) => line(true, format!("store.json: {}", describe(&s))),
        Ok(None) => line(true, "store.json: none yet (a first run starts one)".into()),
        Err(e) => line(false, format!("store.json: {e}")),
    }
    match dir.load_session() {
        Ok(_) => line(true, "session.json: readable".into()),
        Err(e) => line(false, format!("session.json: {e}")),
    }
    line(true, lock_state(dir));
    let temps = leftover_names(dir);
    if temps.is_empty() {
        line(
            true,
            "no temporary files left by an interrupted save".into(),
        );
    } else {
        line(
            true,
            format!(
                "temporary files from an interrupted save (removed the next time trustmend \
                 opens): {}",
                temps.join(", ")
            ),
        );
    }
    match dir.backups() {
        Ok(all) if all.is_empty() => {
            line(
                true,
                "backups: none yet (one is kept whenever the journal is written whole, at \
                 least once a day it is used)"
                    .into(),
            );
        }
        Ok(all) => {
            let total: u64 = all.iter().map(|b| b.bytes).sum();
            line(
                true,
                format!(
                    "backups in {}: {} ({})",
                    dir.backup_dir().display(),
                    all.len(),
                    size(total)
                ),
            );
            for b in &all {
                let (ok, what) = match store::load_store_file(&b.path) {
                    Ok(Some(s)) => (true, entries(s.entries.len())),
                    Ok(None) => (false, "vanished while being read".to_string()),
                    Err(e) => (false, format!("unreadable: {}", short(&e))),
                };
                line(
                    ok,
                    format!(
                        "  {}  saved {}  {what}, {}",
                        b.name,
                        saved(b).format("%Y-%m-%d %H:%M"),
                        size(b.bytes)
                    ),
                );
            }
            text.push_str("\nTo put one back: trustmend doctor --restore NAME\n");
        }
        Err(e) => line(false, format!("backups: {e}")),
    }
    Checkup { text, problems }
}

/// Restores `backup` (a name in `backups/` or a path) as `store.json`.
/// Returns what to tell the user.
pub fn restore(dir: &DataDir, backup: &str, now: NaiveDateTime) -> Result<String> {
    let lock = dir.lock()?;
    let from = resolve(dir, backup)?;
    let store = match store::load_store_file(&from) {
        Ok(Some(store)) => store,
        Ok(None) => bail!(
            "there is no backup {}. Run `trustmend doctor` to list them.",
            from.display()
        ),
        Err(e) => bail!("that backup cannot be restored: {e}"),
    };
    let bytes = std::fs::read(&from).with_context(|| format!("cannot read {}", from.display()))?;
    let from_log = store::changes::path_for(&from);
    let log = match std::fs::read(&from_log) {
        Ok(log) => Some(log),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => bail!(
            "cannot read {}: {e}; nothing was restored",
            from_log.display()
        ),
    };
    let aside = set_aside(dir, &dir.store_path(), now)?;
    let log_aside = set_aside(dir, &dir.changes_path(), now)?;
    let written = |path: PathBuf, bytes: &[u8]| {
        dir.sink_write(&path, bytes)
            .map_err(|source| StoreError::Write { path, source })
    };
    // The snapshot first: until the backup's own log follows, the current
    // log (of another generation) is not applied to it.
    written(dir.store_path(), &bytes)?;
    match &log {
        Some(log) => written(dir.changes_path(), log)?,
        None if log_aside.is_some() => std::fs::remove_file(dir.changes_path())
            .with_context(|| format!("cannot remove {}", dir.changes_path().display()))?,
        None => {}
    }
    drop(lock);
    let mut msg = format!(
        "Restored {} as {} ({}).",
        from.display(),
        dir.store_path().display(),
        describe(&store)
    );
    if let Some(aside) = aside {
        let _ = write!(
            msg,
            " The file it replaced is kept as {}; delete it yourself once you are sure.",
            aside.display()
        );
    }
    if let Some(aside) = log_aside {
        let _ = write!(
            msg,
            " Its later saves are kept as {} beside it.",
            aside.display()
        );
    }
    Ok(msg)
}

fn resolve(dir: &DataDir, backup: &str) -> Result<PathBuf> {
    let given = Path::new(backup);
    let path = if given.components().count() > 1 {
        given.to_path_buf()
    } else {
        dir.backup_dir().join(given)
    };
    if !path.is_file() {
        bail!(
            "there is no backup file {}. Run `trustmend doctor` to list the backups.",
            path.display()
        );
    }
    Ok(path)
}

/// Keeps the file at `current` (`store.json` or its change log, whatever it
/// is) under a dated name. A file is hard-linked (or copied), so it is never
/// missing, even for a moment; a folder or special file is renamed.
fn set_aside(dir: &DataDir, current: &Path, now: NaiveDateTime) -> Result<Option<PathBuf>> {
    let Ok(meta) = std::fs::symlink_metadata(current) else {
        return Ok(None);
    };
    let name = current
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = now.format("%Y-%m-%dT%H-%M-%S");
    let aside = (1..)
        .map(|n| match n {
            1 => dir.root().join(format!("{name}.replaced-{stamp}")),
            n => dir.root().join(format!("{name}.replaced-{stamp}-{n}")),
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| dir.root().join(format!("{name}.replaced")));
    let kept = if meta.is_file() {
        std::fs::hard_link(current, &aside).or_else(|_| {
            let bytes = std::fs::read(current)?;
            dir.sink_write(&aside, &bytes)
        })
    } else {
        std::fs::rename(current, &aside)
    };
    kept.with_context(|| {
        format!(
            "cannot keep a copy of {} as {}; nothing was restored",
            current.display(),
            aside.display()
        )
    })?;
    Ok(Some(aside))
}

fn entries(n: usize) -> String {
    format!("{n} entr{}", if n == 1 { "y" } else { "ies" })
}

fn describe(store: &Store) -> String {
    let people: Vec<&str> = store.partners.iter().map(|p| p.name.as_str()).collect();
    format!(
        "{} by {}",
        entries(store.entries.len()),
        if people.is_empty() {
            "no one yet".to_string()
        } else {
            crate::text::one_line(&people.join(" and "), 60)
        }
    )
}

fn lock_state(dir: &DataDir) -> String {
    match dir.lock() {
        Ok(_) => "not open in any trustmend right now".into(),
        Err(e @ StoreError::Locked { .. }) => e.to_string(),
        Err(e) => format!("could not check whether it is open: {e}"),
    }
}

fn leftover_names(dir: &DataDir) -> Vec<String> {
    [dir.root().to_path_buf(), dir.backup_dir()]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|r| r.flatten())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| leftovers::is_leftover(n))
        .collect()
}

/// When the backed-up copy was saved: its file time (a hard link keeps the
/// original's), else when it was set aside.
fn saved(b: &Backup) -> NaiveDateTime {
    std::fs::metadata(&b.path)
        .and_then(|m| m.modified())
        .map(|t| DateTime::<Local>::from(t).naive_local())
        .unwrap_or(b.taken)
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

/// The first sentence of an error: the backup list stays one line each.
fn short(e: &StoreError) -> String {
    let full = e.to_string();
    match full.find(". ") {
        Some(i) => full[..i].to_string(),
        None => full,
    }
}
