//! Finding an entry again: the search box (`/`), the filter chips (`1`–`4`)
//! and the entries they leave, over everything the person may read (their
//! own entries, and what their partner shared, as `privacy::can_read`
//! says).
//!
//! It stays quick at 100,000 entries without leaving the state machine:
//! each entry's words are folded once (`crate::search::fold`) and kept for
//! the session ([`crate::workbook::words`], folded off the UI thread once the
//! journal is read; a protected partner's only while the search is open,
//! here), keyed by the entry's id and when it last changed; typing more
//! letters looks only among the last results, and taking letters away goes
//! back to results already found. Each result keeps where its folded words
//! are ([`Kept`]), so narrowing is one pass through the results and the
//! words in the order they were folded, with no look-up by id.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

use super::filters::{Chip, Filters};
use crate::content::Content;
use crate::keymap::Context;
use crate::model::{Body, Entry, EntryId, PartnerId, Store, Timestamp};
use crate::search::{Place, Query, Text};

use crate::workbook::words::Words;

/// The results kept for going back when letters are taken away.
const KEPT_LEVELS: usize = 12;

/// How many results ahead of the one being looked at its words are asked
/// of memory while narrowing (see `Find::refresh`), and how many lines of
/// 64 bytes of each, from where the search of a word will begin (it
/// usually ends within a few lines).
const AHEAD: usize = 16;
const LINES: usize = 4;

#[derive(Debug, Clone, Default)]
pub struct Find {
    /// The search box's text, as typed.
    text: String,
    query: Query,
    /// The search box has the keyboard.
    typing: bool,
    filters: Filters,
    /// Results, each narrowing the one below; the last is shown.
    levels: Vec<Level>,
    /// What `levels` were found in: when it changes they are found again.
    basis: Option<Basis>,
    folded: Folded,
    /// How many entries' words were kept when the search last looked
    /// again as the words being folded arrived (see `finding::arrived`).
    looked: Option<usize>,
}

/// One search's results.
#[derive(Debug, Clone)]
struct Level {
    query: Query,
    /// The found entries, newest first.
    hits: Vec<Hit>,
    /// The numbers of the shelves the hits' places are on: the session's
    /// words' and the search's own (see `crate::search::Shelf`).
    shelves: (u64, u64),
    /// For each hit, where each of the query's words first is in its
    /// folded words (`query.terms().len()` numbers a hit).
    firsts: Vec<u32>,
    /// Entries the person may read, within the filters, that are locked.
    locked: usize,
    /// Entries not looked at yet: their words are still being folded on
    /// their own thread (see `finding::arrived`, which looks again).
    waiting: usize,
}

/// One entry found.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// Where in `store.entries` it is.
    at: usize,
    id: EntryId,
    /// Where its folded words are.
    words: Kept,
}

/// Where a found entry's folded words are.
#[derive(Debug, Clone, Copy)]
enum Kept {
    /// With the words kept for the session ([`Words`]).
    Session(Place),
    /// With the search's own ([`Folded`]).
    Search(Place),
    /// Not folded yet (still being folded on its own thread) or locked.
    Nowhere,
}

#[derive(Debug, Clone, PartialEq)]
struct Basis {
    viewer: PartnerId,
    filters: Filters,
    /// The journal's shape: entries added or removed move every position.
    entries: usize,
    first: Option<EntryId>,
    last: Option<EntryId>,
    couples: bool,
    /// Whether the viewer's protected words are open: locking seals them
    /// in memory, and what was found in them must go.
    unlocked: bool,
}

impl Find {
    /// Whether a search or a filter is on (then the list shows what they find).
    pub fn active(&self) -> bool {
        self.typing || !self.query.is_empty() || !self.filters.is_empty()
    }

