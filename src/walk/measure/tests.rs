//! A questionnaire answered line by line, through the same workbook.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use crate::content::Content;
use crate::model::{Role, Store};
use crate::testing::t0;
use crate::walk::{choose, page};
use crate::workbook::{Msg, Screen, Session, Workbook};

fn robin(country: &str) -> Workbook {
    let mut store = Store::default();
    let id = store.add_partner("Robin", Role::Hurt, t0());
    store.past_foundations();
    store.partner_mut(id).unwrap().country = Some(country.into());
    let mut wb = Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    );
    wb.update(Msg::Tick, t0());
    wb
}

/// Type a choice as a person would, from what the page offers.
fn answer(wb: &mut Workbook, key: &str) {
    let p = page(wb);
    let actions = choose(&p, key).unwrap_or_else(|| panic!("no choice {key:?} in:\n{p:?}"));
    for a in actions {
        wb.update(Msg::Action(a), t0());
    }
}

#[test]
fn home_offers_the_questionnaires_and_one_is_answered_to_its_score() {
    let mut wb = robin("GB");
    let home = page(&wb).text;
    assert!(home.contains("Questionnaires offered now"), "{home}");
    answer(&mut wb, "r");
    let list = page(&wb);
    assert!(list.text.contains("A number opens one"), "{}", list.text);
    answer(&mut wb, "2");
    let q = page(&wb);
    assert!(q.text.contains("GAD-7, question 1 of 7"), "{}", q.text);
    assert!(q.text.contains("Feeling nervous, anxious, or on edge"));
    assert!(
        q.choices
            .iter()
            .any(|c| c.key == "3" && c.label == "Nearly every day")
    );
    assert!(!q.choices.iter().any(|c| c.key == "4"), "0 to 3 only");
    for key in ["1", "1", "1", "2", "1", "1"] {
        answer(&mut wb, key);
    }
    assert!(page(&wb).text.contains("question 7 of 7"));
    assert!(
        wb.partner().unwrap().measures.is_empty(),
        "kept only at the end"
    );
    answer(&mut wb, "0");
    let done = page(&wb).text;
    for words in [
        "GAD-7: 7 of 21: mild (5 to 9)",
        "Spitzer RL",
        "not a diagnosis",
    ] {
        assert!(done.contains(words), "no {words:?} in\n{done}");
    }
    assert_eq!(wb.partner().unwrap().measures[0].total, 7);
    answer(&mut wb, "b");
    assert!(matches!(wb.screen(), Screen::Home(_)));
}

#[test]
fn leaving_part_way_keeps_nothing() {
    let mut wb = robin("GB");
    answer(&mut wb, "r");
    answer(&mut wb, "3");
    answer(&mut wb, "4");
    answer(&mut wb, "p");
    assert!(page(&wb).text.contains("question 1 of 4"));
    answer(&mut wb, "5");
    answer(&mut wb, "b");
    assert!(wb.partner().unwrap().measures.is_empty());
    assert!(
        page(&wb)
            .text
            .contains("Nothing of this questionnaire was kept")
    );
}

/// PHQ-9 item 9 above "Not at all" opens Help and safety at once, with the
/// crisis lines for where Robin lives, whatever the total.
#[test]
fn phq9_item_9_opens_help_and_safety_with_the_crisis_lines() {
    let mut wb = robin("GB");
    answer(&mut wb, "r");
    answer(&mut wb, "1");
    for _ in 0..8 {
        answer(&mut wb, "0");
    }
    answer(&mut wb, "1");
    let help = page(&wb).text;
    assert!(matches!(wb.screen(), Screen::Safety(_)));
    assert!(help.contains("Thank you for answering honestly"), "{help}");
    assert!(help.contains("Samaritans"), "{help}");
    assert_eq!(wb.partner().unwrap().measures[0].total, 1);
}
