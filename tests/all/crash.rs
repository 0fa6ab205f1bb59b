//! Kill -9 while saving: a child process saves the store in a loop and the
//! test SIGKILLs it at random moments. After every kill, the store must
//! read and hold the last save the child reported as done, or the one it
//! was in the middle of; never anything older, never a mix. The child is
//! this same test binary, run with `CRASH_CHILD_DIR` set: it writes
//! `store.json` whole each time (each save also keeps a backup; see
//! `child_saves_until_killed`), or saves through the app's own writer,
//! which appends to the change log and now and then writes the store whole
//! (see `child_saves_through_the_writer_until_killed`).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use trustmend::model::{Body, Entry, EntryKind, Role, Store, Visibility};
use trustmend::store::{DataDir, Job, Writer, load_store_file, to_json};

const CYCLES: usize = 200;
const CHILD_ENV: &str = "CRASH_CHILD_DIR";

/// Save number `n`: its `next_id` is `n`, and its size varies with `n` so
/// that kills land in writes of different lengths.
fn state(n: u64) -> Vec<u8> {
    to_json(&store_of(n)).unwrap()
}

/// Save number `n` as a store: one entry rewritten each time, and one more
/// entry every ten saves (so the change log holds edits and additions).
fn store_of(n: u64) -> Store {
    let mut store = Store::default();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:00:00+00:00").unwrap();
    let me = store.add_partner("Alex", Role::Hurt, now);
    let words = format!("save {n}: ") + &"a word kept, ".repeat((n as usize * 37) % 4000);
    store.entries.push(Entry {
        id: 1,
        author: me,
        kind: EntryKind::Free { strategy: None },
        heading: format!("entry of save {n}").into(),
        body: Body::Text(words),
        visibility: Visibility::Private,
        created: now,
        updated: now,
    });
    for later in 1..=n / 10 {
        store.entries.push(Entry {
            id: 1 + later,
            author: me,
            kind: EntryKind::Free { strategy: None },
            heading: format!("added at save {}", later * 10).into(),
            body: Body::Text("more words, ".repeat(later as usize % 50)),
            visibility: Visibility::Private,
            created: now,
            updated: now,
        });
    }
    store.next_id = n;
    store
}

