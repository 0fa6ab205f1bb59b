//! The check-in form driven by the messages a person's keys send.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate};

use ratatui_textarea::TextArea;

use super::form::MAX_NOTE;
use super::*;
use crate::keymap::Context;
use crate::model::{Kept, Role, Store};
use crate::testing::{t0, type_text};
use crate::workbook::{Effect, ListView, Msg, Session};

fn alex() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    )
}

fn act_at(wb: &mut Workbook, a: Action, at: Timestamp) -> Vec<Effect> {
    wb.update(Msg::Action(a), at)
}

fn act(wb: &mut Workbook, a: Action) -> Vec<Effect> {
    act_at(wb, a, t0())
}

fn acts(wb: &mut Workbook, actions: &[Action]) {
    for a in actions {
        act(wb, *a);
    }
}

fn form(wb: &Workbook) -> &CheckInForm {
    match &wb.screen {
        Screen::CheckIn(f) => f,
        other => panic!("not on the check-in: {other:?}"),
    }
}

/// Mood 4, trust 10 (typed "1", "0"), sleep 2, appetite 3 (from the middle
/// with →, then ←), stress 5.
fn fill_numbers(wb: &mut Workbook) {
    use Action::*;
    acts(
        wb,
        &[
            Digit(4),
            Down,
            Digit(1),
            Digit(0),
            Down,
            Digit(2),
            Down,
            Right,
            Right,
            Left,
            Down,
            Digit(5),
        ],
    );
}

#[test]
fn a_whole_check_in_by_keyboard_is_saved_and_goes_home() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    assert_eq!(wb.context(), Context::CheckIn);
    fill_numbers(&mut wb);
    // Feelings: the first and the last (hope, after the harder ones).
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Toggle);
    for _ in 0..wb.content.foundations.emotions.len() {
        act(&mut wb, Action::Right);
    }
    act(&mut wb, Action::Toggle);
    // Body signs: tick the second one.
    acts(&mut wb, &[Action::Down, Action::Right, Action::Toggle]);
    act(&mut wb, Action::Down);
    assert_eq!(wb.context(), Context::CheckInNote);
    type_text(&mut wb, "Slept badly, talked at dinner.");
    let fx = act(&mut wb, Action::Save);
    assert!(fx.saves(SaveTarget::Store));
    assert!(matches!(wb.screen, Screen::Home(_)));
    let c = wb.store.checkins.last().unwrap();
    assert_eq!(
        (c.mood, c.trust, c.sleep, c.appetite, c.stress),
        (Some(4), Some(10), Some(2), Some(3), Some(5))
    );
    let second = &wb.content.foundations.body_signs[1].id;
    assert_eq!(c.body_signs.iter().collect::<Vec<_>>(), [second]);
    let emotions = &wb.content.foundations.emotions;
    let (first, last) = (&emotions[0].id, &emotions[emotions.len() - 1].id);
    let mut felt: Vec<&String> = c.feelings.iter().collect();
    felt.sort();
    let mut expected = vec![first, last];
    expected.sort();
    assert_eq!(felt, expected);
    assert!(c.feelings.contains("hope"), "hope is offered last");
    assert_eq!(c.note.as_deref(), Some("Slept badly, talked at dinner."));
    assert_eq!(c.at, t0());
    assert!(wb.here().checked_in_today(t0()));
    assert!(!wb.here().checked_in_today(t0() + Duration::days(1)));
}

#[test]
fn an_empty_check_in_is_not_saved_and_says_what_to_do() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    let fx = act(&mut wb, Action::Save);
    assert!(fx.is_empty());
    assert!(wb.store.checkins.is_empty());
    let err = form(&wb).error.as_deref().unwrap();
    assert!(err.contains("Nothing is filled in yet"), "{err}");
}

