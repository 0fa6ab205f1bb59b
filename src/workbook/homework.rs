//! The homework screen's rules: the therapist's assigned strategies in
//! order; Enter opens one, Esc goes home.

use chrono::NaiveDate;

use super::{Effect, ListView, Screen, Workbook, move_selection, strategy};
use crate::keymap::Action;
use crate::model::Timestamp;

/// The homework screen: which step is selected, and the day it was opened
/// on (due and overdue are judged against it; the core has no clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HomeworkView {
    pub list: ListView,
    pub today: NaiveDate,
}

/// Open the active partner's homework on its first step not yet done.
pub(super) fn open(wb: &Workbook, now: Timestamp) -> Screen {
    let selected = wb
        .active
        .and_then(|me| {
            let a = crate::homework::for_partner(&wb.store, me)?;
            let p = wb.store.partner(me)?;
            a.steps
                .iter()
                .position(|s| p.progress(&s.strategy).finished.is_none())
        })
        .unwrap_or(0);
    Screen::Homework(HomeworkView {
        list: ListView {
            selected,
            scroll: 0,
        },
        today: now.date_naive(),
    })
}

pub(super) fn action(
    wb: &mut Workbook,
    mut v: HomeworkView,
    action: Action,
    now: Timestamp,
    fx: &mut Vec<Effect>,
) -> Screen {
    let steps: Vec<String> = wb
        .active
        .and_then(|me| crate::homework::for_partner(&wb.store, me))
        .map(|a| a.steps.iter().map(|s| s.strategy.clone()).collect())
        .unwrap_or_default();
    if move_selection(&mut v.list.selected, steps.len(), action, wb.page()) {
        return Screen::Homework(v);
    }
    match action {
        Action::Select => {
            let index = steps
                .get(v.list.selected)
                .and_then(|id| wb.content.strategy_index(id));
            match index {
                Some(index) => strategy::open(wb, index, now, fx),
                None => {
                    wb.info("This strategy is not in the content pack in use, so it cannot be opened. Ask your therapist which pack they meant.");
                    Screen::Homework(v)
                }
            }
        }
        Action::Back => wb.home(),
        _ => Screen::Homework(v),
    }
}
