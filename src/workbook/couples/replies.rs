//! Answering what the other partner shared: `r` writes a reply (or changes
//! one's own), `i` answers "I read this." at once. A reply is an entry of
//! its writer (`EntryKind::Reply`), always shared, so it is saved, logged,
//! exported and kept private exactly like any entry; who may read it is
//! `privacy::can_read`. The writer edits or deletes it from their journal
//! too. The author of the entry sees on home that a reply came, until the
//! Shared view has shown it to them (`seen_replies` in the session).

use crate::model::{
    Body, Entry, EntryId, EntryKind, PartnerId, Session, Store, Timestamp, Visibility,
};
use crate::privacy;

use super::super::page::{Ctx, Go, Here};
use super::super::{DraftTarget, Editor, JournalView, ListView, Screen, Workbook};

/// What "i" writes.
pub fn read_it_words() -> String {
    crate::t!("reply-read-it")
}

/// The entry selected in the Shared view.
fn selected_in(store: &Store, me: PartnerId, list: &ListView) -> Option<EntryId> {
    let entries = privacy::shared_entries(store, me);
    entries
        .get(list.selected.min(entries.len().saturating_sub(1)))
        .map(|e| e.id)
}

/// `me`'s reply to `to`, if they wrote one.
fn my_reply(store: &Store, me: PartnerId, to: EntryId) -> Option<&Entry> {
    store
        .entries
        .iter()
        .find(|e| e.author == me && e.kind.reply_to() == Some(to))
}

/// Whether `me` may answer the entry `to`.
fn can_answer(store: &Store, me: PartnerId, to: EntryId) -> bool {
    store
        .entry(to)
        .is_some_and(|e| privacy::can_reply(store, me, e))
}

/// Why a reply cannot be written here.
fn not_answerable() -> String {
    crate::t!("reply-own-entry")
}

/// Who answers and which entry, when the entry selected in the Shared
/// view may be answered by the person here; else nothing, with the reason
/// said when it is theirs.
fn answerable(ctx: &mut Ctx, list: &ListView) -> Option<(PartnerId, EntryId)> {
    let me = ctx.me?;
    let to = selected_in(ctx.store, me, list)?;
    if !can_answer(ctx.store, me, to) {
        ctx.info(not_answerable());
        return None;
    }
    Some((me, to))
}

/// `r` in the Shared view: the editor for a reply, saying first that it is
/// shared by nature.
pub(in crate::workbook) fn write(ctx: &mut Ctx, list: ListView) -> Screen {
    let Some((me, to)) = answerable(ctx, &list) else {
        return Screen::Shared(list);
    };
    let saved = match my_reply(ctx.store, me, to) {
        Some(e) => match e.body.text() {
            Some(t) => t.to_string(),
            None => return Screen::Shared(list),
        },
        None => String::new(),
    };
    let target = DraftTarget::Reply { to };
    let text = ctx
        .here()
        .pending_draft(&target)
        .unwrap_or_else(|| saved.clone());
    let mut editor = Editor::new(target, &text, &saved);
    editor
        .area
        .set_placeholder_text(crate::t!("reply-placeholder"));
    let name = author_name(ctx.store, to);
    ctx.info(crate::t!("reply-shared-by-nature", name = name));
    Screen::Journal(Box::new(JournalView::editing(editor)))
}

fn author_name(store: &Store, to: EntryId) -> String {
    store
        .entry(to)
        .and_then(|e| store.partner(e.author))
        .map_or_else(
            || crate::t!("reply-your-partner"),
            |p| crate::text::one_line(&p.name, 30),
        )
}

/// A reply's draft, back after a restart or a turn at the keyboard: only
/// while the entry may still be answered.
pub(in crate::workbook) fn resume(wb: &Workbook, to: EntryId, text: &str) -> Option<Editor> {
    let me = wb.active?;
    let entry = wb.store.entry(to)?;
    if !privacy::can_reply(&wb.store, me, entry) {
        return None;
    }
    let saved = match my_reply(&wb.store, me, to) {
        Some(e) => e.body.text()?.to_string(),
        None => String::new(),
    };
    Some(Editor::new(DraftTarget::Reply { to }, text, &saved))
}

