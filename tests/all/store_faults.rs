//! Saving when the disk misbehaves: every failure leaves the last good file
//! in place and produces a message a person can act on.

use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use trustmend::model::SaveTarget;
use trustmend::model::Store;
use trustmend::store::{AtomicFile, DataDir, FileSink, Job, Outcome, StoreError, Writer, to_json};

const AMPLE: Duration = Duration::from_secs(10);

/// Fails with `kind` while `failing` is set; otherwise writes for real.
struct Flaky {
    kind: io::ErrorKind,
    failing: AtomicBool,
}

impl Flaky {
    fn new(kind: io::ErrorKind) -> Arc<Flaky> {
        Arc::new(Flaky {
            kind,
            failing: AtomicBool::new(true),
        })
    }
}

impl FileSink for Flaky {
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(self.kind.into());
        }
        AtomicFile.write_atomic(path, bytes)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(self.kind.into());
        }
        AtomicFile.append(path, bytes)
    }
}

fn store_with(next_id: u64) -> Store {
    Store {
        next_id,
        ..Store::default()
    }
}

/// A data folder holding a good store.json, and those bytes.
fn saved() -> (tempfile::TempDir, DataDir, Vec<u8>) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    dir.ensure().unwrap();
    let good = to_json(&store_with(7)).unwrap();
    dir.write_store_bytes(&good).unwrap();
    (tmp, dir, good)
}

#[test]
fn each_write_failure_keeps_the_old_file_and_explains_itself() {
    let cases = [
        (io::ErrorKind::StorageFull, "the disk is full", true),
        (
            io::ErrorKind::PermissionDenied,
            "the folder is read-only",
            false,
        ),
        (
            io::ErrorKind::ReadOnlyFilesystem,
            "the folder is read-only",
            false,
        ),
        (io::ErrorKind::NotFound, "the folder has gone", false),
        (io::ErrorKind::Other, "Could not save", false),
    ];
    for (kind, words, full) in cases {
        let (_tmp, dir, good) = saved();
        let dir = dir.with_sink(Flaky::new(kind));
        let err = dir
            .write_store_bytes(&to_json(&store_with(8)).unwrap())
            .unwrap_err();
        assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
        assert_eq!(err.is_disk_full(), full, "{kind:?}");
        let msg = err.to_string();
        assert!(msg.contains(words), "{kind:?}: {msg}");
        assert!(
            msg.contains(&dir.store_path().display().to_string()),
            "{msg}"
        );
        assert_eq!(std::fs::read(dir.store_path()).unwrap(), good, "{kind:?}");
        assert_eq!(dir.load_store().unwrap(), Some(store_with(7)));
    }
}

#[test]
fn the_writer_reports_a_full_disk_and_saves_once_there_is_room_again() {
    let (_tmp, dir, good) = saved();
    let sink = Flaky::new(io::ErrorKind::StorageFull);
    let writer = Writer::spawn(dir.clone().with_sink(sink.clone()));

    writer.submit(1, Job::Store(to_json(&store_with(8)).unwrap()));
    let first = wait_for_one(&writer);
    let Outcome {
        kind: SaveTarget::Store,
        seq: 1,
        result: Err(msg),
        ..
    } = &first
    else {
        panic!("{first:?}");
    };
    let msg = msg.to_string();
    assert!(msg.contains("the disk is full"), "{msg}");
    assert!(msg.contains("store.json"), "{msg}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), good);

    sink.failing.store(false, Ordering::SeqCst);
    writer.submit(2, Job::Store(to_json(&store_with(9)).unwrap()));
    let results = writer.finish(AMPLE);
    let durable = Outcome {
        kind: SaveTarget::Store,
        seq: 2,
        result: Ok(()),
        backups_sealed: 0,
    };
    assert_eq!(results, vec![durable]);
    assert_eq!(dir.load_store().unwrap(), Some(store_with(9)));
}

#[test]
fn a_failing_store_does_not_hold_up_the_session() {
    let (_tmp, dir, good) = saved();
    struct StoreOnlyFull;
    impl FileSink for StoreOnlyFull {
        fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
            if path.ends_with("store.json") {
                return Err(io::ErrorKind::StorageFull.into());
            }
            AtomicFile.write_atomic(path, bytes)
        }

        fn append(&self, _: &Path, _: &[u8]) -> io::Result<()> {
            Err(io::ErrorKind::StorageFull.into())
        }
    }
    let writer = Writer::spawn(dir.clone().with_sink(Arc::new(StoreOnlyFull)));
    writer.submit(1, Job::Store(b"{}\n".to_vec()));
    writer.submit(1, Job::Session(b"{\"version\": 1}\n".to_vec()));
    let results = writer.finish(AMPLE);
    assert_eq!(results.len(), 2, "{results:?}");
    assert!(
        results
            .iter()
            .any(|o| o.kind == SaveTarget::Session && o.result.is_ok()),
        "{results:?}"
    );
    assert!(
        results.iter().any(|o| o.kind == SaveTarget::Store
            && o.result
                .as_ref()
                .is_err_and(|m| m.to_string().contains("disk is full"))),
        "{results:?}"
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), good);
    assert!(dir.load_session().is_ok());
}

