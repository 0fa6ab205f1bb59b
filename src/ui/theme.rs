//! The few styles every screen uses. Nothing here carries meaning by colour
//! alone: a selected row is also marked "›", an error also says so in words.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Headings and the product name.
    pub title: Style,
    /// The selected row of a list.
    pub selected: Style,
    /// Secondary text: dates, summaries, footers.
    pub dim: Style,
    /// Errors (always with a word such as "Error:" in front).
    pub error: Style,
    /// The active partner's name, a focused border, the key in a hint.
    pub accent: Style,
    /// Borders of boxes that do not have the keyboard.
    pub border: Style,
}

impl Default for Theme {
    /// A few of the sixteen ANSI colours, which every terminal can show.
    fn default() -> Self {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new().fg(Color::DarkGray),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            accent: Style::new().fg(Color::Cyan),
            border: Style::new().fg(Color::DarkGray),
        }
    }
}

impl Theme {
    /// No colour at all, for `NO_COLOR`: bold, reverse and dim only.
    pub fn plain() -> Self {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new().add_modifier(Modifier::DIM),
            error: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            accent: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
        }
    }

    /// The theme the environment asks for: [`Theme::plain`] when `NO_COLOR`
    /// is set to anything non-empty (see no-color.org).
    pub fn from_no_color(no_color: Option<&str>) -> Self {
        match no_color {
            Some(v) if !v.is_empty() => Theme::plain(),
            _ => Theme::default(),
        }
    }

    /// The style of a border: accented when its box has the keyboard.
    pub fn border(&self, focused: bool) -> Style {
        if focused { self.accent } else { self.border }
    }
}
