//! Who may see what. Every rule about one partner seeing another's words is
//! here, so the journal, the shared view and the reports cannot disagree:
//!
//! - an entry is readable by its author, and by everyone once it is shared
//!   while couples mode is on (every partner's safety check is clear): when
//!   it is off, shared entries go back to being their author's alone, in
//!   the app and in reports alike;
//! - only its author may change, share or unshare an entry;
//! - the move-on checklist, commitments, progress and the safety check's
//!   answers are never shown to anyone but their owner (no function here
//!   hands them out for another partner).

use crate::model::{Entry, EntryId, PartnerId, Store, Visibility};

/// Whether `viewer` may read `entry`.
pub fn can_read(store: &Store, viewer: PartnerId, entry: &Entry) -> bool {
    entry.author == viewer
        || (entry.visibility == Visibility::Shared && super::safety_check::couples_available(store))
}

/// Whether `viewer` may edit, delete or change the visibility of `entry`.
pub fn can_change(viewer: PartnerId, entry: &Entry) -> bool {
    entry.author == viewer
}

/// The viewer's own entries, newest first (their journal).
pub fn own_entries(store: &Store, viewer: PartnerId) -> Vec<&Entry> {
    store.entries_by(viewer)
}

/// Everyone's shared entries, newest first (the "Shared" view). The viewer
/// is asked for so that a rule change here (say, hiding a removed
/// partner's entries) has one place to go.
pub fn shared_entries(store: &Store, viewer: PartnerId) -> Vec<&Entry> {
    crate::model::newest_first(
        store
            .entries
            .iter()
            .filter(|e| e.visibility == Visibility::Shared && can_read(store, viewer, e)),
    )
}

/// Flip an entry between private and shared, if `viewer` wrote it.
/// Returns the new visibility, or `None` when the entry is not theirs.
pub fn toggle_visibility(store: &mut Store, viewer: PartnerId, id: EntryId) -> Option<Visibility> {
    let e = store.entry_mut(id)?;
    if !can_change(viewer, e) {
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
    use crate::model::{Body, EntryKind, Role, SafetyOutcome, Timestamp};

    fn t(s: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn entry(store: &mut Store, author: PartnerId, text: &str, when: &str) -> EntryId {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author,
            kind: EntryKind::Free { strategy: None },
            heading: String::new(),
            body: Body::Text(text.into()),
            visibility: Visibility::Private,
            created: t(when),
            updated: t(when),
        });
        id
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
            heading: String::new(),
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

impl super::Workbook {
    /// How a new entry starts: private, unless the `default_visibility`
    /// setting says shared and couples mode is available (both safety
    /// checks clear). Never shared by default while sharing is off.
    pub fn new_entry_visibility(&self) -> crate::model::Visibility {
        use crate::model::Visibility;
        if self.config.default_visibility == Visibility::Shared
            && super::safety_check::couples_available(&self.store)
        {
            Visibility::Shared
        } else {
            Visibility::Private
        }
    }
}
