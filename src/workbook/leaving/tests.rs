//! Quitting never throws words away: every path through a failed save at
//! quit, driven through the one interpreter with an edge whose disk fails
//! on demand.

use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::content::Content;
use crate::effects::{self, Edge, Flow};
use crate::keymap::Action;
use crate::model::{Role, Store};
use crate::testing::t0;
use crate::workbook::{Msg, SaveTarget, Screen, Session, UnsavedStep, Workbook};

/// A disk that is full until `full` is cleared; it keeps the newest store
/// written, like `store.json` would.
#[derive(Default)]
struct Disk {
    full: bool,
    results: Vec<Msg>,
    written: Option<Store>,
}

impl Edge for Disk {
    fn write_store(&mut self, seq: u64, store: Store) {
        self.results.push(if self.full {
            Msg::SaveFailed(
                SaveTarget::Store,
                seq,
                crate::testing::disk_full("store.json"),
            )
        } else {
            self.written = Some(store);
            Msg::Saved(SaveTarget::Store, seq)
        });
    }

    fn write_session(&mut self, seq: u64, _: Vec<u8>) {
        self.results.push(if self.full {
            Msg::SaveFailed(
                SaveTarget::Session,
                seq,
                crate::testing::disk_full("session.json"),
            )
        } else {
            Msg::Saved(SaveTarget::Session, seq)
        });
    }

    fn results(&mut self) -> Vec<Msg> {
        std::mem::take(&mut self.results)
    }

    fn settle(&mut self) -> Vec<Msg> {
        std::mem::take(&mut self.results)
    }

    fn open_editor(&mut self, _: &str) -> Result<String, String> {
        Err("no editor here".into())
    }

    fn unlock(&mut self, _: crate::workbook::Unlocking) {}

    fn protect(&mut self, _: crate::workbook::Protecting) {}
}

fn send(wb: &mut Workbook, disk: &mut Disk, msg: Msg) -> Flow {
    let fx = wb.update(msg, t0());
    let flow = effects::carry_out(wb, disk, fx, &t0);
    if flow == Flow::Leave {
        return flow;
    }
    effects::poll(wb, disk, &t0)
}

fn act(wb: &mut Workbook, disk: &mut Disk, a: Action) -> Flow {
    send(wb, disk, Msg::Action(a))
}

/// Alex has answered the first prompt of the first strategy; the disk is
/// full, so the answer is only in memory.
fn unsaved_answer() -> (Workbook, Disk) {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    );
    let mut disk = Disk {
        full: true,
        ..Disk::default()
    };
    act(&mut wb, &mut disk, Action::Select);
    act(&mut wb, &mut disk, Action::Select);
    for c in "words I could not write twice".chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        send(&mut wb, &mut disk, Msg::Input(key));
    }
    act(&mut wb, &mut disk, Action::Save);
    assert!(!wb.saves().is_durable(SaveTarget::Store));
    (wb, disk)
}

#[test]
fn quitting_on_a_full_disk_stays_and_asks_instead_of_losing_the_words() {
    for quit in [Action::Quit, Action::StopEditing] {
        let (mut wb, mut disk) = unsaved_answer();
        let flow = if quit == Action::Quit {
            act(&mut wb, &mut disk, Action::Quit)
        } else {
            // Esc out of the editor, then q on home.
            act(&mut wb, &mut disk, Action::StopEditing);
            act(&mut wb, &mut disk, Action::Back);
            act(&mut wb, &mut disk, Action::Back)
        };
        assert_eq!(flow, Flow::Stay, "{quit:?} left with the words unsaved");
        assert!(
            matches!(wb.screen(), Screen::Unsaved(_)),
            "{:?}",
            wb.screen()
        );
        assert!(!wb.may_leave());
    }
}

#[test]
fn trying_again_once_there_is_room_saves_and_leaves() {
    let (mut wb, mut disk) = unsaved_answer();
    assert_eq!(act(&mut wb, &mut disk, Action::Quit), Flow::Stay);
    disk.full = false;
    assert_eq!(act(&mut wb, &mut disk, Action::RetrySave), Flow::Leave);
    let written = disk.written.expect("the store was written");
    assert!(
        written
            .entries
            .iter()
            .any(|e| e.body.text() == Some("words I could not write twice"))
    );
}

