use chrono::Duration;

use super::*;
use crate::model::{PartnerId, Role, Store, Timestamp};
use crate::privacy::trust_lines_for;
use crate::testing::t0;

fn day(n: u64) -> NaiveDate {
    t0().date_naive() + Days::new(n)
}

fn checkin(author: PartnerId, at: Timestamp, trust: u8) -> CheckIn {
    CheckIn {
        author,
        at,
        mood: Some(3),
        trust: Some(trust),
        sleep: Some(2),
        appetite: Some(3),
        stress: Some(4),
        feelings: Default::default(),
        body_signs: Default::default(),
        note: Some("private words".into()),
    }
}

#[test]
fn two_weeks_covers_fourteen_days_ending_today() {
    let w = Window::new(Range::TwoWeeks, day(20), &[]);
    assert_eq!((w.start, w.end, w.days()), (day(7), day(20), 14));
    let w = Window::new(Range::ThreeMonths, day(200), &[]);
    assert_eq!(w.days(), 91);
}

#[test]
fn all_starts_at_the_first_check_in_or_today() {
    let cs = [checkin(1, t0() + Duration::days(3), 5), checkin(1, t0(), 4)];
    let w = Window::new(Range::All, day(10), &cs);
    assert_eq!((w.start, w.days()), (day(0), 11));
    let w = Window::new(Range::All, day(10), &[]);
    assert_eq!(w.days(), 1);
}

#[test]
fn days_without_a_check_in_are_gaps_not_zeros() {
    let cs = [checkin(1, t0(), 2), checkin(1, t0() + Duration::days(5), 6)];
    let w = Window::new(Range::TwoWeeks, day(13), &cs);
    let pts = daily(&cs, 1, Measure::Trust, w);
    assert_eq!(pts, [(0.0, 2.0), (5.0, 6.0)]);
}

#[test]
fn two_check_ins_on_one_day_make_one_point_at_their_mean() {
    let cs = [
        checkin(1, t0(), 3),
        checkin(1, t0() + Duration::hours(8), 6),
    ];
    let w = Window::new(Range::TwoWeeks, day(0), &cs);
    assert_eq!(daily(&cs, 1, Measure::Trust, w), [(13.0, 4.5)]);
}

#[test]
fn one_check_in_is_one_point_and_others_authors_are_left_out() {
    let cs = [checkin(1, t0(), 7), checkin(2, t0(), 1)];
    let w = Window::new(Range::All, day(0), &cs);
    assert_eq!(daily(&cs, 1, Measure::Trust, w), [(0.0, 7.0)]);
    assert_eq!(daily(&cs, 1, Measure::Stress, w), [(0.0, 4.0)]);
    assert_eq!(daily(&cs, 3, Measure::Trust, w), []);
}

#[test]
fn check_ins_before_the_range_are_not_drawn() {
    let cs = [
        checkin(1, t0(), 7),
        checkin(1, t0() + Duration::days(30), 8),
    ];
    let w = Window::new(Range::TwoWeeks, day(30), &cs);
    assert_eq!(daily(&cs, 1, Measure::Trust, w), [(13.0, 8.0)]);
}

#[test]
fn hundreds_of_points_are_thinned_to_what_fits_and_keep_their_shape() {
    let cs: Vec<CheckIn> = (0..600)
        .map(|i| checkin(1, t0() + Duration::days(i), (i / 60) as u8))
        .collect();
    let w = Window::new(Range::All, day(599), &cs);
    let pts = daily(&cs, 1, Measure::Trust, w);
    assert_eq!(pts.len(), 600);
    let thin = thin(&pts, w, 60);
    assert!(thin.len() <= 60, "{}", thin.len());
    assert!(thin.windows(2).all(|p| p[0].0 < p[1].0 && p[0].1 <= p[1].1));
    assert_eq!(thin.first().map(|p| p.1), Some(0.0));
    assert_eq!(thin.last().map(|p| p.1), Some(9.0));
    // Few points are left as they are.
    assert_eq!(super::thin(&pts[..3], w, 60), &pts[..3]);
}

#[test]
fn sparkline_spans_the_scale() {
    assert_eq!(sparkline(&[0, 5, 10], 10), "▁▅█");
    assert_eq!(sparkline(&[], 10), "");
    assert_eq!(sparkline(&[12], 10), "█");
}

#[test]
fn last_trust_is_the_latest_n_oldest_first() {
    let cs: Vec<CheckIn> = (0..20)
        .rev()
        .map(|i| checkin(1, t0() + Duration::days(i), (i % 11) as u8))
        .collect();
    let last = last_trust(&cs, 1, 14);
    assert_eq!(last.len(), 14);
    assert_eq!(last.first(), Some(&6));
    assert_eq!(last.last(), Some(&8));
    assert_eq!(last_checkin(&cs, 1).map(|c| c.trust), Some(Some(8)));
}

/// Two partners whose safety checks are clear, both sharing their numbers.
fn sharing_couple() -> (Store, PartnerId, PartnerId) {
    let mut s = Store::default();
    let alex = s.add_partner("Alex", Role::Hurt, t0());
    let sam = s.add_partner("Sam", Role::Repairing, t0());
    for p in &mut s.partners {
        p.safety_check = Some(crate::model::SafetyOutcome::Clear);
        p.share_checkin_numbers = true;
    }
    (s, alex, sam)
}

