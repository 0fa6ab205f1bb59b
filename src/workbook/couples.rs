//! Two people at one keyboard: adding the second person, passing the
//! keyboard behind a neutral cover, the shared view, and the quick exit.
//!
//! The rule that matters most: between two people nothing of the first may
//! stay on screen. Passing the keyboard keeps the first person's unsaved
//! words as a draft in the session, then forgets who was active, so the
//! cover (and anything drawn before the next person presses Enter) has no
//! partner to draw from.

use crate::keymap::Action;
use crate::model::{PartnerId, Timestamp};

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{ListView, Screen, Welcome, Workbook};
use crate::keymap::Context;
use crate::privacy;

pub(super) mod replies;

/// Who gets the keyboard next: with two people, the other one; with more,
/// the picker decides.
pub(super) fn next_partner(wb: &Workbook) -> Option<PartnerId> {
    let others: Vec<PartnerId> = wb
        .store
        .partners
        .iter()
        .map(|p| p.id)
        .filter(|id| Some(*id) != wb.active)
        .collect();
    match others.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// Leave the active partner's place: keep their draft and where they were,
/// then forget them, so no screen can draw anything of theirs.
pub(super) fn step_away(wb: &mut Workbook, now: Timestamp) {
    wb.leave_partner();
    wb.mark_session_dirty(now);
}

/// "Pass the keyboard": the cover for the next person (or the picker).
pub(super) fn pass_keyboard(wb: &mut Workbook, now: Timestamp) -> Screen {
    let next = next_partner(wb);
    step_away(wb, now);
    match next {
        Some(id) => Screen::Cover(id),
        None => Screen::Picker(ListView::default()),
    }
}

/// Adding a person: the welcome, after the present one steps away.
pub(super) fn add_partner(wb: &mut Workbook, now: Timestamp) -> Screen {
    step_away(wb, now);
    Screen::Welcome(Box::new(Welcome::joining()))
}

impl Page for kind::Cover {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Cover
    }

    /// The cover between two people: Enter is the expected person.
    fn update(next: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        match action {
            Action::Select if ctx.store.partner(*next).is_some() => Go::Enter(*next),
            // Not the expected person (or nobody by that name any more): let
            // whoever is there say who they are.
            Action::Select | Action::Back => Go::To(Screen::Picker(ListView::default())),
            _ => Go::Stay,
        }
    }
}

impl Page for kind::Shared {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Shared
    }

    /// The shared view: read-only; the selected entry's text is shown below.
    fn update(list: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let count = ctx
            .me
            .map_or(0, |me| privacy::shared_entries(ctx.store, me).len());
        let before = list.selected;
        let page = ctx.page() as u16;
        match action {
            Action::Up | Action::Down | Action::Top | Action::Bottom => {
                super::move_selection(&mut list.selected, count, action, 1);
            }
            Action::PageDown => list.scroll = list.scroll.saturating_add(page),
            Action::PageUp => list.scroll = list.scroll.saturating_sub(page),
            Action::Back => return Go::Home,
            Action::Reply => return Go::To(replies::write(ctx, *list)),
            Action::ReadIt => return Go::To(replies::read_it(ctx, *list)),
            _ => {}
        }
        if list.selected != before {
            list.scroll = 0;
        }
        replies::mark_seen(ctx, list);
        Go::Stay
    }
}

/// Opening the Shared view: the first entry's replies are read now.
pub(super) fn open_shared(ctx: &mut Ctx) -> Screen {
    let list = ListView::default();
    replies::mark_seen(ctx, &list);
    Screen::Shared(list)
}

/// Ctrl+Q: keep every draft, leave at once, and make the next start ask
/// who is there before anything private is shown.
pub(super) fn quick_exit(wb: &mut Workbook) {
    wb.leave_partner();
    wb.session.ask_who = true;
    if wb.config.quick_hide == crate::config::QuickHide::NeutralScreen {
        // Stay, showing nothing: the drafts are saved, protected entries
        // sealed in memory, and whoever comes back is asked who they are.
        wb.screen = Screen::Neutral(super::Blank);
        return;
    }
    wb.screen = Screen::Picker(ListView::default());
    wb.ending.quick();
}

impl Page for kind::Neutral {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Neutral
    }

    fn update(_: &mut Self::State, _: &mut Ctx, _: Action) -> Go {
        // The quick exit's blank screen: any key asks who is there.
        Go::To(super::Screen::Picker(super::ListView::default()))
    }
}

#[cfg(test)]
mod tests;
