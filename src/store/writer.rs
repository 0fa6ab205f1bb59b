//! Saving off the UI thread: the event loop submits a snapshot of the store
//! (cheap: entries are shared, see [`crate::model::Entries`]) or a session's
//! bytes, and polls for results between key presses. Working out what
//! changed, serializing and writing all happen here, so neither a large
//! journal nor a slow or full disk ever freezes the screen.
//!
//! A store is saved by a [`Saver`]: usually one line appended to the change
//! log, now and then the whole store.
//!
//! Every job carries a sequence number, counted per file by whoever submits
//! it (the workbook: see `workbook::Saves`). Jobs are written in the order
//! submitted, except that when several jobs for the same file are waiting,
//! only the newest is written: each holds the whole state, so the older
//! ones are already out of date. Each write is reported once, with the
//! number of the newest job it wrote: a success means every job of that
//! file up to that number is durable (on disk and synced), so the submitter
//! derives "unsaved" from two numbers and never keeps a flag of its own.

use std::cell::{Cell, RefCell};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::DataDir;
use super::saver::Saver;
use crate::model::{SaveTarget, Store, StoreError, Unanswered};

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

/// The outcome of one write: of the job numbered `seq` and, for a success,
/// of every earlier job for the same file. The error stays typed (shared,
/// so the outcome can be handed on) until the workbook words it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub kind: SaveTarget,
    pub seq: u64,
    pub result: Result<(), Arc<StoreError>>,
    /// Older backups that held a protected partner's words in plain and
    /// were sealed by this save (see `store::plain`): the person is told.
    pub backups_sealed: usize,
}

/// Two outcomes are the same when they say the same: the same save of the
/// same file, the same backups sealed, and the same words for a failure.
impl PartialEq for Outcome {
    fn eq(&self, other: &Outcome) -> bool {
        let said = |r: &Result<(), Arc<StoreError>>| r.as_ref().map_err(ToString::to_string).err();
        self.kind == other.kind
            && self.seq == other.seq
            && self.backups_sealed == other.backups_sealed
            && said(&self.result) == said(&other.result)
    }
}

