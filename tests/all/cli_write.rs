//! `trustmend write [TEXT]`: quick capture from the shell.

use crate::common;

use std::path::Path;

use common::{Tui, add_partner as add, run_cli, stderr, stdout, with_stdin};
use trustmend::model::{Body, EntryKind, Visibility};
use trustmend::store::DataDir;

/// Every file under `dir` (backups, the log, the summary, the session…),
/// as text.
fn every_file(dir: &Path) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out += &every_file(&path);
        } else {
            out += &String::from_utf8_lossy(&std::fs::read(&path).unwrap_or_default());
        }
    }
    out
}

fn journal(dir: &Path) -> trustmend::model::Store {
    DataDir::at(dir.to_path_buf())
        .load_store()
        .unwrap()
        .unwrap()
}

#[test]
fn with_text_it_saves_a_private_free_entry_at_once_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let out = run_cli(dir.path(), &["write", "A", "calmer", "evening", "today"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.starts_with("Saved Alex's entry (private)"), "{said}");
    assert!(
        said.contains(&dir.path().join("store.json").display().to_string()),
        "{said}"
    );
    let store = journal(dir.path());
    let [entry] = store.entries.iter().collect::<Vec<_>>()[..] else {
        panic!("one entry expected: {:?}", store.entries);
    };
    assert_eq!(entry.body, Body::Text("A calmer evening today".into()));
    assert_eq!(entry.kind, EntryKind::Free { strategy: None });
    assert_eq!(entry.visibility, Visibility::Private);
    // The app's own export finds it.
    let md = run_cli(dir.path(), &["export"]);
    assert!(
        stdout(&md).contains("A calmer evening today"),
        "{}",
        stdout(&md)
    );
}

#[test]
fn without_text_it_reads_standard_input_and_empty_input_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let out = with_stdin(dir.path(), &["write"], "First line\nsecond line\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let store = journal(dir.path());
    assert_eq!(
        store.entries.first().map(|e| e.body.clone()),
        Some(Body::Text("First line\nsecond line".into()))
    );
    let before = common::journal_on_disk(dir.path());
    for blank in ["", "   \n\n"] {
        let out = with_stdin(dir.path(), &["write"], blank);
        assert!(!out.status.success(), "{}", stdout(&out));
        assert!(
            stderr(&out).contains("nothing was saved"),
            "{}",
            stderr(&out)
        );
        assert_eq!(common::journal_on_disk(dir.path()), before);
    }
}

