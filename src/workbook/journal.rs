//! The journal: every entry of the active partner, newest first; read,
//! edit, delete (with a confirmation), share (asked once), and write a
//! free entry (`free`).

use std::sync::Arc;

use crate::keymap::{Action, Context};
use crate::model::{Body, EntryId, Visibility};

use super::Location;
use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::{DraftTarget, Editor};
use crate::content::Content;

pub(super) mod free;

#[cfg(test)]
mod tests;

pub use free::{split_title, title_of};
pub mod filters;
mod find;
pub(super) mod finding;
pub use super::words::{FoldJob, PART};
pub use find::Find;
pub(super) use finding::arrived;

#[derive(Debug, Clone, Default)]
pub enum JournalMode {
    #[default]
    List,
    Read {
        entry: EntryId,
        scroll: u16,
    },
    Edit(Box<Editor>),
    /// Unsaved changes to an entry, shown but not taking keys (a person
    /// back at the keyboard); Enter goes on writing.
    Draft(Box<Editor>),
    ConfirmDelete {
        entry: EntryId,
    },
    /// "Sam will be able to read this. Share? y/n", before a private entry
    /// is shared (it cannot be unseen); back to reading it or the list.
    ConfirmShare {
        entry: EntryId,
        reading: bool,
    },
    /// A new free entry: which strategy it belongs to, if any (0 is none).
    Link {
        selected: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct JournalView {
    pub selected: usize,
    pub mode: JournalMode,
    /// The search and the filter chips (see `find`).
    pub find: Find,
}

impl JournalView {
    pub fn editing(editor: Editor) -> Self {
        JournalView {
            selected: 0,
            mode: JournalMode::Edit(Box::new(editor)),
            ..Default::default()
        }
    }

    /// Unsaved changes shown, waiting for Enter before they take keys.
    pub fn draft(editor: Editor) -> Self {
        JournalView {
            selected: 0,
            mode: JournalMode::Draft(Box::new(editor)),
            ..Default::default()
        }
    }

    pub(super) fn context(&self) -> Context {
        match self.mode {
            JournalMode::List => self.find.context(false).unwrap_or(Context::JournalList),
            JournalMode::Read { .. } => self.find.context(true).unwrap_or(Context::JournalRead),
            JournalMode::Edit(_) => Context::Editor,
            JournalMode::Draft(_) => Context::Draft,
            JournalMode::ConfirmDelete { .. } | JournalMode::ConfirmShare { .. } => {
                Context::Confirm
            }
            JournalMode::Link { .. } => Context::JournalLink,
        }
    }

    pub fn editor(&self) -> Option<&Editor> {
        match &self.mode {
            JournalMode::Edit(e) | JournalMode::Draft(e) => Some(e),
            _ => None,
        }
    }

    /// The editor, if one takes keys, shown instead as a draft that does
    /// not (read-only). Returns whether it did.
    pub(super) fn stop_taking_keys(&mut self) -> bool {
        if let JournalMode::Edit(_) = self.mode
            && let JournalMode::Edit(editor) = std::mem::take(&mut self.mode)
        {
            self.mode = JournalMode::Draft(editor);
            return true;
        }
        false
    }

    /// A draft shown (not taking keys) takes them from now on.
    pub(super) fn go_on_writing(&mut self) {
        if let JournalMode::Draft(_) = self.mode
            && let JournalMode::Draft(editor) = std::mem::take(&mut self.mode)
        {
            self.mode = JournalMode::Edit(editor);
        }
    }

    pub(super) fn editor_mut(&mut self) -> Option<&mut Editor> {
        match &mut self.mode {
            JournalMode::Edit(e) => Some(e),
            _ => None,
        }
    }
}

/// The ids the list shows, newest first: the active partner's own entries.
pub(crate) fn visible_entries(here: Here) -> Vec<EntryId> {
    own_ids(here).to_vec()
}

impl super::Workbook {
    /// The ids the journal list shows, newest first (for tests outside
    /// the crate, which hold the workbook).
    pub fn visible_entries(&self) -> Vec<EntryId> {
        own_ids(self.here()).to_vec()
    }
}

/// The person's own entries, newest first (remembered while the journal
/// is unchanged: every key in the list asks).
fn own_ids(here: Here) -> Arc<[EntryId]> {
    match here.me {
        Some(me) => crate::privacy::own_entry_ids(here.store, me),
        None => Arc::from([]),
    }
}

fn editor_for(here: Here, entry: EntryId) -> Option<Editor> {
    let saved = here.own_entry_text(entry)?;
    let target = DraftTarget::EditEntry { entry };
    let text = here.pending_draft(&target).unwrap_or_else(|| saved.clone());
    Some(Editor::new(target, &text, &saved))
}

/// A locked entry cannot be edited: say why instead of doing nothing.
fn say_if_locked(ctx: &mut Ctx, entry: EntryId) {
    if ctx
        .store
        .entry(entry)
        .is_some_and(|e| matches!(e.body, crate::model::Body::Sealed(_)))
    {
        ctx.info(crate::t!(
            "journal-locked-entry",
            protect = crate::say!(Home, Protect)
        ));
    }
}

impl Page for kind::Journal {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    fn location(_: &Self::State, _: &Content) -> Location {
        Location::Journal
    }

    fn update(j: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        if finding::action(ctx, j, action) {
            finding::refresh(ctx, j, false);
            return Go::Stay;
        }
        let ids = finding::ids(ctx.here(), j);
        j.selected = j.selected.min(ids.len().saturating_sub(1));
        let mode = std::mem::take(&mut j.mode);
        j.mode = match mode {
            JournalMode::List => {
                if super::move_selection(&mut j.selected, ids.len(), action, ctx.page()) {
                    JournalMode::List
                } else {
                    let selected = ids.get(j.selected).copied();
                    match (action, selected) {
                        (Action::Back, _) => return Go::Home,
                        (Action::Select, Some(entry)) => {
                            super::couples::replies::mark_seen_under(ctx, entry);
                            JournalMode::Read { entry, scroll: 0 }
                        }
                        (Action::Edit, Some(entry)) => {
                            if let Some(e) = editor_for(ctx.here(), entry) {
                                JournalMode::Edit(Box::new(e))
                            } else {
                                say_if_locked(ctx, entry);
                                JournalMode::List
                            }
                        }
                        (Action::Delete, Some(entry)) => JournalMode::ConfirmDelete { entry },
                        (Action::Toggle, Some(entry)) => {
                            toggle_visibility(ctx, entry, false).unwrap_or(JournalMode::List)
                        }
                        (Action::NewEntry, _) => {
                            let (mode, said) = free::start(ctx.here());
                            if let Some(text) = said {
                                ctx.info(text);
                            }
                            mode
                        }
                        _ => JournalMode::List,
                    }
                }
            }
            JournalMode::Read { entry, scroll } => match action {
                Action::Back => JournalMode::List,
                Action::Edit => {
                    if let Some(e) = editor_for(ctx.here(), entry) {
                        JournalMode::Edit(Box::new(e))
                    } else {
                        say_if_locked(ctx, entry);
                        JournalMode::Read { entry, scroll }
                    }
                }
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom => JournalMode::Read {
                    entry,
                    scroll: read_scroll(ctx, scroll, action),
                },
                Action::Toggle => toggle_visibility(ctx, entry, true)
                    .unwrap_or(JournalMode::Read { entry, scroll }),
                _ => JournalMode::Read { entry, scroll },
            },
            JournalMode::Edit(mut editor) => match (action, editor.target.clone()) {
                (Action::Save, DraftTarget::NewEntry { strategy }) => {
                    free::save(ctx, editor, strategy)
                }
                (Action::Save, DraftTarget::Reply { to }) => {
                    return super::couples::replies::save(ctx, *editor, to);
                }
                (Action::StopEditing, DraftTarget::Reply { to }) => {
                    keep_draft(ctx, &editor);
                    return super::couples::replies::back_to(ctx, to);
                }
                (Action::Save, DraftTarget::EditEntry { entry }) => {
                    if editor.is_blank() {
                        ctx.info(crate::t!(
                            "journal-empty-not-saved",
                            back = crate::say!(Editor, StopEditing),
                            delete = crate::say!(JournalList, Delete)
                        ));
                        JournalMode::Edit(editor)
                    } else {
                        let (text, now) = (editor.text(), ctx.now);
                        if let Some(e) = ctx.store.entry_mut(entry)
                            && e.body.text() != Some(text.as_str())
                        {
                            e.body = Body::Text(text);
                            e.updated = now;
                        }
                        editor.mark_saved();
                        ctx.forget_draft(&editor.target);
                        ctx.changed();
                        ctx.notice_when_saved(
                            &crate::t!("notice-saving"),
                            &crate::t!("notice-saved"),
                        );
                        JournalMode::Read { entry, scroll: 0 }
                    }
                }
                (Action::StopEditing, _) => {
                    keep_draft(ctx, &editor);
                    JournalMode::List
                }
                _ => JournalMode::Edit(editor),
            },
            JournalMode::Draft(editor) => match action {
                Action::Edit | Action::Select => JournalMode::Edit(editor),
                // Ctrl+S on the draft shown saves it, as it would while typing.
                Action::Save if editor.is_changed() => {
                    j.mode = JournalMode::Edit(editor);
                    return Self::update(j, ctx, Action::Save);
                }
                Action::Save => {
                    j.mode = JournalMode::Draft(editor);
                    return Go::RetrySave;
                }
                Action::Back => {
                    // The words stay a draft, as when leaving the editor.
                    ctx.info(crate::t!(
                        "journal-draft-kept",
                        new = crate::say!(JournalList, NewEntry),
                        reply = crate::say!(Shared, Reply),
                        edit = crate::say!(JournalList, Edit),
                        what = "changes"
                    ));
                    ctx.keep_draft(editor.draft());
                    ctx.session_changed();
                    JournalMode::List
                }
                _ => JournalMode::Draft(editor),
            },
            JournalMode::ConfirmDelete { entry } => match action {
                Action::Confirm => {
                    delete(ctx, entry);
                    JournalMode::List
                }
                _ => JournalMode::List,
            },
            JournalMode::ConfirmShare { entry, reading } => {
                if action == Action::Confirm {
                    share_or_unshare(ctx, entry);
                }
                if reading {
                    JournalMode::Read { entry, scroll: 0 }
                } else {
                    JournalMode::List
                }
            }
            JournalMode::Link { selected } => free::link_action(ctx, selected, action),
        };
        let changed = ctx.wants_saved(crate::model::SaveTarget::Store);
        finding::refresh(ctx, j, changed);
        Go::Stay
    }
}

/// Share an entry with the other partner, or make it private again.
/// Scrolling an entry being read: never past its end (as last drawn), so
/// End goes there at once and ↑ leaves it at once.
fn read_scroll(ctx: &Ctx, scroll: u16, action: Action) -> u16 {
    let limit = ctx.scroll_within(u16::MAX);
    let scroll = scroll.min(limit);
    let page = ctx.page() as u16;
    let to = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Top => 0,
        Action::Bottom => limit,
        _ => scroll,
    };
    to.min(limit)
}

/// Leaving an editor keeps changed words as a draft; they are not lost.
fn keep_draft(ctx: &mut Ctx, editor: &Editor) {
    if editor.is_changed() {
        let how = match editor.target {
            DraftTarget::NewEntry { .. } => "entry",
            DraftTarget::Reply { .. } => "reply",
            _ => "changes",
        };
        ctx.info(crate::t!(
            "journal-draft-kept",
            new = crate::say!(JournalList, NewEntry),
            reply = crate::say!(Shared, Reply),
            edit = crate::say!(JournalList, Edit),
            what = how
        ));
        ctx.session_changed();
        ctx.keep_draft(editor.draft());
    }
}

/// `v`: making an entry private is done at once; sharing it is asked first
/// (the question is returned), since what was read cannot be unread.
fn toggle_visibility(ctx: &mut Ctx, entry: EntryId, reading: bool) -> Option<JournalMode> {
    let me = ctx.me?;
    if ctx
        .store
        .entry(entry)
        .is_some_and(|e| e.kind.reply_to().is_some())
    {
        ctx.info(crate::t!(
            "journal-reply-always-shared",
            delete = crate::say!(JournalList, Delete)
        ));
        return None;
    }
    let sharing = ctx
        .store
        .entry(entry)
        .is_some_and(|e| e.visibility == Visibility::Private);
    // Making an entry private again is always allowed; sharing needs
    // couples mode.
    if sharing && !crate::privacy::couples_available(ctx.store) {
        let text = match super::safety_check::own_outcome(ctx.store, me) {
            None if ctx.store.partners.len() > 1 => crate::t!("journal-share-check-first"),
            _ => super::safety_check::not_available(),
        };
        ctx.info(text);
        return None;
    }
    if sharing {
        return Some(JournalMode::ConfirmShare { entry, reading });
    }
    share_or_unshare(ctx, entry);
    None
}

/// Who will be able to read an entry once it is shared, by name ("Sam");
/// "your partner" when there is no one else (never reached today: sharing
/// needs two people).
/// The question asked before a private entry is shared, the same on every
/// door: who will be able to read it.
pub(crate) fn share_question(here: Here) -> String {
    crate::t!("journal-share-question", who = shared_with(here))
}

pub(crate) fn shared_with(here: Here) -> String {
    let others: Vec<&str> = here
        .store
        .partners
        .iter()
        .filter(|p| Some(p.id) != here.me)
        .map(|p| p.name.as_str())
        .collect();
    match others.as_slice() {
        [one] => crate::text::one_line(one, 30),
        [] => crate::t!("journal-shared-with-later"),
        _ => crate::t!("journal-shared-with-partner"),
    }
}

fn share_or_unshare(ctx: &mut Ctx, entry: EntryId) {
    let Some(me) = ctx.me else { return };
    match crate::privacy::toggle_visibility(ctx.store, me, entry) {
        Some(Visibility::Shared) => {
            ctx.changed();
            ctx.info(crate::t!(
                "journal-now-shared",
                share = crate::say!(JournalList, Toggle)
            ));
        }
        Some(Visibility::Private) => {
            ctx.changed();
            ctx.info(crate::t!("journal-now-private"));
        }
        None => {}
    }
}

fn delete(ctx: &mut Ctx, entry: EntryId) {
    let Some(me) = ctx.me else { return };
    let before = ctx.store.entries.len();
    ctx.store
        .entries
        .retain(|e| !(e.id == entry && e.author == me));
    if ctx.store.entries.len() == before {
        return;
    }
    if let Some(p) = ctx.store.partner_mut(me) {
        for c in &mut p.commitments {
            if let Some(r) = c.review.as_mut()
                && r.entry == Some(entry)
            {
                r.entry = None;
            }
        }
    }
    ctx.changed();
    ctx.info(crate::t!("journal-deleted"));
}
