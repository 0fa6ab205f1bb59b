//! The stand-in drawn while the journal is read (`app::opening`): home,
//! from the summary the last save left, answering at once the keys that
//! read nothing of the journal; and how the real workbook, once the journal
//! is read, arrives where the stand-in was.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::content::Content;
use crate::keymap::Action;
use crate::model::{PartnerId, Store};

use super::{HomeItem, Notice, NoticeKind, Screen, Session, Workbook};

/// Where the person chosen at the start is put.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Where they left off: their place, or the editor of their newest
    /// draft.
    WhereTheyLeftOff,
    /// Home, as the stand-in drawn while the journal is read shows
    /// everyone ([`Workbook::preview`]): when keys were typed on it, the
    /// real workbook arrives there too, so each key acts on the screen the
    /// person saw.
    Home,
}

impl Workbook {
    /// The stand-in drawn while the journal loads, from the summary the last
    /// save left (`store` holds no entries and no check-ins; `entries_by`
    /// says how many entries each partner has). Everyone is shown home, with
    /// no draft open. It answers only the keys that read nothing of the
    /// journal ([`Workbook::answers_while_reading`]) and hands nothing to
    /// the edge, so nothing can ever be saved from it; the app replaces it
    /// with the real workbook once the journal is read, which takes its
    /// place ([`Workbook::take_place_from`]) and then the keys typed
    /// meanwhile, in order.
    pub fn preview(
        content: Arc<Content>,
        store: Store,
        entries_by: BTreeMap<PartnerId, usize>,
        session: &Session,
        profile: Option<&str>,
    ) -> Workbook {
        let mut session = session.clone();
        for p in session.partners.values_mut() {
            p.drafts.clear();
        }
        let mut wb = Workbook::arriving(content, store, session, profile, Arrival::Home);
        wb.preview = Some(entries_by);
        wb.notice.get_or_insert(Notice {
            kind: NoticeKind::Info,
            text: crate::t!("open-opening"),
        });
        wb
    }

    /// Whether the stand-in answers `action` itself, before the journal is
    /// read: the help opened and closed, moving on home, and the FAQ,
    /// "Before you begin" and Help and safety opened from home, read and
    /// left. None of these reads the journal or saves anything. Every other
    /// key waits for the journal, and so does every key after it (see
    /// `app::opening`), so the keys stay in order.
    pub fn answers_while_reading(&self, action: Action) -> bool {
        use Action::{Back, Bottom, Down, Help, PageDown, PageUp, Select, Top, Up};
        // Below 80x24 nothing is seen: the key is kept, and the workbook's
        // own rule for unseen keys (`Workbook::unseen`) decides it later.
        if self.preview.is_none() || self.active.is_none() || self.too_small() {
            return false;
        }
        if matches!(action, Action::Calm | Action::QuickExit | Action::Quit) {
            return false;
        }
        if self.help_open {
            // Any other key closes the help, as it says.
            return true;
        }
        let moving = matches!(action, Up | Down | PageUp | PageDown | Top | Bottom);
        match &self.screen {
            Screen::Home(list) => {
                moving
                    || action == Help
                    || (action == Select
                        && self
                            .here()
                            .home_items()
                            .get(list.selected)
                            .is_some_and(|item| {
                                matches!(
                                    item,
                                    HomeItem::Faq | HomeItem::Foundations | HomeItem::Safety
                                )
                            }))
            }
            screen if reads_nothing_of_the_journal(screen) => {
                moving || matches!(action, Back | Help)
            }
            _ => false,
        }
    }

    /// The real workbook, arrived home once the journal is read, takes the
    /// place the keys the stand-in answered left it in (see
    /// [`Workbook::answers_while_reading`]): its screen, its help and home's
    /// cursor, when the same person is at the keyboard, home lists the same
    /// items (the summary it was drawn from matched the journal) and the
    /// screen reads nothing of the journal. Where they are is remembered as
    /// usual.
    pub fn take_place_from(&mut self, stand_in: &Workbook) {
        if stand_in.preview.is_none()
            || stand_in.active != self.active
            || !matches!(self.screen, Screen::Home(_))
            || !reads_nothing_of_the_journal(&stand_in.screen)
            || stand_in.here().home_items() != self.here().home_items()
        {
            return;
        }
        self.screen = stand_in.screen.clone();
        self.help_open = stand_in.help_open;
        self.home_at.clone_from(&stand_in.home_at);
        self.remember_location();
    }
}

/// The screens the stand-in drawn while the journal is read may show:
/// home and three pages of the content pack.
fn reads_nothing_of_the_journal(screen: &Screen) -> bool {
    matches!(
        screen,
        Screen::Home(_) | Screen::Faq(_) | Screen::Foundations(_) | Screen::Safety(_)
    )
}
