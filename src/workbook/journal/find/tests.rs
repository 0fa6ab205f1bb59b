//! The search and the chips driven by messages, as the keys send them.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use chrono::Duration;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::content::Content;
use crate::keymap::{Action, Context};
use crate::model::{Body, Entry, SafetyOutcome, Visibility};
use crate::search::Query;
use crate::testing::{act, t0, type_text};
use crate::workbook::{Msg, Screen, Session, Workbook};

/// Alex (at the keyboard) and Sam, couples mode on, with `bodies` as
/// entries: (author, text, shared), oldest first.
fn couple(bodies: &[(u32, &str, bool)]) -> Workbook {
    let clear = Some(SafetyOutcome::Clear);
    let (mut store, ..) = crate::testing::couple_store(clear, clear);
    for (i, (author, text, shared)) in bodies.iter().enumerate() {
        let when = t0() + Duration::minutes(i as i64);
        let visibility = if *shared {
            Visibility::Shared
        } else {
            Visibility::Private
        };
        store.add_free_entry(*author, text, visibility, when);
    }
    let mut wb = Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        Some("Alex"),
    );
    wb.update(Msg::Resize(80, 24), t0());
    wb.update(Msg::Action(Action::OpenJournal), t0());
    wb
}

fn key(wb: &mut Workbook, code: KeyCode) {
    wb.update_now(Msg::Input(KeyEvent::new(code, KeyModifiers::NONE)), t0());
}

/// A letter typed (`Some`), or Backspace (`None`), and what the box then
/// holds, as a person types.
fn press(wb: &mut Workbook, k: Option<&str>, typed: &mut String) {
    if let Some(c) = k {
        type_text(wb, c);
        typed.push_str(c);
    } else {
        key(wb, KeyCode::Backspace);
        typed.pop();
    }
}

fn found(wb: &Workbook) -> Vec<String> {
    let Screen::Journal(j) = wb.screen() else {
        panic!("not in the journal")
    };
    j.find
        .entries(wb.store())
        .iter()
        .map(|e| e.body.text().unwrap_or("(locked)").to_string())
        .collect()
}

fn selected(wb: &Workbook) -> usize {
    match wb.screen() {
        Screen::Journal(j) => j.selected,
        _ => panic!("not in the journal"),
    }
}

#[test]
fn results_follow_each_key_and_esc_clears() {
    let mut wb = couple(&[
        (1, "A walk by the river", false),
        (1, "Dinner at the café", false),
        (2, "Sam: the cafe felt like us", true),
        (2, "Sam alone: cafe worries", false),
    ]);
    assert_eq!(wb.context(), Context::JournalList);
    act(&mut wb, Action::Search);
    assert_eq!(wb.context(), Context::JournalSearch);
    assert!(wb.accepts_text());
    type_text(&mut wb, "CAF");
    assert_eq!(
        found(&wb),
        ["Sam: the cafe felt like us", "Dinner at the café"]
    );
    type_text(&mut wb, "e d");
    assert_eq!(found(&wb), ["Dinner at the café"]);
    key(&mut wb, KeyCode::Backspace);
    key(&mut wb, KeyCode::Backspace);
    assert_eq!(found(&wb).len(), 2, "taking letters away widens again");
    act(&mut wb, Action::Select);
    assert_eq!(
        wb.context(),
        Context::JournalFound,
        "Enter keeps the results"
    );
    act(&mut wb, Action::Cancel);
    assert_eq!(wb.context(), Context::JournalList, "Esc clears");
    assert_eq!(found(&wb), Vec::<String>::new());
}

