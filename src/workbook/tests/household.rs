//! One person or a couple: a third is refused wherever they would join.

use super::*;
use crate::model::SaveTarget;

fn couple() -> Store {
    crate::testing::couple_store(None, None).0
}

/// Stumble 13 of issue 28: "Someone new…" was offered in a two-person
/// workbook, then refused with "Error:". It is not offered; the last row
/// is the second person, and the picker says where a third can write.
#[test]
fn a_couples_picker_does_not_offer_someone_new() {
    let store = couple();
    let mut wb = Workbook::new(content(), store.clone(), Session::default(), None);
    assert_eq!(wb.context(), Context::Picker);
    assert!(!wb.here().picker_offers_someone_new());
    act(&mut wb, Action::Bottom);
    let fx = act(&mut wb, Action::Select);
    assert_eq!(wb.partner().map(|p| p.name.as_str()), Some("Sam"));
    assert!(!fx.saves(SaveTarget::Store), "nothing is saved: {fx:?}");
    assert!(wb.notice().is_none(), "no error: {:?}", wb.notice());
    assert_eq!(wb.store().partners, store.partners, "no one added");
}

#[test]
fn a_new_name_with_profile_joins_one_person_but_not_a_couple() {
    let mut one = Store::default();
    one.add_partner("Alex", Role::Hurt, t0());
    let wb = Workbook::new(content(), one, Session::default(), Some("Sam"));
    assert_eq!(wb.context(), Context::Welcome, "a second person may join");

    let wb = Workbook::new(content(), couple(), Session::default(), Some("Kim"));
    assert_eq!(wb.context(), Context::Picker, "a third may not");
    let notice = wb.notice().map(|n| n.text.clone()).unwrap_or_default();
    assert!(notice.contains("--data-dir"), "{notice}");
}

#[test]
fn with_one_person_someone_new_still_opens_the_welcome() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    let session = Session {
        ask_who: true,
        ..Session::default()
    };
    let mut wb = Workbook::new(content(), store, session, None);
    assert_eq!(wb.context(), Context::Picker);
    act(&mut wb, Action::Bottom);
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::Welcome);
}
