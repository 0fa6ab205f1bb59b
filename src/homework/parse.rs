//! The assignment file as written, with the place of every value, and its
//! checks. Follows `content/raw.rs`: collect every problem, not the first.
//!
//! The file is read as a TOML document that keeps each value's place
//! (recovering from syntax errors where it can), and then walked by hand:
//! a derived `Deserialize` stops at the first unknown key, missing key or
//! wrong type, and a therapist would fix one mistake per run.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Plan;
use crate::content::checker::Checker;
use crate::content::{Content, ContentError};
use crate::model::{AssignedMeasures, AssignedPrompt, AssignedStep};

type Value<'i> = Spanned<DeValue<'i>>;

/// One table of the file: its keys checked against the ones it may have.
struct Table<'t, 'i> {
    table: &'t DeTable<'i>,
    /// Keys already suggested for a misspelt one: their absence is that one mistake.
    suggested: Vec<&'static str>,
    /// Where a missing key is reported: the table's header (or the file's start).
    at: Range<usize>,
}

impl<'t, 'i> Table<'t, 'i> {
    /// Reports every key not in `known` (with the likely one, if misspelt).
    fn new(
        c: &mut Checker,
        table: &'t DeTable<'i>,
        at: Range<usize>,
        what: &str,
        known: &[&'static str],
    ) -> Self {
        let mut suggested = Vec::new();
        for (key, _) in table {
            let name: &str = key.get_ref();
            if known.contains(&name) {
                continue;
            }
            let hint = match known.iter().find(|k| close(k, name)) {
                Some(k) => {
                    suggested.push(*k);
                    crate::t!("homework-did-you-mean", key = k.to_string())
                }
                None => crate::t!("homework-may-have", what = said(what), keys = list(known)),
            };
            c.problem(
                Some(key.span()),
                crate::t!("homework-unknown-field", name = name, hint = hint),
            );
        }
        Table {
            table,
            suggested,
            at,
        }
    }

    fn get(&self, key: &str) -> Option<&'t Value<'i>> {
        self.table
            .iter()
            .find(|(k, _)| AsRef::<str>::as_ref(k.get_ref()) == key)
            .map(|(_, v)| v)
    }

    /// A key that must be there.
    fn required(&self, c: &mut Checker, key: &str, example: &str) -> Option<&'t Value<'i>> {
        let value = self.get(key);
        if value.is_none() && !self.suggested.contains(&key) {
            c.problem(
                Some(self.at.clone()),
                crate::t!("homework-missing-field", key = key, example = example),
            );
        }
        value
    }
}

/// Text in quotes, trimmed; `None` (with a problem) for any other type.
fn text(c: &mut Checker, value: &Value<'_>, what: &str) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => {
            // Trimmed of the blank lines TOML's `"""` leaves.
            let text = s.trim().to_string();
            if text.is_empty() {
                c.problem(
                    Some(value.span()),
                    crate::t!("homework-empty", what = said(what)),
                );
            }
            Some(text)
        }
        other => {
            not_text(c, value, what, other);
            None
        }
    }
}

/// A date written as a TOML date (`2026-03-01`) or a quoted one.
fn date(c: &mut Checker, value: &Value<'_>, what: &str) -> Option<NaiveDate> {
    let parsed = match value.get_ref() {
        DeValue::Datetime(d) => match (d.date, d.time) {
            (Some(date), None) => {
                NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
            }
            _ => None,
        },
        DeValue::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
        _ => None,
    };
    if parsed.is_none() {
        c.problem(
            Some(value.span()),
            crate::t!("homework-not-a-date", what = said(what)),
        );
    }
    parsed
}

/// The tables of an array of tables (`[[step]]`), each with its place.
fn tables<'t, 'i>(
    c: &mut Checker,
    value: &'t Value<'i>,
    what: &str,
) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
    let DeValue::Array(items) = value.get_ref() else {
        c.problem(
            Some(value.span()),
            crate::t!("homework-not-tables", what = what),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            if let DeValue::Table(t) = item.get_ref() {
                Some((t, item.span()))
            } else {
                c.problem(
                    Some(item.span()),
                    crate::t!("homework-not-a-table", what = what),
                );
                None
            }
        })
        .collect()
}

fn list(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    either(&quoted)
}

/// "a, b or c", in the language in use.
pub(super) fn either(words: &[String]) -> String {
    match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => crate::t!("keys-or", first = rest.join(", "), second = last.as_str()),
        None => String::new(),
    }
}

/// What a problem is about, in the language in use: a key of the file is
/// named as it is written (`start`), the rest in words ("prompt text").
fn said(what: &str) -> String {
    let kind = match what {
        "the file" => "the-file",
        "a [[step]]" => "step",
        "a [[step.prompt]]" => "step-prompt",
        "prompt id" => "prompt-id",
        "prompt text" => "prompt-text",
        "a measure" => "a-measure",
        _ => "key",
    };
    crate::t!("homework-what", what = kind, key = what)
}

