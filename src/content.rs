//! The workbook's words: foundations, the ten strategies, the FAQ, the
//! move-on checklist, the safety note, and the help lines by country.
//!
//! The bundled pack is compiled into the binary; `--content DIR` reads a
//! directory with the same file names, and any file it lacks comes from the
//! bundled pack. Every problem is reported with its file, line and column.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::Role;

pub(crate) mod checker;
mod guide;
pub mod help;
mod raw;

pub use help::{Help, HelpLine, Place};

pub use guide::header as field_guide;

/// The files of a pack, in the order they are loaded and checked.
pub const FILES: [&str; 6] = [
    "foundations.toml",
    "safety.toml",
    "help.toml",
    "strategies.toml",
    "faq.toml",
    "move_on.toml",
];

pub use crate::i18n::LANGUAGES;

/// The files of the bundled pack in `lang`, in [`FILES`]' order, with the
/// folder they come from (found by `build.rs`: see `i18n::bundled`). A file
/// the folder lacks is empty here, and checking the pack says so.
pub(crate) fn bundled_pack(
    lang: &str,
) -> Option<(&'static str, [(&'static str, &'static str); 6])> {
    let (folder, files) = crate::i18n::bundled::pack(lang)?;
    let text = |name: &str| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, t)| *t)
    };
    Some((folder, FILES.map(|name| (name, text(name)))))
}

pub use crate::measures::bundled_measures_in;

/// The bundled text of one pack file in English, for `content export`.
pub fn bundled_file(name: &str) -> Option<&'static str> {
    crate::i18n::bundled::file("en", name).map(|(_, text)| text)
}

/// Who a prompt or suggested commitment is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Hurt,
    Repairing,
    /// Every partner, answering alone (the pack's `both`).
    Both,
    /// Partners who have each been hurt and each hurt the other
    /// ([`Role::Both`]); in a pack, `mutual`.
    Mutual,
    /// Both partners answer separately, then may reveal side by side.
    Together,
}

