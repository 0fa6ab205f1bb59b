//! The journal's words folded for the search box (`crate::search::fold`),
//! kept with the workbook for the whole session, so that opening the box
//! and each key typed in it only read them.
//!
//! They are folded once, entry by entry: the whole journal just after it
//! is read, off the UI thread ([`FoldJob`], run by the edge, newest first,
//! coming back in parts as [`Msg::Folded`]), and afterwards each entry
//! again only when it changed (found by when it was last changed and its
//! lengths; the search folds it as it meets it). Nothing else ever needs
//! the whole journal folded at once: a search opened while the journal is
//! still being folded looks only among what is folded so far, says it is
//! still looking, and looks again as more arrives ([`arrived`]), so no
//! key waits for the whole journal.
//!
//! Only words anyone at the keyboard could have in plain memory anyway are
//! kept here: entries in plain text by a partner without protection. A
//! protected partner's words (even while unlocked) are folded only while a
//! search is open and let go with it (`find::Folded`), and the moment a
//! partner turns protection on, whatever was kept of theirs is forgotten
//! ([`Words::forget_protected`], after every update: their folded words
//! are overwritten where they lie, not only forgotten).
//!
//! The folded words themselves are on a [`Shelf`], one after another in
//! the order they were folded (newest first, as a search lists them), and
//! a search keeps each result's [`Place`] on it: narrowing the results is
//! then one pass through memory in order, not a look-up in the table and
//! a fetch from wherever each entry's words were put.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::model::{Body, Entries, Entry, EntryId, PartnerId, Store, Timestamp};
use crate::search::{Place, Shelf, Text};
use crate::workbook::Msg;

/// What an entry's folded words were made from: when it last changed, and
/// the lengths of its heading and words, in 32 bits (words of 4 GiB or more
/// are not kept, see [`Shelf::put`]): 8 bytes an entry fewer in the table.
type Stamp = (Timestamp, u32, u32);

fn stamp(e: &Entry, body: &str) -> Stamp {
    let len = |s: &str| u32::try_from(s.len()).unwrap_or(u32::MAX);
    (e.updated, len(&e.heading), len(body))
}

#[derive(Default, Clone)]
pub struct Words {
    by_id: HashMap<EntryId, Folding, BuildHasherDefault<IdHasher>>,
    /// Whose words are kept (so that looking for a protected partner's,
    /// after every update, costs nothing when there are none).
    authors: Vec<PartnerId>,
    /// The journal is being folded on its own thread and more parts are to
    /// come: an entry not folded yet is waited for, not folded by the
    /// search (see [`Words::waiting_for`]).
    folding: bool,
    /// The folded words, where the table's places are.
    shelf: Shelf,
    /// Bytes of the folded words the table points to (the rest of the
    /// shelf is words replaced or erased; see [`Words::tidy`]).
    live: usize,
}

/// Never the words themselves (a `Msg` may be printed).
impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({} entries)", self.by_id.len())
    }
}

#[derive(Clone, Copy)]
struct Folding {
    from: Stamp,
    author: PartnerId,
    /// Where the heading, a line break and the words are, folded, on the
    /// shelf (see [`Shelf::put`]).
    place: Place,
}

/// Whether `e`'s words may be kept for the session: in plain, by a partner
/// without protection.
fn keepable<'e>(store: &Store, e: &'e Entry) -> Option<&'e str> {
    let unprotected = store
        .partner(e.author)
        .is_none_or(|p| p.protection.is_none());
    match &e.body {
        Body::Text(t) if unprotected => Some(t.as_str()),
        _ => None,
    }
}

/// `e`'s words folded onto `shelf`; `None` only for 4 GiB of words.
fn folding(shelf: &mut Shelf, e: &Entry, body: &str) -> Option<Folding> {
    Some(Folding {
        from: stamp(e, body),
        author: e.author,
        place: shelf.put(&e.heading, body)?,
    })
}

impl Words {
    /// Whether the folding thread has more of the journal to hand over.
    pub(super) fn still_folding(&self) -> bool {
        self.folding
    }
}

