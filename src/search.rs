//! Finding words again: one matcher for the journal's search box and for
//! `trustmend export --search`, so both find the same entries.
//!
//! Matching ignores case and accents: both sides are folded the same way
//! (compatibility decomposition, combining marks dropped, lower case, and
//! "ß" as "ss"), so "cafe" finds "Café" and "CAFÉ", and a full-width
//! "ｔｒｕｓｔ" finds "trust". Compatibility rather than canonical
//! decomposition on purpose: a search box should not care how a letter was
//! typed, and it folds the full-width forms East Asian keyboards type.
//!
//! A query is words: an entry matches when it holds every one of them,
//! anywhere and in any order. Where they are is told in byte ranges of the
//! original text that always start and end on grapheme boundaries, so
//! highlighting never splits a character (an "é" typed as "e" plus an
//! accent is highlighted whole, or not at all).

use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_segmentation::UnicodeSegmentation;

mod shelf;

pub(crate) use shelf::{Place, Shelf, Text};

/// `text` folded for matching (see the module's documentation).
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends `text` folded to `out`. Runs of ASCII (most of any journal) are
/// copied and lowered at once.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        if ascii > 0 {
            let from = out.len();
            out.push_str(&rest[..ascii]);
            // Only ASCII bytes were appended, so this keeps `out` UTF-8.
            out[from..].make_ascii_lowercase();
            rest = &rest[ascii..];
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            fold_char(c, out);
            rest = chars.as_str();
        }
    }
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            match l {
                'ß' => out.push_str("ss"),
                // Final sigma is the same letter as σ.
                'ς' => out.push('σ'),
                l if is_combining_mark(l) => {}
                l => out.push(l),
            }
        }
    });
}

/// Whether `haystack` holds `needle`; a one-byte needle (the first letter
/// typed) is looked for with `memchr`, quicker than a substring search.
fn holds(haystack: &str, needle: &str) -> bool {
    match needle.as_bytes() {
        [b] => memchr::memchr(*b, haystack.as_bytes()).is_some(),
        _ => haystack.contains(needle),
    }
}

/// Asks for the byte at `at` of `bytes` to be brought into the cache,
/// without waiting for it (nothing when `at` is past the end). A search
/// going through many entries' words asks for the next ones' while it
/// reads these: each fetch from memory then overlaps the work, instead of
/// the work waiting for each fetch.
#[inline]
pub(crate) fn prefetch(bytes: &[u8], at: usize) {
    let Some(byte) = bytes.get(at) else { return };
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch only hints the cache: it reads nothing into the
    // program and cannot fault, and the address is inside `bytes`.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(byte).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    std::hint::black_box(*byte);
}

/// Whether `bytes` begins with `word` (a word is a few bytes: compared
/// here rather than through a call to `memcmp`).
fn begins_with(bytes: &[u8], word: &[u8]) -> bool {
    bytes.len() >= word.len() && bytes.iter().zip(word).all(|(a, b)| a == b)
}

/// What someone typed in a search box, folded once, with a searcher made
/// for each word once (`memchr`'s vectorised substring search, set up
/// once rather than for each of a hundred thousand entries).
#[derive(Debug, Clone, Default)]
pub struct Query {
    terms: Vec<String>,
    finders: Vec<memchr::memmem::Finder<'static>>,
}

/// Two queries are the same when their words are.
impl PartialEq for Query {
    fn eq(&self, other: &Query) -> bool {
        self.terms == other.terms
    }
}

impl Eq for Query {}

impl Query {
    pub fn new(text: &str) -> Query {
        let mut terms: Vec<String> = fold(text).split_whitespace().map(String::from).collect();
        // Longest first: the rarest word usually rules an entry out soonest.
        terms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        terms.dedup();
        let finders = terms
            .iter()
            .map(|t| memchr::memmem::Finder::new(t.as_bytes()).into_owned())
            .collect();
        Query { terms, finders }
    }

    /// Nothing to look for (only spaces, or only accents).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The folded words, longest first.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every entry this query matches is matched by `wider` too:
    /// each of `wider`'s words is inside one of ours. Typing more letters
    /// or words narrows a search this way, so the new results can be
    /// looked for among the last ones.
    pub fn narrows(&self, wider: &Query) -> bool {
        wider
            .terms
            .iter()
            .all(|w| self.terms.iter().any(|t| t.contains(w.as_str())))
    }

    /// Whether the already folded `haystacks` hold every word between them.
    pub fn matches_folded(&self, haystacks: &[&str]) -> bool {
        !self.is_empty()
            && self
                .terms
                .iter()
                .all(|t| haystacks.iter().any(|h| holds(h, t)))
    }

