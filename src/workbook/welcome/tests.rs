//! The welcome's language step: offered once, on a first run whose locale
//! speaks another language than English (or one trustmend does not speak);
//! choosing asks the edge to write the setting and switch, and the
//! workbook then reads the chosen language's pack.

use crate::workbook::Effect;
use std::path::PathBuf;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::i18n::{Because, Lang, in_language};
use crate::keymap::Action;
use crate::model::Store;
use crate::testing::{act, t0, type_text};
use crate::workbook::{Msg, Session};

fn first_run(config: Config) -> Workbook {
    let content = Arc::new(Content::bundled().unwrap());
    Workbook::new(content, Store::default(), Session::default(), None).with_config(config)
}

/// The settings as the edge reads them with `LANG=value` and no file.
fn locale(lang: Lang, value: &str, country: Option<&str>) -> Config {
    Config {
        language_chosen: Some((lang, Because::Locale("LANG", value.into()))),
        locale_country: country.map(str::to_string),
        file: Some(PathBuf::from("/settings/config.toml")),
        ..Config::default()
    }
}

fn step(wb: &Workbook) -> Option<WelcomeStep> {
    match wb.screen() {
        Screen::Welcome(w) => Some(w.step),
        _ => None,
    }
}

fn text(wb: &Workbook) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| crate::ui::draw(f, wb)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_spanish_locale_is_offered_the_language_first_with_spanish_chosen() {
    in_language(Lang::ES, || {
        let mut wb = first_run(locale(Lang::ES, "es_ES.UTF-8", Some("ES")));
        assert_eq!(step(&wb), Some(WelcomeStep::Language));
        let shown = text(&wb);
        assert!(shown.contains("Paso 1 de 6 · Idioma"), "{shown}");
        assert!(
            shown.contains("¿En qué idioma quieres leer trustmend?"),
            "{shown}"
        );
        // Each language in its own words, the locale's selected.
        assert!(shown.contains("  English"), "{shown}");
        assert!(shown.contains("› Español"), "{shown}");
        let fx = act(&mut wb, Action::Select);
        assert!(
            fx.contains(&Effect::ChooseLanguage {
                lang: Lang::ES,
                file: Some(PathBuf::from("/settings/config.toml")),
                pack: true,
            }),
            "{fx:?}"
        );
        assert_eq!(wb.config().language.as_deref(), Some("es"));
        assert_eq!(step(&wb), Some(WelcomeStep::Intro));
        // Back finds the step again, with the choice made.
        act(&mut wb, Action::Back);
        assert_eq!(step(&wb), Some(WelcomeStep::Language));
        assert!(text(&wb).contains("› Español"));
    });
}

#[test]
fn choosing_english_over_a_spanish_locale_switches_and_asks_no_more() {
    let mut wb = first_run(locale(Lang::ES, "es_MX.UTF-8", Some("MX")));
    act(&mut wb, Action::Up);
    let fx = act(&mut wb, Action::Select);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::ChooseLanguage { lang, .. } if *lang == Lang::EN)),
        "{fx:?}"
    );
    // The edge answers; the rest of the welcome is in English, and the
    // steps are counted with the language's.
    wb.update(
        Msg::LanguageChosen {
            content: Some(Arc::new(Content::bundled_in("en").unwrap())),
            saved: Ok(()),
        },
        t0(),
    );
    in_language(Lang::EN, || {
        let shown = text(&wb);
        assert!(shown.contains("Step 2 of 6 · About trustmend"), "{shown}");
    });
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Robin");
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select); // role
    act(&mut wb, Action::Select); // country
    act(&mut wb, Action::Select); // safety note
    assert!(wb.partner().is_some());
    // A partner joining later is not asked: the setting says it now.
    let again = Welcome::new("").first_run(true);
    assert!(!again.steps(wb.config()).contains(&WelcomeStep::Language));
}

