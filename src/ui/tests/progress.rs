//! The progress screen at 80x24 with the report fixture's history (Alex
//! and Sam, a few weeks of check-ins with gaps, strategies done and under
//! way, commitments kept and partly kept), in colour and without.

use super::*;
use crate::report::fixture;

/// Alex on the progress screen on the fixture's "now".
fn alex_progress(share: bool) -> Workbook {
    let f = fixture::fixture();
    let mut store = f.store;
    store.partner_mut(f.sam).unwrap().share_checkin_numbers = share;
    store.partner_mut(f.alex).unwrap().share_checkin_numbers = true;
    let mut wb = Workbook::new(Arc::new(f.content), store, Session::default(), Some("Alex"));
    wb.update(Msg::Action(Action::OpenProgress), fixture::now());
    wb
}

fn at_now(wb: &mut Workbook, a: Action) {
    wb.update(Msg::Action(a), fixture::now());
}

#[test]
fn progress_check_ins_over_two_weeks_in_colour_and_plain() {
    let wb = alex_progress(true);
    snap!("progress_two_weeks", wb);
    let t = styles_and_plain!(wb, "progress_styles", "progress_plain");
    let text = screen_text(&t);
    // Both lines, each named beside its own marker, and no one's notes.
    assert!(text.contains("• Alex") && text.contains("▄ Sam"), "{text}");
    assert!(text.contains('•') && text.contains('▄'));
    assert!(!text.contains("NOTE"), "{text}");
    assert!(text.contains("[2 weeks]"));
    // The note under the charts is read to its end at 80x24, not cut.
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Notes are never shared."), "{text}");
}

#[test]
fn progress_ranges_and_the_strategies_timeline() {
    let mut wb = alex_progress(true);
    at_now(&mut wb, Action::NextRange);
    snap!("progress_three_months", wb);
    at_now(&mut wb, Action::NextRange);
    assert!(screen_text(&render(&wb)).contains("[all]"));
    at_now(&mut wb, Action::Toggle);
    snap!("progress_strategies", wb);
    let text = screen_text(&render(&wb));
    assert!(text.contains("done 4 Mar"), "{text}");
    assert!(text.contains("kept"), "{text}");
}

#[test]
fn a_partner_who_does_not_share_is_not_drawn() {
    let wb = alex_progress(false);
    let text = screen_text(&render(&wb));
    assert!(!text.contains("Sam"), "{text}");
    assert!(!text.contains('▄'), "{text}");
    assert!(text.contains("Only your own numbers"), "{text}");
}

#[test]
fn progress_with_no_history_says_how_to_begin() {
    let mut wb = alex();
    act(&mut wb, Action::OpenProgress);
    snap!("progress_empty", wb);
    assert!(screen_text(&render(&wb)).contains("No check-ins in the last 2 weeks yet"));
}

#[test]
fn years_of_daily_check_ins_by_both_partners_still_draw_quickly() {
    use crate::model::CheckIn;
    let f = fixture::fixture();
    let mut store = f.store;
    store.checkins.clear();
    for day in 0..1500i64 {
        for (author, trust) in [(f.alex, (day / 150) as u8), (f.sam, 10 - (day / 150) as u8)] {
            let at = fixture::now() - chrono::Duration::days(day);
            store.checkins.push(CheckIn::sample(author, at, trust));
        }
    }
    let mut wb = Workbook::new(Arc::new(f.content), store, Session::default(), Some("Alex"));
    wb.update(Msg::Action(Action::OpenProgress), fixture::now());
    wb.update(Msg::Action(Action::NextRange), fixture::now());
    wb.update(Msg::Action(Action::NextRange), fixture::now());
    let started = std::time::Instant::now();
    let t = render(&wb);
    let took = started.elapsed();
    eprintln!("progress, all of 3000 check-ins: drawn in {took:?}");
    let text = screen_text(&t);
    assert!(
        text.contains("[all]") && text.contains("1500 of 1500 days"),
        "{text}"
    );
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
}
