//! Who may see what. Every rule about one partner seeing another's words or
//! numbers is here, below the workbook, so the screens, the exports,
//! `status` and `walk` ask the same questions and cannot disagree:
//!
//! - an entry is readable by its author, and by everyone once it is shared
//!   while couples mode is on (every partner's safety check is clear): when
//!   it is off, shared entries go back to being their author's alone, in
//!   the app and in reports alike;
//! - a reply (to an entry the other partner shared) is always shared, and
//!   reaches no one who may not read the entry it answers: when that entry
//!   is made private again or deleted, the reply is its writer's alone
//!   (and the entry's author's, while the entry is theirs to read);
//! - only its author may change, share or unshare an entry;
//! - couples mode is on only when there are two partners and each one's
//!   private safety check is clear ([`couples_available`]);
//! - a partner's check-in numbers are drawn beside the viewer's only when
//!   both turned that on and couples mode is on ([`trust_lines_for`]);
//! - the move-on checklist, commitments, progress and the safety check's
//!   answers are never shown to anyone but their owner (no function here
//!   hands them out for another partner).

use crate::model::{Entry, EntryId, Partner, PartnerId, SafetyOutcome, Store, Visibility};

pub mod together;

/// Whether couples mode is on: two people, and every one's safety check
/// clear. Off, nothing of one partner reaches the other.
pub fn couples_available(store: &Store) -> bool {
    store.partners.len() > 1 && store.partners.iter().all(lets_couples_open)
}

/// Whether this person's own safety check lets couples exercises open: the
/// one fact about it the other partner may learn (from whether they open),
/// so the one part of it left plain when the person is sealed (`vault`).
pub fn lets_couples_open(partner: &crate::model::Partner) -> bool {
    partner.safety_check == Some(SafetyOutcome::Clear)
}

/// Who an entry will reach, as the person is told before and after writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Its author alone.
    Private,
    /// Both partners, while couples mode is on.
    Shared,
    /// An answer to a together prompt: shown beside the partner's once
    /// both have answered, whatever its visibility (see `workbook::together`).
    Together,
}

impl Reach {
    pub fn label(self) -> &'static str {
        match self {
            Reach::Private => "private",
            Reach::Shared => "shared",
            Reach::Together => "together",
        }
    }
}

/// Who `entry` reaches.
pub fn reach(content: &crate::content::Content, entry: &Entry) -> Reach {
    reach_of(content, &entry.kind, entry.visibility)
}

/// Who an entry of this kind and visibility reaches, written or not yet
/// written (the answer box says it before a word is typed).
pub fn reach_of(
    content: &crate::content::Content,
    kind: &crate::model::EntryKind,
    visibility: Visibility,
) -> Reach {
    if let crate::model::EntryKind::Reflection { strategy, prompt } = kind
        && content
            .strategy(strategy)
            .and_then(|s| s.prompts.iter().find(|p| &p.id == prompt))
            .is_some_and(|p| p.audience == crate::content::Audience::Together)
    {
        return Reach::Together;
    }
    match visibility {
        Visibility::Private => Reach::Private,
        Visibility::Shared => Reach::Shared,
    }
}

/// Whether an answer to `prompt` of `strategy` may be shown beside the
/// other partner's (a together prompt): what the answer box, and walk,
/// say before a word is typed. Alone or not, and whether couples mode is
/// on now or not: the answer is kept as a together answer (the journal
/// labels it so), and a partner who joins later and answers the same
/// prompt can read it side by side once couples mode is on. Saying it only
/// in a couple would call it private to someone who writes alone.
pub fn answers_together(content: &crate::content::Content, strategy: &str, prompt: &str) -> bool {
    let kind = crate::model::EntryKind::Reflection {
        strategy: strategy.into(),
        prompt: prompt.into(),
    };
    reach_of(content, &kind, Visibility::Private) == Reach::Together
}

/// Who a together answer reaches, in the words the answer box and walk
/// say before writing (see [`answers_together`]): with two people, the
/// other; alone, whoever joins later.
pub fn together_reach(store: &Store) -> String {
    crate::t!("together-reach", partners = store.partners.len())
}

/// What a together prompt says under its text, before the answer box.
pub fn together_note(store: &Store) -> String {
    crate::t!("together-note", partners = store.partners.len())
}

