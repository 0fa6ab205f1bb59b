//! Folded words kept one after another in a few large strings, so that a
//! search narrowing its results reads them in order instead of fetching
//! each entry's words from its own place in memory.
//!
//! A [`Place`] says where one text is. Places are only ever read on the
//! shelf that gave them: every shelf has its own number ([`Shelf::id`]),
//! a new one when it is made, cloned or tidied, and a result list keeps the
//! number of the shelf its places are on (an old number means: look the
//! words up again).

use std::sync::atomic::{AtomicU64, Ordering};

/// The size a string of the shelf grows to before another is begun.
const CHUNK: usize = 16 << 20;

/// Where a text is on a [`Shelf`]: which of its strings, from where, how
/// long (a text of 4 GiB or more has no place: see [`Shelf::put`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    chunk: u32,
    start: u32,
    len: u32,
}

impl Place {
    /// How long the text is, in bytes.
    pub(crate) fn len(self) -> usize {
        self.len as usize
    }

    /// Its bytes in its string.
    fn span(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start + self.len()
    }

    /// The same place once the shelf it is on has been put after `base`
    /// strings of another (see [`Shelf::append`]).
    pub(crate) fn after(self, base: u32) -> Place {
        Place {
            chunk: self.chunk.saturating_add(base),
            ..self
        }
    }
}

pub(crate) struct Shelf {
    id: u64,
    chunks: Vec<String>,
    /// Bytes of every text put here (erased and replaced ones too).
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
            bytes: self.bytes,
        }
    }
}

impl std::fmt::Debug for Shelf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Shelf({}: {} bytes)", self.id, self.bytes)
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
            bytes: 0,
        }
    }

    /// This shelf's number (see the module's documentation).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Bytes of every text put here, erased and replaced ones included.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    /// `heading`, a line break and `body`, folded ([`super::fold_into`]),
    /// put after the last text. No query word holds a space or a line
    /// break, so none matches across the two. `None` only for a text of
    /// 4 GiB or more, which is not kept.
    pub(crate) fn put(&mut self, heading: &str, body: &str) -> Option<Place> {
        let fits = |c: &String| c.len() < CHUNK;
        if !self.chunks.last().is_some_and(fits) {
            let want = heading.len() + 1 + body.len();
            self.chunks
                .push(String::with_capacity(want.clamp(4096, CHUNK)));
        }
        for attempt in 0..2 {
            let chunk = u32::try_from(self.chunks.len().checked_sub(1)?).ok()?;
            let last = self.chunks.last_mut()?;
            let from = last.len();
            super::fold_into(heading, last);
            last.push('\n');
            super::fold_into(body, last);
            let placed = u32::try_from(from)
                .ok()
                .zip(u32::try_from(last.len()).ok())
                .map(|(start, end)| Place {
                    chunk,
                    start,
                    len: end - start,
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

    /// The text at `place`, if it is on this shelf.
    pub(crate) fn get(&self, place: Place) -> Option<&str> {
        self.chunks.get(place.chunk as usize)?.get(place.span())
    }

    /// The text at `place` as bytes: no byte of it is read to get them
    /// (see [`super::Query::first_positions`]).
    pub(crate) fn read(&self, place: Place) -> Option<&[u8]> {
        self.chunks
            .get(place.chunk as usize)?
            .as_bytes()
            .get(place.span())
    }

    /// The text at `place` overwritten with spaces, in place: nothing can
    /// be found in it any more, and the words are gone from memory.
    pub(crate) fn erase(&mut self, place: Place) {
        if let Some(chunk) = self.chunks.get_mut(place.chunk as usize)
            && chunk.get(place.span()).is_some()
        {
            chunk.replace_range(place.span(), &" ".repeat(place.len()));
        }
    }

    /// `other`'s texts put after ours; their places are
    /// `place.after(base)`, `base` being what this returns.
    pub(crate) fn append(&mut self, other: Shelf) -> u32 {
        let base = u32::try_from(self.chunks.len()).unwrap_or(u32::MAX);
        self.chunks.extend(other.chunks);
        self.bytes += other.bytes;
        base
    }

    /// Whether `needle` is anywhere on the shelf, erased texts included.
    #[cfg(test)]
    pub(crate) fn holds(&self, needle: &str) -> bool {
        self.chunks.iter().any(|c| c.contains(needle))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_back_folded_from_their_places() {
        let mut shelf = Shelf::default();
        let a = shelf.put("Café", "Straße").unwrap();
        let b = shelf.put("", "WALK").unwrap();
        assert_eq!(shelf.get(a), Some("cafe\nstrasse"));
        assert_eq!(shelf.get(b), Some("\nwalk"));
        assert_eq!(shelf.bytes(), a.len() + b.len());
    }

    #[test]
    fn an_erased_text_holds_no_word() {
        let mut shelf = Shelf::default();
        let a = shelf.put("secret", "words").unwrap();
        let b = shelf.put("", "others").unwrap();
        shelf.erase(a);
        assert_eq!(shelf.get(a).map(str::trim), Some(""));
        assert_eq!(shelf.get(b), Some("\nothers"));
    }

    #[test]
    fn appended_places_move_and_copies_have_their_own_number() {
        let mut one = Shelf::default();
        let a = one.put("", "one").unwrap();
        let mut two = Shelf::default();
        let b = two.put("", "two").unwrap();
        let base = one.append(two);
        assert_eq!(one.get(a), Some("\none"));
        assert_eq!(one.get(b.after(base)), Some("\ntwo"));
        assert_ne!(one.clone().id(), one.id());
    }
}
