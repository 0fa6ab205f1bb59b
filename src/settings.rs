//! The settings file and the colour choice, at the edge: find and read
//! `config.toml`, say what in it cannot be used, and pick the theme.
//!
//! Every door says it the same way: a value that cannot be used stops the
//! command with its `file:line:col` ([`load`], as `config show` does), and
//! each warning (an unknown key, a `country` that is not a code or has no
//! help lines) comes from [`warnings`], printed on stderr by [`warn`] for
//! `status`, `export`, `walk` and `config show`, and shown on home by the
//! full screen until the next key that moves or opens something.

use std::io::{IsTerminal, Write as _};
use std::path::PathBuf;

use anyhow::Result;

use crate::cli::Cli;
use crate::config::{self, Loaded};
use crate::ui::Theme;
use crate::ui::theme::use_color;

/// What the workbook needs from the environment besides its data.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub loaded: Loaded,
    pub theme: Theme,
    /// What [`warn`] said, for the full screen to show on home as well.
    pub warnings: Vec<String>,
}

/// Everything in the settings that was ignored or may not do what was
/// meant, one sentence each, with where it is: the one text of every door.
pub(crate) fn warnings(loaded: &Loaded, content: &crate::content::Content) -> Vec<String> {
    let known = content.help.codes();
    let no_help = config::Warning::no_help_for(loaded, &known).map(|_| {
        let file = loaded
            .source
            .as_ref()
            .map_or(config::CONFIG_FILE.to_string(), |f| f.display().to_string());
        let code = loaded.config.country.clone().unwrap_or_default();
        crate::t!(
            "settings-no-help-for",
            file = file,
            code = format!("{code:?}"),
            known = known.join(", ")
        )
    });
    loaded.warnings.iter().map(warning).chain(no_help).collect()
}

