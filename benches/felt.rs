//! Issue 29: every wait a person feels, measured on the real binary in an
//! 80x24 pseudo-terminal (or, for commands, from start to exit), at 10,000
//! and 100,000 entries (a million with `TRUSTMEND_FELT_MILLION=1`: minutes
//! and gigabytes), three runs each, with the peak memory of the process
//! beside the figures it belongs to, and the budget beside each figure:
//!
//! - every wait a person feels under 50 ms at 100,000 entries, a key in
//!   the search box under 16 ms;
//! - memory under twice the journal's size on disk (a protected journal's:
//!   its own file, sealed records and all, as the issue measured its 3.2x;
//!   its ratio to the plain journal of the same entries is printed beside);
//! - anything longer shows progress (commands: on a terminal, see
//!   `src/working.rs`; not measured here, as output goes to files).
//!
//! The journal counts as usable when the journal list (`J`, typed as soon
//! as home is on screen) is drawn: only the whole journal gives it. The
//! search is measured twice a session: the box opened the moment the
//! journal is read (its words may still be folding on their own thread)
//! and again once they surely are. A journal with Sam protected is opened
//! too (start to the journal list, with its peak memory).
//!
//! It prints a table (median, and the lowest and highest of the runs);
//! it asserts nothing. Protecting, unlocking and passing the keyboard
//! belong to the person-sealing issue and are not measured here.
//!
//! Run: `cargo bench --bench felt` (about five minutes on two busy cores).
//! Only the sessions (a key on home and in the journal list, the search
//! box and each letter, Ctrl+S, Ctrl+Q):
//! `TRUSTMEND_FELT_ONLY=session`; only the first frame and its floor (the
//! same bytes written again by `cat`): `start`; only the journal fully
//! usable: `usable`; only the commands (`status`, `doctor`, the exports,
//! `doctor` with backups, `partner remove`): `commands`; only the protected journal's start:
//! `protected`. Other sizes: `TRUSTMEND_FELT_SIZES=100000` (entries,
//! separated by commas); more runs: `TRUSTMEND_FELT_RUNS=10`. For instance,
//! the search rows at 100,000 entries alone, in about a minute:
//! `TRUSTMEND_FELT_ONLY=session TRUSTMEND_FELT_SIZES=100000 cargo bench --bench felt`.
//! Another build of trustmend (a copy of an older one, for a before and
//! after): `TRUSTMEND_BENCH_BIN=/path/to/trustmend`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::{
    OPENING, Pty, bin, data_dir_apart, measured, protected_data_dir_apart, reported_peak,
};

const RUNS: usize = 3;
const MIB: f64 = 1024.0 * 1024.0;
const WAIT: f64 = 50.0;
const KEY: f64 = 16.0;

/// One row of the table: the runs' figures (ms) and peak memory (bytes).
#[derive(Default)]
struct Figures {
    ms: Vec<f64>,
    peak: Vec<u64>,
}

/// The file a row's memory is measured against: the one it reads.
#[derive(Clone, Copy, PartialEq)]
enum Against {
    /// The plain journal.
    Plain,
    /// The journal with Sam protected (sealed records are larger).
    Sealed,
}

impl Figures {
    /// `runs` runs of `one`, each giving its time and peak memory.
    fn of_runs(runs: usize, mut one: impl FnMut() -> (Duration, u64)) -> Figures {
        let mut f = Figures::default();
        for _ in 0..runs {
            let (took, peak) = one();
            f.time(took);
            f.peak.push(peak);
        }
        f
    }

    fn time(&mut self, d: Duration) {
        self.ms.push(d.as_secs_f64() * 1000.0);
    }

    fn cell(&self) -> String {
        let mut ms = self.ms.clone();
        ms.sort_by(f64::total_cmp);
        match ms.as_slice() {
            [] => "-".into(),
            [one] => format!("{one:.1} ms"),
            all => format!(
                "{:.1} ms ({:.1}–{:.1})",
                all[all.len() / 2],
                all[0],
                all[all.len() - 1]
            ),
        }
    }

