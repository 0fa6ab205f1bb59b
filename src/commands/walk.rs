//! `trustmend walk`: the line-by-line workbook's input and output. What is
//! shown and what a choice does are in [`crate::walk`]; this reads lines,
//! prints pages, and saves (synchronously: there is no screen to keep
//! responsive, and every answer is on disk before the next question).

use std::io::{BufRead, Write};
use std::sync::Arc;

use anyhow::Result;
use chrono::Local;

use super::Settings;
use crate::content::Content;

use crate::effects::{self, Flow};
use crate::model::Timestamp;
use crate::store::DataDir;
use crate::store::saver::Saver;
use crate::text::printable;
use crate::walk::{self, END_OF_TEXT, Writing};
use crate::workbook::{Msg, SaveTarget, Workbook};

fn now() -> Timestamp {
    Local::now().fixed_offset()
}

pub fn run(
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
    let store = dir.load_store()?.unwrap_or_default();
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    let session = dir.load_session()?;
    let mut wb = Workbook::new(Arc::new(content), store, session, profile)
        .with_config(settings.loaded.config);
    let mut edge = effects::AtOnce::new(saver);
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "trustmend, line by line. Type the letter or number of a choice and press Enter; q saves and quits."
    )?;
    loop {
        let page = walk::page(&wb);
        writeln!(out, "\n{}", printable(&page.text))?;
        for c in &page.choices {
            writeln!(out, "  {}) {}", c.key, printable(&c.label))?;
        }
        out.flush()?;
        let effects = match page.writing {
            Some(kind) => {
                let hidden = (kind == Writing::Secret).then(EchoOff::start);
                let text = read_text(&mut lines, kind)?;
                drop(hidden);
                let Some(text) = text else {
                    break;
                };
                walk::write(&mut wb, &text, now())
            }
            None => {
                write!(out, "> ")?;
                out.flush()?;
                let Some(line) = lines.next().transpose()? else {
                    break;
                };
                match walk::choose(&page, &line) {
                    Some(actions) => {
                        let mut fx = Vec::new();
                        for a in actions {
                            fx.extend(wb.update(Msg::Action(a), now()));
                        }
                        fx
                    }
                    None => {
                        writeln!(
                            out,
                            "\n{:?} is not one of the choices; here they are again.",
                            line.trim()
                        )?;
                        continue;
                    }
                }
            }
        };
        // Saves are carried out at once, so "Saved." on the next page is
        // only ever said of words on the disk.
        if effects::carry_out(&mut wb, &mut edge, effects, &now) == Flow::Leave
            || effects::poll(&mut wb, &mut edge, &now) == Flow::Leave
        {
            return farewell(&wb, &mut out);
        }
    }
    // End of input: keep everything, as quitting would; with no one left
    // to ask what to do with words that could not be saved, a copy goes to
    // the temporary folder.
    let effects = wb.update(Msg::Action(crate::keymap::Action::Quit), now());
    if effects::carry_out(&mut wb, &mut edge, effects, &now) == Flow::Stay {
        effects::rescue(&mut wb, &mut edge, &std::env::temp_dir(), &now);
    }
    farewell(&wb, &mut out)
}

/// What to say on the way out; an error when words are not on the disk.
fn farewell(wb: &Workbook, out: &mut impl Write) -> Result<()> {
    if let Some(words) = wb.parting_words() {
        writeln!(out, "{}", printable(words))?;
    }
    if !wb.saves().all_durable() {
        let why = wb
            .saves()
            .failure(SaveTarget::Store)
            .or_else(|| wb.saves().failure(SaveTarget::Session))
            .unwrap_or("the last save did not finish");
        anyhow::bail!(
            "your last answers could not be saved: {why} Free some space or fix the folder's permissions, then run `trustmend walk` again."
        );
    }
    Ok(())
}

/// One line, or lines up to a lone full stop. `None` at the end of input
/// with nothing typed; what was typed before the end is kept.
fn read_text(
    lines: &mut impl Iterator<Item = std::io::Result<String>>,
    kind: Writing,
) -> Result<Option<String>> {
    let mut text = Vec::new();
    for line in lines {
        let line = line?;
        if kind == Writing::Line || kind == Writing::Secret {
            return Ok(Some(line.trim().to_string()));
        }
        if line.trim_end() == END_OF_TEXT {
            return Ok(Some(text.join("\n")));
        }
        text.push(line);
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
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) != 0 {
                return EchoOff { saved: None };
            }
            let saved = t;
            t.c_lflag &= !libc::ECHO;
            t.c_lflag |= libc::ECHONL;
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
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