    /// The search box has the keyboard.
    pub fn typing(&self) -> bool {
        self.typing
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// What is being looked for (empty when only filters are on).
    pub fn query(&self) -> &Query {
        &self.query
    }

    pub fn filters(&self) -> &Filters {
        &self.filters
    }

    /// The key table while finding, if a search or a filter is on.
    pub fn context(&self, reading: bool) -> Option<Context> {
        match (reading, self.typing) {
            (false, true) => Some(Context::JournalSearch),
            (false, false) if self.active() => Some(Context::JournalFound),
            (true, _) if !self.query.is_empty() => Some(Context::JournalReadFound),
            _ => None,
        }
    }

    /// The found entries' ids, newest first.
    pub fn ids(&self) -> std::sync::Arc<[EntryId]> {
        self.hits().iter().map(|h| h.id).collect()
    }

    fn hits(&self) -> &[Hit] {
        self.levels.last().map_or(&[], |l| l.hits.as_slice())
    }

    /// How many entries were found.
    pub fn len(&self) -> usize {
        self.hits().len()
    }

    pub fn is_empty(&self) -> bool {
        self.hits().is_empty()
    }

    /// The `i`th entry found, newest first (drawing asks only for the rows
    /// it shows, not for a hundred thousand).
    pub fn entry<'s>(&self, store: &'s Store, i: usize) -> Option<&'s Entry> {
        let &Hit { at, id, .. } = self.hits().get(i)?;
        store
            .entries
            .get(at)
            .filter(|e| e.id == id)
            .or_else(|| store.entry(id))
    }

    /// Every entry found, newest first.
    pub fn entries<'s>(&self, store: &'s Store) -> Vec<&'s Entry> {
        (0..self.len())
            .filter_map(|i| self.entry(store, i))
            .collect()
    }

    /// How many readable entries within the filters are locked, and so
    /// not searched (only while something is typed).
    pub fn locked(&self) -> usize {
        if self.query.is_empty() {
            return 0;
        }
        self.levels.last().map_or(0, |l| l.locked)
    }

    /// Whether some entries are not looked at yet, their words still being
    /// folded (only while something is typed): the results are what is
    /// folded so far.
    pub fn looking(&self) -> bool {
        !self.query.is_empty() && self.levels.last().is_some_and(|l| l.waiting > 0)
    }

    /// Whether the words kept (`kept` entries' worth) have doubled since
    /// the search last looked again as folded words arrived (or it never
    /// did).
    pub fn due(&self, kept: usize) -> bool {
        self.looked.is_none_or(|then| kept >= 2 * then.max(1))
    }

    /// It looked again as folded words arrived, with `kept` entries' words.
    pub fn looked(&mut self, kept: usize) {
        self.looked = Some(kept);
    }

    /// `/`: the search box takes the keyboard, with what was typed before.
    pub fn open(&mut self) {
        self.typing = true;
    }

    /// Enter in the box: the keyboard goes back to the list, results kept.
    pub fn keep(&mut self) {
        self.typing = false;
    }

    /// Esc: no search and no filter; the folded words are let go.
    pub fn clear(&mut self) {
        *self = Find::default();
    }

    /// A key typed in the search box. Returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return false;
        }
        match key.code {
            KeyCode::Char(c) => self.text.push(c),
            KeyCode::Backspace => {
                let Some((at, _)) = self.text.grapheme_indices(true).next_back() else {
                    return false;
                };
                self.text.truncate(at);
            }
            _ => return false,
        }
        self.query = Query::new(&self.text);
        true
    }

    /// Text pasted into the search box (one line: breaks become spaces).
    pub fn paste(&mut self, text: &str) -> bool {
        let line: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if line.is_empty() {
            return false;
        }
        self.text.push_str(&line);
        self.query = Query::new(&self.text);
        true
    }

    /// Step a filter chip (over the entries `viewer` may read).
    pub fn step(
        &mut self,
        chip: Chip,
        store: &Store,
        content: &Content,
        viewer: PartnerId,
        now: Timestamp,
    ) {
        let readable = store
            .entries
            .iter()
            .filter(|e| crate::privacy::can_read(store, viewer, e));
        self.filters.step(chip, content, readable, now);
    }

    /// `0`: every chip back to "all".
    pub fn clear_filters(&mut self) {
        self.filters = Filters::default();
    }

    /// Bring the results up to date with the query, the filters and the
    /// store. `changed`: the store was changed since the last call (an
    /// entry edited, shared, deleted), so nothing found before is trusted.
    /// `words`: the journal's words folded for the session (see
    /// [`Words`]); entries not there yet are folded into it as they are met.
    pub fn refresh(
        &mut self,
        (store, words): (&Store, &mut Words),
        content: &Content,
        viewer: PartnerId,
        unlocked: bool,
        changed: bool,
    ) {
        if !self.active() {
            self.levels.clear();
            self.basis = None;
            return;
        }
        let basis = Basis {
            viewer,
            filters: self.filters.clone(),
            entries: store.entries.len(),
            first: store.entries.iter().next().map(|e| e.id),
            last: store.entries.iter().next_back().map(|e| e.id),
            couples: crate::privacy::couples_available(store),
            unlocked,
        };
        if changed || self.basis.as_ref() != Some(&basis) {
            self.levels.clear();
            self.basis = Some(basis);
        }
        // Back to the last results this query narrows (letters taken away).
        while let Some(top) = self.levels.last() {
            if self.query.narrows(&top.query) {
                break;
            }
            self.levels.pop();
        }
        if self
            .levels
            .last()
            .is_some_and(|top| top.query == self.query)
        {
            return;
        }
        let level = match self.levels.last() {
            Some(wider) => {
                // Only among the last results: typing narrows them. The
                // journal is as it was (the basis says so), so the words
                // folded then are the entries' words now; and each word is
                // looked for only from where the word it grew from was.
                let plan = self.query.inside(&wider.query);
                let width = wider.query.terms().len();
                let terms = self.query.terms().len();
                let mut hits = Vec::new();
                let mut firsts = Vec::new();
                let (session, search) = wider.shelves;
                let folded = &self.folded;
                // Where the hit's words were when it was found: read in
                // order, as they were folded. Looked up by id only if they
                // were not there (or are on another shelf now).
                let text_of = |hit: &Hit| {
                    let placed = match hit.words {
                        Kept::Session(p) => words.at(session, p).map(|t| (hit.words, t)),
                        Kept::Search(p) => folded.at(search, p).map(|t| (hit.words, t)),
                        Kept::Nowhere => None,
                    };
                    placed.or_else(|| {
                        let (p, t) = words
                            .placed(hit.id)
                            .map(|(p, t)| (Kept::Session(p), t))
                            .or_else(|| {
                                let (p, t) = folded.get(hit.at, hit.id)?;
                                Some((Kept::Search(p), t))
                            })?;
                        Some((p, t))
                    })
                };
                let from = |n: usize, i: usize| match plan.get(i).copied().flatten() {
                    Some((j, k)) => wider
                        .firsts
                        .get(n * width + j)
                        .map_or(0, |&f| (f as usize).saturating_sub(k)),
                    None => 0,
                };
                // Where the search of each word of the hit `AHEAD` places on
                // will begin is asked of memory now, so that it is there by
                // the time that hit is looked at: the fetches overlap,
                // instead of each waiting for the one before.
                let ask = |n: usize| {
                    let Some((_, text)) = wider.hits.get(n).and_then(text_of) else {
                        return;
                    };
                    for i in 0..terms {
                        text.prefetch(from(n, i), LINES);
                    }
                };
                (0..AHEAD).for_each(ask);
                for (n, hit) in wider.hits.iter().enumerate() {
                    ask(n + AHEAD);
                    let Some((kept, text)) = text_of(hit) else {
                        continue;
                    };
                    if self
                        .query
                        .first_positions(text, |i| from(n, i), &mut firsts)
                    {
                        hits.push(Hit {
                            words: kept,
                            ..*hit
                        });
                    }
                }
                Level {
                    query: self.query.clone(),
                    hits,
                    shelves: (words.shelf(), self.folded.shelf.id()),
                    firsts,
                    locked: wider.locked,
                    waiting: wider.waiting,
                }
            }
            None => self.everything((store, words), content, viewer),
        };
        self.levels.push(level);
        if self.levels.len() > KEPT_LEVELS {
            self.levels.remove(0);
        }
    }

    /// One pass over the whole journal.
    fn everything(
        &mut self,
        (store, words): (&Store, &mut Words),
        content: &Content,
        viewer: PartnerId,
    ) -> Level {
        let mut order: Vec<usize> = (0..store.entries.len()).rev().collect();
        // Newest first, as the list is (entries are kept in the order written).
        let key = |&at: &usize| store.entries.get(at).map(Entry::written_order);
        if !order.is_sorted_by(|a, b| key(a) >= key(b)) {
            order.sort_by_key(|a| std::cmp::Reverse(key(a)));
        }
        let mut hits = Vec::new();
        let mut firsts = Vec::new();
        let mut locked = 0;
        let mut waiting = 0;
        for at in order {
            let Some(e) = store.entries.get(at) else {
                continue;
            };
            // The one rule (`can_read`); its own first test keeps the
            // common case (one's own entry) cheap.
            let readable = crate::privacy::can_read(store, viewer, e);
            if !readable || !self.filters.keeps(content, e) {
                continue;
            }
            // Counted with no query too: typing then narrows these results.
            if matches!(e.body, Body::Sealed(_)) {
                locked += 1;
            }
            // Still being folded on its own thread: not looked at yet
            // (listed while nothing is typed, as every entry is).
            if words.waiting_for(store, e) {
                waiting += 1;
                if self.query.is_empty() {
                    hits.push(Hit {
                        at,
                        id: e.id,
                        words: Kept::Nowhere,
                    });
                }
                continue;
            }
            // Folded now if it was not (a new or changed entry, or one
            // whose words are kept only while searching), even with nothing
            // typed yet, so that every key after this one only reads what
            // is folded.
            let text = match words.fill(store, e) {
                Some((p, text)) => Some((Kept::Session(p), text)),
                None => self
                    .folded
                    .fill(at, e)
                    .map(|(p, text)| (Kept::Search(p), text)),
            };
            let (kept, found) = match text {
                Some((kept, _)) if self.query.is_empty() => (kept, true),
                None if self.query.is_empty() => (Kept::Nowhere, true),
                Some((kept, t)) => (kept, self.query.first_positions(t, |_| 0, &mut firsts)),
                None => (Kept::Nowhere, false),
            };
            if found {
                hits.push(Hit {
                    at,
                    id: e.id,
                    words: kept,
                });
            }
        }
        Level {
            query: self.query.clone(),
            hits,
            shelves: (words.shelf(), self.folded.shelf.id()),
            firsts,
            locked,
            waiting,
        }
    }
}

