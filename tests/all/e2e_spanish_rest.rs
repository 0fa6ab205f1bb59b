//! The last English a Spanish reader met on the command line (issue 27):
//! `homework template`, a homework file's problems, and a setting that
//! cannot be used, with `LANG=es_ES.UTF-8`. The English runs are the other
//! tests, unchanged.

use std::path::Path;
use std::process::Output;

use crate::common::{self, stderr, stdout};

/// `trustmend ARGS` in Spanish, its data and settings in `dir`.
fn es(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = common::command();
    cmd.args(args)
        .env("TRUSTMEND_DATA_DIR", dir)
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"))
        .env("LANG", "es_ES.UTF-8");
    common::fed(cmd, "")
}

/// English words no Spanish sentence of ours holds (a file's keys and the
/// words it quotes aside).
fn english_words(text: &str) -> Vec<String> {
    const ENGLISH: [&str; 14] = [
        "the", "you", "your", "and", "with", "is", "it", "must", "not", "unknown", "expected",
        "invalid", "missing", "field",
    ];
    let mut plain = String::new();
    let mut quoted: Option<char> = None;
    for c in text.chars() {
        match (quoted, c) {
            (None, '`' | '"') => quoted = Some(c),
            (Some(end), _) if c == end => quoted = None,
            (None, _) => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_homework_template_and_its_check_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = es(d, &["homework", "template"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let template = stdout(&out);
    assert!(
        template.starts_with("# Una tarea de trustmend."),
        "{template}"
    );
    assert!(
        template.contains("assigned_by = \"Dra. Ruiz\""),
        "{template}"
    );
    let comments: String = template
        .lines()
        .filter(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(english_words(&comments).is_empty(), "{comments}");

    // The template checks cleanly as it is printed.
    let file = d.join("tarea.toml");
    std::fs::write(&file, &template).unwrap();
    let out = es(d, &["homework", "check", &file.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));

    // A broken copy: each problem with its place, in Spanish.
    let broken = template
        .replace("start = 2026-03-01", "strat = 2026-03-01")
        .replace("strategy = \"transparency\"", "strategy = \"nope\"");
    std::fs::write(&file, broken).unwrap();
    let out = es(d, &["homework", "check", &file.display().to_string()]);
    assert!(!out.status.success());
    let said = stderr(&out);
    let name = file.display().to_string();
    assert!(said.contains(&format!("{name}:")), "{said}");
    assert!(said.contains("¿querías decir `start`?"), "{said}");
    assert!(
        said.contains("la estrategia \"nope\" no está en el paquete de contenido"),
        "{said}"
    );
    let without_path = said.replace(&name, "");
    assert!(
        english_words(&without_path).is_empty(),
        "{:?}\n{said}",
        english_words(&without_path)
    );
}

#[test]
fn a_setting_that_cannot_be_used_is_said_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("config.toml"), "theme = \"azul\"\n").unwrap();
    let out = es(d, &["status"]);
    assert!(!out.status.success());
    let said = stderr(&out);
    let file = d.join("config.toml").display().to_string();
    assert!(said.contains(&format!("{file}:1:9:")), "{said}");
    assert!(
        said.contains("«azul» no es uno de los valores posibles"),
        "{said}"
    );
    let without_path = said.replace(&file, "");
    assert!(
        english_words(&without_path).is_empty(),
        "{:?}\n{said}",
        english_words(&without_path)
    );
}

/// The workbook opened with no terminal says why, in Spanish.
#[test]
fn the_workbook_without_a_terminal_says_so_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let out = es(dir.path(), &[]);
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(
        said.contains("el cuaderno necesita una terminal. Para ver un resumen sin ella, ejecuta `trustmend status`."),
        "{said}"
    );
    assert!(english_words(&said).is_empty(), "{said}");
}
