use super::*;

fn file() -> PathBuf {
    PathBuf::from("/home/sam/.config/trustmend/config.toml")
}

#[test]
fn an_empty_file_gives_the_defaults() {
    let loaded = parse(&file(), "").unwrap();
    assert_eq!(loaded.config, Config::default());
    assert_eq!(loaded.config.pacing_days, 3);
    assert_eq!(loaded.config.default_visibility, Visibility::Private);
    assert!(loaded.config.share_check_ins);
    assert!(loaded.warnings.is_empty());
}

#[test]
fn every_setting_is_read() {
    let src = r#"
theme = "high-contrast"
quick_hide = "neutral-screen"
pacing_days = 7
default_visibility = "shared"
editor = "nano -w"
date_format = "%Y-%m-%d"
share_check_ins = false
reduce_motion = true
"#;
    let loaded = parse(&file(), src).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let c = loaded.config;
    assert_eq!(c.theme, ThemeName::HighContrast);
    assert_eq!(c.quick_hide, QuickHide::NeutralScreen);
    assert_eq!(c.pacing_days, 7);
    assert_eq!(c.default_visibility, Visibility::Shared);
    assert_eq!(c.editor.as_deref(), Some("nano -w"));
    assert_eq!(c.date_format, "%Y-%m-%d");
    assert!(!c.share_check_ins);
    assert!(c.reduce_motion);
    assert!(
        !Config::default().reduce_motion,
        "motion is on unless asked"
    );
}

#[test]
fn an_unknown_key_is_a_warning_naming_it_and_its_line() {
    let src = "theme = \"light\"\n\ncolour = \"blue\"\n";
    let loaded = parse(&file(), src).unwrap();
    assert_eq!(loaded.config.theme, ThemeName::Light);
    assert_eq!(loaded.warnings.len(), 1);
    let w = loaded.warnings[0].to_string();
    assert!(
        w.starts_with("/home/sam/.config/trustmend/config.toml:3: unknown setting `colour`"),
        "{w}"
    );
}