impl Words {
    /// `e`'s folded words, if kept and made from `e` as it is now.
    #[cfg(test)]
    pub(crate) fn get(&self, e: &Entry) -> Option<Text<'_>> {
        let f = self.by_id.get(&e.id)?;
        let body = match &e.body {
            Body::Text(t) => t.as_str(),
            Body::Sealed(_) => return None,
        };
        (f.from == stamp(e, body))
            .then_some(f.place)
            .and_then(|p| self.shelf.get(p))
    }

    /// Entry `id`'s folded words as last kept.
    #[cfg(test)]
    pub(crate) fn text(&self, id: EntryId) -> Option<Text<'_>> {
        self.placed(id).map(|(_, t)| t)
    }

    /// Entry `id`'s folded words as last kept, and where they are on the
    /// shelf (for a search narrowing the results of one that read them, the
    /// journal unchanged since).
    pub(crate) fn placed(&self, id: EntryId) -> Option<(Place, Text<'_>)> {
        let place = self.by_id.get(&id)?.place;
        Some((place, self.shelf.get(place)?))
    }

    /// The folded words' bytes at `place` on the shelf numbered `shelf` (a place
    /// from [`Words::fill`] or [`Words::placed`]); `None` when the shelf
    /// is another one now.
    pub(crate) fn at(&self, shelf: u64, place: Place) -> Option<Text<'_>> {
        if shelf != self.shelf.id() {
            return None;
        }
        self.shelf.get(place)
    }

    /// The number of the shelf the places given now are on.
    pub fn shelf(&self) -> u64 {
        self.shelf.id()
    }

    /// `e`'s folded words and where they are, folding them now if they may
    /// be kept and are not (or were made from an older version). `None`:
    /// not kept here.
    pub(crate) fn fill(&mut self, store: &Store, e: &Entry) -> Option<(Place, Text<'_>)> {
        let body = keepable(store, e)?;
        let from = stamp(e, body);
        let old = self.by_id.get(&e.id).map(|f| (f.from == from, f.place));
        let place = match old {
            Some((true, place)) => place,
            _ => {
                let f = folding(&mut self.shelf, e, body)?;
                if !self.authors.contains(&e.author) {
                    self.authors.push(e.author);
                }
                self.live += f.place.len();
                if let Some(old) = self.by_id.insert(e.id, f) {
                    self.live = self.live.saturating_sub(old.place.len());
                }
                f.place
            }
        };
        Some((place, self.shelf.get(place)?))
    }

    /// Whether `e`'s words are still to come from the folding under way
    /// (then the search does not fold them itself: it would fold the
    /// whole journal on the UI thread).
    pub fn waiting_for(&self, store: &Store, e: &Entry) -> bool {
        self.folding && !self.by_id.contains_key(&e.id) && keepable(store, e).is_some()
    }

    /// How many entries' words are kept.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Forgets every word of a partner who has protection, and of entries
    /// no longer in the journal once there are many of them.
    pub fn forget_protected(&mut self, store: &Store) {
        if self.by_id.is_empty() {
            return;
        }
        let protected: Vec<PartnerId> = store
            .partners
            .iter()
            .filter(|p| p.protection.is_some() && self.authors.contains(&p.id))
            .map(|p| p.id)
            .collect();
        if !protected.is_empty() {
            let (shelf, live) = (&mut self.shelf, &mut self.live);
            self.by_id.retain(|_, f| {
                let theirs = protected.contains(&f.author);
                if theirs {
                    // Gone from memory, not only from the table.
                    shelf.erase(f.place);
                    *live = live.saturating_sub(f.place.len());
                }
                !theirs
            });
            self.authors.retain(|a| !protected.contains(a));
        }
        // Deleted entries: only worth a pass when they are many.
        if self.by_id.len() > 2 * store.entries.len() + 1024 {
            let ids: std::collections::HashSet<EntryId> =
                store.entries.iter().map(|e| e.id).collect();
            let live = &mut self.live;
            self.by_id.retain(|id, f| {
                let keep = ids.contains(id);
                if !keep {
                    *live = live.saturating_sub(f.place.len());
                }
                keep
            });
        }
        if self.shelf.bytes() > 2 * self.live + (1 << 20) {
            self.tidy(store);
        }
    }

    /// The shelf written again with only the words the table points to,
    /// newest entry first (the order a search reads them in); the words of
    /// entries no longer in the journal are dropped. The new shelf has a
    /// new number, so no search reads an old place on it.
    fn tidy(&mut self, store: &Store) {
        let mut shelf = Shelf::with_capacity(self.live);
        let mut by_id = HashMap::with_capacity_and_hasher(self.by_id.len(), Default::default());
        let mut live = 0;
        for e in store.entries.iter().rev() {
            let Some(f) = self.by_id.get(&e.id) else {
                continue;
            };
            let Some((heading, body)) = self
                .shelf
                .get(f.place)
                .and_then(|t| Some((t.heading, t.body_str()?)))
            else {
                continue;
            };
            // Already folded: folding again changes nothing.
            if let Some(place) = shelf.put(heading, body) {
                live += place.len();
                by_id.insert(e.id, Folding { place, ..*f });
            }
        }
        self.shelf = shelf;
        self.by_id = by_id;
        self.live = live;
    }

    /// Takes in a part of what a [`FoldJob`] folded. Entries folded here
    /// since are kept (they are as new or newer); the stamps sort out the
    /// rest. The last part ends the waiting.
    pub fn merge(&mut self, other: Words) {
        self.folding = other.folding;
        if self.by_id.is_empty() && self.shelf.bytes() == 0 {
            *self = other;
            return;
        }
        for a in other.authors {
            if !self.authors.contains(&a) {
                self.authors.push(a);
            }
        }
        let appended = self.shelf.append(other.shelf);
        for (id, f) in other.by_id {
            if let std::collections::hash_map::Entry::Vacant(v) = self.by_id.entry(id) {
                self.live += f.place.len();
                v.insert(Folding {
                    place: appended.place(f.place),
                    ..f
                });
            }
        }
    }
}