/// A warning about the settings file in the language in use, with its
/// `file:line`.
fn warning(w: &config::Warning) -> String {
    let at = format!("{}:{}", w.file.display(), w.line);
    match &w.kind {
        config::WarningKind::UnknownKey => crate::t!(
            "settings-unknown-key",
            at = at,
            key = w.key.clone(),
            known = config::KEYS.join(", ")
        ),
        config::WarningKind::NotALanguage(v) => crate::t!(
            "settings-not-a-language",
            at = at,
            value = format!("{v:?}"),
            languages = crate::i18n::LANGUAGES
                .iter()
                .map(|l| format!("{l:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        config::WarningKind::NotACountryCode(v) => {
            crate::t!("settings-not-a-country", at = at, value = format!("{v:?}"))
        }
    }
}

/// An error of the settings file in the language in use, still naming
/// its `file:line:col` (the TOML reader's own words about the value stay
/// as it says them).
fn error(e: config::ConfigError) -> anyhow::Error {
    use config::ConfigError as E;
    let said = match e {
        E::Invalid {
            file,
            line,
            col,
            message,
        } => crate::t!(
            "settings-invalid",
            at = format!("{}:{line}:{col}", file.display()),
            message = message
        ),
        E::Unreadable { file, why, next } => {
            // `config` says these in English; its two steps and two causes
            // are known here by their words (a folder in the file's place is
            // tested in Spanish in tests/all/e2e_spanish_cli.rs). An
            // operating system's own reason stays as it says it.
            let next = if next.starts_with("Give your user permission") {
                crate::t!("settings-unreadable-permission")
            } else {
                crate::t!("settings-unreadable-other")
            };
            let why = if why == "permission denied" {
                crate::t!("settings-permission-denied")
            } else if why == "it is a folder, not a file" {
                crate::t!("settings-is-a-folder")
            } else {
                why
            };
            crate::t!(
                "settings-unreadable",
                file = file.display().to_string(),
                why = why,
                next = next
            )
        }
        E::NotText { file, line, byte } => crate::t!(
            "settings-not-text",
            file = file.display().to_string(),
            line = line,
            byte = byte
        ),
        E::Missing { file } => crate::t!("settings-missing", file = file.display().to_string()),
    };
    anyhow::anyhow!(said)
}

/// [`warnings`] on stderr (before any screen is taken, so they stay
/// readable after it closes); returns them for the door to show as well.
pub(crate) fn warn(settings: &Settings, content: &crate::content::Content) -> Vec<String> {
    let all = warnings(&settings.loaded, content);
    let mut err = std::io::stderr().lock();
    for w in &all {
        let warning = crate::text::printable(w).into_owned();
        let _ = writeln!(
            err,
            "trustmend: {}",
            crate::t!("cmd-warning", warning = warning)
        );
    }
    all
}

/// Where the settings file is (or would be).
pub(crate) fn config_file(cli: &Cli) -> Option<PathBuf> {
    config::path(cli.config.as_deref())
}

/// Read the settings: a value that cannot be used is an error naming its
/// `file:line:col`; the warnings are for [`warn`].
pub(crate) fn load(cli: &Cli) -> Result<Settings> {
    load_strictly(cli, true)
}

/// [`load`]; with `strict`, a file named on the command line that is not
/// there is an error (`config show` just says so, to show where it goes).
/// `TRUSTMEND_CONFIG` (folded into the same option) may name a file not
/// made yet, as the default place may.
fn load_strictly(cli: &Cli, strict: bool) -> Result<Settings> {
    let from_env = std::env::var_os("TRUSTMEND_CONFIG").map(PathBuf::from);
    let given = strict
        && cli
            .config
            .as_ref()
            .is_some_and(|p| !p.as_os_str().is_empty() && Some(p) != from_env.as_ref());
    let mut loaded = config::load_from(config_file(cli).as_deref(), given).map_err(error)?;
    loaded.config.accessible |= cli.accessible;
    let var = |name: &str| std::env::var(name).ok();
    let chosen = language_from(loaded.config.language.as_deref());
    crate::i18n::set_language(chosen.0);
    loaded.config.language_chosen = Some(chosen);
    // Where the welcome writes the language chosen, and whether the pack
    // follows it.
    loaded.config.file = config_file(cli);
    loaded.config.own_pack = cli.content.is_some();
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
    Ok(Settings {
        loaded,
        theme,
        warnings: Vec::new(),
    })
}

/// The language by the one rule ([`crate::i18n::choose`]), from the
/// `language` setting and the environment.
fn language_from(setting: Option<&str>) -> (crate::i18n::Lang, crate::i18n::Because) {
    let var = |name: &str| std::env::var(name).ok();
    crate::i18n::choose(
        setting,
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// Set the language every command speaks, first thing: from the settings
/// file when it can be read (a problem in it is said, in that language,
/// by the command that reads it), and the locale.
pub(crate) fn choose_language(cli: &Cli) {
    let file = config_file(cli);
    let setting = config::load(file.as_deref())
        .ok()
        .and_then(|l| l.config.language);
    crate::i18n::set_language(language_from(setting.as_deref()).0);
}

pub(crate) fn show(cli: &Cli) -> Result<()> {
    let file = config_file(cli);
    let settings = load_strictly(cli, false)?;
    let content = load_content(cli.content.as_deref())?;
    warn(&settings, &content);
    let name = |f: &PathBuf| crate::text::printable(&f.display().to_string()).into_owned();
    let header = match (&file, &settings.loaded.source) {
        (Some(f), Some(_)) => crate::t!("settings-from", file = name(f)),
        (Some(f), None) => crate::t!("settings-defaults", file = name(f)),
        (None, _) => crate::t!("settings-no-folder"),
    };
    println!("# {header}");
    print!("{}", config::show(&settings.loaded.config));
    Ok(())
}

pub(crate) fn path(cli: &Cli) -> Result<()> {
    match config_file(cli) {
        Some(f) => {
            println!("{}", f.display());
            Ok(())
        }
        None => anyhow::bail!(crate::t!("settings-no-config-folder")),
    }
}

/// The content pack as the full screen starts: a folder given with
/// `--content` is read at once, so that its problems are told before
/// anything else happens; the bundled pack (checked by the tests) is read
/// on its own thread while the data folder is opened, its lock taken and
/// the summary read, work that needs none of it (issue 29).
pub(crate) enum PackReading {
    Read(Box<crate::content::Content>),
    Reading(std::thread::JoinHandle<Result<crate::content::Content>>),
}

impl PackReading {
    pub(crate) fn start(dir: Option<&std::path::Path>) -> Result<PackReading> {
        if dir.is_some() {
            return load_content(dir).map(|c| PackReading::Read(Box::new(c)));
        }
        let spawned = std::thread::Builder::new()
            .name("trustmend-pack".into())
            .spawn(|| load_content(None));
        match spawned {
            Ok(handle) => Ok(PackReading::Reading(handle)),
            // No thread: read here, just later to the first frame.
            Err(_) => load_content(None).map(|c| PackReading::Read(Box::new(c))),
        }
    }

    /// The pack, waiting for its thread if it is still reading.
    pub(crate) fn wait(self) -> Result<crate::content::Content> {
        match self {
            PackReading::Read(content) => Ok(*content),
            PackReading::Reading(handle) => match handle.join() {
                Ok(read) => read,
                // The thread panicked: read it again here, where a panic
                // is reported as any other.
                Err(_) => load_content(None),
            },
        }
    }
}

/// The content pack: the bundled one, or the folder given with `--content`;
/// every problem of a folder's pack is told at once.
pub(crate) fn load_content(dir: Option<&std::path::Path>) -> Result<crate::content::Content> {
    let loaded = match dir {
        Some(d) => crate::content::Content::load_dir(d),
        // The pack follows the language (`--content DIR` overrides it).
        None => crate::content::Content::bundled_in(crate::i18n::language().code()),
    };
    loaded.map_err(|e| {
        let n = e.problems.len();
        anyhow::anyhow!("{}\n{e}", crate::t!("settings-pack-problems", n = n))
    })
}
