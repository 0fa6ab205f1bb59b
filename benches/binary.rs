//! The budget of issue 7 for the whole program, as a person meets it: from
//! starting `trustmend` in a terminal to its first frame on screen (and to
//! the journal being read behind it), and the `export` and `status`
//! commands from start to exit, at 100, 10,000 and 100,000 entries.
//!
//! The binary is the one `cargo bench` builds (the bench profile); it runs
//! in an 80x24 pseudo-terminal whose output goes through a VT100 parser as
//! soon as it arrives, as a terminal would draw it.
//!
//! The data folders are written by a helper process (see `support`): a
//! large bench process would make every start slower to fork.
//!
//! Run: `cargo bench --bench binary`. Figures: docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use support::{BIN, OPENING, Pty, SIZES, data_dir_apart, written_yesterday};
use tempfile::TempDir;

/// Runs `start` `iters` times and adds up what each returns.
fn total(iters: u64, mut once: impl FnMut() -> Duration) -> Duration {
    (0..iters).map(|_| once()).sum()
}

/// The data folders, one per size in [`SIZES`], written once for every
/// group (the largest takes seconds to write).
type Folders = [(usize, TempDir)];

/// From starting `trustmend ARGS` on `data` until its screen shows `seen`.
fn until_seen(data: &Path, args: &[&str], seen: impl Fn(&str) -> bool) -> Duration {
    let (mut pty, started) = Pty::start(data, args);
    let at = pty.until(seen);
    pty.kill();
    at - started
}

fn bench_first_frame(c: &mut Criterion, folders: &Folders) {
    let mut g = c.benchmark_group("binary: start to first frame");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("empty store", |b| {
        b.iter_custom(|iters| {
            total(iters, || {
                let tmp = tempfile::tempdir().unwrap();
                // The welcome screen's first step.
                until_seen(tmp.path(), &[], |s| s.contains("Step 1 of 4"))
            })
        });
    });
    for (n, tmp) in folders {
        g.bench_with_input(BenchmarkId::from_parameter(n), n, |b, _| {
            b.iter_custom(|iters| {
                total(iters, || {
                    until_seen(tmp.path(), &["--profile", "Alex"], |s| {
                        s.contains("Suggested next")
                    })
                })
            });
        });
    }
    g.finish();

    let mut g = c.benchmark_group("binary: start to the journal read");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (n, tmp) in folders {
        g.bench_with_input(BenchmarkId::from_parameter(n), n, |b, _| {
            b.iter_custom(|iters| {
                total(iters, || {
                    until_seen(tmp.path(), &["--profile", "Alex"], |s| {
                        s.contains("Suggested next") && !s.contains(OPENING)
                    })
                })
            });
        });
    }
    g.finish();
}

/// `trustmend ARGS` from start to exit, its output written to a file.
fn command(data: &Path, args: &[&str]) -> Duration {
    let out = tempfile::NamedTempFile::new().unwrap();
    let started = Instant::now();
    let status = Command::new(BIN)
        .args(args)
        .env("TRUSTMEND_DATA_DIR", data)
        .stdout(Stdio::from(out.reopen().unwrap()))
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let took = started.elapsed();
    assert!(status.success(), "trustmend {args:?} failed");
    took
}

fn bench_commands(c: &mut Criterion, folders: &Folders) {
    let mut g = c.benchmark_group("binary: command, start to exit");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (n, tmp) in folders {
        for (name, args) in [
            (
                "export --format markdown",
                &["export", "--format", "markdown"][..],
            ),
            ("export --format html", &["export", "--format", "html"]),
            ("status", &["status"]),
        ] {
            g.bench_with_input(BenchmarkId::new(name, n), n, |b, _| {
                b.iter_custom(|iters| {
                    total(iters, || {
                        command(tmp.path(), &[&["--profile", "Alex"][..], args].concat())
                    })
                });
            });
        }
    }
    g.finish();
}

/// The UI never waits for a save: right after an entry is saved, while the
/// journal is being written whole, a key (`?`, the help) is answered.
/// It changes the folders it uses, so it comes last.
fn bench_typing_while_saving(c: &mut Criterion, folders: &Folders) {
    let mut g = c.benchmark_group("binary: a key answered while the journal is written whole");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for (n, tmp) in folders.iter().filter(|(n, _)| *n >= 10_000) {
        g.bench_with_input(BenchmarkId::from_parameter(n), n, |b, _| {
            b.iter_custom(|iters| {
                total(iters, || {
                    written_yesterday(tmp.path());
                    let (mut pty, _) = Pty::start(tmp.path(), &["--profile", "Alex"]);
                    pty.edit_newest_and_save(" More.");
                    // The writer is now writing the whole journal.
                    let asked = Instant::now();
                    pty.send("?");
                    let answered = pty.until(|s| s.contains("Keys on this screen"));
                    pty.kill();
                    answered - asked
                })
            });
        });
    }
    g.finish();
}

fn main() {
    if support::helper() {
        return;
    }
    let folders: Vec<(usize, TempDir)> = SIZES.map(|n| (n, data_dir_apart(n).0)).into();
    let mut c = Criterion::default().configure_from_args();
    bench_first_frame(&mut c, &folders);
    bench_commands(&mut c, &folders);
    bench_typing_while_saving(&mut c, &folders);
    c.final_summary();
}
