//! Folded words kept one after another in a few large strings, so that a
//! search narrowing its results reads them in order instead of fetching
//! each entry's words from its own place in memory.
//!
//! An entry's heading (the prompt it answers) is kept once for all the
//! texts that have it, in the shelf's table of headings, and its words on
//! the strings: a journal of 100,000 entries answers a few dozen prompts,
//! and their copies took about 11 MB beside the words.
//!
//! A [`Place`] says where one text is. Places are only ever read on the
//! shelf that gave them: every shelf has its own number ([`Shelf::id`]),
//! a new one when it is made, cloned or tidied, and a result list keeps the
//! number of the shelf its places are on (an old number means: look the
//! words up again).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use zeroize::Zeroize;

/// The size a string of the shelf grows to before another is begun.
const CHUNK: usize = 16 << 20;

/// Where a text is on a [`Shelf`]: its heading in the shelf's table, and
/// its words: which of its strings, from where, how long (words of 4 GiB
/// or more have no place: see [`Shelf::put`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    chunk: u32,
    start: u32,
    len: u32,
    heading: u32,
}

impl Place {
    /// How long the words are, in bytes (the heading is not counted: it
    /// is kept once for every text that has it).
    pub(crate) fn len(self) -> usize {
        self.len as usize
    }

    /// Its bytes in its string.
    fn span(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start + self.len()
    }
}

/// A text on a shelf: its heading and its words, folded. A search reads
/// them as if they were one text, the heading, a line break and the words
/// (no query word holds a space or a line break, so none matches across
/// the two); a place in that text is a place in [`Text::joined`].
///
/// The words are given as bytes: making them a `str` reads the bytes at
/// both ends, to check that a character begins there, and in a search
/// through a hundred thousand entries that is a fetch from memory for each
/// (the search reads bytes, see [`super::Query::first_positions`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Text<'a> {
    pub heading: &'a str,
    pub body: &'a [u8],
}

impl<'a> Text<'a> {
    #[cfg(test)]
    pub(crate) fn new(heading: &'a str, body: &'a str) -> Text<'a> {
        Text {
            heading,
            body: body.as_bytes(),
        }
    }

    /// The words as text (checked, and so read whole: not for a search).
    pub(crate) fn body_str(self) -> Option<&'a str> {
        std::str::from_utf8(self.body).ok()
    }

    /// The heading, a line break and the words, as one string.
    #[cfg(test)]
    pub(crate) fn joined(self) -> String {
        format!(
            "{}\n{}",
            self.heading,
            self.body_str().unwrap_or("(not UTF-8)")
        )
    }

    /// Asks for the `lines` cache lines of words a search from byte `at`
    /// of the joined text reads first to be brought into the cache (see
    /// [`super::prefetch`]): from there in the words, or from their start
    /// if `at` is in the heading (the headings, few and read for every
    /// text, are in the cache already).
    #[inline]
    pub(crate) fn prefetch(self, at: usize, lines: usize) {
        let from = at.saturating_sub(self.heading.len() + 1);
        for line in 0..lines {
            super::prefetch(self.body, from.saturating_add(64 * line));
        }
    }
}

/// The different headings of a shelf's texts, folded, each kept once, with
/// how many texts have it.
#[derive(Debug, Clone, Default)]
struct Headings {
    /// Each heading and how many texts on the shelf have it (0: erased).
    each: Vec<(String, u32)>,
    /// Where a heading is in `each`.
    by_text: HashMap<String, u32>,
}

impl Headings {
    /// The place of `folded` in the table, one more text having it.
    fn take(&mut self, folded: &str, uses: u32) -> Option<u32> {
        if let Some(&at) = self.by_text.get(folded) {
            let (_, n) = self.each.get_mut(at as usize)?;
            *n = n.saturating_add(uses);
            return Some(at);
        }
        let at = u32::try_from(self.each.len()).ok()?;
        self.each.push((folded.to_owned(), uses));
        self.by_text.insert(folded.to_owned(), at);
        Some(at)
    }

    fn get(&self, at: u32) -> Option<&str> {
        self.each.get(at as usize).map(|(h, _)| h.as_str())
    }

    /// One text fewer has heading `at`; the last one wipes it from memory.
    fn let_go(&mut self, at: u32) {
        let Some((heading, n)) = self.each.get_mut(at as usize) else {
            return;
        };
        *n = n.saturating_sub(1);
        if *n == 0 && !heading.is_empty() {
            if let Some((mut key, _)) = self.by_text.remove_entry(heading.as_str()) {
                key.zeroize();
            }
            heading.zeroize();
        }
    }
}

