//! The budget of issue 7, measured in-process: content loading, reading and
//! saving the store, the first frame, a keystroke in a long entry, every
//! screen, and exports, at 100, 10,000 and 100,000 entries. The whole
//! binary (start to first frame, the export command, peak memory) is in
//! `benches/binary.rs` and `benches/memory.rs`.
//!
//! Run: `cargo bench --bench workbook`; a quick look: add `-- --quick`.
//! Figures and notes: docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/mod.rs"]
mod support;

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::DateTime;
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::{SIZES, content, data_dir, journal};
use trustmend::keymap::Action;
use trustmend::model::{Body, Store, Timestamp};
use trustmend::report::{self, Scope};
use trustmend::store::{self, DataDir, FileSink, changes};
use trustmend::workbook::{HomeItem, Msg, Session, Workbook};

/// The same allocator as the binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2037-10-01T09:00:00+01:00").unwrap_or_default()
}

fn workbook(store: Store) -> Workbook {
    let mut wb = Workbook::new(Arc::new(content()), store, Session::default(), Some("Alex"));
    wb.update(Msg::Resize(80, 24), now());
    wb
}

fn draw(term: &mut Terminal<TestBackend>, wb: &Workbook) {
    term.draw(|f| trustmend::ui::draw(f, wb))
        .unwrap_or_else(|e| panic!("{e}"));
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"))
}

/// `store` with one more entry, as writing one in the app makes it.
fn with_new_entry(store: &Store) -> Store {
    let mut next = store.clone();
    let mut entry = next
        .entries
        .last()
        .cloned()
        .unwrap_or_else(|| panic!("no entry"));
    entry.id = next.fresh_id();
    entry.body = Body::Text("A new entry of a typical length. ".repeat(25));
    next.entries.push(entry);
    next
}

fn bench_content(c: &mut Criterion) {
    c.bench_function("content/load and check the bundled pack", |b| {
        b.iter(|| black_box(content()));
    });
}

/// The real sink without its fsyncs: what a save costs apart from waiting
/// for the disk.
struct NoSync;

impl FileSink for NoSync {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let tmp = path.with_extension("nosync-tmp");
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, path)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        use std::io::Write as _;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)?;
        f.write_all(bytes)
    }
}

/// A change log as long as it gets before the store is written whole (an
/// eighth of the snapshot), of new entries.
fn fill_log(dir: &DataDir, store: &Store, snapshot_len: u64) {
    let mut log = Vec::new();
    let mut at = store.clone();
    while (log.len() as u64) < snapshot_len / 8 {
        let next = with_new_entry(&at);
        let change = changes::diff(&at, &next).unwrap_or_else(|| panic!("a change"));
        log.extend(change.to_line().unwrap_or_default());
        at = next;
    }
    std::fs::write(dir.changes_path(), log).unwrap_or_else(|e| panic!("{e}"));
}

