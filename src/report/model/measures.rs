//! The person's questionnaires in a report: for each measure they answered,
//! the first and latest scores with their bands in words, the change, and
//! every score in order (the HTML chart and table draw them).

use serde::Serialize;

use super::Scope;
use crate::model::Timestamp;

/// One measure the person answered at least once.
#[derive(Debug, Clone, Serialize)]
pub struct MeasureOut {
    pub id: String,
    pub name: String,
    /// The citation, as the content pack gives it.
    pub source: String,
    pub max_total: u16,
    pub first: ScoreOut,
    pub latest: ScoreOut,
    /// Latest total minus first (0 with one answer).
    pub change: i32,
    /// Every time it was answered, oldest first.
    pub scores: Vec<ScoreOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScoreOut {
    pub at: Timestamp,
    pub total: u16,
    /// The severity band in words ("moderate"), from the questionnaires of
    /// the language in use.
    pub band: String,
}

/// The measures of `scope`'s person in the report's date range. A person
/// whose record is locked has none in memory, so none are shown.
pub fn of(scope: &Scope<'_>) -> Vec<MeasureOut> {
    let Some(me) = scope.me() else {
        return Vec::new();
    };
    let f = &scope.filter;
    let mut out = Vec::new();
    for m in crate::measures::all() {
        let mut scores: Vec<ScoreOut> = me
            .measures
            .iter()
            .filter(|r| r.measure == m.id)
            .filter(|r| f.since.is_none_or(|d| r.at.date_naive() >= d))
            .filter(|r| f.until.is_none_or(|d| r.at.date_naive() <= d))
            .map(|r| ScoreOut {
                at: r.at,
                total: r.total,
                band: m
                    .band(r.total)
                    .map_or_else(|| crate::t!("report-band-outside"), str::to_string),
            })
            .collect();
        scores.sort_by_key(|s| s.at);
        let (Some(first), Some(latest)) = (scores.first().cloned(), scores.last().cloned()) else {
            continue;
        };
        out.push(MeasureOut {
            id: m.id.clone(),
            name: m.name.clone(),
            source: m.source.clone(),
            max_total: m.max_total(),
            change: i32::from(latest.total) - i32::from(first.total),
            first,
            latest,
            scores,
        });
    }
    out
}