/// Every number may be skipped: for each of the 32 ways of setting some
/// lines and leaving the others blank (one cleared with Backspace after
/// being set), the saved check-in holds exactly the numbers set, and a
/// write and read of the store keeps the blanks blank.
#[test]
fn any_line_can_be_skipped_and_stays_skipped_on_disk() {
    for mask in 0u8..32 {
        let mut wb = alex();
        act(&mut wb, Action::OpenCheckIn);
        for (i, _) in Scale::ALL.iter().enumerate() {
            act(&mut wb, Action::Digit(3));
            if mask & (1 << i) == 0 {
                act(&mut wb, Action::Skip);
            }
            act(&mut wb, Action::Down);
        }
        if mask == 0 {
            // Nothing set at all: give it a feeling so there is something.
            act(&mut wb, Action::Toggle);
        }
        act(&mut wb, Action::Save);
        assert_eq!(wb.store.checkins.len(), 1, "mask {mask:05b}");
        let c = wb.store.checkins[0].clone();
        let got = [c.mood, c.trust, c.sleep, c.appetite, c.stress];
        for (i, v) in got.iter().enumerate() {
            let want = (mask & (1 << i) != 0).then_some(3);
            assert_eq!(*v, want, "mask {mask:05b}, line {i}");
        }
        let json = serde_json::to_string(&wb.store).unwrap();
        let back: Store = serde_json::from_str(&json).unwrap();
        assert_eq!(back.checkins[0], c, "mask {mask:05b}");
    }
}

#[test]
fn numbers_outside_a_scale_are_refused_with_its_range() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    act(&mut wb, Action::Digit(0));
    assert_eq!(form(&wb).value(Scale::Mood), None);
    assert!(form(&wb).error.as_deref().unwrap().contains("1 to 5"));
    act(&mut wb, Action::Digit(9));
    assert_eq!(form(&wb).value(Scale::Mood), None);
    act(&mut wb, Action::Digit(5));
    assert_eq!(form(&wb).value(Scale::Mood), Some(5));
    assert_eq!(form(&wb).error, None);
    // Arrows stop at the ends.
    acts(&mut wb, &[Action::Right, Action::Right]);
    assert_eq!(form(&wb).value(Scale::Mood), Some(5));
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Digit(0));
    assert_eq!(form(&wb).value(Scale::Trust), Some(0));
    acts(&mut wb, &[Action::Left]);
    assert_eq!(form(&wb).value(Scale::Trust), Some(0));
}

#[test]
fn validation_rejects_values_out_of_range_and_unknown_signs() {
    let content = Content::bundled().unwrap();
    let mut f = CheckInForm {
        values: [Some(3), Some(11), Some(3), Some(3), Some(3)],
        ..CheckInForm::default()
    };
    assert!(
        f.validate(1, &content, t0())
            .unwrap_err()
            .contains("0 to 10")
    );
    f.values[1] = Some(10);
    f.signs.insert("not-a-sign".into());
    f.feelings.insert("not-a-feeling".into());
    f.feelings.insert("shame".into());
    let c = f.validate(1, &content, t0()).unwrap();
    assert!(c.body_signs.is_empty());
    assert_eq!(c.feelings.iter().collect::<Vec<_>>(), ["shame"]);
    assert_eq!(c.note, None);
    f.note = TextArea::new(vec!["x".repeat(MAX_NOTE + 1)]);
    assert!(f.validate(1, &content, t0()).is_err());
}

#[test]
fn leaving_a_filled_form_asks_first_and_an_empty_one_does_not() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen, Screen::Home(_)));

    act(&mut wb, Action::OpenCheckIn);
    act(&mut wb, Action::Digit(2));
    act(&mut wb, Action::Back);
    assert_eq!(wb.context(), Context::Confirm);
    act(&mut wb, Action::Cancel);
    assert_eq!(form(&wb).value(Scale::Mood), Some(2));
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Confirm);
    assert!(matches!(wb.screen, Screen::Home(_)));
    assert!(wb.store.checkins.is_empty());
}

