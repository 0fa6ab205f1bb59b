//! The way back never loses a word: the change log read line by line, the
//! step every damage message suggests (`trustmend doctor --recover`), and
//! doctor's repairs interrupted at every point they write.
//!
//! The oracle for "every word any file still holds" does not use
//! trustmend's reading: a probe word counts as still held when a line that
//! held it before the damage is still, byte for byte, a line of some file
//! in the data folder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{run_cli, said, stderr, stdout};
use trustmend::model::{Body, Entry, EntryKind, Role, Store, Visibility};
use trustmend::store::{AtomicFile, DataDir, FileSink, changes};

fn now() -> trustmend::model::Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
}

fn add(store: &mut Store, words: &str) {
    let id = store.fresh_id();
    let author = store.partners[0].id;
    store.entries.push(Entry {
        id,
        author,
        kind: EntryKind::Free { strategy: None },
        heading: format!("probe {id}").into(),
        body: Body::Text(words.into()),
        visibility: Visibility::Private,
        created: now() + chrono::Duration::minutes(id as i64),
        updated: now() + chrono::Duration::minutes(id as i64),
    });
}

fn append(dir: &DataDir, on_disk: &mut Store, words: &str) {
    let mut next = on_disk.clone();
    add(&mut next, words);
    dir.append_change(&changes::diff(on_disk, &next).unwrap(), &next)
        .unwrap();
    *on_disk = next;
}

const PROBES: [&str; 6] = [
    "probe-alder",
    "probe-birch",
    "probe-cedar",
    "probe-dogwood",
    "probe-elm",
    "probe-fir",
];

/// A folder as a journal in use leaves it: a backup (snapshot + log) of
/// the snapshot before, `store.json`, and a live log. Alder is in the
/// backup's snapshot and in store.json; birch in the backup's log and in
/// store.json; cedar in store.json only; dogwood, elm and fir in the live
/// log only.
fn fixture(root: &Path) -> DataDir {
    let dir = DataDir::at(root.to_path_buf());
    dir.ensure().unwrap();
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, now());
    add(&mut store, PROBES[0]);
    dir.save_store(&mut store).unwrap();
    append(&dir, &mut store, PROBES[1]);
    add(&mut store, PROBES[2]);
    dir.save_store(&mut store).unwrap();
    for word in &PROBES[3..] {
        append(&dir, &mut store, word);
    }
    assert_eq!(dir.backups().unwrap().len(), 1);
    assert_eq!(words_in(&dir.load_store().unwrap().unwrap()), all_probes());
    dir
}

fn all_probes() -> BTreeSet<String> {
    PROBES
        .iter()
        .map(std::string::ToString::to_string)
        .collect()
}

fn words_in(store: &Store) -> BTreeSet<String> {
    store
        .entries
        .iter()
        .filter_map(|e| e.body.text().map(str::to_string))
        .collect()
}

/// Every regular file under the data folder (links followed), with its
/// lines.
fn lines_on_disk(root: &Path) -> BTreeSet<Vec<u8>> {
    let mut out = BTreeSet::new();
    for folder in [root.to_path_buf(), root.join("backups")] {
        let Ok(read) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in read.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                out.extend(bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec));
            }
        }
    }
    out
}

/// The probe words some whole line of `before` held that is still a line
/// of some file now.
fn still_held(before: &BTreeSet<Vec<u8>>, root: &Path) -> BTreeSet<String> {
    let now = lines_on_disk(root);
    PROBES
        .iter()
        .filter(|p| {
            before
                .iter()
                .filter(|l| l.windows(p.len()).any(|w| w == p.as_bytes()))
                .any(|l| now.contains(l))
        })
        .map(std::string::ToString::to_string)
        .collect()
}

fn find(root: &Path, starting: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(starting))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// One kind of damage done to a folder made by [`fixture`].
type Damage = Box<dyn Fn(&DataDir)>;

/// Where a file of the folder is, found when the damage is done.
type Target = fn(&DataDir) -> PathBuf;

/// A change made to a file's bytes.
type Edit = Arc<dyn Fn(&mut Vec<u8>) + Send + Sync>;

