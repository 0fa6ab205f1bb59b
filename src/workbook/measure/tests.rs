//! Answering a questionnaire, fed the messages a person's keys send.
#![allow(clippy::unwrap_used)]

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use chrono::{DateTime, Duration};

use super::*;
use crate::content::Content;
use crate::model::{Role, Store};
use crate::workbook::{Effect, Msg, ProgressTab, Session};

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
}

fn alex() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, now());
    store.past_foundations();
    Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    )
}

fn act(wb: &mut Workbook, a: Action) -> Vec<Effect> {
    wb.update(Msg::Action(a), now())
}

fn view(wb: &Workbook) -> &MeasureView {
    match wb.screen() {
        Screen::Measure(v) => v,
        other => panic!("not a questionnaire: {other:?}"),
    }
}

fn kept(wb: &Workbook) -> &[MeasureResult] {
    &wb.partner().unwrap().measures
}

/// Home's `m`, the list on the first one offered, Enter on GAD-7.
fn open_gad7(wb: &mut Workbook) {
    act(wb, Action::OpenMeasures);
    assert_eq!(view(wb).step, MeasureStep::Choose);
    assert_eq!(view(wb).choice, Some(0), "PHQ-9 first: never answered");
    act(wb, Action::Down);
    act(wb, Action::Select);
    assert_eq!(view(wb).measure().unwrap().id, "gad7");
}

#[test]
fn answered_one_item_at_a_time_then_kept_with_its_score_and_band() {
    let mut wb = alex();
    open_gad7(&mut wb);
    // No answer is chosen for the person: Enter first asks for one.
    act(&mut wb, Action::Select);
    assert!(wb.notice().unwrap().text.contains("Choose an answer"));
    assert!(kept(&wb).is_empty());
    // ↑↓ then Enter, or the answer's own number (scored from 0).
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Down);
    assert_eq!(view(&wb).choice, Some(1));
    act(&mut wb, Action::Select);
    for d in [3, 2, 0, 1, 2] {
        act(&mut wb, Action::Digit(d));
        assert!(kept(&wb).is_empty(), "nothing kept before the last item");
    }
    // A number past the item's answers is not an answer.
    act(&mut wb, Action::Digit(4));
    assert!(matches!(&view(&wb).step, MeasureStep::Item { answers, .. } if answers.len() == 6));
    let fx = act(&mut wb, Action::Digit(2));
    assert!(fx.saves(SaveTarget::Store));
    let r = &kept(&wb)[0];
    assert_eq!((r.measure.as_str(), r.total), ("gad7", 11));
    assert_eq!(r.answers, [1, 3, 2, 0, 1, 2, 2]);
    assert_eq!(
        view(&wb).step,
        MeasureStep::Done {
            measure: "gad7".into(),
            total: 11
        }
    );
    assert_eq!(view(&wb).context(), Context::MeasureDone);
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen(), Screen::Home(_)));
}

#[test]
fn esc_part_way_keeps_nothing_and_previous_goes_back_one() {
    let mut wb = alex();
    open_gad7(&mut wb);
    act(&mut wb, Action::Digit(2));
    act(&mut wb, Action::Digit(1));
    act(&mut wb, Action::Previous);
    // Back on question 2, its earlier answer highlighted.
    assert!(matches!(&view(&wb).step, MeasureStep::Item { answers, .. } if answers == &[2]));
    assert_eq!(view(&wb).choice, Some(1));
    let fx = act(&mut wb, Action::Back);
    assert!(matches!(wb.screen(), Screen::Home(_)));
    assert!(!fx.saves(SaveTarget::Store));
    assert!(kept(&wb).is_empty());
    assert!(wb.notice().unwrap().text.contains("Nothing"));
}

/// PHQ-9 item 9 above "Not at all" opens Help and safety at once, whatever
/// the total (here 1 of 27, "minimal"), and the answers are kept.
#[test]
fn phq9_item_9_above_not_at_all_opens_help_and_safety_at_once() {
    for (last, opens_help) in [(0, false), (1, true), (3, true)] {
        let mut wb = alex();
        act(&mut wb, Action::OpenMeasures);
        act(&mut wb, Action::Select);
        assert_eq!(view(&wb).measure().unwrap().id, "phq9");
        for _ in 0..8 {
            act(&mut wb, Action::Digit(0));
        }
        act(&mut wb, Action::Digit(last));
        assert_eq!(kept(&wb)[0].total, u16::from(last));
        if opens_help {
            assert!(matches!(wb.screen(), Screen::Safety(_)), "{last}");
            assert_eq!(wb.notice().unwrap().text, alert());
        } else {
            assert!(matches!(view(&wb).step, MeasureStep::Done { total: 0, .. }));
        }
    }
}

#[test]
fn opened_from_progress_it_goes_back_to_progress() {
    let mut wb = alex();
    act(&mut wb, Action::OpenProgress);
    act(&mut wb, Action::Toggle);
    act(&mut wb, Action::OpenMeasures);
    assert_eq!(view(&wb).context(), Context::MeasureList);
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen(), Screen::Progress(v) if v.tab == ProgressTab::Strategies));
}

/// Offered at the start, then again two weeks after each was answered.
#[test]
fn offered_at_the_start_then_about_every_two_weeks() {
    let mut wb = alex();
    let ids = |wb: &Workbook, days| -> Vec<String> {
        wb.measures_due(now() + Duration::days(days))
            .iter()
            .map(|m| m.id.clone())
            .collect()
    };
    assert_eq!(ids(&wb, 0), ["phq9", "gad7", "csi4"]);
    open_gad7(&mut wb);
    for _ in 0..7 {
        act(&mut wb, Action::Digit(0));
    }
    assert_eq!(ids(&wb, 0), ["phq9", "csi4"]);
    assert_eq!(ids(&wb, 13), ["phq9", "csi4"]);
    assert_eq!(ids(&wb, 14), ["phq9", "gad7", "csi4"]);
    // The list opens on the first offered.
    act(&mut wb, Action::Select);
    act(&mut wb, Action::OpenMeasures);
    assert_eq!(view(&wb).choice, Some(0));
}

/// A questionnaire the therapist asks for is a row of the homework list:
/// Enter opens its first question, and Esc or the score go back there.
#[test]
fn the_homework_list_opens_a_questionnaire_directly() {
    let mut wb = alex();
    let src = "assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\nmeasures = [\"csi4\"]\n\n[[step]]\nstrategy = \"open-communication\"\n";
    let plan = crate::homework::parse(std::path::Path::new("hw.toml"), src, wb.content()).unwrap();
    let me = wb.active().unwrap();
    crate::homework::attach(wb.store_mut(), plan.into_assignment(me, now()));
    let row = wb
        .home_items()
        .iter()
        .position(|i| *i == crate::workbook::HomeItem::Homework)
        .unwrap();
    act(&mut wb, Action::Top);
    for _ in 0..row {
        act(&mut wb, Action::Down);
    }
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen(), Screen::Homework(_)));
    act(&mut wb, Action::Bottom);
    act(&mut wb, Action::Select);
    assert_eq!(view(&wb).measure().unwrap().id, "csi4");
    assert!(matches!(&view(&wb).step, MeasureStep::Item { answers, .. } if answers.is_empty()));
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen(), Screen::Homework(v) if v.list.selected == 1));
    act(&mut wb, Action::Select);
    for d in [4, 4, 4, 4] {
        act(&mut wb, Action::Digit(d));
    }
    assert_eq!(kept(&wb)[0].total, 16);
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen(), Screen::Homework(_)));
}