#[test]
fn a_copy_in_another_folder_holds_every_word_and_then_it_may_leave() {
    let (mut wb, mut disk) = unsaved_answer();
    act(&mut wb, &mut disk, Action::Quit);
    let elsewhere = tempfile::tempdir().unwrap();
    act(&mut wb, &mut disk, Action::WriteCopy);
    let folder = elsewhere.path().display().to_string();
    send(&mut wb, &mut disk, Msg::Paste(folder));
    let flow = act(&mut wb, &mut disk, Action::Select);
    assert_eq!(flow, Flow::Leave, "{:?}", wb.screen());
    let parting = wb.parting_words().unwrap().to_string();
    let copy = std::fs::read_dir(elsewhere.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert!(parting.contains(&copy.display().to_string()), "{parting}");
    let read = crate::store::DataDir::at(copy)
        .load_store()
        .unwrap()
        .unwrap();
    assert!(
        read.entries
            .iter()
            .any(|e| e.body.text() == Some("words I could not write twice"))
    );
}

#[test]
fn a_folder_that_cannot_take_the_copy_says_so_and_asks_again() {
    let (mut wb, mut disk) = unsaved_answer();
    act(&mut wb, &mut disk, Action::Quit);
    act(&mut wb, &mut disk, Action::WriteCopy);
    send(
        &mut wb,
        &mut disk,
        Msg::Paste("/no/such/folder/anywhere".into()),
    );
    assert_eq!(act(&mut wb, &mut disk, Action::Select), Flow::Stay);
    let Screen::Unsaved(v) = wb.screen() else {
        panic!("{:?}", wb.screen());
    };
    assert_eq!(v.step, UnsavedStep::Folder);
    assert!(v.problem.as_deref().unwrap().contains("not a folder"));
}

#[test]
fn leaving_without_the_words_is_asked_twice() {
    let (mut wb, mut disk) = unsaved_answer();
    act(&mut wb, &mut disk, Action::Quit);
    assert_eq!(act(&mut wb, &mut disk, Action::LoseAndQuit), Flow::Stay);
    // "No" goes back to the three choices.
    assert_eq!(act(&mut wb, &mut disk, Action::Cancel), Flow::Stay);
    assert_eq!(act(&mut wb, &mut disk, Action::LoseAndQuit), Flow::Stay);
    assert_eq!(act(&mut wb, &mut disk, Action::Confirm), Flow::Leave);
}

#[test]
fn esc_goes_back_to_the_words_and_nothing_is_lost() {
    let (mut wb, mut disk) = unsaved_answer();
    act(&mut wb, &mut disk, Action::Quit);
    assert_eq!(act(&mut wb, &mut disk, Action::Back), Flow::Stay);
    assert!(!matches!(wb.screen(), Screen::Unsaved(_)));
    assert!(
        wb.store()
            .entries
            .iter()
            .any(|e| e.body.text() == Some("words I could not write twice"))
    );
}

#[test]
fn the_quick_exit_leaves_at_once_even_with_words_unsaved() {
    let (mut wb, mut disk) = unsaved_answer();
    assert_eq!(act(&mut wb, &mut disk, Action::QuickExit), Flow::Leave);
}

#[test]
fn with_no_one_to_ask_a_copy_goes_to_the_folder_given() {
    let (mut wb, mut disk) = unsaved_answer();
    act(&mut wb, &mut disk, Action::Quit);
    let tmp = tempfile::tempdir().unwrap();
    let flow = effects::rescue(&mut wb, &mut disk, tmp.path(), &t0);
    assert_eq!(flow, Flow::Leave);
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

/// The rescue is a message of its own, not keys replayed through the
/// screen: the help left open or a window shrunk too small (where keys are
/// not taken) cannot stop the copy being written.
#[test]
fn with_no_one_to_ask_the_copy_is_written_whatever_the_screen_was_doing() {
    for (label, before) in [
        ("help open", Some(Msg::Action(Action::Help))),
        ("too small", Some(Msg::Resize(40, 10))),
        ("as it was", None),
    ] {
        let (mut wb, mut disk) = unsaved_answer();
        act(&mut wb, &mut disk, Action::Quit);
        assert!(matches!(wb.screen(), Screen::Unsaved(_)), "{label}");
        if let Some(msg) = before {
            send(&mut wb, &mut disk, msg);
        }
        let tmp = tempfile::tempdir().unwrap();
        let flow = effects::rescue(&mut wb, &mut disk, tmp.path(), &t0);
        assert_eq!(flow, Flow::Leave, "{label}");
        assert_eq!(
            std::fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "{label}: no copy"
        );
        let parting = wb.parting_words().unwrap_or_default();
        assert!(
            parting.contains(&tmp.path().display().to_string()),
            "{label}: {parting}"
        );
    }
}

#[test]
fn a_failed_save_after_a_success_is_never_called_saved() {
    let (mut wb, mut disk) = unsaved_answer();
    disk.full = false;
    act(&mut wb, &mut disk, Action::RetrySave);
    assert!(wb.saves().all_durable());
    // A later save that fails: the earlier success says nothing of it,
    // even when it is reported again afterwards.
    disk.full = true;
    send(&mut wb, &mut disk, Msg::Flush);
    let later = wb.saves().queued(SaveTarget::Store);
    assert!(!wb.saves().is_durable(SaveTarget::Store));
    wb.update(Msg::Saved(SaveTarget::Store, later - 1), t0());
    assert!(!wb.saves().is_durable(SaveTarget::Store));
    let fx = wb.update(Msg::Action(Action::RetrySave), t0());
    assert!(!fx.is_empty(), "it saves again");
    assert_ne!(
        wb.notice().map(|n| n.text.as_str()),
        Some("Everything you wrote is saved.")
    );
}
