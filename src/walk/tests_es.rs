//! `walk` in Spanish, page by page: every page a few choices from home, for
//! one person and for two, says and offers no English word of the
//! program's own (the person's own words and names aside).

use std::collections::BTreeSet;

use super::*;
use crate::content::Content;
use crate::i18n::{Lang, in_language};
use crate::model::{Role, Store};
use crate::testing::t0;
use crate::workbook::Session;

/// Words Spanish never uses: a sentence of ours left in English.
const ENGLISH: &[&str] = &[
    "the",
    "you",
    "your",
    "and",
    "with",
    "what",
    "this",
    "that",
    "of",
    "is",
    "are",
    "to",
    "it",
    "who",
    "not",
    "from",
    "for",
    "when",
    "time",
    "move",
    "on",
    "ticked",
    "back",
    "home",
    "only",
    "see",
    "list",
    "number",
    "line",
    "private",
    "entry",
    "entries",
    "question",
    "answer",
    "answers",
    "save",
    "quit",
    "nobody",
    "added",
    "drafts",
    "were",
    "saved",
    "help",
    "safety",
    "over",
    "during",
    "last",
    "two",
    "weeks",
    "been",
    "bothered",
    "by",
    "problems",
    "feeling",
    "nervous",
    "anxious",
    "worrying",
    "trouble",
    "relaxing",
    "how",
    "happy",
    "all",
    "things",
    "considered",
    "relationship",
];

/// The help lines' own names ("Men's Advice Line"): a service is called
/// by its name, in whatever language it has.
fn line_names() -> Vec<String> {
    let content = Content::bundled_in("es").unwrap();
    let help = &content.help;
    help.places
        .iter()
        .flat_map(|p| &p.lines)
        .chain(&help.everywhere)
        .map(|l| l.name.clone())
        .collect()
}

fn english_in(p: &Page) -> BTreeSet<String> {
    let mut all = format!("{}\n{}", p.text, choice_lines(p));
    for name in line_names() {
        all = all.replace(&name, "");
    }
    let mut found = BTreeSet::new();
    for line in all.lines() {
        let words: Vec<&str> = line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
            .collect();
        if !words.is_empty() {
            found.insert(format!("{words:?} in {:?}", line.trim()));
        }
    }
    found
}

fn spanish_workbook(names: &[(&str, Role)]) -> Workbook {
    let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
    let mut store = Store::default();
    for (name, role) in names {
        let id = store.add_partner(name, *role, t0());
        store.past_foundations();
        if names.len() > 1
            && let Some(p) = store.partner_mut(id)
        {
            p.seen_safety_note = true;
            p.safety_check = Some(crate::model::SafetyOutcome::Clear);
        }
    }
    let first = names.first().map(|(n, _)| *n);
    Workbook::new(content, store, Session::default(), first)
}

/// Every page reachable in `depth` choices from `start` (quitting and the
/// paced guide aside), with how it was reached.
fn crawl(start: Workbook, depth: usize) -> Vec<(String, Page)> {
    let mut out = vec![("home".to_string(), page(&start))];
    let mut frontier = vec![("home".to_string(), start)];
    for _ in 0..depth {
        let mut next = Vec::new();
        for (path, wb) in &frontier {
            let p = page(wb);
            if p.writing.is_some() {
                continue;
            }
            for c in &p.choices {
                if c.key == "q" || c.breathe {
                    continue;
                }
                let mut after = wb.clone();
                for a in &c.actions {
                    after.update(Msg::Action(*a), t0());
                }
                let path = format!("{path} › {}", c.key);
                out.push((path.clone(), page(&after)));
                next.push((path, after));
            }
        }
        frontier = next;
    }
    out
}

/// Each English line found, once, with the first way it was reached.
fn english_left(start: Workbook, depth: usize) -> Vec<String> {
    let mut found = std::collections::BTreeMap::new();
    for (path, p) in crawl(start, depth) {
        for f in english_in(&p) {
            found.entry(f).or_insert(path.clone());
        }
    }
    found
        .into_iter()
        .map(|(f, path)| format!("{f}  (after {path})"))
        .collect()
}

#[test]
fn walk_in_spanish_for_one_person_says_no_english_word() {
    in_language(Lang::ES, || {
        let found = english_left(spanish_workbook(&[("Lucía", Role::Hurt)]), 3);
        assert!(
            found.is_empty(),
            "{} found:\n{}",
            found.len(),
            found.join("\n")
        );
    });
}

#[test]
fn walk_in_spanish_for_two_says_no_english_word() {
    in_language(Lang::ES, || {
        let found = english_left(
            spanish_workbook(&[("Lucía", Role::Hurt), ("Mateo", Role::Repairing)]),
            3,
        );
        assert!(
            found.is_empty(),
            "{} found:\n{}",
            found.len(),
            found.join("\n")
        );
    });
}

/// The check itself sees an English line, and passes a Spanish one.
#[test]
fn the_walk_check_sees_english() {
    let p = Page {
        text: "When is it time to move on?\n¿Cuándo es momento de seguir adelante?".into(),
        choices: vec![choice("b", "volver al inicio", vec![])],
        writing: None,
    };
    let found = english_in(&p);
    assert_eq!(found.len(), 1, "{found:?}");
}
