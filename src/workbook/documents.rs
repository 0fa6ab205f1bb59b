//! The pages of text with titles: the FAQ, "Before you begin", Help and
//! safety (and the help after a safety check that raised a concern).

use crate::keymap::Action;
use crate::text;

use super::{ListView, Screen, Workbook, move_selection, safety_check};

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
        // Never past the last line, so scrolling back up moves at once.
        let rows = self.document_rows(&make(ListView::default()), list.selected);
        list.scroll = list.scroll.min(rows.saturating_sub(1) as u16);
        make(list)
    }

    /// Rows the selected item's text of a document screen takes when wrapped.
    fn document_rows(&self, screen: &Screen, selected: usize) -> usize {
        let c = &self.content;
        let rows = |t: &str| text::wrapped_height(t, text::reading_width(self.size.0));
        match screen {
            Screen::Faq(_) => c.faq.get(selected).map_or(0, |q| rows(&q.answer)),
            Screen::Foundations(_) => c
                .foundations
                .sections
                .get(selected)
                .map_or(0, |s| rows(&s.body)),
            Screen::Concern(_, route) => crate::workbook::helplines::rows(
                &safety_check::with_retake(
                    self,
                    crate::workbook::helplines::after_check(
                        c,
                        self.help_country().as_deref(),
                        *route,
                    ),
                ),
                text::reading_width(self.size.0),
            ),
            _ => crate::workbook::helplines::rows(
                &safety_check::with_retake(
                    self,
                    crate::workbook::helplines::page(c, self.help_country().as_deref()),
                ),
                text::reading_width(self.size.0),
            ),
        }
    }

    /// Where the help list is for, for the person here (see `helplines`).
    pub fn help_country(&self) -> Option<String> {
        crate::workbook::helplines::country_for(&self.config, self.partner())
    }
}
