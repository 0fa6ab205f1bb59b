//! The event loop: the only code that touches the terminal. Events come in,
//! become messages for the workbook, and the effects it returns are carried
//! out (saves go to a background writer, so typing never waits for the disk).

use std::io::{IsTerminal, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use chrono::Local;
use opening::Opening;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyEventKind,
};
use ratatui::crossterm::execute;

use crate::effects::{self, Edge, Flow};
use crate::keymap;
use crate::model::{Store, Timestamp};
use crate::store::writer::{Job, Outcome, Writer};
use crate::store::{self, DataDir};
use crate::workbook::{Arrival, Msg, Workbook};

mod access;
mod input;
mod mouse;
mod opening;
mod panic_save;

/// How long the loop waits for a key before it ticks (for draft autosave).
const TICK: Duration = Duration::from_millis(500);

fn now() -> Timestamp {
    Local::now().fixed_offset()
}

/// The workbook with the settings from `config.toml` and `--color`.
/// Returns who asked to leave the workbook ("Leave this workbook"), for
/// the command line to carry on once the screen and the lock are given
/// back.
pub(crate) fn run_with(
    dir: DataDir,
    content: crate::settings::PackReading,
    profile: Option<String>,
    mut settings: crate::settings::Settings,
) -> Result<Option<crate::model::PartnerId>> {
    if !stdout().is_terminal() {
        bail!(crate::t!("app-needs-terminal"));
    }
    dir.ensure()?;
    let (stdin, mut stderr) = (std::io::stdin(), std::io::stderr());
    let (lock, read_only) = match access::open(&dir, &mut stdin.lock(), &mut stderr)? {
        access::Access::Write(lock) => (Some(lock), None),
        access::Access::ReadOnly(why) => (None, Some(why)),
        access::Access::Quit => return Ok(None),
    };
    if lock.is_some() {
        // What a killed editor left (plain words): no editor runs without
        // the lock, which is ours now.
        crate::own_editor::remove_leftovers(dir.root());
    }
    let session = dir.load_session()?;
    let summary = dir.load_summary();
    // Everything above needs no content: the pack was read meanwhile.
    let content = content.wait()?;
    settings.warnings = crate::settings::warn(&settings, &content);
    let content = Arc::new(content);
    let config = settings.loaded.config.clone();
    let warnings = settings.warnings.clone();
    let workbook = {
        let (content, session, profile) = (Arc::clone(&content), session.clone(), profile.clone());
        move |store: Store, read_only: Option<String>, arrival: Arrival| {
            let mut wb = Workbook::arriving(content, store, session, profile.as_deref(), arrival)
                .with_config(config)
                .with_warnings(&warnings);
            if let Some(why) = read_only {
                wb.set_read_only(why);
            }
            wb
        }
    };
    let writer = Writer::spawn(dir.clone());
    // With a summary of the journal as it is on disk, the first frame is
    // drawn from it while the journal is read (see `opening`); otherwise
    // the journal is read first.
    let mut opening = match summary {
        Some(summary) => {
            // Checked against the journal once read (and written again if
            // it differs), unless this session may not write.
            let check = read_only.is_none().then(|| summary.clone());
            let preview = Workbook::preview(
                Arc::clone(&content),
                summary.store,
                summary.entries_by,
                &session,
                profile.as_deref(),
            );
            let make: opening::Make =
                Box::new(move |store, arrival| workbook(store, read_only, arrival));
            Opening::Loading(opening::Loading::start(&dir, preview, make, check))
        }
        // A store that cannot be read is never replaced: stop before drawing anything.
        None => {
            let (store, read_only) = match dir.load_store() {
                Ok(Some(store)) => {
                    // The summary was missing or stale: written again now,
                    // so the next start draws at once even if nothing is saved.
                    if read_only.is_none() {
                        dir.refresh_summary(&store, None);
                    }
                    (store, read_only)
                }
                Ok(None) => (Store::default(), read_only),
                Err(e @ store::StoreError::Newer { .. }) => {
                    match access::newer_store(&dir, &e, &mut stdin.lock(), &mut stderr)? {
                        Some((store, why)) => (store, Some(why)),
                        None => return Ok(None),
                    }
                }
                Err(e) => return Err(e.into()),
            };
            writer.start_from(store.clone());
            Opening::Ready(workbook(store, read_only, Arrival::WhereTheyLeftOff))
        }
    };
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .with_context(|| crate::t!("app-cannot-watch-terminal"))?;
    }

    let mut terminal = ratatui::init();
    install_panic_note(&dir);
    // Pasted text arrives as one event instead of a storm of keys.
    let _ = execute!(stdout(), EnableBracketedPaste, EnableMouseCapture);
    let data_root = dir.root().to_path_buf();
    let looped = input::Input::spawn()
        .with_context(|| crate::t!("app-cannot-read-keyboard"))
        .and_then(|input| {
            // Every answer from another thread wakes the loop at once.
            writer.wake_with(input.waker());
            if let Opening::Loading(l) = &opening {
                l.wake_with(input.waker());
            }
            let mut edge = AppEdge {
                writer: &writer,
                terminal: &mut terminal,
                input: &input,
                wake: input.waker(),
                data_root: &data_root,
                config: &settings.loaded.config,
                unlocking: Vec::new(),
            };
            let looped = event_loop(&mut edge, &mut opening, &stop, &settings.theme);
            // Someone walked in: nothing of ours stays on the screen. Wiped
            // here, before `input` is dropped: stopping the keyboard thread
            // waits for it to notice (up to one 50 ms poll), with everything
            // still on screen meanwhile. The quick exit's saves are with the
            // writer already (the quit carries them out first).
            if opening.quick_exit_left() {
                clear_everything();
            }
            looped
        });
    // Whatever the loop's outcome, everything in memory is with the writer
    // before anything touches a terminal that may already be gone.
    // (Read-only never writes, and a journal still being read has nothing
    // new in it: the loop only ends that early when it could not be read.)
    let hidden = matches!(&opening, Opening::Loading(l) if l.hidden);
    let departing = opening.ready().and_then(|wb| wb.departing());
    let quick_exited = match opening.ready() {
        Some(wb) => {
            if !wb.is_read_only() && !wb.may_leave() {
                // The loop ended without the workbook's own quit (an error):
                // the workbook's quit saves are carried out here.
                let mut edge = Final(&writer);
                let effects = wb.update(Msg::Flush, now());
                effects::carry_out(wb, &mut edge, effects, &now);
            }
            wb.quick_exited()
        }
        None => hidden,
    };
    // The last results decide what is said: the numbers of the saves, as
    // everywhere else.
    let outcomes = writer.finish(Duration::from_secs(10));
    let failed: Vec<String> = match opening.ready() {
        Some(wb) => {
            for msg in messages_of(outcomes) {
                wb.update(msg, now());
            }
            // The writer is done: anything more goes to the disk at once.
            let mut edge = effects::AtOnce::new(crate::store::saver::Saver::new(dir.clone()));
            effects::rescue_after_quick_exit(wb, &mut edge, &std::env::temp_dir(), &now);
            let saves = wb.saves();
            let why = saves.why_unsaved().map_or_else(
                || crate::t!("walk-edge-save-unfinished"),
                ToString::to_string,
            );
            (!saves.all_durable()).then_some(why).into_iter().collect()
        }
        None => outcomes
            .into_iter()
            .filter_map(|o| {
                let file = match o.kind {
                    crate::model::SaveTarget::Store => crate::store::STORE_FILE,
                    crate::model::SaveTarget::Session => crate::model::SESSION_FILE,
                };
                o.result.err().map(|why| format!("{file}: {why}"))
            })
            .collect(),
    };
    let (parting, chose_to_leave) = match opening.ready() {
        Some(wb) => (
            wb.parting_words().map(str::to_string),
            wb.chose_to_leave_unsaved(),
        ),
        None => (None, false),
    };
    // A frame cut short by an error leaves no synchronized update open.
    let _ = execute!(
        stdout(),
        ratatui::crossterm::terminal::EndSynchronizedUpdate,
        DisableBracketedPaste,
        DisableMouseCapture
    );
    // `restore()` reports failure with eprintln!, which panics when the
    // window (and so stderr) is gone; `try_restore` just returns it.
    let _ = ratatui::try_restore();
    if quick_exited {
        clear_everything();
    }
    looped?;
    if let Some(words) = parting {
        let _ = writeln!(std::io::stdout(), "{words}");
    }
    if !failed.is_empty() && !chose_to_leave {
        bail!(crate::t!(
            "app-not-saved",
            folder = dir.root().display().to_string(),
            why = failed.join("\n")
        ));
    }
    Ok(departing.filter(|_| !quick_exited))
}

