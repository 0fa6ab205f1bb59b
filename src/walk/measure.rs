//! A questionnaire in words: which one (a number), then one question at a
//! time, each answer typed as its score (`0` "Not at all" …), then the
//! score with its band and the citation. The same actions as the keys, so
//! the rules (nothing kept part-way, PHQ-9 item 9 opening Help and safety)
//! are the workbook's (`workbook::measure`).

use std::fmt::Write as _;

use super::Words;
use super::{Part, back, choice, key_choice, pick};
use crate::keymap::Action;
use crate::measures::{bundled, by_id, last_answered};
use crate::workbook::kind;
use crate::workbook::{MeasureStep, MeasureView, Seen};

pub(super) fn measure(seen: Seen, v: &MeasureView) -> Part {
    match &v.step {
        MeasureStep::Choose => {
            let mut t = crate::t!("walk-measure-intro");
            let due = seen
                .last_seen()
                .map(|now| seen.measures_due(now))
                .unwrap_or_default();
            let results = seen.partner().map_or(&[][..], |p| p.measures.as_slice());
            let mut choices = Vec::new();
            for (i, m) in bundled().iter().enumerate() {
                let due_now = due.iter().any(|d| d.id == m.id);
                // walk says "offered now" alone when it is offered.
                let last = last_answered(results, &m.id).filter(|_| !due_now);
                let when = crate::measures::when_said(due_now, last.map(crate::i18n::long_date));
                choices.push(key_choice(
                    &(i + 1).to_string(),
                    &format!("{} — {} ({when})", m.name, m.about),
                    pick(i),
                ));
            }
            for line in crate::measures::not_offered() {
                let _ = write!(t, "\n\n{line}");
            }
            t.push('\n');
            choices.push(back("back"));
            (t, choices, None)
        }
        MeasureStep::Item { measure, answers } => {
            let Some(m) = by_id(measure) else {
                return (String::new(), vec![back("back")], None);
            };
            let at = answers.len();
            let Some(item) = m.items.get(at) else {
                return (String::new(), vec![back("back")], None);
            };
            let mut t = String::new();
            if at == 0 {
                let _ = writeln!(t, "{}: {}\n", m.name, m.about);
            }
            let _ = write!(
                t,
                "{} {}\n{}\n{}",
                crate::t!(
                    "walk-measure-question-of",
                    name = m.name.as_str(),
                    n = (at + 1),
                    all = m.items.len()
                ),
                m.stem,
                item.text,
                crate::t!("walk-measure-type-answer")
            );
            let mut choices: Vec<_> = item
                .options
                .iter()
                .enumerate()
                .filter_map(|(i, o)| {
                    let d = u8::try_from(i).ok()?;
                    Some(choice(&i.to_string(), o, vec![Action::Digit(d)]))
                })
                .collect();
            if at > 0 {
                choices.push(key_choice("p", "previous question", vec![Action::Previous]));
            }
            choices.push(back("leave (nothing of this questionnaire is kept)"));
            (t, choices, None)
        }
        MeasureStep::Done { measure, total } => {
            let Some(m) = by_id(measure) else {
                return (String::new(), vec![back("back")], None);
            };
            let t = format!(
                "{}: {}.\n{}\n{}\n{}\n{}",
                m.name,
                m.said(*total),
                crate::t!(
                    "measure-bands",
                    name = m.name.as_str(),
                    bands = m.bands_said()
                ),
                crate::t!("measure-not-a-diagnosis"),
                crate::t!("measure-source", source = m.source.as_str()),
                m.licence
            );
            (t, vec![back("done")], None)
        }
    }
}

impl Words for kind::Measure {
    fn page(state: &Self::State, seen: Seen) -> Part {
        measure(seen, state)
    }
}

#[cfg(test)]
mod tests;
