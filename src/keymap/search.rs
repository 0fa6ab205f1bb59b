//! Keys of the journal's search box, of the list while a search or a
//! filter is on, and of an entry a search found. `n`/`N` go through the
//! results only here: in the plain list they are free for other uses.

use super::{
    Action, BACK, BOTTOM, Binding, Context, DELETE_ENTRY, DOWN, EDIT_ENTRY, HELP, HELP_F1, Key,
    PAGE_DOWN, PAGE_UP, QUIT, TOGGLE_ENTRY, TOP, UP, UP_SCROLL, b, unlisted,
};
use ratatui::crossterm::event::KeyCode;

/// `/` opens the search box (the plain list and the found list alike).
pub(super) const SEARCH: Binding = b(&[ch!('/')], Action::Search, "/", "search", true);

// The filter chips: `1`–`4` step one, `0` clears them.
pub(super) const FILTER_STRATEGY: Binding = b(
    &[ch!('1')],
    Action::Digit(1),
    "1",
    "filter by strategy",
    false,
);
pub(super) const FILTER_KIND: Binding =
    b(&[ch!('2')], Action::Digit(2), "2", "filter by kind", false);
pub(super) const FILTER_SHARING: Binding = b(
    &[ch!('3')],
    Action::Digit(3),
    "3",
    "filter by private/shared",
    false,
);
pub(super) const FILTER_DATE: Binding =
    b(&[ch!('4')], Action::Digit(4), "4", "filter by date", false);
pub(super) const CLEAR_FILTERS: Binding = b(
    &[ch!('0')],
    Action::Digit(0),
    "0",
    "clear the filters",
    false,
);

const NEXT: Binding = b(
    &[ch!('n')],
    Action::Next,
    "n/N",
    "next/previous match",
    true,
);
const PREVIOUS: Binding = b(&[ch!('N')], Action::Previous, "N", "previous match", false);

pub(super) fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::JournalSearch => {
            const {
                &[
                    b(
                        &[code!(Enter)],
                        Action::Select,
                        "Enter",
                        "keep results",
                        true,
                    ),
                    b(&[code!(Esc)], Action::Back, "Esc", "clear search", true),
                    b(&[code!(Up)], Action::Up, "↑↓", "move", true),
                    b(&[code!(Down)], Action::Down, "↓", "down", false),
                    b(&[code!(PageUp)], Action::PageUp, "PgUp", "page up", false),
                    b(
                        &[code!(PageDown)],
                        Action::PageDown,
                        "PgDn",
                        "page down",
                        false,
                    ),
                    HELP_F1,
                    QUIT,
                ]
            }
        }
        Context::JournalFound => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "read", true),
                    NEXT,
                    PREVIOUS,
                    SEARCH,
                    b(&[code!(Esc)], Action::Cancel, "Esc", "clear search", true),
                    unlisted(EDIT_ENTRY),
                    unlisted(DELETE_ENTRY),
                    unlisted(TOGGLE_ENTRY),
                    FILTER_STRATEGY,
                    FILTER_KIND,
                    FILTER_SHARING,
                    FILTER_DATE,
                    CLEAR_FILTERS,
                    UP,
                    DOWN,
                    PAGE_UP,
                    PAGE_DOWN,
                    TOP,
                    BOTTOM,
                    b(&[ch!('q')], Action::Back, "q", "back", true),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::JournalReadFound => {
            const {
                &[
                    NEXT,
                    PREVIOUS,
                    EDIT_ENTRY,
                    unlisted(TOGGLE_ENTRY),
                    UP_SCROLL,
                    DOWN,
                    PAGE_UP,
                    PAGE_DOWN,
                    TOP,
                    BOTTOM,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Context, lookup};
    use super::*;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn letters_are_typed_into_the_search_box() {
        for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /?nNqjkg".chars() {
            assert_eq!(lookup(Context::JournalSearch, key(c)), None, "{c:?}");
        }
    }

    #[test]
    fn n_goes_through_matches_only_while_finding() {
        for ctx in [Context::JournalFound, Context::JournalReadFound] {
            assert_eq!(lookup(ctx, key('n')), Some(Action::Next), "{ctx:?}");
            assert_eq!(
                lookup(ctx, KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT)),
                Some(Action::Previous),
                "{ctx:?}"
            );
        }
        for ctx in [Context::JournalList, Context::JournalRead] {
            assert_ne!(lookup(ctx, key('n')), Some(Action::Next), "{ctx:?}");
        }
    }
}
