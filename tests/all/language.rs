//! The language chosen by the `language` setting or the locale: the
//! workbook's words follow it, and what a person wrote stays attached to
//! its prompt when the language changes between sessions.

use crate::common;

use std::path::Path;
use std::process::Output;

use common::{Tui, keys, stderr, stdout};

/// `trustmend ARGS` with the locale `lang`, `input` on stdin.
fn run_in(dir: &Path, lang: &str, args: &[&str], input: &str) -> Output {
    let mut cmd = common::command();
    cmd.args(args)
        .env("TRUSTMEND_DATA_DIR", dir)
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"))
        .env("LANG", lang);
    common::fed(cmd, input)
}

#[test]
fn answers_drafts_and_homework_stay_attached_when_the_language_changes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // In English: the welcome, then the first prompt of the first strategy answered.
    let out = run_in(
        d,
        "en_US.UTF-8",
        &["walk"],
        "c\nAlex\n1\n10\nc\n1\nc\nANSWER-IN-ENGLISH\n.\nq\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // A therapist's homework, in English.
    let template = run_in(d, "en_US.UTF-8", &["homework", "template"], "");
    let file = d.join("hw.toml");
    std::fs::write(&file, stdout(&template)).unwrap();
    let import = run_in(
        d,
        "en_US.UTF-8",
        &["homework", "import", file.to_str().unwrap()],
        "",
    );
    assert!(import.status.success(), "{}", stderr(&import));
    // Words typed on the full screen and left unsaved: a draft.
    let mut tui = Tui::start_with_env(d, &[], &[("LANG", "en_US.UTF-8"), ("LC_ALL", "")]);
    // It opens where the walk left off: the next prompt.
    tui.wait_for("Enter to write");
    tui.send(keys::ENTER);
    tui.wait_for("Ctrl+S");
    tui.type_text("DRAFT-IN-ENGLISH");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let session = std::fs::read_to_string(d.join("session.json")).unwrap();
    assert!(session.contains("DRAFT-IN-ENGLISH"), "{session}");

    // Now in Spanish, by the locale: the same prompt, in Spanish, with
    // the answer and the draft beside it.
    let es = run_in(d, "es_ES.UTF-8", &["walk"], "1\nc\nw\n");
    let text = stdout(&es);
    assert!(es.status.success(), "{}", stderr(&es));
    assert!(text.contains("Comunicación abierta"), "{text}");
    assert!(text.contains("DRAFT-IN-ENGLISH"), "{text}");
    let md = run_in(d, "es_MX", &["export", "--format", "markdown"], "");
    let md = stdout(&md);
    assert!(md.contains("ANSWER-IN-ENGLISH"), "{md}");
    assert!(md.contains("Comunicación abierta"), "{md}");
    // The homework's own prompt (the therapist's words) is still assigned.
    assert!(
        md.contains("When did a hard conversation this week go a little better"),
        "{md}"
    );

    // And by the setting, over an English locale.
    std::fs::write(d.join("config.toml"), "language = \"es\"\n").unwrap();
    let shown = run_in(d, "en_US.UTF-8", &["config", "show"], "");
    assert!(
        stdout(&shown).contains("language = \"es\""),
        "{}",
        stdout(&shown)
    );
    let md = stdout(&run_in(
        d,
        "en_US.UTF-8",
        &["export", "--format", "markdown"],
        "",
    ));
    assert!(
        md.contains("Comunicación abierta") && md.contains("ANSWER-IN-ENGLISH"),
        "{md}"
    );
}

#[test]
fn config_show_says_which_language_is_in_use_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), "es_US.UTF-8", &["config", "show"], "");
    let text = stdout(&out);
    assert!(
        text.contains(
            "language = \"\"  # vacío: el del sistema; se usa \"es\", según LANG=es_US.UTF-8"
        ),
        "{text}"
    );
    let out = run_in(dir.path(), "C.UTF-8", &["config", "show"], "");
    assert!(stdout(&out).contains("\"en\" in use"), "{}", stdout(&out));
    std::fs::write(dir.path().join("config.toml"), "language = \"fr\"\n").unwrap();
    let out = run_in(dir.path(), "C.UTF-8", &["config", "show"], "");
    assert!(
        stderr(&out).contains("language \"fr\" is not one trustmend speaks"),
        "{}",
        stderr(&out)
    );
}

