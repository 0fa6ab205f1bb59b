//! A Spanish-speaking couple in Spain (`LANG=es_ES.UTF-8`, `country =
//! "ES"`), in the real binary: the welcome offers the language once, both
//! partners come in, each answers the private safety check, both answer a
//! together prompt and read the answers side by side, a check-in, the calm
//! screen and Help and safety with Spain's lines. Every screen on the way
//! is in Spanish: none of the program's English sentences appears.
#![cfg(unix)]

use std::path::Path;

use crate::common;

use common::{Tui, keys};

/// F2 as an xterm sends it.
const F2: &str = "\x1bOQ";

/// The English catalogue's sentences that Spanish says otherwise: one-line
/// messages without variables, of three words or more.
fn english_sentences() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let read = |code: &str| std::fs::read_to_string(root.join(code).join("trustmend.ftl")).unwrap();
    let messages = |text: &str| -> Vec<(String, String)> {
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t']))
            .filter_map(|l| l.split_once(" = "))
            .map(|(id, v)| (id.to_string(), v.to_string()))
            .collect()
    };
    let es = messages(&read("es"));
    messages(&read("en"))
        .into_iter()
        .filter(|(_, v)| !v.contains('{') && v.split_whitespace().count() >= 3)
        .filter(|(id, v)| es.iter().any(|(i, s)| i == id && s != v))
        .map(|(_, v)| v)
        .collect()
}

/// Words of the key bar and headings that would show if left in English,
/// looked for as whole words.
const ENGLISH_WORDS: [&str; 18] = [
    "Suggested next",
    "Help and safety",
    "not started",
    "Step",
    "Question",
    "Hand the keyboard",
    "Together prompts",
    "Your answer",
    "Enter to write",
    "quit",
    "move",
    "open",
    "back",
    "next step",
    "Breathe",
    "Grounding",
    "Where to turn",
    "Saved",
];

/// Whether `words` are in `text` as whole words (not the start of a
/// Spanish word: "mover", "quitarte").
fn has_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `screen` has no English sentence of the program's own.
fn all_spanish(screen: &str, english: &[String], at: &str) {
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in english.iter().map(String::as_str).chain(ENGLISH_WORDS) {
        let s = s.trim().trim_end_matches(['.', ':']);
        assert!(
            s.is_empty() || !has_words(&flat, s),
            "English {s:?} on the screen of {at}:\n{screen}"
        );
    }
}

/// The private safety check, "No" to every question, the answers kept.
fn safety_check_all_no(tui: &mut Tui, english: &[String]) {
    let n = trustmend::content::Content::bundled_in("es")
        .unwrap()
        .safety
        .checks
        .len();
    for i in 1..=n {
        tui.wait_for(&format!("Pregunta {i} de {n}"));
        if i == 1 {
            all_spanish(&tui.screen(), english, "the safety check");
        }
        tui.send(keys::DOWN); // "No"
        tui.send(keys::ENTER);
    }
    tui.wait_for("Estas son mis respuestas");
    all_spanish(&tui.screen(), english, "the safety check's answers");
    tui.send(keys::ENTER);
}

/// From home, the together prompts (third from the bottom for two), the
/// first one answered with `words`; back on the list.
fn answer_first_together_prompt(tui: &mut Tui, words: &str, english: &[String]) {
    tui.send("G");
    tui.send(keys::UP);
    tui.send(keys::UP);
    tui.send(keys::ENTER);
    tui.wait_for("te toca");
    all_spanish(&tui.screen(), english, "the together prompts");
    tui.send(keys::ENTER);
    tui.wait_for("junto a la de tu pareja");
    all_spanish(&tui.screen(), english, "a together prompt");
    tui.type_text(words);
    tui.wait_for(words);
    tui.send(keys::CTRL_S);
    tui.wait_for("Guardado.");
    all_spanish(&tui.screen(), english, "a together prompt answered");
    // Back to the list it was opened from.
    tui.send(keys::ESC);
}

