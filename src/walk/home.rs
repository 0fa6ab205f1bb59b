//! Home: the ten strategies by number, everything else by a letter, each
//! item opened exactly as the full screen opens it (the same row of
//! `Here::home_items` chosen).

use std::fmt::Write as _;

use super::Words;
use super::{Choice, Part, key_choice, pick};
use crate::keymap::Action;
use crate::model::Stage;
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{HomeItem, Seen};

/// The letter and the words of each home item that is not a strategy (the
/// journal's words get its count). The same table makes the walk section
/// of docs/keys.md.
pub(super) const LETTERS: [(HomeItem, &str, &str); 13] = [
    (HomeItem::Homework, "w", "homework from your therapist"),
    (HomeItem::Foundations, "i", "Before you begin"),
    (HomeItem::Journal, "j", "your journal"),
    (HomeItem::NewEntry, "e", "write a new journal entry"),
    (HomeItem::Faq, "f", "questions people ask"),
    (
        HomeItem::MoveOn,
        "m",
        "when is it time to move on? (a private checklist)",
    ),
    (HomeItem::Safety, "h", "help and safety: people to call"),
    (HomeItem::CheckIn, "c", "check in: how are you today?"),
    (HomeItem::Progress, "p", "progress over time"),
    (HomeItem::Shared, "s", "entries either of you shared"),
    (
        HomeItem::Together,
        "g",
        "together prompts, and your answers side by side",
    ),
    (
        HomeItem::AddPartner,
        "a",
        "add your partner to this workbook",
    ),
    (
        HomeItem::PassKeyboard,
        "k",
        "pass the keyboard to your partner",
    ),
];

/// The other letters of home, for the same table.
pub(super) const NEXT: (&str, &str) = ("n", "the suggested next step");
pub(super) const PROTECT: (&str, &str) = ("x", "protect your private entries with a passphrase");
pub(super) const UNLOCK: (&str, &str) = ("u", "unlock your private entries");
pub(super) const CALM: (&str, &str) = ("t", "when it is too much");
pub(super) const MEASURES: (&str, &str) = ("r", "questionnaires: PHQ-9, GAD-7, CSI-4");

/// The letter and the words for a home item that is not a strategy.
fn letter(seen: Seen, item: HomeItem) -> Option<(&'static str, String)> {
    let (_, key, words) = LETTERS.iter().find(|(i, _, _)| *i == item)?;
    if item == HomeItem::Journal {
        let n = seen.me.map_or(0, |me| seen.entry_count(me));
        let _ = words;
        return Some((key, crate::t!("walk-journal", n = n)));
    }
    Some((key, (*words).to_string()))
}

pub(super) fn home(seen: Seen) -> Part {
    let mut t = String::new();
    let name = seen.partner().map(|p| printable(&p.name).into_owned());
    let _ = writeln!(
        t,
        "{}\n",
        crate::t!("walk-home", name = name.unwrap_or_default())
    );
    let (done, all) = seen.overall_progress();
    // Home's quiet line about the questionnaires (`measures::due`).
    let due = seen
        .last_seen()
        .map(|now| seen.measures_due(now))
        .unwrap_or_default();
    if !due.is_empty() {
        let names: Vec<&str> = due.iter().map(|m| m.name.as_str()).collect();
        let _ = writeln!(
            t,
            "{}\n",
            crate::t!(
                "walk-measures-offered",
                key = MEASURES.0,
                names = names.join(", ")
            )
        );
    }
    let _ = writeln!(t, "{}", crate::t!("walk-begun", done = done, all = all));
    let mut choices = Vec::new();
    let mut others: Vec<Choice> = Vec::new();
    for (row, item) in seen.home_items().into_iter().enumerate() {
        if let HomeItem::Strategy(i) = item {
            let Some(s) = seen.content.strategies.get(i) else {
                continue;
            };
            let stage = seen
                .partner()
                .map_or(Stage::NotStarted, |p| p.progress(&s.id).stage);
            choices.push(key_choice(
                &(i + 1).to_string(),
                &crate::t!(
                    "walk-strategy-row",
                    title = s.title.as_str(),
                    stage = stage.said()
                ),
                pick(row),
            ));
        } else if let Some((key, label)) = letter(seen, item) {
            others.push(key_choice(key, &label, pick(row)));
        }
    }
    if seen.suggests_foundations() {
        choices.push(key_choice(
            NEXT.0,
            &crate::t!(
                "walk-next",
                next = crate::i18n::key_word(NEXT.1),
                title = crate::t!("title-foundations")
            ),
            vec![Action::Next],
        ));
    } else if let Some(next) = seen
        .suggested_next()
        .and_then(|i| seen.content.strategies.get(i))
    {
        choices.push(key_choice(
            NEXT.0,
            &crate::t!(
                "walk-next",
                next = crate::i18n::key_word(NEXT.1),
                title = next.title.as_str()
            ),
            vec![Action::Next],
        ));
    }
    choices.extend(others);
    if let (Some(me), Some(p)) = (seen.me, seen.partner()) {
        // Protecting is offered until it is done; unlocking while locked.
        if p.protection.is_none() {
            choices.push(key_choice(PROTECT.0, PROTECT.1, vec![Action::Protect]));
        } else if !seen.is_unlocked(me) {
            choices.push(key_choice(UNLOCK.0, UNLOCK.1, vec![Action::Protect]));
        }
    }
    choices.push(key_choice(
        MEASURES.0,
        MEASURES.1,
        vec![Action::OpenMeasures],
    ));
    choices.push(key_choice(CALM.0, CALM.1, vec![Action::Calm]));
    (t, choices, None)
}

impl Words for kind::Home {
    fn page(_: &Self::State, seen: Seen) -> Part {
        home(seen)
    }
}
