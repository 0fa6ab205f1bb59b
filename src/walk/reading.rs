//! Pages to read: Before you begin, the questions people ask, Help and
//! safety (for where the person lives, as `helplines` says), the words
//! after a safety check that raised a concern, and the move-on checklist.

use std::fmt::Write as _;

use super::Words;
use super::{Choice, Part, back, choice, go_to, key_choice};
use crate::keymap::Action;
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{ListView, Seen, safety_check};

/// A document of several parts: the selected one read out, then the way
/// to the next, the previous, or any part by its number.
fn parts(heading: &str, titles: &[(&str, &str)], list: &ListView) -> Part {
    let mut t = String::new();
    let mut choices: Vec<Choice> = Vec::new();
    let n = titles.len();
    if n == 0 {
        return (t, vec![back("back home")], None);
    }
    let at = list.selected.min(n - 1);
    if let Some((title, body)) = titles.get(at) {
        let part = crate::t!(
            "walk-part-of",
            heading = heading.to_string(),
            n = (at + 1),
            all = n,
            title = title.to_string()
        );
        let _ = write!(t, "{part}\n\n{body}");
    }
    if at + 1 < n {
        choices.push(key_choice("n", "next", vec![Action::Down]));
    }
    if at > 0 {
        choices.push(key_choice("p", "previous", vec![Action::Up]));
    }
    for (i, (title, _)) in titles.iter().enumerate() {
        if i != at {
            choices.push(choice(&(i + 1).to_string(), title, go_to(i)));
        }
    }
    choices.push(back("back home"));
    (t, choices, None)
}

pub(super) fn foundations(seen: Seen, list: &ListView) -> Part {
    let sections = &seen.content.foundations.sections;
    let titles: Vec<(&str, &str)> = sections
        .iter()
        .map(|s| (s.title.as_str(), s.body.as_str()))
        .collect();
    parts(&crate::t!("title-foundations"), &titles, list)
}

pub(super) fn faq(seen: Seen, list: &ListView) -> Part {
    let titles: Vec<(&str, &str)> = seen
        .content
        .faq
        .iter()
        .map(|q| (q.question.as_str(), q.answer.as_str()))
        .collect();
    parts(&crate::t!("title-faq"), &titles, list)
}

pub(super) fn safety(seen: Seen) -> Part {
    let country = seen.help_country();
    let blocks = safety_check::with_retake(
        seen,
        crate::workbook::helplines::page(seen.content, country.as_deref()),
    );
    // The page names the full screen's keys; `walk-keys` says this door's.
    let t = format!(
        "{}\n\n{}\n{}",
        crate::t!("walk-safety"),
        crate::workbook::helplines::plain(&blocks),
        crate::t!("walk-keys")
    );
    (t, retake_choice(seen, back("back home")), None)
}

/// Back, and taking the safety check again once it was taken (the rule,
/// and what `t` says before the day, are `safety_check::retake`'s).
fn retake_choice(seen: Seen, back: Choice) -> Vec<Choice> {
    let mut choices = vec![back];
    if safety_check::retake_text(seen).is_some() {
        choices.push(key_choice(
            "t",
            "take the safety check again",
            vec![Action::RetakeCheck],
        ));
    }
    choices
}

pub(super) fn concern(seen: Seen, route: crate::workbook::safety_check::Route) -> Part {
    let country = seen.help_country();
    let blocks = safety_check::with_retake(
        seen,
        crate::workbook::helplines::after_check(seen.content, country.as_deref(), route),
    );
    (
        crate::workbook::helplines::plain(&blocks),
        retake_choice(seen, back("back home")),
        None,
    )
}

/// The checklist: each sign a number that ticks or unticks it (a sign of
/// danger opens the help at once, as on the full screen).
pub(super) fn move_on(seen: Seen) -> Part {
    let mo = &seen.content.move_on;
    let ticked = |id: &str| seen.partner().is_some_and(|p| p.move_on.contains(id));
    let mut t = format!("{}\n\n{}\n\n", crate::t!("title-move-on"), mo.intro);
    let count = mo.signs.iter().filter(|s| ticked(&s.id)).count();
    let _ = writeln!(
        t,
        "{}",
        crate::t!("walk-move-on-ticked", n = count, all = mo.signs.len())
    );
    let _ = write!(t, "\n{}", mo.closing);
    let mut choices: Vec<Choice> = mo
        .signs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mark = if ticked(&s.id) { "yes" } else { "no" };
            let mut a = go_to(i);
            a.push(Action::Toggle);
            choice(
                &(i + 1).to_string(),
                &crate::t!("walk-ticked", ticked = mark, label = printable(&s.text)),
                a,
            )
        })
        .collect();
    choices.push(back("back home"));
    (t, choices, None)
}

impl Words for kind::Foundations {
    fn page(state: &Self::State, seen: Seen) -> Part {
        foundations(seen, state)
    }
}

impl Words for kind::Faq {
    fn page(state: &Self::State, seen: Seen) -> Part {
        faq(seen, state)
    }
}

impl Words for kind::Safety {
    fn page(_: &Self::State, seen: Seen) -> Part {
        safety(seen)
    }
}

impl Words for kind::Concern {
    fn page(state: &Self::State, seen: Seen) -> Part {
        concern(seen, state.route)
    }
}

impl Words for kind::MoveOn {
    fn page(_: &Self::State, seen: Seen) -> Part {
        move_on(seen)
    }
}
