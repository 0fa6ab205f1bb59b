//! Checking one file of TOML, collecting every problem with its line and
//! column: shared by the content pack and the homework files.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use super::{Audience, ContentError};

type Text = Spanned<String>;

/// Checks one file, collecting its problems.
pub(crate) struct Checker<'a> {
    pub(crate) file: &'a Path,
    pub(crate) src: &'a str,
    pub(crate) problems: Vec<ContentError>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(file: &'a Path, src: &'a str) -> Self {
        Checker {
            file,
            src,
            problems: Vec::new(),
        }
    }

    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let before = self.src.get(..offset).unwrap_or(self.src);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        (line, col)
    }

    pub(crate) fn problem(&mut self, span: Option<Range<usize>>, message: String) {
        let position = span.map(|s| self.position(s.start));
        self.problems.push(ContentError {
            file: self.file.to_path_buf(),
            position,
            message,
        });
    }

    pub(crate) fn parse<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        match toml::from_str::<T>(self.src) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = crate::text::line_at(self.src, e.span());
                let problem = crate::i18n::toml_words::said(e.message(), line);
                self.problem(
                    e.span(),
                    crate::t!("toml-content-layout", problem = problem),
                );
                None
            }
        }
    }

    /// Non-empty text, trimmed of the blank lines TOML's `"""` leaves.
    pub(crate) fn text(&mut self, value: Text, what: &str) -> String {
        let span = value.span();
        let text = value.into_inner().trim().to_string();
        if text.is_empty() {
            self.problem(
                Some(span),
                format!("{what} is empty; write some text between the quotes"),
            );
        }
        text
    }

    /// A lowercase kebab-case id, not used before in `seen`.
    pub(crate) fn id(&mut self, value: Text, what: &str, seen: &mut HashSet<String>) -> String {
        let span = value.span();
        let id = value.into_inner();
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.problem(
                Some(span),
                format!("{what} id {id:?} must be lowercase letters, digits and dashes, like \"open-communication\""),
            );
        } else if !seen.insert(id.clone()) {
            self.problem(
                Some(span),
                format!("{what} id {id:?} is used twice; ids must be unique (they link journal entries to their prompt)"),
            );
        }
        id
    }

    pub(crate) fn audience(&mut self, value: Text, allow_together: bool) -> Audience {
        let span = value.span();
        let name = value.into_inner();
        match Audience::parse(&name) {
            Some(Audience::Together) if !allow_together => {
                self.problem(
                    Some(span),
                    "role \"together\" is for prompts only; a commitment's role is \"hurt\", \"repairing\", \"mutual\" or \"both\"".into(),
                );
                Audience::Both
            }
            Some(a) => a,
            None => {
                self.problem(
                    Some(span),
                    format!("role {name:?} is not known; use {}", Audience::NAMES),
                );
                Audience::Both
            }
        }
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(self.problems)
        }
    }
}