#[test]
fn a_couple_must_say_who_is_writing() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    let out = run_cli(dir.path(), &["write", "whose words?"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--as NAME"), "{}", stderr(&out));
    assert!(journal(dir.path()).entries.is_empty());
    let nobody = run_cli(dir.path(), &["write", "--as", "Kim", "words"]);
    assert!(
        stderr(&nobody).contains("no one called \"Kim\""),
        "{}",
        stderr(&nobody)
    );
    for who in [["--as", "sam"], ["--profile", "Sam"]] {
        let out = run_cli(dir.path(), &["write", who[0], who[1], "Sam's words"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let store = journal(dir.path());
    let sam = store.partner_by_name("Sam").unwrap().id;
    assert_eq!(store.entries.len(), 2);
    assert!(store.entries.iter().all(|e| e.author == sam));
}

#[test]
fn while_the_app_has_the_workbook_open_it_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let mut tui = Tui::start(dir.path(), &[]);
    tui.reach_home();
    let before = common::journal_on_disk(dir.path());
    let out = run_cli(dir.path(), &["write", "not now"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("open in another trustmend"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(common::journal_on_disk(dir.path()), before);
    tui.kill_hard();
}

/// Issue 22: writing as a protected person is acting as them, so it needs
/// their passphrase (one line of standard input when the words are given);
/// the entry is then sealed whole on disk.
#[test]
fn writing_as_a_protected_person_needs_their_passphrase_and_seals_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let protection = protected_alex(dir.path());
    let before = common::journal_on_disk(dir.path());

    // No passphrase, then a wrong one: refused, nothing written.
    for stdin in ["", "not the passphrase\n"] {
        let out = with_stdin(dir.path(), &["write", "UNHEARD-AT-DINNER"], stdin);
        assert!(!out.status.success(), "{}", stdout(&out));
        assert!(stderr(&out).contains("Alex"), "{}", stderr(&out));
        assert_eq!(common::journal_on_disk(dir.path()), before);
    }
    let out = with_stdin(
        dir.path(),
        &["write", "UNHEARD-AT-DINNER"],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("(private, sealed)"),
        "{}",
        stdout(&out)
    );

    let everything = every_file(dir.path());
    assert!(
        !everything.contains("UNHEARD-AT-DINNER"),
        "the words are plain on disk"
    );
    // And the partner opens them with their passphrase.
    let key = trustmend::crypto::unlock(&protection, PASSPHRASE).unwrap();
    let opened: Vec<String> = journal(dir.path())
        .entries
        .iter()
        .map(|e| match &e.body {
            Body::Sealed(s) => key.open(s).unwrap(),
            Body::Text(t) => panic!("plain: {t}"),
        })
        .collect();
    assert_eq!(opened.len(), 1);
    assert!(opened[0].contains("UNHEARD-AT-DINNER"), "{opened:?}");
    // The doctor finds no plain words of a protected partner anywhere.
    let doctor = run_cli(dir.path(), &["doctor"]);
    assert!(doctor.status.success(), "{}", stdout(&doctor));
}

/// In a terminal with no words given, `write` opens the person's own
/// editor ($EDITOR) on an empty file and saves what it leaves there; the
/// file it used is gone afterwards.
#[test]
fn in_a_terminal_without_words_the_own_editor_opens_and_its_words_are_saved() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let editor = dir.path().join("my-editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'Written in my own editor, at the kitchen table.\\n' > \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o700)).unwrap();
    let tui = Tui::start_with_env(
        dir.path(),
        &["write"],
        &[("EDITOR", editor.to_str().unwrap()), ("VISUAL", "")],
    );
    tui.wait_for("Saved Alex's entry");
    assert!(tui.wait_exit(), "write ends by itself once saved");
    let disk = common::journal_on_disk(dir.path());
    assert!(disk.contains("at the kitchen table"), "{disk}");
    let tmp = dir.path().join("tmp");
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(
        left.is_empty(),
        "the editor's file was left behind: {left:?}"
    );
}

/// Issue 22: `status` and `export` of a protected person open their records
/// only with their passphrase; with it, their words, commitments and
/// check-ins are there (a protected client can export for a therapist).
#[test]
fn status_and_export_of_a_protected_person_need_their_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    protected_alex_who_wrote(dir.path(), "MARIGOLD-BY-THE-DOOR");
    for args in [&["status"][..], &["export"][..]] {
        let refused = with_stdin(dir.path(), args, "a guess\n");
        assert!(!refused.status.success(), "{args:?}: {}", stdout(&refused));
        assert!(
            !stdout(&refused).contains("MARIGOLD"),
            "{args:?}: {}",
            stdout(&refused)
        );
        assert!(
            stderr(&refused).contains("does not open Alex's workbook"),
            "{args:?}: {}",
            stderr(&refused)
        );
    }
    let export = with_stdin(dir.path(), &["export"], &format!("{PASSPHRASE}\n"));
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(
        stdout(&export).contains("MARIGOLD-BY-THE-DOOR"),
        "{}",
        stdout(&export)
    );
}

/// Issue 25, item 8: `write` reads the settings as every door does, so a
/// settings file it cannot use stops it with the file and line, and nothing
/// is written (it used to be passed over unless the editor was needed).
#[test]
fn a_settings_file_that_cannot_be_used_stops_write_and_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let config = dir.path().join("broken.toml");
    std::fs::write(&config, "theme = \"dark\"\nlock_after_minutes = \n").unwrap();
    let before = common::journal_on_disk(dir.path());
    let out = run_cli(
        dir.path(),
        &["--config", config.to_str().unwrap(), "write", "NOT-WRITTEN"],
    );
    assert!(!out.status.success(), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("broken.toml"), "{err}");
    assert!(err.contains(":2"), "the line is named: {err}");
    assert_eq!(common::journal_on_disk(dir.path()), before);
}

const PASSPHRASE: &str = "correct horse battery";

/// Alex alone in a workbook in `dir`, protected with [`PASSPHRASE`] (set as
/// an older trustmend left it: the next save seals everything of theirs).
fn protected_alex(dir: &Path) -> trustmend::crypto::Protection {
    add(dir, "Alex", "hurt");
    let mut store = journal(dir);
    let (protection, _) = trustmend::crypto::protect(PASSPHRASE).unwrap();
    store.partners[0].protection = Some(protection.clone());
    DataDir::at(dir.to_path_buf())
        .save_store(&mut store)
        .unwrap();
    protection
}

/// [`protected_alex`], who has written `words` since (sealed as saved).
fn protected_alex_who_wrote(dir: &Path, words: &str) {
    protected_alex(dir);
    let out = with_stdin(dir, &["write", words], &format!("{PASSPHRASE}\n"));
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Issue 23, item 6: a protected client's report for their therapist,
/// encrypted to the therapist's key, carries their words and their
/// questionnaire scores (opened with their passphrase), and the real `age`
/// tool opens it.
#[test]
fn a_protected_clients_encrypted_report_carries_their_words_and_scores() {
    let dir = tempfile::tempdir().unwrap();
    protected_alex(dir.path());
    // A PHQ-9 answered (inside Alex's record, sealed with it at the next save).
    let mut store = journal(dir.path());
    store.partners[0]
        .measures
        .push(trustmend::model::MeasureResult {
            measure: "phq9".into(),
            at: chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap(),
            answers: vec![1, 1, 1, 1, 1, 1, 1, 1, 0],
            total: 8,
        });
    DataDir::at(dir.path().to_path_buf())
        .save_store(&mut store)
        .unwrap();
    let out = with_stdin(
        dir.path(),
        &["write", "SAFFRON-ON-THE-SILL"],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!common::journal_on_disk(dir.path()).contains("SAFFRON"));

    let identity = age::x25519::Identity::generate();
    use age::secrecy::ExposeSecret as _;
    let key = dir.path().join("therapist.key");
    std::fs::write(&key, format!("{}\n", identity.to_string().expose_secret())).unwrap();
    let report = dir.path().join("report.md.age");
    let out = with_stdin(
        dir.path(),
        &[
            "export",
            "--format",
            "markdown",
            "--encrypt-to",
            &identity.to_public().to_string(),
            "--output",
            report.to_str().unwrap(),
        ],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let opened = std::process::Command::new("age")
        .args(["-d", "-i", key.to_str().unwrap(), report.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
    let text = String::from_utf8(opened.stdout).unwrap();
    assert!(text.contains("SAFFRON-ON-THE-SILL"), "{text}");
    assert!(text.contains("PHQ-9"), "{text}");
    assert!(text.contains("8 of 27"), "{text}");
}

/// `status` for a protected person, with no summary to answer from: the
/// summary is written again from the journal as the disk holds it (Alex's
/// records sealed: no status of theirs in it, none of their words), and
/// the folder's lock is let go before the passphrase is asked, so the
/// workbook can open while `status` waits for it.
#[test]
fn status_of_a_protected_person_writes_the_summary_sealed_and_lets_go_before_asking() {
    use std::io::Write as _;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    protected_alex_who_wrote(dir.path(), "MARIGOLD-BY-THE-DOOR");
    let data = DataDir::at(dir.path().to_path_buf());
    std::fs::remove_file(data.summary_path()).unwrap();

    let mut status = common::command()
        .args(["status"])
        .env("TRUSTMEND_DATA_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Written before the passphrase is asked (it is not given yet).
    let waited = std::time::Instant::now();
    while !data.summary_path().exists() {
        assert!(
            waited.elapsed() < std::time::Duration::from_secs(20),
            "no summary while status waits for the passphrase"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // The lock is let go while it waits (a moment after the summary).
    let free = loop {
        match data.lock() {
            Ok(lock) => break lock,
            Err(e) => assert!(
                waited.elapsed() < std::time::Duration::from_secs(20),
                "the lock is held while status waits for the passphrase: {e}"
            ),
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    assert!(
        status.try_wait().unwrap().is_none(),
        "status is still waiting"
    );
    drop(free);
    status
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSPHRASE}\n").as_bytes())
        .unwrap();
    let out = status.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 entr"), "{}", stdout(&out));

    let summary = std::fs::read_to_string(data.summary_path()).unwrap();
    assert!(!summary.contains("MARIGOLD"), "{summary}");
    let json: serde_json::Value = serde_json::from_str(&summary).unwrap();
    assert_eq!(json["status"], serde_json::json!({}), "{summary}");
}
