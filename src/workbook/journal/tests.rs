//! Free entries, sharing asked once, and replies, driven by the keys a
//! person presses (through the key tables, as the event loop does).

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::content::Content;
use crate::keymap::{self, Action, Context};
use crate::model::{Body, EntryKind, Role, SafetyOutcome, Store, Visibility};
use crate::testing::t0;
use crate::workbook::{
    DraftTarget, Effect, HomeItem, JournalMode, Msg, Screen, Session, Workbook, unread_replies,
};

fn key(wb: &mut Workbook, code: KeyCode, ctrl: bool) -> Vec<Effect> {
    let mods = if ctrl {
        KeyModifiers::CONTROL
    } else {
        KeyModifiers::NONE
    };
    let k = KeyEvent::new(code, mods);
    match keymap::lookup(wb.context(), k) {
        Some(a) => wb.update_now(Msg::Action(a), t0()),
        None if wb.accepts_text() => wb.update_now(Msg::Input(k), t0()),
        None => Vec::new(),
    }
}

/// Keys as typed: `\n` is Enter, `^S` Ctrl+S, `\x1b` Esc.
fn keys(wb: &mut Workbook, text: &str) -> Vec<Effect> {
    let mut fx = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        fx.extend(match c {
            '\n' => key(wb, KeyCode::Enter, false),
            '\x1b' => key(wb, KeyCode::Esc, false),
            '^' => {
                let c = chars.next().unwrap_or('^').to_ascii_lowercase();
                key(wb, KeyCode::Char(c), true)
            }
            c => key(wb, KeyCode::Char(c), false),
        });
    }
    fx
}

fn workbook(names: &[&str], clear: bool) -> Workbook {
    let mut store = Store::default();
    for n in names {
        store.add_partner(n, Role::Hurt, t0());
        if clear && let Some(p) = store.partners.last_mut() {
            p.safety_check = Some(SafetyOutcome::Clear);
        }
    }
    let content = Arc::new(Content::bundled().unwrap());
    let mut wb = Workbook::new(content, store, Session::default(), Some(names[0]));
    wb.size = (80, 24);
    wb
}

fn notice(wb: &Workbook) -> String {
    wb.notice().map(|n| n.text.clone()).unwrap_or_default()
}

fn journal_mode(wb: &Workbook) -> Option<&JournalMode> {
    match &wb.screen {
        Screen::Journal(j) => Some(&j.mode),
        _ => None,
    }
}

/// From home: the journal, `n`, no strategy, these words, Ctrl+S.
fn write_free(wb: &mut Workbook, words: &str) -> Vec<Effect> {
    keys(wb, "J");
    assert_eq!(wb.context(), Context::JournalList);
    keys(wb, "n");
    assert_eq!(wb.context(), Context::JournalLink);
    keys(wb, "\n");
    assert_eq!(wb.context(), Context::Editor);
    keys(wb, words);
    keys(wb, "^s")
}

#[test]
fn n_in_the_journal_writes_a_free_private_entry_with_a_title() {
    for default in [Visibility::Private, Visibility::Shared] {
        let mut wb = workbook(&["Alex"], true);
        wb.config_mut().default_visibility = default;
        let fx = write_free(&mut wb, "# A quiet Sunday\n\nWe walked by the river.");
        assert!(fx.saves(SaveTarget::Store));
        let e = wb.store.entries.last().unwrap();
        assert_eq!(e.kind, EntryKind::Free { strategy: None });
        assert_eq!(
            e.visibility,
            Visibility::Private,
            "private by default, and alone there is no one to share with"
        );
        assert_eq!(
            e.body.text(),
            Some("# A quiet Sunday\n\nWe walked by the river.")
        );
        assert_eq!(
            super::title_of(e.body.text().unwrap()),
            Some("A quiet Sunday")
        );
        assert!(
            matches!(journal_mode(&wb), Some(JournalMode::Read { entry, .. }) if *entry == e.id)
        );
    }
}

