//! `trustmend doctor`: a check-up of the data folder (store, session, lock,
//! leftovers, backups, files kept aside, plain words of a protected partner)
//! and the one repair it offers, `--recover` (see [`recover`]): a new
//! `store.json` holding everything any file in the folder holds, written as
//! one transaction. `--restore BACKUP` is the same with that backup's
//! versions first; `--rebuild` and `--repair` are older names for it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::{DateTime, Local, NaiveDateTime};

use crate::model::Store;
use crate::store::plain::{self, Protected};
use crate::store::{self, DataDir, StoreError, backup::Backup, leftovers};

pub mod recover;

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
    if !dir.root().is_dir() {
        let _ = writeln!(
            text,
            "  !!  {} is a file, not a folder, so it cannot hold a workbook. It was not changed. \
             Start trustmend with --data-dir set to a folder.",
            dir.root().display()
        );
        return Checkup { text, problems: 1 };
    }
    let mut problems = 0;
    let mut listed = false;
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
    match &loaded {
        Ok(Some(s)) if log > 0 => line(
            true,
            format!(
                "store.json: {} (the saves since it was last written whole are in {}, {})",
                describe(s),
                store::changes::path_for(Path::new(store::STORE_FILE)).display(),
                size(log)
            ),
        ),
        Ok(Some(s)) => line(true, format!("store.json: {}", describe(s))),
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
    let (lock_ok, lock_said) = lock_state(dir);
    line(lock_ok, lock_said);
    leaving_state(dir, &mut line);
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
                 opens with store.json there; read by `doctor --recover` until then): {}",
                temps.join(", ")
            ),
        );
    }
    // Plain words a killed own editor left (see `own_editor`).
    let editor = crate::own_editor::leftovers(dir.root());
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
                    Ok(None) => (true, "vanished while being read".to_string()),
                    // Not the journal: it stays as it is, and `--recover`
                    // reads what it can of it (listed below if that holds
                    // anything the journal lacks).
                    Err(e) => (
                        true,
                        format!("damaged ({}), read line by line by --recover", short(&e)),
                    ),
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
            listed = true;
        }
        Err(e) => line(false, format!("backups: {e}")),
    }
    let live = loaded.as_ref().ok().and_then(Option::as_ref);
    other_copies(dir, live, &protected, &mut line);
    if listed {
        text.push_str("\nTo put one back (with every entry the other files hold): trustmend doctor --restore NAME\n");
    }
    Checkup { text, problems }
}

