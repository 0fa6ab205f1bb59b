//! The pages of text with titles: the FAQ, "Before you begin", Help and
//! safety (and the help after a safety check that raised a concern).

use crate::keymap::Action;

use super::{ListView, Screen, Workbook, move_selection};

impl Workbook {
    pub(super) fn document_action(
        &mut self,
        mut list: ListView,
        action: Action,
        count: usize,
        make: impl Fn(ListView) -> Screen,
    ) -> Screen {
        let before = list.selected;
        let page = self.page() as u16;
        match action {
            // With one item there is nothing to choose: arrows scroll its text.
            Action::Up if count == 1 => list.scroll = list.scroll.saturating_sub(1),
            Action::Down if count == 1 => list.scroll = list.scroll.saturating_add(1),
            Action::Up | Action::Down | Action::Top | Action::Bottom => {
                move_selection(&mut list.selected, count, action, 1);
            }
            Action::PageDown => list.scroll = list.scroll.saturating_add(page),
            Action::PageUp => list.scroll = list.scroll.saturating_sub(page),
            Action::Back => return self.home(),
            _ => {}
        }
        if list.selected != before {
            list.scroll = 0;
        }
        // Never past the last line (as the renderer measured it), so
        // scrolling back up moves at once.
        list.scroll = self.scroll_within(list.scroll);
        make(list)
    }

    /// Where the help list is for, for the person here (see `helplines`).
    pub fn help_country(&self) -> Option<String> {
        crate::workbook::helplines::country_for(&self.config, self.partner())
    }
}