fn bench_store(c: &mut Criterion) {
    let mut g = c.benchmark_group("store");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    for n in SIZES {
        let (_tmp, dir, len) = data_dir(n);
        g.bench_with_input(BenchmarkId::new("load", n), &n, |b, _| {
            b.iter(|| black_box(dir.load_store()));
        });
        let s = dir.load_store().ok().flatten().unwrap_or_default();

        let (_tmp2, logged, _) = data_dir(n);
        fill_log(&logged, &s, len);
        g.bench_with_input(
            BenchmarkId::new("load, with the longest change log", n),
            &n,
            |b, _| b.iter(|| black_box(logged.load_store())),
        );

        // What the UI thread does for a save: copy the store (entries are
        // shared) to hand it to the writer.
        g.bench_with_input(
            BenchmarkId::new("save: the UI thread's share", n),
            &n,
            |b, _| b.iter(|| black_box(Box::new(s.clone()))),
        );
        // What the writer does for a usual save: compare with what is on
        // disk, append the line (fsync included), write the summary.
        g.bench_with_input(
            BenchmarkId::new("save: one new entry, appended", n),
            &n,
            |b, _| {
                b.iter_batched(
                    || with_new_entry(&s),
                    |next| {
                        let change = changes::diff(&s, &next).unwrap_or_default();
                        dir.append_change(&change, &next)
                    },
                    BatchSize::LargeInput,
                );
            },
        );
        g.bench_with_input(BenchmarkId::new("serialize whole", n), &n, |b, _| {
            b.iter(|| black_box(store::to_json(&s)));
        });
        // Once a day, or when the log is long: the whole store, with the
        // backup of the one it replaces and the summary.
        let mut whole = with_new_entry(&s);
        g.bench_with_input(BenchmarkId::new("save: written whole", n), &n, |b, _| {
            b.iter(|| dir.save_store(&mut whole));
        });
        let nosync = dir.clone().with_sink(Arc::new(NoSync));
        g.bench_with_input(
            BenchmarkId::new("save: written whole, without fsync", n),
            &n,
            |b, _| b.iter(|| nosync.save_store(&mut whole)),
        );
    }
    g.finish();
}

/// From the files on disk to the first frame drawn, as the app does it:
/// the summary, the session, the content, the stand-in workbook, a frame.
fn bench_first_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("first frame");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let empty_dir = DataDir::at(empty.path().to_path_buf());
    let mut term = terminal(80, 24);
    g.bench_function("empty store", |b| {
        b.iter(|| {
            let s = empty_dir.load_store().ok().flatten().unwrap_or_default();
            let session = empty_dir.load_session().unwrap_or_default();
            let wb = Workbook::new(Arc::new(content()), s, session, None);
            draw(&mut term, &wb);
        });
    });
    for n in SIZES {
        let (_tmp, dir, _) = data_dir(n);
        g.bench_with_input(BenchmarkId::new("from the summary", n), &n, |b, _| {
            b.iter(|| {
                let summary = dir.load_summary().unwrap_or_else(|| panic!("no summary"));
                let session = dir.load_session().unwrap_or_default();
                let wb = Workbook::preview(
                    Arc::new(content()),
                    summary.store,
                    summary.entries_by,
                    &session,
                    Some("Alex"),
                );
                draw(&mut term, &wb);
            });
        });
        // What follows on the reading thread: the whole journal, then the
        // real workbook's first frame.
        g.bench_with_input(BenchmarkId::new("journal read and drawn", n), &n, |b, _| {
            b.iter(|| {
                let s = dir.load_store().ok().flatten().unwrap_or_default();
                let session = dir.load_session().unwrap_or_default();
                let wb = Workbook::new(Arc::new(content()), s, session, Some("Alex"));
                draw(&mut term, &wb);
            });
        });
    }
    g.finish();
}

/// One key typed into an entry of 50,000 characters, through update and render.
fn bench_keystroke(c: &mut Criterion) {
    let mut g = c.benchmark_group("keystroke");
    for n in SIZES {
        let mut s = journal(n);
        let long = "word ".repeat(10_000);
        if let Some(e) = s.entries.first_mut() {
            e.body = Body::Text(long.clone());
        }
        let mut wb = workbook(s);
        // Journal → newest first; the long entry is the oldest: go to the end and edit it.
        wb.update(Msg::Action(Action::OpenJournal), now());
        wb.update(Msg::Action(Action::Bottom), now());
        wb.update(Msg::Action(Action::Edit), now());
        assert!(wb.editor().is_some(), "the long entry is open for editing");
        let mut term = terminal(80, 24);
        // A letter, then Backspace, and so on: the entry stays at 50,000
        // characters however many keys criterion sends.
        let keys = [
            KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
        ];
        let mut next = keys.iter().cycle();
        g.bench_with_input(BenchmarkId::new("50k-char entry", n), &n, |b, _| {
            b.iter(|| {
                if let Some(key) = next.next() {
                    wb.update(Msg::Input(*key), now());
                }
                draw(&mut term, &wb);
            });
        });
    }
    g.finish();
}

