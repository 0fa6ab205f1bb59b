//! The command line in Spanish (issue 27): with a Spanish locale, `--help`,
//! `doctor`, `write`, `config`, `partner` and an error from a bad settings
//! file speak Spanish, with no English sentence of the program's own; the
//! English runs are the other tests, unchanged.

use std::path::Path;
use std::process::Output;

use crate::common::{self, stderr, stdout};

/// `trustmend ARGS` in Spanish (`LANG=es_ES.UTF-8`), its data and settings
/// in `dir`, `input` on standard input.
fn es(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut cmd = common::command();
    cmd.args(args)
        .env("TRUSTMEND_DATA_DIR", dir)
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"))
        .env("LANG", "es_ES.UTF-8");
    common::fed(cmd, input)
}

/// English words that no Spanish sentence holds: any of them in what the
/// program says means a sentence was left in English.
const ENGLISH: [&str; 26] = [
    "the",
    "you",
    "your",
    "and",
    "with",
    "is",
    "it",
    "was",
    "this",
    "that",
    "what",
    "nothing",
    "which",
    "are",
    "for",
    "from",
    "has",
    "have",
    "there",
    "will",
    "print",
    "usage",
    "options",
    "commands",
    "arguments",
    "when",
];

/// The English words of [`ENGLISH`] in `text`, leaving out what a person
/// typed (`typed`: names, paths).
fn english_words(text: &str, typed: &[&str]) -> Vec<String> {
    let mut text = text.to_string();
    for t in typed {
        text = text.replace(t, " ");
    }
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

fn assert_spanish(what: &str, text: &str, typed: &[&str], spanish: &[&str]) {
    let english = english_words(text, typed);
    assert!(
        english.is_empty(),
        "{what}: English words {english:?} in:\n{text}"
    );
    for words in spanish {
        assert!(text.contains(words), "{what}: no {words:?} in:\n{text}");
    }
}

#[test]
fn help_and_every_command_s_help_speak_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let dir_name = d.display().to_string();
    let out = es(d, &["--help"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish(
        "--help",
        &stdout(&out),
        &[&dir_name],
        &[
            "Uso: trustmend [OPCIONES] [ORDEN]",
            "Órdenes:",
            "Opciones:",
            "Dónde se guarda tu diario",
            "no es una terapia",
            "Muestra la ayuda",
        ],
    );
    // Once, kindly: no clinician who speaks Spanish has read it yet.
    let review = "todavía no las ha revisado un profesional de la salud mental";
    assert_eq!(stdout(&out).matches(review).count(), 1, "{}", stdout(&out));
    let out = es(d, &["-h"], "");
    assert_spanish("-h", &stdout(&out), &[&dir_name], &["Opciones:"]);
    // Every command and its own commands.
    for args in [
        &["status", "--help"][..],
        &["export", "--help"],
        &["doctor", "--help"],
        &["content", "--help"],
        &["content", "check", "--help"],
        &["config", "show", "--help"],
        &["completions", "--help"],
        &["walk", "--help"],
        &["man", "--help"],
        &["homework", "import", "--help"],
        &["partner", "--help"],
        &["partner", "add", "--help"],
        &["partner", "remove", "--help"],
        &["partner", "rename", "--help"],
        &["write", "--help"],
        &["help", "export"],
        &["partner", "help", "remove"],
    ] {
        let out = es(d, args, "");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_spanish(
            &args.join(" "),
            &stdout(&out),
            &[&dir_name],
            &["Uso: trustmend"],
        );
    }
    let export = stdout(&es(d, &["export", "--help"], ""));
    assert!(
        export.contains("solo tú puedes leer (0600)"),
        "the export's help keeps what it says of the file:\n{export}"
    );
}

#[test]
fn doctor_partner_and_write_speak_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let dir_name = d.display().to_string();
    let typed = [dir_name.as_str(), "Lucía", "Tomás"];
    let out = es(d, &["doctor"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish(
        "doctor (empty)",
        &stdout(&out),
        &typed,
        &["carpeta de datos"],
    );

    let out = es(d, &["partner", "add", "Lucía", "--role", "hurt"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish("partner add", &stdout(&out), &typed, &["Lucía"]);
    let out = es(d, &["partner", "add", "Tomás", "--role", "repairing"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let out = es(d, &["partner", "list"], "");
    assert_spanish("partner list", &stdout(&out), &typed, &["Lucía"]);

    let out = es(
        d,
        &["write", "--as", "Lucía", "Una", "tarde", "tranquila"],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish(
        "write",
        &stdout(&out),
        &(typed
            .iter()
            .copied()
            .chain(["store.json"])
            .collect::<Vec<_>>()),
        &["Guardada la entrada de Lucía"],
    );
    // Two people and no name: refused, in Spanish.
    let out = es(d, &["write", "Otra", "cosa"], "");
    assert!(!out.status.success());
    assert_spanish(
        "write without --as",
        &stderr(&out),
        &typed,
        &["--as", "No se escribió nada"],
    );

    let out = es(d, &["doctor"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish(
        "doctor",
        &stdout(&out),
        &typed,
        &["store.json: 1 entrada de Lucía y Tomás"],
    );

    // Removing, with the answers typed: no copy, the name, then yes.
    let out = es(d, &["partner", "remove", "Tomás"], "\nTomás\nsí\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish(
        "partner remove",
        &stdout(&out),
        &typed,
        &["Escribe Tomás para seguir", "Se quitó a Tomás"],
    );
    let out = es(d, &["partner", "list"], "");
    assert!(!stdout(&out).contains("Tomás"), "{}", stdout(&out));
}

#[test]
fn config_and_a_bad_settings_file_speak_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = d.join("config.toml").display().to_string();
    let out = es(d, &["config", "show"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    // The comments after settings left empty are the catalogue's too.
    assert!(!stdout(&out).contains("# empty"), "{}", stdout(&out));
    assert!(stdout(&out).contains("# vacío"), "{}", stdout(&out));
    let header = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert_spanish(
        "config show",
        &header,
        &[&file],
        &["no existe: estos son los valores predeterminados"],
    );

    std::fs::write(
        d.join("config.toml"),
        "theme = \"dark\"\npacing_days = \"many\"\n",
    )
    .unwrap();
    let out = es(d, &["status"], "");
    assert!(!out.status.success());
    let said = stderr(&out);
    // The file and line are still named; toml's own words about the value
    // are not the program's.
    assert!(said.contains(&format!("{file}:2:")), "{said}");
    let ours: String = said
        .lines()
        .filter(|l| !l.contains(&format!("{file}:2:")))
        .collect::<Vec<_>>()
        .join("\n");
    assert_spanish("a bad setting", &ours, &[&file], &["Corrige este ajuste"]);

    // A folder where the file should be: why, and what to do, in Spanish.
    let folder = d.display().to_string();
    let out = es(d, &["status", "--config", &folder], "");
    assert!(!out.status.success());
    assert_spanish(
        "a folder as the settings file",
        &stderr(&out),
        &[&folder],
        &[
            "es una carpeta, no un archivo",
            "Indica un archivo de ajustes",
        ],
    );

    std::fs::write(d.join("config.toml"), "colour = \"blue\"\n").unwrap();
    let out = es(d, &["content", "check"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_spanish(
        "content check",
        &stdout(&out),
        &[],
        &["paquete incluido: bien"],
    );
    let out = es(d, &["config", "show"], "");
    assert_spanish(
        "an unknown setting",
        &stderr(&out),
        &[&file, "colour"],
        &["trustmend: aviso:", "se ignora"],
    );
}

#[test]
fn mistakes_on_the_command_line_are_said_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let dir_name = d.display().to_string();
    let out = es(d, &["export", "--colour", "blue"], "");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_spanish(
        "an unknown option",
        &stderr(&out),
        &["--colour", &dir_name],
        &[
            "--colour",
            "¿Querías decir '--color'?",
            "Uso: trustmend export",
        ],
    );
    for (args, spanish) in [
        (
            &["export", "--format", "pdf"][..],
            "Puede ser: markdown, json, html",
        ),
        (&["export", "--since", "2026-13-01"], "AAAA-MM-DD"),
        (&["partner", "add", "Lucía"], "--role"),
        (&["partner"], "necesita otra"),
        (&["statu"], "¿Querías decir 'status'?"),
    ] {
        let out = es(d, args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert_spanish(
            &args.join(" "),
            &stderr(&out),
            &[&dir_name, "Lucía"],
            &[spanish],
        );
    }
}
