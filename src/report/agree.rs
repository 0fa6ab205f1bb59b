//! The three exports agree: every value of the JSON export, walked field by
//! field over the rich fixture, can be read in the Markdown and in the HTML
//! too. A field added to the report model is in the JSON at once, so this
//! fails until the other two show it (or it is listed below with the reason
//! it has no words of its own).

use serde_json::Value;

use super::fixture::{fixture, now, scopes};
use super::{html, human_date, human_time, json, markdown};
use crate::model::Timestamp;

/// Fields that are references for other tools, not words for a reader; what
/// they point at is shown instead.
const REFERENCES: [(&str, &str); 9] = [
    ("format", "the file's own stamp"),
    ("version", "the file's own stamp"),
    (
        "id",
        "an entry's or commitment's number; its words are shown",
    ),
    (
        "entry",
        "the entry holding an answer; the answer is under its strategy",
    ),
    (
        "commitment",
        "the commitment a review is about; the review's question is its heading",
    ),
    (
        "prompt",
        "a prompt's id; the prompt's words are the entry's heading",
    ),
    (
        "suggestion",
        "a suggestion's id; its words are the commitment's text",
    ),
    (
        "kind",
        "shown by the heading: the prompt, the review question, or the person's title",
    ),
    (
        "selected",
        "entry numbers; the report says how many entries were chosen",
    ),
];

/// Keys whose times read as a day and a time ("1 March 2026, 09:00"); other
/// times read as a day.
const TIMES: [&str; 5] = ["exported", "created", "updated", "at", "answered"];

struct Leaf<'v> {
    path: String,
    key: String,
    value: &'v Value,
    /// The object the value sits in.
    parent: Option<&'v serde_json::Map<String, Value>>,
}

fn leaves<'v>(
    v: &'v Value,
    path: String,
    key: &str,
    parent: Option<&'v serde_json::Map<String, Value>>,
    out: &mut Vec<Leaf<'v>>,
) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                leaves(child, format!("{path}.{k}"), k, Some(map), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, format!("{path}[{i}]"), key, parent, out);
            }
        }
        _ => out.push(Leaf {
            path,
            key: key.to_string(),
            value: v,
            parent,
        }),
    }
}

/// The ways a value may be written in a document (any one will do),
/// lower-cased; `None` when the field needs no words.
fn readings(leaf: &Leaf<'_>, escape: fn(&str) -> String) -> Option<Vec<String>> {
    let key = leaf.key.as_str();
    if REFERENCES.iter().any(|(k, _)| *k == key) {
        return None;
    }
    let found = match leaf.value {
        Value::Null => return None,
        Value::Bool(b) => match (key, b) {
            ("locked", true) => vec![super::locked()],
            ("late", true) => vec!["late".into()],
            ("shared_only", true) => vec!["only entries shared".into()],
            ("own", false) => {
                let author = leaf
                    .parent
                    .and_then(|p| p["author"].as_str())
                    .unwrap_or("?");
                vec![escape(&format!("by {author}"))]
            }
            ("locked" | "late" | "shared_only" | "own", _) => return None,
            _ => panic!("{}: no rule for how a yes/no field reads", leaf.path),
        },
        Value::Number(n) => vec![n.to_string()],
        Value::String(s) if s.trim().is_empty() => return None,
        Value::String(s) => {
            if let Ok(at) = chrono::DateTime::parse_from_rfc3339(s) {
                let at: Timestamp = at;
                if TIMES.contains(&key) {
                    vec![human_time(at)]
                } else {
                    vec![human_date(at.date_naive())]
                }
            } else if let Ok(day) = s.parse::<chrono::NaiveDate>() {
                vec![human_date(day)]
            } else {
                // Whole, on one line (a heading, a name), or line by line
                // (a body); an id (`not_kept`, `open-communication`) reads
                // as words ("not kept", "Open communication").
                let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
                let mut ways = vec![escape(&one), s.replace(['_', '-'], " ")];
                let lines: Vec<String> = s
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(escape)
                    .collect();
                ways.push(lines.join("\n"));
                return Some(ways.into_iter().map(|w| w.to_lowercase()).collect());
            }
        }
        Value::Array(_) | Value::Object(_) => unreachable!("leaves are scalars"),
    };
    Some(found.into_iter().map(|w| w.to_lowercase()).collect())
}

