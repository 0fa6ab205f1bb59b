//! A strategy's guidance, prompts, commitment, practice and review.

use std::fmt::Write as _;

use super::Words;
use super::{Choice, Part, Writing, choice, key_choice, pick};
use crate::keymap::{Action, Context};
use crate::model::{Kept, Stage};
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{Seen, StrategyView};

pub(super) fn strategy(seen: Seen, v: &StrategyView) -> Part {
    let Some(s) = seen.content.strategies.get(v.index) else {
        return (
            String::new(),
            vec![key_choice("b", "back", vec![Action::Back])],
            None,
        );
    };
    let Some(p) = seen.partner() else {
        return (
            String::new(),
            vec![key_choice("b", "back", vec![Action::Back])],
            None,
        );
    };
    // The partner's own stage, or the one together prompt being answered
    // out of order (the workbook says which).
    let stage = seen.strategy_stage(v);
    let own = p.progress(&s.id).stage;
    let mut t = format!(
        "{}\n\n",
        crate::t!(
            "walk-strategy-head",
            n = (v.index + 1),
            title = s.title.as_str(),
            stage = own.said()
        )
    );
    let back = match v.answering {
        Some(crate::workbook::Answering {
            back: crate::workbook::AnswerBack::Homework(_),
            ..
        }) => key_choice("b", "back to the homework", vec![Action::Back]),
        Some(_) => key_choice("b", "back to the together prompts", vec![Action::Back]),
        None => key_choice("b", "back to the list of strategies", vec![Action::Back]),
    };
    let guidance = key_choice("r", "read the guidance again", vec![Action::ReadGuidance]);
    let ctx = seen.context();
    if ctx == Context::Reading {
        t.push_str(&s.guidance);
        let label = if v.show_guidance {
            "close the guidance"
        } else {
            "continue to the prompts"
        };
        return (
            t,
            vec![key_choice("c", label, vec![Action::Select]), back],
            None,
        );
    }
    match stage {
        Stage::Reflecting { prompt } => {
            // The pack's prompts and the therapist's extra ones: one list,
            // the one the full screen counts and saves against.
            let prompts = crate::homework::prompts_for(seen.store, p.id, p.role, s);
            let by = prompts
                .get(prompt)
                .and_then(|pr| crate::homework::added_by(seen.store, p.id, s, &pr.id))
                .map(|by| crate::t!("walk-prompt-from", name = printable(&by)))
                .unwrap_or_default();
            let _ = writeln!(
                t,
                "{}",
                crate::t!(
                    "walk-prompt-of",
                    n = (prompt + 1),
                    all = prompts.len(),
                    by = by
                )
            );
            let together = prompts
                .get(prompt)
                .is_some_and(|pr| crate::privacy::answers_together(seen.content, &s.id, &pr.id));
            if let Some(pr) = prompts.get(prompt) {
                let _ = writeln!(t, "{}", pr.text);
                if together {
                    let _ = writeln!(
                        t,
                        "{}",
                        crate::t!(
                            "walk-together-on-home",
                            note = crate::privacy::together_note(seen.store)
                        )
                    );
                }
            }
            if ctx == Context::Editor {
                if let Some(e) = v.editor.as_ref().filter(|e| !e.is_blank()) {
                    let what = if e.is_changed() {
                        crate::t!("walk-your-draft")
                    } else {
                        crate::t!("walk-your-answer")
                    };
                    let _ = writeln!(
                        t,
                        "\n{what}:\n{}\n{}",
                        printable(&e.text()),
                        crate::t!("walk-go-on-from-it", mark = crate::walk::CONTINUE)
                    );
                }
                // Said before a word is written: who will read this answer.
                let who = match prompts.get(prompt) {
                    Some(_) if together => crate::privacy::together_reach(seen.store),
                    Some(pr) => seen
                        .store
                        .reflection(p.id, &s.id, &pr.id)
                        .map_or(seen.new_entry_visibility().label(), |e| {
                            e.visibility.label()
                        })
                        .to_string(),
                    None => seen.new_entry_visibility().label().to_string(),
                };
                let who = if together {
                    who
                } else {
                    crate::t!("visibility", visibility = who)
                };
                let _ = write!(t, "\n{}", crate::t!("walk-write-answer", reach = who));
                return (t, vec![], Some(Writing::Lines));
            }
            let mut choices = vec![key_choice("w", "write an answer", vec![Action::Edit])];
            if v.answering.is_none() {
                choices.extend([
                    key_choice("s", "skip this prompt", vec![Action::Skip]),
                    key_choice("p", "the previous prompt", vec![Action::Previous]),
                ]);
            }
            choices.extend([guidance, back]);
            (t, choices, None)
        }
        Stage::Committing => {
            if ctx == Context::Editor {
                t.push_str(&crate::t!("walk-commit-own"));
                return (t, vec![], Some(Writing::Lines));
            }
            t.push_str(&crate::t!("walk-commit-choose"));
            let mut choices: Vec<Choice> = s
                .commitments_for(p.role)
                .iter()
                .enumerate()
                .map(|(i, c)| choice(&(i + 1).to_string(), &c.text, pick(i)))
                .collect();
            let own = choices.len();
            choices.push(key_choice(
                &(own + 1).to_string(),
                "write my own",
                pick(own),
            ));
            choices.extend([guidance, back]);
            (t, choices, None)
        }
        Stage::Practising { commitment, since } => {
            if let Some(c) = p.commitments.iter().find(|c| c.id == commitment) {
                let _ = writeln!(
                    t,
                    "{}",
                    crate::t!("walk-practising", text = printable(&c.text))
                );
            }
            if v.asking_review {
                let days = seen
                    .last_seen()
                    .map_or(0, |now| crate::workbook::practised_days(since, now).max(0));
                let _ = write!(
                    t,
                    "{}",
                    crate::t!("walk-review-ask", date = since.to_string(), days = days)
                );
                let choices = vec![
                    key_choice("y", "yes, review it now", vec![Action::Confirm]),
                    key_choice("n", "no, keep practising", vec![Action::Cancel]),
                ];
                return (t, choices, None);
            }
            let _ = write!(t, "{}", crate::t!("walk-since", date = since.to_string()));
            let choices = vec![
                key_choice("v", "review how it went", vec![Action::Select]),
                guidance,
                back,
            ];
            (t, choices, None)
        }
        Stage::Reviewing { .. } => {
            let _ = writeln!(t, "{}", s.review_question);
            if ctx == Context::Editor {
                let _ = write!(t, "\n{}", crate::t!("walk-review-note"));
                return (t, vec![], Some(Writing::Lines));
            }
            t.push_str(&crate::t!("walk-how-kept"));
            let mut choices: Vec<Choice> = Kept::ALL
                .iter()
                .enumerate()
                .map(|(i, k)| key_choice(&(i + 1).to_string(), k.label(), pick(i)))
                .collect();
            choices.extend([guidance, back]);
            (t, choices, None)
        }
        Stage::Done => {
            t.push_str(&crate::t!("walk-done"));
            let choices = vec![
                key_choice("a", "go through it again", vec![Action::Select]),
                back,
            ];
            (t, choices, None)
        }
        Stage::NotStarted | Stage::Reading => (t, vec![back], None),
    }
}

impl Words for kind::Strategy {
    fn page(state: &Self::State, seen: Seen) -> Part {
        strategy(seen, state)
    }
}