    fn median(&self) -> f64 {
        let mut ms = self.ms.clone();
        ms.sort_by(f64::total_cmp);
        ms.get(ms.len() / 2).copied().unwrap_or(0.0)
    }

    fn peak(&self) -> Option<u64> {
        let mut p = self.peak.clone();
        p.sort_unstable();
        p.get(p.len() / 2).copied()
    }
}

/// Every file of `from` copied into a new folder, with new times.
fn copied(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    to
}

/// A copy of the data folder at `from` with two backups in `backups/`,
/// each the journal with one entry more (one the journal has since lost,
/// as deleting an entry leaves it in the backups taken before).
fn backed_up(from: &Path) -> tempfile::TempDir {
    let to = copied(from);
    let dir = trustmend::store::DataDir::at(to.path().to_path_buf());
    let mut store = dir.load_store().unwrap().unwrap();
    let alex = store.partners[0].id;
    let at = store.entries.iter().next().unwrap().created;
    store.add_free_entry(
        alex,
        "Deleted since",
        trustmend::model::Visibility::Private,
        at,
    );
    let bytes = trustmend::store::to_json(&store).unwrap();
    let backups = to.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    for name in [
        "store-2026-12-01T10-00-00.000.json",
        "store-2026-12-02T10-00-00.000.json",
    ] {
        std::fs::write(backups.join(name), &bytes).unwrap();
    }
    to
}

fn screen_start(data: &Path, seen: impl Fn(&str) -> bool) -> Duration {
    let (mut pty, started) = Pty::start(data, &["--profile", "Alex"]);
    let at = pty.until(seen);
    pty.kill();
    at - started
}

/// The floor under the first frame: the bytes one run wrote until home
/// was on screen, written again by `cat` in the same pseudo-terminal (a
/// process that starts, writes them and does nothing else), until the
/// same is seen. Returns the floor of one such replay.
fn replayed_first_frame(data: &Path, bytes: &Path) -> Duration {
    let (mut pty, _) = Pty::start(data, &["--profile", "Alex"]);
    let mut written = Vec::new();
    pty.until_recorded(|t| t.contains("Suggested next"), &mut written);
    pty.kill();
    std::fs::write(bytes, &written).unwrap();
    let (mut pty, started) = Pty::replay(bytes);
    let at = pty.until(|t| t.contains("Suggested next"));
    pty.wait();
    at - started
}

/// The search box and each letter typed in it.
struct Search {
    open: Figures,
    letters: Vec<(String, Figures)>,
}

impl Search {
    fn new() -> Search {
        Search {
            open: Figures::default(),
            letters: ["w", "a", "l", "k"]
                .map(|l| (l.to_string(), Figures::default()))
                .into(),
        }
    }

    /// `/`, then `walk` a letter at a time, each until its results are drawn.
    fn measure(&mut self, pty: &mut Pty) {
        let asked = Instant::now();
        pty.send("/");
        self.open
            .time(pty.until(|t| t.contains("Search: ")) - asked);
        let mut typed = String::new();
        for (letter, figures) in &mut self.letters {
            typed.push_str(letter);
            let want = format!("Search: {typed}");
            let asked = Instant::now();
            pty.send(letter);
            // Its results drawn (or, with none folded yet, that it is
            // still looking: the words are folded on their own thread).
            let answered = |t: &str| {
                t.contains(&want) && (t.contains(" found") || t.contains("still looking"))
            };
            figures.time(pty.until(answered) - asked);
        }
        pty.send("\x1b");
        pty.until(|t| !t.contains("Search: "));
    }
}

