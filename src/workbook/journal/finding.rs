//! What the journal's keys do while finding: the search box, the chips,
//! `n`/`N` through the results, and the rule that a partner's shared entry
//! found here is read, never changed. Called from `journal::action` before
//! its own handling; everything not about finding falls through to it.

use ratatui::crossterm::event::KeyEvent;

use crate::content::Content;
use crate::keymap::Action;
use crate::model::{EntryId, PartnerId, Store};
use crate::workbook::Keys;

use super::filters::Chip;
use super::{JournalMode, JournalView};
use crate::workbook::page::{Ctx, Here};
use crate::workbook::words::Words;
use crate::workbook::{Screen, Workbook};
use std::sync::Arc;

/// What the list shows: the results while finding, else the person's own
/// entries.
pub(super) fn ids(here: Here, j: &JournalView) -> Arc<[EntryId]> {
    if j.find.active() {
        j.find.ids()
    } else {
        super::own_ids(here)
    }
}

/// Handles `action` if it is about finding; `true` when it was.
pub(super) fn action(ctx: &mut Ctx, j: &mut JournalView, action: Action) -> bool {
    let Some(me) = ctx.me else { return false };
    let ids = ids(ctx.here(), j);
    let selected = ids
        .get(j.selected.min(ids.len().saturating_sub(1)))
        .copied();
    match &j.mode {
        JournalMode::List if j.find.typing() => match action {
            Action::Select => j.find.keep(),
            Action::Back => clear(j),
            _ => return false,
        },
        JournalMode::List => match action {
            Action::Search => j.find.open(),
            Action::Cancel if j.find.active() => clear(j),
            Action::Next | Action::Previous if j.find.active() => {
                j.selected = step(j.selected, ids.len(), action == Action::Next);
            }
            Action::Digit(0) => {
                j.find.clear_filters();
                j.selected = 0;
            }
            Action::Digit(d) => {
                let Some(chip) = Chip::for_digit(d) else {
                    return false;
                };
                j.find.step(chip, ctx.store, ctx.content, me, ctx.now);
                j.selected = 0;
            }
            Action::Edit | Action::Delete | Action::Toggle => return not_theirs(ctx, selected),
            _ => return false,
        },
        JournalMode::Read { entry, .. } => {
            let entry = *entry;
            match action {
                Action::Next | Action::Previous if !j.find.query().is_empty() => {
                    let at = ids.iter().position(|id| *id == entry).unwrap_or(j.selected);
                    j.selected = step(at, ids.len(), action == Action::Next);
                    if let Some(next) = ids.get(j.selected) {
                        j.mode = JournalMode::Read {
                            entry: *next,
                            scroll: 0,
                        };
                    }
                }
                Action::Edit | Action::Toggle => return not_theirs(ctx, Some(entry)),
                _ => return false,
            }
        }
        _ => return false,
    }
    true
}

/// Keep the results in step after an action (`changed`: it changed the
/// journal).
pub(super) fn refresh(ctx: &mut Ctx, j: &mut JournalView, changed: bool) {
    if let Some(me) = ctx.me {
        j.find.refresh(
            (ctx.store, ctx.words),
            ctx.content,
            me,
            ctx.unlocked,
            changed,
        );
    }
}

/// A key typed into the search box; the results follow at once.
pub(crate) fn typed(
    (store, content, keys): (&Store, &Content, &Keys),
    words: &mut Words,
    me: Option<PartnerId>,
    j: &mut JournalView,
    key: KeyEvent,
) {
    if j.find.input(key)
        && let Some(me) = me
    {
        j.selected = 0;
        j.find
            .refresh((store, words), content, me, keys.is_unlocked(me), false);
    }
}

/// Text pasted into the search box.
pub(crate) fn pasted(
    (store, content, keys): (&Store, &Content, &Keys),
    words: &mut Words,
    me: Option<PartnerId>,
    j: &mut JournalView,
    text: &str,
) {
    if j.find.paste(text)
        && let Some(me) = me
    {
        j.selected = 0;
        j.find
            .refresh((store, words), content, me, keys.is_unlocked(me), false);
    }
}

fn clear(j: &mut JournalView) {
    j.find.clear();
    j.selected = 0;
}

/// The next (or previous) of `len` rows after `at`, round the end.
fn step(at: usize, len: usize, forward: bool) -> usize {
    match (len, forward) {
        (0, _) => 0,
        (_, true) => (at + 1) % len,
        (_, false) => (at + len - 1) % len,
    }
}

/// A partner's shared entry, found by a search, is theirs to change: say
/// so (and handle the key) instead of doing nothing.
fn not_theirs(ctx: &mut Ctx, entry: Option<EntryId>) -> bool {
    let Some(me) = ctx.me else { return false };
    let Some(e) = entry.and_then(|id| ctx.store.entry(id)) else {
        return false;
    };
    if crate::privacy::can_change(me, e) {
        return false;
    }
    let name = ctx
        .store
        .partner(e.author)
        .map_or_else(|| crate::t!("reply-your-partner"), |p| p.name.clone());
    ctx.info(crate::t!("journal-found-not-theirs", name = name));
    true
}

/// A part of the journal's words has come from the folding thread: kept,
/// and a search open meanwhile that was still looking looks again (among
/// more of the journal, or all of it with the last part): at once for the
/// first part, then each time the words kept have doubled since it last
/// looked, and with the last. Each look is a pass over the journal, and
/// parts can arrive faster than looks are made (at a million entries a
/// look takes longer than folding a part): looking again for every part,
/// or every moment, would keep a key typed meanwhile waiting for seconds;
/// this way the looks add up to at most twice the last one.
pub(in crate::workbook) fn arrived(wb: &mut Workbook, words: Arc<Words>) {
    wb.words
        .merge(Arc::try_unwrap(words).unwrap_or_else(|shared| (*shared).clone()));
    let (last, kept) = (!wb.words.still_folding(), wb.words.len());
    let due = |j: &JournalView| j.find.looking() && (last || j.find.due(kept));
    if !matches!(&wb.screen, Screen::Journal(j) if due(j)) {
        return;
    }
    let home = Screen::Home(Default::default());
    if let Screen::Journal(mut j) = std::mem::replace(&mut wb.screen, home) {
        if let Some(me) = wb.active {
            let unlocked = wb.keys.is_unlocked(me);
            j.find
                .refresh((&wb.store, &mut wb.words), &wb.content, me, unlocked, true);
        }
        j.find.looked(kept);
        wb.screen = Screen::Journal(j);
    }
}
