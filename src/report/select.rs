//! `trustmend export --select`: the person chooses which entries go in.
//! The entries an export would hold are numbered (oldest first, as the
//! export reads), and a choice like `1 3 5-7` picks some of them. Pure: the
//! command prints the list and reads the choice.

use std::fmt;

use super::human_date;
use crate::model::{Entry, EntryId};

/// How many columns of the person's words the list shows.
const WORDS_WIDTH: usize = 52;

/// One line per entry, with the first of the person's own words (they
/// choose what to bring by what they wrote, not by the question):
/// "  3. 2 March 2026 · I noticed how tired I felt after…". A free entry's
/// title leads; a protected entry that is still locked says so.
pub fn list(entries: &[&Entry]) -> Vec<String> {
    let wide = entries.len().to_string().len();
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let words = match e.body.text() {
                None => super::locked(),
                Some(text) => {
                    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    match flat.as_str() {
                        "" => crate::t!("report-no-text"),
                        words => crate::text::one_line(words, WORDS_WIDTH),
                    }
                }
            };
            format!(
                "{:>wide$}. {} · {words}",
                i + 1,
                human_date(e.created.date_naive())
            )
        })
        .collect()
}

/// What is wrong with a choice, naming the part that is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceError {
    Empty,
    NotANumber(String),
    OutOfRange { part: String, count: usize },
    Backwards(String),
}

impl fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said = match self {
            ChoiceError::Empty => crate::t!("report-choice-empty"),
            ChoiceError::NotANumber(part) => {
                crate::t!("report-choice-not-a-number", part = format!("{part:?}"))
            }
            ChoiceError::OutOfRange { part, count: 0 } => {
                crate::t!("report-choice-none", part = format!("{part:?}"))
            }
            ChoiceError::OutOfRange { part, count } => crate::t!(
                "report-choice-out-of-range",
                part = format!("{part:?}"),
                count = count.to_string()
            ),
            ChoiceError::Backwards(part) => {
                crate::t!("report-choice-backwards", part = format!("{part:?}"))
            }
        };
        f.write_str(&said)
    }
}

/// The positions (0-based, sorted, each once) a choice like `1 3 5-7` or
/// `1,3,5-7` names among `count` entries.
pub fn parse(choice: &str, count: usize) -> Result<Vec<usize>, ChoiceError> {
    let mut chosen = Vec::new();
    let number = |s: &str, part: &str| -> Result<usize, ChoiceError> {
        let n: usize = s
            .trim()
            .parse()
            .map_err(|_| ChoiceError::NotANumber(part.to_string()))?;
        if n == 0 || n > count {
            return Err(ChoiceError::OutOfRange {
                part: part.to_string(),
                count,
            });
        }
        Ok(n - 1)
    };
    for part in choice
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (number(from, part)?, number(to, part)?);
                if from > to {
                    return Err(ChoiceError::Backwards(part.to_string()));
                }
                chosen.extend(from..=to);
            }
            None => chosen.push(number(part, part)?),
        }
    }
    if chosen.is_empty() {
        return Err(ChoiceError::Empty);
    }
    chosen.sort_unstable();
    chosen.dedup();
    Ok(chosen)
}

/// The ids of the chosen entries, sorted (as [`super::filter::Filter`] wants them).
pub fn ids(entries: &[&Entry], chosen: &[usize]) -> Vec<EntryId> {
    let mut ids: Vec<EntryId> = chosen
        .iter()
        .filter_map(|&i| entries.get(i).map(|e| e.id))
        .collect();
    ids.sort_unstable();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_ranges_and_commas_choose_each_entry_once() {
        for (choice, want) in [
            ("1 3 5-7", vec![0, 2, 4, 5, 6]),
            ("1,3,5-7", vec![0, 2, 4, 5, 6]),
            (" 7-7 , 2  2 ", vec![1, 6]),
            ("1-8", (0..8).collect()),
            ("3 1", vec![0, 2]),
        ] {
            assert_eq!(parse(choice, 8), Ok(want), "{choice:?}");
        }
    }

    #[test]
    fn a_bad_choice_names_the_part_that_is_wrong() {
        for (choice, part, says) in [
            ("1 9", "9", "numbered 1 to 8"),
            ("0", "0", "numbered 1 to 8"),
            ("2 x", "x", "not an entry number"),
            ("5-3", "5-3", "backwards"),
            ("1-", "1-", "not an entry number"),
            ("2-12", "2-12", "numbered 1 to 8"),
            ("three", "three", "not an entry number"),
        ] {
            let err = parse(choice, 8).unwrap_err().to_string();
            assert!(err.contains(&format!("{part:?}")), "{choice:?}: {err}");
            assert!(err.contains(says), "{choice:?}: {err}");
        }
        assert_eq!(parse("  ", 8), Err(ChoiceError::Empty));
        assert!(
            parse("1", 0)
                .unwrap_err()
                .to_string()
                .contains("no entries")
        );
    }

    #[test]
    fn the_list_numbers_each_entry_with_its_day_and_first_words() {
        let f = super::super::fixture::fixture();
        let entries = super::super::visible_entries(&f.scope(f.alex));
        let lines = list(&entries);
        assert_eq!(lines.len(), entries.len());
        assert!(lines[0].starts_with("1. 1 March 2026 · "), "{}", lines[0]);
        for (i, line) in lines.iter().enumerate() {
            assert!(line.starts_with(&format!("{}. ", i + 1)), "{line}");
            assert!(
                unicode_width::UnicodeWidthStr::width(line.as_str()) <= 80,
                "{line}"
            );
        }
        // The person's words, not the question; a locked entry says so.
        assert!(
            lines[0].starts_with("1. 1 March 2026 · How lonely the evenings have been. I keep"),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.ends_with("· (protected entry, locked)")),
            "{lines:?}"
        );
        let chosen = parse("2 1", entries.len()).unwrap();
        assert_eq!(ids(&entries, &chosen), {
            let mut two = vec![entries[0].id, entries[1].id];
            two.sort_unstable();
            two
        });
    }
}
