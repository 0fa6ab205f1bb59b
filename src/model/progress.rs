//! One partner's way through one strategy:
//! not started → reading → reflecting → committing → practising → reviewing → done,
//! and from done back to reading when a strategy is revisited.
//!
//! The only way to change a stage is [`StrategyProgress::apply`], which
//! accepts exactly the transitions drawn above and refuses the rest, so no
//! sequence of key presses can put a strategy in a state it cannot be in
//! (practising without a commitment, reviewing something never practised).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CommitmentId, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Stage {
    #[default]
    NotStarted,
    Reading,
    /// Answering the prompts for the partner's role, one at a time.
    Reflecting {
        prompt: usize,
    },
    Committing,
    Practising {
        commitment: CommitmentId,
        since: NaiveDate,
    },
    Reviewing {
        commitment: CommitmentId,
    },
    Done,
}

impl Stage {
    pub fn label(&self) -> &'static str {
        match self {
            Stage::NotStarted => "not started",
            Stage::Reading => "reading",
            Stage::Reflecting { .. } => "reflecting",
            Stage::Committing => "committing",
            Stage::Practising { .. } => "practising",
            Stage::Reviewing { .. } => "reviewing",
            Stage::Done => "done",
        }
    }

    /// The stage in the person's language ("reflecting", "reflexionando"):
    /// what screens and reports say; [`Stage::label`] is the stable word.
    pub fn said(&self) -> String {
        crate::t!("stage", stage = self.label().replace(' ', "-"))
    }

    /// A one-character marker that carries the stage without colour.
    pub fn marker(&self) -> &'static str {
        match self {
            Stage::NotStarted => " ",
            Stage::Done => "✓",
            Stage::Practising { .. } => "…",
            _ => "•",
        }
    }

    /// How far along the strategy is, in steps of the six after "not started".
    pub fn steps_done(&self) -> u32 {
        match self {
            Stage::NotStarted => 0,
            Stage::Reading => 1,
            Stage::Reflecting { .. } => 2,
            Stage::Committing => 3,
            Stage::Practising { .. } => 4,
            Stage::Reviewing { .. } => 5,
            Stage::Done => 6,
        }
    }

    pub const STEPS: u32 = 6;
}

/// A request to move a strategy on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// Start reading a strategy never opened before.
    Open,
    /// Go through a finished strategy again.
    Revisit,
    /// From the guidance to the first prompt. `prompts` is how many prompts
    /// the partner's role has; with none, reflecting is passed over.
    BeginReflecting {
        prompts: usize,
    },
    /// The current prompt was answered or skipped.
    NextPrompt {
        prompts: usize,
    },
    /// Back to the previous prompt.
    PreviousPrompt,
    /// A commitment was chosen or written.
    Commit {
        commitment: CommitmentId,
        since: NaiveDate,
    },
    BeginReview,
    FinishReview,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {transition:?} while {stage}")]
