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
    results.iter().all(|(_, r)| r.is_ok())
}

#[test]
fn the_newest_store_is_on_disk_after_finish() {
    let (_tmp, dir) = temp();
    let writer = Writer::spawn(dir.clone());
    for n in 1..=3 {
        writer.submit(Job::Store(format!("{{\"n\": {n}}}\n").into_bytes()));
    }
    let results = writer.finish(AMPLE);
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(all_ok(&results), "{results:?}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), b"{\"n\": 3}\n");
}

#[test]
fn poll_does_not_wait_and_counts_down_pending() {
    let (_tmp, dir) = temp();
    let writer = Writer::spawn(dir.clone());
    assert!(writer.poll().is_empty());
    writer.submit(Job::Session(b"{\"version\": 1}\n".to_vec()));
    let deadline = Instant::now() + AMPLE;
    let mut seen = Vec::new();
    while seen.is_empty() && Instant::now() < deadline {
        seen = writer.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(seen, vec![(JobKind::Session, Ok(()))]);
    assert_eq!(writer.pending(), 0);
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
    writer.submit(Job::Store(b"a".to_vec()));
    started.recv().unwrap();
    writer.submit(Job::Store(b"b".to_vec()));
    writer.submit(Job::Session(b"s".to_vec()));
    writer.submit(Job::Store(b"c".to_vec()));
    assert_eq!(writer.pending(), 4);
    for _ in 0..3 {
        go.send(()).unwrap();
    }
    let results = writer.finish(AMPLE);
    assert_eq!(results.len(), 4, "{results:?}");
    assert!(all_ok(&results));
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
    writer.submit(Job::Store(b"slow".to_vec()));
    started.recv().unwrap();
    writer.submit(Job::Store(b"queued".to_vec()));
    writer.submit(Job::Session(b"queued".to_vec()));
    let results = writer.finish(Duration::from_millis(50));
    // Still one result per submitted job.
    assert_eq!(results.len(), 3, "{results:?}");
    for (kind, result) in &results {
        let file = match kind {
            JobKind::Store => "store.json",
            JobKind::Session => "session.json",
        };
        let msg = result.as_ref().unwrap_err();
        assert!(msg.contains(file), "{msg}");
        assert!(msg.contains("stopped waiting for it after 50 ms"), "{msg}");
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
}

#[test]
fn a_failed_write_comes_back_as_its_message_and_the_old_file_stays() {
    let (_tmp, dir) = temp();
    dir.write_store_bytes(b"old\n").unwrap();
    let writer = Writer::spawn(dir.clone().with_sink(Arc::new(Full)));
    writer.submit(Job::Store(b"new\n".to_vec()));
    let results = writer.finish(AMPLE);
    let [(JobKind::Store, Err(msg))] = results.as_slice() else {
        panic!("{results:?}");
    };
    assert!(msg.contains("the disk is full"), "{msg}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), b"old\n");
}
