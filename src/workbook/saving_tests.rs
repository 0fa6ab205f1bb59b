use crate::model::SaveTarget;
use crate::testing::Effects as _;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::*;
use crate::model::Role;
use crate::testing::{t0, type_text};

fn with_partner() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    )
}

fn act(wb: &mut Workbook, a: Action) -> Vec<Effect> {
    wb.update(Msg::Action(a), t0())
}

fn ctrl_s() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
}

#[test]
fn after_a_failed_save_ctrl_s_anywhere_saves_again_and_keeps_the_words() {
    let mut wb = with_partner();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "words I cannot write twice");
    act(&mut wb, Action::Save);
    let first = wb.saves().queued(SaveTarget::Store);
    wb.update(
        Msg::SaveFailed(
            SaveTarget::Store,
            first,
            crate::testing::disk_full("store.json"),
        ),
        t0(),
    );
    let notice = wb.notice.clone().unwrap();
    assert!(notice.text.contains("Ctrl+S tries again"), "{notice:?}");
    // Leave the editor: Ctrl+S is not the editor's "save" any more.
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    let ctx = wb.context();
    assert_eq!(
        crate::keymap::lookup(ctx, ctrl_s()),
        Some(Action::RetrySave)
    );
    let fx = act(&mut wb, Action::RetrySave);
    assert!(
        fx.saves(SaveTarget::Store) && fx.saves(SaveTarget::Session),
        "{fx:?}"
    );
    assert!(
        !wb.saves().is_durable(SaveTarget::Store),
        "unsaved until the disk says so"
    );
    assert_eq!(wb.store.entries.len(), 1);
    assert_eq!(
        wb.store.entries[0].body.text(),
        Some("words I cannot write twice")
    );
    let again = wb.saves().queued(SaveTarget::Store);
    assert!(again > first, "the retry is a save of its own");
    wb.update(Msg::Saved(SaveTarget::Store, again), t0());
    let session = wb.saves().queued(SaveTarget::Session);
    wb.update(Msg::Saved(SaveTarget::Session, session), t0());
    assert!(wb.saves().all_durable());
    let fx = act(&mut wb, Action::RetrySave);
    assert!(!fx.saves(SaveTarget::Store), "nothing to save: {fx:?}");
    assert_eq!(wb.notice.unwrap().text, "Everything you wrote is saved.");
}

#[test]
fn in_the_editor_ctrl_s_keeps_meaning_save_this_answer() {
    assert_eq!(
        crate::keymap::lookup(Context::Editor, ctrl_s()),
        Some(Action::Save)
    );
}

#[test]
fn read_only_never_saves_and_refuses_typing_with_the_reason() {
    let mut wb = with_partner();
    wb.set_read_only("the workbook is open in another trustmend (process 42).");
    assert!(wb.is_read_only());
    let text = wb.notice.clone().unwrap().text;
    assert!(
        text.contains("process 42") && text.contains("nothing here is saved"),
        "{text}"
    );
    // Ticking a checklist item changes the screen but is never written.
    let move_on = wb
        .home_items()
        .iter()
        .position(|i| *i == crate::workbook::HomeItem::MoveOn)
        .unwrap();
    act(&mut wb, Action::Top);
    for _ in 0..move_on {
        act(&mut wb, Action::Down);
    }
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::MoveOn);
    let fx = act(&mut wb, Action::Toggle);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(wb.notice.clone().unwrap().kind, NoticeKind::Error);
    act(&mut wb, Action::Back);
    // No editor stays open (see the test below); typing is refused.
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    assert!(wb.editor().is_none(), "no editor stays open read-only");
    type_text(&mut wb, "lost?");
    wb.update(Msg::Paste("pasted".into()), t0());
    assert!(
        wb.editor()
            .is_none_or(super::super::editor::Editor::is_blank)
    );
    assert!(act(&mut wb, Action::RetrySave).is_empty());
    let fx = act(&mut wb, Action::Quit);
    assert_eq!(fx, vec![Effect::Quit]);
    assert!(wb.may_leave(), "nothing was asked to be saved");
}

