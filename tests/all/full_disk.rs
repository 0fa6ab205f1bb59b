//! A really full disk: a 64 KB tmpfs (skipped, with a note, where the test
//! cannot mount one, e.g. without root). A save that does not fit says the
//! disk is full, the old file stays byte for byte, the edit stays in the
//! app, and saving again once there is room succeeds.

use crate::common;

use std::path::Path;

use common::{Tmpfs, Tui, fill, keys};
use trustmend::store::DataDir;

fn fixture() -> Vec<u8> {
    common::fixture_v1_welcomed()
}

#[test]
fn a_full_disk_keeps_the_old_store_and_the_next_save_after_freeing_space_works() {
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    let dir = DataDir::at(disk.path.join("data"));
    dir.ensure().unwrap();
    let old = fixture();
    dir.write_store_bytes(&old).unwrap();
    let filler = fill(&disk.path);
    let mut bigger: serde_json::Value = serde_json::from_slice(&old).unwrap();
    bigger["later"] = "x".repeat(20_000).into();
    let bigger = serde_json::to_vec_pretty(&bigger).unwrap();
    let err = dir.write_store_bytes(&bigger).unwrap_err();
    assert!(err.is_disk_full(), "{err}");
    assert!(err.to_string().contains("the disk is full"), "{err}");
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), old);
    std::fs::remove_file(filler).unwrap();
    dir.write_store_bytes(&bigger).unwrap();
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), bigger);
}

#[test]
fn in_the_app_a_full_disk_is_shown_the_change_kept_and_ctrl_s_saves_it_later() {
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    let data = disk.path.join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("store.json"), fixture()).unwrap();
    let mut tui = Tui::start(&data, &["--profile", "Alex"]);
    tui.wait_for("When is it time to move on?");
    let filler = fill(&disk.path);
    // The checklist: tick the first sign, which saves the journal.
    // Home: ten strategies, the fixture's homework, "Before you begin",
    // "Journal", "New entry", the FAQ, then the checklist (more items
    // follow it, so count from the top).
    tui.send("g");
    for _ in 0..15 {
        tui.send(keys::DOWN);
    }
    tui.wait_for("› When is it time to move on?");
    tui.send(keys::ENTER);
    tui.send(" ");
    tui.wait_for("the disk is full");
    tui.wait_for("is not saved yet, but nothing is lost");
    assert_eq!(std::fs::read(data.join("store.json")).unwrap(), fixture());
    std::fs::remove_file(filler).unwrap();
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    let saved = std::fs::read(data.join("store.json")).unwrap();
    assert_ne!(saved, fixture(), "the tick is on disk");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

#[test]
fn starting_in_a_read_only_folder_says_so_before_any_typing() {
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    let data = disk.path.join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("store.json"), fixture()).unwrap();
    disk.remount("ro");
    let mut tui = Tui::start(&data, &["--profile", "Alex"]);
    tui.wait_for("is read-only, so nothing could be saved");
    tui.send("r\r");
    tui.wait_for("Read-only:");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    assert_eq!(std::fs::read(data.join("store.json")).unwrap(), fixture());
}

#[test]
fn a_change_that_does_not_fit_leaves_the_change_log_whole() {
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    let dir = DataDir::at(disk.path.join("data"));
    dir.ensure().unwrap();
    let mut store = trustmend::store::load_store_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.json"),
    )
    .unwrap()
    .unwrap();
    dir.save_store(&mut store).unwrap();
    let edited = |from: &trustmend::model::Store, words: String| {
        let mut next = from.clone();
        next.entries[0].body = trustmend::model::Body::Text(words);
        next
    };
    let first = edited(&store, "a small change".into());
    let change = trustmend::store::changes::diff(&store, &first).unwrap();
    dir.append_change(&change, &first).unwrap();
    let log = std::fs::read(dir.changes_path()).unwrap();

    let filler = fill(&disk.path);
    let second = edited(&first, "many words ".repeat(4_000));
    let change = trustmend::store::changes::diff(&first, &second).unwrap();
    let err = dir.append_change(&change, &second).unwrap_err();
    assert!(err.is_disk_full(), "{err}");
    assert!(err.to_string().contains("the disk is full"), "{err}");
    // No half line was left behind: the log reads as it did.
    assert_eq!(std::fs::read(dir.changes_path()).unwrap(), log);
    assert!(dir.changes_end_cleanly());
    assert_eq!(dir.load_store().unwrap().unwrap().entries, first.entries);

    std::fs::remove_file(filler).unwrap();
    dir.append_change(&change, &second).unwrap();
    assert_eq!(dir.load_store().unwrap().unwrap().entries, second.entries);
}
