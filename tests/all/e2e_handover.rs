//! Handing the keyboard to another person, as people do it: `walk` in a
//! terminal leaves nothing of the person before to scroll back to, and
//! "Add your partner" puts the plain cover before the new person's welcome
//! and again before their private safety check.
#![cfg(unix)]

use crate::common;

use common::{Tui, keys, run_cli, stderr};

fn add(dir: &std::path::Path, name: &str, role: &str) {
    let out = run_cli(dir, &["partner", "add", name, "--role", role]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Types a line into walk.
fn line(tui: &mut Tui, text: &str) {
    tui.type_text(text);
    tui.send(keys::ENTER);
}

#[test]
fn walk_clears_the_terminal_and_its_scrollback_when_the_keyboard_is_passed() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    let out = run_cli(
        dir.path(),
        &["write", "--as", "Alex", "Alexwords that are hers alone."],
    );
    assert!(out.status.success(), "{}", stderr(&out));

    // A tall terminal, so nothing scrolls out of sight by itself.
    let mut tui = Tui::start_sized(dir.path(), &["walk"], 100, 200);
    tui.wait_for("Who is here?");
    line(&mut tui, "1");
    tui.wait_for("> ");
    line(&mut tui, "c"); // past the safety note
    tui.wait_for("Home. Alex");
    line(&mut tui, "j");
    tui.wait_for("Alexwords");
    line(&mut tui, "1");
    line(&mut tui, "b");
    line(&mut tui, "b");
    line(&mut tui, "k");
    tui.wait_for("The keyboard is passed.");
    let screen = tui.screen();
    assert!(!screen.contains("Alexwords"), "{screen}");
    assert!(!screen.contains("Home. Alex"), "{screen}");
    line(&mut tui, "c");
    // Sam, added from the command line, reads the safety note first.
    line(&mut tui, "c");
    tui.wait_for("Home. Sam");
    line(&mut tui, "q");
    assert!(tui.wait_exit());
}

#[test]
fn add_your_partner_hands_over_before_the_welcome_and_before_the_safety_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    // "Add your partner" is the last item on home for one person; Alex's
    // own private safety check comes first.
    tui.send("G");
    tui.send(keys::ENTER);
    let n = tui.answer_safety_check_no();
    tui.wait_for("Hand the keyboard to the person joining");
    let cover = tui.screen();
    for mine in ["Alex", "Step 1", "Question"] {
        assert!(!cover.contains(mine), "{mine:?} on the cover:\n{cover}");
    }
    tui.send(keys::ENTER);
    tui.wait_for("Step 1 of 5");
    tui.send(keys::ENTER);
    tui.wait_for("Step 2 of 5");
    tui.type_text("Sam");
    tui.send(keys::ENTER);
    tui.wait_for("I was hurt");
    tui.send(keys::ENTER);
    tui.wait_for("Where do you live?");
    tui.send(keys::ENTER);
    tui.wait_for("If you are not safe");
    tui.send(keys::ENTER);
    // Sam's private questions wait behind the cover.
    tui.wait_for("Hand the keyboard to Sam");
    let cover = tui.screen();
    assert!(!cover.contains(&format!("Question 1 of {n}")), "{cover}");
    tui.send(keys::ENTER);
    tui.wait_for(&format!("Question 1 of {n}"));
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
