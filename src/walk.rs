//! The workbook as questions and answers on plain lines, for screen readers
//! and anyone who prefers no full-screen drawing (`trustmend walk`).
//!
//! Pure, like the screens: [`page`] says in words what the current screen
//! holds and which choices there are; a choice is a list of the same
//! [`Action`]s the keys send, fed to the same [`Workbook::update`]. Nothing
//! here changes state except through the state machine, so a strategy
//! finished here is finished in the full-screen workbook too.

use std::fmt::Write as _;

use crate::keymap::{Action, Context};
use crate::model::{Kept, Role, Stage, Timestamp};
use crate::text::printable;
use crate::workbook::{DraftTarget, Effect, Msg, Screen, StrategyView, WelcomeStep, Workbook};

/// One thing a person can type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub key: String,
    pub label: String,
    pub actions: Vec<Action>,
}

/// What kind of text the next lines are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// One line: a name.
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

/// The line that ends a multi-line answer.
pub const END_OF_TEXT: &str = ".";

fn choice(key: &str, label: &str, actions: Vec<Action>) -> Choice {
    Choice {
        key: key.into(),
        label: label.into(),
        actions,
    }
}

/// Select row `n` (from 0) of a list, the way arrow keys would.
fn pick(n: usize) -> Vec<Action> {
    let mut a = vec![Action::Top];
    a.extend(std::iter::repeat_n(Action::Down, n));
    a.push(Action::Select);
    a
}

/// The current screen of `wb`, in words.
pub fn page(wb: &Workbook) -> Page {
    let mut text = String::new();
    if let Some(n) = wb.notice() {
        let _ = writeln!(text, "Note: {}\n", printable(&n.text));
    }
    let (body, mut choices, writing) = match wb.screen() {
        Screen::Welcome(w) => welcome(wb, w),
        Screen::Picker(_) => picker(wb),
        Screen::Home(_) => home(wb),
        Screen::Strategy(v) => strategy(wb, v),
        Screen::Unsaved(v) => unsaved(wb, v),
        Screen::Passphrase(v) => passphrase(v),
        Screen::Calm(v) => calm(v),
        _ => (
            "This part of the workbook is only in the full-screen view for now.".into(),
            vec![choice(
                "b",
                "back to the list of strategies",
                vec![Action::Back],
            )],
            None,
        ),
    };
    text.push_str(&body);
    if writing.is_none() {
        choices.push(choice("q", "save and quit", vec![Action::Quit]));
    }
    Page {
        text,
        choices,
        writing,
    }
}

/// Protecting or unlocking: the passphrase is read without being shown.
fn passphrase(v: &crate::workbook::PassphraseView) -> (String, Vec<Choice>, Option<Writing>) {
    use crate::workbook::PassphraseStep;
    let mut t = String::new();
    if let Some(p) = &v.problem {
        let _ = writeln!(t, "Note: {}\n", printable(p));
    }
    let ask = match v.step {
        PassphraseStep::Choose => {
            "Choose a passphrase for your private entries (at least 8 characters; a few words you will remember). It is not shown as you type. An empty line goes back without protecting."
        }
        PassphraseStep::Confirm => "Type the same passphrase once more. An empty line goes back.",
        PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. } => {
            "Your private entries are protected. Type your passphrase to unlock them (it is not shown as you type), or an empty line to go on with them locked."
        }
    };
    t.push_str(ask);
    (t, Vec::new(), Some(Writing::Secret))
}

