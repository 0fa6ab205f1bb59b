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
use crate::store::saver::Saver;
use crate::store::{self, DataDir};
use crate::text::printable;
use crate::walk::{self, END_OF_TEXT, Writing};
use crate::workbook::{Effect, Msg, Workbook};

pub fn run(
    dir: DataDir,
    content: Content,
    profile: Option<&str>,
    settings: Settings,
) -> Result<()> {
    dir.ensure()?;
    let _lock = dir.lock()?;
    let store = dir.load_store()?.unwrap_or_default();
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    let session = dir.load_session()?;
    let mut wb = Workbook::new(Arc::new(content), store, session, profile);
    wb.config = settings.loaded.config;
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
        let now = Local::now().fixed_offset();
        let effects = match page.writing {
            Some(kind) => {
                let Some(text) = read_text(&mut lines, kind)? else {
                    break;
                };
                walk::write(&mut wb, &text, now)
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
                            fx.extend(wb.update(Msg::Action(a), now));
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
        if save(&mut saver, &mut wb, &effects)? {
            return Ok(());
        }
    }
    // End of input: keep everything, as quitting would.
    let fx = wb.update(
        Msg::Action(crate::keymap::Action::Quit),
        Local::now().fixed_offset(),
    );
    save(&mut saver, &mut wb, &fx)?;
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
        if kind == Writing::Line {
            return Ok(Some(line.trim().to_string()));
        }
        if line.trim_end() == END_OF_TEXT {
            return Ok(Some(text.join("\n")));
        }
        text.push(line);
    }
    Ok((!text.is_empty()).then(|| text.join("\n")))
}

/// Carry out saves now. Returns whether the effects ask to quit.
fn save(saver: &mut Saver, wb: &mut Workbook, effects: &[Effect]) -> Result<bool> {
    let dir = saver.dir().clone();
    let mut quit = false;
    for e in effects {
        match e {
            Effect::SaveStore => {
                // As the workbook saves: private words of a partner who
                // protects them go to disk sealed, and only what changed.
                let written = wb
                    .sealer
                    .store_for_disk(&wb.store)
                    .map_err(|e| e.to_string())
                    .map(std::borrow::Cow::into_owned)
                    .and_then(|disk| saver.save(disk).map_err(|e| e.to_string()));
                match written {
                    Ok(()) => wb.store_unsaved = false,
                    // The words stay in memory and are written with the next
                    // answer; quitting with them unsaved is an error below.
                    Err(e) => eprintln!(
                        "trustmend: could not save your journal in {}: {e}. Your answers are kept while this runs and saved with the next one.",
                        dir.store_path().display()
                    ),
                }
            }
            Effect::SaveSession => {
                wb.sync_session();
                // Only where the person was: not worth stopping for.
                let written =
                    store::session_to_json(&wb.session).and_then(|b| dir.write_session_bytes(&b));
                if let Err(e) = written {
                    eprintln!("trustmend: could not remember where you were: {e}");
                }
            }
            Effect::OpenEditor { .. } => {}
            Effect::Quit => quit = true,
        }
    }
    if quit && wb.store_unsaved {
        anyhow::bail!(
            "your last answers could not be saved in {}. Free some space or fix the folder's permissions, then run `trustmend walk` again.",
            dir.store_path().display()
        );
    }
    Ok(quit)
}
