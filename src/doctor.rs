//! `trustmend doctor`: a check-up of the data folder (store, session, lock,
//! leftovers, backups, plain words of a protected partner) and the repairs
//! it offers, each keeping every file it replaces beside it under a dated
//! name: `--restore BACKUP` puts a backup back as `store.json`; `--rebuild`
//! makes `store.json` again from a change log left without it; `--repair`
//! gives entries that share an id new ids of their own.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::{DateTime, Local, NaiveDateTime};

use crate::model::Store;
use crate::store::plain::{self, Protected};
use crate::store::{self, DataDir, StoreError, backup::Backup, changes, leftovers};

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
    let loaded = dir.load_store();
    let protected = match &loaded {
        Ok(Some(s)) => Protected::of(s),
        _ => Protected::default(),
    };
    match loaded {
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
    if !protected.is_empty() {
        match plain::count_in_store_file(&dir.store_path(), &protected) {
            Ok(0) | Err(_) => {}
            Ok(n) => line(false, plain_words("store.json or its change log", n)),
        }
    }
    match dir.load_session() {
        Ok(session) => {
            let drafts = plain_drafts(&session, &protected);
            if drafts > 0 {
                line(false, plain_words("session.json (unsent drafts)", drafts));
            } else {
                line(true, "session.json: readable".into());
            }
        }
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
    // Plain words a killed own editor left (see `app::own_editor`).
    let editor = crate::app::own_editor::leftovers(dir.root());
    if !editor.is_empty() {
        let names: Vec<String> = editor.iter().map(|p| p.display().to_string()).collect();
        line(
            false,
            format!(
                "files left by your own editor (Ctrl+O) when it or trustmend was stopped, which may hold words in plain (removed the next time trustmend opens): {}",
                names.join(", ")
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
                    Ok(Some(s)) => match plain::count_in_store_file(&b.path, &protected) {
                        Ok(0) | Err(_) => (true, entries(s.entries.len())),
                        Ok(n) => (
                            false,
                            format!(
                                "{}, {n} of them holding a protected partner's private words \
                                 in plain (sealed at the next save in trustmend)",
                                entries(s.entries.len())
                            ),
                        ),
                    },
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

fn plain_words(file: &str, n: usize) -> String {
    format!(
        "{file}: {n} private entr{} of a protected partner in plain text, readable without \
         the passphrase. Open trustmend and save once: the save seals them and re-seals the \
         backups.",
        if n == 1 { "y" } else { "ies" }
    )
}

/// Drafts of a protected partner that are not sealed.
fn plain_drafts(session: &crate::model::Session, protected: &Protected) -> usize {
    session
        .partners
        .iter()
        .filter(|(id, _)| id.parse().is_ok_and(|id| protected.protects(id)))
        .flat_map(|(_, s)| &s.drafts)
        .filter(|d| !crate::vault::is_sealed(&d.text))
        .count()
}

/// `doctor --rebuild`: a new `store.json` from a change log left without
/// it (see [`DataDir::load_store`]). The base is, in this order: a backup
/// of the very snapshot the log follows (the same generation); else the
/// newest backup that can be read (with saves written ahead, it holds
/// everything up to where the log starts); else nothing, the log alone.
/// The log is kept aside under a dated name, and so is a dangling link in
/// place of `store.json`.
pub fn rebuild(dir: &DataDir, now: NaiveDateTime) -> Result<String> {
    let lock = dir.lock()?;
    let log_path = dir.changes_path();
    if std::fs::metadata(dir.store_path()).is_ok() {
        bail!(
            "{} is there, so there is nothing to rebuild. Run `trustmend doctor` to check it.",
            dir.store_path().display()
        );
    }
    let text = match std::fs::read(&log_path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            anyhow::anyhow!(
                "{} is not a text file, so no journal can be rebuilt from it. It was not changed.",
                log_path.display()
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "there is no {} to rebuild from; nothing was changed.",
            log_path.display()
        ),
        Err(e) => bail!(
            "cannot read {}: {e}; nothing was changed",
            log_path.display()
        ),
    };
    let lines: Vec<changes::Change> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let Some(generation) = lines.last().map(|c| c.generation) else {
        bail!(
            "{} holds no save that can be read, so nothing was rebuilt. It was not changed.",
            log_path.display()
        );
    };
    let backups = dir.backups().unwrap_or_default();
    let exact = backups.iter().find_map(|b| {
        let snapshot = store::load_snapshot(&b.path).ok().flatten()?;
        (snapshot.generation == generation).then(|| (b.name.clone(), snapshot))
    });
    let (mut rebuilt, base) = match exact {
        Some((name, snapshot)) => (
            snapshot,
            format!("on backup {name}, the snapshot it follows"),
        ),
        None => match backups
            .iter()
            .find_map(|b| Some((b.name.clone(), store::load_store_file(&b.path).ok()??)))
        {
            Some((name, store)) => (
                store,
                format!("on the newest backup that could be read, {name}"),
            ),
            None => (
                Store::default(),
                "from the log alone (no backup could be read): what was written before the log \
                 started may be missing"
                    .to_string(),
            ),
        },
    };
    let from_base = rebuilt != Store::default();
    for change in lines {
        if !from_base || change.generation == generation {
            changes::apply(&mut rebuilt, change);
        }
    }
    let ids = store::duplicate_ids(&rebuilt);
    if !ids.is_empty() {
        bail!(
            "the rebuilt journal would hold entries sharing ids ({ids:?}); nothing was changed. \
             Please report this."
        );
    }
    let log_aside = dir.aside_name(&log_path, now);
    std::fs::rename(&log_path, &log_aside).with_context(|| {
        format!(
            "cannot keep {} aside as {}; nothing was changed",
            log_path.display(),
            log_aside.display()
        )
    })?;
    // A dangling link: renamed aside, so the new file does not replace it.
    let link_aside = set_aside(dir, &dir.store_path(), now)?;
    dir.save_store(&mut rebuilt)?;
    drop(lock);
    let mut msg = format!(
        "Rebuilt {} from its change log ({}), {base}. The log is kept as {}; delete it yourself \
         once you are sure.",
        dir.store_path().display(),
        describe(&rebuilt),
        log_aside.display()
    );
    if let Some(aside) = link_aside {
        let _ = write!(
            msg,
            " The link that stood in its place is kept as {}.",
            aside.display()
        );
    }
    Ok(msg)
}

/// `doctor --repair`: entries sharing an id get new ids (the first of each
/// keeps it), written as a new `store.json`; the file replaced and its log
/// are kept aside under dated names. Anything that pointed at a shared id
/// (a review, an unsent draft) still points at the first entry with it.
pub fn repair(dir: &DataDir, now: NaiveDateTime) -> Result<String> {
    let lock = dir.lock()?;
    let path = dir.store_path();
    let mut store = match store::load_store_file_as_is(&path) {
        Ok(Some(store)) => store,
        Ok(None) => bail!("there is no {} to repair.", path.display()),
        Err(e) => bail!("{e}"),
    };
    let ids = store::duplicate_ids(&store);
    if ids.is_empty() {
        return Ok(format!(
            "No two entries in {} share an id; nothing was changed.",
            path.display()
        ));
    }
    let mut next = store
        .entries
        .iter()
        .map(|e| e.id + 1)
        .max()
        .unwrap_or(1)
        .max(store.next_id);
    let mut seen = std::collections::HashSet::new();
    let mut renumbered = 0;
    for entry in store.entries.iter_mut_where(|e| !seen.insert(e.id)) {
        entry.id = next;
        next += 1;
        renumbered += 1;
    }
    store.next_id = next;
    let aside = set_aside(dir, &path, now)?;
    let log_aside = set_aside(dir, &dir.changes_path(), now)?;
    // Kept aside already: not in `backups/` too, where it would be listed
    // as a backup that cannot be read.
    dir.save_store_backing_up(&mut store, false)?;
    drop(lock);
    let mut msg = format!(
        "Gave {renumbered} entr{} new ids in {} (they shared ids {}).",
        if renumbered == 1 { "y" } else { "ies" },
        path.display(),
        ids.iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(aside) = aside {
        let _ = write!(
            msg,
            " The file it replaced is kept as {}; delete it yourself once you are sure.",
            aside.display()
        );
    }
    if let Some(aside) = log_aside {
        let _ = write!(msg, " Its change log is kept as {}.", aside.display());
    }
    Ok(msg)
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
    let aside = dir.aside_name(current, now);
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