#[test]
fn a_free_entry_can_belong_to_a_strategy_and_home_offers_it_too() {
    let mut wb = workbook(&["Alex"], false);
    let at = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::NewEntry)
        .unwrap();
    keys(&mut wb, "g");
    for _ in 0..at {
        keys(&mut wb, "j");
    }
    keys(&mut wb, "\n");
    assert_eq!(wb.context(), Context::JournalLink);
    keys(&mut wb, "jj\n");
    keys(&mut wb, "About waiting.^s");
    let second = wb.content.strategies[1].id.clone();
    assert_eq!(
        wb.store.entries.last().unwrap().kind,
        EntryKind::Free {
            strategy: Some(second.into())
        }
    );
    // Esc on the choice writes nothing.
    keys(&mut wb, "\x1bn\x1b");
    assert_eq!(wb.context(), Context::JournalList);
    assert_eq!(wb.store.entries.len(), 1);
    // A blank entry is not saved.
    keys(&mut wb, "n\n^s");
    assert_eq!(wb.store.entries.len(), 1);
    assert_eq!(wb.context(), Context::Editor);
}

#[test]
fn an_unsaved_free_entry_is_a_draft_that_comes_back_after_a_restart() {
    let mut wb = workbook(&["Alex"], false);
    keys(&mut wb, "Jn\nHalf a thought");
    // Autosave: the draft reaches the session on the next tick.
    let later = t0() + crate::workbook::AUTOSAVE_EVERY;
    let fx = wb.update_now(Msg::Tick, later);
    assert!(fx.saves(SaveTarget::Session), "{fx:?}");
    let drafts = &wb.session.for_partner(1).unwrap().drafts;
    assert_eq!(drafts[0].target, DraftTarget::NewEntry { strategy: None });
    assert_eq!(drafts[0].text, "Half a thought");
    // Esc keeps it; n brings it back.
    keys(&mut wb, "\x1b");
    assert!(notice(&wb).contains("kept as a draft"), "{}", notice(&wb));
    keys(&mut wb, "n");
    assert_eq!(
        wb.editor()
            .map(super::super::editor::Editor::text)
            .as_deref(),
        Some("Half a thought")
    );
    // A restart brings it back shown, waiting for Enter.
    let again = Workbook::new(
        Arc::clone(&wb.content),
        wb.store.clone(),
        wb.session.clone(),
        Some("Alex"),
    );
    assert_eq!(again.context(), Context::Draft);
    assert_eq!(
        again
            .editor()
            .map(super::super::editor::Editor::text)
            .as_deref(),
        Some("Half a thought")
    );
    // Saved, the draft is gone.
    keys(&mut wb, ", whole now.^s");
    assert!(wb.session.for_partner(1).unwrap().drafts.is_empty());
    assert_eq!(
        wb.store.entries.last().unwrap().body.text(),
        Some("Half a thought, whole now.")
    );
}

#[test]
fn own_editor_works_on_a_new_entry() {
    let mut wb = workbook(&["Alex"], false);
    keys(&mut wb, "Jn\nfirst");
    let fx = keys(&mut wb, "^o");
    assert!(
        fx.contains(&Effect::OpenEditor {
            text: "first".into()
        }),
        "{fx:?}"
    );
    wb.update_now(
        Msg::EditorReturned(Ok("# Title\n\nfrom my editor\n".into())),
        t0(),
    );
    keys(&mut wb, "^s");
    assert_eq!(
        wb.store.entries.last().unwrap().body.text(),
        Some("# Title\n\nfrom my editor")
    );
}

#[test]
fn a_protected_partners_free_entry_and_its_title_are_sealed_on_disk() {
    let mut wb = workbook(&["Alex"], false);
    keys(&mut wb, "P");
    for _ in 0..2 {
        for c in "river stones".chars() {
            wb.update_now(Msg::Input(KeyEvent::from(KeyCode::Char(c))), t0());
        }
        wb.update_now(Msg::Action(Action::Select), t0());
    }
    assert!(wb.partner().unwrap().protection.is_some());
    wb.screen = wb.home();
    write_free(&mut wb, "# Secret title\n\nsecret words");
    let disk = wb.store_for_disk().unwrap();
    let json = serde_json::to_string(&disk).unwrap();
    assert!(!json.contains("Secret title") && !json.contains("secret words"));
    assert!(matches!(disk.entries.last().unwrap().body, Body::Sealed(_)));
}

