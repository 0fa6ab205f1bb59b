use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use super::*;
use crate::store::FileSink;

const AMPLE: Duration = Duration::from_secs(10);

fn temp() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    (tmp, dir)
}

fn all_ok(results: &[Outcome]) -> bool {
    results.iter().all(|o| o.result.is_ok())
}

fn ok(kind: SaveTarget, seq: u64) -> Outcome {
    Outcome {
        kind,
        seq,
        result: Ok(()),
        backups_sealed: 0,
    }
}

#[test]
fn the_newest_store_is_on_disk_after_finish() {
    let (_tmp, dir) = temp();
    let writer = Writer::spawn(dir.clone());
    for n in 1..=3 {
        writer.submit(n, Job::Store(format!("{{\"n\": {n}}}\n").into_bytes()));
    }
    let results = writer.finish(AMPLE);
    assert!(all_ok(&results), "{results:?}");
    // The newest number is reported durable, whichever writes stood for it.
    assert_eq!(
        results.last(),
        Some(&ok(SaveTarget::Store, 3)),
        "{results:?}"
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), b"{\"n\": 3}\n");
}

#[test]
fn poll_does_not_wait_and_counts_down_pending() {
    let (_tmp, dir) = temp();
    let writer = Writer::spawn(dir.clone());
    assert!(writer.poll().is_empty());
    writer.submit(1, Job::Session(b"{\"version\": 1}\n".to_vec()));
    let deadline = Instant::now() + AMPLE;
    let mut seen = Vec::new();
    while seen.is_empty() && Instant::now() < deadline {
        seen = writer.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(seen, vec![ok(SaveTarget::Session, 1)]);
    assert!(!writer.busy());
    assert!(writer.finish(AMPLE).is_empty());
}

/// Records each write; the first one waits for the test's go-ahead, so
/// jobs submitted meanwhile pile up in the queue.
struct Gate {
    started: SyncSender<()>,
    go: Mutex<Receiver<()>>,
    writes: Mutex<Vec<(PathBuf, Vec<u8>)>>,
}

impl FileSink for Gate {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let _ = self.started.try_send(());
        let _ = self.go.lock().unwrap().recv();
        self.writes
            .lock()
            .unwrap()
            .push((path.to_path_buf(), bytes.to_vec()));
        Ok(())
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.write_atomic(path, bytes)
    }
}

fn gate() -> (Arc<Gate>, Receiver<()>, SyncSender<()>) {
    let (started_tx, started_rx) = sync_channel(1);
    let (go_tx, go_rx) = sync_channel(16);
    let gate = Arc::new(Gate {
        started: started_tx,
        go: Mutex::new(go_rx),
        writes: Mutex::new(Vec::new()),
    });
    (gate, started_rx, go_tx)
}

#[test]
fn queued_jobs_for_the_same_file_are_coalesced_in_order() {
    let (_tmp, dir) = temp();
    let (gate, started, go) = gate();
    let writer = Writer::spawn(dir.clone().with_sink(gate.clone()));
    writer.submit(1, Job::Store(b"a".to_vec()));
    started.recv().unwrap();
    writer.submit(2, Job::Store(b"b".to_vec()));
    writer.submit(1, Job::Session(b"s".to_vec()));
    writer.submit(3, Job::Store(b"c".to_vec()));
    assert!(writer.busy());
    for _ in 0..3 {
        go.send(()).unwrap();
    }
    let results = writer.finish(AMPLE);
    // One result per write, each with the newest number it stood for.
    assert_eq!(
        results,
        vec![
            ok(SaveTarget::Store, 1),
            ok(SaveTarget::Session, 1),
            ok(SaveTarget::Store, 3)
        ]
    );
    let writes = gate.writes.lock().unwrap().clone();
    assert_eq!(
        writes,
        vec![
            (dir.store_path(), b"a".to_vec()),
            (dir.session_path(), b"s".to_vec()),
            (dir.store_path(), b"c".to_vec()),
        ]
    );
}

