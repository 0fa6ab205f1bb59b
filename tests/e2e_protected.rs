//! The real binary: a partner who protects their entries never has their
//! private words written in plain text, in the journal or in a draft.

mod common;

use common::{Tui, keys, run_cli, stderr, stdout};
use trustmend::crypto;

const PASSPHRASE: &str = "quiet harbour at dawn";

#[test]
fn a_protected_partners_entry_and_draft_reach_the_disk_only_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Step 1 of 4");
    tui.send(keys::ENTER);
    tui.wait_for("Step 2 of 4");
    tui.type_text("Alex");
    tui.send(keys::ENTER);
    tui.wait_for("I was hurt");
    tui.send(keys::ENTER);
    tui.wait_for("If you are not safe");
    tui.send(keys::ENTER);
    tui.wait_for("Suggested next: 1. Open communication");
    tui.send("q");
    assert!(tui.wait_exit());

    // Alex protects their entries (the in-app flow will do this step).
    let store_path = dir.path().join("store.json");
    let mut store: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&store_path).unwrap()).unwrap();
    let (protection, _) = crypto::protect(PASSPHRASE).unwrap();
    store["partners"][0]["protection"] = serde_json::to_value(&protection).unwrap();
    std::fs::write(&store_path, serde_json::to_string_pretty(&store).unwrap()).unwrap();

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Suggested next: 1. Open communication");
    tui.send(keys::ENTER);
    tui.wait_for("Guidance");
    tui.send(keys::ENTER);
    tui.wait_for("Prompt 1 of");
    tui.type_text("I felt unheard at dinner.");
    tui.wait_for("I felt unheard at dinner.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.type_text("Half a thought I am not ready to finish");
    tui.wait_for("Half a thought");
    tui.send(keys::ESC);
    tui.wait_for("Enter to write");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit());

    let store = std::fs::read_to_string(&store_path).unwrap();
    let session = std::fs::read_to_string(dir.path().join("session.json")).unwrap();
    for (file, text) in [("store.json", &store), ("session.json", &session)] {
        assert!(!text.contains("unheard"), "{file} holds the entry:\n{text}");
        assert!(
            !text.contains("Half a thought"),
            "{file} holds the draft:\n{text}"
        );
        assert!(text.contains("BEGIN AGE ENCRYPTED FILE"), "{file}:\n{text}");
    }

    // The words are all there for Alex, behind the passphrase.
    let key = crypto::unlock(&protection, PASSPHRASE).unwrap();
    let store: serde_json::Value = serde_json::from_str(&store).unwrap();
    let sealed = store["entries"][0]["body"]["sealed"].as_str().unwrap();
    assert_eq!(key.open(sealed).unwrap(), "I felt unheard at dinner.");
    let session: serde_json::Value = serde_json::from_str(&session).unwrap();
    let draft = session["partners"]["1"]["drafts"][0]["text"]
        .as_str()
        .unwrap();
    assert_eq!(
        key.open(draft).unwrap(),
        "Half a thought I am not ready to finish"
    );

    // Reports say the entry is there and locked, never its words.
    let export = run_cli(dir.path(), &["export", "--format", "markdown"]);
    assert!(export.status.success(), "{}", stderr(&export));
    let md = stdout(&export);
    assert!(!md.contains("unheard"), "{md}");
    assert!(md.contains("protected entry, locked"), "{md}");
}
