//! What a door may read while it shows the screen on top (issue 26): the
//! full screen's views (`ui::View`) and `walk`'s pages (`walk::Words`)
//! are handed a [`Seen`], never the workbook.
//!
//! A `Seen` is the person at the keyboard's world ([`Here`]: the content,
//! the settings, the store, the session, who is here) and the few things
//! the workbook shares with every screen: the notice, what is saved, the
//! time of the last message, whether the help is open and which key table
//! applies. It reads; the one thing it writes is the renderer's layout
//! numbers, which the state machine reads back (see [`Layout`]). It holds
//! no key and no other screen: whether a person's words are open is a
//! name, not their key.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::ops::Deref;

use crate::keymap::Context;
use crate::model::{Body, PartnerId, Timestamp};

use super::page::Here;
use super::{Layout, Notice, Saves};

/// What drawing and `walk` read of the workbook (made by `Workbook::seen`).
/// Its fields are the workbook's to fill (`pub(super)`); a door reads
/// them through the methods below.
#[derive(Clone, Copy)]
pub(crate) struct Seen<'a> {
    pub(super) here: Here<'a>,
    pub(super) notice: Option<&'a Notice>,
    pub(super) saves: &'a Saves,
    pub(super) last_seen: Option<Timestamp>,
    pub(super) help_open: bool,
    pub(super) screen_context: Context,
    /// Whose protected words are open in memory (a name, never the key).
    pub(super) unlocked: Option<PartnerId>,
    /// Each person's count of entries, on the stand-in drawn from the
    /// summary while the journal is read.
    pub(super) preview: Option<&'a BTreeMap<PartnerId, usize>>,
    pub(super) read_only: bool,
    pub(super) layout: &'a Cell<Layout>,
}

/// The person's world is read through the `Seen` itself (`seen.store`,
/// `seen.home_items()`), as a component reads it through its context.
impl<'a> Deref for Seen<'a> {
    type Target = Here<'a>;

    fn deref(&self) -> &Here<'a> {
        &self.here
    }
}

impl<'a> Seen<'a> {
    /// The person's world, to hand on as it is.
    pub(crate) fn here(self) -> Here<'a> {
        self.here
    }

    pub(crate) fn notice(self) -> Option<&'a Notice> {
        self.notice
    }

    /// Which saves were asked for and which are on the disk.
    pub(crate) fn saves(self) -> &'a Saves {
        self.saves
    }

    /// The time of the latest message (drawing says "today" from it).
    pub(crate) fn last_seen(self) -> Option<Timestamp> {
        self.last_seen
    }

    /// Which key table applies now: the help's while it is open.
    pub(crate) fn context(self) -> Context {
        if self.help_open {
            Context::Help
        } else {
            self.screen_context
        }
    }

    /// The key table of the screen itself, even while the help is open.
    pub(crate) fn screen_context(self) -> Context {
        self.screen_context
    }

    /// Whether `partner`'s protected words are open in memory.
    pub(crate) fn is_unlocked(self, partner: PartnerId) -> bool {
        self.unlocked == Some(partner)
    }

    pub(crate) fn is_read_only(self) -> bool {
        self.read_only
    }

    /// How many entries `partner` has written.
    pub(crate) fn entry_count(self, partner: PartnerId) -> usize {
        match self.preview {
            Some(counts) => counts.get(&partner).copied().unwrap_or(0),
            // Remembered while the journal is unchanged: home asks on
            // every frame.
            None => self.store.entries_of(partner).len(),
        }
    }

    /// The words of an entry the person here may read, or "(locked)".
    /// Only what is open in memory has words (a locked person's are
    /// sealed), so the body alone says which; drawing and `walk` ask here,
    /// the one place the "(locked)" stand-in is chosen.
    #[expect(clippy::unused_self, reason = "the one place drawing asks")]
    pub(crate) fn readable_text(self, body: &Body) -> std::borrow::Cow<'_, str> {
        body.text().map_or_else(
            || std::borrow::Cow::Owned(crate::t!("entry-locked")),
            std::borrow::Cow::Borrowed,
        )
    }

    /// The renderer records the layout numbers of the screen it draws (see
    /// [`Layout`]): the page at the start of a frame.
    pub(crate) fn record_layout(self, layout: Layout) {
        self.layout.set(layout);
    }

    /// The renderer records how far the text on the screen it draws can
    /// scroll (rows past the top it may start at), so the ends are reached
    /// at once and left at once.
    pub(crate) fn record_scroll_limit(self, rows: u16) {
        self.layout.set(Layout {
            scroll_limit: Some(rows),
            ..self.layout.get()
        });
    }
}
