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

use crate::content::Content;
use crate::keymap;
use crate::model::{Store, Timestamp};
use crate::store::writer::{Job, JobKind, Writer};
use crate::store::{self, DataDir};
use crate::workbook::{Effect, Msg, SaveTarget, Workbook};

mod access;
mod input;
mod mouse;
mod opening;
mod own_editor;
mod panic_save;

/// How long the loop waits for a key before it ticks (for draft autosave).
const TICK: Duration = Duration::from_millis(500);

fn now() -> Timestamp {
    Local::now().fixed_offset()
}

pub fn run(dir: DataDir, content: Content, profile: Option<String>) -> Result<()> {
    let theme = crate::ui::Theme::from_no_color(std::env::var("NO_COLOR").ok().as_deref());
    let settings = crate::commands::Settings {
        loaded: Default::default(),
        theme,
    };
    run_with(dir, content, profile, settings)
}

/// The workbook with the settings from `config.toml` and `--color`.
pub fn run_with(
    dir: DataDir,
    content: Content,
    profile: Option<String>,
    settings: crate::commands::Settings,
) -> Result<()> {
    if !stdout().is_terminal() {
        bail!("the workbook needs a terminal. For a summary without one, run `trustmend status`.");
    }
    dir.ensure()?;
    let (stdin, mut stderr) = (std::io::stdin(), std::io::stderr());
    let (lock, read_only) = match access::open(&dir, &mut stdin.lock(), &mut stderr)? {
        access::Access::Write(lock) => (Some(lock), None),
        access::Access::ReadOnly(why) => (None, Some(why)),
        access::Access::Quit => return Ok(()),
    };
    if let Some(lock) = &lock {
        // Safe only now that no other trustmend can be saving here.
        dir.remove_leftovers(lock);
    }
    let session = dir.load_session()?;
    let content = Arc::new(content);
    let config = settings.loaded.config.clone();
    let workbook = {
        let (content, session, profile) = (Arc::clone(&content), session.clone(), profile.clone());
        move |store: Store, read_only: Option<String>| {
            let mut wb = Workbook::new(content, store, session, profile.as_deref());
            wb.config = config;
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
    let mut opening = match dir.load_summary() {
        Some(summary) => {
            let preview = Workbook::preview(
                Arc::clone(&content),
                summary.store,
                summary.entries_by,
                &session,
                profile.as_deref(),
            );
            let make: opening::Make = Box::new(move |store| workbook(store, read_only));
            Opening::Loading(opening::Loading::start(&dir, preview, make))
        }
        // A store that cannot be read is never replaced: stop before drawing anything.
        None => {
            let (store, read_only) = match dir.load_store() {
                Ok(store) => (store.unwrap_or_default(), read_only),
                Err(e @ store::StoreError::Newer { .. }) => {
                    match access::newer_store(&dir, &e, &mut stdin.lock(), &mut stderr)? {
                        Some((store, why)) => (store, Some(why)),
                        None => return Ok(()),
                    }
                }
                Err(e) => return Err(e.into()),
            };
            writer.start_from(store.clone());
            Opening::Ready(workbook(store, read_only))
        }
    };
    if opening
        .shown()
        .store
        .partners
        .iter()
        .any(|p| p.protection.is_some())
    {
        // Protected words may be unlocked in this process: no crash files.
        crate::hardening::disable_core_dumps();
    }

    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("cannot watch for the terminal closing")?;
    }

    let mut terminal = ratatui::init();
    install_panic_note(&dir);
    // Pasted text arrives as one event instead of a storm of keys.
    let _ = execute!(stdout(), EnableBracketedPaste, EnableMouseCapture);
    let tmp = dir.root().join("tmp");
    let looped = event_loop(
        &mut terminal,
        &mut opening,
        &writer,
        &stop,
        &settings.theme,
        &tmp,
    );
    // Whatever the loop's outcome, write what is in memory first, before
    // anything touches a terminal that may already be gone. (Read-only
    // never writes, and a journal still being read has nothing new in it:
    // the loop only ends that early when it could not be read.)
    let hidden = matches!(&opening, Opening::Loading(l) if l.hidden);
    let quick_exited = match opening.ready() {
        Some(wb) => {
            if !wb.is_read_only() {
                submit(wb, &writer, &[Effect::SaveStore, Effect::SaveSession]);
            }
            wb.quick_exited()
        }
        None => hidden,
    };
    let mut failed = Vec::new();
    for (kind, result) in writer.finish(Duration::from_secs(10)) {
        if let Err(why) = result {
            failed.push(format!("{kind:?}: {why}"));
        }
    }
    let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
    // `restore()` reports failure with eprintln!, which panics when the
    // window (and so stderr) is gone; `try_restore` just returns it.
    let _ = ratatui::try_restore();
    if quick_exited {
        clear_everything();
    }
    looped?;
    if !failed.is_empty() {
        bail!(
            "your last changes could not be saved in {}:\n{}\nThey are lost only if this cannot be fixed: free some space or fix the folder's permissions, then open trustmend again.",
            dir.root().display(),
            failed.join("\n")
        );
    }
    Ok(())
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    opening: &mut Opening,
    writer: &Writer,
    stop: &AtomicBool,
    theme: &crate::ui::Theme,
    tmp_dir: &std::path::Path,
) -> Result<()> {
    let input = input::Input::spawn().context("cannot read the keyboard")?;
    let size = terminal.size()?;
    let resize = Msg::Resize(size.width, size.height);
    match opening {
        Opening::Ready(wb) => {
            wb.update(resize, now());
        }
        Opening::Loading(l) => {
            l.preview.update(resize, now());
        }
    }
    let mut looper = Looper {
        terminal,
        writer,
        input: &input,
        tmp_dir,
        redraw: true,
    };
    loop {
        if looper.redraw {
            let hidden = matches!(opening, Opening::Loading(l) if l.hidden);
            looper.terminal.draw(|frame| {
                if !hidden {
                    crate::ui::draw_with(frame, opening.shown(), theme)
                }
            })?;
            looper.redraw = false;
        }
        let stopping = stop.load(Ordering::Relaxed);
        if let Opening::Loading(_) = opening {
            // Waits a moment for a key, then looks whether the journal is read.
            let next = if stopping {
                input::Next::Gone
            } else {
                input.next(LOADING_TICK)
            };
            if looper.while_loading(opening, next)? {
                return Ok(());
            }
            continue;
        }
        let Opening::Ready(wb) = opening else {
            continue;
        };
        let mut msgs = Vec::new();
        if stopping {
            msgs.push(Msg::Action(keymap::Action::Quit));
        }
        match input.next(TICK) {
            input::Next::Event(event) => msgs.extend(messages(wb, event)),
            input::Next::Idle => msgs.push(Msg::Tick),
            // The window was closed: save and go, as for SIGHUP.
            input::Next::Gone => msgs.push(Msg::Action(keymap::Action::Quit)),
        }
        for (kind, result) in writer.poll() {
            let target = match kind {
                JobKind::Store => SaveTarget::Store,
                JobKind::Session => SaveTarget::Session,
            };
            msgs.push(match result {
                Ok(()) => Msg::Saved(target),
                Err(why) => Msg::SaveFailed(target, why),
            });
        }
        if looper.apply(wb, msgs)? {
            return Ok(());
        }
    }
}

/// How often the loop looks whether the journal is read yet (only while it
/// is being read: then it is drawn within a millisecond).
const LOADING_TICK: Duration = Duration::from_millis(1);

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

/// The parts of the loop that act on the terminal and the disk.
struct Looper<'a> {
    terminal: &'a mut ratatui::DefaultTerminal,
    writer: &'a Writer,
    input: &'a input::Input,
    tmp_dir: &'a std::path::Path,
    redraw: bool,
}