impl Audience {
    pub const NAMES: &'static str = "\"hurt\", \"repairing\", \"mutual\", \"both\" or \"together\"";

    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "hurt" => Some(Audience::Hurt),
            "repairing" => Some(Audience::Repairing),
            "mutual" => Some(Audience::Mutual),
            "both" => Some(Audience::Both),
            "together" => Some(Audience::Together),
            _ => None,
        }
    }

    /// Whether a partner with this role is offered it.
    pub fn includes(self, role: Role) -> bool {
        match self {
            Audience::Both | Audience::Together => true,
            Audience::Hurt => role == Role::Hurt,
            Audience::Repairing => role == Role::Repairing,
            Audience::Mutual => role == Role::Both,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Audience::Hurt => "hurt",
            Audience::Repairing => "repairing",
            Audience::Mutual => "mutual",
            Audience::Both => "both",
            Audience::Together => "together",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Foundations {
    pub welcome: String,
    pub sections: Vec<Section>,
    pub emotions: Vec<Label>,
    pub body_signs: Vec<Label>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SafetyCheck {
    pub id: String,
    pub question: String,
    pub kind: CheckKind,
}

/// What a "yes" (or "not sure") to a safety question means; the workbook's
/// one rule for what follows is `workbook::safety_check::route`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckKind {
    /// A sign of danger from the partner: couples exercises close.
    Danger,
    /// Thoughts of harming oneself: the crisis lines come first.
    SelfHarm,
    /// The person's own behaviour towards their partner: couples exercises
    /// close, and the lines for people who want to stop come first.
    OwnBehaviour,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Safety {
    pub not_therapy: String,
    pub unsafe_help: String,
    pub checks: Vec<SafetyCheck>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub id: String,
    pub audience: Audience,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub audience: Audience,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Strategy {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub guidance: String,
    pub review_question: String,
    pub prompts: Vec<Prompt>,
    pub commitments: Vec<Suggestion>,
}

impl Strategy {
    /// The prompts offered to a partner with this role, in pack order.
    pub fn prompts_for(&self, role: Role) -> Vec<&Prompt> {
        self.prompts
            .iter()
            .filter(|p| p.audience.includes(role))
            .collect()
    }

    /// The commitments suggested to a partner with this role.
    pub fn commitments_for(&self, role: Role) -> Vec<&Suggestion> {
        self.commitments
            .iter()
            .filter(|c| c.audience.includes(role))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FaqItem {
    pub id: String,
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sign {
    pub id: String,
    pub text: String,
    /// A sign of danger: ticking it opens "Help and safety" at once.
    pub offers_help: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MoveOn {
    pub intro: String,
    pub closing: String,
    pub signs: Vec<Sign>,
}

/// A whole, validated content pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub foundations: Foundations,
    pub safety: Safety,
    pub help: Help,
    pub strategies: Vec<Strategy>,
    pub faq: Vec<FaqItem>,
    pub move_on: MoveOn,
}

/// What is wrong with a pack, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: PathBuf,
    /// 1-based line and column, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => {
                write!(f, "{}:{line}:{col}: {}", self.file.display(), self.message)
            }
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for ContentError {}

/// Every problem found in a pack, one per line when displayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub problems: Vec<ContentError>,
}

impl PackError {
    fn one(file: PathBuf, message: String) -> Self {
        PackError {
            problems: vec![ContentError {
                file,
                position: None,
                message,
            }],
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackError {}

/// Counts for the one-line summary of `content check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub strategies: usize,
    pub prompts: usize,
    pub commitments: usize,
    pub faq: usize,
    pub move_on: usize,
    pub resources: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} strategies, {} prompts, {} suggested commitments, {} FAQ entries, {} move-on checklist items, {} help lines",
            self.strategies, self.prompts, self.commitments, self.faq, self.move_on, self.resources
        )
    }
}

impl Content {
    /// The pack compiled into the binary, in English.
    pub fn bundled() -> Result<Content, PackError> {
        Content::bundled_in("en")
    }

    /// The bundled pack in `lang`, one of [`LANGUAGES`], checked by the same
    /// rules as any pack.
    pub fn bundled_in(lang: &str) -> Result<Content, PackError> {
        let Some((dir, pack)) = bundled_pack(lang) else {
            return Err(PackError::one(
                PathBuf::from("content"),
                format!(
                    "has no pack in language {lang:?}; the bundled languages are {}",
                    LANGUAGES.join(", ")
                ),
            ));
        };
        let files = pack.map(|(name, text)| (PathBuf::from(dir).join(name), text.to_string()));
        let content = raw::parse_pack(&files)?;
        if content.strategies.len() != 10 {
            return Err(PackError::one(
                PathBuf::from(dir).join("strategies.toml"),
                format!(
                    "the bundled pack must have exactly ten strategies, found {}",
                    content.strategies.len()
                ),
            ));
        }
        Ok(content)
    }

    /// A pack from a directory; files it does not have come from the bundled pack.
    pub fn load_dir(dir: &Path) -> Result<Content, PackError> {
        let not_found = |message: String| PackError::one(dir.to_path_buf(), message);
        if !dir.is_dir() {
            return Err(not_found(
                "is not a directory; give the folder that holds the pack's .toml files (see `trustmend content export DIR`)".into(),
            ));
        }
        let mut found = 0;
        let mut files = Vec::with_capacity(FILES.len());
        let english = bundled_pack("en")
            .map(|(_, files)| files)
            .unwrap_or_default();
        for (name, bundled) in english {
            let path = dir.join(name);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    found += 1;
                    let text = String::from_utf8(bytes).map_err(|e| {
                        PackError::one(
                            path.clone(),
                            format!(
                                "is not valid UTF-8 (at byte {}); save it as UTF-8",
                                e.utf8_error().valid_up_to()
                            ),
                        )
                    })?;
                    files.push((path, text));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    files.push((PathBuf::from("(bundled)").join(name), bundled.to_string()));
                }
                Err(e) => return Err(PackError::one(path, format!("cannot be read: {e}"))),
            }
        }
        if found == 0 {
            return Err(not_found(format!(
                "holds none of the pack files ({}); check the path, or start from `trustmend content export DIR`",
                FILES.join(", ")
            )));
        }
        let files: [(PathBuf, String); 6] = files
            .try_into()
            .map_err(|_| not_found("internal: wrong file count".into()))?;
        raw::parse_pack(&files)
    }

    pub fn strategy(&self, id: &str) -> Option<&Strategy> {
        self.strategies.iter().find(|s| s.id == id)
    }

    pub fn strategy_index(&self, id: &str) -> Option<usize> {
        self.strategies.iter().position(|s| s.id == id)
    }

    pub fn summary(&self) -> Summary {
        Summary {
            strategies: self.strategies.len(),
            prompts: self.strategies.iter().map(|s| s.prompts.len()).sum(),
            commitments: self.strategies.iter().map(|s| s.commitments.len()).sum(),
            faq: self.faq.len(),
            move_on: self.move_on.signs.len(),
            resources: self.help.all_lines().count(),
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_es;
