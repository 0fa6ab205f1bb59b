//! Issue 16's budget for finding an entry again: a key typed in the
//! journal's search box to the next frame drawn, at 10,000 and 100,000
//! entries (target: under 16 ms at 100,000), through `Workbook::update`
//! and `ui::draw` as the event loop runs them.
//!
//! Run: `cargo bench --bench search` (one case: `cargo bench --bench
//! search -- "second letter"`). Figures: docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::DateTime;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::{content, journal};
use trustmend::keymap::Action;
use trustmend::model::Timestamp;
use trustmend::workbook::{Msg, Session, Workbook};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2037-10-01T09:00:00+01:00").unwrap_or_default()
}

fn key(code: KeyCode) -> Msg {
    Msg::Input(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(wb: &mut Workbook, text: &str) {
    for c in text.chars() {
        wb.update(key(KeyCode::Char(c)), now());
    }
}

/// Alex's journal open at 80x24, the search box open with `before` typed.
fn searching(n: usize, before: &str) -> Workbook {
    let mut wb = Workbook::new(
        Arc::new(content()),
        journal(n),
        Session::default(),
        Some("Alex"),
    );
    wb.update(Msg::Resize(80, 24), now());
    // As the app does once the journal is read: its words folded off the
    // UI thread, kept for the session.
    let folded = wb.fold_job().run();
    wb.update(folded, now());
    wb.update(Msg::Action(Action::OpenJournal), now());
    wb.update(Msg::Action(Action::Search), now());
    typed(&mut wb, before);
    wb
}

/// As [`searching`], but opened while the words are still being folded on
/// their own thread: only the first half of the parts has arrived.
fn searching_half_folded(n: usize, before: &str) -> Workbook {
    let mut wb = Workbook::new(
        Arc::new(content()),
        journal(n),
        Session::default(),
        Some("Alex"),
    );
    wb.update(Msg::Resize(80, 24), now());
    let mut parts = Vec::new();
    wb.fold_job()
        .parts(trustmend::workbook::PART, &mut |msg| parts.push(msg));
    let half = parts.len() / 2;
    for part in parts.into_iter().take(half) {
        wb.update(part, now());
    }
    wb.update(Msg::Action(Action::OpenJournal), now());
    wb.update(Msg::Action(Action::Search), now());
    typed(&mut wb, before);
    wb
}

fn draw(term: &mut Terminal<TestBackend>, wb: &Workbook) {
    term.draw(|f| trustmend::ui::draw(f, wb))
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Times `letter` typed after `before` and the frame after it; between
/// two timings, Backspace (not timed) takes the letter away again.
fn keystroke(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    n: usize,
    before: &str,
    letter: char,
) {
    keystroke_on(g, name, n, searching(n, before), letter);
}

/// [`keystroke`] on a workbook already searching.
fn keystroke_on(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    n: usize,
    mut wb: Workbook,
    letter: char,
) {
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    draw(&mut term, &wb);
    g.bench_with_input(BenchmarkId::new(name, n), &n, |b, _| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                wb.update(key(KeyCode::Char(letter)), now());
                draw(&mut term, &wb);
                spent += start.elapsed();
                wb.update(key(KeyCode::Backspace), now());
                draw(&mut term, &wb);
            }
            spent
        });
    });
    g.bench_with_input(
        BenchmarkId::new(format!("{name}, then Backspace"), n),
        &n,
        |b, _| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    wb.update(key(KeyCode::Char(letter)), now());
                    draw(&mut term, &wb);
                    let start = Instant::now();
                    wb.update(key(KeyCode::Backspace), now());
                    draw(&mut term, &wb);
                    spent += start.elapsed();
                }
                spent
            });
        },
    );
}

fn bench_search(c: &mut Criterion) {
    let mut g = c.benchmark_group("search");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for n in [10_000, 100_000] {
        // The first letter: every readable entry is looked through.
        keystroke(&mut g, "first letter (found in most)", n, "", 'w');
        // A letter found nowhere: every word of every entry is read.
        keystroke(&mut g, "first letter (found nowhere)", n, "", 'z');
        // A fourth letter: only the last results are looked through.
        keystroke(&mut g, "fourth letter", n, "wal", 'k');
        keystroke(&mut g, "a second word", n, "walk ", 'h');
        // The second letter: among the first letter's results (most entries).
        keystroke(&mut g, "second letter", n, "w", 'a');
        // The third (`wa` → `wal`): "wa" is first in a word that does not
        // go on with "l" in most entries, so each is read on from there.
        keystroke(&mut g, "third letter", n, "wa", 'l');
        // Issue 29: the box opened while the words are still being folded
        // (half of them in): the search looks only among what is folded.
        keystroke_on(
            &mut g,
            "first letter, half the words folded",
            n,
            searching_half_folded(n, ""),
            'w',
        );
        keystroke_on(
            &mut g,
            "second letter, half the words folded",
            n,
            searching_half_folded(n, "w"),
            'a',
        );
        // Opening the box: the words were folded when the journal was read.
        let mut wb = searching(n, "");
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
        g.bench_with_input(BenchmarkId::new("opening the search box", n), &n, |b, _| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    wb.update(Msg::Action(Action::Back), now());
                    let start = Instant::now();
                    wb.update(Msg::Action(Action::Search), now());
                    draw(&mut term, &wb);
                    spent += start.elapsed();
                }
                spent
            });
        });
        // The first letter after opening the box.
        g.bench_with_input(
            BenchmarkId::new("first letter after opening the box", n),
            &n,
            |b, _| {
                b.iter_custom(|iters| {
                    let mut spent = Duration::ZERO;
                    for _ in 0..iters {
                        wb.update(Msg::Action(Action::Back), now());
                        wb.update(Msg::Action(Action::Search), now());
                        let start = Instant::now();
                        wb.update(key(KeyCode::Char('w')), now());
                        draw(&mut term, &wb);
                        spent += start.elapsed();
                    }
                    spent
                });
            },
        );
        // Folding the whole journal, once after it is read, off the UI thread.
        let mut wb = searching(n, "");
        g.bench_with_input(
            BenchmarkId::new("folding the journal (its own thread, once)", n),
            &n,
            |b, _| b.iter(|| wb.fold_job().run()),
        );
    }
    g.finish();
}

criterion_group!(benches, bench_search);
criterion_main!(benches);
