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

/// What a line is for, so the right lines can come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Police or ambulance, in danger right now. Every place needs one.
    Emergency,
    /// Thoughts of suicide, or any moment that feels too much.
    Crisis,
    /// Help with abuse from a partner or family member.
    Abuse,
    /// Help for someone who wants to stop hurting their partner.
    Stop,
}

impl Kind {
    const ALL: [(&'static str, Kind); 4] = [
        ("emergency", Kind::Emergency),
        ("crisis", Kind::Crisis),
        ("abuse", Kind::Abuse),
        ("stop", Kind::Stop),
    ];

    fn parse(word: &str) -> Option<Kind> {
        Kind::ALL.iter().find(|(w, _)| *w == word).map(|(_, k)| *k)
    }
}

/// One place to turn: who, how to reach them, and where that was checked.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpLine {
    pub name: String,
    pub detail: String,
    /// What it is for (at least one).
    pub kinds: Vec<Kind>,
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
    /// The heading it is listed under in the welcome ("Europe").
    pub group: String,
    pub lines: Vec<HelpLine>,
}

impl HelpLine {
    pub fn is(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
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
    /// Said when the list has no line for where the person is for people
    /// who want to stop hurting a partner.
    pub stop_elsewhere: String,
    pub places: Vec<Place>,
    /// Lines for everyone, after the place's own.
    pub everywhere: Vec<HelpLine>,
}

impl Help {
    /// Every place code the list has lines for.
    pub fn codes(&self) -> Vec<&str> {
        self.places.iter().map(|p| p.code.as_str()).collect()
    }

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
        // The number for danger right now comes first, wherever it is
        // written (a UK nation's is the UK's).
        out.sort_by_key(|(_, l)| !l.is(Kind::Emergency));
        (!out.is_empty()).then_some(out)
    }

    /// The lines of one kind for `code` (most specific first), then the
    /// lines for everyone of that kind.
    pub fn of_kind(&self, code: Option<&str>, kind: Kind) -> Vec<&HelpLine> {
        code.and_then(|c| self.lines_for(c))
            .unwrap_or_default()
            .into_iter()
            .map(|(_, l)| l)
            .chain(self.everywhere.iter())
            .filter(|l| l.is(kind))
            .collect()
    }

    /// Places with no crisis line of their own (or their country's), as
    /// warnings: Find A Helpline is there for them, but a number of their
    /// own is better.
    pub fn gaps(&self) -> Vec<ContentError> {
        self.places
            .iter()
            .filter(|p| {
                !self
                    .lines_for(&p.code)
                    .unwrap_or_default()
                    .iter()
                    .any(|(_, l)| l.is(Kind::Crisis))
            })
            .map(|p| ContentError {
                file: self.file.clone(),
                position: None,
                message: format!(
                    "country {:?} has no crisis line (kind = [\"crisis\"]) for someone thinking about suicide; add one when a number can be checked",
                    p.code
                ),
            })
            .collect()
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
    stop_elsewhere: Text,
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
    group: Text,
    #[serde(default)]
    line: Vec<Spanned<LineRaw>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineRaw {
    name: Text,
    detail: Text,
    kind: Option<Spanned<Vec<Text>>>,
    source: Option<Text>,
    checked: Option<Spanned<toml::value::Datetime>>,
}

fn line(c: &mut Checker, spanned: Spanned<LineRaw>) -> HelpLine {
    let start = spanned.span().start;
    let raw = spanned.into_inner();
    let name = c.text(raw.name, "help line name");
    let detail = c.text(raw.detail, "help line detail");
    let mut kinds = Vec::new();
    match raw.kind {
        None => c.problem(
            Some(start..start),
            format!("help line {name:?} has no `kind`; say what it is for, like kind = [\"abuse\"] (one or more of emergency, crisis, abuse, stop)"),
        ),
        Some(k) => {
            let span = k.span();
            for word in k.into_inner() {
                let at = word.span();
                let word = word.into_inner();
                match Kind::parse(word.trim()) {
                    Some(kind) if !kinds.contains(&kind) => kinds.push(kind),
                    Some(_) => {}
                    None => c.problem(
                        Some(at),
                        format!("kind {word:?} of {name:?} is not one of emergency, crisis, abuse, stop"),
                    ),
                }
            }
            if kinds.is_empty() {
                c.problem(
                    Some(span),
                    format!("`kind` of {name:?} is empty; say what the line is for (emergency, crisis, abuse or stop)"),
                );
            }
        }
    }
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
            if let Some(date) = date {
                (date, position)
            } else {
                c.problem(
                    Some(span),
                    format!("`checked` of {name:?} must be a plain date like 2026-12-01 (no time, no quotes)"),
                );
                (NaiveDate::MIN, position)
            }
        }
    };
    HelpLine {
        name,
        detail,
        kinds,
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
    let stop_elsewhere = c.text(raw.stop_elsewhere, "stop_elsewhere");
    let mut seen = HashSet::new();
    let mut places = Vec::new();
    for spanned in raw.country {
        let start = spanned.span().start;
        let p = spanned.into_inner();
        let span = p.code.span();
        let written = p.code.into_inner();
        let code = if let Some(code) = country::parse_code(&written) {
            code
        } else {
            c.problem(
                Some(span.clone()),
                format!("country code {written:?} must be an ISO code like \"CA\", or \"GB-SCT\" for a UK nation"),
            );
            written
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
        let group = c.text(p.group, "country group");
        let lines: Vec<HelpLine> = p.line.into_iter().map(|l| line(&mut c, l)).collect();
        if lines.is_empty() {
            c.problem(
                Some(start..start),
                format!("country {code:?} has no [[country.line]]; leave the country out rather than list it empty"),
            );
        }
        places.push((
            start,
            Place {
                code,
                name,
                group,
                lines,
            },
        ));
    }
    // Every place needs a number for danger right now: its own, or its
    // country's (a UK nation's is the UK's).
    for (start, p) in &places {
        let has = |code: &str| {
            places
                .iter()
                .any(|(_, q)| q.code == code && q.lines.iter().any(|l| l.is(Kind::Emergency)))
        };
        if !has(&p.code) && !has(country::parent(&p.code)) {
            c.problem(
                Some(*start..*start),
                format!("country {:?} has no emergency number; add a [[country.line]] with kind = [\"emergency\"] that names the number to call in danger (like 911 or 112), with its source", p.code),
            );
        }
    }
    let places: Vec<Place> = places.into_iter().map(|(_, p)| p).collect();
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
        stop_elsewhere,
        places,
        everywhere,
    })
}