/// A Spanish-speaking person in Spain, by the locale alone: the welcome,
/// home and Help and safety in Spanish, with Spain's lines first.
#[test]
fn with_a_spanish_locale_the_workbook_speaks_spanish_from_the_first_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "country = \"ES\"\n").unwrap();
    let mut tui = Tui::start_with_env(
        &data,
        &[],
        &[
            ("TRUSTMEND_CONFIG", config.to_str().unwrap()),
            ("LC_ALL", ""),
            ("LC_MESSAGES", ""),
            ("LANG", "es_ES.UTF-8"),
        ],
    );
    // The language is offered first, Spanish chosen by the locale.
    tui.wait_for("Paso 1 de 5 · Idioma");
    assert!(tui.screen().contains("› Español"), "{}", tui.screen());
    tui.send(keys::ENTER);
    tui.wait_for("Paso 2 de 5 · Sobre trustmend");
    assert!(tui.screen().contains("Enter seguir"), "{}", tui.screen());
    tui.send(keys::ENTER);
    tui.wait_for("¿Cómo quieres que trustmend te llame?");
    tui.type_text("Lucía");
    tui.send(keys::ENTER);
    tui.wait_for("Me hicieron daño");
    tui.send(keys::ENTER);
    tui.wait_for("Si no estás a salvo");
    tui.send(keys::ENTER);
    tui.wait_for("Lo siguiente: Antes de empezar");
    let home = tui.screen();
    for english in ["Suggested next", "Help and safety", "not started", "quit"] {
        assert!(!home.contains(english), "{english:?} on home:\n{home}");
    }
    // Help and safety: the fourth item from the bottom for one person.
    tui.send("G");
    for _ in 0..3 {
        tui.send(keys::UP);
    }
    tui.send(keys::ENTER);
    tui.wait_for("A quién acudir en España:");
    let screen = tui.screen();
    for line in ["112", "016", "024"] {
        assert!(screen.contains(line), "{line}:\n{screen}");
    }
    assert!(!screen.contains("Where to turn"), "{screen}");
    tui.send("\x11");
}

/// `trustmend walk` with a Spanish locale: the welcome, home and Help and
/// safety in Spanish, line by line.
#[test]
fn walk_speaks_spanish_with_a_spanish_locale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("config.toml"), "country = \"ES\"\n").unwrap();
    // "2": Español, offered first.
    let out = run_in(d, "es_MX.UTF-8", &["walk"], "2\nc\nLucía\n1\nc\nh\nb\nq\n");
    let text = stdout(&out);
    assert!(out.status.success(), "{}\n{text}", stderr(&out));
    for spanish in [
        "¿En qué idioma quieres leer trustmend?",
        "trustmend, línea a línea",
        "Te damos la bienvenida.",
        "Me hicieron daño",
        "Inicio. Lucía",
        "ayuda y seguridad: personas a las que llamar",
        "Ayuda y seguridad.",
        "A quién acudir en España:",
        "guardar y salir",
    ] {
        assert!(text.contains(spanish), "{spanish:?} missing:\n{text}");
    }
    for english in [
        "Welcome.",
        "Home.",
        "The choices are",
        "save and quit",
        "back home",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
    // A strategy, line by line.
    let strategy = stdout(&run_in(d, "es_ES.UTF-8", &["walk"], "1\nc\n"));
    for spanish in [
        "1. Comunicación abierta — lectura",
        "seguir a las preguntas",
        "Pregunta 1 de 4:",
        "Escribe tu respuesta (privada).",
    ] {
        assert!(
            strategy.contains(spanish),
            "{spanish:?} missing:\n{strategy}"
        );
    }
    // `status` in Spanish too.
    let status = stdout(&run_in(d, "es_US.UTF-8", &["status"], ""));
    for spanish in [
        "trustmend — Lucía (le hicieron daño)",
        "Progreso: 2 de 60 pasos · 0 de 10 estrategias hechas",
        "Comunicación abierta  reflexión, pregunta 1 de 4",
        "sin empezar",
        "Diario: todavía no hay entradas",
        "Lista para seguir adelante: privada",
    ] {
        assert!(status.contains(spanish), "{spanish:?} missing:\n{status}");
    }
}
