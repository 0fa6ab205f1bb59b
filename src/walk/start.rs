//! The doors in: the welcome, who is here, the cover between two people,
//! the blank screen of a quick exit, the passphrase, and "Not saved yet".

use std::fmt::Write as _;

use super::Words;
use super::{Choice, Part, Writing, choice, key_choice, pick};
use crate::keymap::Action;
use crate::model::{PartnerId, Role};
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{Seen, WelcomeStep};

/// Protecting or unlocking: the passphrase is read without being shown.
pub(super) fn passphrase(v: &crate::workbook::PassphraseView) -> Part {
    use crate::workbook::PassphraseStep;
    let mut t = String::new();
    if let Some(p) = &v.problem {
        let _ = writeln!(t, "{}\n", crate::t!("walk-note", text = printable(p)));
    }
    let ask = match v.step {
        PassphraseStep::Choose => {
            crate::t!("walk-pass-choose", min = crate::workbook::MIN_CHARS)
        }
        PassphraseStep::Confirm => crate::t!("walk-pass-confirm"),
        PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. } => {
            crate::t!("walk-pass-unlock", recover = super::RECOVER)
        }
        PassphraseStep::ShowRecovery => String::new(),
        PassphraseStep::Protecting { .. } => crate::t!("walk-pass-protecting"),
        PassphraseStep::Recover => crate::t!("walk-pass-recover"),
    };
    if let Some(key) = v.recovery_key() {
        t.push_str(&crate::t!(
            "walk-pass-recovery-key",
            key = crate::ui::group_recovery_key(key)
        ));
        return (t, Vec::new(), Some(Writing::Secret));
    }
    t.push_str(&ask);
    (t, Vec::new(), Some(Writing::Secret))
}

/// Quitting while a save failed: the same three ways on as the full screen.
pub(super) fn unsaved(seen: Seen, v: &crate::workbook::UnsavedView) -> Part {
    use crate::workbook::UnsavedStep;
    let saves = seen.saves();
    let why = saves
        .why_unsaved()
        .map_or_else(|| crate::t!("unsaved-why-unknown"), ToString::to_string);
    let mut t = String::new();
    if let Some(p) = &v.problem {
        let _ = writeln!(t, "{}\n", crate::t!("walk-error", text = printable(p)));
    }
    match v.step {
        UnsavedStep::Folder => {
            t.push_str(&crate::t!("walk-unsaved-folder"));
            (t, Vec::new(), Some(Writing::Line))
        }
        UnsavedStep::ConfirmLose => {
            t.push_str(&crate::t!("walk-unsaved-confirm-lose"));
            (
                t,
                vec![
                    key_choice("y", "yes, quit without them", vec![Action::Confirm]),
                    key_choice("n", "no, go back", vec![Action::Cancel]),
                ],
                None,
            )
        }
        UnsavedStep::Ask | UnsavedStep::Writing => {
            t.push_str(&crate::t!("walk-unsaved-ask", why = why));
            (
                t,
                vec![
                    key_choice("r", "try saving again", vec![Action::RetrySave]),
                    key_choice(
                        "w",
                        "write a copy to another folder",
                        vec![Action::WriteCopy],
                    ),
                    key_choice("l", "quit without them", vec![Action::LoseAndQuit]),
                    key_choice("b", "go back", vec![Action::Back]),
                ],
                None,
            )
        }
    }
}

