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

#[path = "support/mod.rs"]
mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group};
use support::{BIN, OPENING, Pty, SIZES, data_dir_apart, written_yesterday};

/// Runs `start` `iters` times and adds up what each returns.
fn total(iters: u64, mut once: impl FnMut() -> Duration) -> Duration {
    (0..iters).map(|_| once()).sum()
}

fn bench_first_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("binary: start to first frame");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("empty store", |b| {
        b.iter_custom(|iters| {
            total(iters, || {
                let tmp = tempfile::tempdir().unwrap();
                let (mut pty, started) = Pty::start(tmp.path(), &[]);
                // The welcome screen's first step.
                let drawn = pty.until(|s| s.contains("Step 1 of 4"));
                pty.kill();
                drawn - started
            })
        })
    });
    for n in SIZES {
        let (tmp, _) = data_dir_apart(n);
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_custom(|iters| {
                total(iters, || {
                    let (mut pty, started) = Pty::start(tmp.path(), &["--profile", "Alex"]);
                    let drawn = pty.until(|s| s.contains("Suggested next"));
                    pty.kill();
                    drawn - started
                })
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("binary: start to the journal read");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for n in SIZES {
        let (tmp, _) = data_dir_apart(n);
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_custom(|iters| {
                total(iters, || {
                    let (mut pty, started) = Pty::start(tmp.path(), &["--profile", "Alex"]);
                    let read = pty.until(|s| s.contains("Suggested next") && !s.contains(OPENING));
                    pty.kill();
                    read - started
                })
            })
        });
    }
    g.finish();
}

/// `trustmend ARGS` from start to exit, its output written to a file.
fn command(data: &std::path::Path, args: &[&str]) -> Duration {
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

fn bench_commands(c: &mut Criterion) {
    let mut g = c.benchmark_group("binary: command, start to exit");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for n in SIZES {
        let (tmp, _) = data_dir_apart(n);
        for (name, args) in [
            (
                "export --format markdown",
                &["export", "--format", "markdown"][..],
            ),
            ("export --format html", &["export", "--format", "html"]),
            ("status", &["status"]),
        ] {
            g.bench_with_input(BenchmarkId::new(name, n), &n, |b, _| {
                b.iter_custom(|iters| {
                    total(iters, || {
                        command(tmp.path(), &[&["--profile", "Alex"][..], args].concat())
                    })
                })
            });
        }
    }
    g.finish();
}

/// The UI never waits for a save: right after an entry is saved, while the
/// journal is being written whole, a key (`?`, the help) is answered.
fn bench_typing_while_saving(c: &mut Criterion) {
    let mut g = c.benchmark_group("binary: a key answered while the journal is written whole");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for n in [10_000, 100_000] {
        let (tmp, _) = data_dir_apart(n);
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
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
            })
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_first_frame,
    bench_commands,
    bench_typing_while_saving
);
fn main() {
    if support::helper() {
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
