//! The event loop: the only code that touches the terminal. Events come in,
//! become messages for the workbook, and the effects it returns are carried
//! out (saves go to a background writer, so typing never waits for the disk).

use std::io::{IsTerminal, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use chrono::Local;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyEventKind,
};
use ratatui::crossterm::execute;

use crate::content::Content;
use crate::keymap;
use crate::model::Timestamp;
use crate::store::writer::{Job, JobKind, Writer};
use crate::store::{self, DataDir};
use crate::workbook::{Effect, Msg, SaveTarget, Workbook};

mod access;
mod input;
mod mouse;
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
    let (lock, mut read_only) = match access::open(&dir, &mut stdin.lock(), &mut stderr)? {
        access::Access::Write(lock) => (Some(lock), None),
        access::Access::ReadOnly(why) => (None, Some(why)),
        access::Access::Quit => return Ok(()),
    };
    if let Some(lock) = &lock {
        // Safe only now that no other trustmend can be saving here.
        dir.remove_leftovers(lock);
    }
    // A store that cannot be read is never replaced: stop before drawing anything.
    let store = match dir.load_store() {
        Ok(store) => store.unwrap_or_default(),
        Err(e @ store::StoreError::Newer { .. }) => {
            match access::newer_store(&dir, &e, &mut stdin.lock(), &mut stderr)? {
                Some((store, why)) => {
                    read_only = Some(why);
                    store
                }
                None => return Ok(()),
            }
        }
        Err(e) => return Err(e.into()),
    };
    let session = dir.load_session()?;
    if store.partners.iter().any(|p| p.protection.is_some()) {
        // Protected words may be unlocked in this process: no crash files.
        crate::hardening::disable_core_dumps();
    }
    let mut wb = Workbook::new(Arc::new(content), store, session, profile.as_deref());
    wb.config = settings.loaded.config.clone();
    if let Some(why) = read_only {
        wb.set_read_only(why);
    }

    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("cannot watch for the terminal closing")?;
    }

    let writer = Writer::spawn(dir.clone());
    let mut terminal = ratatui::init();
    install_panic_note(&dir);
    // Pasted text arrives as one event instead of a storm of keys.
    let _ = execute!(stdout(), EnableBracketedPaste, EnableMouseCapture);
    let tmp = dir.root().join("tmp");
    let looped = event_loop(
        &mut terminal,
        &mut wb,
        &writer,
        &stop,
        &settings.theme,
        &tmp,
    );
    // Whatever the loop's outcome, write what is in memory first, before
    // anything touches a terminal that may already be gone.
    // (Read-only never writes.)
    if !wb.is_read_only() {
        submit(&mut wb, &writer, &[Effect::SaveStore, Effect::SaveSession]);
    }
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
    if wb.quick_exited() {
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
    wb: &mut Workbook,
    writer: &Writer,
    stop: &AtomicBool,
    theme: &crate::ui::Theme,
    tmp_dir: &std::path::Path,
) -> Result<()> {
    let input = input::Input::spawn().context("cannot read the keyboard")?;
    let size = terminal.size()?;
    wb.update(Msg::Resize(size.width, size.height), now());
    let mut redraw = true;
    loop {
        if redraw {
            terminal.draw(|frame| crate::ui::draw_with(frame, wb, theme))?;
            redraw = false;
        }
        let mut msgs = Vec::new();
        if stop.load(Ordering::Relaxed) {
            msgs.push(Msg::Action(keymap::Action::Quit));
        }
        match input.next(TICK) {
            input::Next::Event(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                if let Some(action) = keymap::lookup(wb.context(), key) {
                    msgs.push(Msg::Action(action));
                } else if wb.accepts_text() {
                    msgs.push(Msg::Input(key));
                }
            }
            input::Next::Event(Event::Paste(text)) => msgs.push(Msg::Paste(text)),
            input::Next::Event(Event::Mouse(m)) => {
                msgs.extend(mouse::action(wb.context(), m.kind).map(Msg::Action))
            }
            input::Next::Event(Event::Resize(w, h)) => msgs.push(Msg::Resize(w, h)),
            input::Next::Event(_) => {}
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
        for msg in msgs {
            // Ticks change nothing on screen unless they save.
            redraw |= !matches!(msg, Msg::Tick | Msg::Saved(SaveTarget::Session));
            let effects = wb.update(msg, now());
            if submit(wb, writer, &effects) {
                return Ok(());
            }
            for effect in &effects {
                if let Effect::OpenEditor { text } = effect {
                    // The draft goes to disk first, in case the editor or the
                    // machine dies while the words are out of our hands.
                    submit(wb, writer, &[Effect::SaveSession]);
                    let command = wb.config.editor_command(
                        std::env::var("VISUAL").ok().as_deref(),
                        std::env::var("EDITOR").ok().as_deref(),
                    );
                    input.pause();
                    let result = own_editor::edit(terminal, &command, text, tmp_dir);
                    input.resume();
                    let more = wb.update(Msg::EditorReturned(result), now());
                    redraw = true;
                    if submit(wb, writer, &more) {
                        return Ok(());
                    }
                }
            }
        }
    }
}

/// Hand saves to the writer. Returns whether the effects ask to quit.
fn submit(wb: &mut Workbook, writer: &Writer, effects: &[Effect]) -> bool {
    crate::hardening::when_unlocked(wb.key.is_some());
    let mut quit = false;
    for effect in effects {
        match effect {
            // A protected partner's private words are sealed in the copy
            // written; if sealing fails, nothing is written.
            Effect::SaveStore => match wb
                .sealer
                .store_for_disk(&wb.store)
                .map_err(|e| e.to_string())
                .and_then(|disk| store::to_json(&disk).map_err(|e| e.to_string()))
            {
                Ok(bytes) => writer.submit(Job::Store(bytes)),
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
