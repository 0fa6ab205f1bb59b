//! A person alone answering a together prompt is told before writing that
//! the answer may be shown beside a partner's: the journal calls it
//! `together`, and a partner who joins and answers it reads it.
#![cfg(unix)]

use crate::common;

use common::{Tui, keys};

#[test]
fn alone_a_together_prompt_says_before_writing_it_may_be_shown_beside_a_partners() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    tui.open_first_prompt();
    // Strategy 1's prompts for someone hurt: the fourth is a together one.
    for n in 2..=4 {
        tui.send(keys::ESC);
        tui.wait_for("Enter to write");
        tui.send("s");
        tui.wait_for(&format!("Prompt {n} of"));
    }
    tui.wait_for("What is one thing you wish your partner understood");
    let screen = tui.screen();
    assert!(
        screen.contains("Your answer (together: shown beside"),
        "{screen}"
    );
    assert!(!screen.contains("Your answer (private)"), "{screen}");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}
