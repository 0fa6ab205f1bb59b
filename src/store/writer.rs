//! Saving off the UI thread: the event loop submits a snapshot of the store
//! (cheap: entries are shared, see [`crate::model::Entries`]) or a session's
//! bytes, and polls for results between key presses. Working out what
//! changed, serializing and writing all happen here, so neither a large
//! journal nor a slow or full disk ever freezes the screen.
//!
//! A store is saved by a [`Saver`]: usually one line appended to the change
//! log, now and then the whole store.
//!
//! Jobs are written in the order submitted, except that when several jobs
//! for the same file are waiting, only the newest is written: each holds the
//! whole file, so the older ones are already out of date. Every submitted
//! job still gets exactly one result (a superseded job shares the result of
//! the write that replaced it), so "submitted minus results" is always the
//! number of saves in flight.

use std::cell::{Cell, RefCell};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::DataDir;
use super::saver::Saver;
use crate::model::Store;

/// A file to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// `store.json`, already serialized (see [`super::to_json`]), whole.
    Store(Vec<u8>),
    /// The whole store as it should be on disk: what changed is appended to
    /// the change log, or the store written whole (see the module's notes).
    Snapshot(Box<Store>),
    Session(Vec<u8>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    Store,
    Session,
}

/// The outcome of one submitted job; the error is the [`super::StoreError`]'s
/// message, ready to show.
pub type Outcome = (JobKind, Result<(), String>);

impl Job {
    pub fn kind(&self) -> JobKind {
        match self {
            Job::Store(_) | Job::Snapshot(_) => JobKind::Store,
            Job::Session(_) => JobKind::Session,
        }
    }
}

impl JobKind {
    const ALL: [JobKind; 2] = [JobKind::Store, JobKind::Session];

    fn index(self) -> usize {
        match self {
            JobKind::Store => 0,
            JobKind::Session => 1,
        }
    }
}

pub struct Writer {
    dir: DataDir,
    /// `None` if the thread could not be started: jobs are then written on
    /// the caller's thread, slower but never lost.
    jobs: Option<Sender<Message>>,
    results: Receiver<Outcome>,
    handle: Option<JoinHandle<()>>,
    /// Results not yet returned by the background thread, per [`JobKind`].
    pending: Cell<[usize; 2]>,
    /// Results produced on this thread (fallback writes, a dead writer).
    local: RefCell<Vec<Outcome>>,
}

impl Writer {
    pub fn spawn(dir: DataDir) -> Writer {
        let (job_tx, job_rx) = mpsc::channel();
        let (result_tx, result_rx) = mpsc::channel();
        let thread_dir = dir.clone();
        let spawned = std::thread::Builder::new()
            .name("trustmend-writer".into())
            .spawn(move || run(&thread_dir, &job_rx, &result_tx));
        let (jobs, handle) = match spawned {
            Ok(handle) => (Some(job_tx), Some(handle)),
            Err(_) => (None, None),
        };
        Writer {
            dir,
            jobs,
            results: result_rx,
            handle,
            pending: Cell::new([0; 2]),
            local: RefCell::new(Vec::new()),
        }
    }

