//! Writing an entry in one's own editor, through the real binary in a
//! pseudo-terminal, with a scripted "editor".
#![cfg(unix)]

use crate::common;

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

/// Files of the own editor left anywhere: its private folder, or the data
/// folder's `tmp/` (where it wrote before).
fn leftovers(data: &Path) -> usize {
    let old = std::fs::read_dir(data.join("tmp")).map_or(0, std::iter::Iterator::count);
    old + trustmend::own_editor::leftovers(data).len()
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
    // The frame after the editor is drawn whole, top to bottom: the notice
    // at its foot says it is all there (the box's new line, higher up, can
    // be read while the rows below are still on their way).
    tui.wait_for("Ctrl+S saves it");
    assert!(tui.screen().contains("Added in my editor, mode 600"));
    assert!(tui.screen().contains("Typed here first."));
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

/// An editor that says where its file is, leaves a swap file beside it as
/// vim does, and waits until it is killed.
fn waiting_editor(dir: &Path) -> PathBuf {
    let said = dir.join("editor-said");
    editor_config(
        dir,
        &format!(
            r#"echo "$1" > {said:?}.tmp; touch "$(dirname "$1")/.$(basename "$1").swp"; echo $$ >> {said:?}.tmp; mv {said:?}.tmp {said:?}; sleep 60"#,
        ),
    )
}

#[test]
fn a_killed_editors_words_live_outside_the_data_folder_and_go_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let runtime = dir.path().join("runtime");
    std::fs::create_dir(&runtime).unwrap();
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    let config = waiting_editor(dir.path());
    let env = [("XDG_RUNTIME_DIR", runtime.to_str().unwrap())];
    let mut tui = Tui::start_with_env(&data, &["--config", config.to_str().unwrap()], &env);
    tui.create_profile("Alex");
    tui.wait_for("Suggested next");
    tui.open_first_prompt();
    tui.type_text("Plainwords in the editor.");
    tui.wait_for("Plainwords in the editor.");
    tui.send(CTRL_O);
    let said = dir.path().join("editor-said");
    let start = std::time::Instant::now();
    while !said.exists() && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let said = std::fs::read_to_string(&said).unwrap();
    let mut lines = said.lines();
    let file = PathBuf::from(lines.next().unwrap());
    let editor_pid: i32 = lines.next().unwrap().trim().parse().unwrap();
    // The editor's file: in a private folder of the memory file system,
    // never in the data folder.
    assert!(file.starts_with(&runtime), "{}", file.display());
    let folder = file.parent().unwrap();
    let mode = std::fs::metadata(folder).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Plainwords in the editor.")
    );
    let swap = folder.join(format!(
        ".{}.swp",
        file.file_name().unwrap().to_str().unwrap()
    ));
    assert!(swap.exists());

    // trustmend is killed, then the editor.
    tui.kill_hard();
    // SAFETY: a signal to the editor script we started.
    unsafe { libc::kill(editor_pid, libc::SIGKILL) };
    assert!(file.exists(), "a killed editor leaves its file");
    for entry in walk_files(&data) {
        let text = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&text).contains("Plainwords"),
            "{} holds the words",
            entry.display()
        );
    }

    // doctor names both files.
    let out = crate::common::command()
        .arg("doctor")
        .env("TRUSTMEND_DATA_DIR", &data)
        .env("XDG_RUNTIME_DIR", &runtime)
        .output()
        .unwrap();
    let report = common::stdout(&out);
    assert!(report.contains("left by your own editor"), "{report}");
    assert!(report.contains(file.to_str().unwrap()), "{report}");
    assert!(report.contains(swap.to_str().unwrap()), "{report}");

    // The next start removes them.
    let mut tui = Tui::start_with_env(&data, &["--config", config.to_str().unwrap()], &env);
    tui.wait_for("Suggested next");
    assert!(!file.exists(), "the editor's file is still there");
    assert!(!swap.exists(), "the editor's swap file is still there");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

/// Every file under `dir`.
fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk_files(&p));
        } else {
            out.push(p);
        }
    }
    out
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
