//! The settings file and the colour choice, at the edge: find and read
//! `config.toml`, print its warnings, and pick the theme.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Result;

use crate::cli::Cli;
use crate::config::{self, Loaded};
use crate::ui::Theme;
use crate::ui::theme::use_color;

/// What the workbook needs from the environment besides its data.
#[derive(Debug, Clone)]
pub struct Settings {
    pub loaded: Loaded,
    pub theme: Theme,
}

/// Where the settings file is (or would be).
pub fn config_file(cli: &Cli) -> Option<PathBuf> {
    config::path(cli.config.as_deref())
}

/// Read the settings; unknown keys are printed as warnings on stderr (before
/// the screen is taken over, so they stay readable after the workbook closes).
pub fn load(cli: &Cli) -> Result<Settings> {
    let mut loaded = config::load(config_file(cli).as_deref())?;
    for w in &loaded.warnings {
        eprintln!("trustmend: warning: {w}");
    }
    let var = |name: &str| std::env::var(name).ok();
    loaded.config.locale_country = crate::country::from_locale(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    );
    let no_color = std::env::var("NO_COLOR").ok();
    let color = use_color(
        cli.color,
        no_color.as_deref(),
        std::io::stdout().is_terminal(),
    );
    let theme = Theme::named(loaded.config.theme, color);
    Ok(Settings { loaded, theme })
}

/// Warn (on stderr, before the screen is taken) when `country` names a
/// place the content pack has no help lines for.
pub fn warn_country(settings: &Settings, content: &crate::content::Content) {
    let known: Vec<&str> = content
        .help
        .places
        .iter()
        .map(|p| p.code.as_str())
        .collect();
    if let Some(w) = config::Warning::no_help_for(&settings.loaded, &known) {
        eprintln!("trustmend: warning: {w}");
    }
}

pub fn show(cli: &Cli) -> Result<()> {
    let file = config_file(cli);
    let settings = load(cli)?;
    match (&file, &settings.loaded.source) {
        (Some(f), Some(_)) => println!("# Settings from {}", f.display()),
        (Some(f), None) => println!(
            "# {} does not exist: these are the defaults. Create it to change them (see docs/config.md).",
            f.display()
        ),
        (None, _) => println!(
            "# No config folder could be found on this system: these are the defaults. Use --config FILE."
        ),
    }
    print!("{}", config::show(&settings.loaded.config));
    Ok(())
}

pub fn path(cli: &Cli) -> Result<()> {
    match config_file(cli) {
        Some(f) => {
            println!("{}", f.display());
            Ok(())
        }
        None => anyhow::bail!(
            "this system has no config folder for trustmend (no home directory?). Use --config FILE or TRUSTMEND_CONFIG."
        ),
    }
}
