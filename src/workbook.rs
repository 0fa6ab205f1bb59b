//! The workbook's state machine: `update(msg, now) -> effects`.
//!
//! No terminal, no disk, no clock: the event loop (`app.rs`) passes the time
//! in, and carries out the [`Effect`]s returned. Every rule — which step
//! follows which, what a partner may see, when a draft is autosaved — lives
//! here or in the modules below, and is unit-tested by feeding messages.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::Duration;
use ratatui::crossterm::event::KeyEvent;

use crate::content::Content;
use crate::keymap::{Action, Context};
use crate::model::{EntryId, PartnerId, Store, Timestamp};
pub(crate) use page::Kind;
use page::{Ctx, Go};
pub(crate) use seen::Seen;

pub mod calm;
mod checkin;
mod couples;
pub mod departure;
mod documents;
pub mod editor;
mod ending;
mod external;
pub mod helplines;
mod home;
mod homework;
mod jobs;
mod journal;
mod leaving;
pub mod measure;
mod move_on;
mod pacing;
mod page;
mod passphrase;
mod picker;

pub mod news;
mod progress_view;
pub mod safety_check;
mod saving;
pub mod say;
mod seen;
mod stand_in;
mod strategy;
mod together;
pub mod welcome;
mod words;

pub use crate::model::SaveTarget;
pub use calm::{Breath, CalmView, Phase};
pub use checkin::{
    CheckInForm, DueReview, Field as CheckInField, PRACTICE_DAYS, Scale, checked_in_today,
    due_reviews,
};
pub use couples::replies::read_it_words;
pub(crate) use couples::replies::unread as unread_replies;
pub use editor::Editor;
pub use ending::{Ending, Leave};
pub use home::HomeItem;
pub use homework::HomeworkView;
pub use jobs::{Protecting, Unlocking};
pub use journal::{Find, FoldJob, JournalMode, JournalView, PART, filters, split_title, title_of};
pub(crate) use journal::{share_question, visible_entries};
pub use leaving::{UnsavedStep, UnsavedView};
pub use measure::{MeasureBack, MeasureStep, MeasureView};
pub use move_on::help_offered;
pub use pacing::PACE_DAYS;
pub use passphrase::{
    Keys, LOCK_AFTER, MIN_CHARS, OpenKey, Passphrase, PassphraseStep, PassphraseView,
};
pub use progress_view::{ProgressTab, ProgressView};
pub use saving::{SaveError, Saves};
pub use stand_in::Arrival;
// Where each partner was and their drafts: persisted data, so it lives
// with the model; named here too because the state machine works on it.
pub use crate::model::session::{self, Draft, DraftTarget, Location, Session};
pub use safety_check::ConcernView;
pub use strategy::{AnswerBack, Answering, StrategyFocus, StrategyView, practised_days};
pub use together::RevealView;
pub use welcome::{HandOver, Welcome, WelcomeStep};

/// The smallest terminal the screens are laid out for (columns, rows).
/// Below it nothing is drawn but a request for a larger window, so only
/// the keys that need no screen act (see [`Workbook::too_small`]).
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// How often an unsaved draft is written to `session.json` while typing.
pub const AUTOSAVE_EVERY: Duration = Duration::seconds(2);

/// Something that happened: a key mapped to an action, text typed into the
/// focused editor, a paste, a tick of the clock, a save that finished.
#[derive(Debug, Clone)]
pub enum Msg {
    Action(Action),
    /// A key for the focused text field (letters, arrows, Backspace…).
    Input(KeyEvent),
    Paste(String),
    Resize(u16, u16),
    Tick,
    /// Save number `seq` of a file (and every earlier one) is on the disk.
    Saved(SaveTarget, u64),
    /// Save number `seq` of a file could not be written, and why.
    SaveFailed(SaveTarget, u64, SaveError),
    /// A save sealed this many older backups that held a protected
    /// partner's words in plain.
    BackupsSealed(usize),
    /// A partner's key, derived from the passphrase off the UI thread (see
    /// [`Effect::Unlock`]), or why not.
    Unlocked(
        PartnerId,
        Result<Arc<crate::vault::Opened>, Arc<crate::crypto::UnlockError>>,
    ),
    /// Protecting a person, off the UI thread (see [`Effect::Protect`]):
    /// this many of their records of `total` are sealed so far.
    Sealing {
        partner: PartnerId,
        done: usize,
        total: usize,
    },
    /// Protecting a person is done (their key, recovery key and sealed
    /// records), or why not.
    Protected(PartnerId, Result<Arc<crate::vault::Protected>, String>),
    /// The copy of unsaved words asked for with [`Effect::WriteCopy`] is
    /// written (the folder it went to), or why not.
    CopyWritten(Result<String, String>),
    /// Hand everything in memory to the disk now (the edge, on its way out
    /// after an error).
    Flush,
    /// Nobody is there to answer "Not saved yet" (the window closed, input
    /// ended, a signal came): the copy of everything goes to `folder`, as if
    /// the person had chosen it there (see `leaving::nobody_to_ask`).
    NobodyToAsk {
        folder: String,
    },
    /// The person's own editor closed: the file's text, or why nothing came back.
    EditorReturned(Result<String, String>),
    /// The journal's words folded for the search box, off the UI thread
    /// (see [`Workbook::fold_job`]).
    Folded(Arc<words::Words>),
    /// The language chosen in the welcome is in use (see
    /// [`Effect::ChooseLanguage`]): its pack (none when the pack is the
    /// person's own), and whether the choice is in the settings, or why not.
    LanguageChosen {
        content: Option<Arc<Content>>,
        saved: Result<(), String>,
    },
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write `store.json` (the journal and progress): the copy as it may
    /// be written (every protected person sealed), as save number `seq`.
    SaveStore(Numbered<Store>),
    /// Write `session.json` (where each partner was, and their drafts),
    /// sealed likewise.
    SaveSession(Numbered<Session>),
    /// Suspend the screen and open `text` in the person's own editor; answer
    /// with [`Msg::EditorReturned`].
    OpenEditor { text: String },
    /// Saves failed and the person asked for a copy of everything in
    /// memory in another folder (see `leaving`): these copies, sealed as on
    /// disk; answer with [`Msg::CopyWritten`].
    WriteCopy(Box<Rescue>),
    /// Derive a partner's key from the passphrase typed (about a second of
    /// scrypt, on purpose) and open their sealed records with it, as they
    /// were when asked; answer with [`Msg::Unlocked`].
    Unlock(Box<Unlocking>),
    /// Start protecting a person: derive their key and seal these records
    /// of theirs off the UI thread, with progress as [`Msg::Sealing`] and the
    /// answer as [`Msg::Protected`].
    Protect(crate::workbook::Protecting),
    /// Speak `lang` from now on: write `language = "…"` into the settings
    /// `file`, set the language, and load its bundled pack unless the pack
    /// is the person's own (`pack` false); answer with
    /// [`Msg::LanguageChosen`].
    ChooseLanguage {
        lang: crate::i18n::Lang,
        file: Option<std::path::PathBuf>,
        pack: bool,
    },
    /// Leave, once the saves asked for are answered: the edge waits for
    /// them, hands their results back, and then leaves only if
    /// [`Workbook::may_leave`] says so.
    Quit,
    /// Leave at once (the quick exit): the saves handed to the writer are
    /// still written before the process ends, but nothing waits for them.
    LeaveNow,
}

