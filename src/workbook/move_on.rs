//! The move-on checklist: each sign ticked or not, privately; a sign of
//! danger opens the help list at once.

use crate::keymap::Action;

use super::Location;
use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{ListView, Screen, move_selection};
use crate::content::Content;
use crate::keymap::Context;

/// Shown when a move-on sign of danger is ticked and the help list opens.
pub fn help_offered() -> String {
    crate::t!("help-offered")
}

impl Page for kind::MoveOn {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::MoveOn
    }

    fn location(_: &Self::State, _: &Content) -> Location {
        Location::MoveOn
    }

    /// A sign ticked or not; a sign of danger opens the help list at once.
    fn update(list: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let signs = &ctx.content.move_on.signs;
        if move_selection(&mut list.selected, signs.len(), action, ctx.page()) {
            return Go::Stay;
        }
        match action {
            Action::Toggle | Action::Select => {
                let Some((sign, offers_help)) = signs
                    .get(list.selected)
                    .map(|s| (s.id.clone(), s.offers_help))
                else {
                    return Go::Stay;
                };
                let mut ticked = false;
                if let Some(p) = ctx.partner_mut() {
                    if !p.move_on.remove(&sign) {
                        p.move_on.insert(sign);
                        ticked = true;
                    }
                    ctx.want_saved(crate::model::SaveTarget::Store);
                }
                // A sign of danger: the help list at once, not after the checklist.
                if ticked && offers_help {
                    ctx.info(help_offered());
                    return Go::To(Screen::Safety(ListView::default()));
                }
                Go::Stay
            }
            Action::Back => Go::Home,
            _ => Go::Stay,
        }
    }
}