/// Whether `viewer` may read `entry`.
pub fn can_read(store: &Store, viewer: PartnerId, entry: &Entry) -> bool {
    if entry.author == viewer {
        return true;
    }
    if entry.visibility != Visibility::Shared {
        return false;
    }
    let shared_with_viewer = if store.partner(entry.author).is_some() {
        couples_available(store) && shared_since_joined(store, viewer, entry)
    } else {
        kept_for(store, viewer, entry)
    };
    if !shared_with_viewer {
        return false;
    }
    match entry.kind.reply_to() {
        // A reply goes no further than the entry it answers.
        Some(to) => answered(store, to)
            .is_some_and(|e| e.kind.reply_to().is_none() && can_read(store, viewer, e)),
        None => true,
    }
}

/// The entry a reply answers. Entries are kept in the order written, so by
/// id: found by halving first (a journal of 100,000 entries is read for
/// every reply drawn), and looked for one by one only in a store whose
/// order was changed by hand.
fn answered(store: &Store, id: EntryId) -> Option<&Entry> {
    let arcs = store.entries.arcs();
    match arcs.binary_search_by_key(&id, |e| e.id) {
        Ok(at) => Some(&*arcs[at]),
        Err(_) => store.entry(id),
    }
}

/// How many replies `viewer` may read under each entry, in one pass.
pub fn reply_counts(store: &Store, viewer: PartnerId) -> std::collections::HashMap<EntryId, usize> {
    let mut out = std::collections::HashMap::new();
    for e in store.entries.iter() {
        if let Some(to) = e.kind.reply_to()
            && can_read(store, viewer, e)
        {
            *out.entry(to).or_insert(0) += 1;
        }
    }
    out
}

/// Whether `viewer` may answer `entry`: the other partner's entry, shared
/// with them (not a reply itself).
pub fn can_reply(store: &Store, viewer: PartnerId, entry: &Entry) -> bool {
    entry.author != viewer && entry.kind.reply_to().is_none() && can_read(store, viewer, entry)
}

/// The replies to entry `to` that `viewer` may read, oldest first.
pub fn replies_to(store: &Store, viewer: PartnerId, to: EntryId) -> Vec<&Entry> {
    let mut out: Vec<&Entry> = store
        .entries
        .iter()
        .filter(|e| e.kind.reply_to() == Some(to) && can_read(store, viewer, e))
        .collect();
    out.sort_by_key(|e| e.written_order());
    out
}

/// Replies to `viewer`'s own shared entries, by someone else, that they
/// may read and have not read yet (`seen`). An entry made private again
/// shows its replies only in its author's journal, so they are not
/// announced.
pub fn unread_replies<'a>(
    store: &'a Store,
    viewer: PartnerId,
    seen: &std::collections::BTreeSet<EntryId>,
) -> Vec<&'a Entry> {
    replies_to_own(store, viewer)
        .into_iter()
        .filter_map(|at| store.entries.get(at))
        .filter(|e| !seen.contains(&e.id) && can_read(store, viewer, e))
        .collect()
}

/// Where the others' replies to `viewer`'s shared entries are in the
/// journal. Home asks on every frame, twice, and the look goes through
/// every entry (about 4 ms at 100,000): remembered while the entries keep
/// their stamp (`Entries::stamp`). Who may read them is asked each time.
fn replies_to_own(store: &Store, viewer: PartnerId) -> Vec<usize> {
    thread_local! {
        static KEPT: crate::model::Remembered<PartnerId, Vec<usize>> =
            const { crate::model::Remembered::new() };
    }
    KEPT.with(|kept| {
        kept.answer(&store.entries, viewer, || {
            store
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.author != viewer
                        && e.kind
                            .reply_to()
                            .and_then(|to| answered(store, to))
                            .is_some_and(|parent| {
                                parent.author == viewer && parent.visibility == Visibility::Shared
                            })
                })
                .map(|(at, _)| at)
                .collect()
        })
    })
}

/// A shared entry its author kept for the other when they left the
/// workbook (`trustmend partner remove --keep-shared`, offered only while
/// couples mode was on): readable by who was there when it was written,
/// never by someone who joined later, whether couples mode is on or not.
pub fn kept_for(store: &Store, viewer: PartnerId, entry: &Entry) -> bool {
    store.partner(entry.author).is_none() && there_when_written(store, viewer, entry)
}

