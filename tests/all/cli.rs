//! The command line without a terminal.

use crate::common;

use common::{run_cli, stderr, stdout};

#[test]
fn help_explains_the_commands_and_that_it_is_not_therapy() {
    let out = crate::common::command().arg("--help").output().unwrap();
    let text = stdout(&out);
    for word in ["status", "export", "content", "--data-dir", "not therapy"] {
        assert!(text.contains(word), "--help lacks {word:?}:\n{text}");
    }
    let v = crate::common::command().arg("--version").output().unwrap();
    assert!(stdout(&v).starts_with("trustmend "));
}

#[test]
fn status_on_an_empty_data_dir_says_how_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["status"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("Run `trustmend`"), "{}", stderr(&out));
    // Nothing is made there: no lock, no summary.
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

/// `status` of a journal whose summary is fresh (the last save wrote it)
/// says, for each person, what it says from the journal read whole; and it
/// answers from the summary alone: with the middle of `store.json` made
/// unreadable by hand (its length kept, which the summary cannot see),
/// `status` still answers, while the journal read whole (`export`,
/// `doctor`) says what is wrong. Without a summary, `status` reads the
/// journal and writes the summary again, the same bytes the save wrote, so
/// the next one answers at once.
#[test]
fn status_answers_from_a_fresh_summary_what_the_whole_journal_says() {
    use trustmend::store::DataDir;
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::at(dir.path().to_path_buf());
    let content = trustmend::content::Content::bundled().unwrap();
    // Large enough that the summary knows the file by its ends alone.
    let mut store = trustmend::synthetic::store(&content, 2_000);
    data.save_store(&mut store).unwrap();
    let status = |who: &str| run_cli(dir.path(), &["status", "--profile", who]);
    let quick = [status("Alex"), status("Sam")];
    let summary = std::fs::read(data.summary_path()).unwrap();
    let whole = ["Alex", "Sam"].map(|who| {
        std::fs::remove_file(data.summary_path()).unwrap();
        let whole = status(who);
        assert_eq!(
            std::fs::read(data.summary_path()).ok().as_deref(),
            Some(&summary[..]),
            "status for {who} without a summary writes the one the save wrote"
        );
        whole
    });
    for (quick, whole) in quick.iter().zip(&whole) {
        assert!(quick.status.success(), "{}", stderr(quick));
        assert!(stdout(quick).contains("entries"), "{}", stdout(quick));
        assert_eq!(stdout(quick), stdout(whole));
    }

    std::fs::write(data.summary_path(), &summary).unwrap();
    let mut bytes = std::fs::read(data.store_path()).unwrap();
    let middle = bytes.len() / 2;
    let quote = middle + bytes[middle..].iter().position(|&b| b == b'"').unwrap();
    bytes[quote] = b'}';
    std::fs::write(data.store_path(), &bytes).unwrap();
    let after = status("Alex");
    assert!(after.status.success(), "{}", stderr(&after));
    assert_eq!(stdout(&after), stdout(&quick[0]));
    let export = run_cli(dir.path(), &["export", "--profile", "Alex"]);
    assert!(!export.status.success());
    assert!(
        stderr(&export).contains("store.json"),
        "{}",
        stderr(&export)
    );
    let doctor = run_cli(dir.path(), &["doctor"]);
    assert!(
        common::said(&doctor).contains("store.json"),
        "{}",
        common::said(&doctor)
    );
}

/// With the workbook open (its lock held by another process), `status`
/// without a summary still answers from the journal read whole, and
/// writes nothing: not the summary, not the lock.
#[test]
fn status_without_a_summary_writes_nothing_while_the_workbook_is_open() {
    use trustmend::store::DataDir;
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::at(dir.path().to_path_buf());
    let content = trustmend::content::Content::bundled().unwrap();
    let mut store = trustmend::synthetic::store(&content, 300);
    data.save_store(&mut store).unwrap();
    let fresh = run_cli(dir.path(), &["status", "--profile", "Alex"]);
    assert!(fresh.status.success(), "{}", stderr(&fresh));
    std::fs::remove_file(data.summary_path()).unwrap();
    let open = data.lock().unwrap();
    let held = std::fs::read(data.lock_path()).unwrap();
    let out = run_cli(dir.path(), &["status", "--profile", "Alex"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), stdout(&fresh));
    assert!(!data.summary_path().exists());
    assert_eq!(std::fs::read(data.lock_path()).unwrap(), held);
    drop(open);
    // Once it is closed, the next `status` writes the summary again.
    let out = run_cli(dir.path(), &["status", "--profile", "Alex"]);
    assert_eq!(stdout(&out), stdout(&fresh));
    assert!(data.summary_path().exists());
}

