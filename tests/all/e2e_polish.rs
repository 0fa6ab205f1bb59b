//! What is left of issues 25 and 28, as a person meets it in a
//! pseudo-terminal: the message on the way out says what the disk holds
//! when the data folder is full (a rescue copy and where it is, or that
//! none could be written), and letters typed at once on any reopened
//! draft reach the text instead of acting.

use crate::common;

use std::path::{Path, PathBuf};

use common::{Tmpfs, Tui, files_holding, fill, keys};

const WORDS: &str = "words nobody else should read";
const CTRL_Q: &str = "\x11";

/// A data folder on a 64 KB disk and a temporary folder (on that disk
/// when `tmp_full`, so both are full; on another disk otherwise), with
/// Alex writing a new entry that is not saved yet; the disk is full.
fn writing_on_a_full_disk(tmp_full: bool) -> Option<(Tmpfs, tempfile::TempDir, PathBuf, Tui)> {
    let disk = Tmpfs::mount("64k")?;
    let data = disk.path.join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("store.json"), common::fixture_v1_welcomed()).unwrap();
    let other = tempfile::tempdir().unwrap();
    let tmp = if tmp_full {
        disk.path.join("tmp")
    } else {
        other.path().join("tmp")
    };
    std::fs::create_dir(&tmp).unwrap();
    let mut tui = Tui::start_with_env(
        &data,
        &["--profile", "Alex"],
        &[("TMPDIR", tmp.to_str().unwrap())],
    );
    tui.wait_for("Journal (");
    fill(&disk.path);
    tui.send("J");
    tui.send("n");
    tui.send(keys::ENTER);
    tui.type_text(WORDS);
    tui.wait_for(WORDS);
    Some((disk, other, tmp, tui))
}

fn hang_up_signal(tui: &Tui) {
    let ok = std::process::Command::new("kill")
        .args(["-HUP", &tui.pid().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

/// Waits for the program to end (the terminal stays, to be read).
fn ended(tui: &mut Tui) -> String {
    let start = std::time::Instant::now();
    while tui.is_running() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(40),
            "still running:\n{}",
            tui.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    tui.screen()
}

/// The folder a parting message names, and that it holds the words.
fn the_copy_named_holds_the_words(screen: &str, tmp: &Path) {
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("a copy of everything in it is in"),
        "the message says where the copy is:\n{screen}"
    );
    let held = files_holding(tmp, WORDS);
    assert!(!held.is_empty(), "the copy holds the words");
    let folder = held[0].parent().unwrap().to_str().unwrap().to_string();
    // The terminal may wrap the path: compare without the line breaks.
    let joined: String = screen.lines().map(str::trim_end).collect();
    assert!(joined.contains(&folder), "{folder} named in:\n{screen}");
}

fn the_words_are_said_lost(screen: &str, disk: &Path) {
    assert!(
        files_holding(disk, WORDS).is_empty(),
        "the words are nowhere on the disk"
    );
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("No copy of them could be written"),
        "the message says no copy was written:\n{screen}"
    );
    assert!(
        !flat.contains("a copy of everything in it is in"),
        "{screen}"
    );
}

#[test]
fn a_hang_up_on_a_full_disk_says_where_the_rescue_copy_is() {
    let Some((_disk, _other, tmp, mut tui)) = writing_on_a_full_disk(false) else {
        return;
    };
    hang_up_signal(&tui);
    let screen = ended(&mut tui);
    the_copy_named_holds_the_words(&screen, &tmp);
}

#[test]
fn a_hang_up_with_the_temporary_folder_full_too_says_the_words_are_lost() {
    let Some((disk, _other, _tmp, mut tui)) = writing_on_a_full_disk(true) else {
        return;
    };
    hang_up_signal(&tui);
    let screen = ended(&mut tui);
    the_words_are_said_lost(&screen, &disk.path);
}

#[test]
fn the_quick_exit_on_a_full_disk_says_where_the_rescue_copy_is() {
    let Some((_disk, _other, tmp, mut tui)) = writing_on_a_full_disk(false) else {
        return;
    };
    tui.send(CTRL_Q);
    let screen = ended(&mut tui);
    the_copy_named_holds_the_words(&screen, &tmp);
}

#[test]
fn the_quick_exit_with_the_temporary_folder_full_too_says_the_words_are_lost() {
    let Some((disk, _other, _tmp, mut tui)) = writing_on_a_full_disk(true) else {
        return;
    };
    tui.send(CTRL_Q);
    let screen = ended(&mut tui);
    the_words_are_said_lost(&screen, &disk.path);
}

/// A prompt's answer left unsaved (Ctrl+C keeps it as a draft) is shown
/// again at the next start; a sentence typed at once goes on it. Its
/// letters are commands on the prompt (`s` skip, `r` guidance, `p`
/// previous) and must not act.
#[test]
fn letters_typed_at_once_on_a_reopened_answer_draft_go_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Sam");
    tui.open_first_prompt();
    tui.type_text("I kept it in");
    tui.wait_for("I kept it in");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("I kept it in");
    tui.type_text(" so responses spread");
    tui.wait_for("I kept it in so responses spread");
    assert!(tui.screen().contains("Prompt 1 of"), "{}", tui.screen());
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let journal = common::journal_on_disk(dir.path());
    assert!(
        journal.contains("I kept it in so responses spread"),
        "{journal}"
    );
}

/// The check-in's note left unsaved (a crash) comes back with the form; letters
/// typed at once go on the note (`q` is "back" on the scales, `h`/`l`
/// set them, digits too).
#[test]
fn letters_typed_at_once_on_a_reopened_check_in_note_go_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Sam");
    tui.send("c");
    tui.wait_for("How are you today?");
    for _ in 0..7 {
        tui.send(keys::DOWN);
    }
    tui.type_text("Could not sleep");
    tui.wait_for("Could not sleep");
    // Quitting would keep it as the day's check-in: the power goes instead,
    // after the draft's autosave (every two seconds).
    std::thread::sleep(std::time::Duration::from_secs(3));
    tui.kill_hard();

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Could not sleep");
    tui.type_text(" quite 3 nights, half awake");
    tui.wait_for("Could not sleep quite 3 nights, half awake");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
