//! The move-on checklist: each sign ticked or not, privately; a sign of
//! danger opens the help list at once.

use crate::keymap::Action;

use super::{ListView, Screen, Workbook, move_selection};

/// Shown when a move-on sign of danger is ticked and the help list opens.
pub fn help_offered() -> String {
    crate::t!("help-offered")
}

impl Workbook {
    pub(super) fn move_on_action(&mut self, mut list: ListView, action: Action) -> Screen {
        let signs = &self.content.move_on.signs;
        if move_selection(&mut list.selected, signs.len(), action, self.page()) {
            return Screen::MoveOn(list);
        }
        match action {
            Action::Toggle | Action::Select => {
                let Some((sign, offers_help)) = signs
                    .get(list.selected)
                    .map(|s| (s.id.clone(), s.offers_help))
                else {
                    return Screen::MoveOn(list);
                };
                let mut ticked = false;
                if let Some(p) = self.active.and_then(|id| self.store.partner_mut(id)) {
                    if !p.move_on.remove(&sign) {
                        p.move_on.insert(sign);
                        ticked = true;
                    }
                    self.want_saved(crate::model::SaveTarget::Store);
                }
                // A sign of danger: the help list at once, not after the checklist.
                if ticked && offers_help {
                    self.info(help_offered());
                    return Screen::Safety(ListView::default());
                }
                Screen::MoveOn(list)
            }
            Action::Back => self.home(),
            _ => Screen::MoveOn(list),
        }
    }
}