/// The workbook started with a pack of one's own that has a mistake says
/// which file and line, before anything else: no data folder is made, no
/// lock taken (the bundled pack is read beside the folder's opening; a
/// folder's pack first, for this).
#[test]
fn the_workbook_with_a_broken_pack_says_where_before_touching_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir(&pack).unwrap();
    std::fs::write(pack.join("faq.toml"), "[[question]]\nid = \"x\"\n").unwrap();
    let data = dir.path().join("data");
    let out = crate::common::command()
        .args(["--content", pack.to_str().unwrap()])
        .env("TRUSTMEND_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("faq.toml:1:1"), "{err}");
    assert!(!data.exists(), "the data folder was made");
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

/// One person, one private entry: what an export may hold.
const ONE: &str = r#"{
  "schema_version": 1,
  "partners": [
    {"id": 1, "name": "Alex", "role": "hurt", "created": "2026-03-01T09:00:00+01:00"}
  ],
  "entries": [
    {"id": 1, "author": 1, "kind": "free", "heading": "A hard day", "body": {"text": "ALEX-PRIVATE-WORDS"},
     "visibility": "private", "created": "2026-03-01T10:00:00+01:00", "updated": "2026-03-01T10:00:00+01:00"}
  ],
  "next_id": 2
}
"#;

fn workbook() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.json"), ONE).unwrap();
    dir
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn an_export_file_is_readable_only_by_you_in_every_format_and_help_says_so() {
    let dir = workbook();
    for format in ["markdown", "html", "json"] {
        let file = dir.path().join(format!("journal.{format}"));
        let out = run_cli(
            dir.path(),
            &["export", "--format", format, "-o", file.to_str().unwrap()],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            std::fs::read_to_string(&file)
                .unwrap()
                .contains("ALEX-PRIVATE-WORDS")
        );
        assert_eq!(mode(&file), 0o600, "{format} export is readable by others");
    }
    let help = stdout(&run_cli(dir.path(), &["export", "--help"]));
    assert!(help.contains("readable only by you (0600)"), "{help}");
    assert!(help.contains("--force"), "{help}");
}

#[test]
fn force_replaces_an_existing_export_and_without_it_nothing_is_touched() {
    let dir = workbook();
    let file = dir.path().join("journal.md");
    std::fs::write(&file, "keep").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let f = file.to_str().unwrap();
    let refused = run_cli(dir.path(), &["export", "-o", f]);
    assert!(!refused.status.success());
    let err = stderr(&refused);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");

    let forced = run_cli(dir.path(), &["export", "--force", "-o", f]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("ALEX-PRIVATE-WORDS")
    );
    #[cfg(unix)]
    assert_eq!(
        mode(&file),
        0o600,
        "the replaced file keeps the old, looser mode"
    );
    // Nothing is left beside it (no temporary file).
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // A folder is never replaced, even with --force.
    let folder = dir.path().join("a-folder");
    std::fs::create_dir(&folder).unwrap();
    let out = run_cli(
        dir.path(),
        &["export", "--force", "-o", folder.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is a folder"), "{}", stderr(&out));
}

#[test]
fn an_export_into_a_folder_that_does_not_exist_says_so() {
    let dir = workbook();
    let file = dir.path().join("no-such-folder").join("journal.md");
    let out = run_cli(dir.path(), &["export", "-o", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "the folder {} does not exist",
            dir.path().join("no-such-folder").display()
        )),
        "{err}"
    );
    assert!(!file.exists());
}

/// `trustmend ARGS | head`, with `head` already gone: stdout is a pipe whose
/// reading end is closed before anything is written.
fn to_a_closed_pipe(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    crate::common::command()
        .args(args)
        .env("TRUSTMEND_DATA_DIR", dir)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn man_status_and_export_to_a_closed_pipe_exit_quietly() {
    let dir = workbook();
    for args in [
        &["man"][..],
        &["status"],
        &["export"],
        &["export", "--format", "html"],
        &["export", "--format", "json"],
    ] {
        let out = to_a_closed_pipe(dir.path(), args);
        assert_eq!(
            (out.status.code(), stderr(&out).as_str()),
            (Some(0), ""),
            "trustmend {args:?} | head"
        );
    }
}
