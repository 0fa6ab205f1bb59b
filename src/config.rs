//! Settings from `config.toml`: what they are, their defaults, and how the
//! file is read. Parsing is pure ([`parse`]); only [`load`] touches the disk.
//!
//! A key trustmend does not know is a warning (naming the key and its
//! `file:line`), never a reason to refuse to start: a config written for a
//! newer version must still open the journal. A value that is wrong for a
//! known key is an error with `file:line:col`, so nothing runs on a setting
//! the person did not mean.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Visibility;

pub(crate) const CONFIG_FILE: &str = "config.toml";

/// Every key the file may hold, in the order `config show` prints them.
pub(crate) const KEYS: [&str; 12] = [
    "theme",
    "quick_hide",
    "pacing_days",
    "default_visibility",
    "editor",
    "date_format",
    "share_check_ins",
    "country",
    "lock_after_minutes",
    "reduce_motion",
    "accessible",
    "language",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl ThemeName {
    pub fn label(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }
}

/// What the quick-hide key does when someone walks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuickHide {
    /// Save everything and leave the program.
    #[default]
    Exit,
    /// Cover the screen with something that gives nothing away.
    NeutralScreen,
}

impl QuickHide {
    pub fn label(self) -> &'static str {
        match self {
            QuickHide::Exit => "exit",
            QuickHide::NeutralScreen => "neutral-screen",
        }
    }
}

/// The effective settings: the file's values over the defaults. Plain data,
/// handed to the workbook; the core never reads the file itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    pub theme: ThemeName,
    pub quick_hide: QuickHide,
    /// Days of practice suggested between finishing a strategy and starting the next.
    pub pacing_days: u32,
    /// Whether a new journal entry starts private or shared.
    pub default_visibility: Visibility,
    /// The command for "open in my editor"; empty means $VISUAL, then $EDITOR.
    pub editor: Option<String>,
    /// A chrono strftime pattern for dates in lists.
    pub date_format: String,
    /// Whether check-ins are shared with the other partner.
    pub share_check_ins: bool,
    /// Where the help list is for: a code as [`crate::country`] reads it
    /// ("CA", "GB-WLS"). Stored as written; empty means "ask, or guess".
    pub country: Option<String>,
    /// Not a setting: the edge's guess from the locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), used when neither `country` nor the person
    /// says where they are.
    #[serde(skip)]
    pub locale_country: Option<String>,
    /// How long unlocked protected entries stay open without a key pressed,
    /// in seconds (written in the file as minutes, a fraction allowed).
    #[serde(
        rename = "lock_after_minutes",
        deserialize_with = "minutes_to_seconds",
        serialize_with = "seconds_to_minutes"
    )]
    pub lock_after_seconds: u32,
    /// Whether the breathing guide stays still: words and a count, no
    /// growing and shrinking shape.
    pub reduce_motion: bool,
    /// For a screen reader following the full screen (also `--accessible`):
    /// no box borders around text that is read, nothing that moves.
    pub accessible: bool,
    /// The language of the workbook's words: a code of
    /// [`crate::i18n::LANGUAGES`] ("en", "es"); empty means "the locale's".
    pub language: Option<String>,
    /// Not a setting: which language the edge chose, and why
    /// ([`crate::i18n::choose`]), for `config show`.
    #[serde(skip)]
    pub language_chosen: Option<(crate::i18n::Lang, crate::i18n::Because)>,
    /// Not a setting: the file these settings come from, where the
    /// welcome's choice of language is written (`None`: no config folder).
    #[serde(skip)]
    pub file: Option<PathBuf>,
    /// Not a setting: the content pack was given with `--content DIR`, so
    /// it does not change with the language.
    #[serde(skip)]
    pub own_pack: bool,
}

pub(crate) const DEFAULT_LOCK_AFTER_SECONDS: u32 = 10 * 60;