fn event_loop(
    edge: &mut AppEdge,
    opening: &mut Opening,
    stop: &AtomicBool,
    theme: &crate::ui::Theme,
) -> Result<()> {
    let size = edge.terminal.size()?;
    let resize = Msg::Resize(size.width, size.height);
    match opening {
        Opening::Ready(wb) => {
            wb.update(resize, now());
        }
        Opening::Loading(l) => {
            l.preview.update(resize, now());
        }
    }
    let mut redraw = true;
    // The journal's words folded for the search box, asked for once.
    let mut folding = false;
    let mut covered = false;
    loop {
        if redraw {
            // Each frame is one synchronized update (DEC private mode 2026):
            // a terminal that knows the mode shows the frame whole, never
            // half drawn, and one that does not ignores it.
            execute!(
                edge.terminal.backend_mut(),
                ratatui::crossterm::terminal::BeginSynchronizedUpdate
            )?;
            let hidden = matches!(opening, Opening::Loading(l) if l.hidden);
            // A cover or the quick exit's blank screen wipes the terminal in
            // one step before it is drawn: no cell of the person before stays
            // while the rest is redrawn.
            let covers = opening.shown().hides_everyone();
            if covers && !std::mem::replace(&mut covered, covers) {
                // ESC[2J first; then a blank frame, so ratatui's idea of the
                // screen is blank too and the cover is drawn in full.
                // (`Terminal::clear` asks where the cursor is, which would
                // race the input thread for the answer.)
                execute!(
                    edge.terminal.backend_mut(),
                    ratatui::crossterm::terminal::Clear(
                        ratatui::crossterm::terminal::ClearType::All
                    )
                )?;
                edge.terminal.draw(|_| {})?;
            }
            covered = covers;
            let drawn = edge
                .terminal
                .draw(|frame| {
                    if !hidden {
                        crate::ui::draw_with(frame, opening.shown(), theme);
                    }
                })
                .map(|_| ());
            execute!(
                edge.terminal.backend_mut(),
                ratatui::crossterm::terminal::EndSynchronizedUpdate
            )?;
            drawn?;
            if let Opening::Loading(l) = opening {
                l.first_frame_out();
            }
        }
        let stopping = stop.load(Ordering::Relaxed);
        if let Opening::Loading(_) = opening {
            // Waits for a key, or for the journal read (it wakes the loop).
            let next = if stopping {
                input::Next::Gone
            } else {
                edge.input.next(TICK)
            };
            let (leave, drawn) = edge.while_loading(opening, next)?;
            redraw = drawn;
            if leave {
                return Ok(());
            }
            continue;
        }
        let Opening::Ready(wb) = opening else {
            continue;
        };
        if !std::mem::replace(&mut folding, true) {
            edge.fold(wb.fold_job());
        }
        // Answers from other threads wake the loop (see `input::Wake`);
        // the wait is only for what moves or happens by itself.
        let wait = if wb.wants_fast_ticks() {
            // The breathing guide's shape moves: about ten frames a second.
            MOTION_TICK
        } else {
            TICK
        };
        let next = if stopping {
            input::Next::Gone
        } else {
            edge.input.next(wait)
        };
        let gone = matches!(next, input::Next::Gone);
        let msgs = match next {
            input::Next::Event(event) => messages(wb, event),
            // Its answer is read by `effects::poll` below.
            input::Next::Woken => Vec::new(),
            input::Next::Idle => vec![Msg::Tick],
            // The window was closed, or a signal asks to stop: save and go.
            input::Next::Gone => vec![Msg::Action(keymap::Action::Quit)],
        };
        // Every update may change what is drawn (an idle lock on a tick, a
        // save's result), so draw after each: ratatui sends only what changed.
        redraw = true;
        if effects::poll(wb, edge, &now) == Flow::Leave || edge.apply(wb, msgs) {
            return Ok(());
        }
        if gone {
            // No one is there to answer "not saved yet": a copy goes where
            // it can be found, and the path is printed.
            edge.rescue(wb);
            return Ok(());
        }
    }
}

