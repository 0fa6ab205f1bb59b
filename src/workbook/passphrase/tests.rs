//! Protecting, unlocking and locking again, driven by messages.

use std::sync::Arc;

use chrono::DateTime;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::*;
use crate::content::Content;
use crate::model::{Body, Role, Store};
use crate::workbook::{Msg, Session};

const PASS: &str = "river stones";

fn t0() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
}

fn content() -> Arc<Content> {
    Arc::new(Content::bundled().unwrap())
}

fn act(wb: &mut Workbook, a: Action) -> Vec<Effect> {
    wb.update_now(Msg::Action(a), t0())
}

fn type_text(wb: &mut Workbook, text: &str) {
    for c in text.chars() {
        wb.update_now(Msg::Input(KeyEvent::from(KeyCode::Char(c))), t0());
    }
}

fn enter_passphrase(wb: &mut Workbook, text: &str) -> Vec<Effect> {
    type_text(wb, text);
    act(wb, Action::Select)
}

fn notice(wb: &Workbook) -> String {
    wb.notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

fn step(wb: &Workbook) -> Option<PassphraseStep> {
    match &wb.screen {
        Screen::Passphrase(v) => Some(v.step.clone()),
        _ => None,
    }
}

/// Alex has written one private entry and then protected their entries.
fn protected_alex() -> Workbook {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), Some("Alex"));
    act(&mut wb, Action::OpenJournal);
    assert_eq!(wb.active, Some(alex));
    act(&mut wb, Action::Back);
    // Write an entry from the first prompt of the first strategy.
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "words only Alex may read");
    act(&mut wb, Action::Save);
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Protect);
    enter_passphrase(&mut wb, PASS);
    enter_passphrase(&mut wb, PASS);
    wb
}

fn entry_body(wb: &Workbook) -> Body {
    wb.store.entries[0].body.clone()
}

#[test]
fn protecting_asks_twice_refuses_short_or_mismatched_and_says_what_forgetting_means() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), None);
    act(&mut wb, Action::Protect);
    assert_eq!(step(&wb), Some(PassphraseStep::Choose));
    assert_eq!(wb.context(), Context::Passphrase);
    assert!(wb.accepts_text());

    enter_passphrase(&mut wb, "short");
    assert_eq!(step(&wb), Some(PassphraseStep::Choose));
    enter_passphrase(&mut wb, PASS);
    assert_eq!(step(&wb), Some(PassphraseStep::Confirm));
    enter_passphrase(&mut wb, "river stonez");
    assert_eq!(
        step(&wb),
        Some(PassphraseStep::Choose),
        "a mismatch starts over"
    );
    assert!(wb.partner().unwrap().protection.is_none());

    enter_passphrase(&mut wb, PASS);
    let fx = enter_passphrase(&mut wb, PASS);
    assert!(fx.contains(&Effect::SaveStore));
    assert!(wb.partner().unwrap().protection.is_some());
    assert!(
        wb.keys.any_unlocked(),
        "no second unlock right after protecting"
    );
    assert!(matches!(wb.screen, Screen::Home(_)));
    // "Protected" is said once the sealed copy is on the disk, not before.
    assert!(notice(&wb).starts_with("Protecting"), "{}", notice(&wb));
    let seq = wb.saves().queued(crate::workbook::SaveTarget::Store);
    wb.update(Msg::Saved(crate::workbook::SaveTarget::Store, seq), t0());
    assert!(
        notice(&wb).contains("stay locked for good"),
        "{}",
        notice(&wb)
    );
}

#[test]
fn esc_while_choosing_changes_nothing() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), None);
    act(&mut wb, Action::Protect);
    type_text(&mut wb, PASS);
    let fx = act(&mut wb, Action::Back);
    assert!(fx.is_empty());
    assert!(wb.partner().unwrap().protection.is_none());
    assert!(matches!(wb.screen, Screen::Home(_)));
}

#[test]
fn the_passphrase_never_shows_in_debug_output() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), None);
    act(&mut wb, Action::Protect);
    enter_passphrase(&mut wb, PASS);
    type_text(&mut wb, "second typing");
    let shown = format!("{wb:?}");
    assert!(!shown.contains("river"), "{shown}");
    assert!(!shown.contains("second typing"), "{shown}");
}

/// The edge writes the sealed copy; the next start reads it back.
fn reopen(wb: &Workbook, profile: &str) -> Workbook {
    let mut sealer = crate::vault::Sealer::default();
    let store = sealer.store_for_disk(&wb.store).unwrap().into_owned();
    let session = sealer.session_for_disk(&wb.session, &store).unwrap();
    Workbook::new(content(), store, session, Some(profile))
}

