//! The pack's file format as it is written, with the place of every value,
//! and its conversion into checked [`Content`]. Every mistake in a file is
//! collected (not just the first), each with its line and column.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::checker::Checker;
use super::{
    Audience, CheckKind, Content, ContentError, FaqItem, Foundations, Label, MoveOn, PackError,
    Prompt, Safety, SafetyCheck, Section, Sign, Strategy, Suggestion,
};

type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FoundationsFile {
    welcome: Text,
    #[serde(default)]
    section: Vec<SectionRaw>,
    #[serde(default)]
    emotion: Vec<LabelRaw>,
    #[serde(default)]
    body_sign: Vec<LabelRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionRaw {
    id: Text,
    title: Text,
    body: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelRaw {
    id: Text,
    label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SafetyFile {
    not_therapy: Text,
    #[serde(rename = "unsafe")]
    unsafe_help: Text,
    /// Help lines were once here; they live in `help.toml` now.
    resource: Option<Spanned<toml::Value>>,
    #[serde(default)]
    check: Vec<CheckRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRaw {
    id: Text,
    question: Text,
    kind: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategiesFile {
    #[serde(default)]
    strategy: Vec<Spanned<StrategyRaw>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrategyRaw {
    id: Text,
    title: Text,
    summary: Text,
    guidance: Text,
    review_question: Text,
    #[serde(default)]
    prompt: Vec<RoleText>,
    #[serde(default)]
    commitment: Vec<RoleText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleText {
    id: Text,
    role: Text,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqFile {
    #[serde(default)]
    question: Vec<FaqRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqRaw {
    id: Text,
    question: Text,
    answer: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoveOnFile {
    intro: Text,
    closing: Text,
    #[serde(default)]
    sign: Vec<SignRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignRaw {
    id: Text,
    text: Text,
    /// Ticking it offers the help list at once.
    #[serde(default)]
    offers_help: bool,
}

/// The smallest pack a person can work through: every strategy needs this
/// much to fill its reflecting and committing steps.
const MIN_PROMPTS: usize = 4;
const MIN_COMMITMENTS: usize = 2;

fn labels(c: &mut Checker, raw: Vec<LabelRaw>, what: &str) -> Vec<Label> {
    let mut seen = HashSet::new();
    raw.into_iter()
        .map(|l| Label {
            id: c.id(l.id, what, &mut seen),
            label: c.text(l.label, &format!("{what} label")),
        })
        .collect()
}

fn foundations(path: &Path, src: &str) -> Result<Foundations, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let Some(raw) = c.parse::<FoundationsFile>() else {
        return Err(c.problems);
    };
    let welcome = c.text(raw.welcome, "welcome");
    let mut seen = HashSet::new();
    let sections = raw
        .section
        .into_iter()
        .map(|s| Section {
            id: c.id(s.id, "section", &mut seen),
            title: c.text(s.title, "section title"),
            body: c.text(s.body, "section body"),
        })
        .collect();
    let emotions = labels(&mut c, raw.emotion, "emotion");
    let body_signs = labels(&mut c, raw.body_sign, "body sign");
    c.finish(Foundations {
        welcome,
        sections,
        emotions,
        body_signs,
    })
}

fn safety(path: &Path, src: &str) -> Result<Safety, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let Some(raw) = c.parse::<SafetyFile>() else {
        return Err(c.problems);
    };
    let not_therapy = c.text(raw.not_therapy, "not_therapy");
    let unsafe_help = c.text(raw.unsafe_help, "unsafe");
    if let Some(old) = raw.resource {
        c.problem(
            Some(old.span()),
            "[[resource]] has moved to help.toml, where each line has a country, a `source` and a `checked` date; move these there (see docs/content.md)".into(),
        );
    }
    let mut seen = HashSet::new();
    let checks = raw
        .check
        .into_iter()
        .map(|q| {
            let id = c.id(q.id, "safety check", &mut seen);
            let kind = match q.kind {
                None => CheckKind::Danger,
                Some(k) => {
                    let span = k.span();
                    match k.into_inner().trim() {
                        "danger" => CheckKind::Danger,
                        "self-harm" => CheckKind::SelfHarm,
                        "own-behaviour" => CheckKind::OwnBehaviour,
                        other => {
                            c.problem(
                                Some(span),
                                format!("kind {other:?} of safety check {id:?} is not one of danger, self-harm, own-behaviour (leave it out for danger)"),
                            );
                            CheckKind::Danger
                        }
                    }
                }
            };
            SafetyCheck {
                id,
                question: c.text(q.question, "safety check question"),
                kind,
            }
        })
        .collect();
    c.finish(Safety {
        not_therapy,
        unsafe_help,
        checks,
    })
}

fn strategies(path: &Path, src: &str) -> Result<Vec<Strategy>, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let Some(raw) = c.parse::<StrategiesFile>() else {
        return Err(c.problems);
    };
    if raw.strategy.is_empty() {
        c.problem(
            None,
            "has no [[strategy]]; a pack needs at least one".into(),
        );
    }
    let mut strategy_ids = HashSet::new();
    // Prompt and commitment ids are unique across the file: an entry keeps
    // only the ids, and they must lead back to one prompt.
    let mut item_ids = HashSet::new();
    let mut out = Vec::new();
    for spanned in raw.strategy {
        let span = spanned.span();
        let s = spanned.into_inner();
        let id = c.id(s.id, "strategy", &mut strategy_ids);
        let prompts: Vec<Prompt> = s
            .prompt
            .into_iter()
            .map(|p| Prompt {
                id: c.id(p.id, "prompt", &mut item_ids),
                audience: c.audience(p.role, true),
                text: c.text(p.text, "prompt text"),
            })
            .collect();
        let commitments: Vec<Suggestion> = s
            .commitment
            .into_iter()
            .map(|p| Suggestion {
                id: c.id(p.id, "commitment", &mut item_ids),
                audience: c.audience(p.role, false),
                text: c.text(p.text, "commitment text"),
            })
            .collect();
        if prompts.len() < MIN_PROMPTS {
            c.problem(
                Some(span.clone()),
                format!(
                    "strategy {id:?} has {} [[strategy.prompt]], needs at least {MIN_PROMPTS}",
                    prompts.len()
                ),
            );
        }
        if !prompts
            .iter()
            .any(|p| matches!(p.audience, Audience::Both | Audience::Together))
        {
            c.problem(
                Some(span.clone()),
                format!("strategy {id:?} has no prompt with role \"both\" or \"together\"; a person who prefers not to say their role would have nothing to answer"),
            );
        }
        if commitments.len() < MIN_COMMITMENTS {
            c.problem(
                Some(span.clone()),
                format!("strategy {id:?} has {} [[strategy.commitment]], needs at least {MIN_COMMITMENTS}", commitments.len()),
            );
        }
        out.push(Strategy {
            id,
            title: c.text(s.title, "strategy title"),
            summary: c.text(s.summary, "strategy summary"),
            guidance: c.text(s.guidance, "strategy guidance"),
            review_question: c.text(s.review_question, "review_question"),
            prompts,
            commitments,
        });
    }
    c.finish(out)
}

fn faq(path: &Path, src: &str) -> Result<Vec<FaqItem>, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let Some(raw) = c.parse::<FaqFile>() else {
        return Err(c.problems);
    };
    let mut seen = HashSet::new();
    let items = raw
        .question
        .into_iter()
        .map(|q| FaqItem {
            id: c.id(q.id, "question", &mut seen),
            question: c.text(q.question, "question"),
            answer: c.text(q.answer, "answer"),
        })
        .collect();
    c.finish(items)
}

fn move_on(path: &Path, src: &str) -> Result<MoveOn, Vec<ContentError>> {
    let mut c = Checker::new(path, src);
    let Some(raw) = c.parse::<MoveOnFile>() else {
        return Err(c.problems);
    };
    let intro = c.text(raw.intro, "intro");
    let closing = c.text(raw.closing, "closing");
    let mut seen = HashSet::new();
    let signs = raw
        .sign
        .into_iter()
        .map(|s| Sign {
            id: c.id(s.id, "sign", &mut seen),
            text: c.text(s.text, "sign text"),
            offers_help: s.offers_help,
        })
        .collect();
    c.finish(MoveOn {
        intro,
        closing,
        signs,
    })
}

/// Parse and check the six files of a pack (in [`FILES`] order).
pub(super) fn parse_pack(files: &[(PathBuf, String); 6]) -> Result<Content, PackError> {
    fn keep<T>(r: Result<T, Vec<ContentError>>, problems: &mut Vec<ContentError>) -> Option<T> {
        r.map_err(|mut e| problems.append(&mut e)).ok()
    }
    let mut problems = Vec::new();
    let p = &mut problems;
    let [f, s, h, st, q, m] = files;
    let foundations = keep(foundations(&f.0, &f.1), p);
    let safety = keep(safety(&s.0, &s.1), p);
    let help = keep(super::help::parse(&h.0, &h.1), p);
    let strategies = keep(strategies(&st.0, &st.1), p);
    let faq = keep(faq(&q.0, &q.1), p);
    let move_on = keep(move_on(&m.0, &m.1), p);
    match (foundations, safety, help, strategies, faq, move_on) {
        (
            Some(foundations),
            Some(safety),
            Some(help),
            Some(strategies),
            Some(faq),
            Some(move_on),
        ) => Ok(Content {
            foundations,
            safety,
            help,
            strategies,
            faq,
            move_on,
        }),
        _ => Err(PackError { problems }),
    }
}
