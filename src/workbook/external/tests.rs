use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::content::Content;
use crate::keymap::{Action, Context};
use crate::model::{Role, Store};
use crate::testing::t0;
use crate::workbook::{Msg, Session};

/// Alex, writing the first prompt of the first strategy.
fn writing(text: &str) -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    wb.update(Msg::Action(Action::Select), t0());
    wb.update(Msg::Action(Action::Select), t0());
    assert_eq!(wb.context(), Context::Editor);
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        wb.update(Msg::Input(key), t0());
    }
    wb
}

fn text(wb: &Workbook) -> String {
    wb.editor().unwrap().text()
}

#[test]
fn ctrl_o_asks_for_the_own_editor_with_the_words_so_far() {
    let mut wb = writing("so far");
    let fx = wb.update(Msg::Action(Action::ExternalEditor), t0());
    assert_eq!(
        fx,
        vec![Effect::OpenEditor {
            text: "so far".into()
        }]
    );
    assert_eq!(wb.context(), Context::Editor, "still writing");
}

#[test]
fn the_editors_text_replaces_the_words_and_can_be_undone() {
    let mut wb = writing("so far");
    wb.update(
        Msg::EditorReturned(Ok("so far\nand a second line\n".into())),
        t0(),
    );
    assert_eq!(text(&wb), "so far\nand a second line");
    assert!(wb.notice.as_ref().unwrap().text.contains("Ctrl+S saves"));
    assert!(wb.editor().unwrap().is_changed());
    let undo = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    wb.update(Msg::Input(undo), t0());
    wb.update(Msg::Input(undo), t0());
    assert_eq!(text(&wb), "so far", "the old words can be had back");
}

#[test]
fn an_empty_file_changes_nothing_and_says_so() {
    let mut wb = writing("keep me");
    wb.update(Msg::EditorReturned(Ok("\n  \n".into())), t0());
    assert_eq!(text(&wb), "keep me");
    assert!(wb.notice.as_ref().unwrap().text.contains("empty"));
}

#[test]
fn an_editor_that_failed_changes_nothing_and_says_why() {
    let mut wb = writing("keep me");
    wb.update(
        Msg::EditorReturned(Err("Your editor (vim) exited with status 1.".into())),
        t0(),
    );
    assert_eq!(text(&wb), "keep me");
    let n = wb.notice.as_ref().unwrap();
    assert_eq!(n.kind, NoticeKind::Error);
    assert!(n.text.contains("exited with status 1"), "{}", n.text);
    assert!(n.text.contains("unchanged"), "{}", n.text);
}

#[test]
fn outside_an_editor_ctrl_o_opens_nothing() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    let fx = wb.update(Msg::Action(Action::ExternalEditor), t0());
    assert!(fx.is_empty());
}

#[test]
fn an_editor_that_returns_at_once_says_how_to_make_it_wait() {
    let mut wb = writing("as it was");
    wb.update(Msg::EditorReturned(Ok("as it was\n".into())), t0());
    assert_eq!(text(&wb), "as it was");
    assert!(wb.notice.as_ref().unwrap().text.contains("--wait"));
}

#[test]
fn a_protected_partner_is_never_handed_to_another_editor() {
    let mut wb = writing("private words");
    // Only whether protection is on matters here, not a real key.
    let id = wb.active.unwrap();
    wb.store.partner_mut(id).unwrap().protection = Some(crate::crypto::Protection {
        identity_sealed: String::new(),
        recipient: String::new(),
        identity_recovery: None,
    });
    let fx = wb.update(Msg::Action(Action::ExternalEditor), t0());
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::OpenEditor { .. })),
        "{fx:?}"
    );
    assert!(wb.notice.unwrap().text.contains("protected"));
}
