//! Protecting, unlocking and locking again, driven by messages.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use super::*;
use crate::content::Content;
use crate::model::{Body, Role, Store};
use crate::testing::{act, t0, type_text};
use crate::workbook::{Msg, Session};

const PASS: &str = "river stones";

fn content() -> Arc<Content> {
    Arc::new(Content::bundled().unwrap())
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
    write_then_protect(&mut wb);
    // The recovery key, shown once: written down.
    act(&mut wb, Action::Select);
    wb
}

/// From home: an entry from the first prompt of the first strategy, then
/// protection; left on the recovery key, shown once.
fn write_then_protect(wb: &mut Workbook) {
    act(wb, Action::Select);
    act(wb, Action::Select);
    type_text(wb, "words only Alex may read");
    act(wb, Action::Save);
    act(wb, Action::StopEditing);
    act(wb, Action::Back);
    act(wb, Action::Back);
    act(wb, Action::Protect);
    enter_passphrase(wb, PASS);
    enter_passphrase(wb, PASS);
    assert_eq!(step(wb), Some(PassphraseStep::ShowRecovery));
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
    assert!(fx.saves(SaveTarget::Store));
    assert!(wb.partner().unwrap().protection.is_some());
    assert!(
        wb.keys.any_unlocked(),
        "no second unlock right after protecting"
    );
    assert_eq!(step(&wb), Some(PassphraseStep::ShowRecovery));
    // "Protected" is said once the sealed copy is on the disk, not before.
    assert!(notice(&wb).starts_with("Protecting"), "{}", notice(&wb));
    let seq = wb.saves().queued(crate::workbook::SaveTarget::Store);
    wb.update(Msg::Saved(crate::workbook::SaveTarget::Store, seq), t0());
    assert!(
        notice(&wb).contains("recovery key, it stays locked for good"),
        "{}",
        notice(&wb)
    );
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen, Screen::Home(_)));
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
fn three_wrong_passphrases_go_back_to_who_is_here_and_change_nothing() {
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
    assert!(!fx.saves(SaveTarget::Store));
    assert_eq!(entry_body(&again), sealed);
    assert!(notice(&again).contains("stay locked"), "{}", notice(&again));
    assert!(again.active.is_none(), "nobody walks in as Alex");
    assert!(matches!(again.screen, Screen::Picker(_)));
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
    assert!(fx.saves(SaveTarget::Session));
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

/// Issue 22: Esc on the unlock screen (at the start, after the picker, or
/// after the idle lock) never walks in as the locked person: nobody is
/// active, and no action reaches their checklist, check-ins, journal,
/// progress, homework or the leave key.
#[test]
fn esc_on_any_unlock_screen_leaves_nobody_at_the_keyboard() {
    let wb = protected_alex();
    // At the start, with a profile named.
    let mut again = reopen(&wb, "Alex");
    assert!(again.active.is_none());
    act(&mut again, Action::Back);
    assert!(again.active.is_none());
    assert!(
        matches!(again.screen, Screen::Picker(_)),
        "two people: who is here?"
    );
    for a in [
        Action::OpenJournal,
        Action::OpenCheckIn,
        Action::OpenProgress,
        Action::Next,
        Action::Protect,
        Action::LeaveWorkbook,
    ] {
        act(&mut again, a);
        assert!(again.active.is_none(), "{a:?} walked in");
        assert!(
            !matches!(
                again.screen,
                Screen::Journal(_)
                    | Screen::CheckIn(_)
                    | Screen::Progress(_)
                    | Screen::MoveOn(_)
                    | Screen::Home(_)
                    | Screen::Strategy(_)
                    | Screen::Depart(_)
            ),
            "{a:?} opened {:?}",
            again.context()
        );
    }
    // From the picker: choosing Alex asks again; Esc goes back.
    act(&mut again, Action::Select);
    assert!(matches!(step(&again), Some(PassphraseStep::Unlock { .. })));
    assert!(again.active.is_none());
    act(&mut again, Action::Back);
    assert!(again.active.is_none());

    // After the idle lock.
    let mut wb = protected_alex();
    wb.update_now(Msg::Tick, t0() + LOCK_AFTER);
    assert!(wb.active.is_none(), "locked: nobody is at the keyboard");
    act(&mut wb, Action::Back);
    assert!(wb.active.is_none());
    assert!(!matches!(wb.screen, Screen::Home(_) | Screen::MoveOn(_)));
}

/// Alone in the workbook, Esc on the lock shows the plain cover, where
/// Enter asks for the passphrase again.
#[test]
fn alone_esc_on_the_lock_waits_on_the_cover() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    let mut wb = Workbook::new(content(), store, Session::default(), None);
    act(&mut wb, Action::Protect);
    enter_passphrase(&mut wb, PASS);
    enter_passphrase(&mut wb, PASS);
    act(&mut wb, Action::Select);
    let mut again = reopen(&wb, "Alex");
    act(&mut again, Action::Back);
    assert!(again.active.is_none());
    assert!(matches!(again.screen, Screen::Cover(_)));
    act(&mut again, Action::Select);
    assert!(matches!(step(&again), Some(PassphraseStep::Unlock { .. })));
    enter_passphrase(&mut again, PASS);
    assert!(again.active.is_some());
}

