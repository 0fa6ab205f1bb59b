//! The workbook as questions and answers on plain lines, for screen readers
//! and anyone who prefers no full-screen drawing (`trustmend walk`).
//!
//! Pure, like the screens: [`page`] says in words what the current screen
//! holds and which choices there are; a choice is a list of the same
//! [`Action`]s the keys send, fed to the same [`Workbook::update`]. Nothing
//! here changes state except through the state machine, so a strategy
//! finished here is finished in the full-screen workbook too, and no rule
//! (who may read what, when a reveal opens, what a check-in needs) is
//! written here a second time: each page asks the module that owns it.
//!
//! One screen per file below: `start` (welcome, picker, cover, passphrase,
//! "Not saved yet"), `home`, `strategy`, `journal` (and the shared view),
//! `checkin`, `progress`, `reading` (Before you begin, the FAQ, Help and
//! safety, the move-on checklist), `couples` (safety check, together
//! prompts, the reveal), `homework`, `measure` (a questionnaire), `calm`
//! (with the paced breathing lines the edge prints).

use std::fmt::Write as _;

use crate::keymap::Action;
use crate::model::Timestamp;
use crate::text::printable;
use crate::workbook::{
    DraftTarget, Effect, Kind, Msg, SaveTarget, Saves, Screen, Seen, Workbook, kind,
};

pub mod calm;
mod checkin;
mod couples;
mod home;
mod homework;
mod journal;
mod measure;
pub mod progress;
mod reading;
mod start;
mod strategy;

/// One thing a person can type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub key: String,
    pub label: String,
    pub actions: Vec<Action>,
    /// Not a message for the workbook: the edge prints the paced breathing
    /// guide again (see [`calm`]).
    pub breathe: bool,
}

/// What kind of text the next lines are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// One line: a name, a check-in's note.
    Line,
    /// One line that is not shown as it is typed: a passphrase.
    Secret,
    /// Several lines, ended by a line holding only a full stop.
    Lines,
}

/// A screen, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub choices: Vec<Choice>,
    /// Text is expected instead of a choice.
    pub writing: Option<Writing>,
}

/// What a screen's module gives back: its text, its choices, and whether
/// text is expected instead.
type Part = (String, Vec<Choice>, Option<Writing>);

/// How a screen is said in words, written in the walk file of its part
/// (one impl per line of `workbook::every_screen!`).
trait Words: Kind {
    /// The page's text, its choices, and the text being written, if any.
    fn page(state: &Self::State, seen: Seen) -> Part;
}

/// The dispatch over every screen, made from the one list of screens.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident($state:ty),)*) => {
        fn words_of(screen: &Screen, seen: Seen) -> Part {
            match screen {
                $(Screen::$name(s) => <kind::$name as Words>::page(s, seen),)*
            }
        }
    };
}
crate::workbook::every_screen!(words);

/// What a typed line means on a page of choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// One of the page's choices: these actions, in order.
    Do(Vec<Action>),
    /// "Breathe with me again": the edge prints the paced guide.
    Breathe,
    /// `?` (or "help"): the page's choices, and nothing else, again.
    ListChoices,
    /// Not one of the choices: say so, then list the choices only.
    NotAChoice,
}

/// The line that ends a multi-line answer.
pub const END_OF_TEXT: &str = ".";

/// A choice shown as `label` is written: already in the language (from the
/// catalogue or the content pack) or a person's own words, which are never
/// looked up (a name like "Help" stays "Help").
pub(crate) fn choice(key: &str, label: &str, actions: Vec<Action>) -> Choice {
    Choice {
        key: key.into(),
        label: label.into(),
        actions,
        breathe: false,
    }
}

/// A choice named by the key tables' `english` words (`key-…` in the
/// catalogue), in the language in use; English where it has no message yet.
pub(crate) fn key_choice(key: &str, english: &str, actions: Vec<Action>) -> Choice {
    choice(key, &crate::i18n::key_word(english), actions)
}

/// Select row `n` (from 0) of a list, the way arrow keys would.
pub(crate) fn pick(n: usize) -> Vec<Action> {
    let mut a = go_to(n);
    a.push(Action::Select);
    a
}

/// Move the cursor of a list to row `n` (from 0), without choosing it.
pub(crate) fn go_to(n: usize) -> Vec<Action> {
    let mut a = vec![Action::Top];
    a.extend(std::iter::repeat_n(Action::Down, n));
    a
}

