//! The safety check's last step: every answer shown before anything is
//! kept, with a chance to change one (a single mistaken key must not close
//! the couples exercises). Generic over the content's questions.

use super::super::page::{Ctx, Go};
use super::{Answer, CheckView};
use crate::keymap::Action;

/// All questions answered: show the answers, on the last row ("these are
/// my answers").
pub(super) fn start(v: &mut CheckView, count: usize) {
    v.confirming = true;
    v.question = count;
    v.choice = Some(count);
}

/// A key on the confirm step: move, change the answer of the question on
/// the row, or confirm them all (the last row).
pub(super) fn update(v: &mut CheckView, ctx: &mut Ctx, action: Action, count: usize) -> Go {
    let mut row = v.choice.unwrap_or(count).min(count);
    if super::super::move_selection(&mut row, count + 1, action, 1) {
        v.choice = Some(row);
        return Go::Stay;
    }
    match action {
        Action::Select if row >= count => super::finish(ctx, v),
        Action::Select => {
            // Back to that question, its answer highlighted to change.
            v.confirming = false;
            v.question = row;
            v.choice = v
                .answers
                .get(row)
                .and_then(|a| Answer::ALL.iter().position(|b| b == a));
            Go::Stay
        }
        // Leaving keeps nothing, as before the last answer.
        Action::Back => Go::Home,
        _ => Go::Stay,
    }
}