#[test]
fn a_bad_value_is_an_error_with_line_and_column() {
    let src = "theme = \"dark\"\npacing_days = \"soon\"\n";
    let err = parse(&file(), src).unwrap_err();
    let ConfigError::Invalid { line, col, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!((*line, *col), (2, 15), "{err}");
    let text = err.to_string();
    assert!(text.contains("config.toml:2:15"), "{text}");
    assert!(text.contains("docs/config.md"), "{text}");
}

#[test]
fn an_unknown_theme_says_which_themes_exist() {
    let err = parse(&file(), "theme = \"neon\"\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains(":1:9"), "{err}");
    assert!(err.contains("high-contrast"), "{err}");
}

#[test]
fn broken_toml_is_an_error_with_its_position() {
    let err = parse(&file(), "theme = \n").unwrap_err().to_string();
    assert!(err.contains("config.toml:1:"), "{err}");
}

#[test]
fn a_date_format_chrono_cannot_use_is_refused() {
    let err = parse(&file(), "\ndate_format = \"%Q %\"\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("config.toml:2:15"), "{err}");
    assert!(err.contains("date_format"), "{err}");
}

#[test]
fn the_editor_comes_from_config_then_visual_then_editor() {
    let mut c = Config::default();
    let cmd = |c: &Config, v, e, found| c.editor_command(v, e, found);
    assert_eq!(
        cmd(&c, Some("code -w"), Some("ed"), true).unwrap(),
        "code -w"
    );
    assert_eq!(cmd(&c, Some("  "), Some("ed"), true).unwrap(), "ed");
    // Nothing set: nano if it is there (never vi), else nothing to open.
    assert_eq!(cmd(&c, None, None, true).unwrap(), "nano");
    assert_eq!(cmd(&c, None, Some(" "), false), None);
    c.editor = Some("hx".into());
    assert_eq!(cmd(&c, Some("code -w"), Some("ed"), false).unwrap(), "hx");
}

#[test]
fn show_prints_settings_that_parse_back_to_the_same() {
    let c = Config {
        theme: ThemeName::Light,
        editor: Some("nano".into()),
        pacing_days: 5,
        reduce_motion: true,
        ..Config::default()
    };
    let text = show(&c);
    assert_eq!(parse(&file(), &text).unwrap().config, c);
    let defaults = show(&Config::default());
    let back = parse(&file(), &defaults).unwrap().config;
    assert_eq!(back.editor.as_deref(), Some(""));
    assert_eq!(
        back.editor_command(Some("ed"), None, false).as_deref(),
        Some("ed")
    );
}

#[test]
fn a_missing_file_means_defaults_and_no_source() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = load(Some(&dir.path().join("config.toml"))).unwrap();
    assert_eq!(loaded.config, Config::default());
    assert_eq!(loaded.source, None);
}

#[test]
fn country_is_read_as_a_code_in_any_case() {
    for (written, want) in [
        ("\"CA\"", Some("CA")),
        ("\"gb-wls\"", Some("GB-WLS")),
        ("\"uk\"", Some("GB")),
        ("\"\"", None),
    ] {
        let loaded = parse(&file(), &format!("country = {written}\n")).unwrap();
        assert_eq!(loaded.config.country.as_deref(), want, "{written}");
        assert!(loaded.warnings.is_empty(), "{written}");
    }
    // Shown and read back the same; the locale's guess is never read from the file.
    let c = Config {
        country: Some("NZ".into()),
        editor: Some("nano".into()),
        ..Config::default()
    };
    assert_eq!(parse(&file(), &show(&c)).unwrap().config, c);
    let guessed = Config {
        locale_country: Some("IE".into()),
        ..Config::default()
    };
    let text = show(&guessed);
    assert!(text.contains("\"IE\" from the locale"), "{text}");
    assert_eq!(parse(&file(), &text).unwrap().config.country, None);
}

#[test]
fn a_country_that_is_not_a_code_is_a_clear_warning_and_ignored() {
    let loaded = parse(&file(), "theme = \"dark\"\ncountry = \"Canada\"\n").unwrap();
    assert_eq!(loaded.config.country, None);
    assert_eq!(loaded.warnings.len(), 1);
    let w = loaded.warnings[0].to_string();
    assert!(
        w.starts_with(
            "/home/sam/.config/trustmend/config.toml:2: country \"Canada\" is not a country code"
        ),
        "{w}"
    );
    assert!(w.contains("\"CA\"") && w.contains("GB-SCT"), "{w}");
    // A number is a wrong type, as for any setting: an error with its place.
    let err = parse(&file(), "country = 44\n").unwrap_err().to_string();
    assert!(err.contains("config.toml:1:11"), "{err}");
}

#[test]
fn a_country_the_pack_has_no_lines_for_is_named_in_a_warning() {
    let known = ["GB", "GB-WLS", "IE"];
    let with = |code: &str| Loaded {
        config: Config {
            country: Some(code.into()),
            ..Config::default()
        },
        warnings: Vec::new(),
        source: Some(file()),
    };
    for fine in ["IE", "GB-WLS", "GB-SCT"] {
        assert_eq!(Warning::no_help_for(&with(fine), &known), None, "{fine}");
    }
    let w = Warning::no_help_for(&with("BR"), &known).unwrap();
    assert!(
        w.contains("config.toml: country \"BR\" has no help lines"),
        "{w}"
    );
    assert!(
        w.contains("findahelpline.com") && w.contains("GB, GB-WLS, IE"),
        "{w}"
    );
    assert_eq!(Warning::no_help_for(&Loaded::default(), &known), None);
}

/// A setting that cannot be used is said in the language in use, keeping
/// its `file:line:col` and the value as written; in English the TOML
/// reader's own words, as before.
#[test]
fn a_setting_that_cannot_be_used_is_said_in_spanish() {
    use crate::i18n::{Lang, in_language};
    let file = Path::new("/home/lucia/.config/trustmend/config.toml");
    let message = |lang, src: &str| {
        in_language(lang, || match parse(file, src) {
            Err(ConfigError::Invalid {
                line, col, message, ..
            }) => (line, col, message),
            other => panic!("{other:?}"),
        })
    };
    let (line, col, said) = message(Lang::ES, "reduce_motion = true\ntheme = \"blue\"\n");
    assert_eq!((line, col), (2, 9));
    assert!(
        said.starts_with("«blue» no es uno de los valores posibles aquí ("),
        "{said}"
    );
    assert!(!said.contains("unknown variant"), "{said}");
    let (_, _, english) = message(Lang::EN, "theme = \"blue\"\n");
    assert!(english.starts_with("unknown variant `blue`"), "{english}");
    let (_, _, said) = message(Lang::ES, "lock_after_minutes = 0\n");
    assert_eq!(
        said,
        "lock_after_minutes debe estar entre 0.05 (3 segundos) y 1440 (un día); 0 no lo está"
    );
    let (_, _, said) = message(Lang::ES, "theme = \"dark\nquick_hide = \"exit\"\n");
    assert!(
        said.starts_with("esta línea no se puede leer como TOML: theme = \"dark"),
        "{said}"
    );
    let (_, _, said) = message(Lang::ES, "date_format = \"%Q\"\n");
    assert!(said.contains("no es un formato de fecha"), "{said}");
}

/// `Ctrl+O`'s troubles (no editor, an editor that failed) are said in the
/// language in use; the English as it was.
#[cfg(unix)]
#[test]
fn your_own_editors_troubles_are_said_in_spanish() {
    use crate::i18n::{Lang, in_language};
    let tmp = tempfile::tempdir().unwrap();
    let failed = |lang| {
        in_language(lang, || {
            crate::own_editor::edit_in_place("exit 3; true", "hola", tmp.path()).unwrap_err()
        })
    };
    assert_eq!(
        failed(Lang::EN),
        "Your editor (exit 3; true) exited with status 3."
    );
    assert_eq!(
        failed(Lang::ES),
        "Tu editor (exit 3; true) terminó con el código 3."
    );
    let none = in_language(Lang::ES, no_editor);
    assert!(
        none.starts_with("No hay ningún editor configurado"),
        "{none}"
    );
    assert_eq!(
        in_language(Lang::EN, no_editor),
        "No editor is set ($VISUAL or $EDITOR, or `editor` in config.toml) and nano is not installed, so the words stay here."
    );
}
