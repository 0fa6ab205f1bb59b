//! `status` and `export` in all three formats, run as a Spanish-speaking
//! person runs them (`LANG=es_ES.UTF-8`): every heading, label and date in
//! Spanish, the page marked `lang="es"`, the JSON's keys and ids the same
//! as in English; and in English, as before.

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

use common::{stderr, stdout};
use serde_json::Value;

/// The program's own English words that each report would show if it were
/// still English (none of them is in the people's words of the fixture).
const ENGLISH: [&str; 18] = [
    "trustmend journal",
    "Exported",
    "Stage:",
    "Homework from",
    "Written ",
    "Check-ins",
    "lang=\"en\"",
    " March ",
    "skipped",
    "Last check-in",
    "Questionnaires",
    "not answered yet",
    "Other entries",
    "(protected entry, locked)",
    "Trust over time",
    "Commitments",
    "done 4",
    "Showing",
];

/// The v3 fixture (two people, homework, check-ins with numbers skipped, a
/// protected entry), both past the safety check, Alex with a questionnaire.
fn workbook() -> tempfile::TempDir {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v3.json");
    let mut store: Value = serde_json::from_slice(&std::fs::read(fixture).unwrap()).unwrap();
    for p in store["partners"].as_array_mut().unwrap() {
        p["safety_check"] = "clear".into();
    }
    store["partners"][0]["measures"] = serde_json::json!([
        {"measure": "phq9", "at": "2026-03-01T09:00:00+01:00", "answers": [], "total": 12}
    ]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("store.json"),
        serde_json::to_vec_pretty(&store).unwrap(),
    )
    .unwrap();
    dir
}

/// `trustmend ARGS` for Alex with the locale `lang`, exported on 8 March
/// 2026 at 09:00 (UTC).
fn run(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut cmd = common::command();
    cmd.args(["--profile", "Alex"])
        .args(args)
        .env("TRUSTMEND_DATA_DIR", dir)
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"))
        .env("SOURCE_DATE_EPOCH", "1772960400")
        .env("LANG", lang);
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn english_in(text: &str) -> Vec<&'static str> {
    ENGLISH
        .iter()
        .copied()
        .filter(|w| text.contains(w))
        .collect()
}

/// Every key of a JSON document, with where it is.
fn keys(v: &Value, at: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                out.insert(format!("{at}.{k}"));
                keys(child, &format!("{at}.{k}"), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|c| keys(c, &format!("{at}[]"), out)),
        _ => {}
    }
}

#[test]
fn status_and_the_three_exports_speak_spanish_with_a_spanish_locale() {
    let dir = workbook();
    let d = dir.path();
    let es = "es_ES.UTF-8";

    let md = stdout(&run(d, es, &["export", "--format", "markdown"]));
    assert_eq!(english_in(&md), [""; 0], "{md}");
    for said in [
        "# Diario de trustmend — Alex",
        "Exportado el 8 de marzo de 2026, 09:00.",
        "## Tareas de",
        "*Etapa: hecha · empezada el 1 de marzo de 2026 · terminada el 4 de marzo de 2026*",
        "## Cuestionarios",
        "*Escrita el 1 de marzo de 2026, 09:00 · privada*",
        "(entrada protegida, cerrada con llave)",
        "## Cómo has estado",
        "sin responder",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }

    let page = stdout(&run(d, es, &["export", "--format", "html"]));
    assert_eq!(english_in(&page), [""; 0], "{page}");
    for said in [
        "<html lang=\"es\">",
        "<h2>A lo largo del tiempo</h2>",
        "La confianza a lo largo del tiempo",
        "Entradas del 1 de marzo de 2026 al",
    ] {
        assert!(page.contains(said), "{said:?} not in:\n{page}");
    }

    let filtered = stdout(&run(
        d,
        es,
        &["export", "--format", "markdown", "--since", "2026-03-02"],
    ));
    assert_eq!(english_in(&filtered), [""; 0], "{filtered}");
    assert!(
        filtered.contains("*Lo que incluye: las entradas escritas desde el 2 de marzo de 2026.*"),
        "{filtered}"
    );

    let summary = stdout(&run(d, es, &["status"]));
    assert_eq!(english_in(&summary), [""; 0], "{summary}");
    assert!(summary.contains("Último registro: "), "{summary}");
    assert!(summary.contains("Confianza, últimos "), "{summary}");

    // JSON: the same keys and the same ids as in English; the pack's words
    // (titles, bands) in Spanish.
    let js_es: Value =
        serde_json::from_str(&stdout(&run(d, es, &["export", "--format", "json"]))).unwrap();
    let js_en: Value = serde_json::from_str(&stdout(&run(
        d,
        "en_US.UTF-8",
        &["export", "--format", "json"],
    )))
    .unwrap();
    let (mut k_es, mut k_en) = (BTreeSet::new(), BTreeSet::new());
    keys(&js_es, "", &mut k_es);
    keys(&js_en, "", &mut k_en);
    assert_eq!(k_es, k_en);
    for (i, s) in js_en["strategies"].as_array().unwrap().iter().enumerate() {
        let es_s = &js_es["strategies"][i];
        assert_eq!(es_s["id"], s["id"]);
        assert_eq!(es_s["stage"], s["stage"]);
    }
    assert_eq!(js_es["strategies"][0]["title"], "Comunicación abierta");
    assert_eq!(js_es["measures"][0]["latest"]["band"], "moderada");
    assert_eq!(js_en["measures"][0]["latest"]["band"], "moderate");
}

#[test]
fn with_an_english_locale_the_exports_are_english_as_before() {
    let dir = workbook();
    let d = dir.path();
    let md = stdout(&run(d, "en_US.UTF-8", &["export", "--format", "markdown"]));
    for said in [
        "# trustmend journal — Alex",
        "Exported 8 March 2026, 09:00.",
        "*Stage: done · started 1 March 2026 · finished 4 March 2026*",
        "*(protected entry, locked)*",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }
    let page = stdout(&run(d, "C", &["export", "--format", "html"]));
    assert!(page.contains("<html lang=\"en\">"), "{page}");
    let summary = stdout(&run(d, "en_GB.UTF-8", &["status"]));
    assert!(summary.contains("Last check-in: "), "{summary}");
}
