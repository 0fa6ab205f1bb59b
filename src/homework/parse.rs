//! The assignment file as written, with the place of every value, and its
//! checks. Follows `content/raw.rs`: collect every problem, not the first.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::Plan;
use crate::content::checker::Checker;
use crate::content::{Audience, Content, ContentError};
use crate::model::{AssignedPrompt, AssignedStep};

type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    assigned_by: Text,
    #[serde(default)]
    to: Option<Text>,
    start: Spanned<toml::Value>,
    #[serde(default)]
    note: Option<Text>,
    #[serde(default)]
    step: Vec<Spanned<StepRaw>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepRaw {
    strategy: Text,
    #[serde(default)]
    due: Option<Spanned<toml::Value>>,
    #[serde(default)]
    prompt: Vec<PromptRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PromptRaw {
    id: Text,
    role: Text,
    text: Text,
}

/// A date written as a TOML date (`2026-03-01`) or a quoted one.
fn date(c: &mut Checker, value: Spanned<toml::Value>, what: &str) -> Option<NaiveDate> {
    let span = value.span();
    let parsed = match value.into_inner() {
        toml::Value::Datetime(d) => match (d.date, d.time) {
            (Some(date), None) => {
                NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
            }
            _ => None,
        },
        toml::Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
        _ => None,
    };
    if parsed.is_none() {
        c.problem(
            Some(span),
            format!("{what} must be a date like 2026-03-01 (year-month-day, no time)"),
        );
    }
    parsed
}

pub(super) fn plan(path: &Path, src: &str, content: &Content) -> Result<Plan, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let raw = match toml::from_str::<File>(src) {
        Ok(raw) => raw,
        Err(e) => {
            let message = e.message().trim().to_string();
            c.problem(
                e.span(),
                format!("{message} (this file is TOML; see docs/homework.md for its layout, or start from `trustmend homework template`)"),
            );
            return Err(c.problems);
        }
    };
    let assigned_by = c.text(raw.assigned_by, "assigned_by");
    let to = raw.to.map(|t| c.text(t, "to")).filter(|t| !t.is_empty());
    let start = date(&mut c, raw.start, "start");
    let note = raw
        .note
        .map(|n| n.into_inner().trim().to_string())
        .unwrap_or_default();
    if raw.step.is_empty() {
        c.problem(
            None,
            "has no [[step]]; add at least one strategy to work on (see `trustmend homework template`)".into(),
        );
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
    for spanned in raw.step {
        let step = spanned.into_inner();
        let strategy_span = step.strategy.span();
        let strategy = step.strategy.into_inner().trim().to_string();
        if content.strategy(&strategy).is_none() {
            let valid: Vec<&str> = content.strategies.iter().map(|s| s.id.as_str()).collect();
            c.problem(
                Some(strategy_span.clone()),
                format!(
                    "strategy {strategy:?} is not in the content pack; use one of: {}",
                    valid.join(", ")
                ),
            );
        } else if !strategies_seen.insert(strategy.clone()) {
            c.problem(
                Some(strategy_span.clone()),
                format!("strategy {strategy:?} is assigned twice; give each strategy one [[step]] (put all its prompts there)"),
            );
        }
        let due = match step.due {
            Some(v) => {
                let span = v.span();
                let due = date(&mut c, v, "due");
                if let (Some(d), Some(s)) = (due, start)
                    && d < s
                {
                    c.problem(
                        Some(span.clone()),
                        format!("due date {d} is before the start date {s}; move it later or the start earlier"),
                    );
                }
                if let (Some(d), Some(prev)) = (due, last_due)
                    && d < prev
                {
                    c.problem(
                        Some(span),
                        format!("due date {d} is earlier than the step before it (due {prev}); steps are worked on in order, so list them in the order they are due"),
                    );
                }
                last_due = due.or(last_due);
                due
            }
            None => None,
        };
        let prompts = step
            .prompt
            .into_iter()
            .map(|p| {
                let id_span = p.id.span();
                let id = p.id.into_inner();
                let well_formed = !id.is_empty()
                    && id
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
                if !well_formed {
                    c.problem(
                        Some(id_span),
                        format!("prompt id {id:?} must be lowercase letters, digits and dashes, like \"lee-week-1\""),
                    );
                } else if pack_prompts.contains(id.as_str()) {
                    c.problem(
                        Some(id_span),
                        format!("prompt id {id:?} is already a prompt of the content pack; choose another (a journal entry finds its prompt by id)"),
                    );
                } else if !prompt_ids.insert(id.clone()) {
                    c.problem(
                        Some(id_span),
                        format!("prompt id {id:?} is used twice; ids must be unique (they link journal entries to their prompt)"),
                    );
                }
                let role_span = p.role.span();
                let role = p.role.into_inner();
                if Audience::parse(&role).is_none() {
                    c.problem(
                        Some(role_span),
                        format!("role {role:?} is not known; use {}", Audience::NAMES),
                    );
                }
                let text = c.text(p.text, "prompt text");
                AssignedPrompt { id, role, text }
            })
            .collect();
        steps.push(AssignedStep {
            strategy,
            due,
            prompts,
        });
    }
    match (start, c.problems.is_empty()) {
        (Some(start), true) => Ok(Plan {
            assigned_by,
            to,
            start,
            note,
            steps,
        }),
        _ => Err(c.problems),
    }
}
