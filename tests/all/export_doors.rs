//! `export --select` as a person uses it, and the settings said the same way
//! by every door (`config show`, `status`, `export`).

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout, with_stdin};

/// One person, four entries on four days.
const FOUR: &str = r#"{
  "schema_version": 1,
  "partners": [
    {"id": 1, "name": "Alex", "role": "hurt", "created": "2026-03-01T09:00:00+01:00"}
  ],
  "entries": [
    {"id": 1, "author": 1, "kind": "free", "heading": "First WORDS-ONE", "body": {"text": "BODY-ONE"},
     "visibility": "private", "created": "2026-03-01T10:00:00+01:00", "updated": "2026-03-01T10:00:00+01:00"},
    {"id": 2, "author": 1, "kind": "free", "heading": "Second WORDS-TWO", "body": {"text": "BODY-TWO"},
     "visibility": "private", "created": "2026-03-02T10:00:00+01:00", "updated": "2026-03-02T10:00:00+01:00"},
    {"id": 3, "author": 1, "kind": "free", "heading": "Third WORDS-THREE", "body": {"text": "BODY-THREE"},
     "visibility": "private", "created": "2026-03-03T10:00:00+01:00", "updated": "2026-03-03T10:00:00+01:00"},
    {"id": 4, "author": 1, "kind": "free", "heading": "", "body": {"text": "BODY-FOUR"},
     "visibility": "private", "created": "2026-03-04T10:00:00+01:00", "updated": "2026-03-04T10:00:00+01:00"}
  ],
  "next_id": 5
}
"#;

const BODIES: [&str; 4] = ["BODY-ONE", "BODY-TWO", "BODY-THREE", "BODY-FOUR"];

fn workbook() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.json"), FOUR).unwrap();
    dir
}

fn included(export: &str) -> Vec<usize> {
    (0..4).filter(|&i| export.contains(BODIES[i])).collect()
}

#[test]
fn select_lists_the_entries_numbered_and_exports_only_the_ones_chosen() {
    let dir = workbook();
    for format in ["markdown", "html", "json"] {
        let out = with_stdin(
            dir.path(),
            &["export", "--format", format, "--select"],
            "1 3-4\n",
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let err = stderr(&out);
        // Each with the words the person wrote, not the heading.
        for (n, day, words) in [
            (1, "1 March 2026", "BODY-ONE"),
            (2, "2 March 2026", "BODY-TWO"),
            (3, "3 March 2026", "BODY-THREE"),
            (4, "4 March 2026", "BODY-FOUR"),
        ] {
            assert!(err.contains(&format!("{n}. {day} · {words}\n")), "{err}");
        }
        assert!(!err.contains("WORDS-ONE"), "{err}");
        assert!(
            err.contains("1 3 5-7"),
            "the prompt shows how to answer: {err}"
        );
        assert_eq!(included(&stdout(&out)), [0, 2, 3], "{format}");
        // The list is on stderr: the export itself holds none of it.
        assert!(!stdout(&out).contains("Which go in?"));
    }
}

#[test]
fn select_with_numbers_asks_nothing() {
    let dir = workbook();
    for (numbers, want) in [("2", vec![1]), ("1,4", vec![0, 3]), ("2-3", vec![1, 2])] {
        let out = run_cli(dir.path(), &["export", "--select", numbers]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(included(&stdout(&out)), want, "{numbers}");
        assert!(!stderr(&out).contains("Which go in?"));
    }
    // The numbers are those of the list under the same filters.
    let out = run_cli(
        dir.path(),
        &["export", "--since", "2026-03-03", "--select", "1"],
    );
    assert_eq!(included(&stdout(&out)), [2]);
}

#[test]
fn a_bad_choice_is_named_and_nothing_is_written() {
    let dir = workbook();
    let file = dir.path().join("out.md");
    let file = file.to_str().unwrap();
    for (choice, says) in [
        (
            "1 9\n",
            "\"9\" is not in the list; the entries are numbered 1 to 4",
        ),
        ("two\n", "\"two\" is not an entry number"),
        ("4-2\n", "\"4-2\" runs backwards"),
        ("\n", "no entry was chosen"),
    ] {
        let out = with_stdin(dir.path(), &["export", "--select", "-o", file], choice);
        assert!(!out.status.success(), "{choice:?}");
        let err = stderr(&out);
        assert!(err.contains(says), "{choice:?}: {err}");
        assert!(err.contains("Nothing was written"), "{err}");
        assert!(!std::path::Path::new(file).exists());
    }
    let out = run_cli(dir.path(), &["export", "--select", "7"]);
    assert!(stderr(&out).contains("--select alone"), "{}", stderr(&out));
}

/// The lines a command printed as settings warnings.
fn warnings(out: &std::process::Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| l.starts_with("trustmend: warning:"))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_door_warns_about_the_settings_as_config_show_does() {
    let dir = workbook();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "colour = \"blue\"\ncountry = \"Narnia\"\n").unwrap();
    let c = config.to_str().unwrap();
    let shown = run_cli(dir.path(), &["--config", c, "config", "show"]);
    let said = warnings(&shown);
    assert_eq!(said.len(), 2, "{}", stderr(&shown));
    assert!(
        said[0].contains("config.toml:1: unknown setting `colour`"),
        "{said:?}"
    );
    assert!(
        said[1].contains("config.toml:2: country \"Narnia\""),
        "{said:?}"
    );
    for args in [
        &["status"][..],
        &["export"],
        &["export", "--format", "html"],
        &["export", "--format", "json"],
    ] {
        let out = run_cli(dir.path(), &[&["--config", c][..], args].concat());
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(warnings(&out), said, "{args:?}");
    }
    let walk = with_stdin(dir.path(), &["--config", c, "walk"], "");
    assert_eq!(warnings(&walk), said, "walk");
}

#[test]
fn a_value_that_cannot_be_used_stops_every_door_as_config_show_does() {
    let dir = workbook();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "pacing_days = 3\ntheme = \"purple\"\n").unwrap();
    let c = config.to_str().unwrap();
    let shown = run_cli(dir.path(), &["--config", c, "config", "show"]);
    assert!(!shown.status.success());
    let error = stderr(&shown);
    assert!(error.contains("config.toml:2:9"), "{error}");
    for args in [
        &["status"][..],
        &["export"],
        &["export", "--format", "json"],
    ] {
        let out = run_cli(dir.path(), &[&["--config", c][..], args].concat());
        assert!(
            !out.status.success(),
            "{args:?} ran on a setting it cannot use"
        );
        assert_eq!(stderr(&out), error, "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}");
    }
    let walk = with_stdin(dir.path(), &["--config", c, "walk"], "");
    assert!(!walk.status.success());
    assert_eq!(stderr(&walk), error, "walk");
    assert!(stdout(&walk).is_empty(), "walk asked nothing");
}

#[test]
fn the_workbook_shows_the_warning_on_home_until_a_key_is_pressed() {
    let dir = workbook();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "colour = \"blue\"\n").unwrap();
    let mut tui = Tui::start(dir.path(), &["--config", config.to_str().unwrap()]);
    tui.wait_for("Settings (any key hides this):");
    tui.wait_for("config.toml:1: unknown");
    tui.wait_for("setting `colour` is ignored");
    // Drawn on home, over the person's own list.
    tui.wait_for("Alex");
    tui.send(keys::DOWN);
    tui.wait_gone("Settings (any key hides this):");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit(), "the workbook closed cleanly");
}
