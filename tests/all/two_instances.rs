//! Two trustmends on one data folder (two terminal tabs): the second says
//! the workbook is open elsewhere and offers read-only viewing or to quit;
//! read-only never writes, and the first's data stays intact.

use crate::common;

use std::path::Path;

use common::{Tui, keys, run_cli, stdout};

fn fixture_into(dir: &Path) -> Vec<u8> {
    let bytes = common::fixture_v1_welcomed();
    std::fs::write(dir.join("store.json"), &bytes).unwrap();
    bytes
}

#[test]
fn the_second_window_offers_read_only_and_never_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let original = fixture_into(tmp.path());
    let mut first = Tui::start(tmp.path(), &["--profile", "Alex"]);
    first.wait_for("Journal (");

    // Quitting at the question leaves everything as it was.
    let mut second = Tui::start(tmp.path(), &["--profile", "Alex"]);
    second.wait_for("the workbook is open in another trustmend (process");
    second.send(keys::ENTER);
    assert!(second.wait_exit());

    let mut second = Tui::start(tmp.path(), &["--profile", "Alex"]);
    second.wait_for("Type r and Enter to read");
    second.send("r\r");
    second.wait_for("Read-only: the workbook is open in another trustmend");
    // Reading works; asking to save only repeats why it cannot.
    second.send("J");
    second.wait_for("Journal");
    second.send(keys::CTRL_S);
    second.wait_for("nothing here is saved");
    second.send(keys::CTRL_C);
    assert!(second.wait_exit());
    assert_eq!(
        std::fs::read(tmp.path().join("store.json")).unwrap(),
        original
    );

    // Status and export read while the first window is open.
    let out = run_cli(tmp.path(), &["status", "--profile", "Alex"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Alex"), "{}", stdout(&out));

    first.send(keys::CTRL_C);
    assert!(first.wait_exit());
    assert_eq!(
        std::fs::read(tmp.path().join("store.json")).unwrap(),
        original
    );
}

#[test]
fn a_store_from_a_newer_trustmend_can_be_read_but_is_never_written() {
    let tmp = tempfile::tempdir().unwrap();
    let mut json: serde_json::Value = serde_json::from_slice(&fixture_into(tmp.path())).unwrap();
    json["schema_version"] = 9.into();
    json["only_version_9_knows"] = serde_json::json!({"x": 1});
    let newer = serde_json::to_vec_pretty(&json).unwrap();
    std::fs::write(tmp.path().join("store.json"), &newer).unwrap();
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("newer trustmend (format 9");
    tui.send("r\r");
    tui.wait_for("Read-only: this workbook comes from a newer trustmend.");
    tui.wait_for("Journal (");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    assert_eq!(std::fs::read(tmp.path().join("store.json")).unwrap(), newer);
    assert!(!tmp.path().join("session.json").exists());
}

#[test]
fn leftovers_of_a_killed_save_are_removed_only_by_the_window_holding_the_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let original = fixture_into(tmp.path());
    let leftover = tmp.path().join(".store.json.k1LLd9");
    std::fs::write(&leftover, &original[..100]).unwrap();
    let mut first = Tui::start(tmp.path(), &["--profile", "Alex"]);
    first.wait_for("Journal (");
    assert!(!leftover.exists(), "the first window cleans up");
    // A second window must not touch what may be the first's save in flight.
    let in_flight = tmp.path().join(".store.json.Fl1ght");
    std::fs::write(&in_flight, b"half").unwrap();
    let mut second = Tui::start(tmp.path(), &["--profile", "Alex"]);
    second.wait_for("Type r and Enter to read");
    second.send("r\r");
    second.wait_for("Read-only:");
    assert!(in_flight.exists());
    second.send(keys::CTRL_C);
    assert!(second.wait_exit());
    first.send(keys::CTRL_C);
    assert!(first.wait_exit());
    assert_eq!(
        std::fs::read(tmp.path().join("store.json")).unwrap(),
        original
    );
}

#[test]
fn deleting_the_lock_file_stops_the_first_writer_instead_of_letting_two_write() {
    use trustmend::store::saver::Saver;
    use trustmend::store::{DataDir, StoreError};
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("data");
    let first = DataDir::at(root.clone());
    let _first_lock = first.lock().unwrap();
    let store = trustmend::model::Store::default();
    let mut saver = Saver::new(first.clone());
    saver.start_from(store.clone());
    let mut one = store.clone();
    one.add_partner(
        "Alex",
        trustmend::model::Role::Hurt,
        chrono::Local::now().fixed_offset(),
    );
    saver.save(one.clone()).unwrap();

    std::fs::remove_file(first.lock_path()).unwrap();
    let second = DataDir::at(root.clone());
    let _second_lock = second.lock().expect("a fresh lock file can be locked");
    let mut two = one.clone();
    two.add_partner(
        "Sam",
        trustmend::model::Role::Repairing,
        chrono::Local::now().fixed_offset(),
    );
    let before = std::fs::read(first.store_path()).unwrap();
    let err = saver.save(two).unwrap_err();
    assert!(matches!(err, StoreError::LockLost { .. }), "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains(&first.lock_path().display().to_string()),
        "{msg}"
    );
    assert!(msg.contains("stopped saving"), "{msg}");
    assert!(first.write_session_bytes(b"{}").is_err());
    assert_eq!(std::fs::read(first.store_path()).unwrap(), before);
    second.write_session_bytes(b"{\"version\": 1}").unwrap();
}

#[test]
fn a_lock_file_gone_with_nobody_else_is_taken_again() {
    use trustmend::store::{DataDir, StoreError};
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    let _lock = dir.lock().unwrap();
    std::fs::remove_file(dir.lock_path()).unwrap();
    dir.write_session_bytes(b"{\"version\": 1}").unwrap();
    assert!(dir.lock_path().exists());
    let other = DataDir::at(dir.root().to_path_buf());
    assert!(matches!(other.lock(), Err(StoreError::Locked { .. })));
}

#[test]
fn open_for_writing_removes_leftovers_and_refuses_a_lock_of_another_folder() {
    use trustmend::store::{DataDir, StoreError};
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    let lock = dir.lock().unwrap();
    let leftover = dir.root().join(".store.json.Ab12Cd");
    std::fs::write(&leftover, b"half a save").unwrap();
    assert_eq!(dir.open_for_writing(&lock).unwrap(), vec![leftover.clone()]);
    assert!(!leftover.exists());
    let other = DataDir::at(tmp.path().join("other"));
    assert!(matches!(
        other.open_for_writing(&lock),
        Err(StoreError::LockLost { .. })
    ));
}