#[test]
fn a_new_partner_shares_no_numbers_until_they_choose_to() {
    let mut s = Store::default();
    let alex = s.add_partner("Alex", Role::Hurt, t0());
    let sam = s.add_partner("Sam", Role::Repairing, t0());
    for p in &mut s.partners {
        p.safety_check = Some(crate::model::SafetyOutcome::Clear);
    }
    let ids = |s: &Store, v| {
        trust_lines_for(s, v, true)
            .iter()
            .map(|p| p.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&s, alex), [alex], "neither pressed s");
    s.partner_mut(alex).unwrap().share_checkin_numbers = true;
    assert_eq!(ids(&s, alex), [alex], "Sam has not");
    assert_eq!(ids(&s, sam), [sam]);
}

#[test]
fn numbers_are_never_drawn_together_while_couples_mode_is_off() {
    let (mut s, alex, sam) = sharing_couple();
    s.partner_mut(sam).unwrap().safety_check = Some(crate::model::SafetyOutcome::Concern);
    assert_eq!(trust_lines_for(&s, alex, true).len(), 1);
    assert_eq!(trust_lines_for(&s, sam, true).len(), 1);
    s.partner_mut(sam).unwrap().safety_check = None;
    assert_eq!(
        trust_lines_for(&s, alex, true).len(),
        1,
        "Sam has not answered"
    );
}

#[test]
fn partners_see_each_others_trust_only_when_both_allow_it() {
    let (mut s, alex, sam) = sharing_couple();
    let ids = |s: &Store, v| {
        trust_lines_for(s, v, true)
            .iter()
            .map(|p| p.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&s, alex), [alex, sam]);
    assert_eq!(ids(&s, sam), [sam, alex]);
    s.partner_mut(sam).unwrap().share_checkin_numbers = false;
    assert_eq!(ids(&s, alex), [alex]);
    assert_eq!(ids(&s, sam), [sam]);
    s.partner_mut(sam).unwrap().share_checkin_numbers = true;
    s.partner_mut(alex).unwrap().share_checkin_numbers = false;
    assert_eq!(ids(&s, alex), [alex]);
    assert_eq!(ids(&s, sam), [sam]);
    assert!(trust_lines_for(&s, 99, true).is_empty());
}

#[test]
fn a_store_that_does_not_say_shares_no_numbers() {
    let json = r#"{"id":1,"name":"Alex","role":"hurt","created":"2026-03-01T09:00:00+01:00"}"#;
    let p: Partner = serde_json::from_str(json).unwrap();
    assert!(!p.share_checkin_numbers);
    // Off is not written, so such a store saves back as it was.
    assert!(!serde_json::to_string(&p).unwrap().contains("share_checkin"));
}

#[test]
fn a_span_maps_days_to_columns_and_clips_to_the_window() {
    let w = Window {
        start: day(0),
        end: day(9),
    };
    assert_eq!(span(day(0), day(9), w, 20), Some((0, 18)));
    assert_eq!(span(day(5), day(5), w, 20), Some((10, 10)));
    // Started before the window: drawn from its left edge.
    let later = Window {
        start: day(5),
        end: day(14),
    };
    assert_eq!(span(day(0), day(6), later, 10), Some((0, 1)));
    assert_eq!(span(day(0), day(2), later, 10), None);
    assert_eq!(span(day(0), day(2), w, 0), None);
}

#[test]
fn the_timeline_starts_at_the_first_thing_done() {
    let mut s = Store::default();
    let alex = s.add_partner("Alex", Role::Hurt, t0());
    let today = day(30);
    let p = s.partner(alex).unwrap().clone();
    assert_eq!(timeline_window(&p, &[], today).start, today);
    let mut p = p;
    let mut pr = crate::model::StrategyProgress::default();
    pr.apply(crate::model::Transition::Open, t0() + Duration::days(4))
        .unwrap();
    p.progress.insert("x".into(), pr);
    assert_eq!(timeline_window(&p, &[], today).start, day(4));
    let cs = [checkin(alex, t0() + Duration::days(2), 5)];
    assert_eq!(timeline_window(&p, &cs, today).start, day(2));
}

#[test]
fn a_strip_shows_gaps_as_dots_and_values_as_bars() {
    let w = Window {
        start: day(0),
        end: day(4),
    };
    let pts = [(0.0, 1.0), (2.0, 5.0), (4.0, 3.0)];
    assert_eq!(strip(&pts, w, 5, (1.0, 5.0)), "▁·█·▅");
    // Wider than the days: each day takes its share of columns.
    assert_eq!(strip(&pts, w, 10, (1.0, 5.0)).chars().count(), 10);
    assert_eq!(strip(&[], w, 3, (1.0, 5.0)), "···");
}

#[test]
fn the_share_check_ins_setting_turns_shared_lines_off_for_everyone() {
    let (s, a, _) = sharing_couple();
    assert_eq!(trust_lines_for(&s, a, true).len(), 2);
    let only: Vec<_> = trust_lines_for(&s, a, false).iter().map(|p| p.id).collect();
    assert_eq!(only, [a]);
}

/// A check-in with its trust skipped is still a day with a check-in (the
/// progress screen and walk say how many days have one).
#[test]
fn a_day_counts_as_checked_in_whatever_numbers_were_skipped() {
    let mut c = checkin(1, t0(), 5);
    c.trust = None;
    c.sleep = None;
    let mut same_day = checkin(1, t0() + Duration::hours(2), 4);
    same_day.trust = None;
    let other = checkin(2, t0(), 4);
    let cs = vec![c, same_day, other];
    let w = Window::new(Range::TwoWeeks, t0().date_naive(), &cs);
    assert_eq!(days_with_checkin(&cs, 1, w), 1);
    assert!(
        daily(&cs, 1, Measure::Trust, w).is_empty(),
        "no trust to draw that day, yet it was a day with a check-in"
    );
}
