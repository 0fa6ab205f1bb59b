//! `trustmend doctor`: a check-up of the data folder (store, session, lock,
//! leftovers, backups, files kept aside, plain words of a protected partner)
//! and the one repair it offers, `--recover` (see [`recover`]): a new
//! `store.json` holding everything any file in the folder holds, written as
//! one transaction. `--restore BACKUP` is the same with that backup's
//! versions first; `--rebuild` and `--repair` are older names for it.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::{DateTime, Local, NaiveDateTime};

use crate::model::Store;
use crate::store::plain::{self, Protected};
use crate::store::{self, DataDir, StoreError, backup::Backup, leftovers};

pub mod recover;

/// How a line of the check-up begins: found sound, or a problem. A line
/// too long for the terminal goes on below its words, after the mark
/// (`text::fit_report`).
pub const OK: &str = "  ok  ";
pub const PROBLEM: &str = "  !!  ";
pub const MARKS: [&str; 2] = [OK, PROBLEM];

/// What the check-up found: the text to print and how many problems.
pub struct Checkup {
    pub text: String,
    pub problems: usize,
}

/// Looks at everything without changing anything.
pub fn check(dir: &DataDir) -> Checkup {
    let root = dir.root().display().to_string();
    let mut text = format!("{}\n", crate::t!("doctor-folder", dir = root.clone()));
    if std::fs::symlink_metadata(dir.root()).is_err() {
        let _ = writeln!(text, "{OK}{}", crate::t!("doctor-nothing-yet"));
        return Checkup { text, problems: 0 };
    }
    if !dir.root().is_dir() {
        let _ = writeln!(text, "{PROBLEM}{}", crate::t!("doctor-a-file", dir = root));
        return Checkup { text, problems: 1 };
    }
    let mut problems = 0;
    let mut listed = false;
    let mut line = |ok: bool, what: String| {
        problems += usize::from(!ok);
        let _ = writeln!(text, "{}{what}", if ok { OK } else { PROBLEM });
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
            crate::t!(
                "doctor-store-with-log",
                what = describe(s),
                log = store::changes::path_for(Path::new(store::STORE_FILE))
                    .display()
                    .to_string(),
                size = size(log)
            ),
        ),
        Ok(Some(s)) => line(true, format!("store.json: {}", describe(s))),
        Ok(None) => line(true, crate::t!("doctor-store-none")),
        Err(e) => line(false, format!("store.json: {e}")),
    }
    if !protected.is_empty() {
        match plain::count_in_store_file(&dir.store_path(), &protected) {
            Ok(0) | Err(_) => {}
            Ok(n) => line(false, plain_words(&crate::t!("doctor-store-or-log"), n)),
        }
    }
    match dir.load_session() {
        Ok(session) => {
            let drafts = plain_drafts(&session, &protected);
            if drafts > 0 {
                line(
                    false,
                    plain_words(&crate::t!("doctor-session-drafts"), drafts),
                );
            } else {
                line(true, crate::t!("doctor-session-readable"));
            }
        }
        Err(e) => line(false, format!("session.json: {e}")),
    }
    let (lock_ok, lock_said) = lock_state(dir);
    line(lock_ok, lock_said);
    leaving_state(dir, &mut line);
    let temps = leftover_names(dir);
    if temps.is_empty() {
        line(true, crate::t!("doctor-no-temporary"));
    } else {
        line(
            true,
            crate::t!("doctor-temporary", files = temps.join(", ")),
        );
    }
    // Plain words a killed own editor left (see `own_editor`).
    let editor = crate::own_editor::leftovers(dir.root());
    if !editor.is_empty() {
        let names: Vec<String> = editor.iter().map(|p| p.display().to_string()).collect();
        line(
            false,
            crate::t!(
                "doctor-editor-leftovers",
                files = names.join(", "),
                own = crate::say!(Editor, ExternalEditor)
            ),
        );
    }
    // The journal, made ready once to look at every other copy against
    // (nothing, when it could not be read: then every copy's records are
    // all lacked); each backup is read once, entry by entry, both looked at
    // against it and its plain records counted (`recover::look_and_count`).
    let live = loaded.as_ref().ok().and_then(Option::as_ref);
    let nothing = Store::default();
    let known = recover::Known::of(live.unwrap_or(&nothing));
    let mut looks = HashMap::new();
    match dir.backups() {
        Ok(all) if all.is_empty() => {
            line(true, crate::t!("doctor-no-backups"));
        }
        Ok(all) => {
            let total: u64 = all.iter().map(|b| b.bytes).sum();
            line(
                true,
                crate::t!(
                    "doctor-backups",
                    dir = dir.backup_dir().display().to_string(),
                    n = all.len(),
                    size = size(total)
                ),
            );
            for b in &all {
                let (look, plain) = recover::look_and_count(&known, &b.path, &protected);
                if let Ok(Some(look)) = &look {
                    looks.insert(b.path.clone(), *look);
                }
                let (ok, what) = match look {
                    Ok(Some(look)) => match plain {
                        Some(0) | None => (true, entries(look.entries)),
                        Some(n) => (
                            false,
                            crate::t!(
                                "doctor-backup-plain",
                                entries = entries(look.entries),
                                n = n
                            ),
                        ),
                    },
                    Ok(None) => (true, crate::t!("doctor-backup-vanished")),
                    // Not the journal: it stays as it is, and `--recover`
                    // reads what it can of it (listed below if that holds
                    // anything the journal lacks).
                    Err(e) => (true, crate::t!("doctor-backup-damaged", why = short(&e))),
                };
                line(
                    ok,
                    crate::t!(
                        "doctor-backup-line",
                        name = b.name.clone(),
                        saved = saved(b).format("%Y-%m-%d %H:%M").to_string(),
                        what = what,
                        size = size(b.bytes)
                    ),
                );
            }
            listed = true;
        }
        Err(e) => line(false, format!("backups: {e}")),
    }
    other_copies(dir, (&known, live.is_some()), &looks, &protected, &mut line);
    if listed {
        let _ = writeln!(text, "\n{}", crate::t!("doctor-to-restore"));
    }
    Checkup { text, problems }
}

