//! Peak memory of the real binary (its largest resident set, from the
//! kernel) against the budget of issue 7: under three times the journal's
//! size on disk plus 10 MiB. For each size it measures
//!
//! - `export --format markdown` of the whole journal;
//! - a session in the workbook: open it, wait for the journal to be read,
//!   edit an entry, save it (a line appended to the change log), quit;
//! - the same on the first save of a day, when the journal is written whole
//!   (and the copy it replaces kept as a backup).
//!
//! Each run goes through a small helper (see `support`), so the figure is
//! the binary's own peak, not this bench's memory counted in; the helper's
//! own peak, the floor under every figure, is printed too.
//!
//! Run: `cargo bench --bench memory`. It prints a table (median of three
//! runs); it asserts nothing: a figure over budget is reported as such.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::process::Stdio;

use support::{BIN, Pty, SIZES, data_dir_apart, measured, reported_peak, written_yesterday};

const RUNS: usize = 3;
const MIB: f64 = 1024.0 * 1024.0;

/// Peak memory of `export --format markdown`, and the floor under it.
fn export(data: &Path, report: &Path) -> (u64, u64) {
    let status = measured(
        report,
        BIN,
        &["--profile", "Alex", "export", "--format", "markdown"],
    )
    .env("TRUSTMEND_DATA_DIR", data)
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .status()
    .unwrap();
    assert!(status.success(), "export failed");
    reported_peak(report)
}

/// Open, read the journal, edit the newest entry, save, quit.
fn session(data: &Path, report: &Path) -> (u64, u64) {
    // Start from home each time, not from where the last run left off.
    let _ = std::fs::remove_file(data.join("session.json"));
    let mut pty = Pty::start_measured(data, &["--profile", "Alex"], report);
    pty.edit_newest_and_save(" One more line.");
    pty.send("\x03");
    pty.wait();
    reported_peak(report)
}

/// The median of the peaks, and the highest floor under them.
fn median(runs: Vec<(u64, u64)>) -> (u64, u64) {
    let floor = runs.iter().map(|r| r.1).max().unwrap_or(0);
    let mut peaks: Vec<u64> = runs.into_iter().map(|r| r.0).collect();
    peaks.sort_unstable();
    (peaks[peaks.len() / 2], floor)
}

fn main() {
    if support::helper() || std::env::args().any(|a| a == "--list") {
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let report = scratch.path().join("peak");
    let mut floor = 0;
    println!(
        "{:>8} {:>9} {:>9} | {:>10} {:>10} {:>10} | verdict",
        "entries", "on disk", "budget", "export", "session", "rewrite"
    );
    for n in SIZES {
        let (tmp, bytes) = data_dir_apart(n);
        let budget = 3 * bytes + 10 * 1024 * 1024;
        let (exports, f1) = median((0..RUNS).map(|_| export(tmp.path(), &report)).collect());
        let (sessions, f2) = median((0..RUNS).map(|_| session(tmp.path(), &report)).collect());
        let (rewrites, f3) = median(
            (0..RUNS)
                .map(|_| {
                    written_yesterday(tmp.path());
                    session(tmp.path(), &report)
                })
                .collect(),
        );
        floor = floor.max(f1).max(f2).max(f3);
        let worst = exports.max(sessions).max(rewrites);
        println!(
            "{:>8} {:>6.1}MiB {:>6.1}MiB | {:>7.1}MiB {:>7.1}MiB {:>7.1}MiB | {}",
            n,
            bytes as f64 / MIB,
            budget as f64 / MIB,
            exports as f64 / MIB,
            sessions as f64 / MIB,
            rewrites as f64 / MIB,
            if worst <= budget {
                "within budget".to_string()
            } else {
                format!("OVER by {:.1} MiB", (worst - budget) as f64 / MIB)
            }
        );
    }
    println!(
        "(each figure is at least the measuring helper's own peak, {:.1} MiB)",
        floor as f64 / MIB
    );
}
