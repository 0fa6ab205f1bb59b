//! Keys as a person presses them, through the key tables: the ones that
//! surprised people (issue 18).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::keymap;

/// Press one key as the event loop would: the screen's table first, the
/// focused text field otherwise.
fn press(wb: &mut Workbook, code: KeyCode) -> Vec<Effect> {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    match keymap::lookup(wb.context(), key) {
        Some(a) => wb.update_now(Msg::Action(a), t0()),
        None if wb.accepts_text() => wb.update_now(Msg::Input(key), t0()),
        None => Vec::new(),
    }
}

fn press_text(wb: &mut Workbook, text: &str) {
    for c in text.chars() {
        press(wb, KeyCode::Char(c));
    }
}

fn couple() -> Workbook {
    let (mut store, ..) = crate::testing::couple_store(None, None);
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), Some("Alex"));
    assert_eq!(wb.context(), Context::Home);
    wb.size = (80, 24);
    wb
}

#[test]
fn esc_on_home_does_nothing_and_q_quits() {
    let mut wb = with_partner(Role::Hurt);
    for _ in 0..3 {
        let fx = press(&mut wb, KeyCode::Esc);
        assert!(!fx.contains(&Effect::Quit), "{fx:?}");
        assert!(!wb.is_quitting());
        assert_eq!(wb.context(), Context::Home);
    }
    let fx = press(&mut wb, KeyCode::Char('q'));
    assert!(fx.contains(&Effect::Quit), "{fx:?}");
}

#[test]
fn esc_pressed_again_and_again_from_the_editor_never_leaves_the_program() {
    let mut wb = with_partner(Role::Hurt);
    press(&mut wb, KeyCode::Enter); // the first strategy
    press(&mut wb, KeyCode::Enter); // its first prompt
    assert_eq!(wb.context(), Context::Editor);
    press_text(&mut wb, "words");
    for _ in 0..5 {
        let fx = press(&mut wb, KeyCode::Esc);
        assert!(!fx.contains(&Effect::Quit), "{fx:?}");
        assert!(!wb.is_quitting());
    }
    assert_eq!(wb.context(), Context::Home);
}

#[test]
fn a_partner_back_at_the_keyboard_sees_their_draft_and_letters_go_on_writing_it() {
    let mut wb = couple();
    press(&mut wb, KeyCode::Enter);
    press(&mut wb, KeyCode::Enter);
    press_text(&mut wb, "half a thought");
    // Alex passes the keyboard with the words unsaved.
    press(&mut wb, KeyCode::Esc); // stop writing
    press(&mut wb, KeyCode::Esc); // home
    press(&mut wb, KeyCode::Char('s'));
    assert!(matches!(wb.screen, Screen::Cover(_)));
    press(&mut wb, KeyCode::Enter); // Sam
    press(&mut wb, KeyCode::Char('s'));
    press(&mut wb, KeyCode::Enter); // Alex again
    assert_eq!(wb.partner().unwrap().name, "Alex");
    assert!(matches!(wb.screen, Screen::Strategy(_)));
    assert_eq!(wb.editor().unwrap().text(), "half a thought");
    assert_eq!(wb.context(), Context::Draft, "shown, not focused");
    // No letter is a command: `s` (skip), `r` (guidance) and `p`
    // (previous) typed at once go on the words…
    press_text(&mut wb, " spr");
    assert_eq!(wb.editor().unwrap().text(), "half a thought spr");
    assert_eq!(wb.context(), Context::Editor);
    // …as after Enter.
    press(&mut wb, KeyCode::Esc);
    assert_eq!(wb.context(), Context::Prompt);
    press(&mut wb, KeyCode::Enter);
    press_text(&mut wb, "!");
    assert_eq!(wb.editor().unwrap().text(), "half a thought spr!");
}

