//! The reports in Spanish: with the language set to Spanish (and the
//! Spanish pack), `status`, the three exports and `export --select`'s list
//! say none of the program's own English words, and say the Spanish ones.
//! English is unchanged: the snapshots in `tests.rs` and `html/tests.rs`.

use serde_json::Value;

use super::fixture::{Fixture, fixture_in, now, scopes, today};
use super::{html, json, markdown, select, status};
use crate::i18n::{Lang, in_language};
use crate::model::{Body, EntryKind};

/// Words and phrases a report would say if a sentence of the program's own
/// were left in English (matched as whole words, in any case). The pack's
/// citations stay in English (they are titles of papers), so short words
/// such as "of", "the" or "with" are not listed.
const ENGLISH: &[&str] = &[
    "trustmend journal",
    "Exported",
    "export holds",
    "This holds",
    "Showing",
    "entries written",
    "only",
    "Homework",
    "Starting",
    "due",
    "due today",
    "no due date",
    "a prompt from",
    "answered",
    "not answered yet",
    "done",
    "late",
    "overdue",
    "not done yet",
    "Prompts",
    "Questionnaires",
    "First",
    "Latest",
    "Change",
    "answers",
    "Every answer",
    "Scoring",
    "totals",
    "published range",
    "Stage",
    "started",
    "finished",
    "gone through",
    "Commitments",
    "Commitment",
    "kept",
    "partly",
    "reviewed",
    "in practice",
    "practising",
    "reading",
    "reflecting",
    "committing",
    "reviewing",
    "not started",
    "Reflections",
    "Journal entry",
    "Reply",
    "Entry",
    "entries",
    "Written",
    "edited",
    "by",
    "private",
    "shared",
    "together",
    "protected",
    "locked",
    "no text",
    "content pack",
    "Other",
    "Not started yet",
    "over time",
    "Check-ins",
    "check-in",
    "Last check-in",
    "skipped",
    "When",
    "Mood",
    "Trust",
    "Sleep",
    "Appetite",
    "Stress",
    "Feelings",
    "Body signs",
    "Note",
    "Strategy",
    "Progress",
    "Band",
    "solid",
    "dashed",
    "dotted",
    "bar",
    "still going",
    "from",
    "to",
    "since",
    "until",
    "was hurt",
    "repairing the trust",
    "hurt on both sides",
    "former partner",
    "not rated",
    "none yet",
    "Monday",
    "Sunday",
];

/// The words of `ENGLISH` found in `text` as whole words.
fn english_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    // The month names are the reports' own (`report::MONTHS`).
    ENGLISH
        .iter()
        .chain(super::MONTHS.iter())
        .copied()
        .filter(|w| {
            let w = w.to_lowercase();
            lower.match_indices(&w).any(|(i, _)| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + w.len()..].chars().next();
                !is_word(before) && !is_word(after)
            })
        })
        .collect()
}

/// What a reader of the page meets: its text and the words said to a
/// screen reader (`aria-label`); not the markup, the styles or the classes.
fn page_words(page: &str) -> String {
    let page = match (page.find("<style>"), page.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &page[..a], &page[b..]),
        _ => page.to_string(),
    };
    let mut out = String::new();
    let mut rest = page.as_str();
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c);
        let tag = &rest[open..close];
        if let Some(at) = tag.find("aria-label=\"") {
            let said = &tag[at + 12..];
            out.push(' ');
            out.push_str(&said[..said.find('"').unwrap_or(said.len())]);
        }
        out.push(' ');
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// The JSON export's values that are words for a person: every string but
/// the ids and the fixed words other tools read (`kind`, `stage`, …).
fn json_words(v: &Value, key: &str, out: &mut Vec<String>) {
    const IDS: [&str; 13] = [
        "format",
        "kind",
        "stage",
        "state",
        "kept",
        "reach",
        "visibility",
        "role",
        "id",
        "strategy",
        "prompt",
        "suggestion",
        "feelings",
    ];
    match v {
        Value::Object(map) => map.iter().for_each(|(k, c)| json_words(c, k, out)),
        Value::Array(items) => items.iter().for_each(|c| json_words(c, key, out)),
        Value::String(s) if !IDS.contains(&key) && key != "body_signs" => out.push(s.clone()),
        _ => {}
    }
}