/// A copy for the disk and the number of the save it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Numbered<T> {
    pub seq: u64,
    pub copy: Box<T>,
}

impl<T> Numbered<T> {
    fn new(seq: u64, copy: T) -> Numbered<T> {
        Numbered {
            seq,
            copy: Box::new(copy),
        }
    }
}

/// Everything in memory, sealed as on disk, for a folder of its own (see
/// [`Effect::WriteCopy`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Rescue {
    pub folder: String,
    pub store: Store,
    pub session: Session,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListView {
    pub selected: usize,
    pub scroll: u16,
}

/// Every screen, listed once: each line is a variant of [`Screen`] and the
/// state that screen keeps. `kind::Name` is the same screen as a type, and
/// each door implements it: [`page::Page`] (its keys, key table and place,
/// in the screen's own file here), `ui::View` (its title and drawing) and
/// `walk::Words` (its page in words). The enum and every match over all
/// screens are made from this list, here ([`Screen::update`],
/// [`Screen::context`], [`Screen::location`]) and in `ui` and `walk`, which
/// call it with their own macro: adding a screen is one line here and one
/// impl per door, each of which the compiler asks for.
macro_rules! every_screen {
    ($then:ident) => {
        $then! {
            Welcome(Box<Welcome>),
            /// Which of several people is at the keyboard.
            Picker(ListView),
            Home(ListView),
            Strategy(Box<StrategyView>),
            Journal(Box<JournalView>),
            /// A list of titles with the selected one's text below: the FAQ,
            /// the foundations, help and safety.
            Faq(ListView),
            Foundations(ListView),
            Safety(ListView),
            MoveOn(ListView),
            CheckIn(Box<CheckInForm>),
            Progress(ProgressView),
            /// Protecting one's private entries, or unlocking them.
            Passphrase(Box<PassphraseView>),
            /// A neutral screen between two people: nothing of the one before.
            Cover(PartnerId),
            /// Both partners' shared entries, read-only.
            Shared(ListView),
            /// A blank screen left by the quick exit (setting `quick_hide`);
            /// any key asks who is at the keyboard.
            Neutral(Blank),
            /// The private safety check before couples mode.
            SafetyCheck(Box<safety_check::CheckView>),
            /// After a safety check that raised a concern: the help, first.
            Concern(safety_check::ConcernView),
            /// The together prompts and where each stands.
            Together(ListView),
            /// Both answers to the selected together prompt, side by side.
            Reveal(together::RevealView),
            Homework(HomeworkView),
            /// Quitting while words are not on the disk: try again, write a
            /// copy elsewhere, or leave knowing they are lost.
            Unsaved(Box<leaving::UnsavedView>),
            /// "When it is too much": breathing and grounding over the screen
            /// beneath.
            Calm(Box<calm::CalmView>),
            /// "Leave this workbook", asked twice (see `departure`).
            Depart(departure::DepartView),
            /// Answering a questionnaire (see `measure`).
            Measure(Box<MeasureView>),
        }
    };
}
pub(crate) use every_screen;

