//! Pictures of progress, as plain data: check-ins turned into one value per
//! day over a range of time, thinned to what a chart can show, a text
//! sparkline (whose numbers may be drawn together is `crate::privacy::trust_lines_for`).
//! Pure: no clock (`today` is passed in), no terminal.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::model::{CheckIn, Partner, PartnerId};

/// How far back the charts look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Range {
    #[default]
    TwoWeeks,
    ThreeMonths,
    All,
}

impl Range {
    pub const ALL: [Range; 3] = [Range::TwoWeeks, Range::ThreeMonths, Range::All];

    pub fn label(self) -> String {
        let range = match self {
            Range::TwoWeeks => "two-weeks",
            Range::ThreeMonths => "three-months",
            Range::All => "all",
        };
        crate::t!("range", range = range)
    }

    /// Days shown, today included; `None` for everything.
    pub fn days(self) -> Option<u64> {
        match self {
            Range::TwoWeeks => Some(14),
            Range::ThreeMonths => Some(91),
            Range::All => None,
        }
    }

    pub fn next(self) -> Range {
        match self {
            Range::TwoWeeks => Range::ThreeMonths,
            Range::ThreeMonths => Range::All,
            Range::All => Range::TwoWeeks,
        }
    }
}

/// What a chart shows from each check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    Trust,
    Mood,
    Sleep,
    Stress,
}

impl Measure {
    pub(crate) const ALL: [Measure; 4] = [
        Measure::Trust,
        Measure::Mood,
        Measure::Sleep,
        Measure::Stress,
    ];

    /// The check-in's number on this scale, if it was not skipped.
    pub(crate) fn value(self, c: &CheckIn) -> Option<u8> {
        match self {
            Measure::Trust => c.trust,
            Measure::Mood => c.mood,
            Measure::Sleep => c.sleep,
            Measure::Stress => c.stress,
        }
    }

    /// The scale's bounds.
    pub(crate) fn bounds(self) -> (f64, f64) {
        match self {
            Measure::Trust => (0.0, 10.0),
            _ => (1.0, 5.0),
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            Measure::Trust => "Trust",
            Measure::Mood => "Mood",
            Measure::Sleep => "Sleep",
            Measure::Stress => "Stress",
        }
    }
}

/// The first and last day a chart covers (both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Window {
    /// The days `range` covers up to `today`; "all" starts at the first
    /// check-in of `checkins` (or today when there is none).
    pub(crate) fn new<'a>(
        range: Range,
        today: NaiveDate,
        checkins: impl IntoIterator<Item = &'a CheckIn>,
    ) -> Window {
        let start = match range.days() {
            Some(n) => today
                .checked_sub_days(Days::new(n - 1))
                .unwrap_or(NaiveDate::MIN),
            None => checkins
                .into_iter()
                .map(|c| c.at.date_naive())
                .min()
                .unwrap_or(today)
                .min(today),
        };
        Window { start, end: today }
    }

    /// How many days the window covers, at least one.
    pub(crate) fn days(&self) -> i64 {
        (self.end - self.start).num_days().max(0) + 1
    }

    pub(crate) fn contains(&self, d: NaiveDate) -> bool {
        d >= self.start && d <= self.end
    }
}

/// One value per day with a check-in by `author` in `w`: the mean of that
/// day's check-ins. Days without one, or where the number was skipped,
/// are left out (a gap, not a zero).
/// `x` is the day's number from the window's start.
pub(crate) fn daily(
    checkins: &[CheckIn],
    author: PartnerId,
    m: Measure,
    w: Window,
) -> Vec<(f64, f64)> {
    let mut days: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
    for c in checkins.iter().filter(|c| c.author == author) {
        let d = c.at.date_naive();
        if let Some(v) = m.value(c)
            && w.contains(d)
        {
            let e = days.entry(d).or_default();
            e.0 += u32::from(v);
            e.1 += 1;
        }
    }
    days.into_iter()
        .map(|(d, (sum, n))| {
            let x = (d - w.start).num_days() as f64;
            (x, f64::from(sum) / f64::from(n.max(1)))
        })
        .collect()
}

