//! The stand-in drawn while the journal is read (`app::opening`): home,
//! from the summary the last save left, answering at once the keys that
//! read nothing of the journal; and how the real workbook, once the journal
//! is read, arrives where the stand-in was.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::content::Content;
use crate::keymap::Action;
use crate::model::{DraftTarget, PartnerId, Store};

use super::checkin::Field;
use super::{
    HomeItem, JournalMode, JournalView, Msg, Notice, NoticeKind, Screen, Session, Workbook,
};

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
        // No draft is opened; the note of a check-in and a new entry left
        // unsaved stay, so that the check-in or the new entry opened here
        // shows them as the real one would.
        let mut session = session.clone();
        for p in session.partners.values_mut() {
            p.drafts.retain(|d| {
                matches!(
                    d.target,
                    DraftTarget::CheckInNote | DraftTarget::NewEntry { .. }
                )
            });
        }
        let mut wb = Workbook::arriving(content, store, session, profile, Arrival::Home);
        wb.preview = Some(entries_by);
        wb.notice.get_or_insert_with(opening);
        wb
    }

    /// Whether the stand-in answers `msg` itself, before the journal is
    /// read: the help opened and closed, moving on home, the FAQ, "Before
    /// you begin" and Help and safety opened from home, read and left, and
    /// the check-in opened and filled in (its numbers, feelings, signs and
    /// note), and a new entry begun (its strategy chosen, its words typed
    /// or pasted): none of it reads the journal or saves anything; what is
    /// filled in is saved once the journal is read. Every other key waits
    /// for the journal (saving the check-in or the entry, leaving either
    /// once it holds something), and so does every key after it (see
    /// `app::opening`), so the keys stay in order.
    pub fn answers_while_reading(&self, msg: &Msg) -> bool {
        use Action::{
            Back, Bottom, Digit, Down, Help, Left, OpenCheckIn, PageDown, PageUp, Right, Select,
            Skip, Toggle, Top, Up,
        };
        // Below 80x24 nothing is seen: the key is kept, and the workbook's
        // own rule for unseen keys (`Workbook::unseen`) decides it later.
        if self.preview.is_none() || self.active.is_none() || self.too_small() {
            return false;
        }
        let action = match msg {
            Msg::Action(action) => *action,
            // Words typed or pasted into the check-in's note or a new entry.
            Msg::Input(_) | Msg::Paste(_) => {
                let writing = match &self.screen {
                    Screen::CheckIn(f) => !f.confirm_leave,
                    Screen::Journal(j) => writing_a_new_entry(j),
                    _ => false,
                };
                return !self.help_open && writing && self.accepts_text();
            }
            _ => return false,
        };
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
                    || matches!(action, Help | OpenCheckIn)
                    || (action == Select
                        && self
                            .here()
                            .home_items()
                            .get(list.selected)
                            .is_some_and(|item| {
                                matches!(
                                    item,
                                    HomeItem::Faq
                                        | HomeItem::Foundations
                                        | HomeItem::Safety
                                        | HomeItem::CheckIn
                                        | HomeItem::NewEntry
                                )
                            }))
            }
            // Filled in, not saved; leaving a form that holds nothing goes
            // home. Asked whether to leave, every key waits.
            Screen::CheckIn(f) => {
                !f.confirm_leave
                    && (matches!(
                        action,
                        Up | Down | Left | Right | Digit(_) | Skip | Toggle | Help
                    ) || (action == Back && !f.is_touched()))
            }
            // Which strategy a new entry belongs to (going back from it
            // shows the journal's list, which waits), then its words:
            // only typed and pasted (above); saving it, leaving it and
            // handing it to another editor wait.
            Screen::Journal(j) => match &j.mode {
                JournalMode::Link { .. } => moving || matches!(action, Select | Help),
                _ => writing_a_new_entry(j) && action == Help,
            },
            screen if reads_nothing_of_the_journal(screen) => {
                moving || matches!(action, Back | Help)
            }
            _ => false,
        }
    }

    /// Answers `msg` on the stand-in, if it is one it answers
    /// ([`Workbook::answers_while_reading`]), and returns whether it did.
    /// It is carried out on a copy first and taken only if it asked for
    /// nothing to be written to the journal: a key that would write waits
    /// for the journal whatever the list says, since what the stand-in
    /// would write could never be saved.
    pub fn answer_while_reading(&mut self, msg: &Msg, now: crate::model::Timestamp) -> bool {
        if !self.answers_while_reading(msg) {
            return false;
        }
        let mut tried = self.clone();
        match msg.clone() {
            Msg::Action(action) => tried.action(action, now, &mut Vec::new()),
            Msg::Input(key) => tried.input(key, now),
            Msg::Paste(text) => tried.paste(&text, now),
            _ => return false,
        }
        if tried.wants[crate::model::SaveTarget::Store.index()] {
            return false;
        }
        tried.wants = [false; 2];
        *self = tried;
        true
    }

    /// The real workbook, arrived home once the journal is read, takes the
    /// place the keys the stand-in answered left it in (see
    /// [`Workbook::answers_while_reading`]): its screen, its help and home's
    /// cursor, when the same person is at the keyboard, home lists the same
    /// items (the summary it was drawn from matched the journal) and the
    /// screen reads nothing of the journal. A check-in being filled in, or
    /// a new entry begun, is taken whenever the same person is at the
    /// keyboard, as it is (the check-in's cursor kept to the reviews the
    /// journal has due), and its words are kept as a draft from then on as
    /// any typed on the real workbook; if it cannot be taken, its words are
    /// kept as the draft it opens with next, never lost. Where they are is
    /// remembered as usual.
    pub fn take_place_from(&mut self, stand_in: &Workbook, now: crate::model::Timestamp) {
        if stand_in.preview.is_none() {
            return;
        }
        let here = stand_in.active == self.active && matches!(self.screen, Screen::Home(_));
        // What was being written on the stand-in, as the draft it would be.
        let written = match &stand_in.screen {
            Screen::CheckIn(form) => Some(Some(crate::model::Draft {
                target: DraftTarget::CheckInNote,
                text: form.note_text(),
            })),
            Screen::Journal(j) if writing_a_new_entry(j) => {
                Some(j.editor().map(super::Editor::draft))
            }
            _ => None,
        };
        if let Some(draft) = written {
            if !here {
                // Kept as the draft of the one who wrote it, whoever is
                // at the keyboard now: only in the open (a protected
                // person's drafts are sealed with the rest of theirs, and a
                // stand-in is never drawn for one; the summary it is drawn
                // from matched the journal).
                let open = stand_in.active.filter(|w| {
                    self.store
                        .partner(*w)
                        .is_some_and(|p| p.protection.is_none())
                });
                if let (Some(writer), Some(draft)) = (open, draft)
                    && !draft.text.is_empty()
                {
                    self.session.keep_draft(writer, draft);
                    self.mark_session_dirty(now);
                }
                return;
            }
            let mut screen = stand_in.screen.clone();
            if let Screen::CheckIn(form) = &mut screen
                && matches!(form.focus, Field::Review(n) if n >= self.here().due_reviews(now).len())
            {
                form.focus = Field::Note;
            }
            self.screen = screen;
            if draft.is_some_and(|d| !d.text.is_empty()) {
                self.mark_session_dirty(now);
            }
        } else if here
            && reads_nothing_of_the_journal(&stand_in.screen)
            && stand_in.here().home_items() == self.here().home_items()
        {
            self.screen = stand_in.screen.clone();
        } else {
            return;
        }
        self.help_open = stand_in.help_open;
        self.home_at.clone_from(&stand_in.home_at);
        // What the stand-in's screen says still stands (a new entry's
        // reach), unless the workbook has something of its own to say;
        // that the journal is opening no longer does.
        if self.notice.is_none() {
            self.notice = stand_in.notice.clone().filter(|n| *n != opening());
        }
        self.remember_location();
    }
}

/// What the stand-in says until the journal is read.
fn opening() -> Notice {
    Notice {
        kind: NoticeKind::Info,
        text: crate::t!("open-opening"),
    }
}

/// A new entry begun: its strategy being chosen, or its words being
/// written (nothing of the journal is read for either).
fn writing_a_new_entry(j: &JournalView) -> bool {
    match &j.mode {
        JournalMode::Link { .. } => true,
        JournalMode::Edit(e) => matches!(e.target, DraftTarget::NewEntry { .. }),
        _ => false,
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
