//! Help wherever the person lives: for each locale (and Scotland, which a
//! locale cannot name), the first page of Help and safety at 80x24 shows
//! that place's emergency number and at least one line to call.
//!
//! Run: cargo test --test all `e2e_help_places::`

use crate::common;

use common::{Tui, keys};

/// From a fresh start with `env` and an optional config: through the
/// welcome (taking the place the locale guessed), then Help and safety.
fn help_page(locale: &str, country: Option<&str>) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let config = tmp.path().join("config.toml");
    // In English whatever the locale (a Spanish locale would otherwise
    // choose Spanish; that is `language::`'s test): this one is about places.
    let setting = country.map_or(String::new(), |c| format!("country = \"{c}\"\n"));
    let setting = format!("language = \"en\"\n{setting}");
    std::fs::write(&config, setting).unwrap();
    let lang = format!("{locale}.UTF-8");
    let mut tui = Tui::start_with_env(
        &data,
        &[],
        &[
            ("TRUSTMEND_CONFIG", config.to_str().unwrap()),
            ("LC_ALL", ""),
            ("LC_MESSAGES", ""),
            ("LANG", &lang),
        ],
    );
    tui.wait_for("Step 1 of");
    tui.send(keys::ENTER);
    tui.wait_for("Step 2 of");
    tui.type_text("Alex");
    tui.send(keys::ENTER);
    tui.wait_for("I was hurt");
    tui.send(keys::ENTER);
    if country.is_none() {
        // The locale's place is chosen already: Enter keeps it.
        tui.wait_for("Where do you live?");
        tui.send(keys::ENTER);
    }
    tui.wait_for("If you are not safe");
    tui.send(keys::ENTER);
    tui.wait_for("Suggested next");
    // Help and safety is the fourth item from the bottom of home for one
    // person (then the check-in, progress and adding a partner).
    tui.send("G");
    for _ in 0..3 {
        tui.send(keys::UP);
    }
    tui.send(keys::ENTER);
    tui.wait_for("Help and safety");
    tui.wait_for("findahelpline");
    let screen = tui.screen();
    tui.send("\x11");
    screen
}

#[test]
fn the_first_page_of_help_shows_the_emergency_number_and_a_line_where_you_live() {
    // (locale, `country` setting, the emergency number as written, a line)
    let cases = [
        (
            "en_US",
            None,
            "Call 911",
            "National Domestic Violence Hotline",
        ),
        ("en_CA", None, "Call 9-1-1", "9-8-8 Suicide Crisis Helpline"),
        ("fr_CA", None, "Call 9-1-1", "9-8-8 Suicide Crisis Helpline"),
        (
            "en_GB",
            Some("GB-SCT"),
            "Call 999",
            "Scotland's Domestic Abuse and Forced Marriage",
        ),
        ("es_ES", None, "Call 112", "016"),
        ("es_MX", None, "Call 911", "Línea de las Mujeres"),
        (
            "de_DE",
            None,
            "Call 112",
            "Hilfetelefon Gewalt gegen Frauen",
        ),
        ("fr_FR", None, "Call 17", "3919 Violences Femmes Info"),
        ("en_IN", None, "Call 112", "Women Helpline 181"),
        ("pt_BR", None, "Call 190", "Ligue 180"),
    ];
    for (locale, country, emergency, line) in cases {
        let screen = help_page(locale, country);
        let first = screen.find(emergency);
        assert!(first.is_some(), "{locale}: no {emergency:?}:\n{screen}");
        assert!(screen.contains(line), "{locale}: no {line:?}:\n{screen}");
        // The place's own number comes before the lines for everyone.
        assert!(
            first < screen.find("Find A Helpline"),
            "{locale}: the emergency number is not first:\n{screen}"
        );
    }
}

/// Scotland is shown its own line, not England's women-only one.
#[test]
fn scotland_is_not_shown_englands_line() {
    let screen = help_page("en_GB", Some("GB-SCT"));
    assert!(screen.contains("Where to turn in Scotland"), "{screen}");
    assert!(!screen.contains("Refuge"), "{screen}");
}

/// A place not listed yet (Japan): a person there is told so, and still
/// given the general advice and a line that covers every country.
#[test]
fn a_place_not_listed_yet_gets_the_general_advice_and_the_line_for_everyone() {
    let screen = help_page("ja_JP", None);
    assert!(
        screen.contains("call your local emergency number"),
        "{screen}"
    );
    assert!(screen.contains("There is no list here yet"), "{screen}");
    assert!(screen.contains("findahelpline.com"), "{screen}");
}
