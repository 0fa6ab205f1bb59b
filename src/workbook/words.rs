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
//! ([`Words::forget_protected`], after every update).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::model::{Body, Entries, Entry, EntryId, PartnerId, Store, Timestamp};
use crate::workbook::Msg;

/// What an entry's folded words were made from: when it last changed, and
/// the lengths of its heading and words.
type Stamp = (Timestamp, usize, usize);

fn stamp(e: &Entry, body: &str) -> Stamp {
    (e.updated, e.heading.len(), body.len())
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
}

/// Never the words themselves (a `Msg` may be printed).
impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({} entries)", self.by_id.len())
    }
}

#[derive(Clone)]
struct Folding {
    from: Stamp,
    author: PartnerId,
    /// The heading, a line break, the words (no query word holds a space
    /// or a line break, so none matches across the two).
    text: Box<str>,
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

fn folding(e: &Entry, body: &str) -> Folding {
    let mut text = String::with_capacity(e.heading.len() + 1 + body.len());
    crate::search::fold_into(&e.heading, &mut text);
    text.push('\n');
    crate::search::fold_into(body, &mut text);
    Folding {
        from: stamp(e, body),
        author: e.author,
        text: text.into_boxed_str(),
    }
}

impl Words {
    /// Whether the folding thread has more of the journal to hand over.
    pub(super) fn still_folding(&self) -> bool {
        self.folding
    }
}

impl Words {
    /// `e`'s folded words, if kept and made from `e` as it is now.
    pub fn get(&self, e: &Entry) -> Option<&str> {
        let f = self.by_id.get(&e.id)?;
        let body = match &e.body {
            Body::Text(t) => t.as_str(),
            Body::Sealed(_) => return None,
        };
        (f.from == stamp(e, body)).then_some(&*f.text)
    }

    /// Entry `id`'s folded words as last kept (for a search narrowing the
    /// results of one that read them, the journal unchanged since).
    pub fn text(&self, id: EntryId) -> Option<&str> {
        self.by_id.get(&id).map(|f| &*f.text)
    }

    /// `e`'s folded words, folding them now if they may be kept and are
    /// not (or were made from an older version). `None`: not kept here.
    pub fn fill(&mut self, store: &Store, e: &Entry) -> Option<&str> {
        let body = keepable(store, e)?;
        let from = stamp(e, body);
        if !self.authors.contains(&e.author) {
            self.authors.push(e.author);
        }
        let f = self
            .by_id
            .entry(e.id)
            .and_modify(|f| {
                if f.from != from {
                    *f = folding(e, body);
                }
            })
            .or_insert_with(|| folding(e, body));
        Some(&f.text)
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
            self.by_id.retain(|_, f| !protected.contains(&f.author));
            self.authors.retain(|a| !protected.contains(a));
        }
        // Deleted entries: only worth a pass when they are many.
        if self.by_id.len() > 2 * store.entries.len() + 1024 {
            let ids: std::collections::HashSet<EntryId> =
                store.entries.iter().map(|e| e.id).collect();
            self.by_id.retain(|id, _| ids.contains(id));
        }
    }

    /// Takes in a part of what a [`FoldJob`] folded. Entries folded here
    /// since are kept (they are as new or newer); the stamps sort out the
    /// rest. The last part ends the waiting.
    pub fn merge(&mut self, other: Words) {
        self.folding = other.folding;
        if self.by_id.is_empty() {
            *self = other;
            return;
        }
        for a in other.authors {
            if !self.authors.contains(&a) {
                self.authors.push(a);
            }
        }
        for (id, f) in other.by_id {
            self.by_id.entry(id).or_insert(f);
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
        let part = |len: usize| Words {
            by_id: HashMap::with_capacity_and_hasher(len, Default::default()),
            authors: Vec::new(),
            folding: true,
        };
        let mut now = part(size.min(self.entries.len()));
        for e in self.entries.iter().rev() {
            if self.protected.contains(&e.author) {
                continue;
            }
            if let Body::Text(body) = &e.body {
                now.by_id.insert(e.id, folding(e, body));
                if !now.authors.contains(&e.author) {
                    now.authors.push(e.author);
                }
                if now.by_id.len() >= size {
                    let next = part(size.min(self.entries.len()));
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