/// Whether `viewer` was in the workbook when `entry` was written.
fn there_when_written(store: &Store, viewer: PartnerId, entry: &Entry) -> bool {
    store
        .partner(viewer)
        .is_some_and(|me| me.created <= entry.created)
}

/// Whether a shared entry of a partner still here was shared with
/// `viewer` rather than with someone who has left: written after the
/// viewer joined, or before, when nobody has left since. Sharing asks "Sam
/// will be able to read this. Share?": what was shared with Sam is not
/// handed to the next person.
///
/// Someone has left before `viewer` joined when an id below theirs belongs
/// to no partner now: ids are handed out in order and never the id of
/// someone whose kept entries stay (`Store::add_partner`), so this is
/// known whenever the leaver kept their shared entries. A leaver who took
/// everything leaves no trace in the store (docs/privacy.md says so).
fn shared_since_joined(store: &Store, viewer: PartnerId, entry: &Entry) -> bool {
    if there_when_written(store, viewer, entry) {
        return true;
    }
    let before_viewer = store.partners.iter().filter(|p| p.id < viewer).count();
    let someone_left =
        usize::try_from(viewer.saturating_sub(1)).is_ok_and(|ids| before_viewer < ids);
    !someone_left
}

/// Whose trust lines `viewer` may see on one chart: always their own; a
/// partner's only when both of them turned on sharing their check-in
/// numbers and couples mode is on (so no one sees the other's numbers
/// while keeping theirs back, or while a safety check advised against
/// joint work). Notes are never part of this: only the numbers are drawn.
/// `allowed` is the `share_check_ins` setting: off, no one's numbers are
/// shown together.
pub fn trust_lines_for(store: &Store, viewer: PartnerId, allowed: bool) -> Vec<&Partner> {
    let Some(me) = store.partner(viewer) else {
        return Vec::new();
    };
    let mut out = vec![me];
    if allowed && me.share_checkin_numbers && couples_available(store) {
        out.extend(
            store
                .partners
                .iter()
                .filter(|p| p.id != viewer && p.share_checkin_numbers),
        );
    }
    out
}

/// Whether `viewer` may edit, delete or change the visibility of `entry`.
pub fn can_change(viewer: PartnerId, entry: &Entry) -> bool {
    entry.author == viewer
}

/// The viewer's own entries, newest first (their journal), read where
/// they are: the journal list draws a screenful of them.
pub fn own_entries(store: &Store, viewer: PartnerId) -> crate::model::EntriesOf<'_> {
    store.entries_of(viewer)
}

/// The ids of [`own_entries`], remembered while the journal is unchanged:
/// every key in the journal list asks.
pub fn own_entry_ids(store: &Store, viewer: PartnerId) -> std::sync::Arc<[EntryId]> {
    store.entry_ids_by(viewer)
}

/// Everyone's shared entries, newest first (the "Shared" view), without
/// the replies (shown under the entry they answer, [`replies_to`]). The
/// viewer is asked for so that a rule change here (say, hiding a removed
/// partner's entries) has one place to go.
pub fn shared_entries(store: &Store, viewer: PartnerId) -> Vec<&Entry> {
    crate::model::newest_first(store.entries.iter().filter(|e| {
        e.visibility == Visibility::Shared
            && e.kind.reply_to().is_none()
            && can_read(store, viewer, e)
    }))
}