pub(crate) struct Shelf {
    id: u64,
    chunks: Vec<String>,
    headings: Headings,
    /// Where a heading is folded before it is looked up (kept, so that
    /// putting a text makes no string of its own).
    scratch: String,
    /// Bytes of the words of every text put here (erased and replaced
    /// ones too).
    bytes: usize,
}

fn fresh_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Default for Shelf {
    fn default() -> Shelf {
        Shelf::with_capacity(0)
    }
}

/// A copy holds the same texts at the same places, under a number of its
/// own: places found on one are never trusted on the other, whatever each
/// is given afterwards.
impl Clone for Shelf {
    fn clone(&self) -> Shelf {
        Shelf {
            id: fresh_id(),
            chunks: self.chunks.clone(),
            headings: self.headings.clone(),
            scratch: String::new(),
            bytes: self.bytes,
        }
    }
}

impl std::fmt::Debug for Shelf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Shelf({}: {} bytes)", self.id, self.bytes)
    }
}

/// Where the texts of a shelf appended to another are now (see
/// [`Shelf::append`]).
pub(crate) struct Appended {
    /// How many strings the shelf had before.
    base: u32,
    /// Where each heading of the appended shelf is in the table now.
    headings: Vec<u32>,
}

impl Appended {
    /// The place on the shelf appended to of `place`, given by the shelf
    /// appended.
    pub(crate) fn place(&self, place: Place) -> Place {
        Place {
            chunk: place.chunk.saturating_add(self.base),
            heading: self
                .headings
                .get(place.heading as usize)
                .copied()
                .unwrap_or(u32::MAX),
            ..place
        }
    }
}

impl Shelf {
    /// An empty shelf whose first string has room for `bytes`.
    pub(crate) fn with_capacity(bytes: usize) -> Shelf {
        let chunks = if bytes > 0 {
            vec![String::with_capacity(bytes.min(CHUNK))]
        } else {
            Vec::new()
        };
        Shelf {
            id: fresh_id(),
            chunks,
            headings: Headings::default(),
            scratch: String::new(),
            bytes: 0,
        }
    }

    /// This shelf's number (see the module's documentation).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Bytes of the words of every text put here, erased and replaced
    /// ones included.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    /// `heading` and `body` folded ([`super::fold_into`]): the heading
    /// into the table unless it is there already, the words after the last
    /// text's. `None` only for words of 4 GiB or more, which are not kept.
    pub(crate) fn put(&mut self, heading: &str, body: &str) -> Option<Place> {
        let words = self.put_words(body)?;
        self.scratch.clear();
        super::fold_into(heading, &mut self.scratch);
        let heading = self.headings.take(&self.scratch, 1);
        self.scratch.zeroize();
        Some(Place {
            heading: heading?,
            ..words
        })
    }

    /// `body` folded after the last text's words.
    fn put_words(&mut self, body: &str) -> Option<Place> {
        let fits = |c: &String| c.len() < CHUNK;
        if !self.chunks.last().is_some_and(fits) {
            self.chunks
                .push(String::with_capacity(body.len().clamp(4096, CHUNK)));
        }
        for attempt in 0..2 {
            let chunk = u32::try_from(self.chunks.len().checked_sub(1)?).ok()?;
            let last = self.chunks.last_mut()?;
            let from = last.len();
            super::fold_into(body, last);
            let placed = u32::try_from(from)
                .ok()
                .zip(u32::try_from(last.len()).ok())
                .map(|(start, end)| Place {
                    chunk,
                    start,
                    len: end - start,
                    heading: 0,
                });
            if let Some(place) = placed {
                self.bytes += place.len();
                return Some(place);
            }
            // Past what a place can say: begin a new string (once).
            last.truncate(from);
            if attempt == 0 && from > 0 {
                self.chunks.push(String::new());
            } else {
                break;
            }
        }
        None
    }

