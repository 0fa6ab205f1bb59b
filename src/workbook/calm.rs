//! "When it is too much": a paced breathing guide and a short grounding
//! exercise, open over any screen with one key and left with another.
//!
//! Nothing here is saved: no entry, no count, no time. Where the breath is
//! comes only from when the screen was opened and `now`, so the guide keeps
//! its pace however often (or seldom) the clock ticks.

use chrono::Duration;

use super::Location;
use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{Screen, Workbook};
use crate::content::Content;
use crate::keymap::Action;
use crate::keymap::Context;
use crate::model::Timestamp;

/// The three parts of one breath, about 4-4-6 seconds: a longer breath out
/// than in is what slows the body down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    In,
    Hold,
    Out,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::In, Phase::Hold, Phase::Out];

    /// How long the phase lasts, in seconds.
    pub const fn seconds(self) -> i64 {
        match self {
            Phase::In => 4,
            Phase::Hold => 4,
            Phase::Out => 6,
        }
    }

    /// What the screen says during the phase.
    pub fn words(self) -> String {
        let phase = match self {
            Phase::In => "in",
            Phase::Hold => "hold",
            Phase::Out => "out",
        };
        crate::t!("calm-phase", phase = phase)
    }
}

/// One whole breath, in seconds.
pub const BREATH_SECONDS: i64 = Phase::In.seconds() + Phase::Hold.seconds() + Phase::Out.seconds();

/// Where the breath is at one moment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Breath {
    pub phase: Phase,
    /// How far through the phase, from 0.0 (just begun) to below 1.0.
    pub progress: f64,
    /// Whole seconds left in the phase, counting the current one (4, 3, 2, 1).
    pub seconds_left: i64,
    /// How many whole breaths came before this one.
    pub count: i64,
}

impl Breath {
    /// How full the lungs are, 0.0 to 1.0: growing while breathing in,
    /// full while holding, emptying while breathing out. The shape on
    /// screen is drawn this size.
    pub fn fullness(&self) -> f64 {
        match self.phase {
            Phase::In => self.progress,
            Phase::Hold => 1.0,
            Phase::Out => 1.0 - self.progress,
        }
    }
}

/// The breath `elapsed` after the guide began. A clock that went back (a
/// time shorter than zero) counts as the very start.
pub fn breath_at(elapsed: Duration) -> Breath {
    let ms = elapsed.num_milliseconds().max(0);
    let cycle_ms = BREATH_SECONDS * 1000;
    let count = ms / cycle_ms;
    let mut within = ms % cycle_ms;
    for phase in Phase::ALL {
        let length = phase.seconds() * 1000;
        if within < length {
            return Breath {
                phase,
                progress: within as f64 / length as f64,
                seconds_left: (length - within + 999) / 1000,
                count,
            };
        }
        within -= length;
    }
    // Unreachable: the phases add up to the cycle. Start again rather than panic.
    Breath {
        phase: Phase::In,
        progress: 0.0,
        seconds_left: Phase::In.seconds(),
        count,
    }
}

/// 5-4-3-2-1: one sense at a time, to bring attention back to the room.
/// How many steps (the catalogue's `calm-grounding`, 1 to 5).
pub const GROUNDING_STEPS: usize = 5;

/// The words of grounding step `step` (from 0).
pub fn grounding(step: usize) -> String {
    crate::t!("calm-grounding", step = (step.min(GROUNDING_STEPS - 1) + 1))
}

/// Above the guide, when the shape moves.
pub fn intro_motion() -> String {
    crate::t!("calm-intro-motion")
}

/// Above the guide, when nothing moves (`reduce_motion`, or no colour).
pub fn intro_still() -> String {
    crate::t!("calm-intro-still")
}

/// Shown under the guide: where to turn when breathing is not enough.
pub fn help_pointer() -> String {
    crate::t!("calm-help-pointer")
}

/// The calm screen's own state, with the screen it opened over.
#[derive(Debug, Clone)]
pub struct CalmView {
    started: Timestamp,
    grounding: usize,
    /// Where the person was: they go back to it exactly as it was.
    beneath: Box<Screen>,
}

impl CalmView {
    /// When the breathing guide began.
    pub fn started(&self) -> Timestamp {
        self.started
    }

    /// Which grounding step is shown (0 is "five things you can see").
    pub fn grounding_step(&self) -> usize {
        self.grounding
    }

    /// The grounding step's words.
    pub fn grounding_text(&self) -> String {
        grounding(self.grounding)
    }

    /// Where the breath is at `now`.
    pub fn breath(&self, now: Timestamp) -> Breath {
        breath_at(now - self.started)
    }

    /// The screen the calm screen was opened over.
    pub fn beneath(&self) -> &Screen {
        &self.beneath
    }
}

impl Screen {
    /// The screen that holds the person's place: the one beneath the calm
    /// screen while it is open, so drafts and places are kept as if it were
    /// not there.
    pub(crate) fn beneath_calm(&self) -> &Screen {
        match self {
            Screen::Calm(v) => v.beneath(),
            other => other,
        }
    }
}

/// Open the calm screen over whatever is shown (the help closes first).
/// Opened again while open, it carries on where it is.
pub(super) fn open(wb: &mut Workbook, now: Timestamp) {
    wb.help_open = false;
    if matches!(wb.screen, Screen::Calm(_)) {
        return;
    }
    let beneath = std::mem::replace(&mut wb.screen, Screen::Neutral(super::Blank));
    wb.screen = Screen::Calm(Box::new(CalmView {
        started: now,
        grounding: 0,
        beneath: Box::new(beneath),
    }));
}

/// Before quitting or a quick exit, put the screen beneath back, so what
/// happens next (keeping a draft, the place to come back to) sees it.
pub(super) fn close_before_leaving(wb: &mut Workbook) {
    let screen = std::mem::replace(&mut wb.screen, Screen::Neutral(super::Blank));
    wb.screen = match screen {
        Screen::Calm(v) => *v.beneath,
        other => other,
    };
}

impl Page for kind::Calm {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Calm
    }

    fn location(state: &Self::State, content: &Content) -> Location {
        state.beneath.location(content)
    }

    /// A key on the calm screen: step through the grounding, or leave, or
    /// go to help and safety (an unsaved draft beneath is kept for its editor).
    fn update(view: &mut Self::State, _ctx: &mut Ctx, action: Action) -> Go {
        match action {
            Action::Back | Action::Select => {
                return Go::To(std::mem::replace(
                    &mut *view.beneath,
                    Screen::Neutral(super::Blank),
                ));
            }
            // Words of an editor beneath are kept as a draft on the way.
            Action::OpenSafety => {
                return Go::KeepingDrafts(Box::new(Screen::Safety(super::ListView::default())));
            }
            Action::Right | Action::Down | Action::Next => {
                view.grounding = (view.grounding + 1).min(GROUNDING_STEPS - 1);
            }
            Action::Left | Action::Up | Action::Previous => {
                view.grounding = view.grounding.saturating_sub(1);
            }
            _ => {}
        }
        Go::Stay
    }
}

#[cfg(test)]
mod tests;
