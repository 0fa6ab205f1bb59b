//! The progress screen's own state: which range of time the charts cover,
//! and whether the check-ins or the strategies are on show.

use crate::keymap::Action;
use crate::progress::Range;

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use crate::keymap::Context;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProgressTab {
    /// Trust, mood, sleep and stress over time.
    #[default]
    CheckIns,
    /// The ten strategies as a timeline, and commitments kept.
    Strategies,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProgressView {
    pub range: Range,
    pub tab: ProgressTab,
}

impl Page for kind::Progress {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Progress
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        match action {
            Action::ToggleSharing => {
                if let Some(p) = ctx.partner_mut() {
                    p.share_checkin_numbers = !p.share_checkin_numbers;
                    let text = if p.share_checkin_numbers {
                        crate::t!("progress-sharing-on")
                    } else {
                        crate::t!("progress-sharing-off")
                    };
                    ctx.changed();
                    ctx.info(text);
                }
            }
            Action::NextRange => v.range = v.range.next(),
            Action::OpenMeasures => {
                let back = super::MeasureBack::Progress(*v);
                return Go::To(super::measure::open(ctx.here(), back, ctx.now));
            }
            Action::Toggle | Action::Left | Action::Right => {
                v.tab = match v.tab {
                    ProgressTab::CheckIns => ProgressTab::Strategies,
                    ProgressTab::Strategies => ProgressTab::CheckIns,
                }
            }
            Action::Back => return Go::Home,
            _ => {}
        }
        Go::Stay
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use chrono::DateTime;

    use super::*;
    use crate::content::Content;
    use crate::model::{Role, Store};
    use crate::workbook::{HomeItem, Msg, Screen, Session, Workbook};

    #[test]
    fn progress_opens_from_home_and_cycles_ranges_and_views() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
        let mut store = Store::default();
        store.add_partner("Alex", Role::Hurt, now);
        let content = Arc::new(Content::bundled().unwrap());
        let mut wb = Workbook::new(content, store, Session::default(), None);
        assert!(wb.home_items().contains(&HomeItem::Progress));
        let mut act = |a| {
            let fx = wb.update(Msg::Action(a), now);
            if a == Action::ToggleSharing {
                assert!(crate::testing::Effects::saves(
                    fx.as_slice(),
                    crate::model::SaveTarget::Store
                ));
                let shared = wb.partner().unwrap().share_checkin_numbers;
                assert_eq!(shared, wb.notice.as_ref().unwrap().text.contains("may now"));
            }
            match &wb.screen {
                Screen::Progress(v) => Some(*v),
                _ => None,
            }
        };
        let v = act(Action::OpenProgress).unwrap();
        assert_eq!((v.range, v.tab), (Range::TwoWeeks, ProgressTab::CheckIns));
        assert_eq!(act(Action::NextRange).unwrap().range, Range::ThreeMonths);
        assert_eq!(act(Action::NextRange).unwrap().range, Range::All);
        assert_eq!(act(Action::NextRange).unwrap().range, Range::TwoWeeks);
        assert_eq!(act(Action::Toggle).unwrap().tab, ProgressTab::Strategies);
        assert_eq!(act(Action::Right).unwrap().tab, ProgressTab::CheckIns);
        act(Action::ToggleSharing);
        act(Action::ToggleSharing);
        assert_eq!(act(Action::Back), None);
    }
}
