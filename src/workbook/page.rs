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
//! in one place. Every screen is written this way (this module's test
//! fails on one that is not).

use crate::config::Config;
use crate::content::Content;
use crate::model::{Partner, PartnerId, SaveTarget, Session, Store, Timestamp};

use super::{AnswerBack, Effect, Layout, Notice, NoticeKind, Screen};

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
    /// Every screen answers a key as a component: in `Workbook::action`'s
    /// dispatch, each arm hands the screen's state to its `update` through
    /// the narrow context (`component!`), and none reaches for the whole
    /// workbook. A screen written against `Workbook` fails here.
    #[test]
    fn every_screen_answers_as_a_component() {
        let source = include_str!("../workbook.rs");
        let start = source
            .find("self.screen = match screen {")
            .expect("the dispatch in Workbook::action");
        let body = &source[start..];
        let body = &body[..body.find("\n        };").expect("its end")];
        // Each arm starts with `Screen::Name` at the arms' indent.
        let mut arms: Vec<(String, String)> = Vec::new();
        for line in body.lines().skip(1) {
            if let Some(rest) = line.strip_prefix("            Screen::") {
                let name: String = rest
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                arms.push((name, String::new()));
            }
            if let Some((_, text)) = arms.last_mut() {
                text.push_str(line);
            }
        }
        assert!(arms.len() > 20, "the dispatch was not found: {arms:?}");
        let whole: Vec<&str> = arms
            .iter()
            .filter(|(_, text)| !text.contains("component!(") || text.contains("(self"))
            .map(|(name, _)| name.as_str())
            .collect();
        assert!(
            whole.is_empty(),
            "these screens answer with the whole workbook; make each a \
             component (its update takes a page::Ctx): {whole:?}"
        );
    }
}
