//! `trustmend walk`: the line-by-line workbook's input and output. What is
//! shown and what a choice does are in [`crate::walk`]; this reads lines,
//! prints pages, saves (synchronously: there is no screen to keep
//! responsive, and every answer is on disk before the next question), and
//! paces the breathing guide of the calm screen.
//!
//! Lines are read on their own thread and handed over one at a time, so
//! the guide can wait for its next line and still stop at the first line
//! typed. The waiting is behind [`Pause`], so tests run the guide without
//! waiting for it.

use std::io::{BufRead, Write};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use anyhow::Result;
use chrono::Local;

use super::Settings;
use crate::content::Content;

use crate::effects::{self, Edge, Flow};
use crate::model::Timestamp;
use crate::store::DataDir;
use crate::store::saver::Saver;
use crate::text::printable;
use crate::walk::{self, END_OF_TEXT, Reply, Writing};
use crate::workbook::{Msg, Screen, Workbook};

fn now() -> Timestamp {
    Local::now().fixed_offset()
}

/// The lines typed, in order, from a thread that reads them.
pub(super) struct Input {
    lines: Receiver<std::io::Result<String>>,
}

impl Input {
    /// Standard input, read line by line on its own thread (which ends
    /// with the input).
    pub(super) fn stdin() -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines() {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Input { lines: rx }
    }

    /// Lines from anywhere (the tests).
    #[cfg(test)]
    pub(super) fn from(lines: Receiver<std::io::Result<String>>) -> Input {
        Input { lines }
    }

    /// The next line; `None` at the end of the input.
    fn next(&self) -> Option<std::io::Result<String>> {
        self.lines.recv().ok()
    }
}

/// What happened while the guide waited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Waited {
    /// The whole time passed.
    Elapsed,
    /// A line was typed (and taken): stop.
    Typed,
    /// The input ended.
    Ended,
}

/// How the breathing guide waits between its lines.
pub(super) trait Pause {
    fn wait(&mut self, how_long: Duration, input: &Input) -> Waited;
}

/// Waits on the clock, for a line at most that long.
pub(super) struct Clock;

impl Pause for Clock {
    fn wait(&mut self, how_long: Duration, input: &Input) -> Waited {
        match input.lines.recv_timeout(how_long) {
            Ok(_) => Waited::Typed,
            Err(RecvTimeoutError::Timeout) => Waited::Elapsed,
            Err(RecvTimeoutError::Disconnected) => Waited::Ended,
        }
    }
}

pub(super) fn run(
    dir: DataDir,
    content: Content,
    profile: Option<&str>,
    settings: Settings,
) -> Result<()> {
    dir.ensure()?;
    let lock = dir.lock()?;
    // The full screen's checks, before a word is typed: the lock still
    // ours, the temporary files of a killed save (plain copies of the
    // journal) removed, and the folder writable.
    dir.open_for_writing(&lock)?;
    // And what a killed own editor left (plain words; see `own_editor`).
    crate::own_editor::remove_leftovers(dir.root());
    let store = dir.load_store()?.unwrap_or_default();
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    let session = dir.load_session()?;
    let mut wb = Workbook::new(Arc::new(content), store, session, profile)
        .with_config(settings.loaded.config);
    let mut edge = effects::AtOnce::new(saver);
    let input = Input::stdin();
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let mut out = std::io::stdout().lock();
    converse(
        &mut wb, &mut edge, &input, &mut out, &mut Clock, &now, terminal,
    )
}

/// Sent before the page after a person stepped away (the keyboard passed,
/// a lock, leaving the workbook) when the output is a terminal: cursor
/// home, clear the screen, then clear the scrollback (in that order: some
/// terminals push the cleared screen into the scrollback first). Like the
/// full screen's cover, nothing of the person before is left to scroll
/// back to. A pipe gets nothing extra.
pub(super) const CLEAR_ALL: &str = "\x1b[H\x1b[2J\x1b[3J";