#[test]
fn the_real_sink_reports_a_vanished_folder() {
    let (tmp, dir, _good) = saved();
    std::fs::remove_dir_all(tmp.path().join("data")).unwrap();
    let err = dir.write_store_bytes(b"{}\n").unwrap_err();
    assert!(err.to_string().contains("the folder has gone"), "{err}");
    // Nothing was re-created behind the user's back.
    assert!(!dir.root().exists());
}

/// A truly read-only folder. Root ignores permissions, so the test only
/// means something for an ordinary user; it checks which it is first.
#[cfg(unix)]
#[test]
fn the_real_sink_reports_a_read_only_folder() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_tmp, dir, good) = saved();
    let mode = |m| std::fs::set_permissions(dir.root(), std::fs::Permissions::from_mode(m));
    mode(0o500).unwrap();
    let probe = dir.root().join("probe");
    if std::fs::write(&probe, b"").is_ok() {
        let _ = std::fs::remove_file(&probe);
        mode(0o700).unwrap();
        eprintln!("skipped: running with permission to write anywhere (root?)");
        return;
    }
    let result = dir.write_store_bytes(b"{}\n");
    mode(0o700).unwrap();
    let err = result.unwrap_err();
    assert!(err.to_string().contains("the folder is read-only"), "{err}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), good);
}

#[test]
fn every_submitted_job_gets_a_result_even_when_all_fail() {
    let (_tmp, dir, good) = saved();
    let seen = Arc::new(Mutex::new(0usize));
    struct Counting(Arc<Mutex<usize>>);
    impl FileSink for Counting {
        fn write_atomic(&self, _: &Path, _: &[u8]) -> io::Result<()> {
            *self.0.lock().unwrap() += 1;
            Err(io::ErrorKind::PermissionDenied.into())
        }

        fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
            self.write_atomic(path, bytes)
        }
    }
    let writer = Writer::spawn(dir.clone().with_sink(Arc::new(Counting(seen.clone()))));
    for n in 0..5 {
        writer.submit(n + 1, Job::Store(to_json(&store_with(n)).unwrap()));
    }
    let results = writer.finish(AMPLE);
    // Each write answers once, for the newest save it stood for.
    assert!((1..=5).contains(&results.len()), "{results:?}");
    assert!(results.iter().all(|o| o.result.is_err()));
    assert_eq!(results.last().map(|o| o.seq), Some(5));
    // Coalescing may write fewer than five times, never more.
    assert!((1..=5).contains(&*seen.lock().unwrap()));
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), good);
}

fn wait_for_one(writer: &Writer) -> Outcome {
    let deadline = std::time::Instant::now() + AMPLE;
    loop {
        if let Some(first) = writer.poll().into_iter().next() {
            return first;
        }
        assert!(std::time::Instant::now() < deadline, "no result in time");
        std::thread::sleep(Duration::from_millis(5));
    }
}