/// Read-only, the own editor is never started (its words could not be
/// saved, and it would need a file on the disk), from a strategy or the
/// journal's new entry.
#[test]
fn read_only_never_starts_the_own_editor() {
    let mut wb = with_partner();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    wb.set_read_only("the workbook is open in another trustmend (process 42).");
    let fx = act(&mut wb, Action::ExternalEditor);
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::OpenEditor { .. })),
        "{fx:?}"
    );
    assert!(wb.editor().is_none());
    let text = wb.notice.clone().unwrap().text;
    assert!(
        text.contains("Writing is closed") && text.contains("process 42"),
        "{text}"
    );
}

/// A draft shown without the keyboard (a person back at it, or after Esc
/// in a strategy) is saved by Ctrl+S as it would be while typing, in the
/// strategy and in the journal; with nothing unsaved there, Ctrl+S keeps
/// its meaning anywhere else.
#[test]
fn ctrl_s_on_a_draft_shown_saves_that_draft() {
    // In a strategy, after Esc out of the editor.
    let mut wb = with_partner();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "words kept as a draft");
    act(&mut wb, Action::StopEditing);
    assert_eq!(wb.context(), Context::Prompt);
    let key = crate::keymap::lookup(Context::Prompt, ctrl_s());
    assert_eq!(key, Some(Action::Save));
    let fx = act(&mut wb, Action::Save);
    assert!(fx.saves(SaveTarget::Store), "{fx:?}");
    assert!(
        wb.store
            .entries
            .iter()
            .any(|e| e.body.text() == Some("words kept as a draft")),
        "the draft on screen was saved"
    );

    // In the journal, on an entry's unsaved changes shown to a person back
    // at the keyboard.
    let entry = wb.store.entries[0].id;
    let mut editor = Editor::new(
        DraftTarget::EditEntry { entry },
        "words kept as a draft, and more",
        "words kept as a draft",
    );
    editor.input(KeyEvent::new(KeyCode::End, KeyModifiers::NONE));
    wb.screen = Screen::Journal(Box::new(JournalView::draft(editor)));
    assert_eq!(wb.context(), Context::Draft);
    let key = crate::keymap::lookup(Context::Draft, ctrl_s());
    assert_eq!(key, Some(Action::Save));
    let fx = act(&mut wb, Action::Save);
    assert!(fx.saves(SaveTarget::Store), "{fx:?}");
    assert_eq!(
        wb.store.entry(entry).and_then(|e| e.body.text()),
        Some("words kept as a draft, and more")
    );
}

/// On a full disk both files fail: the notice names the journal, whose
/// words matter more, not the session file that failed after it.
#[test]
fn a_draft_failing_after_the_journal_does_not_hide_the_journal_failure() {
    let mut wb = with_partner();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "words");
    act(&mut wb, Action::Save);
    let store = wb.saves().queued(SaveTarget::Store);
    wb.update(
        Msg::SaveFailed(
            SaveTarget::Store,
            store,
            crate::testing::disk_full("store.json"),
        ),
        t0(),
    );
    wb.update(Msg::Flush, t0());
    let session = wb.saves().queued(SaveTarget::Session);
    wb.update(
        Msg::SaveFailed(
            SaveTarget::Session,
            session,
            crate::testing::disk_full("session.json"),
        ),
        t0(),
    );
    let text = wb.notice.clone().unwrap().text;
    assert!(
        text.contains("Your journal") && text.contains("store.json"),
        "{text}"
    );
}

/// Read-only, a new journal entry: the editor is shown but takes no keys,
/// and the line says writing is closed (and stays, ticks and all).
#[test]
fn read_only_new_entry_says_writing_is_closed() {
    let mut wb = with_partner();
    wb.set_read_only("the workbook is open in another trustmend (process 42).");
    for code in [KeyCode::Char('J'), KeyCode::Char('n'), KeyCode::Enter] {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        let msg = match crate::keymap::lookup(wb.context(), key) {
            Some(a) => Msg::Action(a),
            None => Msg::Input(key),
        };
        wb.update(msg, t0());
    }
    for _ in 0..3 {
        wb.update(Msg::Tick, t0() + chrono::Duration::seconds(10));
    }
    assert_ne!(wb.context(), Context::Editor);
    let text = wb.notice.clone().unwrap().text;
    assert!(text.contains("Writing is closed"), "{text}");
}