/// Every other file that holds any of the journal (see [`recover::each_found`]):
/// what each holds that the journal lacks. Words in a file kept aside, in a
/// temporary file or in the log's skipped lines are a problem (nothing else
/// reads them); in a backup they are most often entries deleted since, so
/// they are listed, not counted.
/// `known` is the journal as read above (not read again), and whether it
/// could be read; `looks` the backups already looked at against it (not
/// read again either), `protected` who in it is protected.
fn other_copies(
    dir: &DataDir,
    (known, journal_read): (&recover::Known, bool),
    looks: &HashMap<PathBuf, recover::Look>,
    protected: &Protected,
    line: &mut impl FnMut(bool, String),
) {
    let name_of = |path: &Path| {
        path.strip_prefix(dir.root())
            .unwrap_or(path)
            .display()
            .to_string()
    };
    let holds =
        |name: String, backup: bool, (entries_missing, checkins_missing): (usize, usize)| {
            crate::t!(
                "doctor-copy-holds",
                name = name,
                entries = entries(entries_missing),
                checkins = checkins_missing,
                backup = if backup { "yes" } else { "no" }
            )
        };
    // One file at a time, each let go before the next is read; the live
    // store is not read again.
    for found in recover::each_found(dir, false) {
        let looked = (found.kind == recover::Kind::Backup && !found.log_alone)
            .then(|| looks.get(&found.path))
            .flatten();
        if let Some(look) = looked {
            if look.missing.0 + look.missing.1 > 0 {
                line(
                    journal_read,
                    holds(name_of(&found.path), true, look.missing),
                );
            }
            continue;
        }
        let Some(source) = found.read() else {
            continue;
        };
        let missing = known.missing(&source.store);
        let name = name_of(&source.path);
        if missing.0 + missing.1 > 0 {
            let backup = source.kind == recover::Kind::Backup;
            line(backup && journal_read, holds(name.clone(), backup, missing));
        } else if source.kind == recover::Kind::Replaced || source.kind == recover::Kind::Temporary
        {
            line(
                true,
                crate::t!("doctor-copy-in-journal", name = name.clone()),
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
                crate::t!("doctor-copy-plain", name = name.clone(), n = exposed),
            );
        }
        if !source.bad.is_empty() && source.kind != recover::Kind::LiveLog {
            let lines: Vec<String> = source.bad.iter().map(|(n, _)| n.to_string()).collect();
            line(
                true,
                crate::t!(
                    "doctor-copy-damaged",
                    name = name,
                    n = lines.len(),
                    lines = lines.join(", ")
                ),
            );
        }
    }
}

fn plain_words(file: &str, n: usize) -> String {
    crate::t!("doctor-plain-words", file = file.to_string(), n = n)
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
        bail!(crate::t!(
            "doctor-no-backup-file",
            path = path.display().to_string()
        ));
    }
    Ok(path)
}

pub(crate) fn entries(n: usize) -> String {
    crate::t!("doctor-entries", n = n)
}

pub(crate) fn describe(store: &Store) -> String {
    let people: Vec<&str> = store.partners.iter().map(|p| p.name.as_str()).collect();
    let who = if people.is_empty() {
        crate::t!("doctor-no-one-yet")
    } else {
        let and = format!(" {} ", crate::t!("cmd-and"));
        crate::text::one_line(&people.join(&and), 60)
    };
    crate::t!(
        "doctor-describe",
        entries = entries(store.entries.len()),
        who = who
    )
}

/// Whether the lock can be taken: if not for another reason than another
/// trustmend holding it, every command that saves refuses, so it is a
/// problem.
fn lock_state(dir: &DataDir) -> (bool, String) {
    match dir.lock() {
        Ok(_) => (true, crate::t!("doctor-not-open")),
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
            Ok(_) => line(true, crate::t!("doctor-leaving-cut-short")),
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
        b if b < 1024 => crate::t!("doctor-bytes", n = b.to_string()),
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => crate::t!(
            "doctor-megabytes",
            n = format!("{:.1}", b as f64 / (1024.0 * 1024.0))
        ),
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
