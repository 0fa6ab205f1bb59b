//! Opening a large journal without making anyone wait for it.
//!
//! When the last save left a summary that still matches `store.json` (see
//! [`crate::store::summary`]), the first frame is drawn from it at once, a
//! stand-in workbook ([`Workbook::preview`]), while the journal is read on
//! its own thread. Keys typed meanwhile are kept, in order, and replayed on
//! the real workbook as soon as it exists, so nothing typed is lost or goes
//! to the wrong screen. The journal's thread starts reading once the first
//! frame is out (it would otherwise take one of the two cores of a small
//! machine, and the pages of the file, from the frame). Without a usable
//! summary the journal is read first, as it is for every command.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use anyhow::{Result, anyhow};
use ratatui::crossterm::event::Event;

use crate::model::{Store, Timestamp};
use crate::store::summary::Summary;
use crate::store::{DataDir, StoreError};
use crate::workbook::{Arrival, Msg, Workbook};

/// Turns the store, once read, into the workbook (with the session,
/// profile, settings and read-only reason already chosen), with the
/// person arriving where the stand-in showed them if keys were typed on it.
pub(super) type Make = Box<dyn FnOnce(Store, Arrival) -> Workbook>;

pub(super) enum Opening {
    /// The journal is read: this is the workbook.
    Ready(Workbook),
    Loading(Loading),
}

pub(super) struct Loading {
    /// Drawn until the journal is read; it answers only the keys that read
    /// nothing of the journal, and nothing from it is ever saved.
    pub preview: Workbook,
    /// Every event that came in meanwhile and the stand-in did not answer
    /// itself, to be replayed in order.
    pub typed: Vec<Event>,
    /// Whether the stand-in answered a key itself (see
    /// `Workbook::answers_while_reading`).
    answered: bool,
    /// The quick exit was pressed: draw nothing until it is carried out.
    pub hidden: bool,
    journal: Receiver<Result<Option<Store>, StoreError>>,
    make: Option<Make>,
    /// Whether the journal is read, and whom to wake when it is (see
    /// [`Loading::wake_with`]): one lock, so no wake is lost between them.
    read: Arc<Mutex<(bool, Option<super::input::Wake>)>>,
    /// Held until the first frame is out ([`Loading::first_frame_out`]):
    /// the journal's thread waits for it to go before it reads, so that
    /// reading (a hundred megabytes of pages, on one of two cores) does not
    /// slow the first frame, which needs none of it.
    go: Option<mpsc::Sender<()>>,
}

impl Loading {
    /// Starts reading `store.json` on its own thread. With `check` (the
    /// summary the preview was drawn from, when this session may write),
    /// the summary is written again if the journal read differs from it,
    /// before the journal is handed over (so before anything is saved).
    pub(super) fn start(
        dir: &DataDir,
        preview: Workbook,
        make: Make,
        check: Option<Summary>,
    ) -> Loading {
        let (tx, rx) = mpsc::channel();
        let (go, wait_to_go) = mpsc::channel::<()>();
        let (reader, checked) = (dir.clone(), check.clone());
        let done: Arc<Mutex<(bool, Option<super::input::Wake>)>> = Arc::default();
        let told = Arc::clone(&done);
        let spawned = std::thread::Builder::new()
            .name("trustmend-open".into())
            .spawn(move || {
                // Until the first frame is out, or the opening is let go.
                let _ = wait_to_go.recv();
                let _ = tx.send(read(&reader, checked.as_ref()));
                if let Ok(mut slot) = told.lock() {
                    slot.0 = true;
                    if let Some(wake) = &slot.1 {
                        wake();
                    }
                }
            });
        let journal = match spawned {
            Ok(_) => rx,
            // No thread: read it here instead, just slower to first frame.
            Err(_) => {
                let (tx, rx) = mpsc::channel();
                let _ = tx.send(read(dir, check.as_ref()));
                if let Ok(mut slot) = done.lock() {
                    slot.0 = true;
                }
                rx
            }
        };
        Loading {
            preview,
            typed: Vec::new(),
            answered: false,
            hidden: false,
            journal,
            make: Some(make),
            read: done,
            go: Some(go),
        }
    }

    /// The first frame is on the terminal: the journal is read from now on.
    pub(super) fn first_frame_out(&mut self) {
        self.go = None;
    }

    /// From now on, `wake` is called once the journal is read (at once, if
    /// it already is): the loop waits for a key or for this, never polls.
    pub(super) fn wake_with(&self, wake: super::input::Wake) {
        if let Ok(mut slot) = self.read.lock() {
            if slot.0 {
                wake();
            }
            slot.1 = Some(wake);
        }
    }

    /// An event that came in while the journal is read, with the messages
    /// it means on the stand-in: answered by the stand-in at once if it is
    /// one it answers (`Workbook::answer_while_reading`) and no earlier
    /// key is waiting, else kept to be replayed, so the keys stay in order.
    /// Returns whether the stand-in changed (to be drawn).
    pub(super) fn offer(&mut self, event: Event, msgs: &[Msg], now: Timestamp) -> bool {
        let waiting = self.hidden || self.typed.iter().any(acts);
        match msgs {
            [msg] if !waiting && self.preview.answer_while_reading(msg, now) => {
                self.answered = true;
                true
            }
            _ => {
                self.typed.push(event);
                false
            }
        }
    }