/// Quitting while a save failed: the same three ways on as the full screen.
fn unsaved(
    wb: &Workbook,
    v: &crate::workbook::UnsavedView,
) -> (String, Vec<Choice>, Option<Writing>) {
    use crate::workbook::{SaveTarget, UnsavedStep};
    let saves = wb.saves();
    let why = saves
        .failure(SaveTarget::Store)
        .or_else(|| saves.failure(SaveTarget::Session))
        .unwrap_or("the last save did not finish.");
    let mut t = String::new();
    if let Some(p) = &v.problem {
        let _ = writeln!(t, "Error: {}\n", printable(p));
    }
    match v.step {
        UnsavedStep::Folder => {
            t.push_str("Type the folder for a copy of everything (for example a USB stick), then press Enter.");
            (t, Vec::new(), Some(Writing::Line))
        }
        UnsavedStep::ConfirmLose => {
            t.push_str("Quit and lose what is not saved? This cannot be undone.");
            (
                t,
                vec![
                    choice("y", "yes, quit without them", vec![Action::Confirm]),
                    choice("n", "no, go back", vec![Action::Cancel]),
                ],
                None,
            )
        }
        UnsavedStep::Ask | UnsavedStep::Writing => {
            let _ = write!(
                t,
                "Some of your words are not on the disk yet, so trustmend has not quit: quitting now would lose them.\nWhat went wrong: {why}"
            );
            (
                t,
                vec![
                    choice("r", "try saving again", vec![Action::RetrySave]),
                    choice(
                        "w",
                        "write a copy to another folder",
                        vec![Action::WriteCopy],
                    ),
                    choice("l", "quit without them", vec![Action::LoseAndQuit]),
                    choice("b", "go back", vec![Action::Back]),
                ],
                None,
            )
        }
    }
}

/// The actions for a typed choice, if it is one of the page's.
pub fn choose(page: &Page, typed: &str) -> Option<Vec<Action>> {
    let typed = typed.trim();
    page.choices
        .iter()
        .find(|c| c.key.eq_ignore_ascii_case(typed))
        .map(|c| c.actions.clone())
}

/// Text typed for the open editor (or the welcome's name): put it in and
/// save it, through the same messages a paste and Ctrl+S would send. An
/// empty answer stops writing, except for a review, where words are optional.
pub fn write(wb: &mut Workbook, text: &str, now: Timestamp) -> Vec<Effect> {
    let mut fx = Vec::new();
    if matches!(wb.screen(), Screen::Passphrase(_)) {
        // Empty: go back (carry on locked, or do not protect).
        let action = if text.is_empty() {
            Action::Back
        } else {
            fx.extend(wb.update(Msg::Paste(text.to_string()), now));
            Action::Select
        };
        fx.extend(wb.update(Msg::Action(action), now));
        return fx;
    }
    if matches!(wb.screen(), Screen::Welcome(_) | Screen::Unsaved(_)) {
        fx.extend(wb.update(Msg::Paste(text.to_string()), now));
        fx.extend(wb.update(Msg::Action(Action::Select), now));
        return fx;
    }
    let review = matches!(
        wb.editor().map(|e| &e.target),
        Some(DraftTarget::Review { .. })
    );
    if text.trim().is_empty() && !review {
        fx.extend(wb.update(Msg::Action(Action::StopEditing), now));
        return fx;
    }
    wb.replace_editor_text(text);
    fx.extend(wb.update(Msg::Action(Action::Save), now));
    fx
}

fn welcome(wb: &Workbook, w: &crate::workbook::Welcome) -> (String, Vec<Choice>, Option<Writing>) {
    let c = wb.content();
    let mut t = String::new();
    if let Some(e) = w.error.as_deref() {
        let _ = writeln!(t, "Error: {}\n", printable(e));
    }
    match w.step {
        WelcomeStep::Intro => {
            let _ = write!(
                t,
                "Welcome.\n\n{}\n\n{}",
                c.foundations.welcome, c.safety.not_therapy
            );
            (t, vec![choice("c", "continue", vec![Action::Select])], None)
        }
        WelcomeStep::Name => {
            t.push_str("What name should the workbook use for you? Type it and press Enter.");
            (t, vec![], Some(Writing::Line))
        }
        WelcomeStep::Role => {
            t.push_str("Which is closest to where you stand?");
            let top = vec![Action::Up; Role::ALL.len()];
            let choices = Role::ALL
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut a = top.clone();
                    a.extend(std::iter::repeat_n(Action::Down, i));
                    a.push(Action::Select);
                    choice(&(i + 1).to_string(), r.label(), a)
                })
                .collect();
            (t, choices, None)
        }
        WelcomeStep::Country => {
            t.push_str("Where do you live? (So the help list shows the places to turn to there.)");
            let options = crate::workbook::welcome::country_choices(c);
            let top = vec![Action::Up; options.len()];
            let choices = options
                .iter()
                .enumerate()
                .map(|(i, (_, label))| {
                    let mut a = top.clone();
                    a.extend(std::iter::repeat_n(Action::Down, i));
                    a.push(Action::Select);
                    choice(&(i + 1).to_string(), label, a)
                })
                .collect();
            (t, choices, None)
        }
        WelcomeStep::Safety => {
            let code = crate::workbook::welcome::shown_country(c, wb.config(), w);
            t.push_str(&crate::helplines::plain(&crate::helplines::welcome(
                c,
                code.as_deref(),
            )));
            (t, vec![choice("c", "continue", vec![Action::Select])], None)
        }
    }
}

