//! Two partners at one keyboard, in the real binary: set up from the
//! command line, take turns, share one entry, leave with the quick exit.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};

const CTRL_Q: &str = "\x11";

fn add(dir: &std::path::Path, name: &str, role: &str) {
    let out = run_cli(dir, &["partner", "add", name, "--role", role]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("Added {name}")),
        "{}",
        stdout(&out)
    );
}

#[test]
fn partner_add_and_list_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    let out = run_cli(dir.path(), &["partner", "list"]);
    assert_eq!(stdout(&out), "Alex\thurt\nSam\trepairing\n");
    // A name already there is refused, and nothing changes.
    let before = std::fs::read(dir.path().join("store.json")).unwrap();
    let again = run_cli(dir.path(), &["partner", "add", "sam", "--role", "unsaid"]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already in this workbook"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read(dir.path().join("store.json")).unwrap(),
        before
    );
    // While the workbook is open, the lock keeps the command from writing.
    let mut tui = Tui::start(dir.path(), &["--profile", "Alex"]);
    // Added from the command line, Alex never saw the welcome: the safety
    // note comes first, once.
    past_the_safety_note(&mut tui);
    let locked = run_cli(dir.path(), &["partner", "add", "Robin", "--role", "hurt"]);
    assert!(!locked.status.success(), "{}", stdout(&locked));
    tui.kill_hard();
}

#[test]
fn two_partners_take_turns_and_each_sees_only_what_they_should() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Who is at the keyboard?");
    tui.send(keys::ENTER); // Alex
    past_the_safety_note(&mut tui);
    // Each answers the private safety check before anything is shared.
    tui.safety_check_all_no("Couples exercises are not available right now");
    tui.send("s");
    tui.wait_for("Hand the keyboard to Sam");
    tui.send(keys::ENTER);
    past_the_safety_note(&mut tui);
    tui.safety_check_all_no("Couples mode is on");
    tui.pass_to("Alex");
    // Alex answers the first prompt, shares it, and writes a private one.
    tui.open_first_prompt();
    tui.type_text("Alexshared words.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.type_text("Alexprivate words.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 3 of");
    tui.type_text("Alexdraft unsaved");
    tui.send(keys::ESC);
    tui.wait_for("Enter to write");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send("J");
    tui.wait_for("Alexprivate words.");
    tui.send(keys::DOWN);
    tui.send("v");
    tui.wait_for("Sam will be able to read this. Share?");
    tui.send("y");
    tui.wait_for("Shared: your partner can read");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");

    // Pass the keyboard: the cover hides all of it.
    tui.send("s");
    tui.wait_for("Hand the keyboard to Sam");
    let cover = tui.screen();
    for secret in ["Alex", "words", "draft"] {
        assert!(!cover.contains(secret), "{secret:?} on the cover:\n{cover}");
    }
    tui.send(keys::ENTER);
    tui.wait_for("Sam");
    tui.wait_for("Suggested next");
    tui.send("J");
    tui.wait_for("No entries yet");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    // Shared is the second-to-last item on home.
    tui.send("G");
    tui.send(keys::UP);
    tui.send(keys::ENTER);
    tui.wait_for("Shared by Alex (r to reply)");
    let shared = tui.screen();
    assert!(shared.contains("Alexshared words."), "{shared}");
    assert!(!shared.contains("Alexprivate"), "{shared}");
    assert!(!shared.contains("Alexdraft"), "{shared}");

    // Someone walks in: the quick exit leaves a clean terminal.
    tui.send(CTRL_Q);
    tui.wait_gone("trustmend");
    let after = tui.screen();
    assert!(!after.contains("Alexshared"), "{after}");
    assert!(tui.wait_exit(), "the quick exit ends cleanly");

    // The next start asks who is there before anything private.
    let mut tui = Tui::start(dir.path(), &["--profile", "Alex"]);
    tui.wait_for("Who is at the keyboard?");
    assert!(!tui.screen().contains("Alexdraft"));
    tui.send(keys::ENTER); // Alex
    tui.wait_for("Alexdraft unsaved");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());

    // status, for Sam, holds Alex's shared entry but not the private one.
    let status = run_cli(dir.path(), &["--profile", "Sam", "export"]);
    let text = stdout(&status);
    assert!(text.contains("Alexshared words."), "{text}");
    assert!(!text.contains("Alexprivate"), "{text}");
}

/// The safety note a partner added with `partner add` reads at their
/// first start; Enter goes on to home.
fn past_the_safety_note(tui: &mut Tui) {
    tui.wait_for("If you are not safe");
    assert!(!tui.screen().contains("Step 1 of"), "{}", tui.screen());
    tui.send(keys::ENTER);
    tui.wait_for("Suggested next");
}
