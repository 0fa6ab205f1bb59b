//! Keys → actions, one table per context. The same tables make the footer
//! hints and the `?` help, so what the screen says is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a person can ask the workbook to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Select,
    Back,
    Quit,
    Help,
    /// Save the text being written.
    Save,
    /// Leave the text field; the words stay as a draft.
    StopEditing,
    Edit,
    Skip,
    Previous,
    ReadGuidance,
    Delete,
    Toggle,
    Confirm,
    Cancel,
    /// Go to the suggested next step.
    Next,
    OpenJournal,
    /// ← and →: along a scale, or to the previous/next item on a line.
    Left,
    Right,
    /// A number key, to set a scale directly.
    Digit(u8),
    OpenCheckIn,
    OpenProgress,
    /// Show the next range of time on the progress charts.
    NextRange,
    /// Open the text being written in the person's own editor ($VISUAL/$EDITOR).
    ExternalEditor,
    /// Allow or stop drawing my check-in numbers beside my partner's.
    ToggleSharing,
    /// Protect this partner's private entries with a passphrase.
    Protect,
    /// Hand the keyboard to the other partner, behind a neutral cover.
    PassKeyboard,
    /// Leave at once (drafts kept), for when someone walks in.
    QuickExit,
    /// Save again now (after a save failed).
    RetrySave,
    /// Quitting with words unsaved: write a copy of them to another folder.
    WriteCopy,
    /// Quitting with words unsaved: leave anyway (asked once more).
    LoseAndQuit,
    /// Open "When it is too much": breathing and grounding, from anywhere.
    Calm,
    /// Write a free journal entry.
    NewEntry,
    /// Answer the other partner's shared entry (or change one's answer).
    Reply,
    /// Answer the other partner's shared entry with "I read this." at once.
    ReadIt,
    /// Open the journal's search box.
    Search,
    /// "Leave this workbook": the person at the keyboard takes themselves
    /// and everything of theirs out (asked twice).
    LeaveWorkbook,
    /// On the unlock screen: open the workbook with the recovery key
    /// instead of a forgotten passphrase, then choose a new one.
    Recover,
    /// From "When it is too much": the help and safety page.
    OpenSafety,
    /// Answer a questionnaire (PHQ-9, GAD-7, CSI-4).
    OpenMeasures,
    /// On Help and safety: take the private safety check again (a while
    /// after the last answers; `workbook::safety_check::retake`).
    RetakeCheck,
}