    /// The real workbook, the store as read (for the writer to compare the
    /// next save with) and the events that came in meanwhile, once the
    /// journal is read; with `wait`, waits for it (for quitting: what was
    /// typed meanwhile is still carried out, and saved).
    pub(super) fn poll(
        &mut self,
        wait: bool,
        now: Timestamp,
    ) -> Result<Option<(Workbook, Store, Vec<Event>)>> {
        let read = if wait {
            self.first_frame_out();
            self.journal.recv().map_err(|_| stopped())?
        } else {
            match self.journal.try_recv() {
                Ok(read) => read,
                Err(TryRecvError::Empty) => return Ok(None),
                Err(TryRecvError::Disconnected) => return Err(stopped()),
            }
        };
        // A store that cannot be read is never replaced: the app stops
        // before anything could be saved, and says why.
        let store = read?.unwrap_or_default();
        let make = self.make.take().ok_or_else(stopped)?;
        let on_disk = store.clone();
        // Keys typed on the stand-in were meant for the screen it showed:
        // the workbook arrives there, takes the place the keys it answered
        // left it in, and then the keys it did not.
        let touched = self.answered || self.typed.iter().any(acts);
        let arrival = if touched {
            Arrival::Home
        } else {
            Arrival::WhereTheyLeftOff
        };
        let mut wb = make(store, arrival);
        if self.answered {
            wb.take_place_from(&self.preview, now);
        }
        Ok(Some((wb, on_disk, std::mem::take(&mut self.typed))))
    }
}

/// Whether `event` does something on the screen (a key, a paste, the
/// mouse), unlike a resize or the window's focus.
fn acts(event: &Event) -> bool {
    !matches!(
        event,
        Event::Resize(..) | Event::FocusGained | Event::FocusLost
    )
}

/// The journal, read; and its summary written again if it differs from
/// `check` (see [`DataDir::refresh_summary`]).
fn read(dir: &DataDir, check: Option<&Summary>) -> Result<Option<Store>, StoreError> {
    let read = dir.load_store();
    if let (Ok(Some(store)), Some(used)) = (&read, check) {
        dir.refresh_summary(store, Some(used));
    }
    read
}

fn stopped() -> anyhow::Error {
    anyhow!(crate::t!("app-reading-stopped"))
}

impl Opening {
    /// The workbook to draw: the real one, or the stand-in.
    pub(super) fn shown(&self) -> &Workbook {
        match self {
            Opening::Ready(wb) => wb,
            Opening::Loading(l) => &l.preview,
        }
    }

    /// The real workbook, once the journal is read.
    /// Whether the quick exit ended the loop (from the workbook, or while
    /// the journal was still being read).
    pub(super) fn quick_exit_left(&self) -> bool {
        match self {
            Opening::Ready(wb) => wb.quick_exited(),
            Opening::Loading(l) => l.hidden,
        }
    }

    pub(super) fn ready(&mut self) -> Option<&mut Workbook> {
        match self {
            Opening::Ready(wb) => Some(wb),
            Opening::Loading(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::time::{Duration, Instant};

    use super::*;
    use crate::model::{Role, Visibility};
    use crate::testing::t0;
    use crate::workbook::Session;

    /// A journal of one entry by Alex in a new folder, and the opening of it
    /// (the stand-in drawn from nothing).
    fn opening(folder: &std::path::Path) -> Loading {
        let dir = DataDir::at(folder.to_path_buf());
        let mut store = Store::default();
        let alex = store.add_partner("Alex", Role::Hurt, t0());
        store.add_free_entry(alex, "The first evening", Visibility::Private, t0());
        dir.save_store(&mut store).unwrap();
        let content = Arc::new(crate::content::Content::bundled().unwrap());
        let preview = Workbook::preview(
            Arc::clone(&content),
            Store::default(),
            BTreeMap::new(),
            &Session::default(),
            Some("Alex"),
        );
        let make: Make = Box::new(move |store, arrival| {
            Workbook::arriving(content, store, Session::default(), Some("Alex"), arrival)
        });
        Loading::start(&dir, preview, make, None)
    }

    /// The journal is not read until the first frame is out (reading it
    /// would take a core and the file's pages from the frame, which needs
    /// none of it), and is read once it is.
    #[test]
    fn the_journal_is_read_once_the_first_frame_is_out() {
        let folder = tempfile::tempdir().unwrap();
        let mut loading = opening(folder.path());
        // Long enough for a journal of one entry to be read many times over.
        std::thread::sleep(Duration::from_millis(300));
        assert!(loading.poll(false, t0()).unwrap().is_none());
        loading.first_frame_out();
        let until = Instant::now() + Duration::from_secs(20);
        let read = loop {
            if let Some(read) = loading.poll(false, t0()).unwrap() {
                break read;
            }
            assert!(Instant::now() < until, "the journal was never read");
            std::thread::sleep(Duration::from_millis(5));
        };
        assert_eq!(read.1.entries.len(), 1);
    }

    /// Waiting for the journal (to quit) before any frame was drawn reads
    /// it all the same: nothing waits on a frame that never comes.
    #[test]
    fn waiting_for_the_journal_reads_it_without_a_frame() {
        let folder = tempfile::tempdir().unwrap();
        let mut loading = opening(folder.path());
        let read = loading.poll(true, t0()).unwrap();
        assert_eq!(read.map(|r| r.1.entries.len()), Some(1));
    }
}
