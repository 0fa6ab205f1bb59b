//! Choosing who is at the keyboard (or someone new, while there is room).

use crate::keymap::Action;

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{Screen, Welcome, move_selection};
use crate::keymap::Context;

impl Here<'_> {
    /// Whether the picker offers "Someone new…": only while there is room
    /// for another person (`Store::room_for_another`).
    pub(crate) fn picker_offers_someone_new(self) -> bool {
        self.store.room_for_another().is_ok()
    }
}

impl Page for kind::Picker {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Picker
    }

    /// Enter chooses who is at the keyboard (or someone new, while there is
    /// room); Esc leaves.
    fn update(list: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let room = ctx.store.room_for_another();
        let count = ctx.store.partners.len() + usize::from(room.is_ok());
        if move_selection(&mut list.selected, count, action, ctx.page()) {
            return Go::Stay;
        }
        match action {
            Action::Select => match ctx.store.partners.get(list.selected).map(|p| p.id) {
                Some(id) => {
                    ctx.session.ask_who = false;
                    Go::Enter(id)
                }
                // A third person is told how to start a workbook of their
                // own, instead of joining and ending the couple's.
                None => match room {
                    Ok(()) => Go::To(Screen::Welcome(Box::new(Welcome::new("")))),
                    Err(full) => {
                        ctx.error(crate::t!("picker-nobody-added", why = full.to_string()));
                        Go::Stay
                    }
                },
            },
            Action::Back => Go::Quit,
            _ => Go::Stay,
        }
    }
}