#[test]
fn an_unsaved_journal_edit_comes_back_shown_and_letters_typed_go_on_writing_it() {
    let mut wb = with_partner(Role::Hurt);
    press(&mut wb, KeyCode::Enter);
    press(&mut wb, KeyCode::Enter);
    press_text(&mut wb, "saved words");
    wb.update_now(Msg::Action(Action::Save), t0());
    press(&mut wb, KeyCode::Esc);
    press(&mut wb, KeyCode::Esc);
    press(&mut wb, KeyCode::Char('J'));
    press(&mut wb, KeyCode::Char('e'));
    assert_eq!(wb.context(), Context::Editor);
    press_text(&mut wb, " and more");
    wb.update_now(Msg::Action(Action::Quit), t0());

    let mut again = Workbook::new(content(), wb.store.clone(), wb.session.clone(), None);
    assert_eq!(again.context(), Context::Draft);
    assert_eq!(again.editor().unwrap().text(), "saved words and more");
    // Letters typed at once on the draft shown are words, never commands
    // (`q` is not "back", `e` not "edit"): they go on writing it.
    press_text(&mut again, " quite");
    assert_eq!(again.context(), Context::Editor);
    assert_eq!(again.editor().unwrap().text(), "saved words and more quite");
    press_text(&mut again, ".");
    assert_eq!(
        again.editor().unwrap().text(),
        "saved words and more quite."
    );
    // Leaving it instead keeps the draft, as leaving the editor does.
    let mut third = Workbook::new(content(), wb.store.clone(), wb.session.clone(), None);
    press(&mut third, KeyCode::Esc);
    assert_eq!(third.context(), Context::JournalList);
    third.sync_session();
    let s = third.session.for_partner(third.active.unwrap()).unwrap();
    assert!(s.drafts.iter().any(|d| d.text == "saved words and more"));
}

#[test]
fn coming_back_home_keeps_the_cursor_where_it_was_left() {
    let mut wb = with_partner(Role::Hurt);
    let suggested = wb.suggested_next().unwrap();
    let items = wb.home_items();
    // From every item that opens a screen Esc leaves, the cursor comes back.
    for (n, item) in items.iter().enumerate() {
        if matches!(item, HomeItem::AddPartner | HomeItem::Strategy(_)) && n != 3 {
            continue;
        }
        press(&mut wb, KeyCode::Home);
        for _ in 0..n {
            press(&mut wb, KeyCode::Down);
        }
        press(&mut wb, KeyCode::Enter);
        for _ in 0..3 {
            if matches!(wb.screen, Screen::Home(_)) {
                break;
            }
            press(&mut wb, KeyCode::Esc);
        }
        let Screen::Home(list) = &wb.screen else {
            panic!("{item:?}: not back home: {:?}", wb.context());
        };
        assert_eq!(list.selected, n, "{item:?} (suggested is {suggested})");
    }
}

#[test]
fn j_and_k_move_between_the_check_in_lines_as_the_arrows_do() {
    let mut wb = with_partner(Role::Hurt);
    press(&mut wb, KeyCode::Char('c'));
    let focus = |wb: &Workbook| match &wb.screen {
        Screen::CheckIn(f) => f.focus,
        _ => panic!("not the check-in"),
    };
    assert_eq!(focus(&wb), CheckInField::Scale(Scale::Mood));
    press(&mut wb, KeyCode::Char('j'));
    assert_eq!(focus(&wb), CheckInField::Scale(Scale::Trust));
    press(&mut wb, KeyCode::Char('k'));
    assert_eq!(focus(&wb), CheckInField::Scale(Scale::Mood));
    // On the note, j and k are letters.
    while focus(&wb) != CheckInField::Note {
        press(&mut wb, KeyCode::Char('j'));
    }
    press_text(&mut wb, "jk");
    let Screen::CheckIn(f) = &wb.screen else {
        panic!()
    };
    assert_eq!(f.note_text(), "jk");
    press(&mut wb, KeyCode::Up);
    assert_eq!(focus(&wb), CheckInField::BodySigns);
}

/// Issue 25 item 10: one's own commitment, half written and left by a
/// quit, comes back as a draft; letters typed at once go on it (`r` is
/// "guidance" and arrows choose on that screen), none acts.
#[test]
fn a_reopened_own_commitment_takes_letters_typed_at_once() {
    let mut wb = with_partner(Role::Unsaid);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    let n = wb.content.strategies[0].prompts_for(Role::Unsaid).len();
    for _ in 0..n {
        act(&mut wb, Action::StopEditing);
        act(&mut wb, Action::Skip);
    }
    act(&mut wb, Action::Bottom);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "This week I will");
    act(&mut wb, Action::Quit);

    let mut again = Workbook::new(content(), wb.store.clone(), wb.session.clone(), None);
    assert_eq!(again.context(), Context::Draft);
    press_text(&mut again, " read it");
    assert_eq!(again.editor().unwrap().text(), "This week I will read it");
    assert!(matches!(&again.screen, Screen::Strategy(v) if !v.show_guidance));
    act(&mut again, Action::Save);
    assert_eq!(
        again.partner().unwrap().commitments[0].text,
        "This week I will read it"
    );
}
