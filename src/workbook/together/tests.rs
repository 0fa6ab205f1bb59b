//! The Together list opens a prompt where it can be answered, and the
//! couples items on home say why they are closed, in the person's own terms.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::content::Content;
use crate::keymap::Action;
use crate::model::{SafetyOutcome, Stage};
use crate::privacy::together::{Progress, progress, prompts};
use crate::testing::{act, t0};
use crate::workbook::safety_check::CouplesDoor;
use crate::workbook::{Msg, Screen, Workbook};

fn couple(alex: Option<SafetyOutcome>, sam: Option<SafetyOutcome>) -> Workbook {
    crate::testing::open_as_alex(crate::testing::couple_store(alex, sam).0)
}

/// Every together prompt of the pack opens, from the list, in its own
/// strategy ready to type; saving it answers it without moving the
/// strategy's own stage, and Esc returns to the list where it was left.
#[test]
fn each_together_prompt_opens_in_its_strategy_and_is_answered_there() {
    let clear = Some(SafetyOutcome::Clear);
    let all = prompts(&Content::bundled().unwrap());
    assert!(!all.is_empty());
    for (i, p) in all.iter().enumerate() {
        let mut wb = couple(clear, clear);
        let me = wb.active().unwrap();
        let home = wb.home_items();
        let at = home
            .iter()
            .position(|h| *h == crate::workbook::HomeItem::Together)
            .unwrap();
        act(&mut wb, Action::Top);
        for _ in 0..at {
            act(&mut wb, Action::Down);
        }
        act(&mut wb, Action::Select);
        for _ in 0..i {
            act(&mut wb, Action::Down);
        }
        act(&mut wb, Action::Select);
        let Screen::Strategy(v) = wb.screen() else {
            panic!("prompt {i} did not open in its strategy: {:?}", wb.screen());
        };
        assert_eq!(wb.content().strategies[v.index].id, p.strategy);
        assert_eq!(
            wb.context(),
            crate::keymap::Context::Editor,
            "ready to type"
        );
        for c in "We both said it.".chars() {
            let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            wb.update_now(Msg::Input(key), t0());
        }
        act(&mut wb, Action::Save);
        assert_eq!(progress(wb.store(), me, p), Progress::Waiting, "prompt {i}");
        let own = wb.store().partner(me).unwrap().progress(&p.strategy).stage;
        assert!(
            matches!(own, Stage::NotStarted),
            "the strategy's own place moved: {own:?}"
        );
        act(&mut wb, Action::Back);
        let Screen::Together(list) = wb.screen() else {
            panic!("Esc did not go back to the list: {:?}", wb.screen());
        };
        assert_eq!(list.selected, i);
    }
}

/// What home says of closed couples items names only the person's own
/// reason; whatever the other partner answered, they read the same words.
#[test]
fn home_says_why_couples_items_are_closed_without_pointing_at_the_partner() {
    let door = |alex, sam| {
        let wb = couple(alex, sam);
        CouplesDoor::of(wb.store(), wb.active().unwrap())
    };
    let clear = Some(SafetyOutcome::Clear);
    let concern = Some(SafetyOutcome::Concern);
    assert_eq!(door(clear, clear), CouplesDoor::Open);
    assert_eq!(door(clear, clear).why_closed(), None);
    assert_eq!(door(None, clear), CouplesDoor::OwnCheckFirst);
    assert_eq!(door(concern, clear), CouplesDoor::OwnConcern);
    // Sam not answered yet, or Sam's concern: Alex cannot tell which.
    assert_eq!(
        door(clear, None).why_closed(),
        door(clear, concern).why_closed()
    );
    let closed = door(clear, concern).why_closed().unwrap();
    assert!(
        !closed.contains("Sam") && !closed.contains("partner"),
        "{closed}"
    );
}

/// Home has one row of summary at 80x24 with two people: each reason fits
/// in it whole (76 columns inside the margins), never cut mid-sentence.
#[test]
fn each_reason_fits_home_s_one_summary_row_at_80x24() {
    use unicode_width::UnicodeWidthStr;
    for door in [
        CouplesDoor::OwnCheckFirst,
        CouplesDoor::OwnConcern,
        CouplesDoor::NotAvailable,
    ] {
        let why = door.why_closed().unwrap();
        assert!(why.width() <= 76, "{door:?}: {why}");
    }
}