/// The words of entries not kept for the session (a protected partner's,
/// while unlocked): each entry's title and words folded, one after another
/// on a shelf (so going through them reads memory in order), found by the
/// entry's position in the journal, with what they were folded from.
/// Cloning it gives an empty one: it is only a cache, refilled as it is used.
#[derive(Debug, Default)]
struct Folded {
    shelf: crate::search::Shelf,
    slots: Vec<Slot>,
}

impl Clone for Folded {
    fn clone(&self) -> Self {
        Folded::default()
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// What was folded: the entry, when it last changed, and its lengths.
    from: Option<(EntryId, Timestamp, usize, usize)>,
    /// Where its folded words are on the shelf; `None` for a locked entry.
    at: Option<Place>,
}

impl Folded {
    /// The entry at `at` folded (the title, a line break, the words: no
    /// query word holds a space, so none matches across the two), folding
    /// it first if it changed since. `None` for a locked entry.
    fn fill(&mut self, at: usize, e: &Entry) -> Option<(Place, Text<'_>)> {
        // Made as long as the journal only when an entry is kept here (a
        // protected partner's, while unlocked): a search in a journal with
        // none needs no slot, and the first is the newest, the furthest.
        if self.slots.len() <= at {
            self.slots.resize(at + 1, Slot::default());
        }
        let body = match &e.body {
            Body::Text(t) => Some(t.as_str()),
            Body::Sealed(_) => None,
        };
        let from = Some((
            e.id,
            e.updated,
            e.heading.len(),
            body.map_or(usize::MAX, str::len),
        ));
        let slot = self.slots.get_mut(at)?;
        if slot.from != from {
            slot.from = from;
            slot.at = body.and_then(|body| self.shelf.put(&e.heading, body));
        }
        let place = slot.at?;
        Some((place, self.shelf.get(place)?))
    }

    /// The folded words of entry `id` at `at`, as last filled.
    fn get(&self, at: usize, id: EntryId) -> Option<(Place, Text<'_>)> {
        let slot = self.slots.get(at)?;
        if slot.from.map(|f| f.0) != Some(id) {
            return None;
        }
        let place = slot.at?;
        Some((place, self.shelf.get(place)?))
    }

    /// The folded words at `place` on the shelf numbered `shelf`, if it is
    /// still this one's.
    fn at(&self, shelf: u64, place: Place) -> Option<Text<'_>> {
        if shelf != self.shelf.id() {
            return None;
        }
        self.shelf.get(place)
    }
}

#[cfg(test)]
mod tests;