/// The waits of one session: open the journal, search, save, quick exit.
struct Session {
    /// `↓` on home, the moment the journal is read (its words are being
    /// folded on their own thread, and every part folded is a frame), to
    /// the selection drawn one row down.
    home_key: Figures,
    /// `G` in the journal list, the moment it is drawn, to the selection
    /// drawn on the last (oldest) row.
    list_key: Figures,
    /// The box opened the moment the journal list is drawn (the words may
    /// still be folding on their own thread).
    early: Search,
    /// The box opened again once the folding is surely done.
    settled: Search,
    saved: Figures,
    quick_exit: Figures,
}

/// Long enough for the journal's words to be folded on their own thread
/// (a few hundred milliseconds at 100,000 entries on the 2-core VM):
/// generous, as nothing on screen says when it is done.
fn folding_time(entries: usize) -> Duration {
    Duration::from_secs(2) + Duration::from_micros(20 * entries as u64)
}

/// `key` sent, until the row shown as chosen (marked `›`) is another;
/// then `back`, until it is the first again. Returns the first wait.
fn moves_choice(pty: &mut Pty, key: &str, back: &str) -> Duration {
    let chosen = |t: &str| t.lines().find(|l| l.contains('›')).map(str::to_string);
    let was = chosen(&pty.screen());
    let asked = Instant::now();
    pty.send(key);
    let moved = pty.until(|t| chosen(t).is_some() && chosen(t) != was) - asked;
    pty.send(back);
    pty.until(|t| chosen(t) == was);
    moved
}

fn session(data: &Path, report: &Path, s: &mut Session, entries: usize) -> u64 {
    let _ = std::fs::remove_file(data.join("session.json"));
    let mut pty = Pty::start_measured(data, &["--profile", "Alex"], report);
    pty.until(|t| t.contains("Suggested next") && !t.contains(OPENING));
    s.home_key.time(moves_choice(&mut pty, "\x1b[B", "\x1b[A"));
    pty.send("J");
    pty.until(|t| t.contains("trustmend · Journal"));
    s.list_key.time(moves_choice(&mut pty, "G", "g"));
    s.early.measure(&mut pty);
    std::thread::sleep(folding_time(entries));
    s.settled.measure(&mut pty);
    // The newest entry, edited and saved.
    pty.send("e");
    pty.until(|t| t.contains("Ctrl+S"));
    pty.send(" Felt.");
    pty.until(|t| t.contains("Felt."));
    let asked = Instant::now();
    pty.send("\x13");
    s.saved.time(pty.until(|t| t.contains("Saved.")) - asked);
    let asked = Instant::now();
    pty.send("\x11");
    s.quick_exit
        .time(pty.until(|t| t.trim().is_empty()) - asked);
    pty.wait();
    reported_peak(report).0
}

/// From start to the journal list drawn, `J` typed as soon as home is on
/// screen: the list needs the whole journal (keys typed while it is read
/// are kept and carried out once it is), so this is when it is usable.
fn journal_usable(data: &Path) -> Duration {
    let _ = std::fs::remove_file(data.join("session.json"));
    let (mut pty, started) = Pty::start(data, &["--profile", "Alex"]);
    pty.until(|t| t.contains("Suggested next"));
    pty.send("J");
    let at = pty.until(|t| t.contains("trustmend · Journal"));
    pty.kill();
    at - started
}

/// A journal in which Sam is protected, opened by Alex: from start to the
/// journal list (`J` typed at the first frame), then the quick exit; the
/// peak memory of the session.
fn protected_start(data: &Path, report: &Path) -> (Duration, u64) {
    let _ = std::fs::remove_file(data.join("session.json"));
    let started = Instant::now();
    let mut pty = Pty::start_measured(data, &["--profile", "Alex"], report);
    pty.until(|t| t.contains("Suggested next"));
    pty.send("J");
    let at = pty.until(|t| t.contains("trustmend · Journal"));
    pty.send("\x11");
    pty.wait();
    (at - started, reported_peak(report).0)
}

/// `trustmend --profile Alex ARGS` from start to exit, and its peak memory.
fn command(data: &Path, report: &Path, args: &[&str]) -> (Duration, u64) {
    let all = [&["--profile", "Alex"][..], args].concat();
    let started = Instant::now();
    let status = measured(report, &bin(), &all)
        .env("TRUSTMEND_DATA_DIR", data)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let took = started.elapsed();
    assert!(status.success(), "trustmend {all:?} failed");
    (took, reported_peak(report).0)
}