/// The Spanish fixture with every person's own words replaced by a token:
/// what is left is the program's and the pack's.
fn spanish_fixture() -> Fixture {
    let mut f = fixture_in("es");
    let ids: Vec<u64> = f.store.entries.iter().map(|e| e.id).collect();
    for id in ids {
        // Headings the person wrote (a free entry's title, Dr. Lee's prompt).
        let Some(e) = f.store.entries.iter().find(|e| e.id == id) else {
            continue;
        };
        let pack_prompt = match &e.kind {
            EntryKind::Reflection { strategy, prompt } => f
                .content
                .strategy(strategy)
                .is_some_and(|s| s.prompts.iter().any(|p| &p.id == prompt)),
            EntryKind::Review { .. } => true,
            _ => false,
        };
        let Some(e) = f.store.entry_mut(id) else {
            continue;
        };
        if let Body::Text(t) = &mut e.body {
            *t = "PALABRAS".to_string();
        }
        if !pack_prompt && !e.heading.is_empty() {
            e.heading = "TÍTULO".into();
        }
    }
    for p in &mut f.store.partners {
        for c in &mut p.commitments {
            c.text = "COMPROMISO".into();
        }
    }
    for c in f.store.checkins.iter_mut() {
        c.note = c.note.as_ref().map(|_| "NOTA".to_string());
    }
    for a in &mut f.store.assignments {
        a.assigned_by = "Dra. Lee".into();
        a.note = "NOTA".into();
        for step in &mut a.steps {
            for p in &mut step.prompts {
                p.text = "PREGUNTA".into();
            }
        }
    }
    f
}

#[test]
fn status_and_every_export_in_spanish_say_no_english_word_of_the_programs_own() {
    in_language(Lang::ES, || {
        let f = spanish_fixture();
        let ids: Vec<u64> = super::visible_entries(&f.scope(f.alex))
            .iter()
            .map(|e| e.id)
            .collect();
        let selected: Vec<u64> = ids.iter().copied().step_by(2).collect();
        for scope in scopes(&f, &selected) {
            let who = f.store.partner(scope.partner).unwrap().name.clone();
            let md = markdown::render(&scope, now());
            assert_eq!(english_in(&md), [""; 0], "Markdown for {who}:\n{md}");
            let page = html::render(&scope, now());
            assert_eq!(
                english_in(&page_words(&page)),
                [""; 0],
                "HTML for {who}:\n{page}"
            );
            let js: Value = serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
            let mut words = Vec::new();
            json_words(&js, "", &mut words);
            let words = words.join("\n");
            assert_eq!(english_in(&words), [""; 0], "JSON for {who}:\n{words}");
            let summary = status::render(&scope, today());
            assert_eq!(
                english_in(&summary),
                [""; 0],
                "status for {who}:\n{summary}"
            );
        }
    });
}

