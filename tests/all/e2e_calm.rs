//! "When it is too much" in the real binary: F2 opens it from anywhere,
//! even while writing; the breathing guide moves through its three words
//! by itself; the grounding steps follow one another; leaving returns to
//! the words being written, untouched, and nothing of it is saved.

use crate::common;

use common::{Tui, journal_on_disk, keys};

/// Rows of the screen drawn only with the breathing shape's marks.
fn shape_rows(screen: &str) -> usize {
    screen
        .lines()
        .filter(|l| {
            let l = l.trim();
            !l.is_empty() && l.chars().all(|c| matches!(c, '·' | 'o' | ' '))
        })
        .count()
}

/// F2 as an xterm sends it.
const F2: &str = "\x1bOQ";

#[test]
fn f2_opens_the_calm_screen_over_unsaved_words_and_gives_them_back() {
    let tmp = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(tmp.path(), &[]);
    tui.create_profile("Alex");
    tui.open_first_prompt();
    tui.type_text("half a sentence I need to finish");
    tui.send(F2);
    tui.wait_for("When it is too much");
    // The guide paces itself (about 4-4-6 seconds): within one cycle the
    // words change from breathing in to holding to breathing out.
    tui.wait_for("Breathe in");
    tui.wait_for("Hold");
    tui.wait_for("Breathe out");
    let screen = tui.screen();
    assert!(screen.contains("Grounding"), "{screen}");
    assert!(
        shape_rows(&screen) > 0,
        "the breathing shape is drawn:\n{screen}"
    );
    assert!(
        !screen.contains("half a sentence"),
        "the calm screen covers the writing:\n{screen}"
    );
    // The grounding steps go forward one at a time.
    // (The breath's words and seconds change by themselves: the step shown
    // is what must change.)
    let step = |s: &str| {
        s.lines()
            .skip_while(|l| !l.contains("Grounding"))
            .take(2)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let before = tui.screen();
    tui.send("n");
    let mut after = tui.wait_changed(&before);
    let start = std::time::Instant::now();
    while step(&after) == step(&before) && start.elapsed().as_secs() < 10 {
        after = tui.wait_changed(&after);
    }
    assert_ne!(
        step(&before),
        step(&after),
        "n shows the next grounding step"
    );
    // Back: the words are where they were, still in the editor.
    tui.send(keys::ESC);
    tui.wait_for("half a sentence I need to finish");
    tui.type_text(", now finished.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Prompt 2 of");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let disk = journal_on_disk(tmp.path());
    assert!(
        disk.contains("half a sentence I need to finish, now finished."),
        "{disk}"
    );
    assert!(
        !disk.contains("Breathe"),
        "nothing of the calm screen is saved"
    );
}

/// With `reduce_motion` on, the guide is text alone: the words are shown
/// but no shape grows and shrinks.
#[test]
fn reduce_motion_keeps_the_guide_to_words() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "reduce_motion = true\n").unwrap();
    let data = tmp.path().join("data");
    let mut tui = Tui::start_with_env(
        &data,
        &[],
        &[("TRUSTMEND_CONFIG", config.to_str().unwrap())],
    );
    tui.create_profile("Alex");
    tui.send(F2);
    tui.wait_for("When it is too much");
    tui.wait_for("Breathe");
    let screen = tui.screen();
    assert_eq!(
        shape_rows(&screen),
        0,
        "a shape with reduce_motion:\n{screen}"
    );
    tui.send(keys::ESC);
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