#[test]
fn the_note_is_one_line_even_when_pasted() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    to_note(&mut wb);
    wb.update(Msg::Paste("one\ntwo\nthree".into()), t0());
    assert_eq!(form(&wb).note_text(), "one two three");
    assert_eq!(form(&wb).note.lines().len(), 1);
}

/// Alex practising a commitment in the first strategy since `t0`.
fn practising(wb: &mut Workbook) -> CommitmentId {
    let strategy = wb.content.strategies[0].id.clone();
    wb.store.practising_since(1, &strategy, t0())
}

#[test]
fn a_commitment_is_due_for_review_seven_days_after_it_started() {
    let mut wb = alex();
    let id = practising(&mut wb);
    let p = wb.partner().unwrap().clone();
    let day = |n: u64| t0().date_naive() + Days::new(n);
    assert!(due_reviews(&p, &wb.content, day(6)).is_empty());
    let due = due_reviews(&p, &wb.content, day(7));
    assert_eq!(due.len(), 1);
    assert_eq!((due[0].strategy, due[0].commitment), (0, id));
    assert_eq!(due_reviews(&p, &wb.content, day(30)).len(), 1);
    assert_eq!(due[0].started, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
}

#[test]
fn a_due_review_opens_the_strategys_own_review_and_is_saved_there() {
    let mut wb = alex();
    let id = practising(&mut wb);
    let later = t0() + Duration::days(8);
    act_at(&mut wb, Action::OpenCheckIn, later);
    let fields = CheckInForm::fields(1);
    assert_eq!(fields.last(), Some(&Field::Review(0)));
    for _ in 0..fields.len() {
        act_at(&mut wb, Action::Down, later);
    }
    assert_eq!(wb.context(), Context::CheckInReview);
    // Nothing was filled in: the review opens without a check-in.
    act_at(&mut wb, Action::Select, later);
    let Screen::Strategy(_) = &wb.screen else {
        panic!("not in the strategy")
    };
    let strategy = wb.content.strategies[0].id.clone();
    assert_eq!(
        wb.partner().unwrap().progress(&strategy).stage,
        Stage::Reviewing { commitment: id }
    );
    assert!(wb.store.checkins.is_empty());
    // The strategy's review: "partly", a line, Ctrl+S.
    act_at(&mut wb, Action::Down, later);
    act_at(&mut wb, Action::Select, later);
    type_text(&mut wb, "Most days, not at the weekend.");
    act_at(&mut wb, Action::Save, later);
    let p = wb.partner().unwrap();
    assert_eq!(p.progress(&strategy).stage, Stage::Done);
    let review = p.commitment(id).unwrap().review.clone().unwrap();
    assert_eq!(review.kept, Kept::Partly);
    assert!(review.entry.is_some());
    assert!(wb.here().due_reviews(later).is_empty());
}

#[test]
fn a_filled_check_in_is_saved_before_its_review_opens() {
    let mut wb = alex();
    practising(&mut wb);
    let later = t0() + Duration::days(7);
    act_at(&mut wb, Action::OpenCheckIn, later);
    fill_numbers(&mut wb);
    // Saving with a review waiting keeps the form open on the review.
    act_at(&mut wb, Action::Save, later);
    assert_eq!(wb.store.checkins.len(), 1);
    assert_eq!(form(&wb).focus, Field::Review(0));
    assert!(!form(&wb).is_touched());
    // Back from an empty form goes straight home.
    act_at(&mut wb, Action::Back, later);
    assert!(matches!(wb.screen, Screen::Home(ListView { .. })));
}

#[test]
fn a_check_in_late_in_the_evening_counts_for_that_day() {
    let late = DateTime::parse_from_rfc3339("2026-03-01T23:30:00-05:00").unwrap();
    let c = CheckIn {
        author: 1,
        at: late,
        mood: Some(3),
        trust: Some(3),
        sleep: Some(3),
        appetite: Some(3),
        stress: Some(3),
        feelings: Default::default(),
        body_signs: Default::default(),
        note: None,
    };
    let next_morning = DateTime::parse_from_rfc3339("2026-03-02T08:00:00-05:00").unwrap();
    assert!(checked_in_today(std::slice::from_ref(&c), 1, late));
    assert!(!checked_in_today(std::slice::from_ref(&c), 1, next_morning));
    assert!(!checked_in_today(&[c], 2, late));
}

#[test]
fn control_characters_never_reach_the_saved_note() {
    let content = Content::bundled().unwrap();
    let f = CheckInForm {
        values: [Some(3); 5],
        note: TextArea::new(vec!["calmer \u{1b}[2J today\u{7}".into()]),
        ..CheckInForm::default()
    };
    let c = f.validate(1, &content, t0()).unwrap();
    assert_eq!(c.note.as_deref(), Some("calmer [2J today"));
}

fn to_note(wb: &mut Workbook) {
    while wb.context() != Context::CheckInNote {
        act(wb, Action::Down);
    }
}

#[test]
fn quitting_with_a_complete_check_in_saves_it() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    fill_numbers(&mut wb);
    let fx = act(&mut wb, Action::Quit);
    assert!(fx.saves(SaveTarget::Store) && fx.contains(&Effect::Quit));
    assert_eq!(wb.store.checkins.len(), 1);
    let s = wb.session.for_partner(1).unwrap();
    assert!(s.drafts.is_empty());
}