    /// The text at `place`, if it is on this shelf (no byte of its words
    /// is read to give it).
    pub(crate) fn get(&self, place: Place) -> Option<Text<'_>> {
        Some(Text {
            heading: self.headings.get(place.heading)?,
            body: self
                .chunks
                .get(place.chunk as usize)?
                .as_bytes()
                .get(place.span())?,
        })
    }

    /// The text at `place` overwritten with spaces, in place, and its
    /// heading wiped once no other text has it: nothing can be found in it
    /// any more, and the words are gone from memory.
    pub(crate) fn erase(&mut self, place: Place) {
        if let Some(chunk) = self.chunks.get_mut(place.chunk as usize)
            && chunk.get(place.span()).is_some()
        {
            chunk.replace_range(place.span(), &" ".repeat(place.len()));
            self.headings.let_go(place.heading);
        }
    }

    /// `other`'s texts put after ours; their places are
    /// `appended.place(place)`, `appended` being what this returns.
    pub(crate) fn append(&mut self, other: Shelf) -> Appended {
        let base = u32::try_from(self.chunks.len()).unwrap_or(u32::MAX);
        let headings = other
            .headings
            .each
            .iter()
            .map(|(h, n)| self.headings.take(h, *n).unwrap_or(u32::MAX))
            .collect();
        self.chunks.extend(other.chunks);
        self.bytes += other.bytes;
        Appended { base, headings }
    }

    /// Whether `needle` is anywhere on the shelf, erased texts included.
    #[cfg(test)]
    pub(crate) fn holds(&self, needle: &str) -> bool {
        self.chunks.iter().any(|c| c.contains(needle))
            || self.headings.each.iter().any(|(h, _)| h.contains(needle))
            || self.headings.by_text.keys().any(|h| h.contains(needle))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(shelf: &Shelf, place: Place) -> Option<String> {
        shelf.get(place).map(Text::joined)
    }

    #[test]
    fn texts_come_back_folded_from_their_places() {
        let mut shelf = Shelf::default();
        let a = shelf.put("Café", "Straße").unwrap();
        let b = shelf.put("", "WALK").unwrap();
        assert_eq!(joined(&shelf, a).as_deref(), Some("cafe\nstrasse"));
        assert_eq!(joined(&shelf, b).as_deref(), Some("\nwalk"));
        assert_eq!(shelf.bytes(), a.len() + b.len());
    }

    #[test]
    fn a_heading_is_kept_once_however_many_texts_have_it() {
        let mut shelf = Shelf::default();
        let places: Vec<Place> = (0..1000)
            .map(|n| {
                let heading = if n % 2 == 0 { "What HELPS?" } else { "Más" };
                shelf.put(heading, &format!("words {n}")).unwrap()
            })
            .collect();
        assert_eq!(shelf.headings.each.len(), 2);
        assert_eq!(shelf.headings.by_text.len(), 2);
        assert_eq!(
            joined(&shelf, places[998]).as_deref(),
            Some("what helps?\nwords 998")
        );
        assert_eq!(
            joined(&shelf, places[999]).as_deref(),
            Some("mas\nwords 999")
        );
        // Only the words are on the strings.
        assert_eq!(shelf.bytes(), places.iter().map(|p| p.len()).sum::<usize>());
        assert!(shelf.chunks.iter().all(|c| !c.contains("helps")));
    }

    #[test]
    fn an_erased_text_holds_no_word_and_its_heading_goes_with_the_last() {
        let mut shelf = Shelf::default();
        let a = shelf.put("secret title", "words").unwrap();
        let b = shelf.put("Secret Title", "more").unwrap();
        let c = shelf.put("", "others").unwrap();
        shelf.erase(a);
        assert_eq!(
            shelf.get(a).and_then(Text::body_str).map(str::trim),
            Some("")
        );
        assert!(!shelf.holds("words"));
        // Another text still has the heading.
        assert_eq!(joined(&shelf, b).as_deref(), Some("secret title\nmore"));
        shelf.erase(b);
        assert!(!shelf.holds("secret"), "{:?}", shelf.headings);
        assert!(!shelf.holds("more"));
        assert_eq!(joined(&shelf, c).as_deref(), Some("\nothers"));
        // Put again, it is kept again.
        let d = shelf.put("Secret title", "again").unwrap();
        assert_eq!(joined(&shelf, d).as_deref(), Some("secret title\nagain"));
    }

    #[test]
    fn appended_places_move_and_copies_have_their_own_number() {
        let mut one = Shelf::default();
        let a = one.put("Q", "one").unwrap();
        let mut two = Shelf::default();
        let r = two.put("R", "three").unwrap();
        let b = two.put("Q", "two").unwrap();
        let appended = one.append(two);
        assert_eq!(joined(&one, a).as_deref(), Some("q\none"));
        assert_eq!(joined(&one, appended.place(b)).as_deref(), Some("q\ntwo"));
        assert_eq!(joined(&one, appended.place(r)).as_deref(), Some("r\nthree"));
        assert_eq!(one.headings.each.len(), 2);
        // The heading counts came along: it goes with its last text.
        one.erase(a);
        assert!(one.headings.by_text.contains_key("q"));
        one.erase(appended.place(b));
        assert!(!one.headings.by_text.contains_key("q"));
        assert_ne!(one.clone().id(), one.id());
    }
}
