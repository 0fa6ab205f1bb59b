//! A questionnaire in words: which one (a number), then one question at a
//! time, each answer typed as its score (`0` "Not at all" …), then the
//! score with its band and the citation. The same actions as the keys, so
//! the rules (nothing kept part-way, PHQ-9 item 9 opening Help and safety)
//! are the workbook's (`workbook::measure`).

use std::fmt::Write as _;

use super::{Part, back, choice, pick};
use crate::keymap::Action;
use crate::measures::{NOT_A_DIAGNOSIS, bundled, by_id, last_answered};
use crate::workbook::{MeasureStep, MeasureView, Workbook};

pub(super) fn measure(wb: &Workbook, v: &MeasureView) -> Part {
    match &v.step {
        MeasureStep::Choose => {
            let mut t = String::from(
                "Questionnaires clinicians use between sessions, about every two weeks. Your answers are kept in your own record, for you alone; they reach a therapist only in a report you choose to export. A number opens one.",
            );
            let due = wb
                .last_seen()
                .map(|now| wb.measures_due(now))
                .unwrap_or_default();
            let results = wb.partner().map_or(&[][..], |p| p.measures.as_slice());
            let mut choices = Vec::new();
            for (i, m) in bundled().iter().enumerate() {
                let due_now = due.iter().any(|d| d.id == m.id);
                let when = match (due_now, last_answered(results, &m.id)) {
                    (true, _) => "offered now".to_string(),
                    (false, Some(on)) => format!("answered {}", crate::i18n::long_date(on)),
                    (false, None) => "not answered yet".to_string(),
                };
                choices.push(choice(
                    &(i + 1).to_string(),
                    &format!("{} — {} ({when})", m.name, m.about),
                    pick(i),
                ));
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
                "{}, question {} of {}. {}\n{}\nType the number of your answer.",
                m.name,
                at + 1,
                m.items.len(),
                m.stem,
                item.text
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
                choices.push(choice("p", "previous question", vec![Action::Previous]));
            }
            choices.push(back("leave (nothing of this questionnaire is kept)"));
            (t, choices, None)
        }
        MeasureStep::Done { measure, total } => {
            let Some(m) = by_id(measure) else {
                return (String::new(), vec![back("back")], None);
            };
            let t = format!(
                "{}: {}.\nHow the {}'s authors band its totals: {}.\n{NOT_A_DIAGNOSIS}\nSource: {}\n{}",
                m.name,
                m.said(*total),
                m.name,
                m.bands_said(),
                m.source,
                m.licence
            );
            (t, vec![back("done")], None)
        }
    }
}

#[cfg(test)]
mod tests;