/// How often the loop ticks while something on screen moves by itself.
const MOTION_TICK: Duration = Duration::from_millis(100);

/// What the workbook makes of one terminal event.
fn messages(wb: &Workbook, event: Event) -> Vec<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if let Some(action) = keymap::lookup(wb.context(), key) {
                vec![Msg::Action(action)]
            } else if wb.accepts_text() {
                vec![Msg::Input(key)]
            } else {
                Vec::new()
            }
        }
        Event::Paste(text) => vec![Msg::Paste(text)],
        Event::Mouse(m) => mouse::action(wb.context(), m.kind)
            .map(Msg::Action)
            .into_iter()
            .collect(),
        Event::Resize(w, h) => vec![Msg::Resize(w, h)],
        _ => Vec::new(),
    }
}

/// A writer's result as the workbook's messages.
fn messages_of(outcomes: Vec<Outcome>) -> Vec<Msg> {
    let mut out = Vec::new();
    for o in outcomes {
        let target = o.kind;
        out.push(match o.result {
            Ok(()) => Msg::Saved(target, o.seq),
            Err(why) => Msg::SaveFailed(target, o.seq, why.into()),
        });
        if o.backups_sealed > 0 {
            out.push(Msg::BackupsSealed(o.backups_sealed));
        }
    }
    out
}

