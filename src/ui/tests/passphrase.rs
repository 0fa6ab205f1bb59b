//! The passphrase screens: protect (typed twice), unlock (three tries).
//! The passphrase is never on screen, only its mask.

use super::*;

fn protecting() -> Workbook {
    let mut wb = alex();
    act(&mut wb, Action::Protect);
    wb
}

#[test]
fn protect_choose() {
    let wb = protecting();
    snap!("passphrase_choose", wb);
}

#[test]
fn protect_too_short_shows_the_mask_and_the_problem() {
    let mut wb = protecting();
    type_text(&mut wb, "short");
    act(&mut wb, Action::Select);
    type_text(&mut wb, "river sto");
    let screen = screen_text(&render(&wb));
    assert!(!screen.contains("river"), "{screen}");
    assert!(screen.contains("•••••••••"), "{screen}");
    snap!("passphrase_too_short", wb);
}

#[test]
fn protect_confirm() {
    let mut wb = protecting();
    type_text(&mut wb, "river stones");
    act(&mut wb, Action::Select);
    snap!("passphrase_confirm", wb);
}

#[test]
fn unlock_after_a_wrong_try() {
    let mut wb = protecting();
    for _ in 0..2 {
        type_text(&mut wb, "river stones");
        act(&mut wb, Action::Select);
    }
    // As at the next start: the words sealed, the key forgotten.
    let mut sealer = crate::vault::Sealer::default();
    let store = sealer.store_for_disk(wb.store()).unwrap().into_owned();
    let mut wb = Workbook::new(wb.content().clone(), store, Session::default(), None);
    type_text(&mut wb, "not it at all");
    act(&mut wb, Action::Select);
    snap!("passphrase_unlock_wrong", wb);
}
