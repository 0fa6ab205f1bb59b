//! Progress as text: the last check-in's numbers, each measure's trend
//! over the range in words with a text sparkline (one character a day, "·"
//! for a day without a check-in), and the strategies with how commitments
//! went. Whose numbers may be read together is `privacy::trust_lines_for`.

use std::fmt::Write as _;

use super::Words;
use super::{Part, back, key_choice};
use crate::keymap::Action;
use crate::progress::{Measure, Range, Window, daily, kept_tally, last_checkin, strip};
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{ProgressTab, ProgressView, Seen};

/// Which way a measure went over a range, in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trend {
    /// Fewer than two days with a check-in: nothing to compare.
    TooFew,
    Up {
        from: f64,
        to: f64,
    },
    Down {
        from: f64,
        to: f64,
    },
    Steady {
        around: f64,
    },
}

/// The earlier half of the days with a check-in against the later half:
/// a change of a tenth of the scale or more is a change, less is steady.
pub fn trend(points: &[(f64, f64)], bounds: (f64, f64)) -> Trend {
    if points.len() < 2 {
        return Trend::TooFew;
    }
    let half = points.len() / 2;
    let mean = |p: &[(f64, f64)]| p.iter().map(|(_, y)| y).sum::<f64>() / p.len().max(1) as f64;
    let (from, to) = (mean(&points[..half]), mean(&points[points.len() - half..]));
    let step = (bounds.1 - bounds.0) / 10.0;
    if to - from >= step {
        Trend::Up { from, to }
    } else if from - to >= step {
        Trend::Down { from, to }
    } else {
        Trend::Steady {
            around: mean(points),
        }
    }
}

impl Trend {
    /// "going up, from about 3 to about 6", with no judgement: for stress,
    /// up is not good news, and the words do not pretend it is.
    pub fn words(self) -> String {
        let n = |v: f64| format!("{v:.0}");
        let (trend, from, to) = match self {
            Trend::TooFew => ("few", String::new(), String::new()),
            Trend::Up { from, to } => ("up", n(from), n(to)),
            Trend::Down { from, to } => ("down", n(from), n(to)),
            Trend::Steady { around } => ("steady", n(around), String::new()),
        };
        crate::t!("walk-trend", trend = trend, from = from, to = to)
    }
}

/// The most marks a sparkline has, so a long range is one short line.
pub const MARKS: usize = 60;

fn range_words(r: Range) -> String {
    let range = if r == Range::All { "all" } else { "other" };
    crate::t!("walk-range-words", range = range, label = r.label())
}