#[test]
fn finish_gives_up_at_the_deadline_and_says_so() {
    let (_tmp, dir) = temp();
    let (gate, started, go) = gate();
    let writer = Writer::spawn(dir.with_sink(gate));
    writer.submit(1, Job::Store(b"slow".to_vec()));
    started.recv().unwrap();
    writer.submit(2, Job::Store(b"queued".to_vec()));
    writer.submit(1, Job::Session(b"queued".to_vec()));
    let results = writer.finish(Duration::from_millis(50));
    // A failure for each file with a job still unanswered, with its newest number.
    let seqs: Vec<_> = results.iter().map(|o| (o.kind, o.seq)).collect();
    assert_eq!(seqs, vec![(SaveTarget::Store, 2), (SaveTarget::Session, 1)]);
    for Outcome { kind, result, .. } in &results {
        let file = match kind {
            SaveTarget::Store => "store.json",
            SaveTarget::Session => "session.json",
        };
        let msg = result.as_ref().unwrap_err();
        assert!(msg.to_string().contains(file), "{msg}");
        assert!(
            msg.to_string()
                .contains("stopped waiting for it after 50 ms"),
            "{msg}"
        );
    }
    for _ in 0..3 {
        go.send(()).unwrap();
    }
}

struct Full;

impl FileSink for Full {
    fn write_atomic(&self, _: &Path, _: &[u8]) -> io::Result<()> {
        Err(io::ErrorKind::StorageFull.into())
    }

    fn append(&self, _: &Path, _: &[u8]) -> io::Result<()> {
        Err(io::ErrorKind::StorageFull.into())
    }
}

#[test]
fn a_failed_write_comes_back_as_its_message_and_the_old_file_stays() {
    let (_tmp, dir) = temp();
    dir.write_store_bytes(b"old\n").unwrap();
    let writer = Writer::spawn(dir.clone().with_sink(Arc::new(Full)));
    writer.submit(1, Job::Store(b"new\n".to_vec()));
    let results = writer.finish(AMPLE);
    let [
        Outcome {
            kind: SaveTarget::Store,
            result: Err(msg),
            ..
        },
    ] = results.as_slice()
    else {
        panic!("{results:?}");
    };
    assert!(msg.to_string().contains("the disk is full"), "{msg}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), b"old\n");
}

fn journal(n: usize) -> crate::model::Store {
    let content = crate::content::Content::bundled().unwrap();
    crate::synthetic::store(&content, n)
}

/// A store written whole, and a writer that knows it is on disk.
fn started(n: usize) -> (tempfile::TempDir, DataDir, Writer, crate::model::Store) {
    let (tmp, dir) = temp();
    let mut store = journal(n);
    dir.save_store(&mut store).unwrap();
    let writer = Writer::spawn(dir.clone());
    writer.start_from(store.clone());
    (tmp, dir, writer, store)
}

fn with_one_more_entry(store: &crate::model::Store) -> crate::model::Store {
    let mut next = store.clone();
    let mut entry = next.entries.last().unwrap().clone();
    entry.id = next.fresh_id();
    entry.body = crate::model::Body::Text("written just now".into());
    next.entries.push(entry);
    next
}

#[test]
fn a_save_after_the_first_appends_the_change_and_leaves_the_journal_file_alone() {
    let (_tmp, dir, writer, store) = started(200);
    let snapshot = std::fs::read(dir.store_path()).unwrap();
    let next = with_one_more_entry(&store);
    writer.submit(1, Job::Snapshot(Box::new(next.clone())));
    let results = writer.finish(AMPLE);
    assert!(all_ok(&results), "{results:?}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), snapshot);
    let log = std::fs::read_to_string(dir.changes_path()).unwrap();
    assert_eq!(log.lines().count(), 1);
    assert!(log.contains("written just now"));
    assert!(log.len() < 2_000, "{} bytes for one entry", log.len());
    let mut read = dir.load_store().unwrap().unwrap();
    read.generation = next.generation;
    assert_eq!(read, next);
    // The summary follows the log, so the next start can draw at once.
    assert!(dir.load_summary().is_some());
}

#[test]
fn a_save_of_nothing_new_writes_nothing() {
    let (_tmp, dir, writer, store) = started(50);
    writer.submit(1, Job::Snapshot(Box::new(store)));
    assert!(all_ok(&writer.finish(AMPLE)));
    assert!(!dir.changes_path().exists());
}

#[test]
fn without_knowing_the_disk_the_store_is_written_whole() {
    let (_tmp, dir) = temp();
    let writer = Writer::spawn(dir.clone());
    let store = journal(20);
    writer.submit(1, Job::Snapshot(Box::new(store.clone())));
    assert!(all_ok(&writer.finish(AMPLE)));
    assert!(!dir.changes_path().exists());
    let read = dir.load_store().unwrap().unwrap();
    assert_eq!(read.entries, store.entries);
    assert_ne!(read.generation, 0, "later saves can follow it");
}

/// Appends fail until `fixed` is set; whole writes always work.
struct AppendsFail(std::sync::atomic::AtomicBool);

impl FileSink for AppendsFail {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        crate::store::AtomicFile.write_atomic(path, bytes)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if !self.0.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(io::ErrorKind::StorageFull.into());
        }
        crate::store::AtomicFile.append(path, bytes)
    }
}

