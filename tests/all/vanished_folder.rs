//! The data folder disappears while the app runs (an unmounted drive, a
//! folder moved away): the save fails in plain words, the change stays in
//! the app, and Ctrl+S saves it once the folder is back.

use crate::common;

use common::{Tui, keys};

#[test]
fn a_vanished_folder_is_reported_and_the_change_saved_when_it_returns() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let away = tmp.path().join("away");
    std::fs::create_dir(&data).unwrap();
    let fixture = common::fixture_v1_welcomed();
    std::fs::write(data.join("store.json"), &fixture).unwrap();
    let mut tui = Tui::start(&data, &["--profile", "Alex"]);
    tui.wait_for("When is it time to move on?");
    std::fs::rename(&data, &away).unwrap();
    // Count from the top: more home items follow the checklist now.
    tui.send("g");
    for _ in 0..15 {
        tui.send(keys::DOWN);
    }
    tui.wait_for("› When is it time to move on?");
    tui.send(keys::ENTER);
    tui.send(" ");
    tui.wait_for("is not saved yet, but nothing is lost");
    tui.wait_for("the folder has gone");
    std::fs::rename(&away, &data).unwrap();
    assert_eq!(std::fs::read(data.join("store.json")).unwrap(), fixture);
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    assert_ne!(std::fs::read(data.join("store.json")).unwrap(), fixture);
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
