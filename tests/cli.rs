//! The command line without a terminal.

mod common;

use common::{BIN, run_cli, stderr, stdout};
use std::process::Command;

#[test]
fn help_explains_the_commands_and_that_it_is_not_therapy() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    let text = stdout(&out);
    for word in ["status", "export", "content", "--data-dir", "not therapy"] {
        assert!(text.contains(word), "--help lacks {word:?}:\n{text}");
    }
    let v = Command::new(BIN).arg("--version").output().unwrap();
    assert!(stdout(&v).starts_with("trustmend "));
}

#[test]
fn status_on_an_empty_data_dir_says_how_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["status"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("Run `trustmend`"), "{}", stderr(&out));
}

#[test]
fn content_check_summarises_the_bundled_pack() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["content", "check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("10 strategies"), "{}", stdout(&out));
}

#[test]
fn content_export_writes_a_pack_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    let p = pack.to_str().unwrap();
    let out = run_cli(dir.path(), &["content", "export", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    let check = run_cli(dir.path(), &["content", "check", p]);
    assert!(check.status.success(), "{}", stderr(&check));

    std::fs::write(pack.join("faq.toml"), "[[question]]\nid = \"x\"\n").unwrap();
    let again = run_cli(dir.path(), &["content", "export", p]);
    assert!(!again.status.success());
    assert_eq!(
        std::fs::read_to_string(pack.join("faq.toml")).unwrap(),
        "[[question]]\nid = \"x\"\n",
        "an existing pack is never overwritten"
    );
    let bad = run_cli(dir.path(), &["content", "check", p]);
    assert!(!bad.status.success());
    let err = stderr(&bad);
    assert!(err.contains("faq.toml:1:1"), "{err}");
    assert!(err.contains("question"), "{err}");
}

#[test]
fn export_to_a_file_never_replaces_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("journal.md");
    std::fs::write(&out_file, "keep").unwrap();
    // No workbook yet: export fails before touching anything.
    let out = run_cli(dir.path(), &["export", "-o", out_file.to_str().unwrap()]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), "keep");
}