pub(super) fn progress(seen: Seen, v: &ProgressView) -> Part {
    let mut t = String::new();
    let choices_for = |tab: &str| {
        let mut c = Vec::new();
        if v.tab == ProgressTab::CheckIns {
            c.push(key_choice(
                "r",
                &crate::t!("walk-progress-another-range", range = v.range.label()),
                vec![Action::NextRange],
            ));
        }
        c.extend([
            key_choice("t", tab, vec![Action::Toggle]),
            key_choice(
                "s",
                "allow or stop your check-in numbers being read beside your partner's",
                vec![Action::ToggleSharing],
            ),
            key_choice(
                "m",
                "answer a questionnaire (PHQ-9, GAD-7, CSI-4)",
                vec![Action::OpenMeasures],
            ),
            back("back home"),
        ]);
        c
    };
    let (Some(me), Some(now)) = (seen.me, seen.last_seen()) else {
        return (t, vec![back("back home")], None);
    };
    if v.tab == ProgressTab::Strategies {
        strategies(seen, &mut t);
        return (t, choices_for("the check-ins instead"), None);
    }
    let checkins = &seen.store.checkins;
    let today = now.date_naive();
    let people = crate::privacy::trust_lines_for(seen.store, me, seen.config.share_check_ins);
    let w = Window::new(
        v.range,
        today,
        checkins
            .iter()
            .filter(|c| people.iter().any(|p| p.id == c.author)),
    );
    let _ = writeln!(
        t,
        "{}",
        crate::t!("walk-progress-checkins", range = range_words(v.range))
    );
    match last_checkin(checkins, me) {
        None => {
            t.push_str(&crate::t!("walk-progress-none"));
            t.push('\n');
        }
        Some(c) => {
            // A number left out of that check-in is said as skipped.
            let said = crate::model::CheckIn::shown;
            let _ = writeln!(
                t,
                "{}",
                crate::t!(
                    "walk-progress-last",
                    when = super::journal::when(seen, &c.at),
                    mood = said(c.mood),
                    trust = said(c.trust),
                    sleep = said(c.sleep),
                    appetite = said(c.appetite),
                    stress = said(c.stress)
                )
            );
        }
    }
    let days = crate::progress::days_with_checkin(checkins, me, w);
    // One mark a day, or a slice of days for a long range.
    let cols = (w.days() as usize).min(MARKS);
    let per = if cols == w.days() as usize {
        1.0
    } else {
        (w.days() as f64 / cols as f64).ceil()
    };
    let mark = crate::t!("walk-progress-mark", per = per);
    let _ = writeln!(
        t,
        "{}",
        crate::t!(
            "walk-progress-days",
            days = days,
            all = w.days(),
            mark = mark
        )
    );
    for m in Measure::ALL {
        let points = daily(checkins, me, m, w);
        let (lo, hi) = m.bounds();
        let _ = writeln!(
            t,
            "{}",
            crate::t!(
                "walk-progress-measure",
                measure = m.label().to_lowercase(),
                lo = lo,
                hi = hi,
                trend = trend(&points, m.bounds()).words(),
                strip = strip(&points, w, cols, m.bounds())
            )
        );
    }
    for p in people.iter().filter(|p| p.id != me) {
        let points = daily(checkins, p.id, Measure::Trust, w);
        let _ = writeln!(
            t,
            "{}",
            crate::t!(
                "walk-progress-their-trust",
                name = printable(&p.name).into_owned(),
                trend = trend(&points, Measure::Trust.bounds()).words(),
                strip = strip(&points, w, cols, Measure::Trust.bounds())
            )
        );
    }
    let shared = seen.partner().is_some_and(|p| p.share_checkin_numbers);
    if seen.store.partners.len() > 1 && people.len() < 2 {
        t.push_str(&if shared {
            crate::t!("walk-progress-own-only")
        } else {
            crate::t!("walk-progress-yours-alone")
        });
        t.push('\n');
    }
    (t, choices_for("the strategies instead"), None)
}

/// The strategies' stages, and how the reviewed commitments went.
fn strategies(seen: Seen, t: &mut String) {
    let Some(p) = seen.partner() else { return };
    t.push_str(&crate::t!("walk-progress-strategies"));
    t.push('\n');
    for (i, s) in seen.content.strategies.iter().enumerate() {
        let pr = p.progress(&s.id);
        let _ = write!(t, "{}. {}: {}", i + 1, s.title, pr.stage.said());
        if let Some(at) = pr.started {
            t.push_str(&crate::t!(
                "walk-progress-begun",
                date = seen.config.date(&at)
            ));
        }
        if let Some(at) = pr.finished {
            t.push_str(&crate::t!(
                "walk-progress-done",
                date = seen.config.date(&at)
            ));
        }
        t.push('\n');
    }
    let (kept, partly, not_kept, practising) = kept_tally(p);
    let _ = writeln!(
        t,
        "{}",
        crate::t!(
            "walk-progress-tally",
            kept = kept,
            partly = partly,
            not = not_kept,
            practising = practising
        )
    );
}

impl Words for kind::Progress {
    fn page(state: &Self::State, seen: Seen) -> Part {
        progress(seen, state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trend_is_said_from_the_earlier_days_against_the_later_ones() {
        let b = (0.0, 10.0);
        assert_eq!(trend(&[], b), Trend::TooFew);
        assert_eq!(trend(&[(0.0, 5.0)], b), Trend::TooFew);
        let up = trend(&[(0.0, 3.0), (1.0, 3.0), (2.0, 6.0), (3.0, 6.0)], b);
        assert_eq!(up, Trend::Up { from: 3.0, to: 6.0 });
        assert_eq!(up.words(), "going up, from about 3 to about 6");
        let down = trend(&[(0.0, 7.0), (5.0, 3.0)], b);
        assert!(matches!(down, Trend::Down { .. }), "{down:?}");
        // Less than a tenth of the scale is no change.
        let same = trend(&[(0.0, 5.0), (1.0, 5.5)], b);
        assert!(matches!(same, Trend::Steady { .. }), "{same:?}");
        assert!(same.words().starts_with("about the same"));
    }
}