/// "must be text in quotes, not an integer", for `value`.
fn not_text(c: &mut Checker, value: &Value<'_>, what: &str, other: &DeValue<'_>) {
    c.problem(
        Some(value.span()),
        crate::t!(
            "homework-not-text",
            what = said(what),
            kind = other.type_str()
        ),
    );
}

/// Whether `typed` is `known` with one or two letters wrong, missing or extra.
fn close(known: &str, typed: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (known.chars().collect(), typed.chars().collect());
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()] <= 2
}

pub(super) fn plan(path: &Path, src: &str, content: &Content) -> Result<Plan, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let (doc, syntax) = DeTable::parse_recoverable(src);
    for e in &syntax {
        let line = crate::text::line_at(src, e.span());
        let problem = crate::i18n::toml_words::said(e.message(), line);
        c.problem(
            e.span(),
            crate::t!("toml-homework-layout", problem = problem),
        );
    }
    let file = Table::new(
        &mut c,
        doc.get_ref(),
        0..0,
        "the file",
        &[
            "assigned_by",
            "to",
            "start",
            "note",
            "measures",
            "measures_every_days",
            "step",
        ],
    );
    let assigned_by = file
        .required(&mut c, "assigned_by", "assigned_by = \"Dr. Lee\"")
        .and_then(|v| text(&mut c, v, "assigned_by"));
    let to = file
        .get("to")
        .and_then(|v| text(&mut c, v, "to"))
        .filter(|t| !t.is_empty());
    let start = file
        .required(&mut c, "start", "start = 2026-03-01")
        .and_then(|v| date(&mut c, v, "start"));
    let note = file
        .get("note")
        .and_then(|v| text(&mut c, v, "note"))
        .unwrap_or_default();
    let measures = AssignedMeasures {
        ids: file
            .get("measures")
            .map(|v| measure_ids(&mut c, v))
            .unwrap_or_default(),
        every_days: file
            .get("measures_every_days")
            .and_then(|v| every_days(&mut c, v)),
    };
    if measures.ids.is_empty()
        && let Some(v) = file.get("measures_every_days")
    {
        c.problem(Some(v.span()), crate::t!("homework-every-days-alone"));
    }
    let raw_steps = file
        .get("step")
        .map(|v| tables(&mut c, v, "step"))
        .unwrap_or_default();
    // After a syntax error the rest of the file may not have been read.
    if raw_steps.is_empty() && file.get("step").is_none() && syntax.is_empty() {
        c.problem(None, crate::t!("homework-no-step"));
    }
    let pack_prompts: HashSet<&str> = content
        .strategies
        .iter()
        .flat_map(|s| s.prompts.iter().map(|p| p.id.as_str()))
        .collect();
    let mut strategies_seen = HashSet::new();
    let mut prompt_ids = HashSet::new();
    let mut steps = Vec::new();
    let mut last_due: Option<NaiveDate> = None;
    for (table, at) in raw_steps {
        let step = Table::new(
            &mut c,
            table,
            at,
            "a [[step]]",
            &["strategy", "due", "prompt"],
        );
        let strategy_value = step.required(&mut c, "strategy", "strategy = \"transparency\"");
        let strategy_span = strategy_value.map(Spanned::span);
        let strategy = strategy_value
            .and_then(|v| text(&mut c, v, "strategy"))
            .unwrap_or_default();
        if let Some(span) = strategy_span.filter(|_| !strategy.is_empty()) {
            if content.strategy(&strategy).is_none() {
                let valid: Vec<&str> = content.strategies.iter().map(|s| s.id.as_str()).collect();
                c.problem(
                    Some(span),
                    crate::t!(
                        "homework-unknown-strategy",
                        strategy = format!("{strategy:?}"),
                        valid = valid.join(", ")
                    ),
                );
            } else if !strategies_seen.insert(strategy.clone()) {
                c.problem(
                    Some(span),
                    crate::t!(
                        "homework-strategy-twice",
                        strategy = format!("{strategy:?}")
                    ),
                );
            }
        }
        let due = match step.get("due") {
            Some(v) => {
                let span = v.span();
                let due = date(&mut c, v, "due");
                if let (Some(d), Some(s)) = (due, start)
                    && d < s
                {
                    c.problem(
                        Some(span.clone()),
                        crate::t!(
                            "homework-due-before-start",
                            due = d.to_string(),
                            start = s.to_string()
                        ),
                    );
                }
                if let (Some(d), Some(prev)) = (due, last_due)
                    && d < prev
                {
                    c.problem(
                        Some(span),
                        crate::t!(
                            "homework-due-out-of-order",
                            due = d.to_string(),
                            prev = prev.to_string()
                        ),
                    );
                }
                last_due = due.or(last_due);
                due
            }
            None => None,
        };
        let raw_prompts = step
            .get("prompt")
            .map(|v| tables(&mut c, v, "step.prompt"))
            .unwrap_or_default();
        let mut prompts = Vec::new();
        for (table, at) in raw_prompts {
            let prompt = Table::new(
                &mut c,
                table,
                at,
                "a [[step.prompt]]",
                &["id", "role", "text"],
            );
            let id = prompt
                .required(&mut c, "id", "id = \"lee-week-1\"")
                .and_then(|v| Some((v.span(), text_raw(&mut c, v, "prompt id")?)));
            if let Some((id_span, id)) = &id {
                let well_formed = !id.is_empty()
                    && id
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
                if !well_formed {
                    c.problem(
                        Some(id_span.clone()),
                        crate::t!("homework-prompt-id-form", id = format!("{id:?}")),
                    );
                } else if pack_prompts.contains(id.as_str()) {
                    c.problem(
                        Some(id_span.clone()),
                        crate::t!("homework-prompt-id-in-pack", id = format!("{id:?}")),
                    );
                } else if !prompt_ids.insert(id.clone()) {
                    c.problem(
                        Some(id_span.clone()),
                        crate::t!("homework-prompt-id-twice", id = format!("{id:?}")),
                    );
                }
            }
            // Stored in the content pack's words (`Audience::label`), as
            // assignments imported before always were.
            let role = prompt
                .required(&mut c, "role", "role = \"everyone\"")
                .and_then(|v| Some((v.span(), text_raw(&mut c, v, "role")?)))
                .and_then(|(span, word)| match super::audience(&word) {
                    Ok(audience) => Some((span, audience.label().to_string())),
                    Err(why) => {
                        c.problem(Some(span), why);
                        None
                    }
                });
            let text = prompt
                .required(&mut c, "text", "text = \"What helped this week?\"")
                .and_then(|v| text(&mut c, v, "prompt text"));
            if let (Some((_, id)), Some((_, role)), Some(text)) = (id, role, text) {
                prompts.push(AssignedPrompt { id, role, text });
            }
        }
        steps.push(AssignedStep {
            strategy,
            due,
            prompts,
        });
    }
    // A value with a syntax error is reported once, as that.
    let syntax_at: Vec<_> = c.problems[..syntax.len()]
        .iter()
        .filter_map(|p| p.position)
        .collect();
    let mut at = 0;
    c.problems.retain(|p| {
        at += 1;
        at <= syntax.len() || p.position.is_none_or(|place| !syntax_at.contains(&place))
    });
    match (assigned_by, start, c.problems.is_empty()) {
        (Some(assigned_by), Some(start), true) => Ok(Plan {
            assigned_by,
            to,
            start,
            note,
            steps,
            measures,
        }),
        _ => Err(c.problems),
    }
}