/// `i` in the Shared view: "I read this." as the reply, unless there is one.
pub(in crate::workbook) fn read_it(ctx: &mut Ctx, list: ListView) -> Screen {
    let Some((me, to)) = answerable(ctx, &list) else {
        return Screen::Shared(list);
    };
    if my_reply(ctx.store, me, to).is_some() {
        ctx.info(crate::t!(
            "reply-already",
            reply = crate::say!(Shared, Reply)
        ));
        return Screen::Shared(list);
    }
    put(ctx.store, me, to, read_it_words(), ctx.now);
    ctx.changed();
    let name = author_name(ctx.store, to);
    ctx.notice_when_saved(
        &crate::t!("save-saving"),
        &crate::t!("reply-saved", name = name),
    );
    Screen::Shared(list)
}

/// The reply's words into the journal: a new reply, or the old one changed.
fn put(store: &mut Store, me: PartnerId, to: EntryId, text: String, now: Timestamp) {
    let mine = store
        .entries
        .position(|e| e.author == me && e.kind.reply_to() == Some(to));
    if let Some(at) = mine {
        let e = &mut store.entries[at];
        if e.body.text() != Some(text.as_str()) {
            e.body = Body::Text(text);
            e.updated = now;
        }
    } else {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author: me,
            kind: EntryKind::Reply { to },
            heading: Default::default(),
            body: Body::Text(text),
            // Shared by nature, whatever `default_visibility` says.
            visibility: Visibility::Shared,
            created: now,
            updated: now,
        });
    }
}

/// Ctrl+S on a reply: saved, and back to the entry it answers.
pub(in crate::workbook) fn save(ctx: &mut Ctx, mut editor: Editor, to: EntryId) -> Go {
    if editor.is_blank() {
        ctx.info(crate::t!(
            "reply-empty",
            delete = crate::say!(JournalList, Delete)
        ));
        return Go::To(Screen::Journal(Box::new(JournalView::editing(editor))));
    }
    let Some(me) = ctx.me else {
        return Go::Home;
    };
    if !can_answer(ctx.store, me, to) {
        ctx.info(not_answerable());
        // The entry was unshared meanwhile: the words stay a draft.
        ctx.keep_draft(editor.draft());
        ctx.session_changed();
        return Go::Home;
    }
    put(ctx.store, me, to, editor.text(), ctx.now);
    editor.mark_saved();
    ctx.forget_draft(&editor.target);
    ctx.changed();
    let name = author_name(ctx.store, to);
    ctx.notice_when_saved(
        &crate::t!("save-saving"),
        &crate::t!("reply-saved", name = name),
    );
    back_to(ctx, to)
}

/// The Shared view, on entry `to` (or home, if it is no longer there).
pub(in crate::workbook) fn back_to(ctx: &Ctx, to: EntryId) -> Go {
    let Some(me) = ctx.me else {
        return Go::Home;
    };
    match privacy::shared_entries(ctx.store, me)
        .iter()
        .position(|e| e.id == to)
    {
        Some(selected) => Go::To(Screen::Shared(ListView {
            selected,
            scroll: 0,
        })),
        None => Go::Home,
    }
}

/// The replies the Shared view shows now (under the selected entry) are
/// read: home stops saying they came.
pub(in crate::workbook) fn mark_seen(ctx: &mut Ctx, list: &ListView) {
    if let Some(me) = ctx.me
        && let Some(to) = selected_in(ctx.store, me, list)
        && note_seen(ctx.store, ctx.session, me, to)
    {
        ctx.session_changed();
    }
}

/// The replies under entry `to` are on screen now (Shared, or the entry
/// read in its author's journal).
pub(in crate::workbook) fn mark_seen_under(ctx: &mut Ctx, to: EntryId) {
    if let Some(me) = ctx.me
        && note_seen(ctx.store, ctx.session, me, to)
    {
        ctx.session_changed();
    }
}

/// Note the replies under `me`'s entry `to` as read; whether any was new.
fn note_seen(store: &Store, session: &mut Session, me: PartnerId, to: EntryId) -> bool {
    if store.entry(to).is_none_or(|e| e.author != me) {
        return false;
    }
    let shown: Vec<EntryId> = privacy::replies_to(store, me, to)
        .iter()
        .filter(|r| r.author != me)
        .map(|r| r.id)
        .collect();
    let s = session.partners.entry(me.to_string()).or_default();
    let before = s.seen_replies.len();
    s.seen_replies.extend(shown);
    s.seen_replies.len() != before
}

/// Replies to the active partner's entries they have not read yet.
pub(crate) fn unread(here: Here<'_>) -> Vec<&Entry> {
    let Some(me) = here.me else {
        return Vec::new();
    };
    let none = Default::default();
    let seen = here
        .session
        .for_partner(me)
        .map_or(&none, |s| &s.seen_replies);
    privacy::unread_replies(here.store, me, seen)
}
