//! A strategy's guidance, prompts, commitment, practice and review.

use std::fmt::Write as _;

use super::{Choice, Part, Writing, choice, pick};
use crate::keymap::{Action, Context};
use crate::model::{Kept, Stage};
use crate::text::printable;
use crate::workbook::{StrategyView, Workbook};

pub(super) fn strategy(wb: &Workbook, v: &StrategyView) -> Part {
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
    // The partner's own stage, or the one together prompt being answered
    // out of order (the workbook says which).
    let stage = wb.strategy_stage(v);
    let own = p.progress(&s.id).stage;
    let mut t = format!("{}. {} — {}\n\n", v.index + 1, s.title, own.label());
    let back = match v.answering {
        Some(crate::workbook::Answering {
            back: crate::workbook::AnswerBack::Homework(_),
            ..
        }) => choice("b", "back to the homework", vec![Action::Back]),
        Some(_) => choice("b", "back to the together prompts", vec![Action::Back]),
        None => choice("b", "back to the list of strategies", vec![Action::Back]),
    };
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
            // The pack's prompts and the therapist's extra ones: one list,
            // the one the full screen counts and saves against.
            let prompts = crate::homework::prompts_for(wb.store(), p.id, p.role, s);
            let by = prompts
                .get(prompt)
                .and_then(|pr| crate::homework::added_by(wb.store(), p.id, s, &pr.id))
                .map(|by| format!(", from {}", printable(&by)))
                .unwrap_or_default();
            let _ = writeln!(t, "Prompt {} of {}{by}:", prompt + 1, prompts.len());
            let together = prompts
                .get(prompt)
                .is_some_and(|pr| crate::privacy::answers_together(wb.content(), &s.id, &pr.id));
            if let Some(pr) = prompts.get(prompt) {
                let _ = writeln!(t, "{}", pr.text);
                if together {
                    let _ = writeln!(
                        t,
                        "{} (Together prompts on home.)",
                        crate::privacy::together_note(wb.store())
                    );
                }
            }
            if ctx == Context::Editor {
                if let Some(e) = wb.editor().filter(|e| !e.is_blank()) {
                    let what = if e.is_changed() {
                        "Your draft (not saved yet)"
                    } else {
                        "Your saved answer"
                    };
                    let _ = writeln!(
                        t,
                        "\n{what}:\n{}\nTo go on from it, begin with a line holding only {}; otherwise what you write replaces it.",
                        printable(&e.text()),
                        crate::walk::CONTINUE
                    );
                }
                // Said before a word is written: who will read this answer.
                let who = match prompts.get(prompt) {
                    Some(_) if together => crate::privacy::together_reach(wb.store()),
                    Some(pr) => wb
                        .store()
                        .reflection(p.id, &s.id, &pr.id)
                        .map_or(wb.new_entry_visibility().label(), |e| e.visibility.label())
                        .to_string(),
                    None => wb.new_entry_visibility().label().to_string(),
                };
                let _ = write!(
                    t,
                    "\nWrite your answer ({who}). End with a line holding only a full stop. A full stop alone stops writing."
                );
                return (t, vec![], Some(Writing::Lines));
            }
            let mut choices = vec![choice("w", "write an answer", vec![Action::Edit])];
            if v.answering.is_none() {
                choices.extend([
                    choice("s", "skip this prompt", vec![Action::Skip]),
                    choice("p", "the previous prompt", vec![Action::Previous]),
                ]);
            }
            choices.extend([guidance, back]);
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
            if v.asking_review {
                let days = wb
                    .last_seen()
                    .map_or(0, |now| crate::workbook::practised_days(since, now).max(0));
                let _ = write!(
                    t,
                    "Since {since} ({days} days). Review it now? Once reviewed, this commitment's practice is over; about a week is suggested."
                );
                let choices = vec![
                    choice("y", "yes, review it now", vec![Action::Confirm]),
                    choice("n", "no, keep practising", vec![Action::Cancel]),
                ];
                return (t, choices, None);
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
