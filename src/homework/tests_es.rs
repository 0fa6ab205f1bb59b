//! A homework file's problems in Spanish: each keeps its `file:line:col`,
//! and says what is wrong and what to do in Spanish, with the file's own
//! keys and values as they are written; never the TOML reader's English.

use std::path::Path;

use crate::content::Content;
use crate::i18n::{Lang, in_language};

/// Words of English a problem must not say in Spanish (keys of the file
/// such as `due` or `step` are named as written, in backticks or brackets).
const ENGLISH: [&str; 16] = [
    "the", "must", "is", "not", "known", "use", "add", "line", "like", "field", "unknown",
    "missing", "expected", "invalid", "twice", "before",
];

fn problems(src: &str) -> Vec<String> {
    in_language(Lang::ES, || {
        let content = Content::bundled_in("es").unwrap();
        match crate::homework::parse(Path::new("tarea.toml"), src, &content) {
            Ok(_) => Vec::new(),
            Err(all) => all.iter().map(ToString::to_string).collect(),
        }
    })
}

fn english_in(problem: &str) -> Vec<String> {
    // Leave out what is quoted from the file: `keys`, "values", [[tables]].
    let mut plain = String::new();
    let mut quoted = None;
    for c in problem.chars() {
        match (quoted, c) {
            (None, '`' | '"' | '[') => quoted = Some(if c == '[' { ']' } else { c }),
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
fn a_homework_files_problems_are_said_in_spanish_with_their_place() {
    let src = "assigned_by = \"Dra. Ruiz\"\nstart = 2026-03-10\nstrat = 1\nmeasures = [\"phq10\"]\n\n[[step]]\nstrategy = \"nope\"\ndue = 2026-03-01\n[[step.prompt]]\nid = \"Bad Id\"\nrole = \"mutual\"\ntext = 3\n";
    let found = problems(src);
    assert!(found.len() >= 6, "{found:#?}");
    for p in &found {
        assert!(p.starts_with("tarea.toml:"), "{p}");
        let english = english_in(p);
        assert!(english.is_empty(), "{english:?} in {p:?}");
    }
    let all = found.join("\n");
    for said in [
        "tarea.toml:3:1: el campo `strat` no existe; ¿querías decir `start`?",
        "no hay ningún cuestionario \"phq10\"",
        "la estrategia \"nope\" no está en el paquete de contenido",
        "la fecha de entrega 2026-03-01 es anterior a la de inicio, 2026-03-10",
        "el rol \"mutual\" ahora se llama \"both\"",
        "el texto de la pregunta tiene que ser un texto entre comillas, no un número entero",
    ] {
        assert!(all.contains(said), "{said:?} not in:\n{all}");
    }
}

#[test]
fn a_homework_file_that_is_not_toml_is_said_in_spanish_with_its_line() {
    let src =
        "assigned_by = \"Dra. Ruiz\"\nstart = 2026-03-10\n[[step]\nstrategy = \"transparency\"\n";
    let found = problems(src);
    assert!(!found.is_empty());
    let first = &found[0];
    assert!(first.starts_with("tarea.toml:3:"), "{first}");
    assert!(
        first.contains("esta línea no se puede leer como TOML: [[step]"),
        "{first}"
    );
    assert!(first.contains("(este archivo es TOML;"), "{first}");
    assert!(english_in(first).is_empty(), "{first}");
}

/// In English, the same file says what it always said.
#[test]
fn in_english_a_homework_files_problems_are_unchanged() {
    let src = "assigned_by = \"Dr. Lee\"\nstart = 2026-03-10\nstrat = 1\n\n[[step]]\nstrategy = \"nope\"\n";
    let found = in_language(Lang::EN, || {
        let content = Content::bundled().unwrap();
        crate::homework::parse(Path::new("t.toml"), src, &content)
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    });
    assert!(
        found.contains(&"t.toml:3:1: unknown field `strat`; did you mean `start`?".to_string()),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with(
            "t.toml:6:12: strategy \"nope\" is not in the content pack; use one of: open-communication, "
        )),
        "{found:#?}"
    );
}

/// The keys a template sets, in order (`assigned_by`, `[[step]]`…).
fn keys(template: &str) -> Vec<String> {
    template
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            if l.starts_with("[[") {
                Some(l.trim().to_string())
            } else {
                l.split_once(" = ").map(|(k, _)| k.trim().to_string())
            }
        })
        .collect()
}

/// `homework template` in Spanish: its comments and examples in Spanish,
/// the same keys as in English, and a file that checks cleanly.
#[test]
fn the_homework_template_in_spanish() {
    let es = in_language(Lang::ES, crate::homework::template);
    assert_ne!(es, crate::homework::TEMPLATE);
    assert_eq!(keys(es), keys(crate::homework::TEMPLATE));
    assert!(es.starts_with("# Una tarea de trustmend."), "{es}");
    let comments: String = es
        .lines()
        .filter(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let english = english_in(&comments);
    assert!(english.is_empty(), "{english:?}");
    let plan = in_language(Lang::ES, || {
        let content = Content::bundled_in("es").unwrap();
        crate::homework::parse(Path::new("plantilla.toml"), es, &content)
    });
    let plan = plan.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(plan.to.as_deref(), Some("Lucía"));
    // In English, the English template, as it was.
    assert_eq!(
        in_language(Lang::EN, crate::homework::template),
        crate::homework::TEMPLATE
    );
}
