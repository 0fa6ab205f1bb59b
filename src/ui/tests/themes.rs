//! Each theme's styles, what they look like on a real screen, and that no
//! theme needs more than the sixteen ANSI colours or colour at all to mean
//! something.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::*;
use crate::cli::ColorChoice;
use crate::config::ThemeName;
use crate::ui::theme::use_color;

const THEMES: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast];

fn ansi16(c: Color) -> bool {
    !matches!(c, Color::Rgb(..) | Color::Indexed(_))
}

/// The selected home row's cells under a theme, and the whole buffer.
fn home_with(theme: &Theme) -> Buffer {
    let mut wb = alex();
    act(&mut wb, Action::Down);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| draw_with(f, &wb, theme)).unwrap();
    t.backend().buffer().clone()
}

/// A compact picture of what each style looks like: one line per style.
fn styles_of(theme: &Theme) -> String {
    let Theme {
        title,
        selected,
        dim,
        error,
        accent,
        border,
    } = theme;
    [
        ("title", title),
        ("selected", selected),
        ("dim", dim),
        ("error", error),
        ("accent", accent),
        ("border", border),
    ]
    .iter()
    .map(|(name, s)| {
        format!(
            "{name:9} fg={:?} bg={:?} add={:?}",
            s.fg.unwrap_or(Color::Reset),
            s.bg.unwrap_or(Color::Reset),
            s.add_modifier
        )
    })
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn theme_styles() {
    for name in THEMES {
        insta::assert_snapshot!(
            format!("theme_{}", name.label()),
            styles_of(&Theme::named(name, true))
        );
    }
    insta::assert_snapshot!(
        "theme_no_color",
        styles_of(&Theme::named(ThemeName::Dark, false))
    );
}

#[test]
fn every_theme_uses_only_the_sixteen_ansi_colours() {
    for name in THEMES {
        let buf = home_with(&Theme::named(name, true));
        for cell in buf.content() {
            assert!(ansi16(cell.fg) && ansi16(cell.bg), "{name:?}: {cell:?}");
        }
    }
}

#[test]
fn the_selection_is_marked_in_words_whatever_the_theme() {
    for name in THEMES {
        for color in [true, false] {
            let buf = home_with(&Theme::named(name, color));
            let text: String = buf
                .content()
                .iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect();
            assert!(text.contains("›  2. [ ] Transparency"), "{name:?} {color}");
        }
    }
}

#[test]
fn without_colour_no_cell_has_a_colour_in_any_theme() {
    for name in THEMES {
        let buf = home_with(&Theme::named(name, false));
        assert!(
            buf.content()
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
            "{name:?}"
        );
    }
    // High contrast keeps its weight without colour.
    let hc = Theme::named(ThemeName::HighContrast, false);
    assert!(hc.title.add_modifier.contains(Modifier::BOLD));
    assert!(!hc.dim.add_modifier.contains(Modifier::DIM));
}

#[test]
fn colour_follows_the_flag_then_no_color_then_the_terminal() {
    use ColorChoice::*;
    assert!(use_color(Auto, None, true));
    assert!(
        use_color(Auto, Some(""), true),
        "an empty NO_COLOR is unset"
    );
    assert!(!use_color(Auto, Some("1"), true));
    assert!(!use_color(Auto, None, false), "piped output has no colour");
    assert!(use_color(Always, Some("1"), false));
    assert!(!use_color(Never, None, true));
}

#[test]
fn no_color_screen() {
    let wb = alex();
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let theme = Theme::named(
        ThemeName::Dark,
        use_color(ColorChoice::Auto, Some("1"), true),
    );
    t.draw(|f| draw_with(f, &wb, &theme)).unwrap();
    let buf = t.backend().buffer();
    // Only the modifiers carry emphasis: list them row by row.
    let rows: Vec<String> = (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| {
                    let c = &buf[(x, y)];
                    let m = c.modifier;
                    if m.contains(Modifier::REVERSED) {
                        'R'
                    } else if m.contains(Modifier::BOLD) {
                        'B'
                    } else if m.contains(Modifier::DIM) {
                        'd'
                    } else if c.symbol() == " " {
                        ' '
                    } else {
                        '.'
                    }
                })
                .collect()
        })
        .collect();
    insta::assert_snapshot!("no_color_home_emphasis", rows.join("\n"));
}