#[test]
fn the_spanish_exports_say_it_in_spanish_with_spanish_dates() {
    in_language(Lang::ES, || {
        let f = spanish_fixture();
        let scope = f.scope(f.alex);
        let md = markdown::render(&scope, now());
        for said in [
            "# Diario de trustmend — Alex",
            "Alex (le hicieron daño). Exportado el 8 de marzo de 2026, 10:00.",
            "## Tareas de Dra. Lee",
            "*Desde el 1 de marzo de 2026*",
            "para el 3 de marzo de 2026 · hecha el 4 de marzo de 2026, después de la fecha",
            "pendiente (era para el 7 de marzo de 2026)",
            "sin responder todavía",
            "## Cuestionarios",
            "- La primera vez: 12 de 27 (moderada), 1 de marzo de 2026, 09:00",
            "- Cambio: +0, en 1 respuesta",
            "*Etapa: hecha · empezada el 1 de marzo de 2026 · terminada el 4 de marzo de 2026*",
            "**Compromisos**",
            "cumplido (revisado el 4 de marzo de 2026)",
            "*Escrita el 1 de marzo de 2026, 09:00 · privada*",
            "*(entrada protegida, cerrada con llave)*",
            "## Otras entradas",
            "## Cómo has estado",
            "| Cuándo | Ánimo (1–5) | Confianza (0–10) |",
        ] {
            assert!(md.contains(said), "{said:?} not in:\n{md}");
        }
        let page = html::render(&scope, now());
        for said in [
            "<html lang=\"es\">",
            "<title>Diario de trustmend — Alex</title>",
            "La confianza a lo largo del tiempo",
            "Barra llena: terminada",
            "<th>Estrategia</th><th>Para cuándo</th><th>Cómo va</th>",
            "Todavía sin empezar: ",
        ] {
            assert!(page.contains(said), "{said:?} not in:\n{page}");
        }
        let summary = status::render(&scope, today());
        assert!(
            summary.contains("Último registro: 2026-03-08 · ánimo 4/5 · confianza 7/10"),
            "{summary}"
        );
        assert!(
            summary.contains("Confianza, últimos 14 registros: "),
            "{summary}"
        );
        // Someone who has left the workbook, as an author.
        assert_eq!(scope.name_of(999), "alguien que ya dejó el cuaderno");
    });
}

#[test]
fn the_select_list_and_its_mistakes_are_in_spanish() {
    in_language(Lang::ES, || {
        let f = spanish_fixture();
        let entries = super::visible_entries(&f.scope(f.alex));
        let lines = select::list(&entries);
        assert!(
            lines[0].starts_with("1. 1 de marzo de 2026 · PALABRAS"),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.ends_with("· (entrada protegida, cerrada con llave)")),
            "{lines:?}"
        );
        for choice in ["", "x", "9", "5-3"] {
            let said = select::parse(choice, 8).unwrap_err().to_string();
            assert_eq!(english_in(&said), [""; 0], "{said}");
        }
        let said = select::parse("9", 8).unwrap_err().to_string();
        assert_eq!(
            said,
            "\"9\" no está en la lista; las entradas van del 1 al 8"
        );
    });
}

#[test]
fn the_english_words_are_found_when_they_are_there() {
    // The check is not blind: the English fixture's reports are full of them.
    let f = super::fixture::fixture();
    let scope = f.scope(f.alex);
    let md = markdown::render(&scope, now());
    let found = english_in(&md);
    for w in ["Exported", "Stage", "March", "Check-ins", "Written"] {
        assert!(found.contains(&w), "{w}: {found:?}");
    }
    assert!(english_in(&page_words(&html::render(&scope, now()))).contains(&"over time"));
    assert!(english_in(&status::render(&scope, today())).contains(&"Last check-in"));
    assert_eq!(english_in("Nota: confianza"), [""; 0]);
}

#[test]
fn a_report_says_a_day_as_walk_does_in_each_language() {
    // One rule for a day's words (`i18n::long_date`); English keeps its
    // quicker spelling of the same thing.
    let mut day: chrono::NaiveDate = "2025-12-25".parse().unwrap();
    for _ in 0..400 {
        for lang in [Lang::EN, Lang::ES] {
            in_language(lang, || {
                assert_eq!(super::human_date(day), crate::i18n::long_date(day));
            });
        }
        day += chrono::Duration::days(1);
    }
    in_language(Lang::ES, || {
        let at = chrono::DateTime::parse_from_rfc3339("2026-01-05T07:04:00+01:00").unwrap();
        assert_eq!(super::human_time(at), "5 de enero de 2026, 07:04");
    });
}

#[test]
fn a_missing_profile_is_said_in_spanish_too() {
    in_language(Lang::ES, || {
        let f = spanish_fixture();
        let scope = f.scope(99);
        for text in [
            status::render(&scope, today()),
            markdown::render(&scope, now()),
            page_words(&html::render(&scope, now())),
            json::render(&scope, now()).unwrap_err().to_string(),
        ] {
            assert_eq!(english_in(&text), [""; 0], "{text}");
            assert!(text.contains("ningún perfil"), "{text}");
        }
        assert!(html::render(&scope, now()).contains("<html lang=\"es\">"));
    });
}
