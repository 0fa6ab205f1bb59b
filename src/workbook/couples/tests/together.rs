//! Together prompts: no answer of the other partner before both are in.

use super::*;

/// `who` saves an answer to the first together prompt of the pack.
fn answer_together(wb: &mut Workbook, who: &str, text: &str) {
    let p = crate::privacy::together::prompts(&wb.content)
        .into_iter()
        .next()
        .unwrap();
    let author = wb.store.partner_by_name(who).unwrap().id;
    let id = wb.store.fresh_id();
    wb.store.entries.push(crate::model::Entry {
        id,
        author,
        kind: crate::model::EntryKind::Reflection {
            strategy: p.strategy.into(),
            prompt: p.prompt.into(),
        },
        heading: p.text.into(),
        body: crate::model::Body::Text(text.into()),
        visibility: Visibility::Private,
        created: t0(),
        updated: t0(),
    });
}

fn open_first_together(wb: &mut Workbook) {
    wb.screen = wb.home();
    open_home(wb, HomeItem::Together);
    assert_eq!(wb.context(), Context::Together);
    act(wb, Action::Top);
    act(wb, Action::Select);
}

#[test]
fn a_together_answer_stays_hidden_until_both_are_in() {
    let mut wb = couple();
    answer_together(&mut wb, "Sam", "SAMSECRET answer");
    // Alex has not answered: no reveal, nothing of Sam's on any screen.
    open_first_together(&mut wb);
    // Alex's turn: the prompt opens in its strategy, ready to answer, and
    // nothing of Sam's answer is there.
    assert_eq!(wb.context(), Context::Editor, "no reveal yet");
    let text = screen_text(&wb);
    assert!(!text.contains("SAMSECRET"), "{text}");
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    assert_eq!(wb.context(), Context::Together);
    let text = screen_text(&wb);
    assert!(!text.contains("SAMSECRET"), "{text}");
    assert!(text.contains("your turn"), "{text}");
    wb.screen = Screen::Journal(Box::default());
    assert!(!screen_text(&wb).contains("SAMSECRET"));
    // Even a hand-made reveal screen draws nothing before both are in.
    wb.screen = Screen::Reveal(crate::workbook::RevealView::default());
    assert!(!screen_text(&wb).contains("SAMSECRET"));

    answer_together(&mut wb, "Alex", "ALEXANSWER here");
    open_first_together(&mut wb);
    assert_eq!(wb.context(), Context::Reveal);
    let text = screen_text(&wb);
    assert!(text.contains("SAMSECRET"), "{text}");
    assert!(text.contains("ALEXANSWER"), "{text}");
}

#[test]
fn waiting_for_the_other_partner_reveals_nothing_either_way() {
    let mut wb = couple();
    answer_together(&mut wb, "Alex", "ALEXANSWER here");
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Select); // Sam, who has not answered
    open_first_together(&mut wb);
    assert_eq!(
        wb.context(),
        Context::Editor,
        "Sam's turn: opened to answer"
    );
    assert!(!screen_text(&wb).contains("ALEXANSWER"));
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    assert_eq!(wb.context(), Context::Together);
    assert!(!screen_text(&wb).contains("ALEXANSWER"));
}

#[test]
fn no_reveal_while_couples_mode_is_off() {
    let mut wb = couple_with(Some(SafetyOutcome::Clear), Some(SafetyOutcome::Concern));
    answer_together(&mut wb, "Alex", "ALEXANSWER here");
    answer_together(&mut wb, "Sam", "SAMSECRET answer");
    let me = wb.active.unwrap();
    let p = crate::privacy::together::prompts(&wb.content).remove(0);
    assert!(crate::privacy::together::reveal(&wb.store, me, &p).is_none());
    open_home(&mut wb, HomeItem::Together);
    assert_eq!(wb.context(), Context::Home);
    assert!(!screen_text(&wb).contains("SAMSECRET"));
}