#[test]
fn a_spanish_couple_from_the_welcome_to_help_and_safety() {
    let english = english_sentences();
    assert!(english.len() > 100, "{english:?}");
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "country = \"ES\"\n").unwrap();
    let mut tui = Tui::start_with_env(
        &data,
        &[],
        &[
            ("TRUSTMEND_CONFIG", config.to_str().unwrap()),
            ("LANG", "es_ES.UTF-8"),
        ],
    );

    // The language first, the locale's chosen; each named in its own words.
    tui.wait_for("Paso 1 de 5 · Idioma");
    let screen = tui.screen();
    assert!(screen.contains("› Español"), "{screen}");
    assert!(screen.contains("English"), "{screen}");
    all_spanish(&screen, &english, "the language step");
    tui.send(keys::ENTER);
    tui.wait_for("Paso 2 de 5 · Sobre trustmend");
    all_spanish(&tui.screen(), &english, "the welcome");
    tui.send(keys::ENTER);
    tui.wait_for("¿Cómo quieres que trustmend te llame?");
    tui.type_text("Lucía");
    tui.send(keys::ENTER);
    tui.wait_for("Me hicieron daño");
    all_spanish(&tui.screen(), &english, "the roles");
    tui.send(keys::ENTER);
    tui.wait_for("Si no estás a salvo");
    all_spanish(&tui.screen(), &english, "the safety note");
    tui.send(keys::ENTER);
    tui.wait_for("Lo siguiente:");
    all_spanish(&tui.screen(), &english, "home");
    // The choice is kept beside what was there.
    let settings = std::fs::read_to_string(&config).unwrap();
    assert!(settings.contains("language = \"es\""), "{settings}");
    assert!(settings.contains("country = \"ES\""), "{settings}");

    // "Añadir a tu pareja", the last item: Lucía's own check comes first.
    tui.send("G");
    tui.send(keys::ENTER);
    safety_check_all_no(&mut tui, &english);
    tui.wait_for("Pásale el teclado a la persona que se une.");
    all_spanish(&tui.screen(), &english, "the cover");
    tui.send(keys::ENTER);
    // Javier's welcome: the language is not asked again.
    tui.wait_for("Paso 1 de 4 · Sobre trustmend");
    assert!(!tui.screen().contains("Idioma"), "{}", tui.screen());
    tui.send(keys::ENTER);
    tui.wait_for("¿Cómo quieres que trustmend te llame?");
    tui.type_text("Javier");
    tui.send(keys::ENTER);
    tui.wait_for("Estoy reparando la confianza");
    tui.send(keys::DOWN);
    tui.send(keys::ENTER);
    tui.wait_for("Si no estás a salvo");
    tui.send(keys::ENTER);
    tui.wait_for("Pásale el teclado a Javier.");
    tui.send(keys::ENTER);
    safety_check_all_no(&mut tui, &english);
    tui.wait_for("El modo en pareja está activo");
    tui.wait_for("Lo siguiente:");
    all_spanish(&tui.screen(), &english, "Javier's home");

    // A together prompt: Javier first, then Lucía; then side by side.
    answer_first_together_prompt(&mut tui, "Javierrespuesta sincera.", &english);
    tui.wait_for("esperando a tu pareja");
    all_spanish(&tui.screen(), &english, "the together prompts, waiting");
    tui.send(keys::ESC);
    tui.wait_for("Lo siguiente:");
    tui.send("s");
    tui.wait_for("Pásale el teclado a Lucía.");
    let cover = tui.screen();
    assert!(!cover.contains("Javierrespuesta"), "{cover}");
    tui.send(keys::ENTER);
    tui.wait_for("Lo siguiente:");
    answer_first_together_prompt(&mut tui, "Lucíarespuesta valiente.", &english);
    tui.wait_for("listas para leer juntos");
    tui.send(keys::ENTER);
    tui.wait_for("Juntos: lado a lado");
    let reveal = tui.screen();
    for words in [
        "Javierrespuesta sincera.",
        "Lucíarespuesta valiente.",
        "Javier",
    ] {
        assert!(
            reveal.contains(words),
            "{words:?} not side by side:\n{reveal}"
        );
    }
    all_spanish(&reveal, &english, "the reveal");
    tui.send(keys::ESC);
    tui.wait_for("te toca");
    tui.send(keys::ESC);
    tui.wait_for("Lo siguiente:");

    // A check-in: mood 4, trust 7, kept.
    tui.send("c");
    tui.wait_for("¿Cómo estás? Un minuto");
    all_spanish(&tui.screen(), &english, "the check-in");
    for k in ["4", keys::DOWN, "7"] {
        tui.send(k);
    }
    tui.send(keys::ENTER);
    tui.wait_for("Gracias por tomarte un minuto para ti.");
    tui.wait_for("(hecho hoy)");
    all_spanish(&tui.screen(), &english, "home after the check-in");

    // When it is too much: breathing, then grounding, and back.
    tui.send(F2);
    tui.wait_for("Cuando todo es demasiado");
    tui.wait_for("Inhala");
    tui.wait_for("Volver al presente");
    all_spanish(&tui.screen(), &english, "the calm screen");
    tui.send(keys::ESC);
    tui.wait_for("Lo siguiente:");

    // Help and safety, five above the last item for two: Spain's lines.
    tui.send("G");
    for _ in 0..5 {
        tui.send(keys::UP);
    }
    tui.send(keys::ENTER);
    tui.wait_for("A quién acudir en España:");
    let help = tui.screen();
    for line in ["112", "016", "024"] {
        assert!(help.contains(line), "{line}:\n{help}");
    }
    all_spanish(&help, &english, "Help and safety");
    tui.send(keys::ESC);
    tui.wait_for("Lo siguiente:");
    tui.send("q");
    assert!(tui.wait_exit());
}