/// Not a test on its own: without `CRASH_CHILD_DIR` it returns at once.
#[test]
fn child_saves_until_killed() {
    let Some(root) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let dir = DataDir::at(root.into());
    let mut n = dir.load_store().unwrap().map_or(0, |s| s.next_id);
    let mut out = std::io::stdout().lock();
    loop {
        n += 1;
        dir.write_store_bytes(&state(n)).unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

/// Not a test on its own either: saves `store_of(n)` for n = 1, 2, … as
/// the app does, through a `Writer` that knows what is on disk.
#[test]
fn child_saves_through_the_writer_until_killed() {
    let Some(root) = std::env::var_os(WRITER_CHILD_ENV) else {
        return;
    };
    let dir = DataDir::at(root.into());
    let on_disk = dir.load_store().unwrap().unwrap_or_default();
    let mut n = on_disk.next_id;
    let writer = Writer::spawn(dir);
    writer.start_from(on_disk);
    let mut out = std::io::stdout().lock();
    loop {
        n += 1;
        writer.submit(n, Job::Snapshot(Box::new(store_of(n))));
        let outcome = loop {
            if let Some(outcome) = writer.poll().pop() {
                break outcome;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        outcome.result.unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

const WRITER_CHILD_ENV: &str = "CRASH_WRITER_CHILD_DIR";

/// A small xorshift, seeded from the clock (printed, to replay a failure).
fn rng(seed: u64) -> impl FnMut(u64) -> u64 {
    let mut x = seed | 1;
    move |below| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % below
    }
}

#[test]
fn kill_9_at_random_moments_never_loses_a_completed_save() {
    kill_cycles("child_saves_until_killed", CHILD_ENV, check);
}

#[test]
fn kill_9_while_appending_to_the_change_log_never_loses_a_completed_save() {
    kill_cycles(
        "child_saves_through_the_writer_until_killed",
        WRITER_CHILD_ENV,
        check_with_log,
    );
}

/// Runs the child `child` (a test of this file, told where to save by the
/// variable `env`) and kills it at a random moment, `CYCLES` times,
/// checking the folder after each kill with `check`.
fn kill_cycles(child: &str, env: &str, check: fn(&DataDir, u64, usize, u64)) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("crash test seed {seed}");
    let mut random = rng(seed);
    let me = std::env::current_exe().unwrap();
    let mut kills_mid_run = 0;
    let started = Instant::now();
    for cycle in 0..CYCLES {
        let before = dir.load_store().unwrap().map_or(0, |s| s.next_id);
        let mut child = Command::new(&me)
            // Its name in the one test binary is under this file's module.
            .args([
                "--exact",
                &format!("crash::{child}"),
                "--nocapture",
                "--test-threads=1",
            ])
            .env(env, dir.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let acked = Arc::new(AtomicU64::new(before));
        let reader = {
            let acked = Arc::clone(&acked);
            let stdout = child.stdout.take().unwrap();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    // The first one follows libtest's "test NAME ... " on the same line.
                    let ack = line.rsplit_once("saved ").map(|(_, n)| n);
                    if let Some(n) = ack.and_then(|n| n.parse().ok()) {
                        acked.store(n, Ordering::SeqCst);
                    }
                }
            })
        };
        // Three runs in four are killed only after their first save (so a
        // busy machine's slow start cannot make every kill land before any
        // save); the fourth may die while starting.
        if cycle % 4 != 3 {
            let deadline = Instant::now() + Duration::from_secs(5);
            while acked.load(Ordering::SeqCst) == before && Instant::now() < deadline {
                std::thread::sleep(Duration::from_micros(200));
            }
        }
        std::thread::sleep(Duration::from_micros(2_000 + random(40_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        let acked = acked.load(Ordering::SeqCst);
        kills_mid_run += usize::from(acked > before);
        check(&dir, acked, cycle, seed);
    }
    eprintln!(
        "{CYCLES} kill -9 cycles in {:?}; {kills_mid_run} landed after at least one save of that run; 0 lost or corrupted",
        started.elapsed()
    );
    assert!(
        kills_mid_run > CYCLES / 2,
        "the child barely saved: {kills_mid_run}"
    );
}

/// The store holds save `acked` or `acked + 1`, byte for byte; every backup
/// parses too.
fn check(dir: &DataDir, acked: u64, cycle: usize, seed: u64) {
    let bytes = std::fs::read(dir.store_path()).unwrap_or_default();
    let held = if acked == 0 && bytes.is_empty() {
        return;
    } else {
        dir.load_store()
            .unwrap_or_else(|e| panic!("cycle {cycle} (seed {seed}): {e}"))
            .unwrap()
            .next_id
    };
    assert!(
        held == acked || held == acked + 1,
        "cycle {cycle} (seed {seed}): store holds save {held}, last completed was {acked}"
    );
    assert_eq!(bytes, state(held), "cycle {cycle}: not exactly save {held}");
    for backup in dir.backups().unwrap() {
        load_store_file(&backup.path)
            .unwrap_or_else(|e| panic!("cycle {cycle}: backup {}: {e}", backup.name));
    }
    assert_no_half_files(dir.root());
}

/// The store (snapshot and change log) holds save `acked` or `acked + 1`
/// exactly; every backup reads too.
fn check_with_log(dir: &DataDir, acked: u64, cycle: usize, seed: u64) {
    let Some(held) = dir
        .load_store()
        .unwrap_or_else(|e| panic!("cycle {cycle} (seed {seed}): {e}"))
    else {
        assert_eq!(acked, 0, "cycle {cycle}: no store after save {acked}");
        return;
    };
    let n = held.next_id;
    assert!(
        n == acked || n == acked + 1,
        "cycle {cycle} (seed {seed}): store holds save {n}, last completed was {acked}"
    );
    let expected = store_of(n);
    assert_eq!(
        held.entries, expected.entries,
        "cycle {cycle}: not exactly save {n}"
    );
    assert_eq!(held.partners, expected.partners, "cycle {cycle}");
    for backup in dir.backups().unwrap() {
        load_store_file(&backup.path)
            .unwrap_or_else(|e| panic!("cycle {cycle}: backup {}: {e}", backup.name));
    }
    assert_no_half_files(dir.root());
}

/// Nothing but our files: a temporary file left by a kill is allowed (the
/// next start removes it) but must never be mistaken for the store.
fn assert_no_half_files(root: &Path) {
    for entry in std::fs::read_dir(root).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            [
                "store.json",
                "store.changes.jsonl",
                "summary.json",
                "backups"
            ]
            .contains(&name.as_str())
                || trustmend::store::leftovers::is_leftover(&name),
            "unexpected file {name}"
        );
    }
}