#[test]
fn a_change_that_failed_to_append_goes_with_the_next_save() {
    let (_tmp, dir) = temp();
    let mut store = journal(30);
    dir.save_store(&mut store).unwrap();
    let sink = Arc::new(AppendsFail(false.into()));
    let writer = Writer::spawn(dir.clone().with_sink(sink.clone()));
    writer.start_from(store.clone());
    let first = with_one_more_entry(&store);
    writer.submit(1, Job::Snapshot(Box::new(first.clone())));
    let failed = wait_for(&writer);
    assert!(
        failed
            .result
            .as_ref()
            .is_err_and(|m| m.to_string().contains("disk is full")),
        "{failed:?}"
    );
    assert!(dir.load_store().unwrap().unwrap().entries.len() < first.entries.len());
    sink.0.store(true, std::sync::atomic::Ordering::SeqCst);
    let second = with_one_more_entry(&first);
    writer.submit(2, Job::Snapshot(Box::new(second.clone())));
    assert!(all_ok(&writer.finish(AMPLE)));
    let read = dir.load_store().unwrap().unwrap();
    assert_eq!(read.entries, second.entries, "both new entries are there");
}

#[test]
fn a_log_cut_short_by_a_crash_gets_the_store_written_whole() {
    let (_tmp, dir, writer, store) = started(30);
    std::fs::write(dir.changes_path(), b"{\"generation\": 1, \"next_").unwrap();
    let next = with_one_more_entry(&store);
    writer.submit(1, Job::Snapshot(Box::new(next.clone())));
    assert!(all_ok(&writer.finish(AMPLE)));
    assert!(!dir.changes_path().exists());
    assert_eq!(dir.load_store().unwrap().unwrap().entries, next.entries);
}

fn wait_for(writer: &Writer) -> Outcome {
    let deadline = Instant::now() + AMPLE;
    loop {
        if let Some(outcome) = writer.poll().into_iter().next() {
            return outcome;
        }
        assert!(Instant::now() < deadline, "no result");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A writer whose thread answers and then ends (its queue closed) before
/// the answers are read gives that one answer, never a second "stopped
/// unexpectedly" for the same save (a race CI once met).
#[test]
fn an_answer_is_given_once_when_the_thread_has_ended() {
    let (_tmp, dir) = temp();
    let mut writer = Writer::spawn(dir.clone().with_sink(Arc::new(Full)));
    writer.submit(1, Job::Store(b"new\n".to_vec()));
    writer.jobs = None;
    if let Some(handle) = writer.handle.take() {
        handle.join().unwrap();
    }
    let results = writer.poll();
    assert_eq!(results.len(), 1, "{results:?}");
    assert!(!writer.busy());
}