#[test]
fn a_protected_partner_unlocks_once_at_the_start() {
    let wb = protected_alex();
    let mut again = reopen(&wb, "Alex");
    assert!(matches!(
        step(&again),
        Some(PassphraseStep::Unlock { tries_left: 3 })
    ));
    assert!(matches!(entry_body(&again), Body::Sealed(_)));
    enter_passphrase(&mut again, PASS);
    assert!(again.keys.any_unlocked());
    assert_eq!(
        entry_body(&again),
        Body::Text("words only Alex may read".into())
    );
    assert!(step(&again).is_none());
}

#[test]
fn three_wrong_passphrases_carry_on_locked_and_change_nothing() {
    let wb = protected_alex();
    let mut again = reopen(&wb, "Alex");
    let sealed = entry_body(&again);
    enter_passphrase(&mut again, "nope nope");
    assert!(matches!(
        step(&again),
        Some(PassphraseStep::Unlock { tries_left: 2 })
    ));
    act(&mut again, Action::Select); // an extra Enter is not a try
    assert!(matches!(
        step(&again),
        Some(PassphraseStep::Unlock { tries_left: 2 })
    ));
    enter_passphrase(&mut again, "nope nope");
    assert!(matches!(
        step(&again),
        Some(PassphraseStep::Unlock { tries_left: 1 })
    ));
    let fx = enter_passphrase(&mut again, "nope nope");
    assert!(step(&again).is_none(), "the third miss leaves the prompt");
    assert!(!again.keys.any_unlocked());
    assert!(!fx.contains(&Effect::SaveStore));
    assert_eq!(entry_body(&again), sealed);
    assert!(notice(&again).contains("stay locked"), "{}", notice(&again));
    assert_eq!(
        again.readable_text(&again.store.entries[0].body),
        "(locked)"
    );
}

#[test]
fn entries_lock_again_after_idle_time_keeping_the_unsaved_words_sealed() {
    let mut wb = protected_alex();
    // Back to writing, and a few words not saved yet.
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Edit);
    type_text(&mut wb, "not saved yet");
    wb.update_now(Msg::Tick, t0() + LOCK_AFTER - chrono::Duration::seconds(1));
    assert!(wb.keys.any_unlocked(), "not idle long enough");
    let fx = wb.update_now(Msg::Tick, t0() + LOCK_AFTER);
    assert!(!wb.keys.any_unlocked());
    assert!(fx.contains(&Effect::SaveSession));
    assert!(matches!(step(&wb), Some(PassphraseStep::Unlock { .. })));
    assert!(wb.editor().is_none(), "the words left the screen");
    assert!(matches!(entry_body(&wb), Body::Sealed(_)));
    let session = serde_json::to_string(&wb.session).unwrap();
    assert!(!session.contains("not saved yet"), "{session}");

    // Unlocking brings the draft back.
    enter_passphrase(&mut wb, PASS);
    let drafts = &wb.session.for_partner(1).unwrap().drafts;
    assert!(drafts.iter().any(|d| d.text.contains("not saved yet")));
}

#[test]
fn switching_partner_locks_the_previous_ones_words() {
    let mut wb = protected_alex();
    let sam = wb.store.partner_by_name("Sam").unwrap().id;
    wb.activate(sam);
    assert!(!wb.keys.any_unlocked());
    assert!(matches!(entry_body(&wb), Body::Sealed(_)));
    assert!(step(&wb).is_none(), "Sam is not protected: no prompt");
}

#[test]
fn a_locked_answer_is_never_written_over_by_a_new_one() {
    let wb = protected_alex();
    let mut again = reopen(&wb, "Alex");
    act(&mut again, Action::Back); // carry on locked
    let sealed = entry_body(&again);
    assert!(matches!(sealed, Body::Sealed(_)));
    // Back in strategy 1, on to the prompt whose answer is locked.
    if !matches!(again.screen, Screen::Strategy(_)) {
        act(&mut again, Action::Select);
    }
    act(&mut again, Action::StopEditing);
    act(&mut again, Action::Previous);
    act(&mut again, Action::Edit);
    type_text(&mut again, "a new answer");
    let fx = act(&mut again, Action::Save);
    assert!(!fx.contains(&Effect::SaveStore));
    assert_eq!(entry_body(&again), sealed, "the locked answer is untouched");
    assert!(notice(&again).contains("locked"), "{}", notice(&again));
    assert_eq!(
        again.editor().unwrap().text(),
        "a new answer",
        "the words stay"
    );
}

#[test]
fn editing_a_locked_entry_says_why_it_cannot_be_changed() {
    let wb = protected_alex();
    let mut again = reopen(&wb, "Alex");
    act(&mut again, Action::Back); // carry on locked
    act(&mut again, Action::OpenJournal);
    assert!(matches!(again.screen, Screen::Journal(_)));
    act(&mut again, Action::Edit);
    assert!(again.editor().is_none());
    assert!(notice(&again).contains("locked"), "{}", notice(&again));
}
