//! The mouse wheel scrolls, as the arrow keys do. Capture is enabled with the
//! screen and disabled on every way out (quit, suspend, panic). While it is
//! on, most terminals select text with Shift held down.

use ratatui::crossterm::event::MouseEventKind;

use crate::keymap::{self, Action, Context};

/// The action the wheel stands for here: the same as ↑/↓, and only where
/// those keys move or scroll (never while typing, never in the help).
pub(super) fn action(ctx: Context, kind: MouseEventKind) -> Option<Action> {
    let wanted = match kind {
        MouseEventKind::ScrollUp => Action::Up,
        MouseEventKind::ScrollDown => Action::Down,
        _ => return None,
    };
    keymap::bindings(ctx)
        .iter()
        .any(|b| b.action == wanted)
        .then_some(wanted)
        .filter(|_| !ctx.is_text_entry() && ctx != Context::Help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wheel_scrolls_where_arrows_do_and_never_while_typing() {
        assert_eq!(
            action(Context::Reading, MouseEventKind::ScrollDown),
            Some(Action::Down)
        );
        assert_eq!(
            action(Context::Home, MouseEventKind::ScrollUp),
            Some(Action::Up)
        );
        assert_eq!(action(Context::Editor, MouseEventKind::ScrollDown), None);
        assert_eq!(action(Context::Confirm, MouseEventKind::ScrollDown), None);
        assert_eq!(action(Context::Help, MouseEventKind::ScrollDown), None);
        assert_eq!(action(Context::Home, MouseEventKind::Moved), None);
    }
}