/// Where the keyboard is: each has its own table. Declared once, with the
/// heading docs/keys.md gives it, in the order a person meets them:
/// [`Context::ALL`] (which every test over all contexts walks) and
/// [`Context::title`] are made from this one list.
macro_rules! contexts {
    ($($(#[$doc:meta])* $name:ident => $title:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Context {
            $($(#[$doc])* $name,)*
        }

        impl Context {
            /// Every context, once, in the order a person meets them.
            pub const ALL: &'static [Context] = &[$(Context::$name,)*];

            /// Where the person is, in words (docs/keys.md's headings).
            pub fn title(self) -> &'static str {
                match self {
                    $(Context::$name => $title,)*
                }
            }
        }
    };
}

contexts! {
    Welcome => "The welcome steps",
    /// Typing the name on the welcome screen.
    WelcomeName => "Typing your name on the welcome screen",
    Picker => "Choosing who is at the keyboard",
    Home => "The home screen",
    /// Reading a strategy's guidance.
    Reading => "Reading a strategy's guidance",
    /// A prompt is shown; the editor is not focused.
    Prompt => "A prompt, before you start writing",
    /// Typing in the journal editor.
    Editor => "Writing (the built-in editor)",
    /// Choosing from a list (a commitment, how well it was kept).
    Choosing => "Choosing from a list (a commitment, how well it was kept)",
    Practising => "Practising a commitment",
    Done => "A strategy that is done",
    JournalList => "The journal's list of entries",
    JournalRead => "Reading a journal entry",
    /// Typing in the journal's search box.
    JournalSearch => "Typing in the journal's search box (`/`)",
    /// The journal's list while a search or a filter is on.
    JournalFound => "The journal's list while a search or a filter is on",
    /// Reading an entry a search found.
    JournalReadFound => "Reading an entry a search found",
    /// Unsaved words (an entry, a prompt's answer, a commitment), shown
    /// before they take keys again; letters typed go on writing them.
    Draft => "Coming back to unsaved words (an entry, an answer, a commitment)",
    /// Choosing the strategy a new free entry belongs to (or none).
    JournalLink => "A new journal entry: the strategy it belongs to, if any",
    /// A yes/no question (delete this entry?).
    Confirm => "A yes/no question",
    /// FAQ, foundations, help and safety: titles with text below.
    Document => "Questions and foundations",
    /// Help and safety (also after the safety check): the text, and the
    /// key to take the private safety check again.
    SafetyHelp => "Help and safety, and the help after the safety check",
    MoveOn => "The move-on checklist",
    /// The therapist's assigned strategies.
    Homework => "Homework from a therapist",
    /// The check-in form, on a scale, the feelings or the body signs.
    CheckIn => "The check-in (every line may be left blank)",
    /// Typing the check-in's one-line note.
    CheckInNote => "Typing the check-in's note",
    /// On a commitment waiting for its review, below the check-in.
    CheckInReview => "A commitment waiting for its review, below the check-in",
    Progress => "Progress over time",
    /// The questionnaires to choose from.
    MeasureList => "The questionnaires (`m` on home or Progress)",
    /// A question of a questionnaire, with its answers.
    Measure => "A question of a questionnaire (answered one at a time; nothing is kept until the last)",
    /// A questionnaire answered: its score and band.
    MeasureDone => "A questionnaire answered: its score",
    /// Typing a passphrase (masked).
    Passphrase => "Typing a passphrase",
    /// The neutral screen between two partners.
    Cover => "The plain screen between two partners",
    /// Both partners' shared entries, read-only.
    Shared => "Shared: the entries you both may read, and the replies",
    /// A question of the private safety check.
    SafetyCheck => "The safety questions",
    /// The list of together prompts.
    Together => "The list of together prompts",
    /// Two answers side by side.
    Reveal => "Two together answers side by side",
    Help => "The help (?)",
    /// "When it is too much": the breathing guide and grounding steps.
    Calm => "When it is too much (`F2` opens it from any screen, even while writing)",
    /// The blank screen a quick exit can leave instead of quitting.
    Neutral => "The blank screen after a quick exit (with `quick_hide = \"neutral-screen\"`)",
    /// Quitting while a save failed: what to do with the unsaved words.
    Unsaved => "Quitting while something could not be saved",
    /// Typing the folder for a copy of the unsaved words.
    UnsavedFolder => "Typing the folder for a copy of unsaved words",
}

impl Context {
    /// Whether keys not in the table are typed as text.
    pub fn is_text_entry(self) -> bool {
        matches!(
            self,
            Context::Editor
                | Context::Draft
                | Context::JournalSearch
                | Context::WelcomeName
                | Context::CheckInNote
                | Context::Passphrase
                | Context::UnsavedFolder
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

// Macros rather than const fns: key arrays built from literals are promoted
// to statics, so the tables below can be written inline.
macro_rules! ch {
    ($c:literal) => {
        Key {
            code: KeyCode::Char($c),
            ctrl: false,
        }
    };
}

macro_rules! ctrl {
    ($c:literal) => {
        Key {
            code: KeyCode::Char($c),
            ctrl: true,
        }
    };
}

macro_rules! code {
    ($($k:tt)+) => {
        Key {
            code: KeyCode::$($k)+,
            ctrl: false,
        }
    };
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// How the keys are written on screen, e.g. "↑/k".
    pub label: &'static str,
    /// What they do, in two or three words.
    pub hint: &'static str,
    /// Shown in the footer (all bindings are in the help).
    pub footer: bool,
}

const fn b(
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    hint: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        hint,
        footer,
    }
}

/// What can be done to an entry, in the journal's list and when reading
/// it, with or without a search on (a table hides some from its footer).
const EDIT_ENTRY: Binding = b(&[ch!('e')], Action::Edit, "e", "edit", true);
const DELETE_ENTRY: Binding = b(
    &[ch!('d'), code!(Delete)],
    Action::Delete,
    "d",
    "delete",
    true,
);
const TOGGLE_ENTRY: Binding = b(&[ch!('v')], Action::Toggle, "v", "private/shared", true);

/// `b` with the footer flag turned off (the key works, the footer is full).
const fn unlisted(b: Binding) -> Binding {
    Binding { footer: false, ..b }
}

const UP: Binding = b(&[code!(Up), ch!('k')], Action::Up, "↑↓", "move", true);
const DOWN: Binding = b(&[code!(Down), ch!('j')], Action::Down, "↓/j", "down", false);
const UP_SCROLL: Binding = b(&[code!(Up), ch!('k')], Action::Up, "↑↓", "scroll", true);
const PAGE_UP: Binding = b(&[code!(PageUp)], Action::PageUp, "PgUp", "page up", false);
const PAGE_DOWN: Binding = b(
    &[code!(PageDown), ch!(' ')],
    Action::PageDown,
    "PgDn/Space",
    "page down",
    false,
);
const TOP: Binding = b(
    &[code!(Home), ch!('g')],
    Action::Top,
    "Home/g",
    "first",
    false,
);
const BOTTOM: Binding = b(
    &[code!(End), ch!('G')],
    Action::Bottom,
    "End/G",
    "last",
    false,
);
/// `PgDn` (or Space) on a page of text to read.
const SCROLL_TEXT: Binding = b(
    &[code!(PageDown), ch!(' ')],
    Action::PageDown,
    "PgDn",
    "scroll text",
    true,
);
const BACK: Binding = b(&[code!(Esc), ch!('q')], Action::Back, "Esc/q", "back", true);
const HELP: Binding = b(&[ch!('?'), code!(F(1))], Action::Help, "?", "help", true);
const HELP_F1: Binding = b(&[code!(F(1))], Action::Help, "F1", "help", true);
const QUIT: Binding = b(
    &[ctrl!('c')],
    Action::Quit,
    "Ctrl+C",
    "save and quit",
    false,
);

/// Opens "When it is too much" from every screen, typing included. F2:
/// free in every table, ratatui-textarea does nothing with it (so no
/// editing key is lost), and unlike Ctrl+B it is not tmux's prefix key.
const CALM: Binding = b(
    &[code!(F(2))],
    Action::Calm,
    "F2",
    "when it is too much",
    true,
);

/// Works on every screen, typing included, and is in every footer. Ctrl+Q:
/// nothing else here uses it, ratatui-textarea's default keys do not, and
/// raw mode turns off the terminal's XON/XOFF use of it.
const QUICK_EXIT: Binding = b(
    &[ctrl!('q')],
    Action::QuickExit,
    "Ctrl+Q",
    "quick exit",
    true,
);

// The check-in and progress tables (after the macros, which it uses).
mod checkin;
// The journal's search and filter keys.
mod search;

/// The table for a context, most useful first.
pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Welcome => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "continue", true),
                    UP,
                    DOWN,
                    b(&[code!(Esc)], Action::Back, "Esc", "back", true),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::WelcomeName => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "continue", true),
                    b(&[code!(Esc)], Action::Back, "Esc", "back", true),
                    HELP_F1,
                    QUIT,
                ]
            }
        }
        Context::Picker => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "choose", true),
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    // As on home, not Esc: one Esc too many after a quick
                    // exit would close the program under the next person.
                    b(&[ch!('q')], Action::Back, "q", "quit", true),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Home => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "open", true),
                    b(&[ch!('n')], Action::Next, "n", "next step", true),
                    b(&[ch!('J')], Action::OpenJournal, "J", "journal", false),
                    b(&[ch!('c')], Action::OpenCheckIn, "c", "check in", true),
                    b(&[ch!('p')], Action::OpenProgress, "p", "progress", false),
                    b(
                        &[ch!('m')],
                        Action::OpenMeasures,
                        "m",
                        "questionnaires",
                        false,
                    ),
                    b(
                        &[ch!('P')],
                        Action::Protect,
                        "P",
                        "protect private entries",
                        false,
                    ),
                    b(
                        &[ch!('s')],
                        Action::PassKeyboard,
                        "s",
                        "pass the keyboard",
                        false,
                    ),
                    b(
                        &[ch!('L')],
                        Action::LeaveWorkbook,
                        "L",
                        "leave this workbook",
                        false,
                    ),
                    UP,
                    DOWN,
                    PAGE_UP,
                    PAGE_DOWN,
                    TOP,
                    BOTTOM,
                    // Not Esc: pressed once too often on the way back from
                    // the editor, it would leave the program.
                    b(&[ch!('q')], Action::Back, "q", "quit", true),
                    HELP,
                    CALM,
                    QUIT,
                ]
            }
        }
        Context::Reading => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "continue", true),
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
        Context::Prompt => {
            const {
                &[
                    b(
                        &[code!(Enter), ch!('e')],
                        Action::Edit,
                        "Enter",
                        "write",
                        true,
                    ),
                    b(&[ch!('s')], Action::Skip, "s", "skip", true),
                    b(&[ctrl!('s')], Action::Save, "Ctrl+S", "save", false),
                    b(&[ch!('p')], Action::Previous, "p", "previous", true),
                    b(&[ch!('r')], Action::ReadGuidance, "r", "guidance", true),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Editor => {
            const {
                &[
                    b(&[ctrl!('s')], Action::Save, "Ctrl+S", "save", true),
                    b(
                        &[code!(Esc)],
                        Action::StopEditing,
                        "Esc",
                        "stop writing (kept)",
                        true,
                    ),
                    // In the help only: another program takes the whole
                    // terminal, and none of these keys reach it there.
                    b(
                        &[ctrl!('o')],
                        Action::ExternalEditor,
                        "Ctrl+O",
                        "your own editor ($VISUAL, $EDITOR or nano; the quick exit and F2 do not reach it)",
                        false,
                    ),
                    HELP_F1,
                    QUIT,
                ]
            }
        }
        Context::Choosing => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "choose", true),
                    UP,
                    DOWN,
                    b(&[ch!('r')], Action::ReadGuidance, "r", "guidance", true),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Practising => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "review it", true),
                    b(&[ch!('r')], Action::ReadGuidance, "r", "guidance", true),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Done => {
            const {
                &[
                    b(
                        &[code!(Enter)],
                        Action::Select,
                        "Enter",
                        "go through again",
                        true,
                    ),
                    b(&[ch!('r')], Action::ReadGuidance, "r", "guidance", true),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::JournalList => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "read", true),
                    EDIT_ENTRY,
                    DELETE_ENTRY,
                    TOGGLE_ENTRY,
                    b(&[ch!('n')], Action::NewEntry, "n", "new entry", true),
                    search::SEARCH,
                    search::FILTER_STRATEGY,
                    search::FILTER_KIND,
                    search::FILTER_SHARING,
                    search::FILTER_DATE,
                    search::CLEAR_FILTERS,
                    UP,
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
        Context::JournalSearch | Context::JournalFound | Context::JournalReadFound => {
            search::bindings(ctx)
        }
        Context::JournalRead => {
            const {
                &[
                    EDIT_ENTRY,
                    TOGGLE_ENTRY,
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
        // No letter acts here: a person back at the keyboard may type at
        // once, and every letter goes on into the text (see
        // `Context::is_text_entry`), never taken as a command.
        Context::Draft => {
            const {
                &[
                    b(
                        &[code!(Enter)],
                        Action::Edit,
                        "Enter",
                        "go on writing",
                        true,
                    ),
                    b(&[ctrl!('s')], Action::Save, "Ctrl+S", "save", true),
                    b(&[code!(Esc)], Action::Back, "Esc", "back", true),
                    HELP_F1,
                    QUIT,
                ]
            }
        }
        Context::JournalLink => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "choose", true),
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Confirm => {
            const {
                &[
                    b(&[ch!('y')], Action::Confirm, "y", "yes", true),
                    b(&[ch!('n'), code!(Esc)], Action::Cancel, "n/Esc", "no", true),
                    QUIT,
                ]
            }
        }
        Context::Passphrase => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "continue", true),
                    b(&[code!(Esc)], Action::Back, "Esc", "not now", true),
                    b(
                        &[ctrl!('r')],
                        Action::Recover,
                        "Ctrl+R",
                        "unlock with the recovery key (a forgotten passphrase)",
                        false,
                    ),
                    HELP_F1,
                    QUIT,
                ]
            }
        }
        // The shared view scrolls like the documents do, and answers.
        Context::Shared => {
            const {
                &[
                    b(&[ch!('r')], Action::Reply, "r", "reply", true),
                    b(&[ch!('i')], Action::ReadIt, "i", "\"I read this\"", true),
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    SCROLL_TEXT,
                    PAGE_UP,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Document => {
            const {
                &[
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    SCROLL_TEXT,
                    PAGE_UP,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::SafetyHelp => {
            const {
                &[
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    SCROLL_TEXT,
                    PAGE_UP,
                    // Said at the end of the page's text, with the day it
                    // opens: not on the key bar, which has no room.
                    b(
                        &[ch!('t')],
                        Action::RetakeCheck,
                        "t",
                        "take the safety check again",
                        false,
                    ),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::MoveOn => {
            const {
                &[
                    b(
                        &[ch!(' '), code!(Enter)],
                        Action::Toggle,
                        "Space",
                        "tick",
                        true,
                    ),
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::CheckIn
        | Context::CheckInNote
        | Context::CheckInReview
        | Context::Progress
        | Context::MeasureList
        | Context::Measure
        | Context::MeasureDone => checkin::bindings(ctx),
        Context::Cover => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "I am ready", true),
                    b(&[code!(Esc)], Action::Back, "Esc", "someone else", true),
                    QUIT,
                ]
            }
        }
        Context::Together => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "open", true),
                    UP,
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
        Context::Reveal => const { &[UP_SCROLL, DOWN, PAGE_UP, PAGE_DOWN, BACK, HELP, QUIT] },
        Context::SafetyCheck => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "answer", true),
                    UP,
                    DOWN,
                    b(&[code!(Esc)], Action::Back, "Esc", "not now", true),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Homework => {
            const {
                &[
                    b(
                        &[code!(Enter)],
                        Action::Select,
                        "Enter",
                        "open strategy",
                        true,
                    ),
                    UP,
                    DOWN,
                    TOP,
                    BOTTOM,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        // Nothing on screen says what this is; any key leads to the picker.
        Context::Neutral => const { &[QUIT] },
        Context::Unsaved => {
            const {
                &[
                    b(
                        &[ch!('r')],
                        Action::RetrySave,
                        "r",
                        "try saving again",
                        true,
                    ),
                    b(
                        &[ch!('w')],
                        Action::WriteCopy,
                        "w",
                        "write a copy elsewhere",
                        true,
                    ),
                    b(
                        &[ch!('l')],
                        Action::LoseAndQuit,
                        "l",
                        "quit without them",
                        true,
                    ),
                    b(&[code!(Esc)], Action::Back, "Esc", "go back", true),
                    QUIT,
                ]
            }
        }
        Context::UnsavedFolder => {
            const {
                &[
                    b(
                        &[code!(Enter)],
                        Action::Select,
                        "Enter",
                        "write the copy",
                        true,
                    ),
                    b(&[code!(Esc)], Action::Back, "Esc", "back", true),
                    QUIT,
                ]
            }
        }
        Context::Calm => {
            const {
                &[
                    b(
                        &[code!(Esc), ch!('q'), code!(Enter)],
                        Action::Back,
                        "Esc/q/Enter",
                        "back",
                        true,
                    ),
                    b(
                        &[code!(Right), ch!('l'), ch!('n')],
                        Action::Next,
                        "→/n",
                        "next grounding step",
                        true,
                    ),
                    b(
                        &[code!(Left), ch!('h'), ch!('p')],
                        Action::Previous,
                        "←/p",
                        "previous step",
                        false,
                    ),
                    b(
                        &[ch!('s')],
                        Action::OpenSafety,
                        "s",
                        "help and safety",
                        true,
                    ),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Help => {
            const {
                &[
                    b(
                        &[code!(Esc), ch!('?'), ch!('q'), code!(Enter), code!(F(1))],
                        Action::Back,
                        "any key",
                        "close help",
                        true,
                    ),
                    QUIT,
                ]
            }
        }
    }
}

/// Keys that work on every screen, after the screen's own table: a screen
/// may give the same key its own meaning (in the editor Ctrl+S saves the
/// entry, which saves the journal too).
pub const ANYWHERE: &[Binding] = &[
    QUICK_EXIT,
    Binding {
        footer: false,
        ..CALM
    },
    b(
        &[ctrl!('s')],
        Action::RetrySave,
        "Ctrl+S",
        "save again",
        false,
    ),
];

/// The keys that act while the window is too small to draw a screen (see
/// `Workbook::too_small`): those that need no screen to be understood.
/// The too-small message lists them, from this same table.
pub const TOO_SMALL: &[Binding] = &[
    Binding {
        footer: true,
        ..QUIT
    },
    QUICK_EXIT,
    CALM,
];

/// Whether `action` acts while the window is too small (see [`TOO_SMALL`]).
pub fn acts_when_too_small(action: Action) -> bool {
    TOO_SMALL.iter().any(|bd| bd.action == action)
}

/// "F2 when it is too much": shown on every key bar with room for it.
pub fn calm_hint() -> (&'static str, &'static str) {
    (CALM.label, CALM.hint)
}

/// The keys bound to `action` where the keyboard is (`ctx`'s own table,
/// then the keys that work everywhere), each written as the help writes
/// it: for the sentences that name a key (see `workbook::say`), so that a
/// sentence can only name a key the table binds there.
pub fn keys_for(ctx: Context, action: Action) -> Vec<String> {
    bindings(ctx)
        .iter()
        .chain(ANYWHERE)
        .find(|bd| bd.action == action)
        .map(|bd| bd.keys.iter().map(key_name).collect())
        .unwrap_or_default()
}

/// The action a key stands for in this context.
pub fn lookup(ctx: Context, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let is_ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let found = bindings(ctx)
        .iter()
        .find(|bd| {
            bd.keys
                .iter()
                .any(|k| k.code == key.code && k.ctrl == is_ctrl)
        })
        .map(|bd| bd.action)
        .or_else(|| {
            ANYWHERE
                .iter()
                .find(|bd| bd.matches(key.code, is_ctrl))
                .map(|bd| bd.action)
        });
    match (ctx, found) {
        // In help, every key closes it.
        (Context::Help | Context::Neutral, None) if !is_ctrl => Some(Action::Back),
        _ => found,
    }
}

/// The footer's hints for a context: (keys, what they do).
pub fn hints(ctx: Context) -> impl Iterator<Item = (&'static str, &'static str)> {
    bindings(ctx)
        .iter()
        .chain(ANYWHERE)
        .filter(|bd| bd.footer)
        .map(|bd| (bd.label, bd.hint))
}

impl Binding {
    fn matches(&self, code: KeyCode, ctrl: bool) -> bool {
        self.keys.iter().any(|k| k.code == code && k.ctrl == ctrl)
    }

    /// How the `?` help writes this binding: (keys, what they do). The
    /// footer's "↑↓ move" stands for two bindings; the help lists each,
    /// so the keys for up (k among them) are written out there.
    pub fn help_row(&self) -> (String, String) {
        match self.action {
            Action::Up => (
                self.keys.iter().map(key_name).collect::<Vec<_>>().join("/"),
                format!("{} up", self.hint),
            ),
            _ => (self.label.to_string(), self.hint.to_string()),
        }
    }
}

/// How one key is written in the help and in docs/keys.md.
pub fn key_name(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift+Tab".into(),
        other => format!("{other:?}"),
    };
    if k.ctrl {
        format!("Ctrl+{}", base.to_uppercase())
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    /// Keys named to a person (the help's rows, the footer, the keys a
    /// sentence names) are written in the language: Space, Home, End,
    /// `PgUp`, `PgDn` as a Spanish keyboard prints them; English unchanged.
    #[test]
    fn key_names_are_said_in_the_language() {
        use crate::i18n::{Lang, in_language};
        in_language(Lang::EN, || {
            for &ctx in Context::ALL {
                for bd in bindings(ctx).iter().chain(ANYWHERE) {
                    assert_eq!(crate::i18n::said_keys(bd.label), bd.label);
                    assert_eq!(crate::i18n::key_word(bd.label), bd.label);
                }
            }
            assert_eq!(
                crate::workbook::say::keys(Context::CheckIn, Action::Toggle),
                "Space or x"
            );
        });
        in_language(Lang::ES, || {
            let said_keys = crate::i18n::said_keys;
            assert_eq!(said_keys("PgDn/Space"), "AvPág/Espacio");
            assert_eq!(said_keys("PgUp"), "RePág");
            assert_eq!(said_keys("Home/g"), "Inicio/g");
            assert_eq!(said_keys("End/G"), "Fin/G");
            assert_eq!(said_keys("Shift+Tab"), "Mayús+Tab");
            assert_eq!(said_keys("Ctrl+S"), "Ctrl+S");
            assert_eq!(crate::i18n::key_word("PgDn/Space"), "AvPág/Espacio");
            assert_eq!(
                crate::workbook::say::keys(Context::CheckIn, Action::Toggle),
                "Espacio o x"
            );
            // The help over home lists them so.
            let rows: Vec<String> = bindings(Context::Home)
                .iter()
                .chain(ANYWHERE)
                .map(|b| crate::i18n::key_word(&b.help_row().0))
                .collect();
            for said in ["AvPág/Espacio", "Inicio/g", "Fin/G", "RePág"] {
                assert!(rows.iter().any(|r| r == said), "{said}: {rows:?}");
            }
            for english in ["Space", "Home", "End", "PgUp", "PgDn"] {
                assert!(
                    rows.iter()
                        .all(|r| !r.split(['/', '+']).any(|k| k == english)),
                    "{english}: {rows:?}"
                );
            }
        });
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        for &ctx in Context::ALL {
            let mut seen = Vec::new();
            for bd in bindings(ctx) {
                for k in bd.keys {
                    assert!(!seen.contains(k), "{ctx:?}: {k:?} is bound twice");
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn typing_in_the_editor_never_triggers_an_action() {
        for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ?!qjkg".chars() {
            assert_eq!(
                lookup(Context::Editor, key(KeyCode::Char(c), KeyModifiers::NONE)),
                None,
                "{c:?}"
            );
        }
        assert_eq!(
            lookup(Context::Editor, key(KeyCode::Enter, KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn every_context_can_be_left_and_quit_and_has_help() {
        for &ctx in Context::ALL {
            assert_eq!(
                lookup(ctx, key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
                Some(Action::Quit),
                "{ctx:?}"
            );
            assert!(hints(ctx).count() > 0, "{ctx:?} has no footer hints");
        }
    }

    #[test]
    fn the_quick_exit_works_everywhere_even_while_typing_and_is_always_shown() {
        for &ctx in Context::ALL {
            assert_eq!(
                lookup(ctx, key(KeyCode::Char('q'), KeyModifiers::CONTROL)),
                Some(Action::QuickExit),
                "{ctx:?}"
            );
            assert!(
                hints(ctx).any(|(k, _)| k == "Ctrl+Q"),
                "{ctx:?} does not show the quick exit"
            );
            for bd in bindings(ctx) {
                assert!(
                    !bd.keys.contains(&ctrl!('q')),
                    "{ctx:?} uses Ctrl+Q for {:?}",
                    bd.action
                );
            }
        }
    }

    #[test]
    fn the_calm_screen_opens_from_every_context_even_while_typing() {
        for &ctx in Context::ALL {
            assert_eq!(
                lookup(ctx, key(KeyCode::F(2), KeyModifiers::NONE)),
                Some(Action::Calm),
                "{ctx:?}"
            );
            // No table gives F2 another meaning.
            for bd in bindings(ctx) {
                assert!(
                    !bd.keys.contains(&code!(F(2))) || bd.action == Action::Calm,
                    "{ctx:?} uses F2 for {:?}",
                    bd.action
                );
            }
        }
        assert!(hints(Context::Home).any(|(k, _)| k == "F2"));
    }

    #[test]
    fn shifted_letters_and_arrows_map_as_shown() {
        assert_eq!(
            lookup(Context::Home, key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            lookup(Context::Home, key(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            lookup(Context::Home, key(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(Action::Help)
        );
    }

    /// Where quitting is one key away (home, and the picker after a quick
    /// exit), it is `q`, never an Esc pressed once too often.
    #[test]
    fn esc_never_quits_from_home_or_the_picker() {
        for ctx in [Context::Home, Context::Picker] {
            assert_eq!(
                lookup(ctx, key(KeyCode::Esc, KeyModifiers::NONE)),
                None,
                "{ctx:?}"
            );
            assert_eq!(
                lookup(ctx, key(KeyCode::Char('q'), KeyModifiers::NONE)),
                Some(Action::Back),
                "{ctx:?}"
            );
        }
    }
}
