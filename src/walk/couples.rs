//! Two people: the private safety check before couples mode, the together
//! prompts with where each stands, and the reveal of both answers. Who may
//! read which answer is `privacy::together`; nothing here decides it.

use std::fmt::Write as _;

use super::Words;
use super::{Choice, Part, back, choice, key_choice, pick};
use crate::keymap::Action;
use crate::privacy::together::{self, Progress};
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::safety_check::{Answer, CheckView};
use crate::workbook::{ListView, Seen};

pub(super) fn safety_check(seen: Seen, v: &CheckView) -> Part {
    let checks = &seen.content.safety.checks;
    let mut t = String::new();
    if v.confirming {
        // The answers before anything is kept: change one, or keep them.
        t.push_str(&crate::t!("walk-check-answers"));
        t.push('\n');
        for (i, (c, a)) in checks.iter().zip(v.answers()).enumerate() {
            let _ = writeln!(t, "{}. {} — {}", i + 1, c.question, a.label());
        }
        let to = |row: usize| {
            let mut actions = vec![Action::Top];
            actions.extend(std::iter::repeat_n(Action::Down, row));
            actions.push(Action::Select);
            actions
        };
        let mut choices = vec![key_choice("k", "keep these answers", to(checks.len()))];
        choices.extend((0..checks.len()).map(|i| {
            choice(
                &(i + 1).to_string(),
                &crate::t!("walk-check-change", n = (i + 1)),
                to(i),
            )
        }));
        choices.push(back("not now (nothing is kept)"));
        return (t, choices, None);
    }
    if v.question == 0 {
        t.push_str(&crate::workbook::safety_check::intro());
        t.push_str("\n\n");
    }
    if let Some(check) = checks.get(v.question) {
        let _ = write!(
            t,
            "{}: {}",
            crate::t!(
                "check-question-of",
                n = (v.question + 1),
                all = checks.len()
            ),
            check.question
        );
    }
    let mut choices: Vec<Choice> = Answer::ALL
        .iter()
        .enumerate()
        .map(|(i, a)| {
            // From no answer (or any) to the first, then down to this one.
            let mut actions = vec![Action::Up; Answer::ALL.len()];
            actions.extend(std::iter::repeat_n(Action::Down, i));
            actions.push(Action::Select);
            choice(&(i + 1).to_string(), &a.label(), actions)
        })
        .collect();
    choices.push(back("not now (nothing is kept)"));
    (t, choices, None)
}

pub(super) fn together(seen: Seen) -> Part {
    let Some(me) = seen.me else {
        return (String::new(), vec![back("back home")], None);
    };
    let all = together::prompts(seen.content);
    let stands = together::progress_of_each(seen.store, me, &all);
    let t = crate::t!("walk-together-intro");
    let mut choices: Vec<Choice> = all
        .iter()
        .zip(stands)
        .enumerate()
        .map(|(i, (p, stands))| {
            let progress = match stands {
                Progress::YourTurn => "your-turn",
                Progress::Waiting => "waiting",
                Progress::Ready => "ready",
            };
            let state = crate::t!("together-progress", progress = progress);
            let prompt = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
            // With the strategy it belongs to: it is answered there.
            let label = match seen.content.strategy(&p.strategy) {
                Some(s) => crate::t!(
                    "walk-together-prompt-of",
                    strategy = s.title.as_str(),
                    prompt = prompt,
                    state = state
                ),
                None => crate::t!("walk-together-prompt", prompt = prompt, state = state),
            };
            // The prompt is the pack's, already in the language.
            choice(&(i + 1).to_string(), &label, pick(i))
        })
        .collect();
    choices.push(back("back home"));
    (t, choices, None)
}

/// Both answers, the viewer's first, only as `together::reveal` hands
/// them out.
pub(super) fn reveal(seen: Seen, list: &ListView) -> Part {
    let back_to_list = || vec![back("back to the together prompts")];
    let Some(me) = seen.me else {
        return (String::new(), back_to_list(), None);
    };
    let all = together::prompts(seen.content);
    let Some(p) = all.get(list.selected) else {
        return (String::new(), back_to_list(), None);
    };
    let Some((mine, theirs)) = together::reveal(seen.store, me, p) else {
        return (String::new(), back_to_list(), None);
    };
    let name = seen.store.partner(theirs.author).map_or_else(
        || crate::t!("together-your-partner"),
        |p| printable(&p.name).into_owned(),
    );
    let t = format!(
        "{}\n\n{}\n{}\n\n{}\n{}",
        p.text,
        crate::t!("walk-reveal-you-wrote"),
        printable(&seen.readable_text(&mine.body)),
        crate::t!("walk-reveal-wrote", name = name),
        printable(&seen.readable_text(&theirs.body))
    );
    (t, back_to_list(), None)
}

impl Words for kind::SafetyCheck {
    fn page(state: &Self::State, seen: Seen) -> Part {
        safety_check(seen, state)
    }
}

impl Words for kind::Together {
    fn page(_: &Self::State, seen: Seen) -> Part {
        together(seen)
    }
}

impl Words for kind::Reveal {
    fn page(state: &Self::State, seen: Seen) -> Part {
        reveal(seen, &state.list)
    }
}
