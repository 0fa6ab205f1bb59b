//! `trustmend homework`: template, check and import from the command line.

use crate::common;

use std::path::Path;

use common::{run_cli, stderr, stdout};

const TWO: &str = r#"{
  "schema_version": 1,
  "partners": [
    {"id": 1, "name": "Alex", "role": "hurt", "created": "2026-03-01T09:00:00+01:00"},
    {"id": 2, "name": "Sam", "role": "repairing", "created": "2026-03-01T09:00:00+01:00"}
  ],
  "entries": [
    {"id": 1, "author": 1, "kind": "free", "heading": "", "body": {"text": "ALEX-WORDS"},
     "visibility": "private", "created": "2026-03-01T10:00:00+01:00", "updated": "2026-03-01T10:00:00+01:00"}
  ],
  "next_id": 2
}
"#;

fn store(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir.join("store.json")).unwrap()).unwrap()
}

fn template(dir: &Path) -> String {
    let out = run_cli(dir, &["homework", "template"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = dir.join("hw.toml");
    std::fs::write(&file, stdout(&out)).unwrap();
    file.to_str().unwrap().to_string()
}

#[test]
fn the_template_checks_and_a_mistake_is_reported_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = template(dir.path());
    let ok = run_cli(dir.path(), &["homework", "check", &file]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(
        stdout(&ok).contains("ok — homework from Dr. Lee"),
        "{}",
        stdout(&ok)
    );
    assert!(
        stdout(&ok).contains("questionnaires: PHQ-9, CSI-4, offered every 14 days"),
        "{}",
        stdout(&ok)
    );

    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("role = \"everyone\"", "role = \"mutual\""),
    )
    .unwrap();
    let bad = run_cli(dir.path(), &["homework", "check", &file]);
    assert!(!bad.status.success());
    let err = stderr(&bad);
    assert!(
        err.contains("hw.toml:51:8: role \"mutual\" is now \"both\""),
        "{err}"
    );
}

#[test]
fn import_goes_to_the_named_person_and_reimport_replaces_it_keeping_entries() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.json"), TWO).unwrap();
    let file = template(dir.path());

    // The template is written `to = "Alex"`, which picks Alex of the two.
    let out = run_cli(dir.path(), &["homework", "import", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("for Alex"), "{}", stdout(&out));
    let s = store(dir.path());
    assert_eq!(s["assignments"].as_array().unwrap().len(), 1);
    assert_eq!(s["assignments"][0]["partner"], 1);

    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Dr. Lee", "Dr. Rivera")).unwrap();
    let again = run_cli(dir.path(), &["homework", "import", &file]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(stdout(&again).contains("Replaced"), "{}", stdout(&again));
    let s = store(dir.path());
    let all = s["assignments"].as_array().unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["assigned_by"], "Dr. Rivera");
    assert_eq!(s["entries"][0]["body"]["text"], "ALEX-WORDS");
}

#[test]
fn without_a_name_two_people_must_say_whose_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.json"), TWO).unwrap();
    let file = template(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("to = \"Alex\"", "")).unwrap();

    let out = run_cli(dir.path(), &["homework", "import", &file]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--profile"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("store.json")).unwrap(),
        TWO
    );

    let out = run_cli(
        dir.path(),
        &["--profile", "sam", "homework", "import", &file],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(store(dir.path())["assignments"][0]["partner"], 2);
}

#[test]
fn profile_wins_over_the_files_name_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.json"), TWO).unwrap();
    let file = template(dir.path());
    let out = run_cli(
        dir.path(),
        &["--profile", "Sam", "homework", "import", &file],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the file says it is for \"Alex\"; it is being added for Sam"),
        "{}",
        stderr(&out)
    );
    assert_eq!(store(dir.path())["assignments"][0]["partner"], 2);
}

#[test]
fn a_broken_file_is_never_imported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.json"), TWO).unwrap();
    let file = dir.path().join("hw.toml");
    std::fs::write(
        &file,
        "assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\n[[step]]\nstrategy = \"trust\"\n",
    )
    .unwrap();
    let out = run_cli(dir.path(), &["homework", "import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("hw.toml:4:12: strategy \"trust\" is not in the content pack"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("nothing was imported"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("store.json")).unwrap(),
        TWO
    );
}

#[test]
fn check_lists_all_seven_mistakes_of_a_file_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/homework-seven-mistakes.toml"
    );
    let out = run_cli(dir.path(), &["homework", "check", fixture]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("has 7 problems; fix them and check again"),
        "{err}"
    );
    assert!(!err.contains("imported"), "check imports nothing: {err}");
    for place in [
        ":2:1:", ":3:9:", ":6:12:", ":11:8:", ":16:1:", ":18:1:", ":19:6:",
    ] {
        assert!(
            err.contains(&format!("homework-seven-mistakes.toml{place}")),
            "no problem at {place}:\n{err}"
        );
    }

    // The same file is refused by import, which says nothing was imported.
    std::fs::write(dir.path().join("store.json"), TWO).unwrap();
    let out = run_cli(
        dir.path(),
        &["--profile", "Alex", "homework", "import", fixture],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("has 7 problems; nothing was imported"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("store.json")).unwrap(),
        TWO
    );
}
