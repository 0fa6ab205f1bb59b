//! After a partner leaves: what was shared reaches only who was there when
//! it was written ([`kept_for`], [`shared_since_joined`]), whatever order
//! people joined and left in.

use super::*;
use crate::model::{Body, EntryKind, Role, SafetyOutcome, Timestamp};
use crate::store::leave::Leaving;

fn day(d: u32) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-01-{d:02}T10:00:00+00:00")).unwrap()
}

fn join(s: &mut Store, name: &str, on: u32) -> PartnerId {
    let id = s.add_partner(name, Role::Unsaid, day(on));
    for p in &mut s.partners {
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    id
}

fn write(s: &mut Store, author: PartnerId, kind: EntryKind, on: u32) -> EntryId {
    let id = s.fresh_id();
    s.entries.push(Entry {
        id,
        author,
        kind,
        heading: Default::default(),
        body: Body::Text(format!("by {author} on day {on}")),
        visibility: Visibility::Shared,
        created: day(on),
        updated: day(on),
    });
    id
}

fn free() -> EntryKind {
    EntryKind::Free { strategy: None }
}

fn leave(s: &mut Store, who: PartnerId, keep_shared: bool) {
    Leaving {
        partner: who,
        keep_shared,
    }
    .apply(s);
}

fn readable(s: &Store, viewer: PartnerId) -> Vec<EntryId> {
    s.entries
        .iter()
        .filter(|e| can_read(s, viewer, e))
        .map(|e| e.id)
        .collect()
}

#[test]
fn a_partner_who_joins_later_reads_nothing_shared_with_the_one_who_left() {
    let mut s = Store::default();
    let alex = join(&mut s, "Alex", 1);
    let sam = join(&mut s, "Sam", 1);
    let kept = write(&mut s, sam, free(), 2);
    let to_sam = write(&mut s, alex, free(), 3);
    let reply = write(&mut s, alex, EntryKind::Reply { to: kept }, 4);
    leave(&mut s, sam, true);
    // Alex alone still reads what Sam kept for them, and their own.
    assert_eq!(readable(&s, alex), [kept, to_sam, reply]);
    let taylor = join(&mut s, "Taylor", 10);
    assert!(couples_available(&s));
    assert!(
        readable(&s, taylor).is_empty(),
        "{:?}",
        readable(&s, taylor)
    );
    assert!(shared_entries(&s, taylor).is_empty());
    assert!(replies_to(&s, taylor, kept).is_empty());
    assert!(!kept_for(&s, taylor, s.entry(kept).unwrap()));
    // What Alex shares once Taylor is here, Taylor reads.
    let new = write(&mut s, alex, free(), 11);
    assert_eq!(readable(&s, taylor), [new]);
    assert_eq!(readable(&s, alex), [kept, to_sam, reply, new]);
}

#[test]
fn when_the_one_who_stays_is_the_second_the_newcomer_is_kept_out_too() {
    let mut s = Store::default();
    let sam = join(&mut s, "Sam", 1);
    let alex = join(&mut s, "Alex", 2);
    let to_sam = write(&mut s, alex, free(), 3);
    write(&mut s, sam, free(), 4);
    leave(&mut s, sam, true);
    let taylor = join(&mut s, "Taylor", 10);
    assert!(!readable(&s, taylor).contains(&to_sam));
    assert!(readable(&s, taylor).is_empty());
}

#[test]
fn words_written_alone_before_the_first_partner_joined_can_still_be_shared_with_them() {
    // Nobody left: an old entry shared after Sam joined is for Sam.
    let mut s = Store::default();
    let alex = join(&mut s, "Alex", 1);
    let old = write(&mut s, alex, free(), 2);
    let sam = join(&mut s, "Sam", 5);
    assert_eq!(readable(&s, sam), [old]);
}

#[test]
fn a_kept_entry_is_for_who_was_there_whether_couples_mode_is_on_or_not() {
    let mut s = Store::default();
    let alex = join(&mut s, "Alex", 1);
    let sam = join(&mut s, "Sam", 1);
    let kept = write(&mut s, sam, free(), 2);
    leave(&mut s, sam, true);
    assert!(!couples_available(&s));
    assert!(kept_for(&s, alex, s.entry(kept).unwrap()));
    assert_eq!(readable(&s, alex), [kept]);
}
