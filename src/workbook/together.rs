//! The together screens: the list of together prompts and the reveal. Who
//! may read which answer, and when, is [`crate::privacy::together`].

use crate::keymap::Action;
use crate::privacy::together::{Progress, progress, prompts, reveal};

use super::{ListView, Screen, Workbook};

/// The list of together prompts; Enter opens a reveal once both answered.
pub(super) fn list_action(
    wb: &mut Workbook,
    mut list: ListView,
    action: Action,
    now: crate::model::Timestamp,
) -> Screen {
    let all = prompts(&wb.content);
    if super::move_selection(&mut list.selected, all.len(), action, wb.page()) {
        return Screen::Together(list);
    }
    match action {
        Action::Back => wb.home(),
        Action::Select => {
            let Some(me) = wb.active else {
                return Screen::Together(list);
            };
            let Some(p) = all.get(list.selected) else {
                return Screen::Together(list);
            };
            match progress(&wb.store, me, p) {
                Progress::Ready if reveal(&wb.store, me, p).is_some() => {
                    let s = wb.session.partners.entry(me.to_string()).or_default();
                    if s.seen_reveals.insert(super::news::reveal_key(p)) {
                        wb.mark_session_dirty(now);
                    }
                    Screen::Reveal { list, scroll: 0 }
                }
                Progress::YourTurn => super::strategy::answer_prompt(
                    wb,
                    &p.strategy,
                    &p.prompt,
                    super::strategy::AnswerBack::Together(list),
                )
                .unwrap_or(Screen::Together(list)),
                _ => {
                    wb.info(crate::t!("together-answer-in"));
                    Screen::Together(list)
                }
            }
        }
        _ => Screen::Together(list),
    }
}

pub(super) fn reveal_action(
    wb: &mut Workbook,
    list: ListView,
    scroll: u16,
    action: Action,
) -> Screen {
    match action {
        Action::Back => Screen::Together(list),
        Action::Up => Screen::Reveal {
            list,
            scroll: scroll.saturating_sub(1),
        },
        Action::Down => Screen::Reveal {
            list,
            scroll: scroll.saturating_add(1),
        },
        Action::PageDown => Screen::Reveal {
            list,
            scroll: scroll.saturating_add(wb.page() as u16),
        },
        Action::PageUp => Screen::Reveal {
            list,
            scroll: scroll.saturating_sub(wb.page() as u16),
        },
        _ => Screen::Reveal { list, scroll },
    }
}

#[cfg(test)]
mod tests;