fn picker(wb: &Workbook) -> (String, Vec<Choice>, Option<Writing>) {
    let mut choices: Vec<Choice> = wb
        .store()
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| choice(&(i + 1).to_string(), &printable(&p.name), pick(i)))
        .collect();
    let new = wb.store().partners.len();
    choices.push(choice(&(new + 1).to_string(), "someone new", pick(new)));
    ("Who is here?".into(), choices, None)
}

fn home(wb: &Workbook) -> (String, Vec<Choice>, Option<Writing>) {
    let mut t = String::new();
    let name = wb.partner().map(|p| printable(&p.name).into_owned());
    let _ = writeln!(t, "Home. {}\n", name.unwrap_or_default());
    let (done, all) = wb.overall_progress();
    let _ = writeln!(t, "{done} of {all} strategies begun. The ten strategies:");
    let mut choices = Vec::new();
    for (i, s) in wb.content().strategies.iter().enumerate() {
        let stage = wb
            .partner()
            .map_or(Stage::NotStarted, |p| p.progress(&s.id).stage);
        choices.push(choice(
            &(i + 1).to_string(),
            &format!("{} ({})", s.title, stage.label()),
            pick(i),
        ));
    }
    if let Some(next) = wb
        .suggested_next()
        .and_then(|i| wb.content().strategies.get(i))
    {
        choices.push(choice(
            "n",
            &format!("the suggested next step: {}", next.title),
            vec![Action::Next],
        ));
    }
    choices.push(choice("t", "when it is too much", vec![Action::Calm]));
    (t, choices, None)
}

/// "When it is too much", as lines: each part of the breath with its
/// seconds (the same pace the full screen draws), one grounding step at a
/// time, and where to turn.
fn calm(v: &crate::workbook::CalmView) -> (String, Vec<Choice>, Option<Writing>) {
    use crate::workbook::calm::{GROUNDING, HELP_POINTER, Phase};
    let mut t = String::from(
        "When it is too much.\n\nBreathe slowly, three times or for as long as it helps:\n",
    );
    for phase in Phase::ALL {
        let _ = writeln!(t, "  {} for {} seconds", phase.words(), phase.seconds());
    }
    let step = v.grounding_step();
    let _ = writeln!(
        t,
        "\nGrounding, step {} of {}: {}\n\n{HELP_POINTER}",
        step + 1,
        GROUNDING.len(),
        v.grounding_text()
    );
    let mut choices = Vec::new();
    if step + 1 < GROUNDING.len() {
        choices.push(choice("g", "next grounding step", vec![Action::Next]));
    }
    choices.push(choice("b", "back to where you were", vec![Action::Back]));
    (t, choices, None)
}