    /// Tells the writer what is on disk now (the store just read), so that
    /// the next [`Job::Snapshot`] is saved as the change from it. Not a
    /// save: it has no outcome.
    pub fn start_from(&self, on_disk: Store) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Message::Base(Box::new(on_disk)));
        }
    }

    pub fn submit(&self, job: Job) {
        let kind = job.kind();
        let job = match &self.jobs {
            Some(jobs) => match jobs.send(Message::Job(job)) {
                Ok(()) => {
                    self.add_pending(kind, 1);
                    return;
                }
                // The thread is gone (it cannot panic by design, but if it
                // did): write here rather than lose the save.
                Err(mpsc::SendError(Message::Job(job))) => job,
                Err(mpsc::SendError(Message::Base(_))) => return,
            },
            None => job,
        };
        let outcome = write(&mut Saver::new(self.dir.clone()), job);
        self.local.borrow_mut().push(outcome);
    }

    /// Saves in flight: submitted, result not yet returned.
    pub fn pending(&self) -> usize {
        self.pending.get().iter().sum()
    }

    /// The results of finished jobs, without waiting.
    pub fn poll(&self) -> Vec<Outcome> {
        let mut out = std::mem::take(&mut *self.local.borrow_mut());
        loop {
            match self.results.try_recv() {
                Ok(outcome) => {
                    self.add_pending(outcome.0, -1);
                    out.push(outcome);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.give_up(&mut out, "the background saver stopped unexpectedly");
                    break;
                }
            }
        }
        out
    }

    /// Waits until every submitted job is written, or `timeout` passes, and
    /// returns the results not yet polled. A save still running at the
    /// deadline is reported as an error and left to finish on its own.
    pub fn finish(mut self, timeout: Duration) -> Vec<Outcome> {
        let deadline = Instant::now() + timeout;
        // Closing the channel lets the thread exit once it has written
        // everything queued.
        self.jobs = None;
        let mut out = std::mem::take(self.local.get_mut());
        while self.pending() > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.results.recv_timeout(left) {
                Ok(outcome) => {
                    self.add_pending(outcome.0, -1);
                    out.push(outcome);
                }
                Err(RecvTimeoutError::Timeout) => {
                    let reason = format!(
                        "trustmend stopped waiting for it after {}, so the last changes may \
                         not be on disk",
                        waited(timeout)
                    );
                    self.give_up(&mut out, &reason);
                    // The thread is left to finish on its own.
                    return out;
                }
                Err(RecvTimeoutError::Disconnected) => {
                    self.give_up(&mut out, "the background saver stopped unexpectedly");
                }
            }
        }
        if let Some(handle) = self.handle.take() {
            // Everything is written; the thread is only returning.
            let _ = handle.join();
        }
        out
    }

    fn add_pending(&self, kind: JobKind, delta: isize) {
        let mut p = self.pending.get();
        p[kind.index()] = p[kind.index()].saturating_add_signed(delta);
        self.pending.set(p);
    }

    /// One error for each job still pending, keeping "one result per job".
    fn give_up(&self, out: &mut Vec<Outcome>, reason: &str) {
        for kind in JobKind::ALL {
            let message = unsaved(&self.dir, kind, reason);
            for _ in 0..self.pending.get()[kind.index()] {
                out.push((kind, Err(message.clone())));
            }
        }
        self.pending.set([0; 2]);
    }
}

fn waited(timeout: Duration) -> String {
    match timeout.as_secs() {
        0 => format!("{} ms", timeout.as_millis()),
        1 => "1 second".to_string(),
        n => format!("{n} seconds"),
    }
}

fn unsaved(dir: &DataDir, kind: JobKind, reason: &str) -> String {
    let path = match kind {
        JobKind::Store => dir.store_path(),
        JobKind::Session => dir.session_path(),
    };
    format!("Could not save {}: {reason}.", path.display())
}

/// What the writer's thread receives.
enum Message {
    Job(Job),
    /// See [`Writer::start_from`].
    Base(Box<Store>),
}

/// One job carried out by `saver`. A new saver knows nothing of what is on
/// disk, so it writes the store whole (the fallback when there is no
/// writer thread).
fn write(saver: &mut Saver, job: Job) -> Outcome {
    let kind = job.kind();
    let result = match job {
        Job::Store(bytes) => saver.write_bytes(&bytes),
        Job::Snapshot(store) => saver.save(*store),
        Job::Session(bytes) => saver.dir().write_session_bytes(&bytes),
    };
    (kind, result.map_err(|e| e.to_string()))
}

/// The newest waiting job for one file, and how many jobs it stands for.
struct Latest {
    order: usize,
    job: Job,
    count: usize,
}

fn run(dir: &DataDir, messages: &Receiver<Message>, results: &Sender<Outcome>) {
    let mut saver = Saver::new(dir.clone());
    while let Ok(first) = messages.recv() {
        let mut latest: [Option<Latest>; 2] = [None, None];
        let mut order = 0;
        let mut next = Some(first);
        while let Some(message) = next {
            match message {
                Message::Base(store) => {
                    // What came before it is written against what came before.
                    write_batch(&mut saver, &mut latest, results);
                    saver.start_from(*store);
                }
                Message::Job(job) => {
                    let slot = &mut latest[job.kind().index()];
                    let count = slot.as_ref().map_or(0, |l| l.count) + 1;
                    *slot = Some(Latest { order, job, count });
                    order += 1;
                }
            }
            next = messages.try_recv().ok();
        }
        write_batch(&mut saver, &mut latest, results);
    }
}

fn write_batch(saver: &mut Saver, latest: &mut [Option<Latest>; 2], results: &Sender<Outcome>) {
    let mut batch: Vec<Latest> = latest.iter_mut().filter_map(Option::take).collect();
    batch.sort_by_key(|l| l.order);
    for Latest { job, count, .. } in batch {
        let outcome = write(saver, job);
        for _ in 0..count {
            // Nobody listening (the Writer was dropped) is no reason to
            // stop writing what was asked for.
            let _ = results.send(outcome.clone());
        }
    }
}

#[cfg(test)]
mod tests;