pub(super) fn welcome(seen: Seen, w: &crate::workbook::Welcome) -> Part {
    if let Some(h) = w.handover {
        return handover(seen, h);
    }
    let c = seen.content;
    let mut t = String::new();
    if let Some(e) = w.error.as_deref() {
        let _ = writeln!(t, "{}\n", crate::t!("walk-error", text = printable(e)));
    }
    match w.step {
        WelcomeStep::Language => {
            t.push_str(&crate::t!("walk-welcome-language"));
            let all: Vec<crate::i18n::Lang> = crate::i18n::Lang::all().collect();
            let top = vec![Action::Up; all.len()];
            let choices = all
                .iter()
                .enumerate()
                .map(|(i, lang)| {
                    let mut a = top.clone();
                    a.extend(std::iter::repeat_n(Action::Down, i));
                    a.push(Action::Select);
                    // Each language named in its own words, as written.
                    choice(&(i + 1).to_string(), &lang.own_name(), a)
                })
                .collect();
            (t, choices, None)
        }
        WelcomeStep::Intro => {
            let _ = write!(
                t,
                "{}\n\n{}\n\n{}",
                crate::t!("walk-welcome"),
                c.foundations.welcome,
                c.safety.not_therapy
            );
            (
                t,
                vec![key_choice("c", "continue", vec![Action::Select])],
                None,
            )
        }
        WelcomeStep::Name => {
            t.push_str(&crate::t!("walk-welcome-name"));
            (t, vec![], Some(Writing::Line))
        }
        WelcomeStep::Role => {
            t.push_str(&crate::t!("walk-welcome-role"));
            let top = vec![Action::Up; Role::ALL.len()];
            let choices = Role::ALL
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut a = top.clone();
                    a.extend(std::iter::repeat_n(Action::Down, i));
                    a.push(Action::Select);
                    key_choice(
                        &(i + 1).to_string(),
                        &crate::t!("role-label", role = r.short()),
                        a,
                    )
                })
                .collect();
            (t, choices, None)
        }
        WelcomeStep::Country => {
            t.push_str(&crate::t!("walk-welcome-country"));
            let options = crate::workbook::welcome::country_choices(c);
            let top = vec![Action::Up; options.len()];
            let choices = options
                .iter()
                .enumerate()
                .map(|(i, (_, label))| {
                    let mut a = top.clone();
                    a.extend(std::iter::repeat_n(Action::Down, i));
                    a.push(Action::Select);
                    key_choice(&(i + 1).to_string(), label, a)
                })
                .collect();
            (t, choices, None)
        }
        WelcomeStep::Safety => {
            let code = crate::workbook::welcome::shown_country(c, seen.config, w);
            t.push_str(&crate::workbook::helplines::plain(
                &crate::workbook::helplines::welcome(c, code.as_deref()),
            ));
            (
                t,
                vec![key_choice("c", "continue", vec![Action::Select])],
                None,
            )
        }
    }
}

pub(super) fn picker(seen: Seen) -> Part {
    let mut choices: Vec<Choice> = seen
        .store
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| choice(&(i + 1).to_string(), &printable(&p.name), pick(i)))
        .collect();
    let new = seen.store.partners.len();
    choices.push(key_choice(
        &(new + 1).to_string(),
        &crate::t!("walk-someone-new"),
        pick(new),
    ));
    (crate::t!("title-picker"), choices, None)
}

/// Between two people: nothing of the one before, only who is next.
pub(super) fn cover(seen: Seen, next: PartnerId) -> Part {
    let name = seen.store.partner(next).map_or_else(
        || crate::t!("walk-next-person"),
        |p| printable(&p.name).into_owned(),
    );
    cover_for(&name)
}

/// The cover before a joining person's welcome and their safety check.
fn handover(seen: Seen, h: crate::workbook::HandOver) -> Part {
    match h {
        crate::workbook::HandOver::Joining => cover_for(&crate::t!("welcome-joining")),
        crate::workbook::HandOver::SafetyCheck(id) => cover(seen, id),
    }
}

fn cover_for(name: &str) -> Part {
    let t = crate::t!("walk-cover", name = name);
    let choices = vec![
        key_choice(
            "c",
            &crate::t!("walk-i-am-ready", name = name),
            vec![Action::Select],
        ),
        key_choice("s", "someone else is here", vec![Action::Back]),
    ];
    (t, choices, None)
}

/// Left by a quick exit that stays open: nothing of anyone.
pub(super) fn neutral() -> Part {
    (
        String::new(),
        vec![key_choice("c", "continue", vec![Action::Select])],
        None,
    )
}

/// "Leave this workbook": in `walk`, the command that does it.
fn depart(seen: Seen) -> Part {
    let name = seen
        .partner()
        .map(|p| printable(&p.name).into_owned())
        .unwrap_or_default();
    let text = format!(
        "{}\n  trustmend partner remove {name:?}\n",
        crate::t!("walk-depart")
    );
    (text, vec![super::back("back home")], None)
}

impl Words for kind::Welcome {
    fn page(state: &Self::State, seen: Seen) -> Part {
        welcome(seen, state)
    }
}

impl Words for kind::Picker {
    fn page(_: &Self::State, seen: Seen) -> Part {
        picker(seen)
    }
}

impl Words for kind::Cover {
    fn page(state: &Self::State, seen: Seen) -> Part {
        cover(seen, *state)
    }
}

impl Words for kind::Neutral {
    fn page(_: &Self::State, _: Seen) -> Part {
        neutral()
    }
}

impl Words for kind::Passphrase {
    fn page(state: &Self::State, _: Seen) -> Part {
        passphrase(state)
    }
}

impl Words for kind::Unsaved {
    fn page(state: &Self::State, seen: Seen) -> Part {
        unsaved(seen, state)
    }
}

impl Words for kind::Depart {
    fn page(_: &Self::State, seen: Seen) -> Part {
        depart(seen)
    }
}