/// Every other file that holds any of the journal (see [`recover::gather`]):
/// what each holds that the journal lacks. Words in a file kept aside, in a
/// temporary file or in the log's skipped lines are a problem (nothing else
/// reads them); in a backup they are most often entries deleted since, so
/// they are listed, not counted.
/// `live` is the journal as read above (not read again), `protected` who in it
/// is protected.
fn other_copies(
    dir: &DataDir,
    live: Option<&Store>,
    protected: &Protected,
    line: &mut impl FnMut(bool, String),
) {
    for source in recover::gather(dir)
        .iter()
        .filter(|s| s.kind != recover::Kind::Live)
    {
        let (entries_missing, checkins_missing) = match live {
            Some(live) => recover::missing_from(live, &source.store),
            None => (source.store.entries.len(), source.store.checkins.len()),
        };
        let name = source
            .path
            .strip_prefix(dir.root())
            .unwrap_or(&source.path)
            .display()
            .to_string();
        if entries_missing + checkins_missing > 0 {
            let backup = source.kind == recover::Kind::Backup;
            line(
                backup && live.is_some(),
                format!(
                    "{name}: holds {} and {} check-in{} the journal lacks{}. `trustmend doctor \
                     --recover` brings them back.",
                    entries(entries_missing),
                    checkins_missing,
                    if checkins_missing == 1 { "" } else { "s" },
                    if backup {
                        " (deleted since, or lost)"
                    } else {
                        ""
                    }
                ),
            );
        } else if source.kind == recover::Kind::Replaced || source.kind == recover::Kind::Temporary
        {
            line(
                true,
                format!(
                    "{name}: everything it holds is in the journal (delete it once you are sure)"
                ),
            );
        }
        // Backups and the live files are checked above; any other copy of
        // the journal holding a protected person's records in plain is a
        // problem too (issue 22: nothing of theirs plain anywhere).
        let checked_above = matches!(
            source.kind,
            recover::Kind::Live | recover::Kind::LiveLog | recover::Kind::Backup
        );
        let exposed = if checked_above {
            0
        } else {
            protected.count_exposed(&source.store)
        };
        if exposed > 0 {
            line(
                false,
                format!(
                    "{name}: {exposed} record{} of a protected partner in plain text, readable \
                     without the passphrase. `trustmend doctor --recover` brings anything it \
                     holds into the journal (sealed); then delete {name}.",
                    if exposed == 1 { "" } else { "s" }
                ),
            );
        }
        if !source.bad.is_empty() && source.kind != recover::Kind::LiveLog {
            let lines: Vec<String> = source.bad.iter().map(|(n, _)| n.to_string()).collect();
            line(
                true,
                format!(
                    "{name}: damaged line{} {} cannot be read (kept in the file as it is)",
                    if lines.len() == 1 { "" } else { "s" },
                    lines.join(", ")
                ),
            );
        }
    }
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

/// `doctor --rebuild`: now [`recover`] (kept for the name older messages
/// and notes use): a new `store.json` from every file that holds any of
/// the journal, the change log left without it included.
pub fn rebuild(dir: &DataDir, now: NaiveDateTime) -> Result<String> {
    recover::recover(dir, None, now)
}

/// `doctor --repair`: now [`recover`], which gives entries sharing an id
/// new ids of their own (the first of each keeps it) while it merges.
pub fn repair(dir: &DataDir, now: NaiveDateTime) -> Result<String> {
    recover::recover(dir, None, now)
}

/// `doctor --recover`: see [`recover::recover`].
pub fn recover(dir: &DataDir, now: NaiveDateTime) -> Result<String> {
    recover::recover(dir, None, now)
}

/// Restores `backup` (a name in `backups/` or a path) as `store.json`: its
/// versions of entries win, and every entry only the journal, its log or
/// another copy holds is kept too (see [`recover::recover`]). Returns what
/// to tell the user.
pub fn restore(dir: &DataDir, backup: &str, now: NaiveDateTime) -> Result<String> {
    let from = resolve(dir, backup)?;
    recover::recover(dir, Some(&from), now)
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

pub(crate) fn entries(n: usize) -> String {
    format!("{n} entr{}", if n == 1 { "y" } else { "ies" })
}

pub(crate) fn describe(store: &Store) -> String {
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

/// Whether the lock can be taken: if not for another reason than another
/// trustmend holding it, every command that saves refuses, so it is a
/// problem.
fn lock_state(dir: &DataDir) -> (bool, String) {
    match dir.lock() {
        Ok(_) => (true, "not open in any trustmend right now".into()),
        Err(e @ StoreError::Locked { .. }) => (true, e.to_string()),
        Err(e) => (false, e.to_string()),
    }
}

/// A `leaving.json` that cannot be read stops every save until it is dealt
/// with (see `store::leave`).
fn leaving_state(dir: &DataDir, line: &mut impl FnMut(bool, String)) {
    let path = dir.leaving_path();
    if std::fs::symlink_metadata(&path).is_err() {
        return;
    }
    match std::fs::read(&path) {
        Ok(bytes) => match serde_json::from_slice::<store::leave::Leaving>(&bytes) {
            Ok(_) => line(
                true,
                "leaving.json: a partner's leaving was cut short; trustmend finishes it when it \
                 next opens"
                    .into(),
            ),
            Err(e) => line(false, StoreError::json(path, &e).to_string()),
        },
        Err(source) => line(false, StoreError::Read { path, source }.to_string()),
    }
}

fn leftover_names(dir: &DataDir) -> Vec<String> {
    [dir.root().to_path_buf(), dir.backup_dir()]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(std::iter::Iterator::flatten)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| leftovers::is_leftover(n))
        .collect()
}

/// When the backed-up copy was saved: its file time (a backup copy keeps the
/// original's), else when it was set aside.
fn saved(b: &Backup) -> NaiveDateTime {
    std::fs::metadata(&b.path)
        .and_then(|m| m.modified())
        .map_or(b.taken, |t| DateTime::<Local>::from(t).naive_local())
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