/// Issue 22, item 11: protecting shows a recovery key once; with it, a
/// person who forgot their passphrase opens their workbook, chooses a new
/// passphrase, and finds everything where they left it.
#[test]
fn the_recovery_key_shown_once_replaces_a_forgotten_passphrase() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), None);
    write_then_protect(&mut wb);
    let recovery = match &wb.screen {
        Screen::Passphrase(v) => v.recovery_key().unwrap().to_string(),
        _ => unreachable!(),
    };
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen, Screen::Home(_)));
    let shown = format!("{wb:?}");
    assert!(!shown.contains(&recovery), "the key is kept nowhere");
    assert!(
        !serde_json::to_string(wb.store())
            .unwrap()
            .contains(&recovery),
        "nor stored"
    );

    let mut again = reopen(&wb, "Alex");
    act(&mut again, Action::Recover);
    assert_eq!(step(&again), Some(PassphraseStep::Recover));
    enter_passphrase(&mut again, "AGE-SECRET-KEY-1NOTTHEONE");
    assert_eq!(step(&again), Some(PassphraseStep::Recover));
    assert!(notice_or_problem(&again).contains("does not open"));
    enter_passphrase(&mut again, &recovery.to_lowercase());
    assert_eq!(step(&again), Some(PassphraseStep::Choose));
    assert!(again.active.is_none(), "not in before a new passphrase");
    enter_passphrase(&mut again, "a brand new start");
    let fx = enter_passphrase(&mut again, "a brand new start");
    assert!(fx.saves(SaveTarget::Store));
    assert!(again.active.is_some());
    assert_eq!(
        entry_body(&again),
        Body::Text("words only Alex may read".into())
    );

    // The next start: the new passphrase opens it, the old one does not.
    let mut third = reopen(&again, "Alex");
    enter_passphrase(&mut third, PASS);
    assert!(third.active.is_none());
    let mut fourth = reopen(&again, "Alex");
    enter_passphrase(&mut fourth, "a brand new start");
    assert!(fourth.active.is_some());
}

fn notice_or_problem(wb: &Workbook) -> String {
    match &wb.screen {
        Screen::Passphrase(v) => v.problem.clone().unwrap_or_else(|| notice(wb)),
        _ => notice(wb),
    }
}

/// From home with one private entry written: the passphrase chosen twice
/// with `update` alone, so the work asked of the edge is left to the test.
fn choose_passphrase_in_background(wb: &mut Workbook) -> crate::workbook::Protecting {
    act(wb, Action::Select);
    act(wb, Action::Select);
    type_text(wb, "words only Alex may read");
    act(wb, Action::Save);
    act(wb, Action::StopEditing);
    act(wb, Action::Back);
    act(wb, Action::Back);
    act(wb, Action::Protect);
    type_text(wb, PASS);
    wb.update(Msg::Action(Action::Select), t0());
    type_text(wb, PASS);
    let fx = wb.update(Msg::Action(Action::Select), t0());
    fx.into_iter()
        .find_map(|e| match e {
            Effect::Protect(work) => Some(work),
            _ => None,
        })
        .expect("protecting is asked of the edge")
}

fn alex_alone() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations();
    Workbook::new(content(), store, Session::default(), None)
}