/// How many entries the folding thread hands over at a time: small enough
/// that the first results of a search opened meanwhile come within a few
/// milliseconds (the search looks again as parts arrive, but only as the
/// words kept double, see `finding::arrived`).
pub const PART: usize = 4096;

/// The whole journal folded off the UI thread, once it is read: a copy of
/// the list of entries (they are shared, so this copies no words), and who
/// has protection (their words are skipped).
pub struct FoldJob {
    entries: Entries,
    protected: Vec<PartnerId>,
}

impl FoldJob {
    /// The job, for `store`; the workbook waits for its parts from now on.
    pub(in crate::workbook) fn of(store: &Store, words: &mut Words) -> FoldJob {
        words.folding = true;
        FoldJob {
            entries: store.entries.clone(),
            protected: store
                .partners
                .iter()
                .filter(|p| p.protection.is_some())
                .map(|p| p.id)
                .collect(),
        }
    }

    /// Folds every entry that may be kept, in one [`Msg::Folded`].
    pub fn run(self) -> Msg {
        let mut last = None;
        self.parts(usize::MAX, &mut |msg| last = Some(msg));
        last.unwrap_or_else(|| Msg::Folded(Arc::default()))
    }

    /// Folds every entry that may be kept, newest first (the top of the
    /// list a search shows), saying each `size` entries as a
    /// [`Msg::Folded`] for the workbook; the last one says it is the last.
    pub fn parts(self, size: usize, say: &mut dyn FnMut(Msg)) {
        let size = size.max(1);
        // Each part's words on a shelf of their own, in one string made
        // about the right size at once (folding seldom changes a length):
        // each part's size worked out in one pass first.
        let mut sizes = Vec::new();
        let (mut kept, mut bytes) = (0, 0);
        for e in self.entries.iter().rev() {
            if let Body::Text(body) = &e.body
                && !self.protected.contains(&e.author)
            {
                bytes += body.len();
                kept += 1;
                if kept == size {
                    sizes.push(std::mem::take(&mut bytes));
                    kept = 0;
                }
            }
        }
        sizes.push(bytes);
        let mut sizes = sizes.into_iter();
        let mut part = || Words {
            by_id: HashMap::with_capacity_and_hasher(
                size.min(self.entries.len()),
                Default::default(),
            ),
            authors: Vec::new(),
            folding: true,
            shelf: Shelf::with_capacity(sizes.next().unwrap_or(0)),
            live: 0,
        };
        let mut now = part();
        for e in self.entries.iter().rev() {
            if self.protected.contains(&e.author) {
                continue;
            }
            if let Body::Text(body) = &e.body {
                let Some(f) = folding(&mut now.shelf, e, body) else {
                    continue;
                };
                now.live += f.place.len();
                now.by_id.insert(e.id, f);
                if !now.authors.contains(&e.author) {
                    now.authors.push(e.author);
                }
                if now.by_id.len() >= size {
                    let next = part();
                    say(Msg::Folded(Arc::new(std::mem::replace(&mut now, next))));
                }
            }
        }
        now.folding = false;
        say(Msg::Folded(Arc::new(now)));
    }
}

/// Entry ids are numbers handed out in order: one multiplication spreads
/// them well enough for a table, several times quicker than the default
/// hasher on the search's hot path.
#[derive(Default)]
pub(super) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

#[cfg(test)]
mod tests;
