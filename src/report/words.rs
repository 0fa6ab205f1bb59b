//! The catalogue's words for a report, looked up once and kept: an export
//! says "Written … · private" and the day of each entry ten thousand times
//! over, and a lookup in the catalogue each time (its lock, its arguments,
//! its formatting) cost more than the rest of writing the entry. Kept per
//! language and per thread, so a test in another language on another
//! thread never reads them.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::i18n::{Lang, language};

/// What stands for the n-th value while a sentence is turned into a
/// [`Template`]: characters of Unicode's private use area, which no
/// catalogue writes.
const MARKS: [&str; 4] = ["\u{E000}", "\u{E001}", "\u{E002}", "\u{E003}"];

/// A sentence with its values left out: its text, and where each value goes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Value(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Template(Vec<Piece>);

impl Template {
    /// The pieces of `said` (a sentence said with [`MARKS`] for its
    /// `values` values), or `None` when a mark is missing or repeated (a
    /// catalogue that chooses its words by one of these values: that
    /// sentence is then looked up every time).
    fn of(said: &str, values: usize) -> Option<Template> {
        let mut pieces = Vec::new();
        let mut seen = [0usize; MARKS.len()];
        let mut text = String::new();
        for c in said.chars() {
            match MARKS.iter().position(|m| m.starts_with(c)) {
                Some(n) => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(Piece::Value(n));
                    seen[n] += 1;
                }
                None => text.push(c),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        let right = seen
            .iter()
            .enumerate()
            .all(|(n, k)| *k == usize::from(n < values));
        right.then_some(Template(pieces))
    }

    fn fill(&self, values: &[&str]) -> String {
        let mut out = String::with_capacity(64);
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Value(n) => out.push_str(values.get(*n).copied().unwrap_or_default()),
            }
        }
        out
    }
}

/// What is kept, for one language at a time (a thread that changes
/// language starts again). A few dozen sentences at most, so they are
/// found by a walk along a list: quicker than hashing their names.
#[derive(Default)]
struct Kept {
    lang: Lang,
    /// Sentences without values, by message and the word chosen.
    words: Vec<(&'static str, &'static str, String)>,
    /// Sentences with values, by message (`None`: look it up each time).
    templates: Vec<(&'static str, Option<Template>)>,
    /// Days said in full, in a language other than English.
    days: HashMap<NaiveDate, String>,
}

thread_local! {
    static KEPT: RefCell<Kept> = RefCell::new(Kept::default());
}

/// The kept words of the language in use.
fn with_kept<T>(f: impl FnOnce(&mut Kept) -> T) -> T {
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        let lang = language();
        if kept.lang != lang {
            *kept = Kept {
                lang,
                ..Kept::default()
            };
        }
        f(&mut kept)
    })
}

/// Past this many days kept, they are forgotten and kept again: a journal
/// of many years still uses little memory.
const DAYS_KEPT: usize = 4096;

/// The words `say` gives for message `id` with the selector `key` (a fixed
/// word such as "private"): looked up once per language.
pub(crate) fn word(id: &'static str, key: &'static str, say: impl FnOnce() -> String) -> String {
    with_kept(|kept| {
        if let Some((_, _, said)) = kept.words.iter().find(|(i, k, _)| *i == id && *k == key) {
            return said.clone();
        }
        let said = say();
        kept.words.push((id, key, said.clone()));
        said
    })
}

/// Message `id` said with `values` (each a `{$variable}` the message only
/// prints, in the order `say` names them): `say` is called once with
/// [`MARKS`] for the values, and the sentence is kept as a template.
/// `say` must pass `v[0]`, `v[1]`, … as the message's variables.
pub(crate) fn sentence(
    id: &'static str,
    values: &[&str],
    say: impl Fn(&[&str]) -> String,
) -> String {
    let filled = with_kept(|kept| {
        let at = match kept.templates.iter().position(|(i, _)| *i == id) {
            Some(at) => at,
            None => {
                let template = Template::of(&say(&MARKS[..values.len()]), values.len());
                kept.templates.push((id, template));
                kept.templates.len() - 1
            }
        };
        kept.templates[at].1.as_ref().map(|t| t.fill(values))
    });
    filled.unwrap_or_else(|| say(values))
}

/// A day in full in the language in use ([`crate::i18n::long_date`]).
pub(crate) fn day(date: NaiveDate) -> String {
    if let Some(said) = with_kept(|kept| kept.days.get(&date).cloned()) {
        return said;
    }
    let said = crate::i18n::long_date(date);
    with_kept(|kept| {
        if kept.days.len() >= DAYS_KEPT {
            kept.days.clear();
        }
        kept.days.insert(date, said.clone());
    });
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_puts_each_value_where_the_sentence_has_it() {
        let t = Template::of("Escrita el \u{E000} · \u{E001}", 2).unwrap();
        assert_eq!(
            t.fill(&["1 de marzo", "privada"]),
            "Escrita el 1 de marzo · privada"
        );
        // Another language may put them the other way round.
        let t = Template::of("\u{E001}: \u{E000}", 2).unwrap();
        assert_eq!(t.fill(&["a", "b"]), "b: a");
        // A value the catalogue chose words by (so its mark is gone), or
        // said twice: no template.
        assert_eq!(Template::of("written on a day", 1), None);
        assert_eq!(Template::of("\u{E000} and \u{E000}", 1), None);
        assert_eq!(Template::of("\u{E000} \u{E001}", 1), None);
    }

    #[test]
    fn a_sentence_is_the_same_whether_kept_or_looked_up() {
        for lang in [Lang::EN, Lang::ES] {
            crate::i18n::in_language(lang, || {
                for (date, reach) in [("1 March", "private"), ("2 de marzo", "juntos")] {
                    let say = |v: &[&str]| crate::t!("report-written", date = v[0], reach = v[1]);
                    assert_eq!(
                        sentence("report-written", &[date, reach], say),
                        say(&[date, reach])
                    );
                }
            });
        }
    }
}