#[test]
fn sharing_asks_once_by_name_and_unsharing_does_not() {
    let mut wb = workbook(&["Alex", "Sam"], true);
    write_free(&mut wb, "for both of us");
    let id = wb.store.entries.last().unwrap().id;
    let vis = |wb: &Workbook| wb.store.entry(id).unwrap().visibility;
    // From the entry being read, and from the list.
    for from in ["", "\x1b"] {
        keys(&mut wb, from);
        keys(&mut wb, "v");
        assert_eq!(wb.context(), Context::Confirm);
        assert_eq!(super::shared_with(wb.here()), "Sam");
        keys(&mut wb, "n");
        assert_eq!(vis(&wb), Visibility::Private, "no is no");
        keys(&mut wb, "v");
        let fx = keys(&mut wb, "y");
        assert!(fx.saves(SaveTarget::Store));
        assert_eq!(vis(&wb), Visibility::Shared);
        let fx = keys(&mut wb, "v");
        assert_eq!(vis(&wb), Visibility::Private, "unsharing needs no question");
        assert!(fx.saves(SaveTarget::Store));
        assert_ne!(wb.context(), Context::Confirm);
    }
}

/// Alex writes and shares an entry; Sam is handed the keyboard and opens
/// Shared on it.
fn alex_shared_sam_reads() -> (Workbook, u64) {
    let mut wb = workbook(&["Alex", "Sam"], true);
    write_free(&mut wb, "I felt heard today.");
    let id = wb.store.entries.last().unwrap().id;
    keys(&mut wb, "vy\x1b\x1bs\n");
    assert_eq!(wb.partner().unwrap().name, "Sam");
    open_shared(&mut wb);
    (wb, id)
}

fn open_shared(wb: &mut Workbook) {
    wb.screen = wb.home();
    let at = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Shared)
        .unwrap();
    keys(wb, "g");
    for _ in 0..at {
        keys(wb, "j");
    }
    keys(wb, "\n");
    assert_eq!(wb.context(), Context::Shared);
}

fn reply_of(wb: &Workbook, to: u64) -> Option<&crate::model::Entry> {
    wb.store
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Reply { to })
}

#[test]
fn a_reply_round_trip_between_two_partners() {
    let (mut wb, entry) = alex_shared_sam_reads();
    // One key: "I read this."
    let fx = keys(&mut wb, "i");
    assert!(fx.saves(SaveTarget::Store));
    let r = reply_of(&wb, entry).unwrap();
    assert_eq!(r.body.text(), Some(super::super::read_it_words().as_str()));
    assert_eq!(r.visibility, Visibility::Shared);
    assert_eq!(wb.partner().unwrap().id, r.author);
    // r changes it, saying first that it is shared.
    keys(&mut wb, "r");
    assert_eq!(wb.context(), Context::Editor);
    assert!(notice(&wb).contains("shared by nature"), "{}", notice(&wb));
    keys(&mut wb, " Thank you for writing it.^s");
    assert_eq!(wb.context(), Context::Shared, "back to the entry");
    let text = "I read this. Thank you for writing it.";
    assert_eq!(reply_of(&wb, entry).unwrap().body.text(), Some(text));
    assert_eq!(
        wb.store
            .entries
            .iter()
            .filter(|e| e.kind.reply_to().is_some())
            .count(),
        1,
        "one reply per person per entry"
    );
    // Sam cannot answer their own reply's entry twice, nor share/unshare it.
    keys(&mut wb, "\x1bJ");
    let at = super::visible_entries(wb.here())
        .iter()
        .position(|id| Some(*id) == reply_of(&wb, entry).map(|e| e.id))
        .unwrap();
    for _ in 0..at {
        keys(&mut wb, "j");
    }
    keys(&mut wb, "v");
    assert!(notice(&wb).contains("always shared"), "{}", notice(&wb));
    assert_eq!(reply_of(&wb, entry).unwrap().visibility, Visibility::Shared);
    // The writer edits it in their journal too, and can delete it there.
    keys(&mut wb, "e!^s");
    assert_eq!(
        reply_of(&wb, entry).unwrap().body.text(),
        Some("I read this. Thank you for writing it.!")
    );
    keys(&mut wb, "\x1b");
    let kept = wb.store.clone();
    keys(&mut wb, "dy");
    assert!(reply_of(&wb, entry).is_none(), "deleted by its writer");
    wb.store = kept;
    // Back to Alex: home says a reply came, until Shared shows it.
    keys(&mut wb, "\x1bs\n");
    assert_eq!(wb.partner().unwrap().name, "Alex");
    assert_eq!(unread_replies(wb.here()).len(), 1);
    open_shared(&mut wb);
    assert!(unread_replies(wb.here()).is_empty());
    // Alex may not reply to their own entry.
    keys(&mut wb, "r");
    assert_eq!(wb.context(), Context::Shared);
    // The seen mark is kept in the session, so it lasts past a restart.
    wb.sync_session();
    assert!(!wb.session.for_partner(1).unwrap().seen_replies.is_empty());
}

