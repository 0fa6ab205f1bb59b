use chrono::DateTime;

use super::*;
use crate::content::Content;
use crate::model::Store;
use crate::workbook::Session;

fn t0() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
}

/// Type a choice as a person would, from what the page offers.
fn answer(wb: &mut Workbook, key: &str) {
    let p = page(wb);
    assert!(p.writing.is_none(), "expected choices, got:\n{}", p.text);
    let actions = choose(&p, key).unwrap_or_else(|| panic!("no choice {key:?} in:\n{p:?}"));
    for a in actions {
        wb.update(Msg::Action(a), t0());
    }
}

fn type_in(wb: &mut Workbook, text: &str) {
    assert!(
        page(wb).writing.is_some(),
        "not writing:\n{}",
        page(wb).text
    );
    write(wb, text, t0());
}

#[test]
fn a_whole_strategy_from_first_run_to_done_by_typed_choices() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut wb = Workbook::new(content, Store::default(), Session::default(), None);
    assert!(page(&wb).text.contains("Welcome."));
    answer(&mut wb, "c");
    type_in(&mut wb, "Robin");
    assert!(page(&wb).text.contains("where you stand"));
    answer(&mut wb, "2");
    assert!(page(&wb).text.contains("Where do you live?"));
    answer(&mut wb, "10");
    assert!(page(&wb).text.contains(&wb.content().safety.unsafe_help));
    answer(&mut wb, "c");
    let p = wb.partner().unwrap();
    assert_eq!((p.name.as_str(), p.role), ("Robin", Role::Repairing));

    let home = page(&wb);
    assert!(
        home.text.contains("0 of 10 strategies begun"),
        "{}",
        home.text
    );
    assert!(
        home.choices
            .iter()
            .any(|c| c.label == "Transparency (not started)")
    );
    answer(&mut wb, "2");
    assert!(
        page(&wb)
            .text
            .contains(&wb.content().strategies[1].guidance)
    );
    answer(&mut wb, "c");
    let first = page(&wb);
    assert!(first.text.contains("Prompt 1 of"), "{}", first.text);
    type_in(&mut wb, "What I want to say.\nAnd a second line.");
    // An empty answer stops writing; then the prompt can be skipped.
    type_in(&mut wb, "");
    answer(&mut wb, "s");
    while page(&wb).text.contains("Prompt ") {
        type_in(&mut wb, "");
        answer(&mut wb, "s");
    }
    assert!(page(&wb).text.contains("Choose one small commitment"));
    answer(&mut wb, "1");
    assert!(page(&wb).text.contains("You are practising"));
    answer(&mut wb, "v");
    answer(&mut wb, "1"); // kept
    type_in(&mut wb, "It went better than I feared.");
    assert!(
        page(&wb).text.contains("This strategy is done"),
        "{}",
        page(&wb).text
    );

    let p = wb.partner().unwrap();
    assert_eq!(
        p.progress(&wb.content().strategies[1].id).stage,
        Stage::Done
    );
    let texts: Vec<_> = wb
        .store()
        .entries
        .iter()
        .filter_map(|e| e.body.text())
        .collect();
    assert!(
        texts.contains(&"What I want to say.\nAnd a second line."),
        "{texts:?}"
    );
    assert!(texts.contains(&"It went better than I feared."));
    answer(&mut wb, "b");
    assert!(
        page(&wb)
            .choices
            .iter()
            .any(|c| c.label == "Transparency (done)")
    );
}

#[test]
fn a_choice_that_is_not_offered_does_nothing() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let wb = Workbook::new(content, Store::default(), Session::default(), None);
    assert_eq!(choose(&page(&wb), "zz"), None);
    assert_eq!(choose(&page(&wb), " C "), Some(vec![Action::Select]));
}

#[test]
fn user_text_in_a_page_cannot_reach_the_terminal_raw() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Al\x1b[2Jex", Role::Hurt, t0());
    let wb = Workbook::new(content, store, Session::default(), None);
    let p = page(&wb);
    assert!(!p.text.contains('\x1b'), "{}", p.text);
}

#[test]
fn with_two_people_walk_asks_who_is_here_first() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    let p = page(&wb);
    assert!(p.text.contains("Who is here?"));
    let labels: Vec<_> = p.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Alex", "Sam", "someone new", "save and quit"]);
    answer(&mut wb, "2");
    assert_eq!(wb.partner().unwrap().name, "Sam");
    assert!(page(&wb).text.starts_with("Home. Sam"));
}