/// The usual way back.
pub(crate) fn back(label: &str) -> Choice {
    key_choice("b", label, vec![Action::Back])
}

/// The current screen of `wb`, in words.
pub fn page(wb: &Workbook) -> Page {
    let mut text = String::new();
    if let Some(n) = wb.notice() {
        let _ = writeln!(
            text,
            "{}\n",
            crate::t!("walk-note", text = printable(&n.text))
        );
    }
    let (body, mut choices, writing) = words_of(wb.screen(), wb.seen());
    text.push_str(&body);
    if writing.is_none() {
        choices.push(key_choice("q", "save and quit", vec![Action::Quit]));
    }
    Page {
        text,
        choices,
        writing,
    }
}

/// What `typed` means on `page`.
pub fn reply(page: &Page, typed: &str) -> Reply {
    let typed = typed.trim();
    if typed == "?" || typed.eq_ignore_ascii_case("help") {
        return Reply::ListChoices;
    }
    match page
        .choices
        .iter()
        .find(|c| c.key.eq_ignore_ascii_case(typed))
    {
        Some(c) if c.breathe => Reply::Breathe,
        Some(c) => Reply::Do(c.actions.clone()),
        None => Reply::NotAChoice,
    }
}

/// The actions for a typed choice, if it is one of the page's.
pub fn choose(page: &Page, typed: &str) -> Option<Vec<Action>> {
    match reply(page, typed) {
        Reply::Do(actions) => Some(actions),
        _ => None,
    }
}

/// The choices alone, one a line, as `?` lists them.
pub fn choice_lines(page: &Page) -> String {
    let mut t = String::new();
    for c in &page.choices {
        let _ = writeln!(t, "  {}) {}", c.key, printable(&c.label));
    }
    t
}

/// "Saved." after a step that saved the journal, once that save is on the
/// disk: said from the save numbers (`before` is how they stood before the
/// step), never from having asked. `None` when nothing was saved, when the
/// save is not durable (the notice then says what went wrong), or when the
/// page's notice says it already.
pub fn saved_line(before: &Saves, wb: &Workbook) -> Option<String> {
    let after = wb.saves();
    let saved = after.queued(SaveTarget::Store) > before.queued(SaveTarget::Store)
        && after.is_durable(SaveTarget::Store);
    // "Saved.", "Check-in saved. Thank you…" or "Protected. …" (each
    // shown only once durable): said already.
    let said = wb
        .notice()
        .is_some_and(|n| n.kind == crate::workbook::NoticeKind::Saved);
    (saved && !said).then(|| crate::t!("notice-saved"))
}

/// The line that, first, continues the words already written.
pub const CONTINUE: &str = "+";

/// `typed` put after `before` when its first line is [`CONTINUE`] alone.
pub fn continue_from(before: Option<&str>, typed: &str) -> Option<String> {
    let rest = typed
        .strip_prefix(CONTINUE)
        .filter(|r| r.is_empty() || r.starts_with('\n'))?;
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    let before = before.unwrap_or_default();
    Some(match (before.is_empty(), rest.is_empty()) {
        (true, _) => rest.to_string(),
        (false, true) => before.to_string(),
        (false, false) => format!("{before}\n{rest}"),
    })
}

/// Typed on walk's unlock page to use the recovery key: shorter than any
/// passphrase can be, so it is never taken for one.
pub const RECOVER: &str = "recover";
const _: () = assert!(RECOVER.len() < crate::workbook::MIN_CHARS);