    /// Where each word first is in the folded `text` (pushed on `out`, in
    /// the order of [`Query::terms`]), or `false` if one is missing (and
    /// `out` is left as it was). Word `i` is looked for from byte `from(i)`
    /// on: a search that narrows an earlier one knows its words cannot be
    /// found sooner, and so does not read the text again. Places are in the
    /// heading, a line break and the words ([`Text::joined`]); the two are
    /// read where they lie, not joined.
    ///
    /// The text is read as bytes: a whole word of UTF-8 is only ever found
    /// where a character starts, so no byte needs to be read to know where
    /// characters start (in a search through a hundred thousand entries,
    /// reading the first and last byte of each to check is a fetch from
    /// memory each).
    pub(crate) fn first_positions(
        &self,
        text: Text<'_>,
        from: impl Fn(usize) -> usize,
        out: &mut Vec<u32>,
    ) -> bool {
        let mark = out.len();
        let (heading, body) = (text.heading.as_bytes(), text.body);
        // Where the words begin in the joined text.
        let words_at = heading.len() + 1;
        for i in 0..self.terms.len() {
            let start = from(i);
            let found = match start.checked_sub(words_at) {
                // In the words: never read the heading.
                Some(skip) => {
                    let skip = skip.min(body.len());
                    self.find(i, body.get(skip..).unwrap_or_default())
                        .map(|p| words_at + skip + p)
                }
                None => self
                    .find(i, heading.get(start..).unwrap_or_default())
                    .map(|p| start + p)
                    .or_else(|| self.find(i, body).map(|p| words_at + p)),
            };
            if let Some(p) = found.and_then(|p| u32::try_from(p).ok()) {
                out.push(p);
            } else {
                out.truncate(mark);
                return false;
            }
        }
        true
    }

    /// Where word `i` first is in `rest`.
    #[inline]
    fn find(&self, i: usize, rest: &[u8]) -> Option<usize> {
        let t = self.terms.get(i)?.as_bytes();
        // Usually the word is right where the word it grew from was.
        match (t, self.finders.get(i)) {
            (t, _) if begins_with(rest, t) => Some(0),
            ([b], _) => memchr::memchr(*b, rest),
            (_, Some(finder)) => finder.find(rest),
            (t, None) => memchr::memmem::find(rest, t),
        }
    }

    /// For each of our words, a word of `wider` inside it and where: then
    /// our word is never found before (`wider`'s word's first place − that
    /// offset). The longest such word, as it bounds the search best.
    pub fn inside(&self, wider: &Query) -> Vec<Option<(usize, usize)>> {
        self.terms
            .iter()
            .map(|t| {
                wider
                    .terms
                    .iter()
                    .enumerate()
                    .filter_map(|(j, w)| t.find(w.as_str()).map(|k| (j, k, w.len())))
                    .max_by_key(|&(_, _, len)| len)
                    .map(|(j, k, _)| (j, k))
            })
            .collect()
    }

    /// Whether `texts` hold every word between them.
    pub fn matches(&self, texts: &[&str]) -> bool {
        let folded: Vec<String> = texts.iter().map(|t| fold(t)).collect();
        let folded: Vec<&str> = folded.iter().map(String::as_str).collect();
        self.matches_folded(&folded)
    }

    /// Where any of the words is in `text`: byte ranges of `text`, in
    /// order, not overlapping, each starting and ending on a grapheme
    /// boundary.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        // The folded text, and for each grapheme where its folded form starts.
        let mut folded = String::with_capacity(text.len());
        let mut graphemes: Vec<(usize, Range<usize>)> = Vec::new();
        for (at, g) in text.grapheme_indices(true) {
            let from = folded.len();
            fold_into(g, &mut folded);
            if folded.len() > from {
                graphemes.push((from, at..at + g.len()));
            }
        }
        // The grapheme whose folded form holds folded byte `i`.
        let holding = |i: usize| match graphemes.binary_search_by(|(from, _)| from.cmp(&i)) {
            Ok(k) => k,
            Err(k) => k.saturating_sub(1),
        };
        let mut found: Vec<Range<usize>> = Vec::new();
        for term in &self.terms {
            for (start, m) in folded.match_indices(term.as_str()) {
                let first = holding(start);
                let last = holding(start + m.len() - 1);
                if let (Some((_, a)), Some((_, b))) = (graphemes.get(first), graphemes.get(last)) {
                    found.push(a.start..b.end);
                }
            }
        }
        found.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
        for r in found {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests;
