//! Quitting while words are not on the disk. Quitting waits for the saves
//! asked for; when one of them failed, nothing is thrown away unasked: the
//! person can try again (after freeing space, say), write a copy of
//! everything to another folder, or leave knowing the words are lost (asked
//! twice). Trying again is `Workbook::retry_save`, which quits once the
//! words are on the disk and comes back here if they still are not. The
//! quick exit never stops here: it leaves at once, writing what
//! it can.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{Effect, ListView, Screen, Workbook};
use crate::keymap::{Action, Context};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsavedStep {
    /// What happened, and the three ways on.
    Ask,
    /// Typing the folder for a copy.
    Folder,
    /// "Leave and lose them?" once more.
    ConfirmLose,
    /// Waiting for the copy to be written.
    Writing,
}

#[derive(Debug, Clone)]
pub struct UnsavedView {
    pub step: UnsavedStep,
    /// The folder typed for the copy.
    pub folder: TextArea<'static>,
    /// Why the last copy could not be written.
    pub problem: Option<String>,
    /// Where the person was, for "go back".
    then: Box<Screen>,
}

impl UnsavedView {
    pub fn context(&self) -> Context {
        match self.step {
            UnsavedStep::Ask | UnsavedStep::Writing => Context::Unsaved,
            UnsavedStep::Folder => Context::UnsavedFolder,
            UnsavedStep::ConfirmLose => Context::Confirm,
        }
    }

    pub fn input(&mut self, key: KeyEvent) {
        if self.step == UnsavedStep::Folder {
            self.folder.input(key);
        }
    }

    pub fn paste(&mut self, text: &str) {
        if self.step == UnsavedStep::Folder {
            self.folder
                .insert_str(text.lines().next().unwrap_or_default());
        }
    }

    fn folder_typed(&self) -> String {
        self.folder.lines().concat().trim().to_string()
    }
}

/// A save failed while quitting: stop, and ask.
pub(super) fn ask(wb: &mut Workbook) {
    wb.help_open = false;
    let then = std::mem::replace(&mut wb.screen, Screen::Home(ListView::default()));
    let then = match then {
        // Already asking: keep where the person came from.
        Screen::Unsaved(v) => *v.then,
        other => other,
    };
    wb.screen = Screen::Unsaved(Box::new(UnsavedView {
        step: UnsavedStep::Ask,
        folder: TextArea::default(),
        problem: None,
        then: Box::new(then),
    }));
}

impl Page for kind::Unsaved {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        match (&v.step, action) {
            (UnsavedStep::Ask, Action::WriteCopy) => {
                v.step = UnsavedStep::Folder;
                v.problem = None;
                Go::Stay
            }
            (UnsavedStep::Ask, Action::LoseAndQuit) => {
                v.step = UnsavedStep::ConfirmLose;
                Go::Stay
            }
            (UnsavedStep::ConfirmLose, Action::Confirm) => Go::LeaveUnsaved,
            (UnsavedStep::Folder, Action::Select) => {
                let folder = v.folder_typed();
                if folder.is_empty() {
                    v.problem = Some(crate::t!(
                        "unsaved-folder-empty",
                        open = crate::say!(UnsavedFolder, Select)
                    ));
                    return Go::Stay;
                }
                v.step = UnsavedStep::Writing;
                Go::Rescue(folder)
            }
            (UnsavedStep::Ask, Action::Back) => {
                ctx.info(crate::t!(
                    "unsaved-kept",
                    save = crate::say!(Unsaved, RetrySave),
                    quit = crate::say!(Unsaved, Quit)
                ));
                Go::To(std::mem::replace(
                    &mut *v.then,
                    Screen::Neutral(super::Blank),
                ))
            }
            (UnsavedStep::Folder | UnsavedStep::ConfirmLose, Action::Back | Action::Cancel) => {
                v.step = UnsavedStep::Ask;
                Go::Stay
            }
            _ => Go::Stay,
        }
    }
}

/// Nobody is there to be asked (see [`super::Msg::NobodyToAsk`]): on "Not saved
/// yet", the copy is written to `folder` as if the person had typed it
/// there; after the quick exit (which never stops to ask), when its saves
/// failed after all, the copy goes there too. Anywhere else there is
/// nothing to rescue.
pub(super) fn nobody_to_ask(wb: &mut Workbook, folder: String, fx: &mut Vec<Effect>) {
    if wb.is_read_only() {
        return;
    }
    if let Screen::Unsaved(v) = &mut wb.screen {
        v.step = UnsavedStep::Writing;
        v.problem = None;
    } else if !wb.ending.is_quick() || wb.saves.all_durable() {
        return;
    }
    rescue(wb, folder, fx);
}

/// The copy of everything in memory for `folder`, sealed as on disk. A
/// copy that cannot be sealed is never written: that is the answer at once.
pub(super) fn rescue(wb: &mut Workbook, folder: String, fx: &mut Vec<Effect>) {
    let copies = wb
        .store_for_disk()
        .and_then(|store| Ok((store, wb.session_for_disk()?)));
    match copies {
        Ok((store, session)) => fx.push(Effect::WriteCopy(Box::new(super::Rescue {
            folder,
            store,
            session,
        }))),
        Err(why) => copy_written(wb, Err(why.to_string())),
    }
}

/// The copy asked for is written (or not).
/// After the quick exit (which never stops here) the copy is written on
/// the way out, with nobody to ask: only a copy written is told.
pub(super) fn copy_written(wb: &mut Workbook, result: Result<String, String>) {
    if !matches!(wb.screen, Screen::Unsaved(_)) && !wb.ending.is_quick() {
        return;
    }
    if let Ok(folder) = &result {
        // Everything is in the copy: leaving loses nothing now.
        wb.ending.let_words_go(Some(crate::t!(
            "unsaved-copy-written",
            folder = folder.as_str()
        )));
    }
    let Screen::Unsaved(v) = &mut wb.screen else {
        return;
    };
    match result {
        Ok(_) => {}
        Err(why) => {
            v.step = UnsavedStep::Folder;
            v.problem = Some(crate::t!("unsaved-copy-failed", why = why));
        }
    }
}

#[cfg(test)]
mod tests;