/// The full screen's edge: saves go to the background writer, the
/// person's editor gets the terminal, unlocking runs on its own thread.
struct AppEdge<'a> {
    writer: &'a Writer,
    terminal: &'a mut ratatui::DefaultTerminal,
    input: &'a input::Input,
    /// Wakes the loop when a thread of `unlocking` has said something.
    wake: input::Wake,
    /// The data folder: the own editor's private folder is named after it.
    data_root: &'a std::path::Path,
    /// The settings read at the start (which editor is the person's own).
    config: &'a crate::config::Config,
    /// Work under way on other threads, answered by a message: key
    /// derivations, the journal's words folded for the search box.
    unlocking: Vec<std::sync::mpsc::Receiver<Msg>>,
}

impl AppEdge<'_> {
    /// Folds the journal's words on their own thread (see
    /// `workbook::words`); without a thread, nothing is done and
    /// the search folds them when it needs them.
    fn fold(&mut self, job: crate::workbook::FoldJob) {
        self.background("trustmend-fold", move |say| {
            job.parts(crate::workbook::PART, &mut |msg| say(msg));
        });
    }
}

impl Edge for AppEdge<'_> {
    fn write_store(&mut self, seq: u64, store: Store) {
        Final(self.writer).write_store(seq, store);
    }

    fn write_session(&mut self, seq: u64, bytes: Vec<u8>) {
        Final(self.writer).write_session(seq, bytes);
    }

    fn results(&mut self) -> Vec<Msg> {
        let mut out = Final(self.writer).results();
        // A thread may say several things (protecting tells its progress);
        // it is forgotten once it has ended and everything it said is read.
        self.unlocking.retain(|rx| {
            loop {
                match rx.try_recv() {
                    Ok(msg) => out.push(msg),
                    Err(std::sync::mpsc::TryRecvError::Empty) => return true,
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => return false,
                }
            }
        });
        out
    }

    fn settle(&mut self) -> Vec<Msg> {
        Final(self.writer).settle()
    }

    fn open_editor(&mut self, text: &str) -> Result<String, String> {
        let command = crate::own_editor::command(self.config)?;
        self.input.pause();
        let result = crate::own_editor::edit(self.terminal, &command, text, self.data_root);
        self.input.resume();
        result
    }

    fn unlock(&mut self, work: crate::workbook::Unlocking) {
        self.background("trustmend-unlock", move |say| say(work.run()));
    }

    fn protect(&mut self, work: crate::workbook::Protecting) {
        self.background("trustmend-protect", move |say| {
            let answer = work.run(&mut |progress| say(progress));
            say(answer);
        });
    }
}

/// Work for another thread, and how it says something to the loop.
type Background = Box<dyn FnOnce(&dyn Fn(Msg)) + Send>;

impl AppEdge<'_> {
    /// Runs `job` on a thread of its own: everything it says comes back
    /// from `results`, each time waking the loop. Without a thread it runs
    /// here, slower to draw but never refused.
    fn background(&mut self, name: &str, job: impl FnOnce(&dyn Fn(Msg)) + Send + 'static) {
        let (tx, rx) = std::sync::mpsc::channel();
        let wake = Arc::clone(&self.wake);
        let say = move |msg: Msg| {
            let _ = tx.send(msg);
            wake();
        };
        let job: Background = Box::new(job);
        let slot = Arc::new(std::sync::Mutex::new(Some((job, say))));
        let theirs = Arc::clone(&slot);
        let run = move |slot: &std::sync::Mutex<Option<(Background, _)>>| {
            let taken = slot.lock().ok().and_then(|mut s| s.take());
            if let Some((job, say)) = taken {
                job(&say);
            }
        };
        let spawned = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || run(&theirs));
        if spawned.is_err() {
            run(&slot);
        }
        self.unlocking.push(rx);
    }
}

/// The writer alone: the edge on the way out, once the terminal is not ours.
struct Final<'a>(&'a Writer);