#[test]
fn protecting_runs_off_the_ui_thread_with_progress_and_keys_still_answered() {
    let mut wb = alex_alone();
    let work = choose_passphrase_in_background(&mut wb);
    assert_eq!(
        work.entries.len(),
        1,
        "the private entry is sealed off the UI thread"
    );
    assert_eq!(
        step(&wb),
        Some(PassphraseStep::Protecting { done: 0, total: 1 })
    );
    assert!(
        wb.partner().unwrap().protection.is_none(),
        "nothing is protected until the work answers"
    );
    // Letters typed while waiting go nowhere; a key is still answered.
    type_text(&mut wb, "stray");
    assert!(!wb.keys.any_unlocked());

    let mut said = Vec::new();
    let answer = work.run(&mut |m| said.push(m));
    for m in said {
        wb.update(m, t0());
    }
    assert_eq!(
        step(&wb),
        Some(PassphraseStep::Protecting { done: 1, total: 1 })
    );
    let Msg::Protected(_, Ok(done)) = &answer else {
        panic!("protecting failed: {answer:?}");
    };
    let sealed_off_thread = Arc::clone(&done.entries[0].1);
    let fx = wb.update(answer, t0());
    assert!(fx.saves(SaveTarget::Store));
    assert_eq!(step(&wb), Some(PassphraseStep::ShowRecovery));
    assert!(wb.partner().unwrap().protection.is_some());
    assert!(wb.keys.any_unlocked());
    // The save the edge is handed carries the record sealed off the UI
    // thread: nothing is sealed again on the UI thread.
    let Some(Effect::SaveStore(save)) = fx.first() else {
        panic!("{:?}", fx.names());
    };
    assert!(Arc::ptr_eq(
        &save.copy.entries.arcs()[0],
        &sealed_off_thread
    ));
}

/// What a save hands the edge is the copy for the disk, sealed, with the
/// number the workbook counts: while Alex's words are open in memory, every
/// save of the journal and of the session carries them only sealed, so no
/// edge (the app's writer, `walk`, a rescue copy) can write them in plain.
#[test]
fn every_save_carries_the_sealed_copy_and_its_number_while_the_words_are_open() {
    let mut wb = protected_alex();
    assert!(wb.keys.any_unlocked());
    // A new answer while unlocked, and a draft left open.
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "second secret line");
    let saved = act(&mut wb, Action::Save);
    type_text(&mut wb, "draft secret words");
    let flushed = wb.update(Msg::Flush, t0());
    let in_memory = serde_json::to_string(wb.store()).unwrap();
    assert!(in_memory.contains("second secret line"), "open in memory");
    let mut store_seqs = Vec::new();
    let mut sessions = 0;
    for effect in saved.iter().chain(flushed.iter()) {
        match effect {
            Effect::SaveStore(save) => {
                store_seqs.push(save.seq);
                let json = serde_json::to_string(&*save.copy).unwrap();
                for words in ["words only Alex may read", "second secret line"] {
                    assert!(!json.contains(words), "{words} in the copy for the disk");
                }
            }
            Effect::SaveSession(save) => {
                sessions += 1;
                let json = serde_json::to_string(&*save.copy).unwrap();
                assert!(!json.contains("draft secret"), "the draft in plain: {json}");
            }
            _ => {}
        }
    }
    assert!(sessions >= 1, "no session saved");
    // Numbered once per update, in order: the last is the newest asked for.
    assert_eq!(store_seqs.len(), 2, "{store_seqs:?}");
    assert!(store_seqs[0] < store_seqs[1], "{store_seqs:?}");
    assert_eq!(
        store_seqs.last().copied(),
        Some(wb.saves().queued(SaveTarget::Store))
    );
}

#[test]
fn esc_or_a_quick_exit_while_protecting_changes_nothing_when_the_work_answers_late() {
    for leave in [Action::Back, Action::QuickExit] {
        let mut wb = alex_alone();
        let work = choose_passphrase_in_background(&mut wb);
        wb.update(Msg::Action(leave), t0());
        assert!(!matches!(
            step(&wb),
            Some(PassphraseStep::Protecting { .. })
        ));
        let fx = wb.update(work.run(&mut |_| {}), t0());
        assert!(
            wb.store.partners.iter().all(|p| p.protection.is_none()),
            "{leave:?}: protection arrived after it was left"
        );
        assert!(!wb.keys.any_unlocked(), "{leave:?}");
        assert!(!fx.saves(SaveTarget::Store), "{leave:?}");
        assert!(!matches!(step(&wb), Some(PassphraseStep::ShowRecovery)));
    }
}

