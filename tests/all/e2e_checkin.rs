//! The real binary in a pseudo-terminal: a check-in by keyboard alone, its
//! note surviving a closed terminal, and what `trustmend status` then says.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};

fn create_profile(tui: &mut Tui, name: &str) {
    tui.create_profile(name);
    tui.wait_for("c: check in today");
}

#[test]
fn a_check_in_by_keyboard_then_status_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    create_profile(&mut tui, "Alex");
    tui.send("c");
    tui.wait_for("How are you today?");
    // Mood 4, trust 7, sleep 2, appetite 3, stress 4, the first feeling,
    // the first body sign.
    for k in [
        "4",
        keys::DOWN,
        "7",
        keys::DOWN,
        "2",
        keys::DOWN,
        "3",
        keys::DOWN,
        "4",
    ] {
        tui.send(k);
    }
    tui.send(keys::DOWN);
    tui.send(" ");
    tui.wait_for("[x] Helplessness");
    tui.send(keys::DOWN);
    tui.send(" ");
    tui.wait_for("[x] Headaches");
    tui.send(keys::DOWN);
    tui.type_text("Quiet evening.");
    tui.wait_for("Quiet evening.");
    tui.send(keys::ENTER);
    tui.wait_for("Check-in saved.");
    tui.wait_for("Check in (done today)");
    assert!(!tui.screen().contains("c: check in today"));
    tui.send("q");
    assert!(tui.wait_exit(), "quit cleanly");

    let status = run_cli(dir.path(), &["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let text = stdout(&status);
    assert!(
        text.contains("mood 4/5 · trust 7/10 · sleep 2/5 · stress 4/5"),
        "{text}"
    );
    assert!(
        text.contains("Trust, first check-in: ▆ (0 to 10)"),
        "{text}"
    );
    assert!(
        !text.contains("Quiet evening"),
        "notes stay out of status: {text}"
    );
}

#[test]
fn an_unfinished_check_ins_note_survives_the_terminal_closing() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    create_profile(&mut tui, "Sam");
    tui.send("c");
    tui.wait_for("How are you today?");
    // Five scales, the feelings and the body signs, then the note.
    for _ in 0..7 {
        tui.send(keys::DOWN);
    }
    tui.type_text("Could not sleep again.");
    tui.wait_for("Could not sleep again.");
    // Drafts are autosaved every two seconds: once the note is in
    // session.json, the terminal closes.
    let session = dir.path().join("session.json");
    let start = std::time::Instant::now();
    while !std::fs::read_to_string(&session).is_ok_and(|s| s.contains("Could not sleep again")) {
        assert!(
            start.elapsed().as_secs() < 20,
            "the draft was never autosaved"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tui.kill_hard();

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("How are you today?");
    tui.wait_for("Could not sleep again.");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