/// The whole conversation: pages out, lines in, until quitting or the end
/// of the input. `terminal`: the output is a terminal, whose screen and
/// scrollback are cleared when a person steps away ([`CLEAR_ALL`]).
pub(super) fn converse(
    wb: &mut Workbook,
    edge: &mut dyn Edge,
    input: &Input,
    out: &mut impl Write,
    pause: &mut dyn Pause,
    now: &dyn Fn() -> Timestamp,
    terminal: bool,
) -> Result<()> {
    writeln!(out, "{}", crate::t!("walk-intro"))?;
    let mut show_page = true;
    // Whose page was printed last: when the next one is not theirs, they
    // stepped away, and what they saw goes from the terminal first.
    let mut shown_for = None;
    loop {
        let page = walk::page(wb);
        if show_page {
            let now_for = wb.active();
            if terminal && shown_for.is_some() && now_for != shown_for {
                write!(out, "{CLEAR_ALL}")?;
            }
            shown_for = now_for;
            writeln!(out, "\n{}", printable(&page.text))?;
            write!(out, "{}", walk::choice_lines(&page))?;
        }
        show_page = true;
        out.flush()?;
        let before = wb.saves().clone();
        let was_calm = matches!(wb.screen(), Screen::Calm(_));
        let effects = if let Some(kind) = page.writing {
            let hidden = (kind == Writing::Secret).then(EchoOff::start);
            // Zeroed when dropped: a passphrase is read here.
            let text = read_text(input, kind)?.map(zeroize::Zeroizing::new);
            drop(hidden);
            let Some(text) = text else {
                break;
            };
            walk::write(wb, &text, now())
        } else {
            write!(out, "> ")?;
            out.flush()?;
            let Some(line) = input.next().transpose()? else {
                break;
            };
            match walk::reply(&page, &line) {
                Reply::Do(actions) => {
                    let mut fx = Vec::new();
                    for a in actions {
                        fx.extend(wb.update(Msg::Action(a), now()));
                    }
                    fx
                }
                Reply::Breathe => {
                    if breathe(input, out, pause)? == Waited::Ended {
                        break;
                    }
                    writeln!(out, "\n{}", crate::t!("walk-choices-are"))?;
                    write!(out, "{}", walk::choice_lines(&page))?;
                    show_page = false;
                    continue;
                }
                Reply::ListChoices => {
                    writeln!(out, "{}", crate::t!("walk-choices-are"))?;
                    write!(out, "{}", walk::choice_lines(&page))?;
                    show_page = false;
                    continue;
                }
                Reply::NotAChoice => {
                    // Only the choices again, never the whole page.
                    writeln!(
                        out,
                        "{}",
                        crate::t!("walk-not-a-choice", typed = format!("{:?}", line.trim()))
                    )?;
                    write!(out, "{}", walk::choice_lines(&page))?;
                    show_page = false;
                    continue;
                }
            }
        };
        // Saves are carried out at once, so "Saved." is only ever said of
        // words on the disk.
        if effects::carry_out(wb, edge, effects, now) == Flow::Leave
            || effects::poll(wb, edge, now) == Flow::Leave
        {
            return farewell(wb, out);
        }
        if let Some(saved) = walk::saved_line(&before, wb) {
            writeln!(out, "{saved}")?;
        }
        let opened_calm = !was_calm && matches!(wb.screen(), Screen::Calm(_));
        if opened_calm
            && walk::calm::paced(wb.seen())
            && breathe(input, out, pause)? == Waited::Ended
        {
            break;
        }
    }
    // End of input: keep everything, as quitting would; with no one left
    // to ask what to do with words that could not be saved, a copy goes to
    // the temporary folder.
    let effects = wb.update(Msg::Action(crate::keymap::Action::Quit), now());
    if effects::carry_out(wb, edge, effects, now) == Flow::Stay {
        effects::rescue(wb, edge, &std::env::temp_dir(), now);
    }
    farewell(wb, out)
}

/// The breathing guide at its pace, until it ends or a line is typed.
fn breathe(input: &Input, out: &mut impl Write, pause: &mut dyn Pause) -> Result<Waited> {
    writeln!(out, "\n{}", crate::t!("walk-edge-guide-start"))?;
    for (words, how_long) in walk::calm::guide(walk::calm::BREATHS) {
        writeln!(out, "{words}")?;
        out.flush()?;
        match pause.wait(how_long, input) {
            Waited::Elapsed => {}
            Waited::Typed => {
                writeln!(out, "{}", crate::t!("walk-edge-guide-stopped"))?;
                return Ok(Waited::Typed);
            }
            Waited::Ended => return Ok(Waited::Ended),
        }
    }
    writeln!(out, "{}", crate::t!("walk-edge-guide-end"))?;
    Ok(Waited::Elapsed)
}

/// What to say on the way out; an error when words are not on the disk.
fn farewell(wb: &Workbook, out: &mut impl Write) -> Result<()> {
    if let Some(words) = wb.parting_words() {
        writeln!(out, "{}", printable(words))?;
    }
    if !wb.saves().all_durable() {
        let why = wb.saves().why_unsaved().map_or_else(
            || crate::t!("walk-edge-save-unfinished"),
            ToString::to_string,
        );
        anyhow::bail!(crate::t!("walk-edge-not-saved", why = why));
    }
    Ok(())
}

/// One line, or lines up to a lone full stop. `None` at the end of input
/// with nothing typed; what was typed before the end is kept.
fn read_text(input: &Input, kind: Writing) -> Result<Option<String>> {
    let mut text = Vec::new();
    while let Some(line) = input.next() {
        // The line as read is zeroed when dropped (it may be a passphrase);
        // what is returned is zeroed by the caller.
        let line = zeroize::Zeroizing::new(line?);
        if kind == Writing::Line || kind == Writing::Secret {
            return Ok(Some(line.trim().to_string()));
        }
        if line.trim_end() == END_OF_TEXT {
            return Ok(Some(text.join("\n")));
        }
        text.push(line.to_string());
    }
    Ok((!text.is_empty()).then(|| text.join("\n")))
}

/// While a passphrase is typed at a terminal, the terminal does not show
/// it; put back as it was when dropped. (Not a terminal: nothing to do.)
struct EchoOff {
    #[cfg(unix)]
    saved: Option<libc::termios>,
}

impl EchoOff {
    #[cfg(unix)]
    fn start() -> EchoOff {
        // SAFETY: tcgetattr/tcsetattr only read and write the struct we pass,
        // for standard input; a failure (not a terminal) leaves it unchanged.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &raw mut t) != 0 {
                return EchoOff { saved: None };
            }
            let saved = t;
            t.c_lflag &= !libc::ECHO;
            t.c_lflag |= libc::ECHONL;
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw const t);
            EchoOff { saved: Some(saved) }
        }
    }

    #[cfg(not(unix))]
    fn start() -> EchoOff {
        EchoOff {}
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(saved) = &self.saved {
            // SAFETY: as in `start`, with the settings read there.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
            }
        }
    }
}

#[cfg(test)]
mod tests;