/// Choosing English over a Spanish locale switches at once, the pack too,
/// and is kept: the next start, and `walk`, are in English.
#[test]
fn english_chosen_in_the_welcome_over_a_spanish_locale_is_used_at_once_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let config = tmp.path().join("config.toml");
    let env = [
        ("TRUSTMEND_CONFIG", config.to_str().unwrap()),
        ("LANG", "es_MX.UTF-8"),
    ];
    let mut tui = Tui::start_with_env(&data, &[], &env);
    tui.wait_for("Paso 1 de 6 · Idioma");
    tui.send(keys::UP);
    tui.wait_for("› English");
    tui.send(keys::ENTER);
    tui.wait_for("Step 2 of 6 · About trustmend");
    // The English pack's welcome, not the Spanish one's.
    let welcome = trustmend::content::Content::bundled_in("en")
        .unwrap()
        .foundations
        .welcome;
    let first: Vec<&str> = welcome.split_whitespace().take(4).collect();
    tui.wait_for(&first.join(" "));
    assert!(
        !tui.screen().contains("Sobre trustmend"),
        "{}",
        tui.screen()
    );
    tui.send(keys::ENTER);
    tui.wait_for("What should trustmend call you?");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let settings = std::fs::read_to_string(&config).unwrap();
    assert_eq!(settings, "language = \"en\"\n");

    // Nobody came in, so the next start welcomes again: in English, and
    // without asking (the setting says it).
    let mut tui = Tui::start_with_env(&data, &[], &env);
    tui.wait_for("Step 1 of 5 · About trustmend");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

/// `walk` offers the same choice, line by line: "1" is English, at once.
#[test]
fn walk_offers_the_language_and_switches_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let mut cmd = common::command();
    cmd.arg("walk")
        .env("TRUSTMEND_DATA_DIR", d.join("data"))
        .env("TRUSTMEND_CONFIG", d.join("config.toml"))
        .env("LANG", "es_ES.UTF-8");
    let out = common::fed(cmd, "1\nc\n");
    let text = common::stdout(&out);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let (before, after) = text
        .split_once("Welcome.")
        .unwrap_or_else(|| panic!("no English welcome after choosing English:\n{text}"));
    assert!(
        before.contains("¿En qué idioma quieres leer trustmend? Escribe su número."),
        "{before}"
    );
    assert!(before.contains("1) English"), "{before}");
    assert!(before.contains("2) Español"), "{before}");
    assert!(
        after.contains("What name should the workbook use for you?"),
        "{after}"
    );
    assert!(!after.contains("Te damos la bienvenida"), "{after}");
    assert_eq!(
        std::fs::read_to_string(d.join("config.toml")).unwrap(),
        "language = \"en\"\n"
    );
}
