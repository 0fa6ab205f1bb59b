//! A screen as a component (issue 26): its own state, answering a key
//! through a narrow context ([`Ctx`]) and saying where to go next ([`Go`]).
//!
//! A screen written this way cannot reach the workbook's fields: it sees
//! the content, the store, the session, who is at the keyboard, the time
//! and the renderer's page (and, for the journal, its folded words and
//! whether the person's protected words are open); it can leave a notice,
//! ask for a save, keep or forget a draft, and hand the edge an effect.
//! Going elsewhere is a request the workbook carries out ([`Go`]), so the
//! rules that belong to the whole program (whose records are open before
//! anyone is entered, how the program ends, where home's cursor was) stay
//! in one place.
//!
//! Every screen is one line of `workbook::every_screen!` and implements
//! [`Page`] in its own file (its key table, its place, its `update`); the
//! `ui` and `walk` doors implement their own trait for it (`ui::View`,
//! `walk::Words`). The dispatch of each door is made from the list, and
//! this module's test fails on a match over the screens written by hand.

use crate::config::Config;
use crate::content::Content;
use crate::model::{Partner, PartnerId, SaveTarget, Session, Store, Timestamp};

use super::{AnswerBack, Effect, Layout, Location, Notice, NoticeKind, Screen};
use crate::keymap::{Action, Context};

/// What is read about the person at the keyboard, the same for the
/// workbook (`Workbook::here`) and for a component (`Ctx::here`): rules
/// that only read live here once.
#[derive(Clone, Copy)]
pub(crate) struct Here<'a> {
    pub content: &'a Content,
    pub config: &'a Config,
    pub store: &'a Store,
    pub session: &'a Session,
    pub me: Option<PartnerId>,
}

impl<'a> Here<'a> {
    /// The person at the keyboard.
    pub(crate) fn partner(self) -> Option<&'a Partner> {
        self.me.and_then(|id| self.store.partner(id))
    }

    /// Who may read an entry written now: shared when the settings say so
    /// and the couples exercises are open, else private.
    pub(crate) fn new_entry_visibility(self) -> crate::model::Visibility {
        use crate::model::Visibility;
        if self.config.default_visibility == Visibility::Shared
            && crate::privacy::couples_available(self.store)
        {
            Visibility::Shared
        } else {
            Visibility::Private
        }
    }

    /// The words of one of this person's own entries, if they can be read.
    pub(crate) fn own_entry_text(self, id: crate::model::EntryId) -> Option<String> {
        let e = self.store.entry(id)?;
        if Some(e.author) != self.me {
            return None;
        }
        e.body.text().map(str::to_string)
    }

    /// The words of this person's draft for `target`, unless sealed.
    pub(crate) fn pending_draft(self, target: &super::DraftTarget) -> Option<String> {
        let s = self.session.for_partner(self.me?)?;
        s.draft_for(target)
            .filter(|d| !crate::vault::is_sealed(&d.text))
            .map(|d| d.text.clone())
    }
}

/// A screen as a type (`workbook::kind::Name`, one per line of
/// `every_screen!`), with the state it keeps. Made by that list, so the
/// state is named once.
pub(crate) trait Kind {
    type State;
}

/// How a screen behaves in the state machine, written in the screen's own
/// file. It sees only its own state and the narrow context: a screen
/// cannot reach another screen, the keys, the saves or how the program is
/// ending, because nothing here hands it the workbook.
pub(super) trait Page: Kind {
    /// The key table of this screen.
    fn context(state: &Self::State, here: Here) -> Context;

    /// Where the person is, as the session keeps it for their return:
    /// home, unless the screen is a place of its own.
    fn location(_state: &Self::State, _content: &Content) -> Location {
        Location::Home
    }

    /// A key (as an action) on this screen: change the state, say where to
    /// go next.
    fn update(state: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go;
}

/// What a screen may touch while it answers a key.
pub(super) struct Ctx<'a> {
    pub(super) content: &'a Content,
    config: &'a Config,
    pub(super) store: &'a mut Store,
    pub(super) session: &'a mut Session,
    /// Who is at the keyboard (`None` on the screens before anyone is).
    pub(super) me: Option<PartnerId>,
    pub(super) now: Timestamp,
    layout: Layout,
    notice: &'a mut Option<Notice>,
    wants: &'a mut [bool; 2],
    session_dirty_since: &'a mut Option<Timestamp>,
    say_when_saved: &'a mut Option<String>,
    fx: &'a mut Vec<Effect>,
    /// The journal's words folded for its search box (kept for the session).
    pub(super) words: &'a mut super::words::Words,
    /// Whether the person at the keyboard has their protected words open.
    pub(super) unlocked: bool,
}