#[test]
fn an_unfinished_check_ins_note_survives_a_crash_and_comes_back() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    act(&mut wb, Action::Digit(2));
    to_note(&mut wb);
    type_text(&mut wb, "Hard morning.");
    // Autosaved while typing, like any draft.
    let fx = wb.update(Msg::Tick, t0() + Duration::seconds(3));
    assert!(fx.saves(SaveTarget::Session));
    // The power goes (no quit): the note comes back from the session.
    assert!(wb.store.checkins.is_empty());

    let again = Workbook::new(
        Arc::clone(&wb.content),
        wb.store.clone(),
        wb.session.clone(),
        None,
    );
    assert_eq!(form(&again).note_text(), "Hard morning.");
    // Saved at last, the draft is gone.
    let mut wb = again;
    // On the note, so that letters typed at once go on it.
    assert_eq!(form(&wb).focus, Field::Note);
    type_text(&mut wb, " quite");
    assert_eq!(form(&wb).note_text(), "Hard morning. quite");
    while form(&wb).focus != Field::Scale(Scale::Mood) {
        act(&mut wb, Action::Up);
    }
    fill_numbers(&mut wb);
    act(&mut wb, Action::Save);
    assert_eq!(
        wb.store.checkins[0].note.as_deref(),
        Some("Hard morning. quite")
    );
    assert!(wb.session.for_partner(1).unwrap().drafts.is_empty());
}

/// With every number skippable, quitting in the middle keeps what was
/// filled in as the day's check-in: nothing typed is lost.
#[test]
fn quitting_a_half_filled_check_in_saves_what_is_there() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    act(&mut wb, Action::Digit(2));
    to_note(&mut wb);
    type_text(&mut wb, "Hard morning.");
    let fx = act(&mut wb, Action::Quit);
    assert!(fx.saves(SaveTarget::Store) && fx.contains(&Effect::Quit));
    let c = &wb.store.checkins[0];
    assert_eq!((c.mood, c.trust), (Some(2), None));
    assert_eq!(c.note.as_deref(), Some("Hard morning."));
    assert!(wb.session.for_partner(1).unwrap().drafts.is_empty());
}

#[test]
fn leaving_on_purpose_drops_the_note_draft() {
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    to_note(&mut wb);
    type_text(&mut wb, "never mind");
    wb.update(Msg::Tick, t0() + Duration::seconds(3));
    assert!(!wb.session.for_partner(1).unwrap().drafts.is_empty());
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Confirm);
    assert!(wb.session.for_partner(1).unwrap().drafts.is_empty());
    act(&mut wb, Action::OpenCheckIn);
    assert_eq!(form(&wb).note_text(), "");
}