fn file_damages() -> Vec<(String, Damage)> {
    // The files, found when the damage is done.
    let targets: [(&str, Target); 4] = [
        ("store.json", |d| d.store_path()),
        ("store.changes.jsonl", |d| d.changes_path()),
        ("the backup", |d| d.backups().unwrap()[0].path.clone()),
        ("the backup's log", |d| {
            changes::path_for(&d.backups().unwrap()[0].path)
        }),
    ];
    let edits: Vec<(&str, Edit)> = vec![
        ("cut to a quarter", Arc::new(|b| b.truncate(b.len() / 4))),
        ("cut in half", Arc::new(|b| b.truncate(b.len() / 2))),
        (
            "cut to three quarters",
            Arc::new(|b| b.truncate(b.len() * 3 / 4)),
        ),
        (
            "cut by one byte",
            Arc::new(|b| b.truncate(b.len().saturating_sub(1))),
        ),
        ("emptied", Arc::new(std::vec::Vec::clear)),
        ("a bit flipped near the start", Arc::new(|b| flip(b, 1, 10))),
        ("a bit flipped in the middle", Arc::new(|b| flip(b, 1, 2))),
        ("a bit flipped near the end", Arc::new(|b| flip(b, 9, 10))),
        (
            "its first line repeated at the end",
            Arc::new(|b| repeat_line(b, 0)),
        ),
        (
            "its last line repeated",
            Arc::new(|b| {
                let n = b.split(|&c| c == b'\n').filter(|l| !l.is_empty()).count();
                repeat_line(b, n.saturating_sub(1));
            }),
        ),
        (
            "a garbage line in the middle",
            Arc::new(|b| insert_line(b, b"%% not json at all %%")),
        ),
        (
            "a byte that is not UTF-8 in the middle",
            Arc::new(|b| insert_line(b, b"\xff\xfe")),
        ),
        (
            "its line endings made CRLF",
            Arc::new(|b| {
                *b = b
                    .iter()
                    .flat_map(|&c| {
                        if c == b'\n' {
                            vec![b'\r', b'\n']
                        } else {
                            vec![c]
                        }
                    })
                    .collect();
            }),
        ),
        (
            "zeros written over its middle",
            Arc::new(|b| {
                let (from, to) = (b.len() / 3, b.len() / 3 + 16.min(b.len() / 3));
                b[from..to].fill(0);
            }),
        ),
    ];
    let mut out: Vec<(String, Damage)> = Vec::new();
    for (file, target) in targets {
        for (what, edit) in &edits {
            let edit = Arc::clone(edit);
            out.push((
                format!("{file} {what}"),
                Box::new(move |d: &DataDir| {
                    let path = target(d);
                    let mut bytes = std::fs::read(&path).unwrap_or_default();
                    edit(&mut bytes);
                    std::fs::write(&path, bytes).unwrap();
                }),
            ));
        }
        out.push((
            format!("{file} deleted"),
            Box::new(move |d: &DataDir| {
                let _ = std::fs::remove_file(target(d));
            }),
        ));
        out.push((
            format!("{file} made a folder"),
            Box::new(move |d: &DataDir| {
                let path = target(d);
                let _ = std::fs::remove_file(&path);
                std::fs::create_dir(&path).unwrap();
            }),
        ));
        out.push((
            format!("{file} made a link to nothing"),
            Box::new(move |d: &DataDir| {
                let path = target(d);
                let _ = std::fs::remove_file(&path);
                std::os::unix::fs::symlink(d.root().join("nowhere"), &path).unwrap();
            }),
        ));
        out.push((
            format!("{file} made unreadable to others (mode 000)"),
            Box::new(move |d: &DataDir| {
                use std::os::unix::fs::PermissionsExt as _;
                let path = target(d);
                let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000));
            }),
        ));
    }
    out
}

fn flip(b: &mut [u8], num: usize, den: usize) {
    if !b.is_empty() {
        let at = b.len() * num / den;
        b[at.min(b.len() - 1)] ^= 0x10;
    }
}

fn repeat_line(b: &mut Vec<u8>, n: usize) {
    let line: Vec<u8> = b
        .split(|&c| c == b'\n')
        .filter(|l| !l.is_empty())
        .nth(n)
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    if !b.is_empty() && !b.ends_with(b"\n") {
        b.push(b'\n');
    }
    b.extend_from_slice(&line);
    b.push(b'\n');
}

fn insert_line(b: &mut Vec<u8>, garbage: &[u8]) {
    let lines: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
    let at = lines.len() / 2;
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i == at {
            out.extend_from_slice(garbage);
            out.push(b'\n');
        }
        out.extend_from_slice(line);
        if i + 1 < lines.len() {
            out.push(b'\n');
        }
    }
    *b = out;
}

