//! Terminal events, read on their own thread.
//!
//! crossterm 0.29 never returns from `poll` once the terminal is gone (its
//! read loop spins on end-of-file), so reading on the main thread would
//! leave trustmend running, holding the lock, after its window is closed.
//! Here the main loop waits on a channel with a timeout and always gets
//! back control to see SIGHUP/SIGTERM and quit cleanly.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

/// How long one poll waits before the thread checks whether it is paused.
const SLICE: Duration = Duration::from_millis(50);

pub(super) enum Next {
    Event(Event),
    /// Work on another thread answered (a save, an unlock): look at once.
    Woken,
    /// Nothing happened for the whole wait.
    Idle,
    /// The terminal cannot be read any more.
    Gone,
}

/// What the loop waits on: the terminal, and every other thread that has
/// something to say, through one channel, so it wakes on whichever comes
/// first instead of looking every so often.
enum Incoming {
    Terminal(std::io::Result<Event>),
    Wake,
}

/// Wakes the loop (see [`Input::waker`]).
pub(super) type Wake = Arc<dyn Fn() + Send + Sync>;

pub(super) struct Input {
    rx: Receiver<Incoming>,
    tx: mpsc::Sender<Incoming>,
    /// Set while someone else (the person's own editor) owns the terminal.
    paused: Arc<AtomicBool>,
    /// Set by the thread when it has seen `paused` and stopped reading.
    idle: Arc<AtomicBool>,
}

impl Input {
    pub(super) fn spawn() -> std::io::Result<Input> {
        let (tx, rx) = mpsc::channel();
        let terminal = tx.clone();
        let paused = Arc::new(AtomicBool::new(false));
        let idle = Arc::new(AtomicBool::new(false));
        let (p, i) = (Arc::clone(&paused), Arc::clone(&idle));
        thread::Builder::new()
            .name("trustmend-input".into())
            .spawn(move || {
                loop {
                    if p.load(Ordering::SeqCst) {
                        i.store(true, Ordering::SeqCst);
                        thread::sleep(SLICE);
                        continue;
                    }
                    i.store(false, Ordering::SeqCst);
                    let next = match event::poll(SLICE) {
                        Ok(false) => continue,
                        Ok(true) => event::read(),
                        Err(e) => Err(e),
                    };
                    let failed = next.is_err();
                    if terminal.send(Incoming::Terminal(next)).is_err() || failed {
                        break;
                    }
                }
            })?;
        Ok(Input {
            rx,
            tx,
            paused,
            idle,
        })
    }

    /// A way for another thread to wake the loop when it has answered.
    pub(super) fn waker(&self) -> Wake {
        let tx = Mutex::new(self.tx.clone());
        Arc::new(move || {
            if let Ok(tx) = tx.lock() {
                let _ = tx.send(Incoming::Wake);
            }
        })
    }

    /// The next event, `Woken` when another thread answered, or `Idle`
    /// after `wait` without either.
    pub(super) fn next(&self, wait: Duration) -> Next {
        match self.rx.recv_timeout(wait) {
            Ok(Incoming::Terminal(Ok(ev))) => Next::Event(ev),
            Ok(Incoming::Terminal(Err(_))) => Next::Gone,
            Ok(Incoming::Wake) => Next::Woken,
            Err(RecvTimeoutError::Timeout) => Next::Idle,
            Err(RecvTimeoutError::Disconnected) => Next::Gone,
        }
    }

    /// Stop reading the terminal (for another program to use it); returns
    /// once the thread has stopped, or after a short while at most.
    pub(super) fn pause(&self) {
        self.paused.store(true, Ordering::SeqCst);
        let start = Instant::now();
        while !self.idle.load(Ordering::SeqCst) && start.elapsed() < SLICE * 4 {
            thread::sleep(Duration::from_millis(5));
        }
    }

    pub(super) fn resume(&self) {
        self.paused.store(false, Ordering::SeqCst);
    }
}

/// Once the screen is closed, the terminal is the command line's again
/// (the questions of "Leave this workbook" are read from it): the thread
/// stops reading rather than swallow what is typed there.
impl Drop for Input {
    fn drop(&mut self) {
        self.pause();
    }
}
