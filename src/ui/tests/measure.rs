//! A questionnaire at 80x24: the list, a question with its answers (the
//! terminal's cursor on the highlighted one), the score, and PHQ-9 item 9
//! opening Help and safety with the lines for where the person lives.

use super::*;

fn digits(wb: &mut Workbook, answers: &[u8]) {
    for d in answers {
        act(wb, Action::Digit(*d));
    }
}

#[test]
fn the_list_of_questionnaires() {
    let mut wb = alex();
    act(&mut wb, Action::OpenMeasures);
    let text = screen_text(&render(&wb));
    for words in [
        "Questionnaires",
        "PHQ-9",
        "GAD-7",
        "CSI-4",
        "offered now",
        "Kroenke",
    ] {
        assert!(text.contains(words), "no {words:?} in\n{text}");
    }
    snap!("measure_list", wb);
}

#[test]
fn one_question_at_a_time_with_its_answers_as_a_list() {
    let mut wb = alex();
    act(&mut wb, Action::OpenMeasures);
    act(&mut wb, Action::Select);
    digits(&mut wb, &[1, 2]);
    acts(&mut wb, &[Action::Down, Action::Down]);
    let text = screen_text(&render(&wb));
    assert!(text.contains("PHQ-9 · question 3 of 9"), "{text}");
    assert!(text.contains("Trouble falling or staying asleep"), "{text}");
    assert!(text.contains("› 1  Several days"), "{text}");
    snap!("measure_question", wb);
}

#[test]
fn the_score_with_its_band_in_words_and_the_citation() {
    let mut wb = alex();
    act(&mut wb, Action::OpenMeasures);
    acts(&mut wb, &[Action::Bottom, Action::Select]);
    digits(&mut wb, &[3, 2, 3, 2]);
    wb.update(Msg::Saved(SaveTarget::Store, 1), now());
    let text = screen_text(&render(&wb));
    for words in [
        "CSI-4: 10 of 21",
        "below the cut-off (13.5)",
        "not a diagnosis",
        "Funk JL, Rogge RD",
        "Saved.",
    ] {
        assert!(text.contains(words), "no {words:?} in\n{text}");
    }
    snap!("measure_score", wb);
}

/// Whatever the total: eight "Not at all" and item 9 "Several days".
#[test]
fn phq9_item_9_opens_help_and_safety_with_the_crisis_lines_where_the_person_lives() {
    let mut wb = alex();
    let me = wb.active().unwrap();
    wb.store_mut().partner_mut(me).unwrap().country = Some("US".into());
    act(&mut wb, Action::OpenMeasures);
    act(&mut wb, Action::Select);
    digits(&mut wb, &[0, 0, 0, 0, 0, 0, 0, 0, 1]);
    let text = screen_text(&render(&wb));
    assert!(text.contains("Help and safety"), "{text}");
    assert!(text.contains("988 Suicide & Crisis Lifeline"), "{text}");
    assert!(text.contains("Thank you for answering honestly"), "{text}");
}

/// Home's quiet line offers them once the day's check-in is done, and `m`
/// opens them; answered, the line is quiet again.
#[test]
fn home_offers_them_quietly_after_the_check_in() {
    let mut wb = alex();
    let me = wb.active().unwrap();
    act(&mut wb, Action::Down);
    assert!(screen_text(&render(&wb)).contains("c: check in today"));
    wb.store_mut()
        .checkins
        .push(crate::model::CheckIn::sample(me, now(), 5));
    act(&mut wb, Action::Up);
    assert!(screen_text(&render(&wb)).contains("m: a questionnaire, when you like"));
    // Each opens on the first still offered; extra digits on the score
    // screen do nothing.
    for _ in 0..3 {
        act(&mut wb, Action::OpenMeasures);
        act(&mut wb, Action::Select);
        digits(&mut wb, &[0; 9]);
        act(&mut wb, Action::Select);
    }
    assert_eq!(wb.partner().unwrap().measures.len(), 3);
    let text = screen_text(&render(&wb));
    assert!(!text.contains("questionnaire"), "{text}");
}
