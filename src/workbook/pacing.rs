//! Rebuilding slowly: after a strategy is finished, home suggests a few
//! days of practice before the next one. Only a suggestion: the next
//! strategy opens as always, from the list or with `n`.

use chrono::NaiveDate;

use crate::model::{Partner, Stage, Timestamp};

use super::page::Here;

/// Days of practice suggested between finishing one strategy and starting
/// the next, unless `pacing_days` in the settings says otherwise.
pub const PACE_DAYS: i64 = crate::config::DEFAULT_PACING_DAYS as i64;

/// Days left of the suggested pause on `today`, if one applies: the latest
/// strategy was finished less than `pace` days ago and no other is under way.
pub(super) fn pause_days_left(
    p: &Partner,
    strategies: &[String],
    today: NaiveDate,
    pace: i64,
) -> Option<i64> {
    let mut latest: Option<NaiveDate> = None;
    for id in strategies {
        let pr = p.progress(id);
        match pr.stage {
            Stage::NotStarted => {}
            Stage::Done => {
                let f = pr.finished.map(|t| t.date_naive());
                latest = latest.max(f);
            }
            // Something is under way already: carry on with it.
            _ => return None,
        }
    }
    let left = pace - (today - latest?).num_days();
    (left > 0 && left <= pace).then_some(left)
}

impl Here<'_> {
    /// The active partner's days left of the suggested pause, if any.
    pub(crate) fn pause_days_left(self, now: Timestamp) -> Option<i64> {
        let p = self.partner()?;
        let ids: Vec<String> = self
            .content
            .strategies
            .iter()
            .map(|s| s.id.clone())
            .collect();
        // Nothing left to suggest once every strategy is done.
        self.suggested_next()?;
        pause_days_left(
            p,
            &ids,
            now.date_naive(),
            i64::from(self.config.pacing_days),
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::model::{Role, Store, Transition};
    use crate::testing::t0;

    fn finish(p: &mut Partner, id: &str, at: Timestamp) {
        let pr = p.progress.entry(id.into()).or_default();
        for t in [
            Transition::Open,
            Transition::BeginReflecting { prompts: 0 },
            Transition::Commit {
                commitment: 1,
                since: at.date_naive(),
            },
            Transition::BeginReview,
            Transition::FinishReview,
        ] {
            pr.apply(t, at).unwrap();
        }
    }

    fn alex() -> Partner {
        let mut s = Store::default();
        s.add_partner("Alex", Role::Hurt, t0());
        s.partners.remove(0)
    }

    #[test]
    fn a_finished_strategy_suggests_three_days_of_practice_then_stops() {
        let ids = vec!["a".to_string(), "b".to_string()];
        let mut p = alex();
        assert_eq!(pause_days_left(&p, &ids, t0().date_naive(), 3), None);
        finish(&mut p, "a", t0());
        let day = |n| (t0() + Duration::days(n)).date_naive();
        assert_eq!(pause_days_left(&p, &ids, day(0), 3), Some(3));
        assert_eq!(pause_days_left(&p, &ids, day(2), 3), Some(1));
        assert_eq!(pause_days_left(&p, &ids, day(3), 3), None);
        assert_eq!(pause_days_left(&p, &ids, day(0), 0), None);
    }

    #[test]
    fn starting_the_next_strategy_early_is_never_blocked_or_nagged() {
        let ids = vec!["a".to_string(), "b".to_string()];
        let mut p = alex();
        finish(&mut p, "a", t0());
        p.progress
            .entry("b".into())
            .or_default()
            .apply(Transition::Open, t0())
            .unwrap();
        assert_eq!(pause_days_left(&p, &ids, t0().date_naive(), 3), None);
    }

    #[test]
    fn the_latest_finish_counts() {
        let ids = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        let mut p = alex();
        finish(&mut p, "a", t0());
        finish(&mut p, "b", t0() + Duration::days(5));
        let day6 = (t0() + Duration::days(6)).date_naive();
        assert_eq!(pause_days_left(&p, &ids, day6, 3), Some(2));
    }
}

#[cfg(test)]
mod setting_tests {
    use chrono::{DateTime, Duration};

    use super::*;
    use crate::content::Content;
    use crate::model::{Role, Store, Transition};
    use crate::workbook::{Session, Workbook};

    #[test]
    fn the_pacing_days_setting_sets_the_suggested_pause() {
        let t0: Timestamp = DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
        let content = Content::bundled().unwrap();
        let first = content.strategies[0].id.clone();
        let mut store = Store::default();
        let id = store.add_partner("Alex", Role::Hurt, t0);
        let pr = store
            .partner_mut(id)
            .unwrap()
            .progress
            .entry(first)
            .or_default();
        for t in [
            Transition::Open,
            Transition::BeginReflecting { prompts: 0 },
            Transition::Commit {
                commitment: 1,
                since: t0.date_naive(),
            },
            Transition::BeginReview,
            Transition::FinishReview,
        ] {
            pr.apply(t, t0).unwrap();
        }
        let mut wb = Workbook::new(
            std::sync::Arc::new(content),
            store,
            Session::default(),
            None,
        );
        let day2 = t0 + Duration::days(2);
        assert_eq!(wb.here().pause_days_left(day2), Some(PACE_DAYS - 2));
        wb.config.pacing_days = 7;
        assert_eq!(wb.here().pause_days_left(day2), Some(5));
        wb.config.pacing_days = 0;
        assert_eq!(
            wb.here().pause_days_left(day2),
            None,
            "0 turns the suggestion off"
        );
    }
}