/// Where a screen goes after a key: itself, or a request the workbook
/// carries out.
#[derive(Debug)]
pub(super) enum Go {
    /// Stay on this screen, as the update left it.
    Stay,
    /// Another screen, built by the one answering.
    To(Screen),
    /// Home, with the cursor where this person left it.
    Home,
    /// A strategy, opened (and begun, if it was not started yet).
    Strategy(usize),
    /// One prompt of a strategy to answer, coming back to `back` after;
    /// when the prompt is not there, stay and say `if_missing` (if any).
    Answer {
        strategy: String,
        prompt: String,
        back: AnswerBack,
        if_missing: Option<String>,
    },
    /// Put this person at the keyboard: a protected one is asked for their
    /// passphrase first (`Workbook::activate`).
    Enter(PartnerId),
    /// A commitment's review (the strategy at this index), begun.
    Review(usize),
    /// Another screen, keeping as drafts the words of any editor on the
    /// screen left (an editor beneath the breathing guide).
    KeepingDrafts(Box<Screen>),
    /// Hand the keyboard to the other person, behind a neutral cover.
    PassKeyboard,
    /// Add a second person: the present one steps away first.
    AddPartner,
    /// Protect this person's records with a passphrase.
    Protect,
    /// "Leave this workbook", asked twice.
    LeaveWorkbook,
    /// Stay, and leave with the words not on the disk (asked twice first).
    LeaveUnsaved,
    /// Stay, and write a copy of everything in memory, sealed as on disk,
    /// into this folder (see `leaving::rescue`).
    Rescue(String),
    /// Leaving an unlock screen without the key (`why`): nobody goes in.
    LockedOut(PartnerId, String),
    /// A recovered key, sealed with a new passphrase; the person let in.
    NewPassphrase(
        PartnerId,
        std::sync::Arc<crate::crypto::Unlocked>,
        super::Passphrase,
    ),
    /// Put this person at the keyboard and show them this screen (unless
    /// they are asked for their passphrase first).
    EnterTo(PartnerId, Box<Screen>),
    /// Stay, and speak this language from now on: the setting, and its
    /// pack (see `Effect::ChooseLanguage`).
    ChooseLanguage(crate::i18n::Lang),
    /// Stay, and save again what is not on the disk (Ctrl+S with nothing
    /// unsaved on screen).
    RetrySave,
    /// Stay, and end the program (everything saved first).
    Quit,
    /// Stay, and end the program for this person to leave the workbook
    /// (see `departure`).
    Depart(PartnerId),
}

