//! Keys of the check-in form, the progress screen and the questionnaires.

use super::{Action, BACK, Binding, Context, HELP, HELP_F1, Key, QUIT, b};
use ratatui::crossterm::event::KeyCode;

// On the note, j and k are letters; on the other lines they move like ↑↓.
const FIELD_UP: Binding = b(&[code!(Up), code!(BackTab)], Action::Up, "↑↓", "line", true);
const FIELD_DOWN: Binding = b(
    &[code!(Down), code!(Tab)],
    Action::Down,
    "↓/Tab",
    "next line",
    false,
);
const LINE_UP: Binding = b(
    &[code!(Up), ch!('k'), code!(BackTab)],
    Action::Up,
    "↑↓",
    "line",
    true,
);
const LINE_DOWN: Binding = b(
    &[code!(Down), ch!('j'), code!(Tab)],
    Action::Down,
    "↓/j/Tab",
    "next line",
    false,
);

macro_rules! digit {
    ($c:literal, $d:literal, $footer:literal) => {
        b(&[ch!($c)], Action::Digit($d), "0-9", "number", $footer)
    };
}

pub(super) fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::CheckIn => {
            const {
                &[
                    b(&[code!(Left), ch!('h')], Action::Left, "←→", "set", true),
                    b(
                        &[code!(Right), ch!('l')],
                        Action::Right,
                        "→/l",
                        "more",
                        false,
                    ),
                    digit!('0', 0, true),
                    digit!('1', 1, false),
                    digit!('2', 2, false),
                    digit!('3', 3, false),
                    digit!('4', 4, false),
                    digit!('5', 5, false),
                    digit!('6', 6, false),
                    digit!('7', 7, false),
                    digit!('8', 8, false),
                    digit!('9', 9, false),
                    b(&[ch!(' '), ch!('x')], Action::Toggle, "Space", "tick", true),
                    b(
                        &[code!(Backspace), code!(Delete)],
                        Action::Skip,
                        "Backspace",
                        "skip this line",
                        false,
                    ),
                    LINE_UP,
                    LINE_DOWN,
                    b(&[code!(Enter)], Action::Save, "Enter", "save", true),
                    b(&[code!(Esc), ch!('q')], Action::Back, "Esc", "back", true),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::CheckInNote => {
            const {
                &[
                    b(&[code!(Enter)], Action::Save, "Enter", "save", true),
                    FIELD_UP,
                    FIELD_DOWN,
                    b(&[code!(Esc)], Action::Back, "Esc", "back", true),
                    HELP_F1,
                    QUIT,
                ]
            }
        }
        Context::CheckInReview => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "review it", true),
                    LINE_UP,
                    LINE_DOWN,
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::Progress => {
            const {
                &[
                    b(&[ch!('r')], Action::NextRange, "r", "range", true),
                    b(&[ch!('s')], Action::ToggleSharing, "s", "sharing", true),
                    b(
                        &[ch!('m')],
                        Action::OpenMeasures,
                        "m",
                        "questionnaires",
                        true,
                    ),
                    b(
                        &[code!(Tab), code!(Right), code!(Left), ch!('t')],
                        Action::Toggle,
                        "Tab",
                        "check-ins / strategies",
                        true,
                    ),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::MeasureList => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "answer it", true),
                    b(&[code!(Up), ch!('k')], Action::Up, "↑↓", "move", true),
                    b(&[code!(Down), ch!('j')], Action::Down, "↓/j", "down", false),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        // The answers are scored from 0, so their numbers start at 0.
        Context::Measure => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "answer", true),
                    b(&[code!(Up), ch!('k')], Action::Up, "↑↓", "move", true),
                    b(&[code!(Down), ch!('j')], Action::Down, "↓/j", "down", false),
                    b(
                        &[code!(Home), ch!('g')],
                        Action::Top,
                        "Home/g",
                        "first",
                        false,
                    ),
                    b(
                        &[code!(End), ch!('G')],
                        Action::Bottom,
                        "End/G",
                        "last",
                        false,
                    ),
                    b(
                        &[ch!('0')],
                        Action::Digit(0),
                        "0, 1, 2…",
                        "that answer",
                        true,
                    ),
                    b(
                        &[ch!('1')],
                        Action::Digit(1),
                        "0, 1, 2…",
                        "that answer",
                        false,
                    ),
                    b(
                        &[ch!('2')],
                        Action::Digit(2),
                        "0, 1, 2…",
                        "that answer",
                        false,
                    ),
                    b(
                        &[ch!('3')],
                        Action::Digit(3),
                        "0, 1, 2…",
                        "that answer",
                        false,
                    ),
                    b(
                        &[ch!('4')],
                        Action::Digit(4),
                        "0, 1, 2…",
                        "that answer",
                        false,
                    ),
                    b(
                        &[ch!('5')],
                        Action::Digit(5),
                        "0, 1, 2…",
                        "that answer",
                        false,
                    ),
                    b(
                        &[ch!('6')],
                        Action::Digit(6),
                        "0, 1, 2…",
                        "that answer",
                        false,
                    ),
                    b(
                        &[code!(Backspace), ch!('p')],
                        Action::Previous,
                        "p",
                        "previous question",
                        true,
                    ),
                    b(
                        &[code!(Esc), ch!('q')],
                        Action::Back,
                        "Esc",
                        "leave (nothing kept)",
                        true,
                    ),
                    HELP,
                    QUIT,
                ]
            }
        }
        Context::MeasureDone => {
            const {
                &[
                    b(&[code!(Enter)], Action::Select, "Enter", "done", true),
                    BACK,
                    HELP,
                    QUIT,
                ]
            }
        }
        _ => &[],
    }
}