fn minutes_to_seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Number {
        Whole(i64),
        Fraction(f64),
    }
    let minutes = match Number::deserialize(d)? {
        Number::Whole(n) => n as f64,
        Number::Fraction(f) => f,
    };
    // From a few seconds (for trying it out) to a day.
    if !(0.05..=1440.0).contains(&minutes) {
        return Err(serde::de::Error::custom(crate::t!(
            "config-lock-after-range",
            minutes = format!("{minutes}")
        )));
    }
    Ok((minutes * 60.0).round() as u32)
}

fn seconds_to_minutes<S: serde::Serializer>(seconds: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(f64::from(*seconds) / 60.0)
}

pub(crate) const DEFAULT_PACING_DAYS: u32 = 3;
pub(crate) const DEFAULT_DATE_FORMAT: &str = "%-d %b %Y";

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: ThemeName::Dark,
            quick_hide: QuickHide::Exit,
            pacing_days: DEFAULT_PACING_DAYS,
            default_visibility: Visibility::Private,
            editor: None,
            date_format: DEFAULT_DATE_FORMAT.to_string(),
            share_check_ins: true,
            country: None,
            locale_country: None,
            lock_after_seconds: DEFAULT_LOCK_AFTER_SECONDS,
            reduce_motion: false,
            accessible: false,
            language: None,
            language_chosen: None,
            file: None,
            own_pack: false,
        }
    }
}

impl Config {
    /// Whether nothing moves on screen: `reduce_motion`, or `accessible`.
    pub fn still(&self) -> bool {
        self.reduce_motion || self.accessible
    }

    /// The day of `t` in the person's `date_format`: the one way every
    /// door (the full screen, walk) writes a date. A pattern chrono cannot
    /// use falls back to [`DEFAULT_DATE_FORMAT`] instead of failing, and
    /// literal text in the pattern is made printable like typed text.
    pub fn date(&self, t: &crate::model::Timestamp) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        use chrono::Datelike as _;
        let pattern = crate::i18n::localize_pattern(&self.date_format, t.month(), t.weekday());
        if write!(out, "{}", t.format(&pattern)).is_err() {
            return t.format(DEFAULT_DATE_FORMAT).to_string();
        }
        crate::text::printable(&out).into_owned()
    }

    /// When an entry was written: its day and time ("1 Mar 2026 09:00").
    pub fn date_time(&self, t: &crate::model::Timestamp) -> String {
        format!("{} {}", self.date(t), t.format("%H:%M"))
    }

    /// How long unlocked entries stay open without a key pressed.
    pub fn lock_after(&self) -> chrono::Duration {
        chrono::Duration::seconds(i64::from(self.lock_after_seconds))
    }

    /// The editor to run: the config's, else `$VISUAL`, else `$EDITOR`,
    /// else [`FALLBACK_EDITOR`] when `fallback_found` (the edge looked for
    /// it on the `PATH`), else none. Not `vi`, as git does: a person
    /// dropped into it by one key has no way out they can see, and the
    /// quick exit does not reach it. Blank values count as unset.
    pub fn editor_command(
        &self,
        visual: Option<&str>,
        editor: Option<&str>,
        fallback_found: bool,
    ) -> Option<String> {
        [self.editor.as_deref(), visual, editor]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|s| !s.is_empty())
            .or(fallback_found.then_some(FALLBACK_EDITOR))
            .map(str::to_string)
    }
}

/// The editor `Ctrl+O` opens when none is set: it shows its keys on screen.
pub(crate) const FALLBACK_EDITOR: &str = "nano";

/// Why `Ctrl+O` opened nothing, when no editor is set and
/// [`FALLBACK_EDITOR`] is not installed.
pub(crate) fn no_editor() -> String {
    crate::t!("editor-none")
}

