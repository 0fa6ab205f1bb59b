//! `help.toml`: the places to turn to, by where the person lives. Every
//! line names the organisation's own page it was checked against and the
//! day it was checked, so a reader (and `content check`) can tell how fresh
//! a number is.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::ContentError;
use super::checker::Checker;
use crate::country;

type Text = Spanned<String>;

/// A line older than this many days is reported by `content check`.
pub const STALE_AFTER_DAYS: i64 = 365;

/// One place to turn: who, how to reach them, and where that was checked.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpLine {
    pub name: String,
    pub detail: String,
    /// The organisation's own page the number was checked against.
    pub source: String,
    /// The day it was checked.
    pub checked: NaiveDate,
    /// Where `checked` is written (1-based line and column), for warnings.
    pub position: (usize, usize),
}

/// A country, or one of the UK's nations, and its own lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub code: String,
    /// As it reads after "in": "Canada", "the United States".
    pub name: String,
    pub lines: Vec<HelpLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Help {
    /// The file the lines came from, for warnings.
    pub file: PathBuf,
    /// The first sentence of the list, for everyone: what to do in danger.
    pub danger: String,
    /// Said when the list has nothing for where the person is (or that is
    /// not known), before the lines for everyone.
    pub elsewhere: String,
    pub places: Vec<Place>,
    /// Lines for everyone, after the place's own.
    pub everywhere: Vec<HelpLine>,
}

impl Help {
    pub fn place(&self, code: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.code == code)
    }

    /// The lines for `code`, most specific first: a UK nation's own lines,
    /// then the UK-wide ones; for "GB" itself the UK-wide lines, then each
    /// nation's. `None` when the pack has nothing for it.
    pub fn lines_for(&self, code: &str) -> Option<Vec<(&Place, &HelpLine)>> {
        let own = self.place(code);
        let parent = country::parent(code);
        let mut out: Vec<(&Place, &HelpLine)> = Vec::new();
        if let Some(p) = own {
            out.extend(p.lines.iter().map(|l| (p, l)));
        }
        if parent != code
            && let Some(p) = self.place(parent)
        {
            out.extend(p.lines.iter().map(|l| (p, l)));
        }
        if parent == code {
            for nation in self
                .places
                .iter()
                .filter(|p| p.code != code && country::parent(&p.code) == code)
            {
                out.extend(nation.lines.iter().map(|l| (nation, l)));
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// Every line, for counting and for the staleness check.
    pub fn all_lines(&self) -> impl Iterator<Item = &HelpLine> {
        self.places
            .iter()
            .flat_map(|p| p.lines.iter())
            .chain(self.everywhere.iter())
    }

    /// Lines checked more than [`STALE_AFTER_DAYS`] before `today`, as
    /// warnings with their place in the file (the edge passes `today`).
    pub fn stale(&self, today: NaiveDate) -> Vec<ContentError> {
        self.all_lines()
            .filter(|l| (today - l.checked).num_days() > STALE_AFTER_DAYS)
            .map(|l| ContentError {
                file: self.file.clone(),
                position: Some(l.position),
                message: format!(
                    "{:?} was last checked on {}, more than a year ago; check it against {} and update `checked`",
                    l.name, l.checked, l.source
                ),
            })
            .collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpFile {
    danger: Text,
    elsewhere: Text,
    #[serde(default)]
    country: Vec<Spanned<PlaceRaw>>,
    #[serde(default)]
    everywhere: Vec<Spanned<LineRaw>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceRaw {
    code: Text,
    name: Text,
    #[serde(default)]
    line: Vec<Spanned<LineRaw>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineRaw {
    name: Text,
    detail: Text,
    source: Option<Text>,
    checked: Option<Spanned<toml::value::Datetime>>,
}

fn line(c: &mut Checker, spanned: Spanned<LineRaw>) -> HelpLine {
    let start = spanned.span().start;
    let raw = spanned.into_inner();
    let name = c.text(raw.name, "help line name");
    let detail = c.text(raw.detail, "help line detail");
    let source = match raw.source {
        None => {
            c.problem(
                Some(start..start),
                format!("help line {name:?} has no `source`; add the organisation's own page where you checked the number, like source = \"https://…\""),
            );
            String::new()
        }
        Some(s) => {
            let span = s.span();
            let url = s.into_inner().trim().to_string();
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                c.problem(
                    Some(span),
                    format!(
                        "source {url:?} of {name:?} must be a web address starting with https://"
                    ),
                );
            }
            url
        }
    };
    let (checked, position) = match raw.checked {
        None => {
            c.problem(
                Some(start..start),
                format!("help line {name:?} has no `checked`; add the day you checked it against its source, like checked = 2026-12-01"),
            );
            (NaiveDate::MIN, c.position(start))
        }
        Some(d) => {
            let span = d.span();
            let position = c.position(span.start);
            let value = d.into_inner();
            let date = match (value.date, value.time) {
                (Some(day), None) => NaiveDate::from_ymd_opt(
                    i32::from(day.year),
                    u32::from(day.month),
                    u32::from(day.day),
                ),
                _ => None,
            };
            match date {
                Some(date) => (date, position),
                None => {
                    c.problem(
                        Some(span),
                        format!("`checked` of {name:?} must be a plain date like 2026-12-01 (no time, no quotes)"),
                    );
                    (NaiveDate::MIN, position)
                }
            }
        }
    };
    HelpLine {
        name,
        detail,
        source,
        checked,
        position,
    }
}

pub(super) fn parse(path: &Path, src: &str) -> Result<Help, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let Some(raw) = c.parse::<HelpFile>() else {
        return Err(c.problems);
    };
    let danger = c.text(raw.danger, "danger");
    let elsewhere = c.text(raw.elsewhere, "elsewhere");
    let mut seen = HashSet::new();
    let mut places = Vec::new();
    for spanned in raw.country {
        let start = spanned.span().start;
        let p = spanned.into_inner();
        let span = p.code.span();
        let written = p.code.into_inner();
        let code = match country::parse_code(&written) {
            Some(code) => code,
            None => {
                c.problem(
                    Some(span.clone()),
                    format!("country code {written:?} must be an ISO code like \"CA\", or \"GB-SCT\" for a UK nation"),
                );
                written
            }
        };
        if !seen.insert(code.clone()) {
            c.problem(
                Some(span),
                format!(
                    "country {code:?} is listed twice; put all its lines under one [[country]]"
                ),
            );
        }
        let name = c.text(p.name, "country name");
        let lines: Vec<HelpLine> = p.line.into_iter().map(|l| line(&mut c, l)).collect();
        if lines.is_empty() {
            c.problem(
                Some(start..start),
                format!("country {code:?} has no [[country.line]]; leave the country out rather than list it empty"),
            );
        }
        places.push(Place { code, name, lines });
    }
    let everywhere: Vec<HelpLine> = raw
        .everywhere
        .into_iter()
        .map(|l| line(&mut c, l))
        .collect();
    if everywhere.is_empty() {
        c.problem(
            None,
            "has no [[everywhere]]; list at least one place anyone can turn to, such as findahelpline.com (a person who feels unsafe must be pointed somewhere real)".into(),
        );
    }
    c.finish(Help {
        file: path.to_path_buf(),
        danger,
        elsewhere,
        places,
        everywhere,
    })
}
