//! `trustmend walk` driven through standard input and output, as a screen
//! reader user would, then checked in `status`, the store and the TUI.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout, walk};

#[test]
fn a_strategy_completed_line_by_line_is_done_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    // Welcome, name, role 1 (hurt), safety note; strategy 1; guidance; one
    // answer; then skip the remaining prompts (a lone "." stops writing).
    let mut input =
        String::from("c\nAlex\n1\n10\nc\n1\nc\nI felt unheard at dinner.\nIt still stings.\n.\n");
    for _ in 0..8 {
        input.push_str(".\ns\n");
    }
    // A suggested commitment, review it (yes, already) as kept with a note, quit.
    input.push_str("1\nv\ny\n1\nIt helped.\n.\nb\nq\n");
    let (ok, out, err) = walk(dir.path(), &input);
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Prompt 1 of"), "{out}");
    assert!(out.contains("Choose one small commitment"), "{out}");
    assert!(out.contains("This strategy is done"), "{out}");
    assert!(
        !out.contains('\x1b'),
        "no terminal control sequences in plain mode"
    );

    let status = run_cli(dir.path(), &["status"]);
    let text = stdout(&status);
    assert!(status.status.success(), "{}", stderr(&status));
    assert!(text.contains("Alex"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("Open communication") && l.contains("done")),
        "{text}"
    );
    let store = common::journal_on_disk(dir.path());
    assert!(store.contains("I felt unheard at dinner.\\nIt still stings."));
    assert!(store.contains("It helped."));

    // The full-screen workbook reads the same stage.
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Open communication");
    let screen = tui.screen();
    let row = screen
        .lines()
        .find(|l| l.contains("1. ") && l.contains("Open communication"))
        .unwrap_or_default();
    assert!(row.contains("✓"), "{screen}");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

#[test]
fn the_end_of_input_saves_what_was_answered() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = walk(
        dir.path(),
        "c\nSam\n2\n10\nc\n1\nc\nWords before the line ends",
    );
    assert!(ok, "{err}\n{out}");
    let store = common::journal_on_disk(dir.path());
    assert!(store.contains("\"Sam\""), "{store}");
    // Text cut off by the end of input is kept as a draft, not lost.
    let session = std::fs::read_to_string(dir.path().join("session.json")).unwrap_or_default();
    assert!(
        store.contains("Words before the line ends")
            || session.contains("Words before the line ends"),
        "{store}\n{session}"
    );
}

#[test]
fn a_typo_is_answered_with_the_choices_again() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, _) = walk(dir.path(), "x\nq\n");
    assert!(ok);
    assert!(out.contains("\"x\" is not one of the choices"), "{out}");
}

/// A workbook for Alex alone, protected with "quiet harbour at dawn".
fn protected_alex(root: &std::path::Path) -> trustmend::store::DataDir {
    protected_alex_with_recovery(root).0
}

/// [`protected_alex`], and Alex's recovery key.
fn protected_alex_with_recovery(root: &std::path::Path) -> (trustmend::store::DataDir, String) {
    let data = trustmend::store::DataDir::at(root.to_path_buf());
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    let mut store = trustmend::model::Store::default();
    let alex = store.add_partner("Alex", trustmend::model::Role::Hurt, now);
    store.partners[0].seen_safety_note = true;
    let (_, recovery) =
        trustmend::vault::protect_partner(&mut store, alex, "quiet harbour at dawn").unwrap();
    data.save_store(&mut store).unwrap();
    (data, recovery.expose().to_string())
}

/// Issue 22, item 11, in walk: `recover` at the passphrase question asks
/// for the recovery key, then a new passphrase twice; the old one no
/// longer opens the workbook, the new one does.
#[test]
fn in_walk_the_recovery_key_replaces_a_forgotten_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (_, recovery) = protected_alex_with_recovery(dir.path());
    let input = format!("recover\n{recovery}\nsea glass at noon\nsea glass at noon\nq\n");
    let (ok, out, err) = walk(dir.path(), &input);
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Type the recovery key"), "{out}");
    assert!(out.contains("Home. Alex"), "{out}");
    assert!(
        !out.contains(&recovery) && !out.contains("sea glass"),
        "{out}"
    );
    let (ok, out, err) = walk(dir.path(), "quiet harbour at dawn\n\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(!out.contains("Home. Alex"), "the old passphrase: {out}");
    let (ok, out, err) = walk(dir.path(), "sea glass at noon\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Home. Alex"), "the new passphrase: {out}");
}

#[test]
fn a_protected_partners_answer_in_walk_reaches_the_disk_only_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let data = protected_alex(dir.path());
    // Issue 22: an empty line at the passphrase does not walk in as Alex.
    let (ok, out, err) = walk(dir.path(), "\n1\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Still locked"), "{out}");
    assert!(out.contains("\"1\" is not one of the choices"), "{out}");
    assert!(!out.contains("Home. Alex"), "{out}");
    // With the passphrase: an answer to the first prompt of the first
    // strategy; the input ends while the second prompt is open.
    let (ok, out, err) = walk(
        dir.path(),
        "quiet harbour at dawn\n1\nc\nA private line about the phone.\n.\n",
    );
    assert!(out.contains("Type your passphrase"), "{out}");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Prompt 2 of"), "{out}");
    let disk = common::journal_on_disk(dir.path());
    assert!(!disk.contains("A private line"), "{disk}");
    let saved = data.load_store().unwrap().unwrap();
    let bodies: Vec<_> = saved.entries.iter().map(|e| &e.body).collect();
    assert!(
        matches!(bodies[..], [trustmend::model::Body::Sealed(_)]),
        "the answer is there, sealed: {bodies:?}"
    );
}

#[test]
fn a_protected_partner_unlocks_in_walk_and_the_passphrase_is_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    protected_alex(dir.path());
    let (ok, out, err) = walk(dir.path(), "a wrong guess\nquiet harbour at dawn\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("does not unlock your entries"), "{out}");
    assert!(out.contains("Unlocked."), "{out}");
    assert!(
        !out.contains("quiet harbour") && !out.contains("a wrong guess"),
        "{out}"
    );
}