/// Home, then the item `item` opened, then `then`.
fn opened(s: &Store, item: HomeItem, then: &[Action]) -> Workbook {
    let mut wb = workbook(s.clone());
    let at = wb
        .home_items()
        .iter()
        .position(|i| *i == item)
        .unwrap_or_else(|| panic!("{item:?} is not on home"));
    wb.update(Msg::Action(Action::Top), now());
    for _ in 0..at {
        wb.update(Msg::Action(Action::Down), now());
    }
    wb.update(Msg::Action(Action::Select), now());
    for a in then {
        wb.update(Msg::Action(*a), now());
    }
    wb
}

fn bench_screens(c: &mut Criterion) {
    let mut g = c.benchmark_group("render");
    // A frame takes well under 2 ms: a shorter look per screen is plenty.
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    for (n, label) in [(10_000, "10k"), (100_000, "100k")] {
        screens(&mut g, &journal(n), label);
    }
    g.finish();
}

/// Every screen drawn at 80x24 and 200x60 with the store `s`.
fn screens(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    s: &Store,
    label: &str,
) {
    let s = s.clone();
    let mut screens: Vec<(&str, Workbook)> = vec![
        ("home", workbook(s.clone())),
        ("help", {
            let mut wb = workbook(s.clone());
            wb.update(Msg::Action(Action::Help), now());
            wb
        }),
        ("strategy guidance", opened(&s, HomeItem::Strategy(7), &[])),
        (
            "strategy prompt",
            opened(&s, HomeItem::Strategy(0), &[Action::Select]),
        ),
        ("journal", opened(&s, HomeItem::Journal, &[])),
        (
            "journal entry",
            opened(&s, HomeItem::Journal, &[Action::Select]),
        ),
        ("shared entries", opened(&s, HomeItem::Shared, &[])),
        ("together prompts", opened(&s, HomeItem::Together, &[])),
        ("check-in", opened(&s, HomeItem::CheckIn, &[])),
        ("progress (2 weeks)", opened(&s, HomeItem::Progress, &[])),
        (
            "progress (all time)",
            opened(
                &s,
                HomeItem::Progress,
                &[Action::NextRange, Action::NextRange],
            ),
        ),
        ("homework", opened(&s, HomeItem::Homework, &[])),
        ("before you begin", opened(&s, HomeItem::Foundations, &[])),
        ("questions", opened(&s, HomeItem::Faq, &[])),
        ("move on checklist", opened(&s, HomeItem::MoveOn, &[])),
        ("help and safety", opened(&s, HomeItem::Safety, &[])),
    ];
    screens.push((
        "who is at the keyboard",
        Workbook::new(Arc::new(content()), s.clone(), Session::default(), None),
    ));
    for (name, wb) in &mut screens {
        for (w, h) in [(80, 24), (200, 60)] {
            wb.update(Msg::Resize(w, h), now());
            let mut term = terminal(w, h);
            g.bench_function(format!("{name} {w}x{h} ({label} entries)"), |b| {
                b.iter(|| draw(&mut term, wb));
            });
        }
    }
}

fn bench_export(c: &mut Criterion) {
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    let content = content();
    for n in SIZES {
        let s = journal(n);
        let scope = Scope {
            content: &content,
            store: &s,
            partner: 1,
            filter: Default::default(),
        };
        g.bench_with_input(BenchmarkId::new("markdown", n), &n, |b, _| {
            b.iter(|| black_box(report::markdown::render(&scope, now())));
        });
        g.bench_with_input(BenchmarkId::new("html", n), &n, |b, _| {
            b.iter(|| black_box(report::html::render(&scope, now())));
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_content,
    bench_store,
    bench_first_frame,
    bench_keystroke,
    bench_screens,
    bench_export
);
criterion_main!(benches);