#[test]
fn n_and_shift_n_go_round_the_results_in_the_list_and_when_reading() {
    let mut wb = couple(&[
        (1, "one walk", false),
        (1, "two walks", false),
        (1, "three", false),
    ]);
    act(&mut wb, Action::Search);
    type_text(&mut wb, "walk");
    act(&mut wb, Action::Select);
    assert_eq!(selected(&wb), 0);
    act(&mut wb, Action::Next);
    assert_eq!(selected(&wb), 1);
    act(&mut wb, Action::Next);
    assert_eq!(selected(&wb), 0, "round the end");
    act(&mut wb, Action::Previous);
    assert_eq!(selected(&wb), 1);
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::JournalReadFound);
    act(&mut wb, Action::Next);
    let Screen::Journal(j) = wb.screen() else {
        panic!()
    };
    let crate::workbook::JournalMode::Read { entry, .. } = j.mode else {
        panic!()
    };
    assert_eq!(
        wb.store().entry(entry).unwrap().body.text(),
        Some("two walks")
    );
    // Back to the list: the search is still on.
    act(&mut wb, Action::Back);
    assert_eq!(wb.context(), Context::JournalFound);
}

#[test]
fn a_partners_entry_found_is_read_but_not_changed() {
    let mut wb = couple(&[(2, "Sam shared this", true)]);
    act(&mut wb, Action::Search);
    type_text(&mut wb, "shared");
    act(&mut wb, Action::Select);
    for a in [Action::Edit, Action::Delete, Action::Toggle] {
        let fx = act(&mut wb, a);
        assert!(!fx.saves(SaveTarget::Store), "{a:?}");
        assert_eq!(wb.context(), Context::JournalFound, "{a:?}");
        let notice = wb.notice().map(|n| n.text.clone()).unwrap_or_default();
        assert!(notice.contains("only Sam can change it"), "{a:?}: {notice}");
    }
    assert_eq!(wb.store().entries.len(), 1);
}

#[test]
fn deleting_a_found_entry_takes_it_out_of_the_results() {
    let mut wb = couple(&[(1, "walk one", false), (1, "walk two", false)]);
    act(&mut wb, Action::Search);
    type_text(&mut wb, "walk");
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Delete);
    act(&mut wb, Action::Confirm);
    assert_eq!(found(&wb), ["walk one"]);
}

#[test]
fn locked_entries_are_counted_not_searched() {
    let mut wb = couple(&[(1, "open words", false)]);
    let id = wb.store_mut().fresh_id();
    let mut sealed = wb.store().entries[0].clone();
    sealed.id = id;
    sealed.body = Body::Sealed("-----BEGIN AGE ENCRYPTED FILE-----".into());
    wb.store_mut().entries.push(sealed);
    act(&mut wb, Action::Search);
    type_text(&mut wb, "words");
    let Screen::Journal(j) = wb.screen() else {
        panic!()
    };
    assert_eq!(j.find.locked(), 1);
    assert_eq!(found(&wb), ["open words"]);
}

#[test]
fn a_chip_alone_filters_the_list() {
    let mut wb = couple(&[
        (1, "mine, private", false),
        (1, "mine, shared", true),
        (2, "Sam's, shared", true),
    ]);
    act(&mut wb, Action::Digit(3));
    assert_eq!(wb.context(), Context::JournalFound);
    assert_eq!(found(&wb), ["mine, private"]);
    act(&mut wb, Action::Digit(3));
    assert_eq!(found(&wb), ["Sam's, shared", "mine, shared"]);
    act(&mut wb, Action::Digit(0));
    assert_eq!(wb.context(), Context::JournalList);
}

