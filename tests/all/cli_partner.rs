//! `trustmend partner …`: a workbook is for one person or a couple.

use crate::common;

use common::{run_cli, stderr, stdout, with_stdin};

fn add(dir: &std::path::Path, name: &str, role: &str) -> std::process::Output {
    run_cli(dir, &["partner", "add", name, "--role", role])
}

#[test]
fn a_third_partner_is_refused_and_told_how_to_start_a_separate_workbook() {
    let dir = tempfile::tempdir().unwrap();
    for (name, role) in [("Alex", "hurt"), ("Sam", "repairing")] {
        let out = add(dir.path(), name, role);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let before = std::fs::read(dir.path().join("store.json")).unwrap();
    for role in ["hurt", "repairing", "both", "unsaid"] {
        let third = add(dir.path(), "Kim", role);
        assert!(!third.status.success(), "{}", stdout(&third));
        let err = stderr(&third);
        for words in [
            "Kim",
            "Alex and Sam",
            "one person or a couple",
            "--data-dir",
        ] {
            assert!(err.contains(words), "{words:?} missing from {err}");
        }
        assert_eq!(
            std::fs::read(dir.path().join("store.json")).unwrap(),
            before,
            "nothing changed"
        );
    }
    let list = run_cli(dir.path(), &["partner", "list"]);
    assert_eq!(stdout(&list), "Alex\thurt\nSam\trepairing\n");

    // The way out it names works: a separate folder takes Kim.
    let other = tempfile::tempdir().unwrap();
    let own = add(other.path(), "Kim", "hurt");
    assert!(own.status.success(), "{}", stderr(&own));
}

#[test]
fn rename_keeps_everything_the_person_wrote_and_follows_the_name_rules() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    let wrote = run_cli(dir.path(), &["write", "--as", "Sam", "SAM-WORDS"]);
    assert!(wrote.status.success(), "{}", stderr(&wrote));
    let out = run_cli(dir.path(), &["partner", "rename", "sam", "Samira"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Renamed Sam to Samira"),
        "{}",
        stdout(&out)
    );
    let list = run_cli(dir.path(), &["partner", "list"]);
    assert_eq!(stdout(&list), "Alex\thurt\nSamira\trepairing\n");
    let md = run_cli(dir.path(), &["export", "--profile", "Samira"]);
    assert!(stdout(&md).contains("SAM-WORDS"), "{}", stdout(&md));
    // A capital letter is a rename too.
    let case = run_cli(dir.path(), &["partner", "rename", "alex", "ALEX"]);
    assert!(case.status.success(), "{}", stderr(&case));

    let before = common::journal_on_disk(dir.path());
    for (old, new, why) in [
        ("Samira", "alex", "already in this workbook"),
        ("Samira", "  ", "the name is empty"),
        ("Kim", "Robin", "no one called \"Kim\""),
        ("Samira", &"x".repeat(200), "under"),
    ] {
        let out = run_cli(dir.path(), &["partner", "rename", old, new]);
        assert!(!out.status.success(), "{}", stdout(&out));
        assert!(stderr(&out).contains(why), "{why}: {}", stderr(&out));
        assert_eq!(common::journal_on_disk(dir.path()), before);
    }
}

/// Every file under `dir`, as text, with its path.
fn every_file(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(every_file(&path));
        } else if !path.ends_with("trustmend.lock") {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            out.push((path, text));
        }
    }
    out
}

