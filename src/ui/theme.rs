//! The few styles every screen uses. Nothing here carries meaning by colour
//! alone: a selected row is also marked "›", an error also says so in words.

use ratatui::style::{Color, Modifier, Style};

use crate::cli::ColorChoice;
use crate::config::ThemeName;

/// Whether to draw in colour: `--color always|never` decide; `auto` means
/// colour on a terminal unless `NO_COLOR` is set to something (no-color.org).
pub fn use_color(choice: ColorChoice, no_color: Option<&str>, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && no_color.is_none_or(str::is_empty),
    }
}

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
    /// Whether any style uses a colour (not so for [`Theme::plain`] and the
    /// themes without colour made from it).
    pub fn has_color(&self) -> bool {
        [
            self.title,
            self.selected,
            self.dim,
            self.error,
            self.accent,
            self.border,
        ]
        .iter()
        .any(|s| s.fg.is_some() || s.bg.is_some())
    }

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

    /// For light backgrounds: no pale grey that vanishes on white.
    pub fn light() -> Self {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new().fg(Color::DarkGray),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            accent: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Black),
        }
    }

    /// The strongest contrast on any background: the terminal's own
    /// foreground and background at full strength (nothing dimmed, no pale
    /// colour that one background would swallow), with bold, underline and
    /// reverse to set things apart. Errors are the one colour: a red band.
    pub fn high_contrast() -> Self {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            dim: Style::new(),
            error: Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD),
            accent: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
        }
    }

    /// The named theme, or [`Theme::plain`] when colour is off. High
    /// contrast without colour keeps its bold and underline.
    pub fn named(name: ThemeName, color: bool) -> Self {
        match (name, color) {
            (ThemeName::Dark, true) => Theme::default(),
            (ThemeName::Light, true) => Theme::light(),
            (ThemeName::HighContrast, true) => Theme::high_contrast(),
            (ThemeName::HighContrast, false) => Theme {
                dim: Style::new(),
                ..Theme::plain()
            },
            (_, false) => Theme::plain(),
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
