//! "Leave this workbook" asked twice, and nothing before the second yes.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use super::*;
use crate::content::Content;
use crate::model::{Role, Session, Store};
use crate::testing::t0;
use crate::workbook::{Effect, Msg};

fn alex() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    let content = Arc::new(Content::bundled().unwrap_or_else(|e| panic!("{e}")));
    Workbook::new(content, store, Session::default(), None)
}

fn act(wb: &mut Workbook, a: Action) -> Vec<Effect> {
    wb.update(Msg::Action(a), t0())
}

#[test]
fn leaving_is_asked_twice_and_only_the_second_yes_quits_to_carry_it_out() {
    let mut wb = alex();
    act(&mut wb, Action::LeaveWorkbook);
    assert!(matches!(wb.screen(), Screen::Depart(_)));
    assert_eq!(wb.here().what_goes().map(|g| g.name), Some("Alex".into()));
    let fx = act(&mut wb, Action::Confirm);
    assert!(!fx.contains(&Effect::Quit), "one yes is not enough: {fx:?}");
    assert_eq!(wb.departing(), None);
    let fx = act(&mut wb, Action::Confirm);
    assert!(fx.contains(&Effect::Quit), "{fx:?}");
    assert!(
        fx.saves(SaveTarget::Session),
        "saved before leaving: {fx:?}"
    );
    assert_eq!(wb.departing(), wb.partner().map(|p| p.id));
}

#[test]
fn no_or_esc_at_either_question_stays_with_nothing_removed() {
    for at_second in [false, true] {
        for no in [Action::Cancel, Action::Back] {
            let mut wb = alex();
            act(&mut wb, Action::LeaveWorkbook);
            if at_second {
                act(&mut wb, Action::Confirm);
            }
            let fx = act(&mut wb, no);
            assert!(!fx.contains(&Effect::Quit), "{fx:?}");
            assert_eq!(wb.departing(), None);
            assert_eq!(wb.context(), Context::Home);
            let said = wb.notice().map(|n| n.text.clone()).unwrap_or_default();
            assert!(said.contains("nothing was removed"), "{said}");
        }
    }
}

#[test]
fn a_read_only_window_does_not_offer_leaving() {
    let mut wb = alex();
    wb.set_read_only("the workbook is open in another trustmend");
    act(&mut wb, Action::LeaveWorkbook);
    assert_eq!(wb.context(), Context::Home);
    let said = wb.notice().map(|n| n.text.clone()).unwrap_or_default();
    assert!(said.contains("read-only"), "{said}");
    assert_eq!(wb.departing(), None);
}
