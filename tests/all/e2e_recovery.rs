//! Items of issue 25 as a person does them, in a pseudo-terminal: the
//! read-only window closes the editor with the reason before a word is
//! typed (and creates nothing in the data folder), and letters typed at
//! once after reopening onto a saved draft go into it.

use crate::common;

use common::{Tui, keys};

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut all: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    all.sort();
    all
}

#[test]
fn the_read_only_window_closes_the_editor_and_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("store.json"), common::fixture_v1_welcomed()).unwrap();
    let mut first = Tui::start(tmp.path(), &["--profile", "Alex"]);
    first.wait_for("Journal (");
    let before = names(tmp.path());

    let mut second = Tui::start(tmp.path(), &["--profile", "Alex"]);
    second.wait_for("Type r and Enter to read");
    second.send("r\r");
    second.wait_for("Read-only: the workbook is open in another trustmend");
    second.send("J");
    second.wait_for("Journal");
    second.send("n");
    second.send(keys::ENTER);
    second.wait_for("Writing is closed");
    // Ctrl+O (the own editor) is refused the same way.
    second.send("\x0f");
    second.wait_for("Writing is closed");
    second.send(keys::CTRL_C);
    assert!(second.wait_exit());
    assert_eq!(
        names(tmp.path()),
        before,
        "nothing created in the data folder"
    );

    first.send(keys::CTRL_C);
    assert!(first.wait_exit());
}

#[test]
fn letters_typed_at_once_on_a_reopened_draft_go_into_it() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("store.json"), common::fixture_v1_welcomed()).unwrap();
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Journal (");
    tui.send("J");
    tui.send("n");
    tui.send(keys::ENTER);
    tui.type_text("first words");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved");
    // Saved, the entry is shown for reading; `e` edits it again.
    tui.send("e");
    tui.wait_for("Editing");
    tui.type_text(" second");
    tui.wait_for("first words second");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());

    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("first words second");
    // Typed at once, before any Enter: `q` is not "back", `n` not "new".
    tui.type_text(" and quite new ones");
    tui.wait_for("first words second and quite new ones");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let journal = common::journal_on_disk(tmp.path());
    assert!(
        journal.contains("first words second and quite new ones"),
        "{journal}"
    );
}
