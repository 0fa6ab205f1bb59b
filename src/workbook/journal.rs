//! The journal: every entry of the active partner, newest first; read,
//! edit, delete (with a confirmation), share (asked once), and write a
//! free entry (`free`).

use crate::keymap::{Action, Context};
use crate::model::{Body, EntryId, Timestamp, Visibility};

use super::{DraftTarget, Editor, Screen, Workbook};

pub(super) mod free;
#[cfg(test)]
mod tests;

pub use free::{split_title, title_of};
pub mod filters;
mod find;
pub(super) mod finding;
mod words;
pub use find::Find;
pub(super) use finding::arrived;
pub(super) use words::Words;
pub use words::{FoldJob, PART};

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
pub fn visible_entries(wb: &Workbook) -> Vec<EntryId> {
    match wb.active {
        Some(me) => crate::privacy::own_entries(&wb.store, me)
            .iter()
            .map(|e| e.id)
            .collect(),
        None => Vec::new(),
    }
}

fn editor_for(wb: &Workbook, entry: EntryId) -> Option<Editor> {
    let saved = wb.own_entry_text(entry)?;
    let target = DraftTarget::EditEntry { entry };
    let text = wb.pending_draft(&target).unwrap_or_else(|| saved.clone());
    Some(Editor::new(target, &text, &saved))
}

/// A locked entry cannot be edited: say why instead of doing nothing.
fn say_if_locked(wb: &mut Workbook, entry: EntryId) {
    if wb
        .store
        .entry(entry)
        .is_some_and(|e| matches!(e.body, crate::model::Body::Sealed(_)))
    {
        wb.info(crate::t!(
            "journal-locked-entry",
            protect = crate::say!(Home, Protect)
        ));
    }
}