/// Damage to the folder as a whole: files a person moved, copied, left.
fn folder_damages() -> Vec<(String, Damage)> {
    vec![
        (
            "a backup copied by hand over store.json".into(),
            Box::new(|d: &DataDir| {
                let backup = d.backups().unwrap()[0].path.clone();
                std::fs::copy(backup, d.store_path()).unwrap();
            }),
        ),
        (
            "a backup and its log copied by hand over store.json and its log".into(),
            Box::new(|d: &DataDir| {
                let backup = d.backups().unwrap()[0].path.clone();
                std::fs::copy(&backup, d.store_path()).unwrap();
                std::fs::copy(changes::path_for(&backup), d.changes_path()).unwrap();
            }),
        ),
        (
            "store.json moved aside as .replaced".into(),
            Box::new(|d: &DataDir| {
                let aside = d.root().join("store.json.replaced-2026-03-01T10-00-00");
                std::fs::rename(d.store_path(), aside).unwrap();
            }),
        ),
        (
            "the log moved aside as .replaced".into(),
            Box::new(|d: &DataDir| {
                let aside = d
                    .root()
                    .join("store.changes.jsonl.replaced-2026-03-01T10-00-00");
                std::fs::rename(d.changes_path(), aside).unwrap();
            }),
        ),
        (
            "the log moved into backups/".into(),
            Box::new(|d: &DataDir| {
                let to = d
                    .backup_dir()
                    .join("store-2030-01-01T00-00-00.000.changes.jsonl");
                std::fs::rename(d.changes_path(), to).unwrap();
            }),
        ),
        (
            "store.json only in a temporary file of an interrupted save".into(),
            Box::new(|d: &DataDir| {
                std::fs::rename(d.store_path(), d.root().join(".store.json.Ab12Cd")).unwrap();
            }),
        ),
        (
            "store.json a link to the backup".into(),
            Box::new(|d: &DataDir| {
                let backup = d.backups().unwrap()[0].path.clone();
                std::fs::remove_file(d.store_path()).unwrap();
                std::os::unix::fs::symlink(backup, d.store_path()).unwrap();
            }),
        ),
        (
            "backups/ deleted".into(),
            Box::new(|d: &DataDir| std::fs::remove_dir_all(d.backup_dir()).unwrap()),
        ),
        (
            "an extra unrelated file".into(),
            Box::new(|d: &DataDir| std::fs::write(d.root().join("notes.txt"), "hello").unwrap()),
        ),
        (
            "every line of the log repeated".into(),
            Box::new(|d: &DataDir| {
                let log = std::fs::read(d.changes_path()).unwrap();
                std::fs::write(d.changes_path(), [log.clone(), log].concat()).unwrap();
            }),
        ),
    ]
}

/// The step a message suggests, taken from its words.
fn suggested(message: &str) -> Option<Vec<String>> {
    let start = message.find("`trustmend doctor")? + 1;
    let len = message[start..].find('`')?;
    Some(
        message[start..start + len]
            .split_whitespace()
            .skip(1)
            .map(str::to_string)
            .collect(),
    )
}

