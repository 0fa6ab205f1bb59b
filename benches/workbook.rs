//! The budget of issue 7, measured: content loading, store load and save,
//! first frame, a keystroke in a long entry, every screen, and exports, at
//! 100, 10,000 and 100,000 entries. Run: `cargo bench`; a quick look:
//! `cargo bench -- --quick`. Figures and notes: docs/performance.md.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use chrono::DateTime;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use trustmend::content::Content;
use trustmend::keymap::Action;
use trustmend::model::{Store, Timestamp};
use trustmend::report::{self, Scope};
use trustmend::store::{self, DataDir};
use trustmend::workbook::{Msg, Session, Workbook};

const SIZES: [usize; 3] = [100, 10_000, 100_000];

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap_or_default()
}

fn content() -> Content {
    Content::bundled().unwrap_or_else(|e| panic!("{e}"))
}

/// A data directory holding a synthetic store of `n` entries.
fn data_dir(n: usize) -> (tempfile::TempDir, DataDir, usize) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = DataDir::at(tmp.path().to_path_buf());
    let s = trustmend::synthetic::store(&content(), n);
    let bytes = store::to_json(&s).unwrap_or_else(|e| panic!("{e}"));
    dir.write_store_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{e}"));
    (tmp, dir, bytes.len())
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

fn bench_content(c: &mut Criterion) {
    c.bench_function("content/load bundled pack", |b| {
        b.iter(|| black_box(content()))
    });
}

fn bench_store(c: &mut Criterion) {
    let mut g = c.benchmark_group("store");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for n in SIZES {
        let (_tmp, dir, _) = data_dir(n);
        g.bench_with_input(BenchmarkId::new("load", n), &n, |b, _| {
            b.iter(|| black_box(dir.load_store()))
        });
        let s = dir.load_store().ok().flatten().unwrap_or_default();
        g.bench_with_input(BenchmarkId::new("serialize", n), &n, |b, _| {
            b.iter(|| black_box(store::to_json(&s)))
        });
        let bytes = store::to_json(&s).unwrap_or_default();
        g.bench_with_input(
            BenchmarkId::new("atomic write (with fsync)", n),
            &n,
            |b, _| b.iter(|| dir.write_store_bytes(&bytes)),
        );
    }
    g.finish();
}

/// From files on disk to the first frame drawn: what a person waits for.
fn bench_first_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("first frame");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let empty_dir = DataDir::at(empty.path().to_path_buf());
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    g.bench_function("empty store", |b| {
        b.iter(|| {
            let s = empty_dir.load_store().ok().flatten().unwrap_or_default();
            let session = empty_dir.load_session().unwrap_or_default();
            let wb = Workbook::new(Arc::new(content()), s, session, None);
            draw(&mut term, &wb);
        })
    });
    for n in SIZES {
        let (_tmp, dir, _) = data_dir(n);
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                let s = dir.load_store().ok().flatten().unwrap_or_default();
                let session = dir.load_session().unwrap_or_default();
                let wb = Workbook::new(Arc::new(content()), s, session, Some("Alex"));
                draw(&mut term, &wb);
            })
        });
    }
    g.finish();
}

/// One key typed into an entry of 50,000 characters, through update and render.
fn bench_keystroke(c: &mut Criterion) {
    let mut g = c.benchmark_group("keystroke");
    for n in [100, 10_000] {
        let mut s = trustmend::synthetic::store(&content(), n);
        let long = "word ".repeat(10_000);
        if let Some(e) = s.entries.first_mut() {
            e.body = trustmend::model::Body::Text(long.clone());
        }
        let mut wb = workbook(s);
        // Journal → newest first; the long entry is the oldest: go to the end and edit it.
        wb.update(Msg::Action(Action::OpenJournal), now());
        wb.update(Msg::Action(Action::Bottom), now());
        wb.update(Msg::Action(Action::Edit), now());
        assert!(wb.editor().is_some(), "the long entry is open for editing");
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
        let key = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        g.bench_with_input(BenchmarkId::new("50k-char entry", n), &n, |b, _| {
            b.iter(|| {
                wb.update(Msg::Input(key), now());
                draw(&mut term, &wb);
            })
        });
    }
    g.finish();
}

fn bench_screens(c: &mut Criterion) {
    let mut g = c.benchmark_group("render");
    let s = trustmend::synthetic::store(&content(), 10_000);
    let screens: [(&str, &[Action]); 5] = [
        ("home", &[]),
        ("strategy", &[Action::Select]),
        ("journal", &[Action::OpenJournal]),
        ("journal entry", &[Action::OpenJournal, Action::Select]),
        (
            "faq",
            &[Action::Bottom, Action::Up, Action::Up, Action::Select],
        ),
    ];
    for (name, path) in screens {
        let mut wb = workbook(s.clone());
        for a in path {
            wb.update(Msg::Action(*a), now());
        }
        for (w, h) in [(80, 24), (200, 60)] {
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
            g.bench_function(format!("{name} {w}x{h} (10k entries)"), |b| {
                b.iter(|| draw(&mut term, &wb))
            });
        }
    }
    g.finish();
}

fn bench_export(c: &mut Criterion) {
    let mut g = c.benchmark_group("export markdown");
    g.sample_size(10);
    let content = content();
    for n in SIZES {
        let s = trustmend::synthetic::store(&content, n);
        let scope = Scope {
            content: &content,
            store: &s,
            partner: 1,
            filter: Default::default(),
        };
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| black_box(report::markdown::render(&scope, now())))
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
