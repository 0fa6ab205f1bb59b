//! Finding an entry again: the search box (`/`), the filter chips (`1`–`4`)
//! and the entries they leave, over everything the person may read (their
//! own entries, and what their partner shared, as `privacy::can_read`
//! says).
//!
//! It stays quick at 100,000 entries without leaving the state machine:
//! each entry's words are folded once (`crate::search::fold`) and kept
//! while the search is open, keyed by the entry's id and when it last
//! changed; typing more letters looks only among the last results, and
//! taking letters away goes back to results already found.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

use super::filters::{Chip, Filters};
use crate::content::Content;
use crate::keymap::Context;
use crate::model::{Body, Entry, EntryId, PartnerId, Store, Timestamp};
use crate::search::Query;

/// The results kept for going back when letters are taken away.
const KEPT_LEVELS: usize = 12;

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
}

/// One search's results.
#[derive(Debug, Clone)]
struct Level {
    query: Query,
    /// Where in `store.entries` each found entry is, and its id, newest first.
    hits: Vec<(usize, EntryId)>,
    /// Entries the person may read, within the filters, that are locked.
    locked: usize,
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
    pub fn ids(&self) -> Vec<EntryId> {
        self.hits().iter().map(|(_, id)| *id).collect()
    }

    fn hits(&self) -> &[(usize, EntryId)] {
        self.levels.last().map_or(&[], |l| l.hits.as_slice())
    }

    /// The found entries, newest first (for drawing).
    pub fn entries<'s>(&self, store: &'s Store) -> Vec<&'s Entry> {
        self.hits()
            .iter()
            .filter_map(|&(at, id)| {
                store
                    .entries
                    .get(at)
                    .filter(|e| e.id == id)
                    .or_else(|| store.entry(id))
            })
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
    pub fn refresh(&mut self, store: &Store, content: &Content, viewer: PartnerId, changed: bool) {
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
                // Only among the last results: typing narrows them.
                let hits = wider
                    .hits
                    .iter()
                    .copied()
                    .filter(|&(at, id)| {
                        store
                            .entries
                            .get(at)
                            .filter(|e| e.id == id)
                            .is_some_and(|e| self.folded.matches(&self.query, at, e))
                    })
                    .collect();
                Level {
                    query: self.query.clone(),
                    hits,
                    locked: wider.locked,
                }
            }
            None => self.everything(store, content, viewer),
        };
        self.levels.push(level);
        if self.levels.len() > KEPT_LEVELS {
            self.levels.remove(0);
        }
    }

    /// One pass over the whole journal.
    fn everything(&mut self, store: &Store, content: &Content, viewer: PartnerId) -> Level {
        let mut order: Vec<usize> = (0..store.entries.len()).rev().collect();
        // Newest first, as the list is (entries are kept in the order written).
        let key = |&at: &usize| store.entries.get(at).map(|e| (e.created, e.id));
        if !order.is_sorted_by(|a, b| key(a) >= key(b)) {
            order.sort_by_key(|a| std::cmp::Reverse(key(a)));
        }
        let couples = crate::privacy::couples_available(store);
        let mut hits = Vec::new();
        let mut locked = 0;
        self.folded.fit(store.entries.len());
        for at in order {
            let Some(e) = store.entries.get(at) else {
                continue;
            };
            // `can_read`, with couples mode asked once rather than per entry.
            let readable =
                e.author == viewer || (couples && crate::privacy::can_read(store, viewer, e));
            if !readable || !self.filters.keeps(content, e) {
                continue;
            }
            // Counted with no query too: typing then narrows these results.
            if matches!(e.body, Body::Sealed(_)) {
                locked += 1;
            }
            if self.query.is_empty() || self.folded.matches(&self.query, at, e) {
                hits.push((at, e.id));
            }
        }
        Level {
            query: self.query.clone(),
            hits,
            locked,
        }
    }
}

/// Each entry's title and words folded, by position in the journal, with
/// what they were folded from. Cloning it gives an empty one: it is only a
/// cache, refilled as it is used.
#[derive(Debug, Default)]
struct Folded(Vec<Option<FoldedEntry>>);

impl Clone for Folded {
    fn clone(&self) -> Self {
        Folded::default()
    }
}

#[derive(Debug)]
struct FoldedEntry {
    id: EntryId,
    updated: Timestamp,
    lengths: (usize, usize),
    /// The title, a line break, the words: no query word holds a space, so
    /// none can match across the two.
    text: Box<str>,
}

impl Folded {
    fn fit(&mut self, len: usize) {
        self.0.resize_with(len, || None);
    }

    /// Whether the entry at `at` holds every word of `query`. A locked
    /// entry never does.
    fn matches(&mut self, query: &Query, at: usize, e: &Entry) -> bool {
        let Body::Text(body) = &e.body else {
            return false;
        };
        if self.0.len() <= at {
            self.fit(at + 1);
        }
        let lengths = (e.heading.len(), body.len());
        let Some(slot) = self.0.get_mut(at) else {
            return false;
        };
        let fresh = slot
            .as_ref()
            .is_some_and(|f| f.id == e.id && f.updated == e.updated && f.lengths == lengths);
        if !fresh {
            let mut text = String::with_capacity(e.heading.len() + body.len() + 1);
            crate::search::fold_into(&e.heading, &mut text);
            text.push('\n');
            crate::search::fold_into(body, &mut text);
            *slot = Some(FoldedEntry {
                id: e.id,
                updated: e.updated,
                lengths,
                text: text.into_boxed_str(),
            });
        }
        slot.as_ref()
            .is_some_and(|f| query.matches_folded(&[&f.text]))
    }
}

#[cfg(test)]
mod tests;
