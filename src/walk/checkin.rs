//! The check-in as one question at a time: the form's focus is the
//! question, a number sets it and moves on, `s` skips it (the form clears
//! that number, as Backspace does), the feelings and body signs are ticked
//! by number and may be left, the note is one line (an empty line saves
//! without one). What a check-in needs is the form's rule
//! (`CheckInForm::validate`: anything at all, every line skippable).

use std::fmt::Write as _;

use super::Words;
use super::{Choice, Part, Writing, back, choice, key_choice};
use crate::content::Label;
use crate::keymap::Action;
use crate::workbook::kind;
use crate::workbook::{CheckInField, CheckInForm, Seen};

/// From wherever the focus is, up to the first line of the form.
fn to_top(reviews: usize) -> Vec<Action> {
    vec![Action::Up; CheckInForm::fields(reviews).len()]
}

/// The actions that put the focus on `field`.
fn focus(field: CheckInField, reviews: usize) -> Vec<Action> {
    let fields = CheckInForm::fields(reviews);
    let at = fields.iter().position(|f| *f == field).unwrap_or(0);
    let mut a = to_top(reviews);
    a.extend(std::iter::repeat_n(Action::Down, at));
    a
}

pub(super) fn checkin(seen: Seen, f: &CheckInForm) -> Part {
    if f.confirm_leave {
        let t = crate::t!("walk-checkin-leave");
        let choices = vec![
            key_choice("y", "yes, leave it", vec![Action::Confirm]),
            key_choice("n", "no, go on with it", vec![Action::Cancel]),
        ];
        return (t, choices, None);
    }
    let mut t = String::new();
    if let Some(e) = &f.error {
        let _ = writeln!(t, "{}\n", crate::t!("walk-error", text = e.as_str()));
    }
    let reviews = seen
        .last_seen()
        .map_or(0, |now| seen.due_reviews(now).len());
    let fields = CheckInForm::fields(reviews);
    // The questions, without the reviews below them.
    let total = CheckInForm::fields(0).len();
    let at = fields.iter().position(|x| *x == f.focus).unwrap_or(0);
    let mut choices: Vec<Choice> = Vec::new();
    if at > 0 && !matches!(f.focus, CheckInField::Review(_)) {
        choices.push(key_choice("p", "the previous question", vec![Action::Up]));
    }
    match f.focus {
        CheckInField::Scale(s) => {
            let (lo, hi) = s.range();
            let (low, high) = s.ends();
            let _ = write!(
                t,
                "{}",
                crate::t!(
                    "walk-checkin-scale",
                    n = (at + 1),
                    all = total,
                    scale = s.label(),
                    lo = lo,
                    low = low.as_str(),
                    hi = hi,
                    high = high.as_str()
                )
            );
            if let Some(v) = f.value(s) {
                let _ = write!(t, "{}", crate::t!("walk-checkin-now", value = v));
            }
            let mut numbers: Vec<Choice> = (lo..=hi)
                .map(|v| {
                    let mut a = vec![Action::Digit(v % 10)];
                    if v >= 10 {
                        // "1" then "0" makes 10, as typed on the full screen.
                        a = vec![Action::Digit(v / 10), Action::Digit(v % 10)];
                    }
                    a.push(Action::Down);
                    let words = match v {
                        _ if v == lo => format!("{v}, {low}"),
                        _ if v == hi => format!("{v}, {high}"),
                        _ => v.to_string(),
                    };
                    choice(&v.to_string(), &words, a)
                })
                .collect();
            numbers.append(&mut choices);
            choices = numbers;
            if f.value(s).is_some() {
                choices.push(key_choice("k", "keep it and go on", vec![Action::Down]));
            }
            // Every number may be left out of the check-in (the form's rule).
            choices.push(key_choice(
                "s",
                "skip this question",
                vec![Action::Skip, Action::Down],
            ));
        }
        CheckInField::Feelings | CheckInField::BodySigns => {
            let (what, labels, ticked, cursor) = if f.focus == CheckInField::Feelings {
                (
                    crate::t!("walk-feelings-today"),
                    &seen.content.foundations.emotions,
                    &f.feelings,
                    f.feeling_cursor,
                )
            } else {
                (
                    crate::t!("walk-body-signs-today"),
                    &seen.content.foundations.body_signs,
                    &f.signs,
                    f.sign_cursor,
                )
            };
            let names: Vec<&str> = labels
                .iter()
                .filter(|l| ticked.contains(&l.id))
                .map(|l| l.label.as_str())
                .collect();
            let now = if names.is_empty() {
                crate::t!("walk-none")
            } else {
                names.join(", ")
            };
            let _ = write!(
                t,
                "{}",
                crate::t!(
                    "walk-checkin-ticks",
                    n = (at + 1),
                    all = total,
                    what = what,
                    now = now
                )
            );
            let mut ticks = tick_choices(labels, ticked, cursor);
            ticks.push(key_choice("d", "done, go on", vec![Action::Down]));
            ticks.append(&mut choices);
            choices = ticks;
        }
        CheckInField::Note => {
            let _ = write!(
                t,
                "{}",
                crate::t!("walk-checkin-note", n = (at + 1), all = total)
            );
            let note = f.note_text();
            if !note.is_empty() {
                let _ = write!(
                    t,
                    "\n{}",
                    crate::t!(
                        "walk-checkin-note-so-far",
                        note = crate::text::printable(&note)
                    )
                );
            }
            return (t, Vec::new(), Some(Writing::Line));
        }
        CheckInField::Review(_) => {
            let due = seen
                .last_seen()
                .map(|now| seen.due_reviews(now))
                .unwrap_or_default();
            t.push_str(&crate::t!("walk-checkin-reviews"));
            for (i, r) in due.iter().enumerate() {
                let mut a = focus(CheckInField::Review(i), due.len());
                a.push(Action::Select);
                let label = crate::t!("walk-review-choice", text = crate::text::printable(&r.text));
                choices.push(choice(&(i + 1).to_string(), &label, a));
            }
        }
    }
    choices.push(back("back home"));
    (t, choices, None)
}

/// Tick or untick `labels[i]`: the cursor to the first, then along.
fn tick_choices(
    labels: &[Label],
    ticked: &std::collections::BTreeSet<String>,
    cursor: usize,
) -> Vec<Choice> {
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut a = vec![Action::Left; cursor];
            a.extend(std::iter::repeat_n(Action::Right, i));
            a.push(Action::Toggle);
            let mark = if ticked.contains(&l.id) { "yes" } else { "no" };
            key_choice(
                &(i + 1).to_string(),
                &crate::t!("walk-ticked", ticked = mark, label = l.label.as_str()),
                a,
            )
        })
        .collect()
}

impl Words for kind::CheckIn {
    fn page(state: &Self::State, seen: Seen) -> Part {
        checkin(seen, state)
    }
}
