//! The event loop: the only code that touches the terminal. Events come in,
//! become messages for the workbook, and the effects it returns are carried
//! out (saves go to a background writer, so typing never waits for the disk).

use std::io::{IsTerminal, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use chrono::Local;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind,
};
use ratatui::crossterm::execute;

use crate::content::Content;
use crate::keymap;
use crate::model::Timestamp;
use crate::store::writer::{Job, JobKind, Writer};
use crate::store::{self, DataDir};
use crate::workbook::{Effect, Msg, SaveTarget, Workbook};

mod access;
mod panic_save;

/// How long the loop waits for a key before it ticks (for draft autosave).
const TICK: Duration = Duration::from_millis(500);

fn now() -> Timestamp {
    Local::now().fixed_offset()
}

pub fn run(dir: DataDir, content: Content, profile: Option<String>) -> Result<()> {
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
    let mut wb = Workbook::new(Arc::new(content), store, session, profile.as_deref());
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
    let _ = execute!(stdout(), EnableBracketedPaste);
    let looped = event_loop(&mut terminal, &mut wb, &writer, &stop);
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();

    // Whatever the loop's outcome, write what is in memory before leaving
    // (read-only never writes).
    if !wb.is_read_only() {
        submit(&mut wb, &writer, &[Effect::SaveStore, Effect::SaveSession]);
    }
    let mut failed = Vec::new();
    for (kind, result) in writer.finish(Duration::from_secs(10)) {
        if let Err(why) = result {
            failed.push(format!("{kind:?}: {why}"));
        }
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
) -> Result<()> {
    let no_color = std::env::var("NO_COLOR").ok();
    let theme = &crate::ui::Theme::from_no_color(no_color.as_deref());
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
        if event::poll(TICK)? {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = keymap::lookup(wb.context(), key) {
                        msgs.push(Msg::Action(action));
                    } else if wb.accepts_text() {
                        msgs.push(Msg::Input(key));
                    }
                }
                Event::Paste(text) => msgs.push(Msg::Paste(text)),
                Event::Resize(w, h) => msgs.push(Msg::Resize(w, h)),
                _ => {}
            }
        } else {
            msgs.push(Msg::Tick);
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
        }
    }
}

/// Hand saves to the writer. Returns whether the effects ask to quit.
fn submit(wb: &mut Workbook, writer: &Writer, effects: &[Effect]) -> bool {
    let mut quit = false;
    for effect in effects {
        match effect {
            Effect::SaveStore => match store::to_json(&wb.store) {
                Ok(bytes) => writer.submit(Job::Store(bytes)),
                Err(e) => {
                    wb.update(Msg::SaveFailed(SaveTarget::Store, e.to_string()), now());
                }
            },
            Effect::SaveSession => {
                wb.sync_session();
                match store::session_to_json(&wb.session) {
                    Ok(bytes) => {
                        panic_save::remember_session(&bytes);
                        writer.submit(Job::Session(bytes));
                    }
                    Err(e) => {
                        wb.update(Msg::SaveFailed(SaveTarget::Session, e.to_string()), now());
                    }
                }
            }
            Effect::Quit => quit = true,
        }
    }
    quit
}

/// After ratatui's hook has restored the terminal, save the drafts and say
/// where the journal is.
fn install_panic_note(dir: &DataDir) {
    let dir = dir.clone();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste);
        previous(info);
        eprintln!("{}", panic_save::save_for_panic(&dir));
    }));
}
