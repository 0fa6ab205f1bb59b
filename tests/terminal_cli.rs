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
