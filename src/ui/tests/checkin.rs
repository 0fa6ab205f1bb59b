//! The check-in form at 80x24: empty, part filled with an error, with a
//! commitment waiting for review, in colour and without.

use chrono::Duration;

use super::*;
use crate::model::{Commitment, Transition};

/// Alex practising the first strategy's commitment since `now()`.
fn practising(wb: &mut Workbook) {
    let id = wb.store_mut().fresh_id();
    let strategy = wb.content().strategies[0].id.clone();
    let since = now().date_naive();
    let p = wb.store_mut().partner_mut(1).unwrap();
    p.commitments.push(Commitment {
        id,
        strategy: strategy.clone(),
        text: "Ask one open question a day, and listen to the whole answer.".into(),
        suggestion: None,
        started: since,
        created: now(),
        review: None,
    });
    let pr = p.progress.entry(strategy).or_default();
    pr.apply(Transition::Open, now()).unwrap();
    pr.apply(Transition::BeginReflecting { prompts: 0 }, now())
        .unwrap();
    pr.apply(
        Transition::Commit {
            commitment: id,
            since,
        },
        now(),
    )
    .unwrap();
}

#[test]
fn the_check_in_form() {
    let mut wb = alex();
    act(&mut wb, Action::Down);
    snap!("home_check_in_offered", wb);
    act(&mut wb, Action::OpenCheckIn);
    snap!("checkin_empty", wb);
    // Nothing set: nothing to save, and the screen says what to do.
    act(&mut wb, Action::Save);
    snap!("checkin_missing", wb);
    let text = screen_text(&render(&wb));
    assert!(text.contains("Nothing is filled in yet"), "{text}");
    acts(
        &mut wb,
        &[
            Action::Digit(4),
            Action::Down,
            Action::Digit(6),
            Action::Down,
        ],
    );
    let text = screen_text(&render(&wb));
    assert!(text.contains("[4]") && text.contains("[6]"));
    // The help lists the ten number keys on one line, not ten.
    act(&mut wb, Action::Help);
    let help = screen_text(&render(&wb));
    assert_eq!(help.matches("0-9").count(), 1, "{help}");
    assert!(help.contains("number") && help.contains("Space"), "{help}");
}

#[test]
fn the_check_in_with_a_review_due_in_colour_and_plain() {
    let mut wb = alex();
    practising(&mut wb);
    act_at(&mut wb, Action::OpenCheckIn, 8);
    acts(
        &mut wb,
        &[
            Action::Digit(3),
            Action::Down,
            Action::Digit(5),
            Action::Down,
            Action::Down,
            Action::Down,
            Action::Down,
            // Feelings: the second one.
            Action::Right,
            Action::Toggle,
            Action::Down,
            // Body signs: the second one.
            Action::Right,
            Action::Toggle,
            Action::Down,
        ],
    );
    type_text(&mut wb, "Tired \u{1b}[2J but calmer.");
    wb.update(Msg::Tick, now() + Duration::days(8));
    snap!("checkin_review_due", wb);
    let t = styles_and_plain!(wb, "checkin_styles", "checkin_plain");
    let text = screen_text(&t);
    assert!(text.contains("[x] Tight or tense muscles"), "{text}");
    assert!(text.contains("[x] Anger"), "{text}");
    assert!(text.contains("Commitments whose week is up"), "{text}");
    assert!(text.contains("1. Open communication: "), "{text}");
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn after_a_strategy_is_done_home_suggests_a_few_days_of_practice() {
    let mut wb = alex();
    super::flows::finish_strategy(&mut wb, 0);
    snap!("home_pause_after_done", wb);
    let text = screen_text(&render(&wb));
    assert!(
        text.contains("Suggested next: 2. Transparency, after 3 days' practice"),
        "{text}"
    );
    act_at(&mut wb, Action::Down, 2);
    assert!(screen_text(&render(&wb)).contains("after a day's practice"));
    act_at(&mut wb, Action::Down, 3);
    assert!(!screen_text(&render(&wb)).contains("practice"));
    // Never blocking: the next step opens at once during the pause.
    act(&mut wb, Action::Next);
    assert!(matches!(wb.screen(), Screen::Strategy(_)));
}

#[test]
fn home_offers_a_due_review_quietly() {
    let mut wb = alex();
    practising(&mut wb);
    act_at(&mut wb, Action::Top, 6);
    let text = screen_text(&render(&wb));
    assert!(!text.contains("review"), "{text}");
    act_at(&mut wb, Action::Top, 7);
    let text = screen_text(&render(&wb));
    assert!(text.contains("c: a commitment to review"), "{text}");
    assert!(
        text.contains("Check in · a commitment is ready to review"),
        "{text}"
    );
}
