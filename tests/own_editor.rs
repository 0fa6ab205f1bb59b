//! Writing an entry in one's own editor, through the real binary in a
//! pseudo-terminal, with a scripted "editor".
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{Tui, keys};

const CTRL_O: &str = "\x0f";

/// A config file whose editor is a shell script with this body.
fn editor_config(dir: &Path, body: &str) -> PathBuf {
    let script = dir.join("editor.sh");
    std::fs::write(&script, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!("editor = {:?}\n", script.to_str().unwrap()),
    )
    .unwrap();
    config
}

/// Alex, at the first prompt of the first strategy, with `text` typed.
fn start_writing(data: &Path, config: &Path, text: &str) -> Tui {
    let mut tui = Tui::start(data, &["--config", config.to_str().unwrap()]);
    tui.create_profile("Alex");
    tui.wait_for("Suggested next");
    tui.open_first_prompt();
    tui.type_text(text);
    tui.wait_for(text);
    tui
}

fn leftovers(data: &Path) -> usize {
    std::fs::read_dir(data.join("tmp")).map_or(0, |d| d.count())
}

#[test]
fn the_own_editors_line_comes_back_into_the_entry_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // The script appends a line, and notes the file's permissions.
    let config = editor_config(
        dir.path(),
        r#"echo "Added in my editor, mode $(stat -c %a "$1")" >> "$1""#,
    );
    let mut tui = start_writing(&data, &config, "Typed here first.");
    tui.send(CTRL_O);
    tui.wait_for("Added in my editor, mode 600");
    assert!(tui.screen().contains("Typed here first."));
    assert!(tui.screen().contains("Ctrl+S saves it"), "{}", tui.screen());
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());

    let store = common::journal_on_disk(&data);
    assert!(
        store.contains("Typed here first.\\nAdded in my editor, mode 600"),
        "{store}"
    );
    assert_eq!(leftovers(&data), 0, "the temporary file is removed");
}

#[test]
fn an_editor_that_fails_or_empties_the_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = editor_config(dir.path(), "echo 'half' >> \"$1\"; exit 4");
    let mut tui = start_writing(&data, &config, "Keep these words.");
    tui.send(CTRL_O);
    tui.wait_for("exited with status 4");
    assert!(tui.screen().contains("Keep these words."));
    assert!(!tui.screen().contains("half"), "{}", tui.screen());

    // Now an editor that empties the file.
    let config = editor_config(dir.path(), ": > \"$1\"");
    assert!(config.exists());
    tui.send(CTRL_O);
    tui.wait_for("left the file empty");
    assert!(tui.screen().contains("Keep these words."));
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    assert_eq!(leftovers(&data), 0);
}

/// Stumble 2 of issue 28: with no editor set, Ctrl+O opened `vi`, where
/// the quick exit does nothing. Now nano if it is installed, else a
/// message, and the words stay on screen.
#[test]
fn with_no_editor_set_and_no_nano_ctrl_o_says_so_and_keeps_the_words() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "").unwrap();
    let empty = dir.path().join("no-programs-here");
    std::fs::create_dir(&empty).unwrap();
    let mut tui = Tui::start_with_env(
        &data,
        &["--config", config.to_str().unwrap()],
        &[
            ("VISUAL", ""),
            ("EDITOR", ""),
            ("PATH", empty.to_str().unwrap()),
        ],
    );
    tui.create_profile("Alex");
    tui.wait_for("Suggested next");
    tui.open_first_prompt();
    tui.type_text("Stay with me.");
    tui.wait_for("Stay with me.");
    assert!(
        !tui.screen().contains("Ctrl+O"),
        "Ctrl+O is in the help, not on the key bar:\n{}",
        tui.screen()
    );
    tui.send(CTRL_O);
    tui.wait_for("nano is not installed");
    assert!(tui.screen().contains("Stay with me."), "{}", tui.screen());
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

/// With no editor set and nano on the `PATH`, Ctrl+O opens nano.
#[test]
fn with_no_editor_set_ctrl_o_opens_nano() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "").unwrap();
    // A stand-in "nano" that adds a line, found on the PATH.
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let nano = bin.join("nano");
    std::fs::write(&nano, "#!/bin/sh\necho 'Added by nano.' >> \"$1\"\n").unwrap();
    std::fs::set_permissions(&nano, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:/usr/bin:/bin", bin.display());
    let mut tui = Tui::start_with_env(
        &data,
        &["--config", config.to_str().unwrap()],
        &[("VISUAL", ""), ("EDITOR", ""), ("PATH", &path)],
    );
    tui.create_profile("Alex");
    tui.wait_for("Suggested next");
    tui.open_first_prompt();
    tui.type_text("Typed first.");
    tui.wait_for("Typed first.");
    tui.send(CTRL_O);
    tui.wait_for("Added by nano.");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
