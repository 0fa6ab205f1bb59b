//! The one quiet line on home: the newest thing waiting for the person at
//! the keyboard, most pressing first. A reply to them, a reveal both
//! answered, homework due, a commitment to review, today's check-in, a
//! questionnaire offered. No
//! badges, no counts, no streaks; nothing about what the other partner is
//! doing that they did not share.

use crate::homework::StepState;
use crate::model::Timestamp;
use crate::privacy::together::{Progress, TogetherPrompt, progress_of_each, prompts, reveal};

use super::page::Here;

/// What home's quiet line says, at most one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum News {
    /// Someone replied to one of their shared entries (name of the writer).
    Reply(String),
    /// A together prompt both answered, not opened side by side yet.
    RevealReady,
    /// A homework step due today or overdue, not finished.
    HomeworkDue,
    /// A commitment's week is up.
    ReviewDue,
    /// No check-in yet today.
    CheckIn,
    /// A questionnaire is offered (`measures::due`): at the start, then
    /// about every two weeks. Last, so it never pushes anything aside.
    MeasureDue,
}

impl News {
    /// The words, with the key that leads there.
    pub fn words(&self) -> String {
        match self {
            News::Reply(name) => crate::t!("news-reply", name = name.as_str()),
            News::RevealReady => crate::t!("news-reveal-ready", place = crate::t!("home-together")),
            News::HomeworkDue => crate::t!("news-homework-due"),
            News::ReviewDue => crate::t!("news-review-due", key = crate::say!(Home, OpenCheckIn)),
            News::CheckIn => crate::t!("news-check-in", key = crate::say!(Home, OpenCheckIn)),
            News::MeasureDue => {
                crate::t!("news-measure-due", key = crate::say!(Home, OpenMeasures))
            }
        }
    }
}

/// How a together prompt is remembered as opened.
pub fn reveal_key(p: &TogetherPrompt) -> String {
    format!("{}/{}", p.strategy, p.prompt)
}

impl Here<'_> {
    /// The newest thing waiting for the active partner, if any.
    pub(crate) fn news(self, now: Timestamp) -> Option<News> {
        let me = self.me?;
        if let Some(r) = super::unread_replies(self).first() {
            let name = self
                .store
                .partner(r.author)
                .map_or(crate::t!("news-your-partner"), |p| {
                    crate::text::one_line(&p.name, 20)
                });
            return Some(News::Reply(name));
        }
        let seen = self.session.for_partner(me).map(|s| &s.seen_reveals);
        let all = prompts(self.content);
        let ready = all
            .iter()
            .zip(progress_of_each(self.store, me, &all))
            .any(|(p, stands)| {
                stands == Progress::Ready
                    && reveal(self.store, me, p).is_some()
                    && !seen.is_some_and(|s| s.contains(&reveal_key(p)))
            });
        if ready {
            return Some(News::RevealReady);
        }
        let today = now.date_naive();
        let due = crate::homework::for_partner(self.store, me).is_some_and(|a| {
            a.steps.iter().any(|step| {
                matches!(
                    StepState::of(self.store, me, step, today),
                    StepState::DueToday | StepState::Overdue(_)
                )
            })
        });
        if due {
            return Some(News::HomeworkDue);
        }
        if !self.due_reviews(now).is_empty() {
            return Some(News::ReviewDue);
        }
        if !self.checked_in_today(now) {
            return Some(News::CheckIn);
        }
        (!self.measures_due(now).is_empty()).then_some(News::MeasureDue)
    }
}

#[cfg(test)]
mod tests;
