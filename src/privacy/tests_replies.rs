//! Who may read a reply: never someone who may not read the entry it answers.

use super::*;
use crate::model::{Body, EntryKind, Role, SafetyOutcome, Timestamp};

fn t(s: &str) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn push(s: &mut Store, author: PartnerId, kind: EntryKind, vis: Visibility) -> EntryId {
    let id = s.fresh_id();
    let when = t("2026-01-02T10:00:00+00:00") + chrono::Duration::minutes(id as i64);
    s.entries.push(Entry {
        id,
        author,
        kind,
        heading: Default::default(),
        body: Body::Text(format!("words {id}")),
        visibility: vis,
        created: when,
        updated: when,
    });
    id
}

/// Alex shared an entry, Sam replied to it.
fn replied() -> (Store, PartnerId, PartnerId, EntryId, EntryId) {
    let mut s = Store::default();
    let when = t("2026-01-01T10:00:00+00:00");
    let alex = s.add_partner("Alex", Role::Hurt, when);
    let sam = s.add_partner("Sam", Role::Repairing, when);
    for p in &mut s.partners {
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    let entry = push(
        &mut s,
        alex,
        EntryKind::Free { strategy: None },
        Visibility::Shared,
    );
    let reply = push(
        &mut s,
        sam,
        EntryKind::Reply { to: entry },
        Visibility::Shared,
    );
    (s, alex, sam, entry, reply)
}

fn readers(s: &Store, id: EntryId) -> Vec<PartnerId> {
    let e = s.entry(id).unwrap();
    s.partners
        .iter()
        .map(|p| p.id)
        .filter(|p| can_read(s, *p, e))
        .collect()
}

#[test]
fn a_reply_to_a_shared_entry_is_read_by_both_under_the_entry_not_in_the_list() {
    let (s, alex, sam, entry, reply) = replied();
    assert_eq!(readers(&s, reply), [alex, sam]);
    for viewer in [alex, sam] {
        let under: Vec<_> = replies_to(&s, viewer, entry).iter().map(|e| e.id).collect();
        assert_eq!(under, [reply]);
        let listed: Vec<_> = shared_entries(&s, viewer).iter().map(|e| e.id).collect();
        assert_eq!(listed, [entry], "a reply is not an entry of its own there");
    }
    // Only the other partner's shared entry may be answered, and not a reply.
    assert!(can_reply(&s, sam, s.entry(entry).unwrap()));
    assert!(!can_reply(&s, alex, s.entry(entry).unwrap()));
    assert!(!can_reply(&s, alex, s.entry(reply).unwrap()));
}

/// Something that happens to the entry answered.
type Change = fn(&mut Store, EntryId);

#[test]
fn a_reply_reaches_no_one_who_may_not_read_its_entry() {
    // Every way the entry stops being readable by Sam: the reply is then
    // Sam's alone to read, and Alex's only while the entry is Alex's.
    let cases: [(&str, Change); 3] = [
        ("made private", |s, id| {
            s.entry_mut(id).unwrap().visibility = Visibility::Private;
        }),
        ("deleted", |s, id| s.entries.retain(|e| e.id != id)),
        ("couples mode off", |s, _| {
            s.partners[1].safety_check = Some(SafetyOutcome::Concern);
        }),
    ];
    for (what, change) in cases {
        let (mut s, alex, sam, entry, reply) = replied();
        change(&mut s, entry);
        let r = readers(&s, reply);
        assert!(r.contains(&sam), "{what}: the writer keeps their words");
        let alex_may_read_entry =
            s.entry(entry).is_some_and(|e| can_read(&s, alex, e)) && couples_available(&s);
        assert_eq!(r.contains(&alex), alex_may_read_entry, "{what}");
        assert!(
            s.entry(entry).is_none_or(|e| !can_reply(&s, sam, e)),
            "{what}: no new reply"
        );
    }
}

#[test]
fn a_reply_is_always_shared_and_only_its_writer_may_change_it() {
    let (mut s, alex, sam, _, reply) = replied();
    assert_eq!(toggle_visibility(&mut s, sam, reply), None);
    assert_eq!(toggle_visibility(&mut s, alex, reply), None);
    assert_eq!(s.entry(reply).unwrap().visibility, Visibility::Shared);
    assert!(can_change(sam, s.entry(reply).unwrap()));
    assert!(!can_change(alex, s.entry(reply).unwrap()));
}

#[test]
fn unread_replies_are_the_others_answers_to_my_entries_until_seen() {
    let (s, alex, sam, _, reply) = replied();
    let none = std::collections::BTreeSet::new();
    let ids = |v: Vec<&Entry>| v.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids(unread_replies(&s, alex, &none)), [reply]);
    assert!(
        unread_replies(&s, sam, &none).is_empty(),
        "not my own reply"
    );
    let seen = [reply].into_iter().collect();
    assert!(unread_replies(&s, alex, &seen).is_empty());
    // Made private again, the entry's replies are not announced (Shared no
    // longer shows them), though Alex still reads them in the journal.
    let mut unshared = s.clone();
    let entry = unshared.entry(reply).unwrap().kind.reply_to().unwrap();
    unshared.entry_mut(entry).unwrap().visibility = Visibility::Private;
    assert!(unread_replies(&unshared, alex, &none).is_empty());
    assert_eq!(replies_to(&unshared, alex, entry).len(), 1);
}

#[test]
fn the_rule_holds_in_a_store_whose_order_was_changed_by_hand() {
    let (mut s, alex, sam, entry, reply) = replied();
    for _ in 0..5 {
        push(
            &mut s,
            alex,
            EntryKind::Free { strategy: None },
            Visibility::Private,
        );
    }
    let before = readers(&s, reply);
    s.entries = s.entries.iter().rev().cloned().collect();
    assert_eq!(readers(&s, reply), before);
    assert_eq!(before, [alex, sam]);
    assert_eq!(reply_counts(&s, alex).get(&entry), Some(&1));
    s.entry_mut(entry).unwrap().visibility = Visibility::Private;
    assert_eq!(
        readers(&s, reply),
        [alex, sam],
        "Alex may still read the entry"
    );
    s.partners[0].safety_check = None;
    assert_eq!(readers(&s, reply), [sam]);
}
