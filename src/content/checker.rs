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
    /// Where each line of `src` ends (the offsets of its newlines), found
    /// the first time a position is asked for: a pack's help lines each
    /// ask for theirs, and counting from the top every time was a sixth
    /// of reading the pack, on the way to the first frame (issue 29).
    newlines: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(file: &'a Path, src: &'a str) -> Self {
        Checker {
            file,
            src,
            problems: Vec::new(),
            newlines: std::cell::OnceCell::new(),
        }
    }

    /// The line and column (both from 1, the column in characters) of the
    /// byte at `offset`; past the end, or inside a character, the end.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = if self.src.is_char_boundary(offset) {
            offset
        } else {
            self.src.len()
        };
        let newlines = self.newlines.get_or_init(|| {
            self.src
                .bytes()
                .enumerate()
                .filter_map(|(i, b)| (b == b'\n').then_some(i))
                .collect()
        });
        let lines_before = newlines.partition_point(|&nl| nl < offset);
        let line_start = match lines_before {
            0 => 0,
            n => newlines.get(n - 1).map_or(0, |nl| nl + 1),
        };
        let col = self
            .src
            .get(line_start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        (lines_before + 1, col)
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

#[cfg(test)]
mod tests {
    use super::Checker;
    use proptest::prelude::*;
    use std::path::Path;

    /// The position as it was first written: counted from the top of the
    /// file every time. What the remembered line ends must agree with.
    fn counted_from_the_top(src: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(src.len());
        let before = src.get(..offset).unwrap_or(src);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        (line, col)
    }

    proptest! {
        /// Every byte of a text of lines (blank ones, a last line with and
        /// without its newline, letters of several bytes), and past its end,
        /// asked in any order, is where counting from the top puts it.
        #[test]
        fn a_position_is_where_counting_from_the_top_puts_it(
            lines in proptest::collection::vec("[a-zé€\u{1F600} =\"]{0,12}", 0..12),
            last_newline in any::<bool>(),
            asked in proptest::collection::vec(0usize..200, 1..40),
        ) {
            let mut src = lines.join("\n");
            if last_newline {
                src.push('\n');
            }
            let c = Checker::new(Path::new("x.toml"), &src);
            for offset in asked.into_iter().chain(0..=src.len() + 1) {
                prop_assert_eq!(c.position(offset), counted_from_the_top(&src, offset), "at {}", offset);
            }
        }
    }

    #[test]
    fn a_problem_on_the_third_line_is_said_there() {
        let src = "a = 1\nb = 2\n  c = é\n";
        let c = Checker::new(Path::new("x.toml"), src);
        let at = src.find('c').unwrap_or_default();
        assert_eq!(c.position(at), (3, 3));
        assert_eq!(c.position(0), (1, 1));
        assert_eq!(c.position(src.len()), (4, 1));
    }
}
