//! Choosing who is at the keyboard (or someone new, while there is room).

use crate::keymap::Action;

use super::{ListView, Notice, NoticeKind, Screen, Welcome, Workbook, move_selection};

impl Workbook {
    /// Whether the picker offers "Someone new…": only while there is room
    /// for another person (`Store::room_for_another`).
    pub fn picker_offers_someone_new(&self) -> bool {
        self.store.room_for_another().is_ok()
    }

    pub(super) fn picker_action(&mut self, mut list: ListView, action: Action) -> Screen {
        let count = self.store.partners.len() + usize::from(self.picker_offers_someone_new());
        if move_selection(&mut list.selected, count, action, self.page()) {
            return Screen::Picker(list);
        }
        match action {
            Action::Select => match self.store.partners.get(list.selected).map(|p| p.id) {
                Some(id) => {
                    self.session.ask_who = false;
                    self.activate(id);
                    std::mem::replace(&mut self.screen, Screen::Home(ListView::default()))
                }
                // A third person is told how to start a workbook of their
                // own, instead of joining and ending the couple's.
                None => match self.store.room_for_another() {
                    Ok(()) => Screen::Welcome(Box::new(Welcome::new(""))),
                    Err(full) => {
                        self.notice = Some(Notice {
                            kind: NoticeKind::Error,
                            text: crate::t!("picker-nobody-added", why = full.to_string()),
                        });
                        Screen::Picker(list)
                    }
                },
            },
            Action::Back => {
                self.ending.quit();
                Screen::Picker(list)
            }
            _ => Screen::Picker(list),
        }
    }
}
