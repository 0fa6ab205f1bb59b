//! "Leave this workbook": the person at the keyboard, about themselves.
//! Asked twice here, with what it removes and what cannot be undone; then
//! the workbook quits (everything saved first) and `trustmend` carries on
//! on the command line, where the export is offered and the shared entries
//! are kept or removed (`commands::partner::remove`, after the full screen
//! has given the lock back). The removal itself is `store::leave`.

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{ListView, Screen, Workbook};
use crate::keymap::{Action, Context};
use crate::model::{PartnerId, Visibility};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DepartStep {
    /// What leaving removes, and the first "yes".
    Explain,
    /// "Are you sure?", the second.
    Confirm,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepartView {
    pub step: DepartStep,
}

impl DepartView {
    pub fn context(&self) -> Context {
        Context::Confirm
    }
}

/// What leaving would take, for the person to read before saying yes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WhatGoes {
    pub name: String,
    pub private_entries: usize,
    pub shared_entries: usize,
    pub checkins: usize,
    pub strategies: usize,
    /// The other person, who stays.
    pub other: Option<String>,
}

impl Here<'_> {
    /// What leaving would remove of the person at the keyboard.
    pub(crate) fn what_goes(self) -> Option<WhatGoes> {
        let me = self.partner()?;
        let mine = || self.store.entries.iter().filter(|e| e.author == me.id);
        Some(WhatGoes {
            name: me.name.clone(),
            private_entries: mine()
                .filter(|e| e.visibility == Visibility::Private)
                .count(),
            shared_entries: mine()
                .filter(|e| e.visibility == Visibility::Shared)
                .count(),
            checkins: self
                .store
                .checkins
                .iter()
                .filter(|c| c.author == me.id)
                .count(),
            strategies: me.progress.len(),
            other: self
                .store
                .partners
                .iter()
                .find(|p| p.id != me.id)
                .map(|p| p.name.clone()),
        })
    }
}

impl Workbook {
    /// Who asked to leave (twice), for the edge to carry on after quitting.
    pub fn departing(&self) -> Option<PartnerId> {
        self.ending.departing()
    }
}

/// `L` on home: the first question, unless this window cannot write.
pub(super) fn start(wb: &mut Workbook) -> Screen {
    if wb.is_read_only() {
        wb.info(crate::t!("depart-read-only"));
        return wb.home();
    }
    if wb.active.is_none() {
        return Screen::Picker(ListView::default());
    }
    Screen::Depart(DepartView {
        step: DepartStep::Explain,
    })
}

impl Page for kind::Depart {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    /// Asked twice; Esc at either step is "no".
    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        match (v.step, action) {
            (DepartStep::Explain, Action::Confirm) => {
                v.step = DepartStep::Confirm;
                Go::Stay
            }
            (DepartStep::Confirm, Action::Confirm) => ctx.me.map_or(Go::Quit, Go::Depart),
            (_, Action::Cancel | Action::Back) => {
                ctx.info(crate::t!("depart-cancelled"));
                Go::Home
            }
            _ => Go::Stay,
        }
    }
}

#[cfg(test)]
mod tests;
