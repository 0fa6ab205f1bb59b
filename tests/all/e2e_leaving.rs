//! "Leave this workbook" in the real binary: asked twice on the screen,
//! then the copy offered on the command line, then nothing of the person
//! left in any file, and the other's journal as it was.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};

fn every_file(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(every_file(&path));
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            out.push((path, text));
        }
    }
    out
}

#[test]
fn a_partner_leaves_from_the_app_and_nothing_of_theirs_stays_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    for (name, role) in [("Alex", "hurt"), ("Sam", "repairing")] {
        let out = run_cli(dir.path(), &["partner", "add", name, "--role", role]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for (who, words) in [("Alex", "ALEX-PRIVATE-WORDS"), ("Sam", "SAM-PRIVATE-WORDS")] {
        let out = run_cli(dir.path(), &["write", "--as", who, words]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let sams_export = || {
        stdout(&run_cli(
            dir.path(),
            &["export", "--format", "json", "--profile", "Sam"],
        ))
    };
    let entries = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v["entries"].clone()
    };
    let sam_before = entries(&sams_export());

    let mut tui = Tui::start(dir.path(), &["--profile", "Alex"]);
    tui.reach_home();
    tui.send("L");
    tui.wait_for("Leave this workbook, Alex?");
    assert!(tui.screen().contains("1 private entry"), "{}", tui.screen());
    tui.send("y");
    tui.wait_for("Are you sure, Alex?");
    tui.send("y");
    tui.wait_for("Keep a copy of Alex's own entries first?");
    tui.send(keys::ENTER);
    tui.wait_for("Removed Alex: 1 private entry");
    assert!(tui.wait_exit(), "the command ends cleanly");

    let holding: Vec<_> = every_file(dir.path())
        .into_iter()
        .filter(|(_, t)| t.contains("ALEX-PRIVATE-WORDS") || t.contains("\"Alex\""))
        .map(|(p, _)| p)
        .collect();
    assert!(holding.is_empty(), "Alex is still in {holding:?}");
    assert_eq!(
        entries(&sams_export()),
        sam_before,
        "Sam's journal is unchanged"
    );
    let list = run_cli(dir.path(), &["partner", "list"]);
    assert_eq!(stdout(&list), "Sam\trepairing\n");

    // Sam opens it as before.
    let mut tui = Tui::start(dir.path(), &[]);
    tui.reach_home();
    tui.kill_hard();
}

#[test]
fn saying_no_on_the_screen_removes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["partner", "add", "Alex", "--role", "hurt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run_cli(dir.path(), &["write", "STAYING"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut tui = Tui::start(dir.path(), &[]);
    tui.reach_home();
    tui.send("L");
    tui.wait_for("Leave this workbook, Alex?");
    tui.send("y");
    tui.wait_for("Are you sure, Alex?");
    tui.send("n");
    tui.wait_for("nothing was removed");
    tui.send("q");
    assert!(tui.wait_exit());
    let md = run_cli(dir.path(), &["export"]);
    assert!(stdout(&md).contains("STAYING"), "{}", stdout(&md));
}