/// The damage matrix: for every kind of damage, what trustmend or doctor
/// says names a step, and that step brings back every probe word any file
/// still holds (and the journal then opens).
///
/// `cargo test --test all recovery::every_damage` (about a minute).
#[test]
fn every_damage_is_recovered_by_the_step_suggested() {
    let damages: Vec<(String, Damage)> =
        file_damages().into_iter().chain(folder_damages()).collect();
    assert_eq!(damages.len(), 82, "the number of kinds of damage tried");
    let mut failures = Vec::new();
    for (what, damage) in &damages {
        let tmp = tempfile::tempdir().unwrap();
        let dir = fixture(&tmp.path().join("data"));
        let before = lines_on_disk(dir.root());
        damage(&dir);
        let held = still_held(&before, dir.root());
        // What a person sees: the journal's refusal, or doctor's check-up.
        let refusal = match dir.load_store() {
            Ok(Some(store)) if words_in(&store).is_superset(&held) => None,
            Ok(_) => Some(String::new()),
            Err(e) => Some(e.to_string()),
        };
        let checkup = run_cli(dir.root(), &["doctor"]);
        let said = format!(
            "{}{}",
            refusal.clone().unwrap_or_default(),
            stdout(&checkup)
        );
        if refusal.is_none() && checkup.status.success() {
            continue;
        }
        let Some(step) = suggested(&said) else {
            failures.push(format!("{what}: no step suggested in: {said}"));
            continue;
        };
        let args: Vec<&str> = step.iter().map(String::as_str).collect();
        let out = run_cli(dir.root(), &args);
        if !out.status.success() {
            failures.push(format!(
                "{what}: `{}` failed: {}",
                step.join(" "),
                stderr(&out)
            ));
            continue;
        }
        match dir.load_store() {
            Ok(Some(store)) => {
                let recovered = words_in(&store);
                let missing: Vec<_> = held.difference(&recovered).collect();
                if !missing.is_empty() {
                    failures.push(format!("{what}: {missing:?} lost; said: {}", stdout(&out)));
                }
                let ids: BTreeSet<u64> = store.entries.iter().map(|e| e.id).collect();
                if ids.len() != store.entries.len() || ids.iter().any(|&id| id >= store.next_id) {
                    failures.push(format!("{what}: ids not unique or not below next_id"));
                }
            }
            other => failures.push(format!("{what}: after the step, {other:?}")),
        }
        let again = run_cli(dir.root(), &["doctor"]);
        if !again.status.success() {
            failures.push(format!("{what}: doctor after the step: {}", stdout(&again)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `head -1 store.changes.jsonl >> store.changes.jsonl`: the copy is
/// skipped, and the next entry written gets an id of its own.
#[test]
fn a_repeated_log_line_is_applied_once_and_ids_never_repeat() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(&tmp.path().join("data"));
    let log = std::fs::read(dir.changes_path()).unwrap();
    let first = log.split(|&b| b == b'\n').next().unwrap().to_vec();
    std::fs::write(dir.changes_path(), [log, first, b"\n".to_vec()].concat()).unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(out.status.success(), "{}", stdout(&out));
    let out = run_cli(dir.root(), &["write", "probe-after", "--as", "Alex"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let store = dir.load_store().unwrap().unwrap();
    let ids: BTreeSet<u64> = store.entries.iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), store.entries.len(), "an id used twice");
    assert_eq!(store.entries.len(), PROBES.len() + 1);
    assert!(words_in(&store).contains("probe-after"));
}

/// An old log line (no `seq`) repeated still cannot lower `next_id`.
#[test]
fn a_repeated_line_of_an_older_trustmend_cannot_make_an_id_be_used_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(&tmp.path().join("data"));
    let log = String::from_utf8(std::fs::read(dir.changes_path()).unwrap()).unwrap();
    let old: String = log
        .lines()
        .map(|l| {
            let mut c: changes::Change = serde_json::from_str(l).unwrap();
            c.seq = None;
            String::from_utf8(c.to_line().unwrap()).unwrap()
        })
        .collect();
    let first = old.lines().next().unwrap();
    std::fs::write(dir.changes_path(), format!("{old}{first}\n")).unwrap();
    let mut store = dir.load_store().unwrap().unwrap();
    let id = store.fresh_id();
    assert!(store.entries.iter().all(|e| e.id < id), "id {id} reused");
}

/// A backup copied by hand over store.json is not "ok": the journal
/// refuses it, naming the step, and the step brings back the log's words.
#[test]
fn a_backup_copied_over_the_journal_is_refused_and_recovered() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(&tmp.path().join("data"));
    let backup = dir.backups().unwrap()[0].path.clone();
    std::fs::copy(backup, dir.store_path()).unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("doctor --recover"),
        "{}",
        stdout(&out)
    );
    let out = run_cli(dir.root(), &["write", "more", "--as", "Alex"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("doctor --recover"),
        "{}",
        stderr(&out)
    );
    let out = run_cli(dir.root(), &["doctor", "--recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Cedar was only in the store.json the copy overwrote: no file holds
    // it any more. Every other word is back.
    let mut held = all_probes();
    held.remove("probe-cedar");
    assert_eq!(words_in(&dir.load_store().unwrap().unwrap()), held);
}

/// A sink that stops at its `at`-th write, as a kill there would: nothing
/// of that write reaches the disk, and nothing after it happens.
struct StopAt {
    at: usize,
    done: AtomicUsize,
}

impl StopAt {
    fn step(&self) -> io::Result<()> {
        if self.done.fetch_add(1, Ordering::SeqCst) == self.at {
            Err(io::Error::other("killed here"))
        } else {
            Ok(())
        }
    }
}

impl FileSink for StopAt {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.step()?;
        AtomicFile.write_atomic(path, bytes)
    }

    fn write_atomic_with(
        &self,
        path: &Path,
        write: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>,
    ) -> io::Result<()> {
        self.step()?;
        // A kill part way leaves a temporary file holding part of it.
        AtomicFile.write_atomic_with(path, write)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.step()?;
        AtomicFile.append(path, bytes)
    }
}

/// Each repair doctor offers, stopped at every write it makes: after each
/// stop the folder never reads as a first run, and running the step again
/// brings back every probe word.
#[test]
fn every_doctor_repair_stopped_at_every_write_loses_nothing() {
    type Setup = fn(&DataDir) -> Option<String>;
    let cases: [(&str, Setup); 4] = [
        ("--rebuild after store.json was moved aside by hand", |d| {
            std::fs::rename(d.store_path(), d.root().join("store.json.moved")).unwrap();
            None
        }),
        ("--restore after store.json was damaged", |d| {
            std::fs::write(d.store_path(), b"{\"schema_version\": 2, \"partn").unwrap();
            Some(d.backups().unwrap()[0].name.clone())
        }),
        ("--repair after a later line reused an id", |d| {
            let mut log = std::fs::read(d.changes_path()).unwrap();
            let text = String::from_utf8(log.clone()).unwrap();
            let mut c: changes::Change =
                serde_json::from_str(text.lines().last().unwrap()).unwrap();
            c.entries[0].id = 1;
            c.entries[0].body = Body::Text("probe-twice".into());
            c.seq = None;
            log.extend(c.to_line().unwrap());
            std::fs::write(d.changes_path(), log).unwrap();
            None
        }),
        ("--recover after a backup was copied over store.json", |d| {
            let backup = d.backups().unwrap()[0].path.clone();
            std::fs::copy(backup, d.store_path()).unwrap();
            None
        }),
    ];
    let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    for (what, setup) in cases {
        let mut at = 0;
        loop {
            let tmp = tempfile::tempdir().unwrap();
            let dir = fixture(&tmp.path().join("data"));
            let before = lines_on_disk(dir.root());
            let backup = setup(&dir);
            // What some file still holds (the damage may have destroyed
            // the only copy of a word).
            let mut expected = still_held(&before, dir.root());
            if what.starts_with("--repair") {
                expected.insert("probe-twice".into());
            }
            let stop = Arc::new(StopAt {
                at,
                done: AtomicUsize::new(0),
            });
            let faulty = dir.clone().with_sink(stop.clone());
            let run = |d: &DataDir| match (&backup, what) {
                (Some(b), _) => trustmend::doctor::restore(d, b, now),
                (None, w) if w.starts_with("--rebuild") => trustmend::doctor::rebuild(d, now),
                (None, w) if w.starts_with("--repair") => trustmend::doctor::repair(d, now),
                _ => trustmend::doctor::recover(d, now),
            };
            let result = run(&faulty);
            let stopped = stop.done.load(Ordering::SeqCst) > at;
            if stopped && result.is_err() {
                assert!(
                    !matches!(dir.load_store(), Ok(None)),
                    "{what}: stopped at write {at}, the folder reads as a first run"
                );
                // The stopped run's lock is let go when it returns, but a
                // child another test forks at that moment holds a copy of
                // it until its exec: wait for that, never for a real holder.
                let mut again = run(&dir);
                for _ in 0..100 {
                    match &again {
                        Err(e) if e.to_string().contains("open in another trustmend") => {
                            std::thread::sleep(std::time::Duration::from_millis(10));
                            again = run(&dir);
                        }
                        _ => break,
                    }
                }
                again.unwrap_or_else(|e| panic!("{what}, again after write {at}: {e}"));
            } else if !stopped {
                result.unwrap_or_else(|e| panic!("{what}: {e}"));
            }
            let store = dir.load_store().unwrap().unwrap();
            assert!(
                words_in(&store).is_superset(&expected),
                "{what}, stopped at write {at}: {:?} lost",
                expected.difference(&words_in(&store)).collect::<Vec<_>>()
            );
            let out = run_cli(dir.root(), &["doctor"]);
            assert!(out.status.success(), "{what} at {at}: {}", stdout(&out));
            if !stopped {
                break;
            }
            at += 1;
        }
        assert!(at >= 2, "{what}: only {at} writes to stop at");
    }
}

#[test]
fn recovering_twice_changes_nothing_the_second_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(&tmp.path().join("data"));
    let backup = dir.backups().unwrap()[0].path.clone();
    std::fs::copy(backup, dir.store_path()).unwrap();
    let out = run_cli(dir.root(), &["doctor", "--recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = std::fs::read(dir.store_path()).unwrap();
    let out = run_cli(dir.root(), &["doctor", "--recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Nothing to recover"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), first);
    let found = find(dir.root(), "store.json");
    assert_eq!(
        found,
        vec![dir.store_path()],
        "nothing set aside needlessly"
    );
}

/// A sink whose whole writes of `store.json` fail, as on a full disk.
struct StoreWritesFail;

impl FileSink for StoreWritesFail {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.refuse(path)?;
        AtomicFile.write_atomic(path, bytes)
    }

    fn write_atomic_with(
        &self,
        path: &Path,
        write: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>,
    ) -> io::Result<()> {
        self.refuse(path)?;
        AtomicFile.write_atomic_with(path, write)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        AtomicFile.append(path, bytes)
    }
}

impl StoreWritesFail {
    #[allow(
        clippy::unused_self,
        reason = "the same shape as the other fault doubles"
    )]
    fn refuse(&self, path: &Path) -> io::Result<()> {
        if path.file_name().is_some_and(|n| n == "store.json") {
            Err(io::Error::from(io::ErrorKind::StorageFull))
        } else {
            Ok(())
        }
    }
}

/// Backups are copies: after a compaction that failed (the disk full), the
/// live log goes on growing, and what grows (damage included) never
/// reaches the backup taken of it.
#[test]
fn a_backup_does_not_change_when_the_live_log_does() {
    use std::os::unix::fs::MetadataExt as _;
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(&tmp.path().join("data"));
    let mut store = dir.load_store().unwrap().unwrap();
    let full = dir.clone().with_sink(Arc::new(StoreWritesFail));
    let mut next = store.clone();
    add(&mut next, "probe-later");
    assert!(full.save_store(&mut next).is_err(), "the compaction fails");
    let backup = dir.backups().unwrap()[0].path.clone();
    let kept = std::fs::read(changes::path_for(&backup)).unwrap();
    assert!(!kept.is_empty());
    append(&dir, &mut store, "probe-after-the-failure");
    let mut log = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.changes_path())
        .unwrap();
    io::Write::write_all(&mut log, b"%% damage %%\n").unwrap();
    assert_eq!(std::fs::read(changes::path_for(&backup)).unwrap(), kept);
    for b in dir.backups().unwrap() {
        assert_eq!(std::fs::metadata(&b.path).unwrap().nlink(), 1, "{}", b.name);
        let log = changes::path_for(&b.path);
        if let Ok(meta) = std::fs::metadata(&log) {
            assert_eq!(meta.nlink(), 1, "{}", log.display());
        }
    }
}

