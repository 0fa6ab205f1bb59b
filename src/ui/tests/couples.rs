//! Two partners: the cover between them, home with both, the shared view.

use super::*;
use crate::workbook::HomeItem;

#[test]
fn the_cover_between_two_partners() {
    let mut wb = couple();
    flows::answer_first_prompt(&mut wb, 0, "Something only Alex should read.");
    acts(&mut wb, &[Action::StopEditing, Action::Back]);
    act(&mut wb, Action::PassKeyboard);
    snap!("couples_cover", wb);
    let text = screen_text(&render(&wb));
    assert!(!text.contains("only Alex"), "{text}");
}

#[test]
fn home_for_two() {
    let mut wb = couple();
    act(&mut wb, Action::Bottom);
    snap!("couples_home", wb);
}

#[test]
fn the_shared_view_names_the_author_and_is_read_only() {
    let mut wb = couple();
    flows::answer_first_prompt(
        &mut wb,
        0,
        "We argued about the phone; I want us to talk first.",
    );
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    // Sharing is asked once, by name.
    act(&mut wb, Action::Toggle);
    let asked = screen_text(&render(&wb));
    assert!(
        asked.contains("Sam will be able to read this. Share?"),
        "{asked}"
    );
    act(&mut wb, Action::Confirm);
    acts(
        &mut wb,
        &[Action::Back, Action::PassKeyboard, Action::Select],
    );
    open(&mut wb, HomeItem::Shared);
    snap!("couples_shared", wb);
}

#[test]
fn the_shared_view_when_nothing_is_shared() {
    let mut wb = couple();
    open(&mut wb, HomeItem::Shared);
    snap!("couples_shared_empty", wb);
}

#[test]
fn a_question_of_the_safety_check() {
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    act(&mut wb, Action::Select);
    open(&mut wb, HomeItem::Shared);
    acts(&mut wb, &[Action::Down, Action::Down]);
    snap!("couples_safety_check", wb);
    // Enter with no answer chosen says so (stumble 3 of issue 28).
    let mut fresh = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    act(&mut fresh, Action::Select);
    open(&mut fresh, HomeItem::Shared);
    act(&mut fresh, Action::Select);
    let said = screen_text(&render(&fresh));
    assert!(said.contains("Choose one of the three answers"), "{said}");
    // Every question answered: the answers to confirm, before any is kept.
    act(&mut wb, Action::Select);
    for _ in 1..wb.content().safety.checks.len() {
        acts(&mut wb, &[Action::Down, Action::Select]);
    }
    snap!("couples_safety_check_confirm", wb);
}

#[test]
fn together_prompts_and_the_reveal() {
    let mut wb = couple();
    let p = crate::privacy::together::prompts(wb.content()).remove(0);
    for (name, text) in [
        (
            "Alex",
            "That I still think about it when we are quiet at dinner.",
        ),
        (
            "Sam",
            "How hard it is for me to find the right words, and that I keep trying.",
        ),
    ] {
        let author = wb.store().partner_by_name(name).unwrap().id;
        let id = wb.store_mut().fresh_id();
        wb.store_mut().entries.push(crate::model::Entry {
            id,
            author,
            kind: crate::model::EntryKind::Reflection {
                strategy: p.strategy.clone().into(),
                prompt: p.prompt.clone().into(),
            },
            heading: p.text.clone().into(),
            body: Body::Text(text.into()),
            visibility: crate::model::Visibility::Private,
            created: now(),
            updated: now(),
        });
    }
    open(&mut wb, HomeItem::Together);
    snap!("couples_together", wb);
    act(&mut wb, Action::Select);
    snap!("couples_reveal", wb);
}

#[test]
fn a_concern_shows_the_help_gently() {
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    act(&mut wb, Action::Select);
    open(&mut wb, HomeItem::Shared);
    for _ in wb.content().safety.checks.clone() {
        acts(&mut wb, &[Action::Down, Action::Down, Action::Select]);
    }
    act(&mut wb, Action::Select); // "These are my answers"
    snap!("couples_concern", wb);
}

/// Stumble 10 of issue 28: while couples features are closed, neither
/// partner was told what opens them. Home says it the same way whatever
/// the other check showed (not answered, or a concern), so it tells
/// nothing about the other person; the one who has not answered is told
/// their own check comes first.
#[test]
fn closed_couples_features_say_what_opens_them_to_both_alike() {
    let seen = |other: Option<crate::model::SafetyOutcome>| {
        let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
        wb.store_mut().partners[0].safety_check = Some(crate::model::SafetyOutcome::Clear);
        wb.store_mut().partners[1].safety_check = other;
        act(&mut wb, Action::Select); // the picker: Alex
        let n = wb
            .home_items()
            .iter()
            .position(|i| *i == HomeItem::Together)
            .unwrap();
        act(&mut wb, Action::Top);
        for _ in 0..n {
            act(&mut wb, Action::Down);
        }
        screen_text(&render(&wb))
    };
    let not_yet = seen(None);
    let concern = seen(Some(crate::model::SafetyOutcome::Concern));
    assert_eq!(not_yet, concern, "nothing tells the two apart");
    assert!(
        not_yet.contains("They need a short private check from each of you first."),
        "{not_yet}"
    );
    // Sam, who has not answered, is told that his own check opens them.
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    wb.store_mut().partners[0].safety_check = Some(crate::model::SafetyOutcome::Clear);
    acts(&mut wb, &[Action::Down, Action::Select]); // the picker: Sam
    let n = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Together)
        .unwrap();
    act(&mut wb, Action::Top);
    for _ in 0..n {
        act(&mut wb, Action::Down);
    }
    let sam = screen_text(&render(&wb));
    assert!(sam.contains("private safety questions"), "{sam}");
}