/// Flip an entry between private and shared, if `viewer` wrote it.
/// Returns the new visibility, or `None` when the entry is not theirs.
pub fn toggle_visibility(store: &mut Store, viewer: PartnerId, id: EntryId) -> Option<Visibility> {
    let e = store.entry_mut(id)?;
    // A reply is shared by nature: deleting it is how it goes.
    if !can_change(viewer, e) || e.kind.reply_to().is_some() {
        return None;
    }
    e.visibility = match e.visibility {
        Visibility::Private => Visibility::Shared,
        Visibility::Shared => Visibility::Private,
    };
    Some(e.visibility)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, SafetyOutcome, Timestamp};

    fn t(s: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn entry(store: &mut Store, author: PartnerId, text: &str, when: &str) -> EntryId {
        store.add_free_entry(author, text, Visibility::Private, t(when))
    }

    fn two() -> (Store, PartnerId, PartnerId) {
        let mut s = Store::default();
        let when = t("2026-01-01T10:00:00+00:00");
        let alex = s.add_partner("Alex", Role::Hurt, when);
        let sam = s.add_partner("Sam", Role::Repairing, when);
        for p in &mut s.partners {
            p.safety_check = Some(SafetyOutcome::Clear);
        }
        (s, alex, sam)
    }

    #[test]
    fn a_new_entry_is_private_to_its_author() {
        let (mut s, alex, sam) = two();
        let id = entry(&mut s, alex, "mine", "2026-01-02T10:00:00+00:00");
        let e = s.entry(id).unwrap();
        assert!(can_read(&s, alex, e));
        assert!(!can_read(&s, sam, e));
        assert!(shared_entries(&s, sam).is_empty());
        assert!(own_entries(&s, sam).is_empty());
    }

    #[test]
    fn sharing_lets_the_other_partner_read_but_not_change_it() {
        let (mut s, alex, sam) = two();
        let id = entry(&mut s, alex, "for both", "2026-01-02T10:00:00+00:00");
        assert_eq!(
            toggle_visibility(&mut s, alex, id),
            Some(Visibility::Shared)
        );
        let e = s.entry(id).unwrap();
        assert!(can_read(&s, sam, e));
        assert!(!can_change(sam, e));
        let ids: Vec<_> = shared_entries(&s, sam).iter().map(|e| e.id).collect();
        assert_eq!(ids, [id]);
        // It stays out of Sam's own journal.
        assert!(own_entries(&s, sam).is_empty());
    }

    #[test]
    fn only_the_author_can_share_or_unshare() {
        let (mut s, alex, sam) = two();
        let id = entry(&mut s, alex, "private", "2026-01-02T10:00:00+00:00");
        assert_eq!(toggle_visibility(&mut s, sam, id), None);
        assert_eq!(s.entry(id).unwrap().visibility, Visibility::Private);
        toggle_visibility(&mut s, alex, id);
        assert_eq!(toggle_visibility(&mut s, sam, id), None);
        assert_eq!(s.entry(id).unwrap().visibility, Visibility::Shared);
        assert_eq!(
            toggle_visibility(&mut s, alex, id),
            Some(Visibility::Private)
        );
        assert!(shared_entries(&s, sam).is_empty());
    }

    #[test]
    fn the_shared_view_lists_both_partners_newest_first() {
        let (mut s, alex, sam) = two();
        let a = entry(&mut s, alex, "a", "2026-01-02T10:00:00+00:00");
        let b = entry(&mut s, sam, "b", "2026-01-03T10:00:00+00:00");
        entry(&mut s, sam, "still private", "2026-01-04T10:00:00+00:00");
        toggle_visibility(&mut s, alex, a);
        toggle_visibility(&mut s, sam, b);
        for viewer in [alex, sam] {
            let ids: Vec<_> = shared_entries(&s, viewer).iter().map(|e| e.id).collect();
            assert_eq!(ids, [b, a]);
        }
    }
}

#[cfg(test)]
mod couples_mode {
    use super::*;
    use crate::model::{Body, EntryKind, Role, SafetyOutcome};

    #[test]
    fn shared_entries_are_their_authors_alone_while_couples_mode_is_off() {
        let when = chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+00:00").unwrap();
        let mut s = Store::default();
        let alex = s.add_partner("Alex", Role::Hurt, when);
        let sam = s.add_partner("Sam", Role::Repairing, when);
        s.entries.push(Entry {
            id: 1,
            author: alex,
            kind: EntryKind::Free { strategy: None },
            heading: Default::default(),
            body: Body::Text("shared before".into()),
            visibility: Visibility::Shared,
            created: when,
            updated: when,
        });
        s.partner_mut(alex).unwrap().safety_check = Some(SafetyOutcome::Clear);
        s.partner_mut(sam).unwrap().safety_check = Some(SafetyOutcome::Concern);
        let e = s.entry(1).unwrap();
        assert!(!can_read(&s, sam, e));
        assert!(can_read(&s, alex, e), "the author always reads their own");
        assert!(shared_entries(&s, sam).is_empty());
    }
}

#[cfg(test)]
mod tests_promise;

#[cfg(test)]
mod tests_replies;

#[cfg(test)]
mod tests_kept;
