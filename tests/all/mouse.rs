//! The mouse wheel, through the real binary in a pseudo-terminal.

use crate::common;

use common::{Tui, keys};

const WHEEL_DOWN: &str = "\x1b[<65;10;10M";
const WHEEL_UP: &str = "\x1b[<64;10;10M";

fn selected_row(tui: &Tui) -> String {
    tui.screen()
        .lines()
        .find(|l| l.trim_start().starts_with('›'))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_wheel_moves_through_lists_and_capture_ends_with_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    tui.wait_for("Suggested next");
    tui.send("g"); // a new person starts on "Before you begin": to the top
    tui.wait_for("›  1.");
    let terminal = tui.terminal();
    assert_ne!(
        terminal.lock().unwrap().screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "the wheel is captured while the workbook is open"
    );
    assert!(selected_row(&tui).contains("1. "), "{}", tui.screen());
    tui.send(WHEEL_DOWN);
    tui.send(WHEEL_DOWN);
    tui.wait_for("›  3.");
    tui.send(WHEEL_UP);
    tui.wait_for("›  2.");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    assert_eq!(
        terminal.lock().unwrap().screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "the terminal gets its mouse back"
    );
}
