//! The journal a person keeps, in the real binary: a free entry written
//! and found again after a restart, and a reply round trip between two
//! partners at one keyboard.

use crate::common;

use common::{Tui, add_partner as add, journal_on_disk, keys};

#[test]
fn a_free_entry_is_written_and_found_again_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    tui.send("J");
    tui.wait_for("No entries yet. Press n");
    tui.send("n");
    tui.wait_for("Does it belong to a strategy?");
    tui.send(keys::ENTER);
    tui.wait_for("New entry (private)");
    tui.type_text("# Monday by the lake");
    tui.send(keys::ENTER);
    tui.send(keys::ENTER);
    tui.type_text("We sat a long time and said little.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    let read = tui.screen();
    assert!(
        read.contains("Monday by the lake") && !read.contains("# Monday"),
        "{read}"
    );
    tui.send(keys::ESC);
    tui.wait_for("n new entry");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit());
    assert!(journal_on_disk(dir.path()).contains("We sat a long time"));

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Suggested next");
    tui.send("J");
    tui.wait_for("Monday by the lake");
    let list = tui.screen();
    assert!(list.contains("private"), "{list}");
    tui.send(keys::ENTER);
    tui.wait_for("We sat a long time and said little.");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

#[test]
fn a_reply_round_trip_between_two_partners_at_one_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Who is at the keyboard?");
    tui.send(keys::ENTER); // Alex
    tui.reach_home(); // past the safety note, added from the command line
    tui.safety_check_all_no("Couples exercises are not available right now");
    tui.pass_to("Sam");
    tui.safety_check_all_no("Couples mode is on");
    tui.pass_to("Alex");

    // Alex writes a free entry and shares it, asked once, by name.
    tui.send("J");
    tui.send("n");
    tui.wait_for("Does it belong to a strategy?");
    tui.send(keys::ENTER);
    tui.type_text("Alexwords: I felt heard at dinner.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    tui.send("v");
    tui.wait_for("Sam will be able to read this. Share?");
    tui.send("y");
    tui.wait_for("Shared: your partner can read");
    tui.send(keys::ESC);
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.pass_to("Sam");

    // Sam reads it in Shared and replies, told first that a reply is shared.
    tui.open_shared();
    tui.wait_for("Shared by Alex (r to reply)");
    tui.send("r");
    tui.wait_for("A reply is shared by nature");
    tui.type_text("Samreply: thank you for telling me.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved. Alex will see it under the entry.");
    tui.wait_for("You replied");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    assert!(journal_on_disk(dir.path()).contains("Samreply"));

    // The next time Alex sits down, home says a reply came; Shared shows it.
    let mut tui = Tui::start(dir.path(), &["--profile", "Alex"]);
    tui.wait_for("Sam replied · in Shared");
    tui.open_shared();
    tui.wait_for("Sam replied,");
    let shared = tui.screen();
    assert!(
        shared.contains("Samreply: thank you for telling me."),
        "{shared}"
    );
    assert!(shared.contains("Alexwords"), "{shared}");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    assert!(
        !tui.screen().contains("Sam replied"),
        "read now: {}",
        tui.screen()
    );

    // Made private again, the entry takes the reply out of Sam's sight.
    tui.send("J");
    tui.wait_for("Alexwords");
    tui.send("v");
    tui.wait_for("Private: only you can read this entry now.");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.pass_to("Sam");
    tui.open_shared();
    tui.wait_for("Nothing is shared yet");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