#[test]
fn the_pack_follows_the_language_chosen() {
    let mut wb = first_run(Config {
        language_chosen: Some((Lang::EN, Because::Default)),
        locale_country: Some("FR".into()),
        ..Config::default()
    });
    // A French locale: English was a fallback, so the choice is offered.
    assert_eq!(step(&wb), Some(WelcomeStep::Language));
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Select);
    let es = Arc::new(Content::bundled_in("es").unwrap());
    wb.update(
        Msg::LanguageChosen {
            content: Some(Arc::clone(&es)),
            saved: Ok(()),
        },
        t0(),
    );
    assert!(Arc::ptr_eq(wb.content(), &es));
    in_language(Lang::ES, || {
        let shown = text(&wb);
        assert!(shown.contains("Paso 2 de 6 · Sobre trustmend"), "{shown}");
        let start: Vec<&str> = es.foundations.welcome.split_whitespace().take(3).collect();
        assert!(shown.contains(&start.join(" ")), "{shown}");
    });
}

#[test]
fn a_choice_not_kept_in_the_settings_is_said() {
    let mut wb = first_run(locale(Lang::ES, "es_ES.UTF-8", None));
    act(&mut wb, Action::Select);
    // The edge has set the language before it answers.
    in_language(Lang::ES, || {
        wb.update(
            Msg::LanguageChosen {
                content: None,
                saved: Err("/settings/config.toml: permission denied".into()),
            },
            t0(),
        );
        let shown = text(&wb);
        let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("no hemos podido guardar"), "{shown}");
        assert!(flat.contains("config.toml: permission denied"), "{shown}");
    });
}

#[test]
fn english_locales_no_locale_and_a_setting_keep_the_welcome_as_it_was() {
    let c_locale = Config {
        language_chosen: Some((Lang::EN, Because::Default)),
        ..Config::default()
    };
    let setting = Config {
        language: Some("es".into()),
        ..locale(Lang::ES, "es_ES.UTF-8", Some("ES"))
    };
    for config in [
        locale(Lang::EN, "en_US.UTF-8", Some("US")),
        c_locale,
        setting,
        Config::default(),
    ] {
        let wb = first_run(config.clone());
        assert_eq!(step(&wb), Some(WelcomeStep::Intro), "{config:?}");
        assert!(!offers_language(&config));
    }
    // Someone new at a workbook that has people already is never asked.
    let mut w = Welcome::new("");
    assert!(
        !w.steps(&locale(Lang::ES, "es_ES.UTF-8", None))
            .contains(&WelcomeStep::Language)
    );
    w.first_run = true;
    assert!(
        w.steps(&locale(Lang::ES, "es_ES.UTF-8", None))
            .contains(&WelcomeStep::Language)
    );
}

#[test]
fn the_setting_is_written_into_the_file_as_it_is() {
    assert_eq!(
        crate::config::with_language("", "es").as_deref(),
        Some("language = \"es\"\n")
    );
    // A value replaced in place; comments, other keys and tables kept.
    let src = "# mine\ntheme = \"light\"\nlanguage = \"en\" # set by hand\n[later]\nx = 1\n";
    assert_eq!(
        crate::config::with_language(src, "es").as_deref(),
        Some("# mine\ntheme = \"light\"\nlanguage = \"es\" # set by hand\n[later]\nx = 1\n")
    );
    // A new key goes first, where no table can take it.
    let src = "country = \"ES\"\n[later]\nx = 1\n";
    let out = crate::config::with_language(src, "es").unwrap();
    assert_eq!(out, format!("language = \"es\"\n{src}"));
    assert_eq!(
        crate::config::parse(std::path::Path::new("c"), &out)
            .unwrap()
            .config
            .language
            .as_deref(),
        Some("es")
    );
    // Not TOML: left alone.
    assert_eq!(crate::config::with_language("theme = [", "es"), None);
    // On disk, the folder made when it is not there yet.
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("trustmend").join("config.toml");
    crate::config::save_language(&file, "es").unwrap();
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "language = \"es\"\n"
    );
    // Through a link, the file it names; its permissions kept.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let real = tmp.path().join("dotfiles.toml");
        std::fs::write(&real, "theme = \"light\"\n").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = tmp.path().join("linked.toml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        crate::config::save_language(&link, "es").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            std::fs::read_to_string(&real).unwrap(),
            "language = \"es\"\ntheme = \"light\"\n"
        );
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    std::fs::write(&file, "theme = [\n").unwrap();
    assert!(crate::config::save_language(&file, "en").is_err());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "theme = [\n");
}