/// Issue 22, item 10: the entries of a long journal are opened on the
/// unlock thread with the key; the UI thread only puts them in place.
#[test]
fn unlocking_opens_the_entries_off_the_ui_thread() {
    let mut wb = protected_alex();
    let alex = wb.active.unwrap();
    wb.store
        .checkins
        .push(crate::model::CheckIn::sample(alex, t0(), 7));
    // Alex leaves the keyboard: locked, sealed in memory.
    wb.update_now(Msg::Action(Action::QuickExit), t0());
    let store = wb.store.clone();
    let mut wb = Workbook::new(content(), store, Session::default(), Some("Alex"));
    assert_eq!(step(&wb), Some(PassphraseStep::Unlock { tries_left: 3 }));
    type_text(&mut wb, PASS);
    let fx = wb.update(Msg::Action(Action::Select), t0());
    // The effect carries the work itself: the person's sealed records as
    // they are, for the edge to open off the UI thread.
    let Some(Effect::Unlock(work)) = fx.into_iter().find(|e| matches!(e, Effect::Unlock(_))) else {
        panic!("unlocking is asked of the edge");
    };
    assert_eq!(work.partner, alex);
    assert_eq!(work.sealed.len(), 1);
    assert_eq!(work.sealed_checkins.len(), 1, "the check-in is sealed too");
    assert!(vault::is_sealed_checkin(&wb.store.checkins[0]));
    let answer = work.run();
    let Msg::Unlocked(_, Ok(opened)) = &answer else {
        panic!("{answer:?}");
    };
    let ahead = Arc::clone(&opened.ahead.entries[0].1);
    assert_eq!(
        opened.ahead.checkins.len(),
        1,
        "opened on the unlock thread"
    );
    assert_eq!(opened.ahead.checkins[0].1.trust, Some(7));
    wb.update(answer, t0());
    assert!(wb.keys.is_unlocked(alex));
    assert!(
        Arc::ptr_eq(&wb.store.entries.arcs()[0], &ahead),
        "the entry opened on the unlock thread is the one in place"
    );
    assert!(matches!(entry_body(&wb), Body::Text(t) if t.contains("words only Alex")));
    // The check-in opened on the unlock thread too.
    assert_eq!(wb.store.checkins[0].trust, Some(7));
}

/// A store whose recipient was damaged by hand: nothing of Alex's can be
/// sealed, so no save can be written, and the copy asked for on "Not saved
/// yet" cannot be sealed either. The screen must say so and offer the
/// folder again, never stay on "Writing the copy…" with nothing coming.
#[test]
fn a_copy_that_cannot_be_sealed_is_answered_on_not_saved_yet() {
    use crate::workbook::UnsavedStep;
    let mut wb = protected_alex();
    let alex = wb.active.unwrap();
    if let Some(p) = wb
        .store
        .partner_mut(alex)
        .and_then(|p| p.protection.as_mut())
    {
        p.recipient = "age1damaged".into();
    }
    // New words of Alex's, plain in memory, which only sealing may save.
    wb.store.entries[0].body = Body::Text("words written after".into());
    act(&mut wb, Action::RetrySave);
    assert!(!wb.saves.all_durable(), "{:?}", wb.notice);
    act(&mut wb, Action::Quit);
    let unsaved = |wb: &Workbook| match &wb.screen {
        Screen::Unsaved(v) => Some((v.step.clone(), v.problem.clone())),
        _ => None,
    };
    assert!(unsaved(&wb).is_some(), "not asked: {:?}", wb.screen);
    act(&mut wb, Action::WriteCopy);
    type_text(&mut wb, "/tmp/elsewhere");
    let fx = act(&mut wb, Action::Select);
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::WriteCopy(_))),
        "an unsealed copy was handed on: {fx:?}"
    );
    let (step, problem) = unsaved(&wb).unwrap_or_else(|| panic!("{:?}", wb.screen));
    assert_eq!(step, UnsavedStep::Folder, "{problem:?}");
    assert!(problem.is_some_and(|p| !p.is_empty()));
}

/// Leaving the unlock prompt, or missing three times, says so in the
/// person's language, naming the key from the key table.
#[test]
fn leaving_the_unlock_prompt_is_told_in_spanish_too() {
    use crate::i18n::{Lang, in_language};
    let wb = protected_alex();
    for (profile, people) in [("Alex", 2), ("Alex", 1)] {
        let mut again = reopen(&wb, profile);
        if people == 1 {
            let sam = again.store.partners[1].id;
            again.store.partners.retain(|p| p.id != sam);
        }
        let (said, key) = in_language(Lang::ES, || {
            act(&mut again, Action::Back);
            (notice(&again), crate::say!(Cover, Select))
        });
        assert!(said.starts_with("Siguen cerradas."), "{said}");
        for english in ["Nothing", "opened", "choose", "tries again"] {
            assert!(!said.contains(english), "{english:?} in {said:?}");
        }
        if people == 1 {
            assert!(said.contains(&key), "the cover's key {key:?}: {said}");
        }
    }
}

/// A sealed entry shown in a list (Shared, a reveal, `walk`) says it is
/// locked in the person's language.
#[test]
fn a_locked_entry_is_called_locked_in_spanish_too() {
    use crate::i18n::{Lang, in_language};
    let wb = protected_alex();
    let again = reopen(&wb, "Alex");
    let body = entry_body(&again);
    assert!(matches!(body, Body::Sealed(_)));
    assert_eq!(again.readable_text(&body), "(locked)");
    let said = in_language(Lang::ES, || again.readable_text(&body).into_owned());
    assert_eq!(said, "(cerrada)");
}