fn strategy(wb: &Workbook, v: &StrategyView) -> (String, Vec<Choice>, Option<Writing>) {
    let Some(s) = wb.content().strategies.get(v.index) else {
        return (
            String::new(),
            vec![choice("b", "back", vec![Action::Back])],
            None,
        );
    };
    let Some(p) = wb.partner() else {
        return (
            String::new(),
            vec![choice("b", "back", vec![Action::Back])],
            None,
        );
    };
    let stage = p.progress(&s.id).stage;
    let mut t = format!("{}. {} — {}\n\n", v.index + 1, s.title, stage.label());
    let back = choice("b", "back to the list of strategies", vec![Action::Back]);
    let guidance = choice("r", "read the guidance again", vec![Action::ReadGuidance]);
    let ctx = wb.context();
    if ctx == Context::Reading {
        t.push_str(&s.guidance);
        let label = if v.show_guidance {
            "close the guidance"
        } else {
            "continue to the prompts"
        };
        return (
            t,
            vec![choice("c", label, vec![Action::Select]), back],
            None,
        );
    }
    match stage {
        Stage::Reflecting { prompt } => {
            let prompts = s.prompts_for(p.role);
            let _ = writeln!(t, "Prompt {} of {}:", prompt + 1, prompts.len());
            if let Some(pr) = prompts.get(prompt) {
                let _ = writeln!(t, "{}", pr.text);
            }
            if ctx == Context::Editor {
                if let Some(e) = wb.editor().filter(|e| !e.is_blank()) {
                    let _ = writeln!(
                        t,
                        "\nWhat you wrote before (your new answer replaces it):\n{}",
                        printable(&e.text())
                    );
                }
                t.push_str("\nWrite your answer (it stays private). End with a line holding only a full stop. A full stop alone stops writing.");
                return (t, vec![], Some(Writing::Lines));
            }
            let choices = vec![
                choice("w", "write an answer", vec![Action::Edit]),
                choice("s", "skip this prompt", vec![Action::Skip]),
                choice("p", "the previous prompt", vec![Action::Previous]),
                guidance,
                back,
            ];
            (t, choices, None)
        }
        Stage::Committing => {
            if ctx == Context::Editor {
                t.push_str("Write your own commitment, in a sentence (\"This week I will…\"). End with a line holding only a full stop.");
                return (t, vec![], Some(Writing::Lines));
            }
            t.push_str("Choose one small commitment to practise:");
            let mut choices: Vec<Choice> = s
                .commitments_for(p.role)
                .iter()
                .enumerate()
                .map(|(i, c)| choice(&(i + 1).to_string(), &c.text, pick(i)))
                .collect();
            let own = choices.len();
            choices.push(choice(&(own + 1).to_string(), "write my own", pick(own)));
            choices.extend([guidance, back]);
            (t, choices, None)
        }
        Stage::Practising { commitment, since } => {
            if let Some(c) = p.commitments.iter().find(|c| c.id == commitment) {
                let _ = writeln!(t, "You are practising: {}", printable(&c.text));
            }
            let _ = write!(
                t,
                "Since {since}. When you have lived with it for a while, review how it went."
            );
            let choices = vec![
                choice("v", "review how it went", vec![Action::Select]),
                guidance,
                back,
            ];
            (t, choices, None)
        }
        Stage::Reviewing { .. } => {
            let _ = writeln!(t, "{}", s.review_question);
            if ctx == Context::Editor {
                t.push_str("\nAnything you want to note about it? End with a line holding only a full stop (a full stop alone saves the review without a note).");
                return (t, vec![], Some(Writing::Lines));
            }
            t.push_str("How well was it kept?");
            let mut choices: Vec<Choice> = Kept::ALL
                .iter()
                .enumerate()
                .map(|(i, k)| choice(&(i + 1).to_string(), k.label(), pick(i)))
                .collect();
            choices.extend([guidance, back]);
            (t, choices, None)
        }
        Stage::Done => {
            t.push_str("This strategy is done. You can go through it again whenever you like.");
            let choices = vec![
                choice("a", "go through it again", vec![Action::Select]),
                back,
            ];
            (t, choices, None)
        }
        Stage::NotStarted | Stage::Reading => (t, vec![back], None),
    }
}

#[cfg(test)]
mod tests;