pub(super) fn action(
    wb: &mut Workbook,
    mut j: JournalView,
    action: Action,
    now: Timestamp,
) -> Screen {
    if finding::action(wb, &mut j, action, now) {
        finding::refresh(wb, &mut j, false);
        return Screen::Journal(Box::new(j));
    }
    let ids = finding::ids(wb, &j);
    j.selected = j.selected.min(ids.len().saturating_sub(1));
    let mode = std::mem::take(&mut j.mode);
    j.mode = match mode {
        JournalMode::List => {
            if super::move_selection(&mut j.selected, ids.len(), action, wb.page()) {
                JournalMode::List
            } else {
                let selected = ids.get(j.selected).copied();
                match (action, selected) {
                    (Action::Back, _) => return wb.home(),
                    (Action::Select, Some(entry)) => {
                        super::couples::replies::mark_seen_under(wb, entry, now);
                        JournalMode::Read { entry, scroll: 0 }
                    }
                    (Action::Edit, Some(entry)) => {
                        if let Some(e) = editor_for(wb, entry) {
                            JournalMode::Edit(Box::new(e))
                        } else {
                            say_if_locked(wb, entry);
                            JournalMode::List
                        }
                    }
                    (Action::Delete, Some(entry)) => JournalMode::ConfirmDelete { entry },
                    (Action::Toggle, Some(entry)) => {
                        toggle_visibility(wb, entry, false, now).unwrap_or(JournalMode::List)
                    }
                    (Action::NewEntry, _) => {
                        let (mode, said) = free::start(wb.here());
                        if let Some(text) = said {
                            wb.info(text);
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
                if let Some(e) = editor_for(wb, entry) {
                    JournalMode::Edit(Box::new(e))
                } else {
                    say_if_locked(wb, entry);
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
                scroll: read_scroll(wb, scroll, action),
            },
            Action::Toggle => toggle_visibility(wb, entry, true, now)
                .unwrap_or(JournalMode::Read { entry, scroll }),
            _ => JournalMode::Read { entry, scroll },
        },
        JournalMode::Edit(mut editor) => match (action, editor.target.clone()) {
            (Action::Save, DraftTarget::NewEntry { strategy }) => {
                free::save(wb, editor, strategy, now)
            }
            (Action::Save, DraftTarget::Reply { to }) => {
                return super::couples::replies::save(wb, *editor, to, now);
            }
            (Action::StopEditing, DraftTarget::Reply { to }) => {
                keep_draft(wb, &editor, now);
                return super::couples::replies::back_to(wb, to);
            }
            (Action::Save, DraftTarget::EditEntry { entry }) => {
                if editor.is_blank() {
                    wb.info(crate::t!(
                        "journal-empty-not-saved",
                        back = crate::say!(Editor, StopEditing),
                        delete = crate::say!(JournalList, Delete)
                    ));
                    JournalMode::Edit(editor)
                } else {
                    let text = editor.text();
                    if let Some(e) = wb.store.entry_mut(entry)
                        && e.body.text() != Some(text.as_str())
                    {
                        e.body = Body::Text(text);
                        e.updated = now;
                    }
                    editor.mark_saved();
                    wb.clear_pending_draft(&editor.target);
                    wb.changed(now);
                    wb.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
                    JournalMode::Read { entry, scroll: 0 }
                }
            }
            (Action::StopEditing, _) => {
                keep_draft(wb, &editor, now);
                JournalMode::List
            }
            _ => JournalMode::Edit(editor),
        },
        JournalMode::Draft(editor) => match action {
            Action::Edit | Action::Select => JournalMode::Edit(editor),
            // Ctrl+S on the draft shown saves it, as it would while typing.
            Action::Save if editor.is_changed() => {
                j.mode = JournalMode::Edit(editor);
                return self::action(wb, j, Action::Save, now);
            }
            Action::Save => {
                wb.retry_save();
                JournalMode::Draft(editor)
            }
            Action::Back => {
                // The words stay a draft, as when leaving the editor.
                wb.info(crate::t!(
                    "journal-draft-kept",
                    new = crate::say!(JournalList, NewEntry),
                    reply = crate::say!(Shared, Reply),
                    edit = crate::say!(JournalList, Edit),
                    what = "changes"
                ));
                wb.sync_session_draft(editor.draft());
                wb.mark_session_dirty(now);
                JournalMode::List
            }
            _ => JournalMode::Draft(editor),
        },
        JournalMode::ConfirmDelete { entry } => match action {
            Action::Confirm => {
                delete(wb, entry, now);
                JournalMode::List
            }
            _ => JournalMode::List,
        },
        JournalMode::ConfirmShare { entry, reading } => {
            if action == Action::Confirm {
                share_or_unshare(wb, entry, now);
            }
            if reading {
                JournalMode::Read { entry, scroll: 0 }
            } else {
                JournalMode::List
            }
        }
        JournalMode::Link { selected } => free::link_action(wb, selected, action),
    };
    finding::refresh(wb, &mut j, wb.wants_saved(crate::model::SaveTarget::Store));
    Screen::Journal(Box::new(j))
}

/// Share an entry with the other partner, or make it private again.
/// Scrolling an entry being read: never past its end (as last drawn), so
/// End goes there at once and ↑ leaves it at once.
fn read_scroll(wb: &Workbook, scroll: u16, action: Action) -> u16 {
    let limit = wb.layout().scroll_limit.unwrap_or(u16::MAX);
    let scroll = scroll.min(limit);
    let page = wb.page() as u16;
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
fn keep_draft(wb: &mut Workbook, editor: &Editor, now: Timestamp) {
    if editor.is_changed() {
        let how = match editor.target {
            DraftTarget::NewEntry { .. } => "entry",
            DraftTarget::Reply { .. } => "reply",
            _ => "changes",
        };
        wb.info(crate::t!(
            "journal-draft-kept",
            new = crate::say!(JournalList, NewEntry),
            reply = crate::say!(Shared, Reply),
            edit = crate::say!(JournalList, Edit),
            what = how
        ));
        wb.mark_session_dirty(now);
        wb.sync_session_draft(editor.draft());
    }
}

/// `v`: making an entry private is done at once; sharing it is asked first
/// (the question is returned), since what was read cannot be unread.
fn toggle_visibility(
    wb: &mut Workbook,
    entry: EntryId,
    reading: bool,
    now: Timestamp,
) -> Option<JournalMode> {
    let me = wb.active?;
    if wb
        .store
        .entry(entry)
        .is_some_and(|e| e.kind.reply_to().is_some())
    {
        wb.info(crate::t!(
            "journal-reply-always-shared",
            delete = crate::say!(JournalList, Delete)
        ));
        return None;
    }
    let sharing = wb
        .store
        .entry(entry)
        .is_some_and(|e| e.visibility == Visibility::Private);
    // Making an entry private again is always allowed; sharing needs
    // couples mode.
    if sharing && !crate::privacy::couples_available(&wb.store) {
        let text = match super::safety_check::own_outcome(&wb.store, me) {
            None if wb.store.partners.len() > 1 => crate::t!("journal-share-check-first"),
            _ => super::safety_check::not_available(),
        };
        wb.info(text);
        return None;
    }
    if sharing {
        return Some(JournalMode::ConfirmShare { entry, reading });
    }
    share_or_unshare(wb, entry, now);
    None
}

/// Who will be able to read an entry once it is shared, by name ("Sam");
/// "your partner" when there is no one else (never reached today: sharing
/// needs two people).
/// The question asked before a private entry is shared, the same on every
/// door: who will be able to read it.
pub fn share_question(wb: &Workbook) -> String {
    crate::t!("journal-share-question", who = shared_with(wb))
}

pub fn shared_with(wb: &Workbook) -> String {
    let others: Vec<&str> = wb
        .store
        .partners
        .iter()
        .filter(|p| Some(p.id) != wb.active)
        .map(|p| p.name.as_str())
        .collect();
    match others.as_slice() {
        [one] => crate::text::one_line(one, 30),
        [] => crate::t!("journal-shared-with-later"),
        _ => crate::t!("journal-shared-with-partner"),
    }
}

fn share_or_unshare(wb: &mut Workbook, entry: EntryId, now: Timestamp) {
    let Some(me) = wb.active else { return };
    match crate::privacy::toggle_visibility(&mut wb.store, me, entry) {
        Some(Visibility::Shared) => {
            wb.changed(now);
            wb.info(crate::t!(
                "journal-now-shared",
                share = crate::say!(JournalList, Toggle)
            ));
        }
        Some(Visibility::Private) => {
            wb.changed(now);
            wb.info(crate::t!("journal-now-private"));
        }
        None => {}
    }
}

fn delete(wb: &mut Workbook, entry: EntryId, now: Timestamp) {
    let Some(me) = wb.active else { return };
    let before = wb.store.entries.len();
    wb.store
        .entries
        .retain(|e| !(e.id == entry && e.author == me));
    if wb.store.entries.len() == before {
        return;
    }
    if let Some(p) = wb.store.partner_mut(me) {
        for c in &mut p.commitments {
            if let Some(r) = c.review.as_mut()
                && r.entry == Some(entry)
            {
                r.entry = None;
            }
        }
    }
    wb.changed(now);
    wb.info(crate::t!("journal-deleted"));
}