impl Looper<'_> {
    /// One turn while the journal is read: keep what came in, and once the
    /// journal is there, replay it on the real workbook. Returns whether to
    /// stop. When the window closes (or a signal asks to stop) meanwhile,
    /// it waits for the journal so that what was typed is still saved.
    fn while_loading(&mut self, opening: &mut Opening, next: input::Next) -> Result<bool> {
        let Opening::Loading(l) = opening else {
            return Ok(false);
        };
        let gone = matches!(next, input::Next::Gone);
        if let input::Next::Event(event) = next {
            match &event {
                Event::Resize(w, h) => {
                    l.preview.update(Msg::Resize(*w, *h), now());
                    self.redraw = true;
                }
                // Someone walked in: the screen goes blank now, and the
                // quick exit is carried out as soon as it can be.
                Event::Key(key)
                    if keymap::lookup(l.preview.context(), *key)
                        == Some(keymap::Action::QuickExit) =>
                {
                    l.hidden = true;
                    self.redraw = true;
                }
                _ => {}
            }
            l.typed.push(event);
        }
        let Some((wb, on_disk, typed)) = l.poll(gone)? else {
            return Ok(false);
        };
        self.writer.start_from(on_disk);
        *opening = Opening::Ready(wb);
        let Opening::Ready(wb) = opening else {
            return Ok(false);
        };
        let size = self.terminal.size()?;
        wb.update(Msg::Resize(size.width, size.height), now());
        self.redraw = true;
        for event in typed {
            let msgs = messages(wb, event);
            if self.apply(wb, msgs)? {
                return Ok(true);
            }
        }
        if gone {
            return self.apply(wb, vec![Msg::Action(keymap::Action::Quit)]);
        }
        Ok(false)
    }

    /// Carries out messages and their effects. Returns whether to quit.
    fn apply(&mut self, wb: &mut Workbook, msgs: Vec<Msg>) -> Result<bool> {
        for msg in msgs {
            // Ticks change nothing on screen unless they save.
            self.redraw |= !matches!(msg, Msg::Tick | Msg::Saved(SaveTarget::Session));
            let effects = wb.update(msg, now());
            if submit(wb, self.writer, &effects) {
                return Ok(true);
            }
            for effect in &effects {
                if let Effect::OpenEditor { text } = effect {
                    // The draft goes to disk first, in case the editor or the
                    // machine dies while the words are out of our hands.
                    submit(wb, self.writer, &[Effect::SaveSession]);
                    let command = wb.config.editor_command(
                        std::env::var("VISUAL").ok().as_deref(),
                        std::env::var("EDITOR").ok().as_deref(),
                    );
                    self.input.pause();
                    let result = own_editor::edit(self.terminal, &command, text, self.tmp_dir);
                    self.input.resume();
                    let more = wb.update(Msg::EditorReturned(result), now());
                    self.redraw = true;
                    if submit(wb, self.writer, &more) {
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }
}

/// Hand saves to the writer. Returns whether the effects ask to quit.
fn submit(wb: &mut Workbook, writer: &Writer, effects: &[Effect]) -> bool {
    crate::hardening::when_unlocked(wb.key.is_some());
    let mut quit = false;
    for effect in effects {
        match effect {
            // A protected partner's private words are sealed in the copy
            // written; if sealing fails, nothing is written. The copy shares
            // its entries with the workbook, so taking it is cheap and the
            // writer serializes it on its own thread.
            Effect::SaveStore => match wb.sealer.store_for_disk(&wb.store) {
                Ok(disk) => writer.submit(Job::Snapshot(Box::new(disk.into_owned()))),
                Err(e) => {
                    wb.update(Msg::SaveFailed(SaveTarget::Store, e.to_string()), now());
                }
            },
            Effect::SaveSession => {
                wb.sync_session();
                match wb
                    .sealer
                    .session_for_disk(&wb.session, &wb.store)
                    .map_err(|e| e.to_string())
                    .and_then(|disk| store::session_to_json(&disk).map_err(|e| e.to_string()))
                {
                    Ok(bytes) => {
                        // The sealed copy: a panic writes exactly what disk gets.
                        panic_save::remember_session(&bytes);
                        writer.submit(Job::Session(bytes));
                    }
                    Err(e) => {
                        wb.update(Msg::SaveFailed(SaveTarget::Session, e.to_string()), now());
                    }
                }
            }
            Effect::Quit => quit = true,
            // Needs the terminal: the event loop runs it.
            Effect::OpenEditor { .. } => {}
        }
    }
    quit
}

/// The quick exit: wipe the screen and the scrollback, cursor home, so the
/// terminal shows a clean prompt and scrolling up shows nothing of ours.
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
        let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
        previous(info);
        // Not eprintln!: a second panic here (stderr gone) would abort.
        let _ = writeln!(std::io::stderr(), "{}", panic_save::save_for_panic(&dir));
    }));
}
