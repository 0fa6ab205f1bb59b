//! Home: the ten strategies by number, everything else by a letter, each
//! item opened exactly as the full screen opens it (the same row of
//! [`Workbook::home_items`] chosen).

use std::fmt::Write as _;

use super::{Choice, Part, choice, pick};
use crate::keymap::Action;
use crate::model::Stage;
use crate::text::printable;
use crate::workbook::{HomeItem, Workbook};

/// The letter and the words for a home item that is not a strategy.
fn letter(wb: &Workbook, item: HomeItem) -> Option<(&'static str, String)> {
    Some(match item {
        HomeItem::Strategy(_) => return None,
        HomeItem::Homework => ("w", "homework from your therapist".into()),
        HomeItem::Foundations => ("i", "Before you begin".into()),
        HomeItem::Journal => {
            let n = wb.active().map_or(0, |me| wb.entry_count(me));
            let entries = if n == 1 { "entry" } else { "entries" };
            ("j", format!("your journal ({n} {entries})"))
        }
        HomeItem::Faq => ("f", "questions people ask".into()),
        HomeItem::MoveOn => (
            "m",
            "when is it time to move on? (a private checklist)".into(),
        ),
        HomeItem::Safety => ("h", "help and safety: people to call".into()),
        HomeItem::CheckIn => ("c", "check in: how are you today?".into()),
        HomeItem::Progress => ("p", "progress over time".into()),
        HomeItem::Shared => ("s", "entries either of you shared".into()),
        HomeItem::Together => (
            "g",
            "together prompts, and your answers side by side".into(),
        ),
        HomeItem::AddPartner => ("a", "add your partner to this workbook".into()),
        HomeItem::PassKeyboard => ("k", "pass the keyboard to your partner".into()),
    })
}

pub(super) fn home(wb: &Workbook) -> Part {
    let mut t = String::new();
    let name = wb.partner().map(|p| printable(&p.name).into_owned());
    let _ = writeln!(t, "Home. {}\n", name.unwrap_or_default());
    let (done, all) = wb.overall_progress();
    let _ = writeln!(t, "{done} of {all} strategies begun. The ten strategies:");
    let mut choices = Vec::new();
    let mut others: Vec<Choice> = Vec::new();
    for (row, item) in wb.home_items().into_iter().enumerate() {
        if let HomeItem::Strategy(i) = item {
            let Some(s) = wb.content().strategies.get(i) else {
                continue;
            };
            let stage = wb
                .partner()
                .map_or(Stage::NotStarted, |p| p.progress(&s.id).stage);
            choices.push(choice(
                &(i + 1).to_string(),
                &format!("{} ({})", s.title, stage.label()),
                pick(row),
            ));
        } else if let Some((key, label)) = letter(wb, item) {
            others.push(choice(key, &label, pick(row)));
        }
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
    choices.extend(others);
    if let (Some(me), Some(p)) = (wb.active(), wb.partner()) {
        // Protecting is offered until it is done; unlocking while locked.
        if p.protection.is_none() {
            choices.push(choice(
                "x",
                "protect your private entries with a passphrase",
                vec![Action::Protect],
            ));
        } else if !wb.keys().is_unlocked(me) {
            choices.push(choice(
                "u",
                "unlock your private entries",
                vec![Action::Protect],
            ));
        }
    }
    choices.push(choice("t", "when it is too much", vec![Action::Calm]));
    (t, choices, None)
}