/// A partner who left is not brought back, nor their words, from a copy
/// of an older journal that still holds them.
#[test]
fn a_partner_who_left_is_not_brought_back_from_an_older_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(&tmp.path().join("data"));
    let mut store = dir.load_store().unwrap().unwrap();
    let sam = store.add_partner("Sam", Role::Repairing, now());
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author: sam,
        kind: EntryKind::Free { strategy: None },
        heading: "Sam's".into(),
        body: Body::Text("sam-private-words".into()),
        visibility: Visibility::Private,
        created: now(),
        updated: now(),
    });
    dir.save_store(&mut store).unwrap();
    std::fs::copy(dir.store_path(), dir.root().join("store.json.old")).unwrap();
    // Sam leaves: gone from the journal and (as leaving does) its backups.
    store.partners.retain(|p| p.id != sam);
    store.entries.retain(|e| e.author != sam);
    dir.save_store(&mut store).unwrap();
    for b in dir.backups().unwrap() {
        let _ = std::fs::remove_file(changes::path_for(&b.path));
        std::fs::remove_file(&b.path).unwrap();
    }
    let out = run_cli(dir.root(), &["doctor", "--recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = dir.load_store().unwrap().unwrap();
    assert!(after.partner(sam).is_none(), "Sam came back");
    assert!(!words_in(&after).contains("sam-private-words"));
    assert!(
        said(&out).contains("not in this workbook"),
        "{}",
        stdout(&out)
    );
}