#[test]
fn removing_a_partner_asks_twice_then_leaves_no_word_of_theirs_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    // Days of writing: several saves, and backups of each whole write.
    for i in 0..4 {
        for (who, words) in [("Alex", "ALEX-PRIVATE"), ("Sam", "SAM-PRIVATE")] {
            let text = format!("{words}-{i}");
            let out = run_cli(dir.path(), &["write", "--as", who, &text]);
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let out = run_cli(
            dir.path(),
            &["partner", "rename", "Sam", &format!("Sam{i}")],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let out = run_cli(
            dir.path(),
            &["partner", "rename", &format!("Sam{i}"), "Sam"],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let sams = |dir: &std::path::Path| {
        stdout(&run_cli(
            dir,
            &["export", "--format", "markdown", "--profile", "Sam"],
        ))
        .lines()
        .filter(|l| !l.contains("Exported") && !l.contains("202"))
        .map(String::from)
        .collect::<Vec<_>>()
    };
    let sam_before = sams(dir.path());
    assert!(sam_before.iter().any(|l| l.contains("SAM-PRIVATE-3")));

    // Refused answers change nothing.
    let before = every_file(dir.path());
    for answers in ["\nKim\n", "\nalex\nno\n", ""] {
        let out = with_stdin(dir.path(), &["partner", "remove", "Alex"], answers);
        assert!(!out.status.success(), "{}", stdout(&out));
        assert!(
            stderr(&out).contains("nothing was removed"),
            "{}",
            stderr(&out)
        );
        assert_eq!(every_file(dir.path()), before);
    }

    // An export first, then the name, then yes.
    let copy = dir
        .path()
        .parent()
        .unwrap()
        .join(format!("alex-copy-{}.md", std::process::id()));
    let answers = format!("{}\nalex\nyes\n", copy.display());
    let out = with_stdin(dir.path(), &["partner", "remove", "Alex"], &answers);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("cannot be undone"), "{said}");
    assert!(said.contains("Removed Alex: 4 private entries"), "{said}");
    assert!(said.contains("exports already made"), "{said}");
    let exported = std::fs::read_to_string(&copy).unwrap();
    let _ = std::fs::remove_file(&copy);
    assert!(exported.contains("ALEX-PRIVATE-3"), "{exported}");
    assert!(
        !exported.contains("SAM-PRIVATE"),
        "only Alex's own: {exported}"
    );

    let holding: Vec<_> = every_file(dir.path())
        .into_iter()
        .filter(|(_, t)| t.contains("ALEX-PRIVATE") || t.contains("\"Alex\""))
        .map(|(p, _)| p)
        .collect();
    assert!(holding.is_empty(), "Alex is still in {holding:?}");
    assert!(dir.path().join("backups").read_dir().unwrap().count() > 0);
    assert_eq!(sams(dir.path()), sam_before, "Sam's journal is unchanged");
    let list = run_cli(dir.path(), &["partner", "list"]);
    assert_eq!(stdout(&list), "Sam\trepairing\n");
    let doctor = run_cli(dir.path(), &["doctor"]);
    assert!(doctor.status.success(), "{}", stdout(&doctor));
    // And Alex's seat is free again.
    add(dir.path(), "Robin", "hurt");
}

#[test]
fn removing_is_refused_while_the_workbook_is_open() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let mut tui = common::Tui::start(dir.path(), &[]);
    tui.reach_home();
    let out = run_cli(dir.path(), &["partner", "remove", "Alex", "--yes"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("open in another trustmend"), "{err}");
    assert!(err.contains("nothing was removed"), "{err}");
    tui.kill_hard();
    let list = run_cli(dir.path(), &["partner", "list"]);
    assert_eq!(stdout(&list), "Alex\thurt\n");
}

#[test]
fn a_protected_person_leaving_gets_their_copy_sealed_with_their_passphrase() {
    const PASSPHRASE: &str = "a long walk by the river";
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    let data = trustmend::store::DataDir::at(dir.path().to_path_buf());
    let mut store = data.load_store().unwrap().unwrap();
    let (protection, _) = trustmend::crypto::protect(PASSPHRASE).unwrap();
    store.partners[0].protection = Some(protection.clone());
    data.save_store(&mut store).unwrap();
    let out = with_stdin(
        dir.path(),
        &["write", "ALEX-SEALED-WORDS"],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));

    let copy = dir
        .path()
        .parent()
        .unwrap()
        .join(format!("alex-sealed-{}.md", std::process::id()));
    let c = copy.to_str().unwrap();
    // The wrong passphrase: refused, nothing written, nothing removed.
    let wrong = with_stdin(
        dir.path(),
        &["partner", "remove", "Alex", "--export", c, "--yes"],
        "not it\n",
    );
    assert!(!wrong.status.success(), "{}", stdout(&wrong));
    assert!(
        stderr(&wrong).contains("nothing was removed"),
        "{}",
        stderr(&wrong)
    );
    assert!(!copy.exists());
    assert_eq!(
        stdout(&run_cli(dir.path(), &["partner", "list"])),
        "Alex\thurt\n"
    );

    let out = with_stdin(
        dir.path(),
        &["partner", "remove", "Alex", "--export", c, "--yes"],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let sealed = std::fs::read_to_string(&copy).unwrap();
    let _ = std::fs::remove_file(&copy);
    assert!(!sealed.contains("ALEX-SEALED-WORDS"), "the copy is sealed");
    let key = trustmend::crypto::unlock(&protection, PASSPHRASE).unwrap();
    let opened = key.open(&sealed).unwrap();
    assert!(opened.contains("ALEX-SEALED-WORDS"), "{opened}");
    let list = stdout(&run_cli(dir.path(), &["partner", "list"]));
    assert!(list.starts_with("No one in this workbook yet"), "{list}");
}

/// Issue 22: nobody removes a protected person without their passphrase,
/// unless they say plainly that they destroy a journal nobody can open.
#[test]
fn a_protected_person_is_removed_only_with_their_passphrase_or_on_purpose() {
    const PASSPHRASE: &str = "a long walk by the river";
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "Alex", "hurt");
    add(dir.path(), "Sam", "repairing");
    let data = trustmend::store::DataDir::at(dir.path().to_path_buf());
    let mut store = data.load_store().unwrap().unwrap();
    let (protection, _) = trustmend::crypto::protect(PASSPHRASE).unwrap();
    store.partners[0].protection = Some(protection);
    data.save_store(&mut store).unwrap();
    for stdin in ["", "a guess\n"] {
        let out = with_stdin(dir.path(), &["partner", "remove", "Alex", "--yes"], stdin);
        assert!(!out.status.success(), "{}", stdout(&out));
        assert!(
            stderr(&out).contains("--without-passphrase"),
            "{}",
            stderr(&out)
        );
    }
    assert!(stdout(&run_cli(dir.path(), &["partner", "list"])).contains("Alex"));
    let out = with_stdin(
        dir.path(),
        &["partner", "remove", "Alex", "--yes", "--without-passphrase"],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("nobody can open it again"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stdout(&run_cli(dir.path(), &["partner", "list"])),
        "Sam\trepairing\n"
    );
}
