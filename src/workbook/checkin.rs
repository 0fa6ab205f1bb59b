//! The day's check-in: a keyboard-only form (mood, trust, sleep, appetite,
//! stress, body signs, a one-line note) that takes under a minute, and the
//! commitments whose week of practice is up, offered for review in the
//! same place. Rules and validation only; `ui/checkin.rs` draws it.

use chrono::{Days, NaiveDate};

use crate::content::Content;
use crate::keymap::Action;
use crate::model::{CheckIn, CommitmentId, Partner, PartnerId, Stage, Timestamp, Transition};

mod form;

pub use form::{CheckInForm, Field, Scale};

use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::{Draft, DraftTarget, Screen, StrategyView, Workbook, strategy};
use crate::keymap::Context;

/// How long a commitment is practised before it is offered for review.
pub const PRACTICE_DAYS: u64 = 7;

/// A commitment whose week is up, still waiting for its review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReview {
    pub strategy: usize,
    pub commitment: CommitmentId,
    pub text: String,
    pub started: NaiveDate,
}

/// Whether `author` has checked in on `now`'s calendar day.
pub fn checked_in_today(checkins: &[CheckIn], author: PartnerId, now: Timestamp) -> bool {
    let today = now.date_naive();
    checkins
        .iter()
        .any(|c| c.author == author && c.at.with_timezone(&now.timezone()).date_naive() == today)
}

/// The partner's commitments practised for a week or more and not reviewed.
pub fn due_reviews(p: &Partner, content: &Content, today: NaiveDate) -> Vec<DueReview> {
    content
        .strategies
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match p.progress(&s.id).stage {
            Stage::Practising { commitment, since } => {
                let c = p.commitment(commitment)?;
                let started = c.started.min(since);
                let due = started.checked_add_days(Days::new(PRACTICE_DAYS))?;
                (today >= due && c.review.is_none()).then(|| DueReview {
                    strategy: i,
                    commitment,
                    text: c.text.clone(),
                    started,
                })
            }
            _ => None,
        })
        .collect()
}

impl Here<'_> {
    /// The active partner's reviews that are due on `now`'s day.
    pub(crate) fn due_reviews(self, now: Timestamp) -> Vec<DueReview> {
        self.partner()
            .map(|p| due_reviews(p, self.content, now.date_naive()))
            .unwrap_or_default()
    }

    /// Whether the active partner has checked in today.
    pub(crate) fn checked_in_today(self, now: Timestamp) -> bool {
        self.me
            .is_some_and(|me| checked_in_today(&self.store.checkins, me, now))
    }
}

/// The form, with the note of a check-in left unsaved last time.
pub(super) fn open(here: Here) -> Screen {
    let note = here
        .pending_draft(&DraftTarget::CheckInNote)
        .unwrap_or_default();
    Screen::CheckIn(Box::new(CheckInForm::with_note(&note)))
}

/// Ctrl+C (or the terminal closing) saves and quits from anywhere: a
/// complete check-in is saved; an incomplete one keeps its note as a draft
/// for next time (its numbers take a second to set again; words do not).
pub(super) fn keep_on_quit(wb: &mut Workbook, now: Timestamp) {
    let Screen::CheckIn(f) = &wb.screen else {
        return;
    };
    let Some(me) = wb.active else { return };
    if !f.is_touched() {
        return;
    }
    match f.validate(me, &wb.content, now) {
        Ok(c) => {
            wb.store.checkins.push(c);
            wb.clear_pending_draft(&DraftTarget::CheckInNote);
            wb.changed(now);
            wb.screen = wb.home();
        }
        // The note is kept as a draft by `sync_note` as the session is saved.
        Err(_) => wb.mark_session_dirty(now),
    }
}

/// Keep the note of the check-in on screen as a draft (the session is
/// saved every few seconds while typing), so a crash or a closed terminal
/// loses at most a few seconds of it.
pub(super) fn sync_note(wb: &mut Workbook) {
    let Screen::CheckIn(f) = &wb.screen else {
        return;
    };
    let text = f.note_text();
    if text.is_empty() {
        wb.clear_pending_draft(&DraftTarget::CheckInNote);
    } else {
        wb.sync_session_draft(Draft {
            target: DraftTarget::CheckInNote,
            text,
        });
    }
}

impl Page for kind::CheckIn {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    fn update(f: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        if f.confirm_leave {
            if action == Action::Confirm {
                // Leaving on purpose: the note goes with the rest.
                ctx.forget_draft(&DraftTarget::CheckInNote);
                return Go::Home;
            }
            f.confirm_leave = false;
            return Go::Stay;
        }
        let reviews = ctx
            .partner()
            .map(|p| due_reviews(p, ctx.content, ctx.now.date_naive()))
            .unwrap_or_default();
        match action {
            Action::Up => f.move_focus(reviews.len(), false),
            Action::Down => f.move_focus(reviews.len(), true),
            Action::Left => f.step(ctx.content, false),
            Action::Right => f.step(ctx.content, true),
            Action::Digit(d) => f.digit(d),
            Action::Skip => f.clear(),
            Action::Toggle => f.toggle_sign(ctx.content),
            Action::Back | Action::StopEditing => {
                if f.is_touched() {
                    f.confirm_leave = true;
                } else {
                    return Go::Home;
                }
            }
            Action::Save | Action::Select => match f.focus {
                Field::Review(n) => {
                    if f.is_touched() && !save(ctx, f) {
                        return Go::Stay;
                    }
                    if let Some(r) = reviews.get(n) {
                        return Go::Review(r.strategy);
                    }
                }
                _ => {
                    if save(ctx, f) {
                        if reviews.is_empty() {
                            return Go::Home;
                        }
                        // The check-in is kept; the reviews stay on offer.
                        **f = CheckInForm::default();
                        f.focus = Field::Review(0);
                    }
                }
            },
            _ => {}
        }
        Go::Stay
    }
}

/// Validate and keep the check-in. Returns whether it was saved.
fn save(ctx: &mut Ctx, f: &mut CheckInForm) -> bool {
    let Some(me) = ctx.me else { return false };
    match f.validate(me, ctx.content, ctx.now) {
        Ok(c) => {
            ctx.store.checkins.push(c);
            ctx.forget_draft(&DraftTarget::CheckInNote);
            ctx.changed();
            // Said once it is on the disk, like every "saved".
            ctx.notice_when_saved(&crate::t!("checkin-saving"), &crate::t!("checkin-saved"));
            true
        }
        Err(why) => {
            f.error = Some(why);
            false
        }
    }
}

/// A commitment's review, from the check-in: the review begins.
pub(super) fn open_review(ctx: &mut Ctx, strategy: usize) -> Screen {
    strategy::transition(ctx, strategy, Transition::BeginReview);
    let mut view = StrategyView::new(strategy);
    strategy::open_stage_editor(ctx.here(), &mut view, None);
    Screen::Strategy(Box::new(view))
}

#[cfg(test)]
mod tests;
