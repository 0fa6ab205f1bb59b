//! What part of a journal an export covers: a date range, one strategy,
//! only what was shared. Decided here, once, for every report format;
//! [`super::visible_entries`] applies it after the privacy rule, so a filter
//! can only ever narrow what a partner may see.

use chrono::NaiveDate;

use crate::model::{CheckIn, Commitment, Entry, EntryId, Visibility};

/// The filters of `trustmend export`. The default covers everything.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter<'a> {
    /// The first day included (by the day an entry was written).
    pub since: Option<NaiveDate>,
    /// The last day included.
    pub until: Option<NaiveDate>,
    /// Only this strategy (by id).
    pub strategy: Option<&'a str>,
    /// Only entries shared with the other partner; commitments and
    /// check-ins, which are never shared, are left out.
    pub shared_only: bool,
    /// Only these entries (chosen with `--select`), sorted; the other
    /// filters still apply to them.
    pub selected: Option<&'a [EntryId]>,
}

impl Filter<'_> {
    pub fn is_everything(&self) -> bool {
        *self == Filter::default()
    }

    fn day(&self, day: NaiveDate) -> bool {
        self.since.is_none_or(|s| day >= s) && self.until.is_none_or(|u| day <= u)
    }

    /// Whether a strategy's section belongs in the report.
    pub fn strategy(&self, id: &str) -> bool {
        self.strategy.is_none_or(|s| s == id)
    }

    pub fn entry(&self, e: &Entry) -> bool {
        let strategy = match self.strategy {
            Some(s) => e.kind.strategy() == Some(s),
            None => true,
        };
        strategy
            && self.day(e.created.date_naive())
            && (!self.shared_only || e.visibility == Visibility::Shared)
            && self
                .selected
                .is_none_or(|ids| ids.binary_search(&e.id).is_ok())
    }

    /// A commitment is in range while it was practised or reviewed in it:
    /// from the day it started to the day it was reviewed (or still going).
    pub fn commitment(&self, c: &Commitment) -> bool {
        let end = c.review.as_ref().map(|r| r.reviewed.date_naive());
        !self.shared_only
            && self.strategy(&c.strategy)
            && self.until.is_none_or(|u| c.started <= u)
            && self.since.is_none_or(|s| end.is_none_or(|e| e >= s))
    }

    pub fn checkin(&self, c: &CheckIn) -> bool {
        !self.shared_only && self.day(c.at.date_naive())
    }

    /// In words, for the top of a report: "Showing entries since 1 March
    /// 2026; only Open communication." `None` when nothing is filtered.
    pub fn describe(&self, content: &crate::content::Content) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(range) = self.date_range() {
            parts.push(crate::t!("report-showing-written", range = range));
        }
        if let Some(id) = self.strategy {
            let title = content.strategy(id).map_or(id, |s| s.title.as_str());
            parts.push(crate::t!("report-showing-strategy", title = title));
        }
        if self.shared_only {
            parts.push(crate::t!("report-showing-shared"));
        }
        if let Some(ids) = self.selected {
            parts.push(crate::t!("report-showing-chosen", n = ids.len()));
        }
        (!parts.is_empty()).then(|| crate::t!("report-showing", what = parts.join("; ")))
    }

    /// "from 1 March 2026 to 8 March 2026", "until …", "since …", or `None`.
    pub fn date_range(&self) -> Option<String> {
        let d = |d: NaiveDate| super::human_date(d);
        match (self.since, self.until) {
            (Some(s), Some(u)) => Some(crate::t!(
                "report-range-between",
                since = d(s),
                until = d(u)
            )),
            (Some(s), None) => Some(crate::t!("report-range-since", since = d(s))),
            (None, Some(u)) => Some(crate::t!("report-range-until", until = d(u))),
            (None, None) => None,
        }
    }
}