/// Something in the file that was ignored or may not do what was meant,
/// with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Warning {
    pub file: PathBuf,
    pub line: usize,
    pub key: String,
    pub kind: WarningKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WarningKind {
    /// A key trustmend does not know.
    UnknownKey,
    /// A `country` that is not a code (it is ignored).
    NotACountryCode(String),
    /// A `language` trustmend has no words in (it is ignored).
    NotALanguage(String),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = format!("{}:{}", self.file.display(), self.line);
        match &self.kind {
            WarningKind::UnknownKey => write!(
                f,
                "{at}: unknown setting `{}` is ignored (known settings: {}; see docs/config.md)",
                self.key,
                KEYS.join(", ")
            ),
            WarningKind::NotALanguage(v) => write!(
                f,
                "{at}: language {v:?} is not one trustmend speaks, so it is ignored; write one of {} (see docs/config.md)",
                crate::i18n::LANGUAGES
                    .iter()
                    .map(|l| format!("{l:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            WarningKind::NotACountryCode(v) => write!(
                f,
                "{at}: country {v:?} is not a country code, so it is ignored; write a two-letter ISO code such as \"CA\", \"IE\" or \"AU\", or \"GB-ENG\", \"GB-SCT\", \"GB-WLS\" or \"GB-NIR\" for a UK nation (see docs/config.md)"
            ),
        }
    }
}

impl Warning {
    /// The warnings the workbook's content adds: a `country` the help list
    /// has nothing for (`known` are the codes it has).
    pub(crate) fn no_help_for(loaded: &Loaded, known: &[&str]) -> Option<String> {
        let code = loaded
            .config
            .country
            .as_deref()
            .and_then(crate::country::parse_code)?;
        let parent = crate::country::parent(&code);
        if known.contains(&code.as_str()) || known.contains(&parent) {
            return None;
        }
        let file = loaded
            .source
            .as_ref()
            .map_or(CONFIG_FILE.to_string(), |f| f.display().to_string());
        Some(format!(
            "{file}: country {code:?} has no help lines of its own in the content pack, so the help list shows the ones for everyone (findahelpline.com); the pack has {}",
            known.join(", ")
        ))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ConfigError {
    #[error("{file}:{line}:{col}: {message}\nFix this setting in the file (or remove it to use the default); see docs/config.md.", file = file.display())]
    Invalid {
        file: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("cannot read the settings file {file}: {why}\n{next}", file = file.display())]
    Unreadable {
        file: PathBuf,
        why: String,
        /// What to do, for this cause.
        next: &'static str,
    },
    #[error("the settings file {file} is not UTF-8 text (an unreadable byte at line {line}, byte {byte} of the file)\nSave it as UTF-8 in your editor, or point --config at another file.", file = file.display())]
    NotText {
        file: PathBuf,
        line: usize,
        byte: usize,
    },
    #[error("the settings file {file}, given with --config, does not exist\nCheck the name, or leave --config out to use config.toml in the usual place.", file = file.display())]
    Missing { file: PathBuf },
}

/// The settings and what was ignored on the way.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Loaded {
    pub config: Config,
    pub warnings: Vec<Warning>,
    /// The file the settings came from; `None` when it does not exist.
    pub source: Option<PathBuf>,
}

/// Read `src` (the text of `file`) into settings.
pub(crate) fn parse(file: &Path, src: &str) -> Result<Loaded, ConfigError> {
    let invalid = |span: Option<std::ops::Range<usize>>, message: &str| {
        let (line, col) = position(src, span.clone().map_or(0, |s| s.start));
        ConfigError::Invalid {
            file: file.to_path_buf(),
            line,
            col,
            message: crate::i18n::toml_words::said(message, crate::text::line_at(src, span)),
        }
    };
    let table = toml::de::DeTable::parse(src).map_err(|e| invalid(e.span(), e.message()))?;
    let mut warnings = Vec::new();
    for key in table.get_ref().keys() {
        let name: &str = key.get_ref();
        if !KEYS.contains(&name) {
            warnings.push(Warning {
                file: file.to_path_buf(),
                line: position(src, key.span().start).0,
                key: name.to_string(),
                kind: WarningKind::UnknownKey,
            });
        }
    }
    let mut config: Config = toml::from_str(src).map_err(|e| invalid(e.span(), e.message()))?;
    if let Some(written) = config.country.take() {
        let line = table
            .get_ref()
            .get("country")
            .map_or(1, |v| position(src, v.span().start).0);
        match crate::country::parse_code(&written) {
            _ if written.trim().is_empty() => {}
            Some(code) => config.country = Some(code),
            None => warnings.push(Warning {
                file: file.to_path_buf(),
                line,
                key: "country".into(),
                kind: WarningKind::NotACountryCode(written),
            }),
        }
    }
    if let Some(written) = config.language.take() {
        let line = table
            .get_ref()
            .get("language")
            .map_or(1, |v| position(src, v.span().start).0);
        match crate::i18n::Lang::from_code(&written) {
            _ if written.trim().is_empty() => {}
            Some(lang) => config.language = Some(lang.code().to_string()),
            None => warnings.push(Warning {
                file: file.to_path_buf(),
                line,
                key: "language".into(),
                kind: WarningKind::NotALanguage(written),
            }),
        }
    }
    if let Some(bad) = bad_date_format(&config.date_format) {
        let span = table.get_ref().get("date_format").map(toml::Spanned::span);
        return Err(invalid(span, &bad));
    }
    Ok(Loaded {
        config,
        warnings,
        source: Some(file.to_path_buf()),
    })
}

fn bad_date_format(pattern: &str) -> Option<String> {
    use chrono::format::{Item, StrftimeItems};
    let broken = StrftimeItems::new(pattern).any(|i| matches!(i, Item::Error));
    broken.then(|| crate::t!("config-bad-date-format", pattern = format!("{pattern:?}")))
}

/// 1-based line and column (in characters) of a byte offset.
fn position(src: &str, offset: usize) -> (usize, usize) {
    let before = src.get(..offset).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

/// Where the settings file is: `--config`/`TRUSTMEND_CONFIG`, else
/// `config.toml` in the platform's config folder.
pub(crate) fn path(explicit: Option<&Path>) -> Option<PathBuf> {
    match explicit.filter(|p| !p.as_os_str().is_empty()) {
        Some(p) => Some(std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())),
        None => directories::ProjectDirs::from("", "", "trustmend")
            .map(|d| d.config_dir().join(CONFIG_FILE)),
    }
}

/// Read the settings file; a missing file means the defaults.
pub(crate) fn load(file: Option<&Path>) -> Result<Loaded, ConfigError> {
    load_from(file, false)
}

/// [`load`], where `given` says the file was named by the person (with
/// `--config`): then a missing file is an error, not the defaults.
pub(crate) fn load_from(file: Option<&Path>, given: bool) -> Result<Loaded, ConfigError> {
    let Some(file) = file else {
        return Ok(Loaded::default());
    };
    match std::fs::read(file) {
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Ok(src) => parse(file, src),
            Err(e) => {
                let valid = &bytes[..e.valid_up_to()];
                Err(ConfigError::NotText {
                    file: file.to_path_buf(),
                    line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
                    byte: e.valid_up_to() + 1,
                })
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && given => Err(ConfigError::Missing {
            file: file.to_path_buf(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Loaded::default()),
        Err(e) => Err(ConfigError::Unreadable {
            file: file.to_path_buf(),
            why: match e.kind() {
                std::io::ErrorKind::PermissionDenied => "permission denied".into(),
                std::io::ErrorKind::IsADirectory => "it is a folder, not a file".into(),
                _ => e.to_string(),
            },
            next: match e.kind() {
                std::io::ErrorKind::PermissionDenied => {
                    "Give your user permission to read it, or point --config at another file."
                }
                _ => "Point --config at a settings file (or remove this one to use the defaults).",
            },
        }),
    }
}

/// `src` (a settings file's text) with `language = "CODE"`: the value of
/// its `language` key replaced, or the key added at the top (where it
/// cannot fall into a table); everything else kept as written. `None` when
/// `src` is not TOML, so it is left alone.
pub(crate) fn with_language(src: &str, code: &str) -> Option<String> {
    let table = toml::de::DeTable::parse(src).ok()?;
    let value = format!("{code:?}");
    match table.get_ref().get("language") {
        Some(v) => {
            let mut out = src.to_string();
            out.replace_range(v.span(), &value);
            Some(out)
        }
        None => Some(format!("language = {value}\n{src}")),
    }
}

/// Write `language = "CODE"` into the settings file `file` (made, with
/// its folder, when it is not there yet), through a temporary file renamed
/// over it, so a crash leaves the old settings or the new ones. A file
/// that is a link (settings kept with one's dotfiles) stays a link: the
/// file it names is the one replaced, with the permissions it had.
pub(crate) fn save_language(file: &Path, code: &str) -> Result<(), String> {
    let file = &std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("{}: {e}", file.display())),
    };
    let Some(text) = with_language(&src, code) else {
        return Err(crate::t!(
            "language-settings-unreadable",
            file = file.display().to_string()
        ));
    };
    let folder = file.parent().unwrap_or(Path::new("."));
    let name = file.file_name().map_or_else(
        || CONFIG_FILE.to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let temp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let kept = std::fs::metadata(file).ok().map(|m| m.permissions());
    let written = std::fs::create_dir_all(folder)
        .and_then(|()| std::fs::write(&temp, text))
        .and_then(|()| kept.map_or(Ok(()), |p| std::fs::set_permissions(&temp, p)))
        .and_then(|()| std::fs::rename(&temp, file));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        format!("{}: {e}", file.display())
    })
}

/// The effective settings as `config show` prints them: `key = value` lines
/// that could be pasted into the file.
pub(crate) fn show(config: &Config) -> String {
    let editor = match &config.editor {
        Some(e) => format!("{e:?}"),
        None => format!("\"\"  # {}", crate::t!("config-show-editor-empty")),
    };
    let country = match (&config.country, &config.locale_country) {
        (Some(c), _) => format!("{c:?}"),
        (None, Some(guess)) => format!(
            "\"\"  # {}",
            crate::t!("config-show-country-guess", guess = format!("{guess:?}"))
        ),
        (None, None) => format!("\"\"  # {}", crate::t!("config-show-country-empty")),
    };
    let language = match (&config.language, &config.language_chosen) {
        (Some(l), _) => format!("{l:?}"),
        (None, Some((lang, crate::i18n::Because::Locale(var, value)))) => format!(
            "\"\"  # {}",
            crate::t!(
                "config-show-language-locale",
                code = format!("{:?}", lang.code()),
                from = format!("{var}={value}")
            )
        ),
        (None, _) => format!("\"\"  # {}", crate::t!("config-show-language-default")),
    };
    format!(
        "theme = {:?}\nquick_hide = {:?}\npacing_days = {}\ndefault_visibility = {:?}\neditor = {editor}\ndate_format = {:?}\nshare_check_ins = {}\ncountry = {country}\nlock_after_minutes = {}\nreduce_motion = {}\naccessible = {}\nlanguage = {language}\n",
        config.theme.label(),
        config.quick_hide.label(),
        config.pacing_days,
        config.default_visibility.label(),
        config.date_format,
        config.share_check_ins,
        minutes(config.lock_after_seconds),
        config.reduce_motion,
        config.accessible,
    )
}

/// Minutes as `config show` writes them: whole when they are.
fn minutes(seconds: u32) -> String {
    if seconds.is_multiple_of(60) {
        (seconds / 60).to_string()
    } else {
        format!("{}", f64::from(seconds) / 60.0)
    }
}

#[cfg(test)]
mod tests;