/// Text in quotes, exactly as written (ids and roles are not trimmed).
fn text_raw(c: &mut Checker, value: &Value<'_>, what: &str) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        other => {
            not_text(c, value, what, other);
            None
        }
    }
}

/// `measures = ["phq9", "csi4"]`: each a known questionnaire, once.
fn measure_ids(c: &mut Checker, value: &Value<'_>) -> Vec<String> {
    let DeValue::Array(items) = value.get_ref() else {
        c.problem(
            Some(value.span()),
            crate::t!(
                "homework-measures-not-a-list",
                known = crate::measures::ids()
            ),
        );
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let Some(id) = text_raw(c, item, "a measure") else {
            continue;
        };
        if crate::measures::known(&id).is_none() {
            c.problem(
                Some(item.span()),
                crate::t!(
                    "homework-measure-unknown",
                    id = format!("{id:?}"),
                    known = crate::measures::ids()
                ),
            );
        } else if out.contains(&id) {
            c.problem(
                Some(item.span()),
                crate::t!("homework-measure-twice", id = format!("{id:?}")),
            );
        } else {
            out.push(id);
        }
    }
    out
}

/// `measures_every_days = 14`: a whole number of days, 1 to 365.
fn every_days(c: &mut Checker, value: &Value<'_>) -> Option<u32> {
    let days = match value.get_ref() {
        DeValue::Integer(n) if n.radix() == 10 => n.as_str().replace('_', "").parse::<u32>().ok(),
        _ => None,
    }
    .filter(|d| (1..=365).contains(d));
    if days.is_none() {
        c.problem(Some(value.span()), crate::t!("homework-every-days-range"));
    }
    days
}