impl Edge for Final<'_> {
    fn write_store(&mut self, seq: u64, store: Store) {
        // The copy shares its entries with the workbook, so taking it is
        // cheap; the writer compares and serializes it on its own thread.
        self.0.submit(seq, Job::Snapshot(Box::new(store)));
    }

    fn write_session(&mut self, seq: u64, bytes: Vec<u8>) {
        // The sealed copy: a panic writes exactly what disk gets.
        panic_save::remember_session(&bytes);
        self.0.submit(seq, Job::Session(bytes));
    }

    fn results(&mut self) -> Vec<Msg> {
        messages_of(self.0.poll())
    }

    fn settle(&mut self) -> Vec<Msg> {
        messages_of(self.0.wait(Duration::from_secs(10)))
    }

    fn open_editor(&mut self, _: &str) -> Result<String, String> {
        Err(crate::t!("app-screen-closing"))
    }

    fn unlock(&mut self, _: crate::workbook::Unlocking) {}

    fn protect(&mut self, _: crate::workbook::Protecting) {}
}

impl AppEdge<'_> {
    /// One turn while the journal is read: keep what came in, and once the
    /// journal is there, replay it on the real workbook. Returns whether to
    /// stop, and whether to draw. When the window closes (or a signal asks
    /// to stop) meanwhile, it waits for the journal so that what was typed
    /// is still saved.
    fn while_loading(&mut self, opening: &mut Opening, next: input::Next) -> Result<(bool, bool)> {
        let Opening::Loading(l) = opening else {
            return Ok((false, false));
        };
        let gone = matches!(next, input::Next::Gone);
        let mut redraw = false;
        if let input::Next::Event(event) = next {
            match &event {
                Event::Resize(w, h) => {
                    l.preview.update(Msg::Resize(*w, *h), now());
                    redraw = true;
                }
                // Someone walked in: the screen goes blank now, and the
                // quick exit is carried out as soon as it can be.
                Event::Key(key)
                    if keymap::lookup(l.preview.context(), *key)
                        == Some(keymap::Action::QuickExit) =>
                {
                    l.hidden = true;
                    redraw = true;
                }
                _ => {}
            }
            let msgs = messages(&l.preview, event.clone());
            redraw |= l.offer(event, &msgs, now());
        }
        let Some((wb, on_disk, typed)) = l.poll(gone, now())? else {
            return Ok((false, redraw));
        };
        self.writer.start_from(on_disk);
        *opening = Opening::Ready(wb);
        let Opening::Ready(wb) = opening else {
            return Ok((false, true));
        };
        let size = self.terminal.size()?;
        wb.update(Msg::Resize(size.width, size.height), now());
        for event in typed {
            let msgs = messages(wb, event);
            if self.apply(wb, msgs) {
                return Ok((true, true));
            }
        }
        if gone {
            let left = self.apply(wb, vec![Msg::Action(keymap::Action::Quit)]);
            if !left {
                self.rescue(wb);
            }
            return Ok((true, true));
        }
        Ok((false, true))
    }

    /// Carries out messages and their effects. Returns whether to leave.
    fn apply(&mut self, wb: &mut Workbook, msgs: Vec<Msg>) -> bool {
        for msg in msgs {
            let effects = wb.update(msg, now());
            if effects::carry_out(wb, self, effects, &now) == Flow::Leave {
                return true;
            }
        }
        false
    }

    /// The person is gone (window closed, or a signal) and a save failed:
    /// a copy goes to the temporary folder (see [`effects::rescue`]).
    fn rescue(&mut self, wb: &mut Workbook) {
        let folder = std::env::temp_dir();
        effects::rescue(wb, &mut Final(self.writer), &folder, &now);
    }
}

/// The quick exit: wipe the screen and the scrollback, cursor home, so the
/// terminal shows a clean prompt and scrolling up shows nothing of ours.
/// Written straight out: `Terminal::clear` first asks the terminal where
/// the cursor is and waits for the answer (up to two seconds when none
/// comes, or when the input thread takes it), with everything still on
/// screen meanwhile.
fn clear_everything() {
    use ratatui::crossterm::cursor::MoveTo;
    use ratatui::crossterm::terminal::{Clear, ClearType};
    let _ = execute!(
        stdout(),
        Clear(ClearType::All),
        Clear(ClearType::Purge),
        MoveTo(0, 0)
    );
}

/// After ratatui's hook has restored the terminal, save the drafts and say
/// where the journal is.
fn install_panic_note(dir: &DataDir) {
    let dir = dir.clone();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            stdout(),
            ratatui::crossterm::terminal::EndSynchronizedUpdate,
            DisableBracketedPaste,
            DisableMouseCapture
        );
        previous(info);
        // Not eprintln!: a second panic here (stderr gone) would abort.
        let _ = writeln!(std::io::stderr(), "{}", panic_save::save_for_panic(&dir));
    }));
}
