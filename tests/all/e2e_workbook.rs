//! The real binary in a pseudo-terminal: a person's first sessions.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};

/// Welcome → name → role (was hurt) → safety note → home.
fn create_profile(tui: &mut Tui, name: &str) {
    tui.create_profile(name);
    // A new person is pointed to "Before you begin" first (issue 28).
    tui.wait_for("Suggested next: Before you begin");
}

#[test]
fn write_an_entry_quit_and_find_it_again_in_the_app_status_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    create_profile(&mut tui, "Alex");
    assert!(tui.screen().contains("Alex"), "the name is in the header");

    tui.open_first_prompt(); // open strategy 1
    tui.type_text("I felt unheard at dinner.");
    tui.wait_for("I felt unheard at dinner.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.send(keys::ESC); // stop writing
    tui.wait_for("Enter to write");
    tui.send(keys::ESC); // home
    tui.wait_for("Suggested next");
    assert!(tui.screen().contains("reflecting"), "{}", tui.screen());
    tui.send("q");
    assert!(tui.wait_exit(), "quit cleanly");

    // A new session: the profile, progress and entry are all there.
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Suggested next: 1. Open communication");
    assert!(tui.screen().contains("Journal (1 entr"), "{}", tui.screen());
    tui.send("J");
    // The journal's list line shows the entry's first words.
    tui.wait_for("I felt unheard at");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit());

    let status = run_cli(dir.path(), &["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let text = stdout(&status);
    assert!(text.contains("Alex"), "{text}");
    assert!(text.contains("reflecting"), "{text}");
    assert!(text.contains("Journal: 1 entry"), "{text}");

    let export = run_cli(dir.path(), &["export", "--format", "markdown"]);
    assert!(export.status.success(), "{}", stderr(&export));
    let md = stdout(&export);
    assert!(md.contains("I felt unheard at dinner."), "{md}");
    assert!(md.contains("## 1. Open communication"), "{md}");

    let json = run_cli(dir.path(), &["export", "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(parsed["partner"]["name"], "Alex");
}

#[test]
fn a_draft_survives_kill_dash_nine_and_comes_back_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    create_profile(&mut tui, "Sam");
    tui.open_first_prompt();
    tui.type_text("words I cannot write twice");
    tui.wait_for("words I cannot write twice");
    // Autosave runs within a few seconds of typing.
    let session = dir.path().join("session.json");
    let start = std::time::Instant::now();
    while !std::fs::read_to_string(&session)
        .unwrap_or_default()
        .contains("words I cannot write twice")
    {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "the draft was not autosaved"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    tui.kill_hard();

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Prompt 1 of");
    tui.wait_for("words I cannot write twice");
    // The draft is shown as a draft: Enter (or any letter) goes on writing.
    tui.wait_for("Enter go on writing");
    tui.send(keys::ENTER);
    tui.wait_for("Ctrl+S save");
    // It is still a draft: saving it makes it an entry.
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let md = stdout(&run_cli(dir.path(), &["export"]));
    assert!(md.contains("words I cannot write twice"), "{md}");
}

#[test]
fn a_small_terminal_gets_a_clear_message_and_recovers_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start_sized(dir.path(), &[], 60, 20);
    tui.wait_for("80");
    assert!(tui.screen().contains("60"), "{}", tui.screen());
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

#[test]
fn a_corrupt_store_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.json");
    std::fs::write(&store, b"{\"schema_version\": 1, \"partners\": [").unwrap();
    let before = std::fs::read(&store).unwrap();
    let tui = Tui::start(dir.path(), &[]);
    assert!(!tui.wait_exit(), "it stops with an error");
    assert_eq!(std::fs::read(&store).unwrap(), before);
    let out = run_cli(dir.path(), &["status"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("store.json"), "{err}");
    assert!(err.contains("line 1"), "{err}");
}

#[test]
fn closing_the_window_saves_the_draft_quits_and_releases_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    create_profile(&mut tui, "Noor");
    tui.open_first_prompt();
    tui.type_text("typed just before the window closed");
    tui.wait_for("typed just before the window closed");
    assert!(
        tui.hang_up(),
        "trustmend kept running after its terminal closed"
    );
    let session = std::fs::read_to_string(dir.path().join("session.json")).unwrap();
    assert!(
        session.contains("typed just before the window closed"),
        "{session}"
    );
    // Not locked out: the next start opens where it was.
    let tui = Tui::start(dir.path(), &[]);
    tui.wait_for("typed just before the window closed");
}
