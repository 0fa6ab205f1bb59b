//! "When it is too much", as lines: the breathing guide printed at its
//! pace (each phase's words, then a pause as long as the phase, the same
//! 4-4-6 seconds the full screen draws), one grounding step at a time, and
//! where to turn. Pure: [`guide`] says which lines and how long each
//! waits; the edge (`commands/walk.rs`) does the waiting, and stops at the
//! first line typed. With `reduce_motion` nothing is paced: the pattern is
//! said once, in words, to follow at one's own pace.

use std::fmt::Write as _;
use std::time::Duration;

use super::Words;
use super::{Part, Seen, back, key_choice};
use crate::keymap::Action;
use crate::workbook::CalmView;
use crate::workbook::calm::{GROUNDING_STEPS, Phase, help_pointer, intro_still};
use crate::workbook::kind;

/// Breaths the guide leads before it hands back to the page.
pub const BREATHS: usize = 3;

/// Said before the paced lines.
pub const GUIDE_START: &str =
    "Breathe with the lines as they come. Press Enter (or type q) to stop at any time.";

/// Said when the guide ends by itself.
pub const GUIDE_END: &str = "That was three slow breaths. You can do more whenever you like.";

/// Said when the person stopped it.
pub const GUIDE_STOPPED: &str = "Stopped.";

/// Whether the edge should pace the guide (not with `reduce_motion`).
pub(crate) fn paced(seen: Seen) -> bool {
    !seen.config.still()
}

/// The paced lines: each phase's words, with how long to wait after it.
pub fn guide(breaths: usize) -> Vec<(String, Duration)> {
    let mut out = Vec::new();
    for n in 1..=breaths {
        for phase in Phase::ALL {
            let words = match phase {
                Phase::In => crate::t!("walk-breath", n = n, all = breaths, words = phase.words()),
                _ => phase.words(),
            };
            let secs = u64::try_from(phase.seconds()).unwrap_or(0);
            out.push((words, Duration::from_secs(secs)));
        }
    }
    out
}

pub(super) fn calm(seen: Seen, v: &CalmView) -> Part {
    let mut t = format!("{}\n\n", crate::t!("walk-calm"));
    if paced(seen) {
        let _ = writeln!(t, "{}", crate::t!("walk-calm-paced"));
    } else {
        let _ = writeln!(t, "{}", intro_still());
    }
    for phase in Phase::ALL {
        let _ = writeln!(
            t,
            "{}",
            crate::t!(
                "walk-calm-phase",
                words = phase.words(),
                seconds = phase.seconds()
            )
        );
    }
    let step = v.grounding_step();
    let _ = writeln!(
        t,
        "\n{}\n\n{}",
        crate::t!(
            "walk-grounding",
            n = (step + 1),
            all = GROUNDING_STEPS,
            text = v.grounding_text()
        ),
        help_pointer()
    );
    let mut choices = Vec::new();
    if step + 1 < GROUNDING_STEPS {
        choices.push(key_choice("g", "next grounding step", vec![Action::Next]));
    }
    if step > 0 {
        choices.push(key_choice(
            "p",
            "previous grounding step",
            vec![Action::Previous],
        ));
    }
    if paced(seen) {
        let mut again = key_choice("r", "breathe with me again (paced lines)", Vec::new());
        again.breathe = true;
        choices.push(again);
    }
    choices.push(back("back to where you were"));
    (t, choices, None)
}

impl Words for kind::Calm {
    fn page(state: &Self::State, seen: Seen) -> Part {
        calm(seen, state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_keeps_the_pace_of_the_full_screen() {
        let lines = guide(BREATHS);
        assert_eq!(lines.len(), 3 * BREATHS);
        let per_breath: Duration = lines.iter().take(3).map(|(_, d)| *d).sum();
        let full = crate::workbook::calm::BREATH_SECONDS;
        assert_eq!(per_breath, Duration::from_secs(full as u64));
        let words: Vec<&str> = lines.iter().take(3).map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            ["Breath 1 of 3. Breathe in…", "Hold…", "Breathe out…"]
        );
        assert_eq!(
            lines.iter().map(|(_, d)| d.as_secs()).collect::<Vec<_>>(),
            [4, 4, 6, 4, 4, 6, 4, 4, 6]
        );
    }
}