fn missing(doc: &str, leaves: &[Leaf<'_>], escape: fn(&str) -> String) -> Vec<String> {
    let doc = doc.to_lowercase();
    leaves
        .iter()
        .filter_map(|leaf| {
            let ways = readings(leaf, escape)?;
            let lines_found = |w: &str| w.contains('\n') && w.lines().all(|l| doc.contains(l));
            (!ways
                .iter()
                .any(|w| doc.contains(w.as_str()) || lines_found(w)))
            .then(|| format!("{} = {} (looked for {ways:?})", leaf.path, leaf.value))
        })
        .collect()
}

fn md_escape(s: &str) -> String {
    markdown::escape_line(s)
}

#[test]
fn every_value_of_the_json_export_is_in_the_markdown_and_the_html() {
    let f = fixture();
    let ids: Vec<u64> = super::visible_entries(&f.scope(f.alex))
        .iter()
        .map(|e| e.id)
        .collect();
    let selected: &'static [u64] = Vec::leak(ids.iter().copied().step_by(2).collect());
    let mut keys_with_values = std::collections::BTreeSet::new();
    for scope in scopes(&f, selected) {
        let js: Value = serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
        let mut all = Vec::new();
        leaves(&js, String::new(), "", None, &mut all);
        keys_given(&js, &mut keys_with_values);
        let md = markdown::render(&scope, now());
        let page = html::render(&scope, now());
        assert_eq!(
            missing(&md, &all, md_escape),
            Vec::<String>::new(),
            "Markdown"
        );
        assert_eq!(
            missing(&page, &all, html::escape),
            Vec::<String>::new(),
            "HTML"
        );
    }
    // The fixture is rich enough: every field of the schema had a value.
    let schema: Value =
        serde_json::from_str(include_str!("../../docs/export-schema.json")).unwrap();
    let mut names = std::collections::BTreeSet::new();
    schema_keys(&schema, &mut names);
    let unseen: Vec<&String> = names.difference(&keys_with_values).collect();
    assert!(
        unseen.is_empty(),
        "no value in any fixture export: {unseen:?}"
    );
}

/// Every key with a value (not `null`, not an empty list) anywhere in `v`.
fn keys_given(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let empty =
                    child.is_null() || child.as_array().is_some_and(std::vec::Vec::is_empty);
                if !empty {
                    out.insert(k.clone());
                }
                keys_given(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|c| keys_given(c, out)),
        _ => {}
    }
}

fn schema_keys(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            map.values().for_each(|c| schema_keys(c, out));
        }
        Value::Array(items) => items.iter().for_each(|c| schema_keys(c, out)),
        _ => {}
    }
}

#[test]
fn the_check_is_not_blind_a_value_left_out_is_found() {
    let f = fixture();
    let scope = f.scope(f.alex);
    let js: Value = serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
    let mut all = Vec::new();
    leaves(&js, String::new(), "", None, &mut all);
    let md = markdown::render(&scope, now());
    // Take the body signs out of the Markdown: the check names them.
    let without = md.replace("Headaches", "");
    let gone = missing(&without, &all, md_escape);
    assert!(
        !gone.is_empty() && gone.iter().all(|g| g.contains("body_signs")),
        "{gone:?}"
    );
    let without = md.replace(super::fixture::LEE_OPEN, "");
    assert!(
        missing(&without, &all, md_escape)
            .iter()
            .any(|g| g.contains("prompts")),
        "a therapist's unanswered prompt left out went unnoticed"
    );
}