/// [`Screen`], each screen's type in [`kind`], and the workbook's dispatch
/// over them, from [`every_screen`].
macro_rules! declare_screens {
    ($($(#[$doc:meta])* $name:ident($state:ty),)*) => {
        #[derive(Debug, Clone)]
        pub enum Screen {
            $($(#[$doc])* $name($state),)*
        }

        /// Each screen as a type, for the doors to implement (see
        /// [`every_screen`]).
        pub(crate) mod kind {
            $(
                #[derive(Debug)]
                pub(crate) struct $name;
            )*
        }

        $(impl page::Kind for kind::$name {
            type State = $state;
        })*

        impl Screen {
            /// The screen on top answers `action` through the narrow
            /// context, and says where to go.
            fn update(&mut self, ctx: &mut Ctx, action: Action) -> Go {
                match self {
                    $(Screen::$name(s) => <kind::$name as page::Page>::update(s, ctx, action),)*
                }
            }

            /// This screen's key table.
            fn context(&self, here: page::Here) -> Context {
                match self {
                    $(Screen::$name(s) => <kind::$name as page::Page>::context(s, here),)*
                }
            }

            /// Where the person is, as the session keeps it.
            fn location(&self, content: &Content) -> Location {
                match self {
                    $(Screen::$name(s) => <kind::$name as page::Page>::location(s, content),)*
                }
            }
        }
    };
}
every_screen!(declare_screens);

/// The quick exit's blank screen keeps nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Blank;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    /// Information that a save asked for is on the disk ("Saved.",
    /// "Protected. …"): `walk` asks this, never the words, whether the
    /// page already says so.
    Saved,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Workbook {
    content: Arc<Content>,
    store: Store,
    session: Session,
    active: Option<PartnerId>,
    screen: Screen,
    help_open: bool,
    notice: Option<Notice>,
    /// Set on the stand-in drawn while the journal loads (see
    /// [`Workbook::preview`]): how many entries each partner has.
    preview: Option<BTreeMap<PartnerId, usize>>,
    /// The terminal's size, for the too-small rule (`MIN_SIZE`); paging and
    /// scrolling limits are the renderer's (see [`Layout`]).
    size: (u16, u16),
    /// Which saves were asked for and which are on the disk.
    saves: Saves,
    /// The saves asked for in the update under way (the store's, the
    /// session's), numbered and copied once at its end.
    wants: [bool; 2],
    /// A notice to show once the save asked for in this update is durable.
    say_when_saved: Option<String>,
    /// That notice, with the number of the save it waits for.
    awaiting_saved: Option<(u64, String)>,
    /// How the program is ending, if it is (see `ending`).
    ending: Ending,
    /// The settings from `config.toml`, as plain data (read at the edge).
    config: crate::config::Config,
    session_dirty_since: Option<Timestamp>,
    /// The time of the latest message, so drawing can say "today" without
    /// a clock of its own (`None` until the first message).
    last_seen: Option<Timestamp>,
    /// Seals protected partners' words in the copies written to disk.
    sealer: crate::vault::Sealer,
    /// Whose protected words are open in memory (see [`Keys`]).
    keys: Keys,
    /// Why nothing may be saved, when the workbook is open only to look
    /// (see [`Workbook::set_read_only`]).
    read_only: Option<String>,
    /// Where each person left the cursor on home, so coming back keeps it
    /// there (in memory only: a new start begins at the suggested step).
    home_at: BTreeMap<PartnerId, usize>,
    /// The layout numbers of the screen last drawn: the renderer owns them
    /// and records them while drawing (see [`Layout`]).
    layout: std::cell::Cell<Layout>,
    /// The store as read held a protected person's records plain: the
    /// first update saves it sealed.
    reseal: bool,
    /// The journal's words folded for the search box, kept for the session
    /// (see `words`).
    words: words::Words,
}

/// The layout numbers the state machine needs, measured by the renderer on
/// the screen it drew last and handed back through
/// [`Seen::record_layout`] and [`Seen::record_scroll_limit`]. The
/// state machine only reads them: it does no layout arithmetic of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Rows Page Up and Page Down move.
    pub page_rows: u16,
    /// How far the text being read can scroll (rows past its first
    /// screenful), when the screen drawn has such a text.
    pub scroll_limit: Option<u16>,
}

impl Layout {
    /// Before anything is drawn (and in `walk`, which draws no screen): the
    /// page of a 24-row terminal, and text that scrolls without a limit
    /// (the renderer never shows past its end).
    pub const UNDRAWN: Layout = Layout {
        page_rows: 16,
        scroll_limit: None,
    };
}

impl Workbook {
    /// Start on the right screen: the welcome for a first run, the person
    /// named by `profile`, the only person there is, or a picker.
    pub fn new(
        content: Arc<Content>,
        store: Store,
        session: Session,
        profile: Option<&str>,
    ) -> Workbook {
        Workbook::arriving(content, store, session, profile, Arrival::WhereTheyLeftOff)
    }

    /// [`Workbook::new`], with the person chosen put where `arrival` says.
    pub fn arriving(
        content: Arc<Content>,
        store: Store,
        session: Session,
        profile: Option<&str>,
        arrival: Arrival,
    ) -> Workbook {
        let mut wb = Workbook {
            content,
            store,
            session,
            active: None,
            screen: Screen::Home(ListView::default()),
            help_open: false,
            notice: None,
            preview: None,
            size: (80, 24),
            saves: Saves::default(),
            wants: [false; 2],
            say_when_saved: None,
            awaiting_saved: None,
            ending: Ending::Staying,
            config: crate::config::Config::default(),
            session_dirty_since: None,
            last_seen: None,
            sealer: crate::vault::Sealer::default(),
            keys: Keys::default(),
            read_only: None,
            home_at: BTreeMap::new(),
            layout: std::cell::Cell::new(Layout::UNDRAWN),
            reseal: false,
            words: words::Words::default(),
        };
        // Nobody is unlocked yet: everything of a protected person is
        // sealed in memory too, so nothing of theirs is there to draw.
        match crate::vault::seal_everyone(&mut wb.sealer, &mut wb.store, &mut wb.session) {
            // Plain records of a protected person were read (an older
            // trustmend, or protecting cut short): the first update saves,
            // so the files are sealed even if nothing else changes.
            Ok(was_plain) => wb.reseal = was_plain,
            Err(e) => {
                wb.notice = Some(Notice {
                    kind: NoticeKind::Error,
                    text: crate::t!("open-nothing-changed", why = e.to_string()),
                });
            }
        }
        // After a quick exit, whoever opens it next says who they are
        // first: no profile, not even the only person there is.
        let ask_who = wb.session.ask_who && !wb.store.partners.is_empty();
        let profile = if ask_who { None } else { profile };
        let chosen = match profile {
            _ if ask_who => None,
            Some(name) => {
                if let Some(p) = wb.store.partner_by_name(name) {
                    Some(p.id)
                } else {
                    wb.notice = Some(match wb.store.room_for_another() {
                        Ok(()) => Notice {
                            kind: NoticeKind::Info,
                            text: crate::t!("open-no-one-called", name = format!("{name:?}")),
                        },
                        Err(full) => Notice {
                            kind: NoticeKind::Error,
                            text: crate::t!(
                                "open-no-one-called-full",
                                name = format!("{name:?}"),
                                why = full.to_string()
                            ),
                        },
                    });
                    None
                }
            }
            None if wb.store.partners.len() == 1 => wb.store.partners.first().map(|p| p.id),
            None => None,
        };
        wb.screen = match chosen {
            Some(id) => {
                wb.activate_as(id, arrival);
                wb.screen
            }
            None if wb.store.partners.is_empty()
                || (profile.is_some() && wb.store.room_for_another().is_ok()) =>
            {
                let name = profile.unwrap_or_default();
                let first_run = wb.store.partners.is_empty();
                Screen::Welcome(Box::new(Welcome::new(name).first_run(first_run)))
            }
            None => Screen::Picker(ListView::default()),
        };
        wb
    }

    /// The settings from `config.toml` (read at the edge).
    pub fn with_config(mut self, config: crate::config::Config) -> Workbook {
        self.config = config;
        if let Screen::Welcome(w) = &mut self.screen {
            w.begin(&self.config);
        }
        self
    }

    /// What in the settings could not be used (`settings::warnings`),
    /// as a notice on the first screen until the next key that acts (as
    /// every information notice).
    pub fn with_warnings(mut self, warnings: &[String]) -> Workbook {
        if !warnings.is_empty() && self.notice.is_none() {
            self.info(crate::t!(
                "open-settings-warnings",
                warnings = warnings.join(" ")
            ));
        }
        self
    }

    pub fn content(&self) -> &Arc<Content> {
        &self.content
    }

    /// The journal and progress as they are in memory.
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Who is at the keyboard, if anyone.
    pub fn active(&self) -> Option<PartnerId> {
        self.active
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn help_open(&self) -> bool {
        self.help_open
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The terminal's size, as the last resize said.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn config(&self) -> &crate::config::Config {
        &self.config
    }

    /// The time of the latest message (drawing says "today" from it).
    pub fn last_seen(&self) -> Option<Timestamp> {
        self.last_seen
    }

    /// Why nothing may be saved, in read-only mode.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// `update`, with any key derivation asked for carried out at once (as
    /// `trustmend walk` does), for tests that unlock.
    #[cfg(test)]
    pub(crate) fn update_now(&mut self, msg: Msg, now: Timestamp) -> Vec<Effect> {
        let mut out = Vec::new();
        let mut queue = vec![msg];
        while let Some(msg) = queue.pop() {
            for effect in self.update(msg, now) {
                match effect {
                    Effect::Unlock(work) => queue.push(work.run()),
                    Effect::Protect(work) => queue.push(work.run(&mut |_| {})),
                    other => out.push(other),
                }
            }
        }
        out
    }

    /// For tests outside the state machine that set up a situation.
    #[cfg(test)]
    pub(crate) fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    #[cfg(test)]
    pub(crate) fn config_mut(&mut self) -> &mut crate::config::Config {
        &mut self.config
    }

    pub fn is_preview(&self) -> bool {
        self.preview.is_some()
    }

    /// How many entries `partner` has written.
    pub fn entry_count(&self, partner: PartnerId) -> usize {
        self.seen().entry_count(partner)
    }

    pub fn partner(&self) -> Option<&crate::model::Partner> {
        self.here().partner()
    }

    /// What is read about the person at the keyboard (see `page::Here`).
    pub(crate) fn here(&self) -> page::Here<'_> {
        page::Here {
            content: &self.content,
            config: &self.config,
            store: &self.store,
            session: &self.session,
            me: self.active,
        }
    }

    /// What the doors read while they show the screen on top (see
    /// `seen`): drawing and `walk` are handed this, never the workbook.
    pub(crate) fn seen(&self) -> Seen<'_> {
        Seen {
            here: self.here(),
            notice: self.notice.as_ref(),
            saves: &self.saves,
            last_seen: self.last_seen,
            help_open: self.help_open,
            screen_context: self.screen_context(),
            unlocked: self.keys.open_for(),
            preview: self.preview.as_ref(),
            read_only: self.read_only.is_some(),
            layout: &self.layout,
        }
    }

    /// Which key table applies now (the help's while it is open).
    pub fn context(&self) -> Context {
        self.seen().context()
    }

    /// The key table of the screen itself, even while the help is open over it.
    pub fn screen_context(&self) -> Context {
        self.screen.context(self.here())
    }

    /// Whether the screen moves by itself (the breathing guide), so the
    /// event loop should tick often enough for it to move smoothly.
    pub fn wants_fast_ticks(&self) -> bool {
        matches!(self.screen, Screen::Calm(_)) && !self.help_open && !self.config.still()
    }

    /// Whether the terminal is too small to show any screen.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// While nothing can be seen, a key must not do anything unseen (delete
    /// an entry, type into a draft, open a help nobody sees): only the keys
    /// the too-small message lists act (`keymap::TOO_SMALL`: quitting, the
    /// quick exit, "when it is too much"), and Esc leaves the breathing
    /// guide, which that message shows. Returns whether `msg` was dropped.
    fn unseen(&self, msg: &Msg) -> bool {
        if !self.too_small() {
            return false;
        }
        match msg {
            Msg::Input(_) | Msg::Paste(_) => true,
            Msg::Action(Action::Back) if matches!(self.screen, Screen::Calm(_)) => false,
            Msg::Action(a) => !crate::keymap::acts_when_too_small(*a),
            _ => false,
        }
    }

    /// Whether the screen shows nothing of anyone (the quick exit's blank
    /// screen, the cover between two people): the edge clears the whole
    /// terminal at once when one is first drawn, so no frame in between
    /// still shows the person before.
    pub fn hides_everyone(&self) -> bool {
        matches!(self.screen, Screen::Neutral(_) | Screen::Cover(_))
    }

    /// Whether unmapped keys should go to a text field.
    pub fn accepts_text(&self) -> bool {
        self.context().is_text_entry()
    }

    /// Keep a draft for the active partner that no editor shows right now.
    pub(crate) fn sync_session_draft(&mut self, draft: Draft) {
        if let Some(id) = self.active {
            self.session.keep_draft(id, draft);
        }
    }

    pub fn is_quitting(&self) -> bool {
        self.ending.is_quitting()
    }

    /// How the program is ending, if it is.
    pub fn ending(&self) -> &Ending {
        &self.ending
    }

    /// Whose protected words are open in memory.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Seal every protected partner's words in memory again and forget the
    /// key (see [`passphrase::lock`]); the session is saved soon after.
    pub(crate) fn lock_everyone(&mut self) {
        if passphrase::lock(self) {
            self.session_dirty_since
                .get_or_insert(Timestamp::MIN_UTC.fixed_offset());
        }
    }

    /// Leave the active partner: their words are sealed (if protected),
    /// their draft and place kept in the session, and nobody is active, so
    /// no screen has anyone's words to draw. Every way of stepping away
    /// (pass the keyboard, adding a partner, both quick exits) comes here.
    pub(crate) fn leave_partner(&mut self) {
        self.sync_session();
        self.lock_everyone();
        self.active = None;
        self.help_open = false;
        self.notice = None;
        self.want_saved(SaveTarget::Session);
    }

    /// Whether the workbook was left with the quick exit.
    pub fn quick_exited(&self) -> bool {
        self.ending.is_quick()
    }

    /// The one place state changes.
    pub fn update(&mut self, msg: Msg, now: Timestamp) -> Vec<Effect> {
        let mut fx = Vec::new();
        if self.preview.is_some() {
            // A stand-in resizes and answers the few keys that read nothing
            // of the journal; whatever else they would ask for is dropped,
            // so nothing is ever saved from it (see `Workbook::preview`).
            match msg {
                Msg::Resize(w, h) => self.size = (w, h),
                msg => {
                    self.answer_while_reading(&msg, now);
                }
            }
            return fx;
        }
        self.last_seen = Some(now);
        if let Msg::Input(_) | Msg::Paste(_) | Msg::Action(_) = &msg {
            self.keys.touch(now);
        }
        if self.refuse_typing(&msg) || self.unseen(&msg) {
            return fx;
        }
        match msg {
            Msg::Resize(w, h) => self.size = (w, h),
            Msg::Tick => {
                if let Some(since) = self.session_dirty_since
                    && now - since >= AUTOSAVE_EVERY
                {
                    self.sync_session();
                    self.session_dirty_since = None;
                    self.want_saved(SaveTarget::Session);
                }
                passphrase::tick(self, now);
            }
            Msg::Saved(target, seq) => self.saved(target, seq),
            Msg::SaveFailed(target, seq, why) => self.save_failed(target, seq, why),
            Msg::CopyWritten(result) => leaving::copy_written(self, result),
            Msg::NobodyToAsk { folder } => leaving::nobody_to_ask(self, folder, &mut fx),
            Msg::BackupsSealed(n) => {
                let said = crate::t!("backups-sealed", n = n);
                // Added to what is said already, of the same kind ("Protected.
                // …" stays a confirmed save).
                self.notice = Some(match &self.notice {
                    Some(Notice {
                        kind: kind @ (NoticeKind::Info | NoticeKind::Saved),
                        text,
                    }) => Notice {
                        kind: *kind,
                        text: format!("{text} {said}"),
                    },
                    _ => Notice {
                        kind: NoticeKind::Info,
                        text: said,
                    },
                });
            }
            Msg::Unlocked(partner, result) => passphrase::unlocked(self, partner, result, now),
            Msg::Sealing {
                partner,
                done,
                total,
            } => passphrase::sealing(self, partner, done, total),
            Msg::Protected(partner, result) => {
                passphrase::protected(self, partner, result, now);
            }
            Msg::EditorReturned(result) => external::returned(self, result, now),
            Msg::Folded(words) => journal::arrived(self, words),
            Msg::LanguageChosen { content, saved } => {
                welcome::language_chosen(self, content, saved);
            }
            Msg::Flush => {
                self.sync_session();
                self.want_saved(SaveTarget::Store);
                self.want_saved(SaveTarget::Session);
            }
            Msg::Input(key) => self.input(key, now),
            Msg::Paste(text) => self.paste(&text, now),
            Msg::Action(action) => {
                if !matches!(action, Action::Help) {
                    self.clear_info_notice();
                }
                self.action(action, now, &mut fx);
            }
        }
        if self.ending.send() {
            self.sync_session();
            if !self.saves.is_durable(SaveTarget::Store) {
                // A save that failed goes again: quitting never drops it.
                self.want_saved(SaveTarget::Store);
            }
            self.want_saved(SaveTarget::Session);
            // The quick exit never waits; every other way out waits for
            // the saves (the effect says which, so the edge need not ask).
            let leave = if self.ending.is_quick() {
                Effect::LeaveNow
            } else {
                Effect::Quit
            };
            if !fx.contains(&leave) {
                fx.push(leave);
            }
        }
        if std::mem::take(&mut self.reseal) {
            self.want_saved(SaveTarget::Store);
        }
        // Protection turned on in this update: none of that partner's
        // words stay folded in plain (see `words`).
        self.words.forget_protected(&self.store);
        self.guard_read_only();
        self.close_editors_read_only(&mut fx);
        self.number_saves(&mut fx);
        fx
    }

    /// The journal folded for the search box off the UI thread: the edge
    /// runs it once the journal is read, and sends back [`Msg::Folded`] in
    /// parts (a search meanwhile waits for them rather than folding).
    pub fn fold_job(&mut self) -> journal::FoldJob {
        journal::FoldJob::of(&self.store, &mut self.words)
    }

    /// A save of `target` is wanted: at the end of this update it gets its
    /// number and its copy (see [`Workbook::number_saves`]).
    pub(crate) fn want_saved(&mut self, target: SaveTarget) {
        self.wants[target.index()] = true;
    }

    /// Each file's save asked for in this update gets its number, once, and
    /// the copy the edge writes (sealed where it must be), ahead of every
    /// other effect: nothing else (an editor, leaving) waits in front of
    /// words on their way to the disk. A copy that cannot be sealed is
    /// never handed on: that save fails here, with the reason.
    fn number_saves(&mut self, fx: &mut Vec<Effect>) {
        let [store, session] = std::mem::take(&mut self.wants);
        let mut saves = Vec::new();
        if store {
            let seq = self.saves.queue(SaveTarget::Store);
            if let Some(text) = self.say_when_saved.take() {
                self.awaiting_saved = Some((seq, text));
            }
            match self.store_for_disk() {
                Ok(copy) => saves.push(Effect::SaveStore(Numbered::new(seq, copy))),
                Err(why) => self.save_failed(SaveTarget::Store, seq, why),
            }
        }
        if session {
            let seq = self.saves.queue(SaveTarget::Session);
            match self.session_for_disk() {
                Ok(copy) => saves.push(Effect::SaveSession(Numbered::new(seq, copy))),
                Err(why) => self.save_failed(SaveTarget::Session, seq, why),
            }
        }
        self.say_when_saved = None;
        fx.splice(0..0, saves);
    }

    /// The journal as it may be written: every protected partner's private
    /// words sealed. Sealing fails rather than let plain text through, and
    /// then nothing is written.
    fn store_for_disk(&mut self) -> Result<Store, SaveError> {
        Ok(self.sealer.store_for_disk(&self.store)?.into_owned())
    }

    /// `session.json` as it may be written (drafts of protected partners
    /// sealed).
    fn session_for_disk(&mut self) -> Result<Session, SaveError> {
        self.sync_session();
        Ok(self.sealer.session_for_disk(&self.session, &self.store)?)
    }

    /// The person chose to leave with words not on the disk (after a copy
    /// was written elsewhere, or knowing they are lost).
    pub fn chose_to_leave_unsaved(&self) -> bool {
        self.ending.lets_words_go()
    }

    /// What to print once the screen is closed, if anything.
    pub fn parting_words(&self) -> Option<&str> {
        self.ending.parting()
    }

    /// The saves asked for, and which are on the disk.
    pub fn saves(&self) -> &Saves {
        &self.saves
    }

    /// Show `now` at once and `then` once the save asked for in this update
    /// is on the disk: "Saved" is only ever said of words that are there.
    pub(crate) fn notice_when_saved(&mut self, now: &str, then: &str) {
        self.info(now);
        self.say_when_saved = Some(then.to_string());
    }

    fn saved(&mut self, target: SaveTarget, seq: u64) {
        // Only an error of saving is answered by "Saved…": another error
        // (the own editor could not start) stays until the next key.
        let failing = [SaveTarget::Store, SaveTarget::Session]
            .iter()
            .any(|t| self.saves.failure(*t).is_some());
        self.saves.saved(target, seq);
        if target == SaveTarget::Store
            && let Some((awaited, _)) = &self.awaiting_saved
            && *awaited <= seq
            && let Some((_, text)) = self.awaiting_saved.take()
        {
            self.notice = Some(Notice {
                kind: NoticeKind::Saved,
                text,
            });
        }
        if failing
            && self.saves.all_durable()
            && matches!(&self.notice, Some(n) if n.kind == NoticeKind::Error)
        {
            self.info(crate::t!("save-saved-on-disk"));
        }
    }

    fn save_failed(&mut self, target: SaveTarget, seq: u64, why: SaveError) {
        self.saves.failed(target, seq, why.clone());
        if self.saves.durable(target) >= seq {
            // A later save of the same file already holds these words.
            return;
        }
        if target == SaveTarget::Store {
            self.awaiting_saved = None;
        }
        // The journal's failure is the one to tell while it stands: a draft
        // failing after it (the same full disk) must not hide it.
        let text = match (target, self.saves.failure(SaveTarget::Store)) {
            (SaveTarget::Session, Some(journal)) if !self.saves.is_durable(SaveTarget::Store) => {
                saving::failed_text(SaveTarget::Store, journal)
            }
            _ => saving::failed_text(target, &why),
        };
        self.notice = Some(Notice {
            kind: NoticeKind::Error,
            text,
        });
        if self.ending.stop() {
            leaving::ask(self);
        }
    }

    /// Whether the edge may leave now: asked to quit, and every word is on
    /// the disk, or the quick exit was used, or the person chose to leave
    /// unsaved words behind.
    pub fn may_leave(&self) -> bool {
        self.ending.may_leave(self.saves.all_durable())
    }

    fn clear_info_notice(&mut self) {
        if matches!(&self.notice, Some(n) if matches!(n.kind, NoticeKind::Info | NoticeKind::Saved))
        {
            self.notice = None;
        }
    }

    fn action(&mut self, action: Action, now: Timestamp, fx: &mut Vec<Effect>) {
        if action == Action::Calm {
            calm::open(self, now);
            return;
        }
        if matches!(action, Action::Quit | Action::QuickExit) {
            calm::close_before_leaving(self);
        }
        if action == Action::QuickExit {
            couples::quick_exit(self);
            return;
        }
        if self.help_open {
            // Any key closes the help, as it says.
            self.help_open = false;
            return;
        }
        match action {
            Action::Help => {
                self.help_open = true;
                return;
            }
            Action::Quit => {
                checkin::keep_on_quit(self, now);
                self.ending.quit();
                return;
            }
            Action::ExternalEditor => {
                external::open(self, fx);
                return;
            }
            Action::RetrySave => {
                self.retry_save();
                return;
            }
            _ => {}
        }
        // The screen on top answers through the narrow context (see
        // `page::Page`), and the workbook carries out where it asks to go.
        let mut screen = std::mem::replace(&mut self.screen, Screen::Neutral(Blank));
        let go = screen.update(&mut self.ctx(now, fx), action);
        self.screen = self.go(go, screen, now, fx);
        self.remember_location();
    }

    /// The narrow context a component answers through (see `page`).
    fn ctx<'a>(&'a mut self, now: Timestamp, fx: &'a mut Vec<Effect>) -> Ctx<'a> {
        Ctx::new(
            &self.content,
            &self.config,
            &mut self.store,
            &mut self.session,
            self.active,
            now,
            self.layout.get(),
            &mut self.notice,
            &mut self.wants,
            &mut self.session_dirty_since,
            &mut self.say_when_saved,
            fx,
            (
                &mut self.words,
                self.active.is_some_and(|me| self.keys.is_unlocked(me)),
            ),
        )
    }

    /// Carry out where a component asked to go; `here` is the screen it
    /// answered from, as it left it.
    fn go(&mut self, go: Go, here: Screen, now: Timestamp, fx: &mut Vec<Effect>) -> Screen {
        // Where home's cursor was, kept for coming back (in memory only).
        if let (Screen::Home(list), Some(me)) = (&here, self.active) {
            self.home_at.insert(me, list.selected);
        }
        match go {
            Go::Stay => here,
            Go::To(screen) => screen,
            Go::Home => self.home(),
            Go::Strategy(index) => strategy::open(&mut self.ctx(now, fx), index),
            Go::Answer {
                strategy,
                prompt,
                back,
                if_missing,
            } => strategy::answer_prompt(self.here(), &strategy, &prompt, back).unwrap_or_else(
                || {
                    if let Some(text) = if_missing {
                        self.info(text);
                    }
                    here
                },
            ),
            Go::PassKeyboard => couples::pass_keyboard(self, now),
            Go::AddPartner => couples::add_partner(self, now),
            Go::Protect => passphrase::start(self),
            Go::LeaveWorkbook => departure::start(self),
            Go::Enter(id) => {
                self.activate(id);
                std::mem::replace(&mut self.screen, Screen::Home(ListView::default()))
            }
            Go::Review(strategy) => checkin::open_review(&mut self.ctx(now, fx), strategy),
            Go::RetrySave => {
                self.retry_save();
                here
            }
            Go::KeepingDrafts(to) => {
                // Put back for `sync_session`, which keeps the draft of an
                // editor there (`Workbook::editor` looks under the calm screen).
                self.screen = here;
                self.sync_session();
                self.mark_session_dirty(now);
                *to
            }
            Go::LockedOut(partner, why) => passphrase::locked_out(self, partner, &why),
            Go::NewPassphrase(partner, key, passphrase) => {
                passphrase::new_passphrase(self, partner, key, &passphrase, now)
            }
            Go::EnterTo(id, to) => {
                self.activate(id);
                if self.active == Some(id) {
                    *to
                } else {
                    // A locked person is asked for their passphrase first.
                    std::mem::replace(&mut self.screen, Screen::Neutral(Blank))
                }
            }
            Go::ChooseLanguage(lang) => {
                // Chosen once: the setting says it from now on, so no
                // later welcome (a partner joining) asks again.
                self.config.language = Some(lang.code().to_string());
                self.config.language_chosen = Some((lang, crate::i18n::Because::Setting));
                fx.push(Effect::ChooseLanguage {
                    lang,
                    file: self.config.file.clone(),
                    pack: !self.config.own_pack,
                });
                here
            }
            Go::Quit => {
                self.ending.quit();
                here
            }
            Go::LeaveUnsaved => {
                self.ending.let_words_go(None);
                here
            }
            // On its screen while it is carried out, so an answer at once
            // (a copy that cannot be sealed) is shown there.
            Go::Rescue(folder) => {
                self.screen = here;
                leaving::rescue(self, folder, fx);
                std::mem::replace(&mut self.screen, Screen::Neutral(Blank))
            }
            Go::Depart(who) => {
                self.ending.depart(who);
                here
            }
        }
    }

    fn input(&mut self, key: KeyEvent, now: Timestamp) {
        let changed = match &mut self.screen {
            Screen::Welcome(w) => {
                w.input(key);
                false
            }
            Screen::Strategy(v) => {
                // Typing on a draft shown goes on writing it.
                if v.focus == StrategyFocus::Draft {
                    v.focus = StrategyFocus::Editor;
                }
                v.editor.as_mut().is_some_and(|e| e.input(key))
            }
            Screen::Journal(j) if j.find.typing() => {
                journal::finding::typed(
                    (&self.store, &self.content, &self.keys),
                    &mut self.words,
                    self.active,
                    j,
                    key,
                );
                false
            }
            Screen::Journal(j) => {
                // Typing on a draft shown goes on writing it: the letter
                // is the first of the words, not a command.
                j.go_on_writing();
                j.editor_mut().is_some_and(|e| e.input(key))
            }
            Screen::Passphrase(v) => {
                v.input(key);
                false
            }
            Screen::CheckIn(f) => {
                f.input(key);
                f.focus == CheckInField::Note
            }
            Screen::Unsaved(v) => {
                v.input(key);
                false
            }
            _ => false,
        };
        if changed {
            self.mark_session_dirty(now);
        }
    }

    fn paste(&mut self, text: &str, now: Timestamp) {
        let changed = match &mut self.screen {
            Screen::Welcome(w) => {
                w.paste(text);
                false
            }
            Screen::Strategy(v) if v.focus != StrategyFocus::Main => {
                v.focus = StrategyFocus::Editor;
                v.editor.as_mut().is_some_and(|e| e.paste(text))
            }
            Screen::Journal(j) if j.find.typing() => {
                journal::finding::pasted(
                    (&self.store, &self.content, &self.keys),
                    &mut self.words,
                    self.active,
                    j,
                    text,
                );
                false
            }
            Screen::Journal(j) => {
                j.go_on_writing();
                j.editor_mut().is_some_and(|e| e.paste(text))
            }
            Screen::Passphrase(v) => {
                v.paste(text);
                false
            }
            Screen::CheckIn(f) => {
                f.paste(text);
                f.focus == CheckInField::Note
            }
            Screen::Unsaved(v) => {
                v.paste(text);
                false
            }
            _ => false,
        };
        if changed {
            self.mark_session_dirty(now);
        }
    }

    pub(crate) fn mark_session_dirty(&mut self, now: Timestamp) {
        if self.session_dirty_since.is_none() {
            self.session_dirty_since = Some(now);
        }
    }

    /// The editor open right now, if any.
    pub fn editor(&self) -> Option<&Editor> {
        match self.screen.beneath_calm() {
            Screen::Strategy(v) => v.editor.as_ref(),
            Screen::Journal(j) => j.editor(),
            _ => None,
        }
    }

    /// Copy the active partner's place and unsaved draft into the session.
    pub fn sync_session(&mut self) {
        let Some(id) = self.active else { return };
        let location = self.location();
        let open = self
            .editor()
            .map(|e| (e.target.clone(), e.is_changed().then(|| e.draft())));
        self.session.last_partner = Some(id);
        let s = self.session.partners.entry(id.to_string()).or_default();
        s.location = location;
        // Drafts for other targets stay until their editor is opened again.
        match open {
            Some((_, Some(draft))) => s.keep(draft),
            Some((target, None)) => s.forget(&target),
            None => {}
        }
        checkin::sync_note(self);
    }

    fn remember_location(&mut self) {
        if let Some(id) = self.active {
            let location = self.location();
            let entry = self.session.partners.entry(id.to_string()).or_default();
            if entry.location != location {
                entry.location = location;
                // Where a person was is worth keeping, but not worth a write
                // on every key: the next tick or quit carries it.
                self.session_dirty_since
                    .get_or_insert(Timestamp::MIN_UTC.fixed_offset());
            }
        }
    }

    pub fn location(&self) -> Location {
        self.screen.location(&self.content)
    }

    /// Make `id` the person at the keyboard and take them back to where they were.
    pub(crate) fn activate(&mut self, id: PartnerId) {
        self.activate_as(id, Arrival::WhereTheyLeftOff);
    }

    /// [`Workbook::activate`], arriving where `arrival` says.
    fn activate_as(&mut self, id: PartnerId, arrival: Arrival) {
        // Another partner's unlocked words are sealed before anyone else sees the screen.
        if !self.keys.is_unlocked(id) {
            self.lock_everyone();
        }
        // A locked person is not there: nobody is at the keyboard until
        // their passphrase opens their records (see `passphrase::unlocked`,
        // which then enters them where they left off).
        let protected = self
            .store
            .partner(id)
            .is_some_and(|p| p.protection.is_some());
        if protected && !self.keys.is_unlocked(id) {
            self.active = None;
            self.screen = Screen::Passphrase(Box::new(PassphraseView::unlock(id)));
            return;
        }
        self.enter_as(id, arrival);
    }

    /// Put `id` at the keyboard, where they left off (their draft, or the
    /// safety note first if they have not read it). Only for a person whose
    /// records are open: unprotected, or unlocked.
    fn enter(&mut self, id: PartnerId) {
        self.enter_as(id, Arrival::WhereTheyLeftOff);
    }

    /// [`Workbook::enter`], arriving where `arrival` says.
    fn enter_as(&mut self, id: PartnerId, arrival: Arrival) {
        self.active = Some(id);
        let saved = self.session.for_partner(id).cloned().unwrap_or_default();
        match arrival {
            Arrival::WhereTheyLeftOff => {
                self.screen = self.screen_for(&saved.location);
                // The newest draft leads back to the editor it belongs to.
                // (A sealed draft waits until its author unlocks.)
                let readable = saved
                    .drafts
                    .into_iter()
                    .find(|d| !crate::vault::is_sealed(&d.text));
                if let Some(draft) = readable {
                    self.resume_draft(draft);
                }
            }
            // Their place and drafts stay in the session, found again
            // where they belong.
            Arrival::Home => self.screen = self.home(),
        }
        // Someone added from the command line reads the safety note first.
        if self.partner().is_some_and(|p| !p.seen_safety_note) {
            self.screen = Screen::Welcome(Box::new(Welcome::safety_note_for(id)));
        }
    }

    fn screen_for(&mut self, location: &Location) -> Screen {
        match location {
            Location::Home => self.home(),
            Location::Strategy { id } => match self.content.strategy_index(id) {
                Some(index) => Screen::Strategy(Box::new(StrategyView::new(index))),
                None => self.home(),
            },
            Location::Journal => Screen::Journal(Box::default()),
            Location::Faq => Screen::Faq(ListView::default()),
            Location::MoveOn => Screen::MoveOn(ListView::default()),
            Location::Foundations => Screen::Foundations(ListView::default()),
            Location::Safety => Screen::Safety(ListView::default()),
        }
    }

    /// Back to the screen a draft belongs to, with the draft's text shown
    /// as a draft (`Context::Draft`): a person coming back may type at
    /// once, before the screen is understood, so a letter goes on writing
    /// the words and none acts as a command; Enter goes on writing too,
    /// Esc gives the screen's own keys back. A check-in's note opens on
    /// the note.
    fn resume_draft(&mut self, draft: Draft) {
        match &draft.target {
            DraftTarget::EditEntry { entry } => {
                if let Some(saved) = self.own_entry_text(*entry) {
                    let editor = Editor::new(draft.target.clone(), &draft.text, &saved);
                    self.screen = Screen::Journal(Box::new(JournalView::draft(editor)));
                }
            }
            DraftTarget::CheckInNote => {
                // On the note: letters typed at once go on it, never set a
                // scale or leave (`q`).
                let mut form = CheckInForm::with_note(&draft.text);
                form.focus = CheckInField::Note;
                self.screen = Screen::CheckIn(Box::new(form));
            }
            DraftTarget::NewEntry { strategy } => {
                let mut editor = journal::free::editor(strategy.clone());
                editor.replace_all(&draft.text);
                self.screen = Screen::Journal(Box::new(JournalView::draft(editor)));
            }
            DraftTarget::Reply { to } => {
                if let Some(editor) = couples::replies::resume(self, *to, &draft.text) {
                    self.screen = Screen::Journal(Box::new(JournalView::draft(editor)));
                }
            }
            DraftTarget::Reflection { strategy, .. }
            | DraftTarget::OwnCommitment { strategy }
            | DraftTarget::Review { strategy, .. } => {
                if let Some(index) = self.content.strategy_index(strategy) {
                    let mut view = StrategyView::new(index);
                    strategy::open_stage_editor(self.here(), &mut view, Some(&draft));
                    view.focus = if view.editor.is_some() {
                        StrategyFocus::Draft
                    } else {
                        StrategyFocus::Main
                    };
                    self.screen = Screen::Strategy(Box::new(view));
                }
            }
        }
    }

    /// The plain text of one of the active partner's own entries.
    pub(crate) fn own_entry_text(&self, id: EntryId) -> Option<String> {
        self.here().own_entry_text(id)
    }

    /// The words for `target` are in the journal now: drop their draft.
    pub(crate) fn clear_pending_draft(&mut self, target: &DraftTarget) {
        if let Some(id) = self.active {
            self.session.forget_draft(id, target);
        }
    }

    /// A change to the journal or progress: save it.
    pub(crate) fn changed(&mut self, now: Timestamp) {
        self.want_saved(SaveTarget::Store);
        self.mark_session_dirty(now);
    }

    pub(crate) fn info(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: text.into(),
        });
    }

    /// The layout numbers of the screen last drawn ([`Layout::UNDRAWN`]
    /// before any drawing, as for `walk`).
    pub fn layout(&self) -> Layout {
        self.layout.get()
    }

    /// The active partner's body text of an entry they may read.
    #[cfg(test)]
    pub(crate) fn readable_text<'a>(
        &self,
        body: &'a crate::model::Body,
    ) -> std::borrow::Cow<'a, str> {
        self.seen().readable_text(body)
    }
}

impl Workbook {
    /// How a new entry starts: private, unless the `default_visibility`
    /// setting says shared and couples mode is available (both safety
    /// checks clear). Never shared by default while sharing is off.
    pub fn new_entry_visibility(&self) -> crate::model::Visibility {
        self.here().new_entry_visibility()
    }
}

/// Move a list selection for Up/Down/Page/Top/Bottom. Returns whether the
/// action was a movement.
pub(crate) fn move_selection(
    selected: &mut usize,
    count: usize,
    action: Action,
    page: usize,
) -> bool {
    let last = count.saturating_sub(1);
    let new = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (*selected + 1).min(last),
        Action::PageUp => selected.saturating_sub(page),
        Action::PageDown => (*selected + page).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return false,
    };
    *selected = new;
    true
}

#[cfg(test)]
mod tests;

#[cfg(test)]
impl Store {
    /// Tests of everything after the first visit: each person here has
    /// opened "Before you begin", so home suggests the strategies.
    pub(crate) fn past_foundations(&mut self) {
        for p in &mut self.partners {
            p.read_foundations = true;
        }
    }
}