fn main() {
    if support::helper() || std::env::args().any(|a| a == "--list") {
        return;
    }
    let mut sizes: Vec<usize> = match std::env::var("TRUSTMEND_FELT_SIZES") {
        Ok(list) => list
            .split(',')
            .map(|n| {
                n.trim()
                    .parse()
                    .expect("TRUSTMEND_FELT_SIZES: entries, e.g. 100000")
            })
            .collect(),
        Err(_) => vec![10_000, 100_000],
    };
    // Which parts run: all of them, or one (`session`, `start`: the first
    // frame and its floor, `usable`: the journal fully usable, `commands`,
    // `protected`: the protected journal's start).
    const PARTS: [&str; 5] = ["session", "start", "usable", "commands", "protected"];
    let only = std::env::var("TRUSTMEND_FELT_ONLY").ok();
    if let Some(other) = only.as_deref().filter(|o| !PARTS.contains(o)) {
        panic!("TRUSTMEND_FELT_ONLY={other:?}: one of {PARTS:?}");
    }
    let part = |name: &str| only.as_deref().is_none_or(|o| o == name);
    // Runs of each figure (the first frame moves by milliseconds between
    // runs on a busy machine: `TRUSTMEND_FELT_RUNS=10`).
    let runs: usize = std::env::var("TRUSTMEND_FELT_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(RUNS);
    if std::env::var_os("TRUSTMEND_FELT_MILLION").is_some() {
        sizes.push(1_000_000);
    }
    let scratch = tempfile::tempdir().unwrap();
    let report = scratch.path().join("peak");
    // (wait, budget in ms or None for memory only) → one column per size.
    type Rows = Vec<(String, f64, Against, Vec<Figures>)>;
    let mut rows: Rows = Vec::new();
    let mut disk = Vec::new();
    let mut sealed = Vec::new();
    let row_against =
        |rows: &mut Rows, name: &str, budget: f64, against: Against, f: Figures| match rows
            .iter_mut()
            .find(|r| r.0 == name)
        {
            Some(r) => r.3.push(f),
            None => rows.push((name.to_string(), budget, against, vec![f])),
        };
    let row = |rows: &mut Rows, name: &str, budget: f64, f: Figures| {
        row_against(rows, name, budget, Against::Plain, f);
    };
    for &n in &sizes {
        eprintln!("felt: {n} entries…");
        let (tmp, bytes) = data_dir_apart(n);
        disk.push(bytes);
        let data = tmp.path();
        if part("start") {
            let mut f = Figures::default();
            for _ in 0..runs {
                f.time(screen_start(data, |t| t.contains("Suggested next")));
            }
            row(&mut rows, "first frame", WAIT, f);
            let mut f = Figures::default();
            let bytes = scratch.path().join("first-frame");
            for _ in 0..runs {
                f.time(replayed_first_frame(data, &bytes));
            }
            row(
                &mut rows,
                "the floor: the first frame's bytes written again by `cat`",
                WAIT,
                f,
            );
            let copy = copied(data);
            let mut f = Figures::default();
            for _ in 0..runs {
                f.time(screen_start(copy.path(), |t| t.contains("Suggested next")));
            }
            row(
                &mut rows,
                "first frame, folder copied without its times",
                WAIT,
                f,
            );
            drop(copy);
        }
        if part("usable") {
            let mut f = Figures::default();
            for _ in 0..runs {
                f.time(journal_usable(data));
            }
            row(
                &mut rows,
                "journal read, fully usable (`J` at the first frame, to the list)",
                WAIT,
                f,
            );
        }

        if part("session") {
            let mut s = Session {
                home_key: Figures::default(),
                list_key: Figures::default(),
                early: Search::new(),
                settled: Search::new(),
                saved: Figures::default(),
                quick_exit: Figures::default(),
            };
            let mut peaks = Vec::new();
            for _ in 0..runs {
                peaks.push(session(data, &report, &mut s, n));
            }
            row(
                &mut rows,
                "a key on home (`↓`), the moment the journal is read",
                KEY,
                s.home_key,
            );
            row(
                &mut rows,
                "a key in the journal list (`G`, to the oldest entry), the moment it is drawn",
                KEY,
                s.list_key,
            );
            for (when, mut search) in [
                ("the moment the journal is read", s.early),
                ("once the words are folded", s.settled),
            ] {
                let name = format!("`/`: the search box open, {when}");
                if when.starts_with("once") {
                    search.open.peak.clone_from(&peaks);
                    row(
                        &mut rows,
                        &format!("{name} (session peak)"),
                        WAIT,
                        search.open,
                    );
                } else {
                    row(&mut rows, &name, WAIT, search.open);
                }
                let mut typed = String::new();
                for (letter, f) in search.letters {
                    typed.push_str(&letter);
                    row(
                        &mut rows,
                        &format!("a key in search, {when}: `{typed}`"),
                        KEY,
                        f,
                    );
                }
            }
            row(&mut rows, "Ctrl+S to \"Saved.\"", WAIT, s.saved);
            row(&mut rows, "Ctrl+Q to a blank screen", WAIT, s.quick_exit);
        }
        if part("commands") {
            let out = scratch.path().join("export");
            for (name, args) in [
                ("`status`", vec!["status"]),
                ("`doctor`", vec!["doctor"]),
                (
                    "`export --format markdown`",
                    vec!["export", "--format", "markdown", "--force", "-o"],
                ),
                (
                    "`export --format json`",
                    vec!["export", "--format", "json", "--force", "-o"],
                ),
                (
                    "`export --format html`",
                    vec!["export", "--format", "html", "--force", "-o"],
                ),
            ] {
                let f = Figures::of_runs(runs, || {
                    let mut args = args.clone();
                    if args.last() == Some(&"-o") {
                        args.push(out.to_str().unwrap());
                    }
                    command(data, &report, &args)
                });
                row(&mut rows, name, WAIT, f);
            }
            // `status` where the summary cannot answer (none, or stale: a
            // folder restored without it, a journal changed by another
            // program), so it reads the journal whole.
            // A copy of the folder without its summary, each run its own.
            let without_summary = || {
                let copy = copied(data);
                let _ = std::fs::remove_file(copy.path().join("summary.json"));
                copy
            };
            let f = Figures::of_runs(runs, || {
                command(without_summary().path(), &report, &["status"])
            });
            row(
                &mut rows,
                "`status`, with no summary to answer from",
                WAIT,
                f,
            );
            // The `status` after that one: nobody else had the folder, so
            // the first wrote the summary again, and this one answers from it.
            let f = Figures::of_runs(runs, || {
                let copy = without_summary();
                let _ = command(copy.path(), &report, &["status"]);
                command(copy.path(), &report, &["status"])
            });
            row(
                &mut rows,
                "`status` the next time, after one with no summary",
                WAIT,
                f,
            );
            // `doctor` in a folder that has been used: backups, each holding
            // an entry deleted since. Two here: the pruning keeps several
            // within 64 MB (at 10,000 entries, four) and always the newest
            // (at 100,000 entries, that one alone), so at 100,000 this is
            // twice what a folder holds, to show the cost of each.
            let with_backups = backed_up(data);
            let f = Figures::of_runs(runs, || command(with_backups.path(), &report, &["doctor"]));
            row(
                &mut rows,
                "`doctor`, two backups holding an entry deleted since",
                WAIT,
                f,
            );
            // Everything those backups hold merged back into the journal
            // (the entry deleted since comes back), in a fresh copy each time.
            let f = Figures::of_runs(runs, || {
                command(backed_up(data).path(), &report, &["doctor", "--recover"])
            });
            row(
                &mut rows,
                "`doctor --recover`, two backups holding an entry deleted since",
                WAIT,
                f,
            );
            let f = Figures::of_runs(runs, || {
                command(
                    copied(data).path(),
                    &report,
                    &["partner", "remove", "Sam", "--yes"],
                )
            });
            row(&mut rows, "`partner remove Sam --yes`", WAIT, f);
        }
        if part("protected") {
            // A protected journal at start (the 3.2x at 100,000).
            let (protected, sealed_bytes) = protected_data_dir_apart(n);
            sealed.push(sealed_bytes);
            // Its memory measured against its own (sealed) file.
            let f = Figures::of_runs(runs, || protected_start(protected.path(), &report));
            row_against(
                &mut rows,
                "a journal with Sam protected: start to the journal list (session peak)",
                WAIT,
                Against::Sealed,
                f,
            );
            // `doctor` there, with backups: each looked at against the
            // journal and its plain records of Sam's counted.
            let with_backups = backed_up(protected.path());
            let f = Figures::of_runs(runs, || command(with_backups.path(), &report, &["doctor"]));
            row_against(
                &mut rows,
                "`doctor`, Sam protected, two backups holding an entry deleted since",
                WAIT,
                Against::Sealed,
                f,
            );
        }
    }

    let head: Vec<String> = sizes.iter().map(|n| format!("{n} entries")).collect();
    println!("| wait | {} | budget at 100,000 |", head.join(" | "));
    println!("| --- |{} --- |", " ---: |".repeat(sizes.len()));
    for (name, budget, against, cols) in &rows {
        // What the row's memory is measured against: the file it reads.
        let protected = *against == Against::Sealed;
        let files = if protected { &sealed } else { &disk };
        let cells: Vec<String> = cols
            .iter()
            .zip(files.iter().zip(&disk))
            .map(|(f, (&bytes, &plain))| match f.peak() {
                Some(p) if protected => format!(
                    "{}, {:.0} MiB ({:.2}x its file; {:.1}x the plain journal)",
                    f.cell(),
                    p as f64 / MIB,
                    p as f64 / bytes as f64,
                    p as f64 / plain as f64
                ),
                Some(p) => format!(
                    "{}, {:.0} MiB ({:.2}x)",
                    f.cell(),
                    p as f64 / MIB,
                    p as f64 / bytes as f64
                ),
                None => f.cell(),
            })
            .collect();
        let at_100k = sizes
            .iter()
            .position(|&n| n == 100_000)
            .and_then(|i| cols.get(i));
        let verdict = match at_100k {
            Some(f) if f.median() < *budget => format!("< {budget} ms ✓"),
            Some(_) => format!("< {budget} ms **over**"),
            None => String::new(),
        };
        let memory = at_100k
            .and_then(Figures::peak)
            .zip(sizes.iter().position(|&n| n == 100_000).and_then(|i| {
                if protected {
                    sealed.get(i)
                } else {
                    disk.get(i)
                }
            }))
            .map_or("", |(p, &d)| {
                if p < 2 * d {
                    "; memory < 2x ✓"
                } else {
                    "; memory < 2x **over**"
                }
            });
        println!("| {name} | {} | {verdict}{memory} |", cells.join(" | "));
    }
    let sizes_on_disk: Vec<String> = disk
        .iter()
        .map(|b| format!("{:.1} MiB", *b as f64 / MIB))
        .collect();
    let sealed_on_disk: Vec<String> = sealed
        .iter()
        .map(|b| format!("{:.1} MiB", *b as f64 / MIB))
        .collect();
    let protected = if sealed_on_disk.is_empty() {
        String::new()
    } else {
        format!(
            " (with Sam protected: {}; its memory is given against it, and against the first)",
            sealed_on_disk.join(", ")
        )
    };
    println!(
        "\n`store.json` on disk: {}{protected}. Median of {runs} runs (lowest–highest).",
        sizes_on_disk.join(", "),
    );
}