impl Job {
    pub fn kind(&self) -> SaveTarget {
        match self {
            Job::Store(_) | Job::Snapshot(_) => SaveTarget::Store,
            Job::Session(_) => SaveTarget::Session,
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
    /// Per [`SaveTarget`]: the newest number submitted, and the newest one a
    /// result has come back for.
    submitted: Cell<[u64; 2]>,
    answered: Cell<[u64; 2]>,
    /// Results produced on this thread (fallback writes, a dead writer).
    local: RefCell<Vec<Outcome>>,
    /// Called by the thread after each answer (see [`Writer::wake_with`]).
    wake: Arc<Mutex<Option<Wake>>>,
}

/// Called after each answer, so whoever waits for one wakes at once.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

impl Writer {
    pub fn spawn(dir: DataDir) -> Writer {
        let (job_tx, job_rx) = mpsc::channel();
        let (result_tx, result_rx) = mpsc::channel();
        let thread_dir = dir.clone();
        let wake: Arc<Mutex<Option<Wake>>> = Arc::new(Mutex::new(None));
        let thread_wake = Arc::clone(&wake);
        let spawned = std::thread::Builder::new()
            .name("trustmend-writer".into())
            .spawn(move || run(&thread_dir, &job_rx, &result_tx, &thread_wake));
        let (jobs, handle) = match spawned {
            Ok(handle) => (Some(job_tx), Some(handle)),
            Err(_) => (None, None),
        };
        Writer {
            dir,
            jobs,
            results: result_rx,
            handle,
            submitted: Cell::new([0; 2]),
            answered: Cell::new([0; 2]),
            local: RefCell::new(Vec::new()),
            wake,
        }
    }

    /// From now on, `wake` is called each time the thread answers a job.
    pub fn wake_with(&self, wake: Wake) {
        if let Ok(mut slot) = self.wake.lock() {
            *slot = Some(wake);
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

    /// Queue job number `seq` (numbers of one kind only grow).
    pub fn submit(&self, seq: u64, job: Job) {
        let kind = job.kind();
        let mut submitted = self.submitted.get();
        submitted[kind.index()] = submitted[kind.index()].max(seq);
        self.submitted.set(submitted);
        let job = match &self.jobs {
            Some(jobs) => match jobs.send(Message::Job(seq, job)) {
                Ok(()) => return,
                // The thread is gone (it cannot panic by design, but if it
                // did): write here rather than lose the save.
                Err(mpsc::SendError(Message::Job(_, job))) => job,
                Err(mpsc::SendError(Message::Base(_))) => return,
            },
            None => job,
        };
        let outcome = write(&mut Saver::new(self.dir.clone()), seq, job);
        self.local.borrow_mut().push(outcome);
    }

    /// Whether any submitted job has no result yet.
    pub fn busy(&self) -> bool {
        let (s, a) = (self.submitted.get(), self.answered.get());
        s.iter().zip(a.iter()).any(|(s, a)| s > a)
    }

    /// The results of finished writes, without waiting.
    pub fn poll(&self) -> Vec<Outcome> {
        let mut out = std::mem::take(&mut *self.local.borrow_mut());
        self.note_answered(&out);
        loop {
            match self.results.try_recv() {
                // Noted as it comes: a thread that answers and then ends
                // must not have that answer reported again as a failure.
                Ok(outcome) => {
                    self.note_answered(std::slice::from_ref(&outcome));
                    out.push(outcome);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.give_up(&mut out, Unanswered::Stopped);
                    break;
                }
            }
        }
        out
    }

    /// Waits until every submitted job has a result, or `timeout` passes,
    /// and returns the results not yet polled. A job still unanswered at
    /// the deadline is reported as failed (it may still finish later: a
    /// later success then says so).
    pub fn wait(&self, timeout: Duration) -> Vec<Outcome> {
        self.wait_for(timeout).0
    }

    /// [`Writer::wait`], and whether every job was answered by the thread
    /// itself (rather than given up on at the deadline).
    fn wait_for(&self, timeout: Duration) -> (Vec<Outcome>, bool) {
        let deadline = Instant::now() + timeout;
        let mut out = self.poll();
        while self.busy() {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.results.recv_timeout(left) {
                Ok(outcome) => {
                    self.note_answered(std::slice::from_ref(&outcome));
                    out.push(outcome);
                }
                Err(RecvTimeoutError::Timeout) => {
                    self.give_up(&mut out, Unanswered::Waited(timeout));
                    return (out, false);
                }
                Err(RecvTimeoutError::Disconnected) => {
                    self.give_up(&mut out, Unanswered::Stopped);
                    return (out, false);
                }
            }
        }
        (out, true)
    }

    /// Like [`Writer::wait`], then lets the thread end.
    pub fn finish(mut self, timeout: Duration) -> Vec<Outcome> {
        // Closing the channel lets the thread exit once it has written
        // everything queued.
        self.jobs = None;
        let (out, answered) = self.wait_for(timeout);
        if answered && let Some(handle) = self.handle.take() {
            // Everything is written; the thread is only returning. (One
            // still writing at the deadline is left to finish on its own.)
            let _ = handle.join();
        }
        out
    }

    fn note_answered(&self, outcomes: &[Outcome]) {
        let mut a = self.answered.get();
        for o in outcomes {
            a[o.kind.index()] = a[o.kind.index()].max(o.seq);
        }
        self.answered.set(a);
    }

    /// A failure for each kind with jobs still unanswered.
    fn give_up(&self, out: &mut Vec<Outcome>, why: Unanswered) {
        let submitted = self.submitted.get();
        for kind in SaveTarget::ALL {
            let seq = submitted[kind.index()];
            if seq > self.answered.get()[kind.index()] {
                out.push(Outcome {
                    kind,
                    seq,
                    result: Err(Arc::new(StoreError::Unanswered {
                        path: self.dir.path_of(kind),
                        why,
                    })),
                    backups_sealed: 0,
                });
            }
        }
        self.answered.set(submitted);
    }
}

/// What the writer's thread receives.
enum Message {
    Job(u64, Job),
    /// See [`Writer::start_from`].
    Base(Box<Store>),
}

/// One job carried out by `saver`. A new saver knows nothing of what is on
/// disk, so it writes the store whole (the fallback when there is no
/// writer thread).
fn write(saver: &mut Saver, seq: u64, job: Job) -> Outcome {
    let kind = job.kind();
    let mut backups_sealed = 0;
    let result = match job {
        Job::Store(bytes) => saver.write_bytes(&bytes),
        Job::Snapshot(store) => saver.save_reported(*store).map(|report| {
            backups_sealed = report.backups_resealed;
        }),
        Job::Session(bytes) => saver.dir().write_session_bytes(&bytes),
    };
    Outcome {
        kind,
        seq,
        result: result.map_err(Arc::new),
        backups_sealed,
    }
}

/// The newest waiting job for one file.
struct Latest {
    order: usize,
    seq: u64,
    job: Job,
}

fn run(
    dir: &DataDir,
    messages: &Receiver<Message>,
    results: &Sender<Outcome>,
    wake: &Mutex<Option<Wake>>,
) {
    let mut saver = Saver::new(dir.clone()).answering_first();
    while let Ok(first) = messages.recv() {
        let mut latest: [Option<Latest>; 2] = [None, None];
        let mut order = 0;
        let mut next = Some(first);
        while let Some(message) = next {
            match message {
                Message::Base(store) => {
                    // What came before it is written against what came before.
                    write_batch(&mut saver, &mut latest, results, wake);
                    saver.start_from(*store);
                }
                Message::Job(seq, job) => {
                    let slot = job.kind().index();
                    latest[slot] = Some(Latest { order, seq, job });
                    order += 1;
                }
            }
            next = messages.try_recv().ok();
        }
        write_batch(&mut saver, &mut latest, results, wake);
    }
}

fn write_batch(
    saver: &mut Saver,
    latest: &mut [Option<Latest>; 2],
    results: &Sender<Outcome>,
    wake: &Mutex<Option<Wake>>,
) {
    let mut batch: Vec<Latest> = latest.iter_mut().filter_map(Option::take).collect();
    batch.sort_by_key(|l| l.order);
    for Latest { seq, job, .. } in batch {
        // Nobody listening (the Writer was dropped) is no reason to stop
        // writing what was asked for.
        let _ = results.send(write(saver, seq, job));
        if let Ok(slot) = wake.lock()
            && let Some(wake) = slot.as_ref()
        {
            wake();
        }
        // Answered: now the summary, before anything else is written.
        saver.write_owed_summary();
    }
}

#[cfg(test)]
mod tests;