pub struct TransitionError {
    pub stage: &'static str,
    pub transition: Transition,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StrategyProgress {
    #[serde(flatten)]
    pub stage: Stage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<Timestamp>,
    /// How many times the strategy was gone through (1 on the first read).
    #[serde(default)]
    pub visits: u32,
}

impl StrategyProgress {
    /// Apply a transition, or refuse it and leave everything as it was.
    pub fn apply(&mut self, t: Transition, now: Timestamp) -> Result<(), TransitionError> {
        let next = match (&self.stage, &t) {
            (Stage::NotStarted, Transition::Open) | (Stage::Done, Transition::Revisit) => {
                Stage::Reading
            }
            (Stage::Reading, Transition::BeginReflecting { prompts }) => {
                if *prompts == 0 {
                    Stage::Committing
                } else {
                    Stage::Reflecting { prompt: 0 }
                }
            }
            (Stage::Reflecting { prompt }, Transition::NextPrompt { prompts }) => {
                if prompt + 1 < *prompts {
                    Stage::Reflecting { prompt: prompt + 1 }
                } else {
                    Stage::Committing
                }
            }
            (Stage::Reflecting { prompt }, Transition::PreviousPrompt) if *prompt > 0 => {
                Stage::Reflecting { prompt: prompt - 1 }
            }
            (Stage::Committing, Transition::Commit { commitment, since }) => Stage::Practising {
                commitment: *commitment,
                since: *since,
            },
            (Stage::Practising { commitment, .. }, Transition::BeginReview) => Stage::Reviewing {
                commitment: *commitment,
            },
            (Stage::Reviewing { .. }, Transition::FinishReview) => Stage::Done,
            _ => {
                return Err(TransitionError {
                    stage: self.stage.label(),
                    transition: t,
                });
            }
        };
        match t {
            Transition::Open => {
                self.started = Some(now);
                self.visits = 1;
            }
            Transition::Revisit => self.visits += 1,
            Transition::FinishReview => self.finished = Some(now),
            _ => {}
        }
        self.stage = next;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn now() -> Timestamp {
        DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    fn all_transitions() -> Vec<Transition> {
        vec![
            Transition::Open,
            Transition::Revisit,
            Transition::BeginReflecting { prompts: 3 },
            Transition::BeginReflecting { prompts: 0 },
            Transition::NextPrompt { prompts: 3 },
            Transition::PreviousPrompt,
            Transition::Commit {
                commitment: 7,
                since: day(),
            },
            Transition::BeginReview,
            Transition::FinishReview,
        ]
    }

    #[test]
    fn the_whole_way_through_a_strategy() {
        let mut p = StrategyProgress::default();
        p.apply(Transition::Open, now()).unwrap();
        assert_eq!(p.stage, Stage::Reading);
        assert_eq!(p.started, Some(now()));
        p.apply(Transition::BeginReflecting { prompts: 2 }, now())
            .unwrap();
        assert_eq!(p.stage, Stage::Reflecting { prompt: 0 });
        p.apply(Transition::NextPrompt { prompts: 2 }, now())
            .unwrap();
        assert_eq!(p.stage, Stage::Reflecting { prompt: 1 });
        p.apply(Transition::PreviousPrompt, now()).unwrap();
        assert_eq!(p.stage, Stage::Reflecting { prompt: 0 });
        p.apply(Transition::NextPrompt { prompts: 2 }, now())
            .unwrap();
        p.apply(Transition::NextPrompt { prompts: 2 }, now())
            .unwrap();
        assert_eq!(p.stage, Stage::Committing);
        p.apply(
            Transition::Commit {
                commitment: 4,
                since: day(),
            },
            now(),
        )
        .unwrap();
        assert_eq!(
            p.stage,
            Stage::Practising {
                commitment: 4,
                since: day()
            }
        );
        p.apply(Transition::BeginReview, now()).unwrap();
        assert_eq!(p.stage, Stage::Reviewing { commitment: 4 });
        assert_eq!(p.finished, None);
        p.apply(Transition::FinishReview, now()).unwrap();
        assert_eq!(p.stage, Stage::Done);
        assert_eq!(p.finished, Some(now()));
        p.apply(Transition::Revisit, now()).unwrap();
        assert_eq!(p.stage, Stage::Reading);
        assert_eq!(p.visits, 2);
    }

    #[test]
    fn a_role_with_no_prompts_goes_straight_to_committing() {
        let mut p = StrategyProgress::default();
        p.apply(Transition::Open, now()).unwrap();
        p.apply(Transition::BeginReflecting { prompts: 0 }, now())
            .unwrap();
        assert_eq!(p.stage, Stage::Committing);
    }

    #[test]
    fn every_transition_not_drawn_is_refused_and_changes_nothing() {
        let stages = [
            Stage::NotStarted,
            Stage::Reading,
            Stage::Reflecting { prompt: 0 },
            Stage::Committing,
            Stage::Practising {
                commitment: 1,
                since: day(),
            },
            Stage::Reviewing { commitment: 1 },
            Stage::Done,
        ];
        let allowed = |s: &Stage, t: &Transition| {
            matches!(
                (s, t),
                (Stage::NotStarted, Transition::Open)
                    | (Stage::Done, Transition::Revisit)
                    | (Stage::Reading, Transition::BeginReflecting { .. })
                    | (Stage::Reflecting { .. }, Transition::NextPrompt { .. })
                    | (Stage::Committing, Transition::Commit { .. })
                    | (Stage::Practising { .. }, Transition::BeginReview)
                    | (Stage::Reviewing { .. }, Transition::FinishReview)
            )
        };
        let mut refused = 0;
        for s in &stages {
            for t in all_transitions() {
                let mut p = StrategyProgress {
                    stage: s.clone(),
                    ..Default::default()
                };
                let before = p.clone();
                let ok = p.apply(t.clone(), now()).is_ok();
                assert_eq!(ok, allowed(s, &t), "{s:?} + {t:?}");
                if !ok {
                    refused += 1;
                    assert_eq!(p, before, "a refused transition changed {s:?}");
                }
            }
        }
        // PreviousPrompt from the first prompt is refused as well.
        assert!(refused > 40);
    }

    #[test]
    fn progress_round_trips_through_json() {
        let p = StrategyProgress {
            stage: Stage::Practising {
                commitment: 3,
                since: day(),
            },
            started: Some(now()),
            finished: None,
            visits: 1,
        };
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains(r#""stage":"practising""#), "{json}");
        assert_eq!(serde_json::from_str::<StrategyProgress>(&json).unwrap(), p);
    }
}