/// What a search must find: every entry Alex may read, within the
/// filters, holding every word, newest first, worked out the slow way.
fn by_hand(wb: &Workbook, text: &str) -> Vec<String> {
    let q = Query::new(text);
    let me = wb.active().unwrap();
    let mut out: Vec<&Entry> = wb
        .store()
        .entries
        .iter()
        .filter(|e| crate::privacy::can_read(wb.store(), me, e))
        .filter(|e| q.is_empty() || q.matches(&[&e.heading, e.body.text().unwrap_or("")]))
        .collect();
    out.reverse();
    out.iter()
        .map(|e| e.body.text().unwrap_or("(locked)").to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// However the text was reached (letters typed, taken away, pasted),
    /// the results are those a fresh search over the whole journal finds.
    #[test]
    fn typing_and_backspacing_find_what_a_fresh_search_finds(
        bodies in proptest::collection::vec(("[abcé ]{0,12}", 1u32..=2, any::<bool>()), 0..20),
        keys in proptest::collection::vec(prop_oneof![
            "[abcÉ ]".prop_map(Some),
            Just(None),
        ], 0..16),
    ) {
        let bodies: Vec<(u32, &str, bool)> = bodies.iter().map(|(t, a, s)| (*a, t.as_str(), *s)).collect();
        let mut wb = couple(&bodies);
        act(&mut wb, Action::Search);
        let mut typed = String::new();
        for k in &keys {
            press(&mut wb, k.as_deref(), &mut typed);
            prop_assert_eq!(found(&wb), by_hand(&wb, &typed), "after {:?}", typed);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// With the journal's words folded on their own thread and handed over
    /// in parts (some before the box opens, the rest between keys), the
    /// results, from the moment every part is in, are what the plain scan
    /// over the whole journal finds, however the text was reached.
    #[test]
    fn results_from_words_folded_in_parts_are_what_the_plain_scan_finds(
        bodies in proptest::collection::vec(("[abcé ]{0,12}", 1u32..=2, any::<bool>()), 0..40),
        size in 1usize..8,
        before in 0usize..6,
        keys in proptest::collection::vec(prop_oneof![
            "[abcÉ ]".prop_map(Some),
            Just(None),
        ], 0..16),
        arrive in proptest::collection::vec(0usize..16, 0..8),
    ) {
        let bodies: Vec<(u32, &str, bool)> = bodies.iter().map(|(t, a, s)| (*a, t.as_str(), *s)).collect();
        let mut wb = couple(&bodies);
        let mut parts = Vec::new();
        wb.fold_job().parts(size, &mut |msg| parts.push(msg));
        let mut parts = parts.into_iter();
        for part in parts.by_ref().take(before) {
            wb.update_now(part, t0());
        }
        act(&mut wb, Action::Search);
        let mut typed = String::new();
        for (i, k) in keys.iter().enumerate() {
            for part in parts.by_ref().take(arrive.iter().filter(|&&a| a == i).count()) {
                wb.update_now(part, t0());
            }
            press(&mut wb, k.as_deref(), &mut typed);
            if parts.len() == 0 {
                prop_assert_eq!(found(&wb), by_hand(&wb, &typed), "after {:?}", typed);
            }
        }
        for part in parts {
            wb.update_now(part, t0());
        }
        prop_assert_eq!(found(&wb), by_hand(&wb, &typed), "after {:?}", typed);
        for c in ["a", "b", " ", "c"] {
            type_text(&mut wb, c);
            typed.push_str(c);
            prop_assert_eq!(found(&wb), by_hand(&wb, &typed), "after {:?}", typed);
        }
    }
}

#[test]
fn locking_takes_what_was_found_in_protected_words_away() {
    let wb = couple(&[(1, "protected words", false), (1, "other words", false)]);
    let content = Content::bundled().unwrap();
    let mut store = wb.store().clone();
    let mut find = super::Find::default();
    let mut words = crate::workbook::words::Words::default();
    find.open();
    assert!(find.paste("PROTECTED\nwords"));
    find.refresh((&store, &mut words), &content, 1, true, false);
    assert_eq!(find.len(), 1);
    // The idle lock seals the words in memory; the key is gone.
    store.entries.iter_mut_where(|e| e.id == 1).for_each(|e| {
        e.body = Body::Sealed("-----BEGIN AGE ENCRYPTED FILE-----".into());
    });
    find.refresh((&store, &mut words), &content, 1, false, false);
    assert_eq!(find.len(), 0, "nothing found in words now locked");
    assert_eq!(find.locked(), 1);
}

#[test]
fn a_partners_entry_found_is_told_in_spanish_too() {
    use crate::i18n::{Lang, in_language};
    let mut wb = couple(&[(2, "Sam shared this", true)]);
    act(&mut wb, Action::Search);
    type_text(&mut wb, "shared");
    act(&mut wb, Action::Select);
    let notice = in_language(Lang::ES, || {
        act(&mut wb, Action::Edit);
        wb.notice().map(|n| n.text.clone()).unwrap_or_default()
    });
    assert!(notice.contains("Sam"), "{notice}");
    for english in ["shared this entry", "only", "can change it"] {
        assert!(!notice.contains(english), "{english:?} in {notice:?}");
    }
}