/// How many days in `w` have a check-in by `author`, whatever its numbers
/// (one with every number skipped, but a feeling ticked, still counts).
pub(crate) fn days_with_checkin(checkins: &[CheckIn], author: PartnerId, w: Window) -> usize {
    checkins
        .iter()
        .filter(|c| c.author == author)
        .map(|c| c.at.date_naive())
        .filter(|d| w.contains(*d))
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// At most `buckets` points: points falling in the same slice of the
/// window are averaged, so years of daily check-ins still draw as a line.
pub(crate) fn thin(points: &[(f64, f64)], w: Window, buckets: usize) -> Vec<(f64, f64)> {
    let buckets = buckets.max(1);
    let days = w.days() as f64;
    if points.len() <= buckets {
        return points.to_vec();
    }
    let width = days / buckets as f64;
    let mut out: BTreeMap<usize, (f64, f64, f64)> = BTreeMap::new();
    for (x, y) in points {
        let b = ((x / width) as usize).min(buckets - 1);
        let e = out.entry(b).or_default();
        e.0 += x;
        e.1 += y;
        e.2 += 1.0;
    }
    out.into_values()
        .map(|(sx, sy, n)| (sx / n, sy / n))
        .collect()
}

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A one-line sparkline of values on a 0..=`max` scale: ▁ is 0, █ is `max`.
pub(crate) fn sparkline(values: &[u8], max: u8) -> String {
    let max = u32::from(max.max(1));
    values
        .iter()
        .map(|v| {
            let v = u32::from(*v).min(max);
            let i = (v * 7 + max / 2) / max;
            BARS.get(i as usize).copied().unwrap_or('█')
        })
        .collect()
}

/// The trust numbers of `author`'s last `n` check-ins that have one,
/// oldest first.
pub(crate) fn last_trust(checkins: &[CheckIn], author: PartnerId, n: usize) -> Vec<u8> {
    let mut mine: Vec<&CheckIn> = checkins
        .iter()
        .filter(|c| c.author == author && c.trust.is_some())
        .collect();
    mine.sort_by_key(|c| c.at);
    let skip = mine.len().saturating_sub(n);
    mine.into_iter()
        .skip(skip)
        .filter_map(|c| c.trust)
        .collect()
}

/// The latest check-in by `author`.
pub(crate) fn last_checkin(checkins: &[CheckIn], author: PartnerId) -> Option<&CheckIn> {
    checkins
        .iter()
        .filter(|c| c.author == author)
        .max_by_key(|c| c.at)
}

#[cfg(test)]
mod tests;

/// Which columns of a timeline `cols` wide the days `from..=to` take, for
/// a window of days: `None` when they fall outside it.
pub(crate) fn span(
    from: NaiveDate,
    to: NaiveDate,
    w: Window,
    cols: usize,
) -> Option<(usize, usize)> {
    if cols == 0 || to < w.start || from > w.end {
        return None;
    }
    let col = |d: NaiveDate| {
        let d = d.clamp(w.start, w.end);
        let x = (d - w.start).num_days() as usize;
        (x * cols / w.days() as usize).min(cols - 1)
    };
    Some((col(from), col(to.max(from))))
}

/// How the partner's reviewed commitments went: (kept, partly, not kept,
/// still being practised).
pub(crate) fn kept_tally(p: &Partner) -> (usize, usize, usize, usize) {
    use crate::model::Kept;
    let mut t = (0, 0, 0, 0);
    for c in &p.commitments {
        match c.review.as_ref().map(|r| r.kept) {
            Some(Kept::Kept) => t.0 += 1,
            Some(Kept::Partly) => t.1 += 1,
            Some(Kept::NotKept) => t.2 += 1,
            None => t.3 += 1,
        }
    }
    t
}

/// The days a strategy timeline covers: from the first strategy started
/// or check-in made (whichever is earlier) to today.
pub(crate) fn timeline_window(p: &Partner, checkins: &[CheckIn], today: NaiveDate) -> Window {
    let first_strategy = p
        .progress
        .values()
        .filter_map(|s| s.started.map(|t| t.date_naive()));
    let first_checkin = checkins
        .iter()
        .filter(|c| c.author == p.id)
        .map(|c| c.at.date_naive());
    let start = first_strategy
        .chain(first_checkin)
        .min()
        .unwrap_or(today)
        .min(today);
    Window { start, end: today }
}

/// One character per column for a day-by-day series on a `bounds` scale:
/// ▁ to █ where there are check-ins, "·" where there are none.
pub(crate) fn strip(points: &[(f64, f64)], w: Window, cols: usize, bounds: (f64, f64)) -> String {
    let mut cells: Vec<Option<f64>> = vec![None; cols];
    let days = w.days() as f64;
    let (lo, hi) = bounds;
    for (x, y) in thin(points, w, cols) {
        let col = ((x * cols as f64 / days) as usize).min(cols.saturating_sub(1));
        if let Some(c) = cells.get_mut(col) {
            *c = Some(y);
        }
    }
    cells
        .into_iter()
        .map(|c| match c {
            None => '·',
            Some(y) => {
                let level = ((y - lo) / (hi - lo).max(1.0) * 7.0).round();
                BARS.get(level.clamp(0.0, 7.0) as usize)
                    .copied()
                    .unwrap_or('█')
            }
        })
        .collect()
}
