//! Settings, colour and shell integration, through the real binary.

mod common;

use common::{run_cli, stderr, stdout};

#[test]
fn config_show_names_the_file_and_the_settings_in_effect() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let f = file.to_str().unwrap();
    let out = run_cli(dir.path(), &["--config", f, "config", "show"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("does not exist"), "{text}");
    assert!(text.contains("theme = \"dark\""), "{text}");

    std::fs::write(&file, "theme = \"high-contrast\"\nfont = \"big\"\n").unwrap();
    let out = run_cli(dir.path(), &["--config", f, "config", "show"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("# Settings from {f}")));
    assert!(stdout(&out).contains("theme = \"high-contrast\""));
    let warn = stderr(&out);
    assert!(
        warn.contains(&format!("{f}:2: unknown setting `font`")),
        "{warn}"
    );

    let path = run_cli(dir.path(), &["--config", f, "config", "path"]);
    assert_eq!(stdout(&path).trim(), f);
}

#[test]
fn a_bad_setting_stops_before_the_workbook_opens_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "\nshare_check_ins = \"maybe\"\n").unwrap();
    let out = std::process::Command::new(common::BIN)
        .env("TRUSTMEND_DATA_DIR", dir.path())
        .env("TRUSTMEND_CONFIG", &file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:2:19", file.display())), "{err}");
    assert!(!dir.path().join("store.json").exists());
}

#[test]
fn completions_for_each_shell_know_the_commands_and_options() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef trustmend"),
        ("fish", "complete -c trustmend"),
    ] {
        let out = run_cli(dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains(marker), "{shell}:\n{script}");
        for word in ["status", "export", "config", "color", "data-dir", "never"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let bad = run_cli(dir.path(), &["completions", "tcsh"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("bash"), "{}", stderr(&bad));
}

#[test]
fn the_man_page_describes_the_program_and_its_options() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(
        page.starts_with(".ie") || page.contains(".TH trustmend"),
        "{page}"
    );
    for word in ["\\-\\-config", "\\-\\-color", "not therapy", "completions"] {
        assert!(page.contains(word), "the man page lacks {word}");
    }
}
