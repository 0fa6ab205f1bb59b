//! The real binary in a pseudo-terminal: a person who has both been hurt
//! and hurt their partner says so in the welcome, is asked the questions
//! written for that, and keeps that role across sessions and commands.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};

/// The first prompt of strategy 1 for each side of a betrayal.
const BOTH_FIRST: &str = "You each carry a hurt";
const HURT_FIRST: &str = "What is one thing about how this has affected you";

#[test]
fn we_have_both_been_hurt_is_chosen_kept_and_gets_its_own_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Step 1 of 5");
    tui.send(keys::ENTER);
    tui.wait_for("Step 2 of 5");
    tui.type_text("Robin");
    tui.send(keys::ENTER);
    tui.wait_for("We have both been hurt, and we have both hurt each other");
    tui.send(keys::DOWN);
    tui.send(keys::DOWN);
    tui.wait_for("› We have both been hurt");
    tui.send(keys::ENTER);
    tui.wait_for("Where do you live?");
    tui.send(keys::ENTER);
    tui.wait_for("If you are not safe");
    tui.send(keys::ENTER);
    tui.wait_for("Suggested next");
    tui.open_first_prompt();
    tui.wait_for(BOTH_FIRST);
    assert!(!tui.screen().contains(HURT_FIRST), "{}", tui.screen());
    tui.send(keys::ESC);
    tui.wait_for("Enter to write");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit(), "quit cleanly");

    // Saved as "both", and read back as that in the next session.
    let list = run_cli(dir.path(), &["partner", "list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).contains("both"), "{}", stdout(&list));
    let status = run_cli(dir.path(), &["status"]);
    assert!(
        stdout(&status).contains("Robin (hurt on both sides)"),
        "{}",
        stdout(&status)
    );
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Suggested next");
    tui.send(keys::ENTER); // strategy 1, still at its prompts
    tui.wait_for(BOTH_FIRST);
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());

    // The same role from the command line.
    let add = run_cli(dir.path(), &["partner", "add", "Sky", "--role", "both"]);
    assert!(add.status.success(), "{}", stderr(&add));
    let json = run_cli(
        dir.path(),
        &["export", "--format", "json", "--profile", "Sky"],
    );
    assert!(json.status.success(), "{}", stderr(&json));
    let parsed: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(parsed["partner"]["role"], "both");
}