impl<'a> Ctx<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        content: &'a Content,
        config: &'a Config,
        store: &'a mut Store,
        session: &'a mut Session,
        me: Option<PartnerId>,
        now: Timestamp,
        layout: Layout,
        notice: &'a mut Option<Notice>,
        wants: &'a mut [bool; 2],
        session_dirty_since: &'a mut Option<Timestamp>,
        say_when_saved: &'a mut Option<String>,
        fx: &'a mut Vec<Effect>,
        (words, unlocked): (&'a mut super::words::Words, bool),
    ) -> Ctx<'a> {
        Ctx {
            content,
            config,
            store,
            session,
            me,
            now,
            layout,
            notice,
            wants,
            session_dirty_since,
            say_when_saved,
            fx,
            words,
            unlocked,
        }
    }

    /// The person at the keyboard, to change.
    pub(super) fn partner_mut(&mut self) -> Option<&mut Partner> {
        self.me.and_then(|id| self.store.partner_mut(id))
    }

    /// Rows Page Up and Page Down move, as the renderer last drew them.
    pub(super) fn page(&self) -> usize {
        usize::from(self.layout.page_rows).max(1)
    }

    /// Where a text's scroll may go (the renderer's limit).
    pub(super) fn scroll_within(&self, scroll: u16) -> u16 {
        self.layout
            .scroll_limit
            .map_or(scroll, |max| scroll.min(max))
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        *self.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: text.into(),
        });
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        *self.notice = Some(Notice {
            kind: NoticeKind::Error,
            text: text.into(),
        });
    }

    /// What is read about the person at the keyboard.
    pub(super) fn here(&self) -> Here<'_> {
        Here {
            content: self.content,
            config: self.config,
            store: self.store,
            session: self.session,
            me: self.me,
        }
    }

    /// The person at the keyboard.
    pub(super) fn partner(&self) -> Option<&Partner> {
        self.me.and_then(|id| self.store.partner(id))
    }

    /// Keep words no editor shows now as this person's draft.
    pub(super) fn keep_draft(&mut self, draft: super::Draft) {
        if let Some(me) = self.me {
            self.session.keep_draft(me, draft);
        }
    }

    /// Forget this person's draft for `target` (its words were kept, or
    /// let go on purpose).
    pub(super) fn forget_draft(&mut self, target: &super::DraftTarget) {
        if let Some(me) = self.me {
            self.session.forget_draft(me, target);
        }
    }

    /// Say `now` at once, and `then` once the save asked for in this
    /// update is on the disk ("Saved.").
    pub(super) fn notice_when_saved(&mut self, now: &str, then: &str) {
        self.info(now);
        *self.say_when_saved = Some(then.to_string());
    }

    /// Whether this update has asked for a save of `target` so far.
    pub(super) fn wants_saved(&self, target: SaveTarget) -> bool {
        self.wants[target.index()]
    }

    /// Something for the edge to do (protecting, unlocking).
    pub(super) fn effect(&mut self, effect: Effect) {
        self.fx.push(effect);
    }

    /// The store changed: save it, and the session with it.
    pub(super) fn changed(&mut self) {
        self.want_saved(SaveTarget::Store);
        self.session_changed();
    }

    pub(super) fn want_saved(&mut self, target: SaveTarget) {
        self.wants[target.index()] = true;
    }

    /// The session changed (a reveal seen, a choice remembered): it is
    /// written on the next tick or on leaving.
    pub(super) fn session_changed(&mut self) {
        if self.session_dirty_since.is_none() {
            *self.session_dirty_since = Some(self.now);
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every screen is listed once (`every_screen!`), and each door's
    /// dispatch over all screens is made from that list: a hand-written
    /// `match` that names most screens one by one (the way a new screen
    /// used to be added in seven places) fails here, with its file. Each
    /// screen answers a key through the narrow context, which the `Page`
    /// trait's signature holds: it is never handed the workbook.
    #[test]
    fn every_screen_is_dispatched_from_the_one_list() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let listed = screens_listed(&std::fs::read_to_string(root.join("workbook.rs")).unwrap());
        assert!(listed.len() > 20, "the list was not found: {listed:?}");
        let mut by_hand = Vec::new();
        for file in rust_files(&root) {
            let source = std::fs::read_to_string(&file).unwrap();
            for (at, _) in source.match_indices("match ") {
                let named = arms_naming_screens(&source[at..]);
                if named * 2 > listed.len() {
                    by_hand.push(format!("{}: {named} screens", file.display()));
                }
            }
        }
        assert!(
            by_hand.is_empty(),
            "a match over the screens written by hand; make it from \
             `every_screen!` with a trait each screen implements: {by_hand:?}"
        );
        // And the check sees one: the dispatch as it was written before.
        let old = "match screen {\n    Screen::Welcome(w) => 1,\n    Screen::Picker(_) => 2,\n    \
                   Screen::Home(_) | Screen::Faq(_) => 3,\n    Screen::Journal(j) => 4,\n}";
        assert_eq!(arms_naming_screens(old), 5);
    }

    /// The variants in `every_screen!`, in order.
    fn screens_listed(source: &str) -> Vec<String> {
        let start = source.find("macro_rules! every_screen").unwrap();
        let body = &source[start..];
        let body = &body[..body.find("\n    };").unwrap()];
        body.lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("//") && l.ends_with("),"))
            .filter_map(|l| l.split('(').next())
            .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric()))
            .map(String::from)
            .collect()
    }

    /// How many different screens the arms of the `match` at the start of
    /// `text` name (`Screen::Name` at the start of an arm).
    fn arms_naming_screens(text: &str) -> usize {
        let Some(open) = text.find('{') else { return 0 };
        let mut depth = 0;
        let mut end = text.len();
        for (i, c) in text[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let mut names = std::collections::BTreeSet::new();
        for line in text[open..end].lines() {
            let arm = line.trim_start().trim_start_matches("| ");
            for part in arm.split(" | ") {
                if let Some(rest) = part.trim().strip_prefix("Screen::") {
                    let name: String = rest
                        .chars()
                        .take_while(char::is_ascii_alphanumeric)
                        .collect();
                    names.insert(name);
                }
            }
        }
        names.len()
    }

    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
        out
    }
}