#[test]
fn a_reply_to_an_entry_made_private_or_deleted_stays_with_its_writer_only() {
    for (what, alex_keys) in [("private", "v"), ("deleted", "dy")] {
        let (mut wb, entry) = alex_shared_sam_reads();
        keys(&mut wb, "i");
        let reply = reply_of(&wb, entry).unwrap().id;
        keys(&mut wb, "\x1bs\n");
        keys(&mut wb, "J");
        // Alex's entry is the only one in Alex's journal.
        keys(&mut wb, alex_keys);
        let store = &wb.store;
        let r = store.entry(reply).unwrap();
        let sam = r.author;
        let alex = wb.active.unwrap();
        assert!(crate::privacy::can_read(store, sam, r), "{what}");
        assert_eq!(
            crate::privacy::can_read(store, alex, r),
            store.entry(entry).is_some(),
            "{what}: only while the entry is Alex's to read"
        );
        assert!(
            crate::privacy::replies_to(store, sam, entry)
                .iter()
                .all(|e| e.author == sam),
            "{what}"
        );
    }
}

#[test]
fn an_unsaved_reply_comes_back_only_while_the_entry_may_still_be_answered() {
    let (mut wb, entry) = alex_shared_sam_reads();
    keys(&mut wb, "rnot finished");
    keys(&mut wb, "\x1b");
    assert!(
        notice(&wb).contains("Press r on the entry"),
        "{}",
        notice(&wb)
    );
    assert_eq!(wb.context(), Context::Shared);
    wb.sync_session();
    let restart = |wb: &Workbook, store: Store| {
        Workbook::new(
            Arc::clone(&wb.content),
            store,
            wb.session.clone(),
            Some("Sam"),
        )
    };
    let again = restart(&wb, wb.store.clone());
    assert_eq!(again.context(), Context::Draft);
    assert_eq!(
        again
            .editor()
            .map(super::super::editor::Editor::text)
            .as_deref(),
        Some("not finished")
    );
    // Unshared meanwhile: the draft waits, the entry's words are not shown.
    let mut unshared = wb.store.clone();
    unshared.entry_mut(entry).unwrap().visibility = Visibility::Private;
    let again = restart(&wb, unshared);
    assert!(again.editor().is_none());
    assert_ne!(again.context(), Context::Draft);
}

#[test]
fn reading_the_entry_in_the_journal_counts_as_reading_its_replies() {
    let (mut wb, _) = alex_shared_sam_reads();
    keys(&mut wb, "i\x1bs\n");
    assert_eq!(unread_replies(wb.here()).len(), 1);
    keys(&mut wb, "J\n");
    assert!(unread_replies(wb.here()).is_empty());
}
