//! What the TOML reader (the `toml` crate, and serde through it) says about
//! a file it could not use, in the language in use. In English its own
//! words stay as they were; in another language the crate's English is
//! never put inside a sentence of ours: the kinds of problem it names
//! (an unknown value or field, a missing field, a value of the wrong
//! kind, a key given twice) are said in our words, keeping the names and
//! values it quotes, and anything else as "this line cannot be read as
//! TOML", with the line's own text. Messages of our own (already in the
//! language) pass through.

use crate::i18n::{Lang, language};

/// The reader's `message`, in the language in use; `line` is the text of
/// the line it is about, when it has one (`text::line_at`).
pub(crate) fn said(message: &str, line: Option<String>) -> String {
    let message = message.trim();
    if language() == Lang::EN || !is_the_readers(message) {
        return message.to_string();
    }
    let quoted = backticked(message);
    let first = quoted.first().cloned().unwrap_or_default();
    let expected = || {
        quoted
            .iter()
            .skip(1)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    };
    if message.starts_with("unknown variant") {
        crate::t!("toml-unknown-value", value = first, expected = expected())
    } else if message.starts_with("unknown field") {
        crate::t!("toml-unknown-field", field = first, expected = expected())
    } else if message.starts_with("missing field") {
        crate::t!("toml-missing-field", field = first)
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        crate::t!("toml-wrong-kind")
    } else if message.starts_with("duplicate key") {
        crate::t!("toml-twice", line = line.unwrap_or_default())
    } else {
        match line {
            Some(line) => crate::t!("toml-unreadable-line", line = line),
            None => crate::t!("toml-unreadable"),
        }
    }
}

/// Whether `message` is the reader's own English (ours is already in the
/// language): it uses words every one of its messages is made of.
fn is_the_readers(message: &str) -> bool {
    const WORDS: [&str; 24] = [
        "invalid",
        "expected",
        "unexpected",
        "missing",
        "duplicate",
        "unclosed",
        "extra",
        "unknown",
        "cannot",
        "must",
        "may",
        "key",
        "value",
        "string",
        "table",
        "array",
        "integer",
        "between",
        "too",
        "redundant",
        "radix",
        "carriage",
        "keys",
        "found",
    ];
    let plain: String = message
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect();
    plain
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| WORDS.contains(&w))
}

/// The names and values the reader quotes between backticks, in order.
fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, part)| part.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::in_language;

    /// What the reader itself says for a few broken files.
    fn readers(src: &str) -> (String, Option<std::ops::Range<usize>>) {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct File {
            theme: Theme,
            days: u32,
        }
        #[derive(serde::Deserialize, Debug)]
        #[serde(rename_all = "lowercase")]
        enum Theme {
            Dark,
            Light,
        }
        let e = toml::from_str::<File>(src).unwrap_err();
        (e.message().to_string(), e.span())
    }

    #[test]
    fn in_english_the_readers_words_are_kept() {
        let (message, span) = readers("theme = \"blue\"\ndays = 3\n");
        let said = in_language(Lang::EN, || said(&message, crate::text::line_at("", span)));
        assert_eq!(said, message.trim());
    }

    #[test]
    fn in_spanish_the_reader_is_said_in_our_words_keeping_names_and_the_line() {
        let cases = [
            ("theme = \"blue\"\ndays = 3\n", "«blue»"),
            ("theme = \"dark\"\ndays = 3\ncolour = 1\n", "«colour»"),
            ("theme = \"dark\"\n", "«days»"),
            ("theme = \"dark\"\ndays = \"three\"\n", "no es del tipo"),
            ("theme = \"dark\"\ndays = 3 4\n", "days = 3 4"),
            (
                "theme = \"dark\"\ntheme = \"light\"\ndays = 3\n",
                "dos veces",
            ),
        ];
        for (src, expected) in cases {
            let (message, span) = readers(src);
            let line = crate::text::line_at(src, span.clone());
            let said = in_language(Lang::ES, || said(&message, line));
            assert!(said.contains(expected), "{src:?}: {message:?} → {said:?}");
            for english in [
                "unknown",
                "variant",
                "expected",
                "invalid",
                "missing",
                "field",
                "duplicate",
            ] {
                assert!(!said.contains(english), "{src:?}: {said:?}");
            }
        }
        // Our own words, already in the language, pass through.
        let ours = "lock_after_minutes debe estar entre 0.05 y 1440";
        assert_eq!(in_language(Lang::ES, || said(ours, None)), ours);
    }
}