/// Text typed for the open editor (or the welcome's name, a note, a
/// folder, a passphrase): put it in and save it, through the same messages
/// a paste and Ctrl+S would send. An empty answer stops writing, except
/// for a review, where words are optional.
pub fn write(wb: &mut Workbook, text: &str, now: Timestamp) -> Vec<Effect> {
    let mut fx = Vec::new();
    let mut send = |wb: &mut Workbook, msg| fx.extend(wb.update(msg, now));
    match wb.screen() {
        Screen::Passphrase(v) => {
            // Empty: go back (leave it locked, or do not protect). On the
            // unlock page, `recover` (too short to be a passphrase) asks
            // for the recovery key instead.
            if text.is_empty() {
                send(wb, Msg::Action(Action::Back));
            } else if v.unlocking() && text.trim() == RECOVER {
                send(wb, Msg::Action(Action::Recover));
            } else {
                send(wb, Msg::Paste(text.to_string()));
                send(wb, Msg::Action(Action::Select));
            }
            return fx;
        }
        Screen::Welcome(_) | Screen::Unsaved(_) => {
            send(wb, Msg::Paste(text.to_string()));
            send(wb, Msg::Action(Action::Select));
            return fx;
        }
        Screen::CheckIn(f) => {
            // The note: an empty line saves the check-in without one, or,
            // with nothing filled in at all, leaves it (there is nothing
            // to save, and no line to type would be asked for again).
            let action = if text.is_empty() && !f.is_touched() {
                Action::Back
            } else {
                Action::Save
            };
            send(wb, Msg::Paste(text.to_string()));
            send(wb, Msg::Action(action));
            return fx;
        }
        _ => {}
    }
    let review = matches!(
        wb.editor().map(|e| &e.target),
        Some(DraftTarget::Review { .. })
    );
    // A first line of only "+" goes on from the words already there (a
    // draft, or the answer saved before) instead of replacing them.
    let continued = continue_from(
        wb.editor()
            .map(super::workbook::editor::Editor::text)
            .as_deref(),
        text,
    );
    let text = continued.as_deref().unwrap_or(text);
    if text.trim().is_empty() && !review {
        send(wb, Msg::Action(Action::StopEditing));
        return fx;
    }
    wb.replace_editor_text(text);
    send(wb, Msg::Action(Action::Save));
    fx
}

/// The walk section of docs/keys.md: what to type in `trustmend walk`,
/// home's letters from the very table home is made from.
pub fn keys_markdown() -> String {
    let mut out = String::from(
        "\n## `trustmend walk` (line by line, for screen readers)\n\n\
         Each page is printed once, as plain lines, with its choices below it as\n\
         `key) what it does`; type the key and press Enter. `?` (or `help`) lists\n\
         the choices of the page again, and a mistyped choice lists only the\n\
         choices, never the whole page. `q` saves and quits from any list of\n\
         choices; the end of the input (Ctrl+D) saves and quits too. Text is\n\
         typed on its own lines: a name, a passphrase (not shown) or a\n\
         check-in's note is one line; an answer or an entry ends with a line\n\
         holding only a full stop (a full stop alone stops writing), and a first\n\
         line of only `+` goes on from the draft or answer shown above it. After\n\
         a save, `Saved.` is printed once it is on the disk.\n\n\
         On home, the strategies are `1` to `10`, and:\n\n\
         | Type | What it opens |\n| --- | --- |\n",
    );
    let others = [
        home::NEXT,
        home::PROTECT,
        home::UNLOCK,
        home::MEASURES,
        home::CALM,
    ];
    let letters = home::LETTERS.iter().map(|(_, k, w)| (*k, *w));
    for (key, words) in letters.chain(others) {
        let _ = writeln!(out, "| `{key}` | {words} |");
    }
    out.push_str(
        "\nElsewhere: `b` goes back; `n` and `p` go to the next and previous part\n\
         of Before you begin and the questions people ask (a number to any\n\
         part); in the journal a number reads an entry, `m` and `l` page through\n\
         a long journal, and on an entry `e` edits, `v` shares or makes it\n\
         private, `d` deletes (asked first, `y` or `n`). On Help and safety, once\n\
         the private safety check was taken, `t` takes it again (a week after the\n\
         last answers; the page says from which day). A check-in asks one\n\
         question at a time: a number answers it, `s` skips it, `p` goes to the\n\
         previous question, `k` keeps an answer given before, and on the feelings and\n\
         body signs a number ticks or unticks one and `d` goes on. A\n\
         questionnaire (`r` on home, `m` on progress) asks one question at a\n\
         time: an answer's number is its score (`0` \"Not at all\"…), `p` goes\n\
         to the previous question and `b` leaves without keeping anything. On \"When it\n\
         is too much\" the breathing guide prints \"Breathe in…\", \"Hold…\" and\n\
         \"Breathe out…\" at its pace (4, 4 and 6 seconds, three times); Enter\n\
         (or any line) stops it, `r` starts it again, `g` and `p` step through\n\
         the grounding. With `reduce_motion = true` nothing is paced: the\n\
         pattern is said once in words.\n",
    );
    out
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_es;
