use std::borrow::Cow;

use super::*;
use crate::crypto::protect_with;
use crate::model::{Entry, EntryKind, Role};
use crate::workbook::{Draft, DraftTarget};

fn t(s: &str) -> crate::model::Timestamp {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

const ALEX_SECRET: &str = "I read the messages before I asked.";
const SHARED: &str = "We walked by the river and it was good.";
const SAM_TEXT: &str = "Sam's own plain words.";

/// Alex protects their entries (unlocked now), Sam does not.
fn couple() -> (Store, Session, PartnerId, PartnerId, Unlocked) {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t("2026-01-01T10:00:00+00:00"));
    let sam = store.add_partner("Sam", Role::Repairing, t("2026-01-01T10:00:00+00:00"));
    store.past_foundations(); // has read "Before you begin"
    for (author, text, visibility) in [
        (alex, ALEX_SECRET, Visibility::Private),
        (alex, SHARED, Visibility::Shared),
        (sam, SAM_TEXT, Visibility::Private),
    ] {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author,
            kind: EntryKind::Free { strategy: None },
            heading: "A page".into(),
            body: Body::Text(text.into()),
            visibility,
            created: t("2026-01-02T10:00:00+00:00"),
            updated: t("2026-01-02T10:00:00+00:00"),
        });
    }
    let (protection, key) = protect_with("river stones", Some(10)).unwrap();
    store.partner_mut(alex).unwrap().protection = Some(protection);
    let mut session = Session::default();
    let mut s = crate::workbook::session::PartnerSession::default();
    s.keep(Draft {
        target: DraftTarget::OwnCommitment {
            strategy: "honesty".into(),
        },
        text: "half a thought about the phone".into(),
    });
    session.set_partner(alex, s.clone());
    s.drafts[0].text = "Sam's half thought".into();
    session.set_partner(sam, s);
    (store, session, alex, sam, key)
}

#[test]
fn the_saved_store_seals_only_the_protected_partners_private_entries() {
    let (store, _, _, _, _) = couple();
    let disk = Sealer::default().store_for_disk(&store).unwrap();
    let json = serde_json::to_string(&disk).unwrap();
    assert!(!json.contains("read the messages"), "{json}");
    assert!(
        json.contains(SHARED),
        "shared entries stay readable by both"
    );
    assert!(
        json.contains(SAM_TEXT),
        "an unprotected partner is unchanged"
    );
    // What stays in memory is untouched: Alex keeps working on plain text.
    assert_eq!(store.entries[0].body, Body::Text(ALEX_SECRET.into()));
}

#[test]
fn an_unchanged_entry_is_not_sealed_again_on_every_save() {
    let (mut store, _, _, _, _) = couple();
    let mut sealer = Sealer::default();
    let first = sealer.store_for_disk(&store).unwrap().into_owned();
    let second = sealer.store_for_disk(&store).unwrap().into_owned();
    assert_eq!(first.entries[0].body, second.entries[0].body);
    store.entries[0].body = Body::Text("An edit.".into());
    let third = sealer.store_for_disk(&store).unwrap();
    assert_ne!(first.entries[0].body, third.entries[0].body);
}

#[test]
fn the_saved_session_seals_the_protected_partners_drafts() {
    let (store, session, alex, sam, key) = couple();
    let disk = Sealer::default()
        .session_for_disk(&session, &store)
        .unwrap();
    let json = serde_json::to_string(&disk).unwrap();
    assert!(!json.contains("about the phone"), "{json}");
    assert!(json.contains("Sam's half thought"));
    let alex_there = disk.for_partner(alex).unwrap();
    assert!(alex_there.drafts.is_empty(), "{alex_there:?}");
    let sealed = alex_there.sealed.as_deref().unwrap();
    assert!(
        key.open(sealed)
            .unwrap()
            .contains("half a thought about the phone")
    );
    assert!(!is_sealed(&disk.for_partner(sam).unwrap().drafts[0].text));
}

/// Issue 22, item 9: who was at the keyboard last is a protected person's
/// own; an unprotected one's is kept.
#[test]
fn the_saved_session_does_not_say_a_protected_person_was_last_at_the_keyboard() {
    let (store, mut session, alex, sam, _) = couple();
    session.last_partner = Some(alex);
    let disk = Sealer::default()
        .session_for_disk(&session, &store)
        .unwrap();
    assert_eq!(disk.last_partner, None);
    session.last_partner = Some(sam);
    let disk = Sealer::default()
        .session_for_disk(&session, &store)
        .unwrap();
    assert_eq!(disk.last_partner, Some(sam));
}

#[test]
fn locking_seals_the_words_in_memory_and_unlocking_brings_them_back() {
    let (mut store, mut session, alex, _, key) = couple();
    drop(key);
    let mut sealer = Sealer::default();
    sealer.lock_partner(&mut store, &mut session, alex).unwrap();
    assert!(matches!(store.entries[0].body, Body::Sealed(_)));
    assert_eq!(store.entries[1].body, Body::Text(SHARED.into()));
    assert_eq!(store.entries[2].body, Body::Text(SAM_TEXT.into()));
    let alex_there = session.for_partner(alex).unwrap();
    assert!(alex_there.drafts.is_empty() && alex_there.sealed.is_some());

    let wrong = unlock_partner(&mut sealer, &mut store, &mut session, alex, "river");
    assert_eq!(wrong.unwrap_err(), crypto::UnlockError::WrongPassphrase);
    assert!(matches!(store.entries[0].body, Body::Sealed(_)));

    let (_, failed) =
        unlock_partner(&mut sealer, &mut store, &mut session, alex, "river stones").unwrap();
    assert_eq!(failed, 0);
    assert_eq!(store.entries[0].body, Body::Text(ALEX_SECRET.into()));
    assert_eq!(
        session.for_partner(alex).unwrap().drafts[0].text,
        "half a thought about the phone"
    );
}

/// Entries opened as a person unlocks keep their headings and ids once
/// for all of them, as entries read together from the journal do, both
/// when opened ahead (off the UI thread) and when opened in place.
#[test]
fn a_protected_persons_entries_share_their_headings_once_unlocked() {
    let (mut store, mut session, alex, _, key) = couple();
    // A second private entry of Alex's under the same heading.
    let mut again = store.entries[0].clone();
    again.id = store.fresh_id();
    again.body = Body::Text("another private page".into());
    store.entries.push(again);
    let disk = Sealer::default()
        .store_for_disk(&store)
        .unwrap()
        .into_owned();
    let opened = open_entries(&key, alex, sealed_entries(&disk, alex));
    assert_eq!(opened.len(), 2);
    let (a, b) = (&opened[0].1, &opened[1].1);
    assert_eq!(a.heading, "A page");
    assert!(a.heading.is_shared_with(&b.heading));

    let mut reread = disk.clone();
    let (_, failed) = unlock_partner(
        &mut Sealer::default(),
        &mut reread,
        &mut session,
        alex,
        "river stones",
    )
    .unwrap();
    assert_eq!(failed, 0);
    let theirs: Vec<&Entry> = reread
        .entries
        .iter()
        .filter(|e| e.author == alex && e.visibility == Visibility::Private)
        .collect();
    assert_eq!(theirs.len(), 2);
    assert!(theirs[0].heading.is_shared_with(&theirs[1].heading));
}

#[test]
fn an_entry_that_cannot_be_opened_stays_sealed_and_is_counted() {
    let (mut store, mut session, alex, _, key) = couple();
    let (other, _) = protect_with("someone else", Some(10)).unwrap();
    store.entries[0].body = Body::Sealed(crypto::seal(&other.recipient, "not Alex's").unwrap());
    let before = store.entries[0].body.clone();
    assert_eq!(
        open_partner(
            &mut Sealer::default(),
            &mut store,
            &mut session,
            alex,
            &key,
            &Ahead::default()
        ),
        1
    );
    assert_eq!(store.entries[0].body, before);
}

#[test]
fn a_store_without_protection_is_written_as_it_is() {
    let (mut store, session, alex, _, _) = couple();
    store.partner_mut(alex).unwrap().protection = None;
    let mut sealer = Sealer::default();
    assert!(matches!(
        sealer.store_for_disk(&store).unwrap(),
        Cow::Borrowed(_)
    ));
    assert_eq!(sealer.session_for_disk(&session, &store).unwrap(), session);
}

/// What protection costs a save with a large journal; run with
/// `cargo test --release --lib vault -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn measure_sealing_a_large_store() {
    use std::time::Instant;
    let content = crate::content::Content::bundled().unwrap();
    let mut store = crate::synthetic::store(&content, 10_000);
    let (protection, key) = protect_with("river stones", Some(10)).unwrap();
    for p in &mut store.partners {
        p.protection = Some(protection.clone());
    }
    let mut sealer = Sealer::default();
    let start = Instant::now();
    let first = sealer.store_for_disk(&store).unwrap().into_owned();
    let first_time = start.elapsed();
    let start = Instant::now();
    let _ = sealer.store_for_disk(&store).unwrap();
    let again_time = start.elapsed();
    let start = Instant::now();
    let plain = crate::store::to_json(&store).unwrap();
    let json_time = start.elapsed();
    let sealed = crate::store::to_json(&first).unwrap();
    let mut session = Session::default();
    let mut locked = first.clone();
    let partner = store.partners[0].id;
    let sealed_count = locked
        .entries
        .iter()
        .filter(|e| e.author == partner && matches!(e.body, Body::Sealed(_)))
        .count();
    let start = Instant::now();
    let failed = open_partner(
        &mut sealer,
        &mut locked,
        &mut session,
        partner,
        &key,
        &Ahead::default(),
    );
    let open_time = start.elapsed();
    println!(
        "{} entries: first save seals all in {first_time:?}, later saves {again_time:?} (to_json {json_time:?}); store.json {} -> {} bytes; unlocking one partner opens {sealed_count} entries in {:?}, {failed} failed",
        store.entries.len(),
        plain.len(),
        sealed.len(),
        open_time
    );
}

const ALEX_NOTE: &str = "Could not stop checking the phone today.";
const SAM_NOTE: &str = "A quiet evening.";

fn with_notes(store: &mut Store, alex: PartnerId, sam: PartnerId) {
    for (who, note, day) in [(alex, ALEX_NOTE, "03"), (sam, SAM_NOTE, "04")] {
        let mut c =
            crate::model::CheckIn::sample(who, t(&format!("2026-01-{day}T21:00:00+00:00")), 5);
        c.note = Some(note.into());
        store.checkins.push(c);
    }
}

/// A check-in note is as private as a private entry: sealed on disk for a
/// protected partner, the same ciphertext on the next save (so the change
/// log sees no change), sealed in memory on lock, and back on unlock.
#[test]
fn a_protected_partners_check_in_note_is_sealed_like_their_entries() {
    let (mut store, mut session, alex, sam, key) = couple();
    drop(key);
    with_notes(&mut store, alex, sam);
    let mut sealer = Sealer::default();
    let first = sealer.store_for_disk(&store).unwrap().into_owned();
    let json = serde_json::to_string(&first).unwrap();
    assert!(!json.contains("checking the phone"), "{json}");
    assert!(json.contains(SAM_NOTE), "Sam is not protected: {json}");
    let again = sealer.store_for_disk(&store).unwrap().into_owned();
    assert_eq!(
        again.checkins, first.checkins,
        "sealed once, not on every save"
    );

    sealer.lock_partner(&mut store, &mut session, alex).unwrap();
    assert!(is_sealed(store.checkins[0].note.as_deref().unwrap()));
    assert_eq!(store.checkins[1].note.as_deref(), Some(SAM_NOTE));
    let (_, failed) =
        unlock_partner(&mut sealer, &mut store, &mut session, alex, "river stones").unwrap();
    assert_eq!(failed, 0);
    assert_eq!(store.checkins[0].note.as_deref(), Some(ALEX_NOTE));
}

/// A note written before protection was turned on is found plain on disk
/// and sealed by `Protected::seal` (what re-sealing backups uses).
#[test]
fn a_plain_note_from_before_protection_is_found_and_sealed() {
    let (mut store, _, alex, sam, _) = couple();
    with_notes(&mut store, alex, sam);
    let protected = crate::store::plain::Protected::of(&store);
    assert!(protected.exposes_checkin(&store.checkins[0]));
    assert!(!protected.exposes_checkin(&store.checkins[1]));
    let mut copy = store.clone();
    let sealed = protected.seal(&mut copy).unwrap();
    assert!(sealed >= 2, "Alex's private entry and note: {sealed}");
    assert!(
        !serde_json::to_string(&copy)
            .unwrap()
            .contains("checking the phone")
    );
    assert!(!protected.exposes_checkin(&copy.checkins[0]));
}

/// Every datum of a protected person carries a marker here: entry titles and
/// words, progress, commitments, move-on ticks, the safety check's outcome,
/// country, sharing choice, check-in numbers, feelings and note, homework,
/// and their session (place, drafts, what they have read).
fn alex_with_everything() -> (Store, Session, PartnerId, PartnerId, Unlocked) {
    let (mut store, mut session, alex, sam, key) = couple();
    let now = t("2026-01-05T10:00:00+00:00");
    {
        let p = store.partner_mut(alex).unwrap();
        p.progress.insert(
            "mark-progress-strategy".into(),
            crate::model::StrategyProgress::default(),
        );
        p.commitments.push(crate::model::Commitment {
            id: 900,
            strategy: "mark-commitment-strategy".into(),
            text: "MARK-COMMITMENT walk after dinner".into(),
            suggestion: None,
            started: now.date_naive(),
            created: now,
            review: None,
        });
        p.move_on.insert("mark-move-on-tick".into());
        p.safety_check = Some(crate::model::SafetyOutcome::Concern);
        p.country = Some("MARKCOUNTRY".into());
        p.share_checkin_numbers = true;
    }
    store
        .entries
        .iter_mut_where(|e| e.author == alex)
        .for_each(|e| {
            if e.visibility == Visibility::Private {
                e.heading = "MARK-HEADING the night I found out".into();
            }
        });
    let mut c = crate::model::CheckIn::sample(alex, t("2026-01-03T21:17:00+00:00"), 7);
    c.note = Some("MARK-NOTE could not sleep".into());
    c.feelings.insert("mark-feeling".into());
    store.checkins.push(c);
    store.checkins.push(crate::model::CheckIn::sample(
        sam,
        t("2026-01-04T21:00:00+00:00"),
        5,
    ));
    store.assignments.push(crate::model::Assignment {
        partner: alex,
        assigned_by: "MARK-THERAPIST Dr. Rivera".into(),
        to: None,
        start: now.date_naive(),
        note: "MARK-HOMEWORK-NOTE".into(),
        steps: Vec::new(),
        imported: now,
        measures: Default::default(),
    });
    let mut s = session.for_partner(alex).cloned().unwrap_or_default();
    s.location = crate::model::session::Location::Strategy {
        id: "mark-location".into(),
    };
    s.seen_reveals.insert("mark-reveal".into());
    session.set_partner(alex, s);
    (store, session, alex, sam, key)
}

const MARKS: [&str; 13] = [
    "MARK-",
    "mark-",
    "MARKCOUNTRY",
    "read the messages",
    "about the phone",
    "concern",
    "2026-01-03",
    "Dr. Rivera",
    "walk after dinner",
    "could not sleep",
    "night I found out",
    "\"trust\":7",
    "share_checkin_numbers",
];

fn marks_in(what: &str, json: &str) {
    for mark in MARKS {
        assert!(!json.contains(mark), "{what} holds {mark:?}: {json}");
    }
}

#[test]
fn everything_a_protected_person_owns_is_sealed_on_disk() {
    let (store, session, ..) = alex_with_everything();
    let mut sealer = Sealer::default();
    let disk = sealer.store_for_disk(&store).unwrap();
    marks_in("store.json", &serde_json::to_string(&disk).unwrap());
    let disk_session = sealer.session_for_disk(&session, &store).unwrap();
    marks_in(
        "session.json",
        &serde_json::to_string(&disk_session).unwrap(),
    );
    // What Alex shared, Sam's own words and Sam's check-in stay as they are.
    let json = serde_json::to_string(&disk).unwrap();
    assert!(json.contains(SHARED) && json.contains(SAM_TEXT), "{json}");
    assert!(json.contains("2026-01-04"), "Sam's check-in: {json}");
}

#[test]
fn a_locked_person_is_not_in_memory_and_unlocking_brings_back_everything() {
    let (mut store, mut session, alex, _, key) = alex_with_everything();
    drop(key);
    let (before_store, before_session) = (store.clone(), session.clone());
    let mut sealer = Sealer::default();
    // Saved once, as the app does, then locked.
    let _ = sealer.store_for_disk(&store).unwrap();
    sealer.lock_partner(&mut store, &mut session, alex).unwrap();
    marks_in("memory", &serde_json::to_string(&store).unwrap());
    marks_in("memory", &serde_json::to_string(&session).unwrap());
    // Written and read back, as the next start would.
    let disk = sealer.store_for_disk(&store).unwrap().into_owned();
    let mut reread: Store = serde_json::from_str(&serde_json::to_string(&disk).unwrap()).unwrap();
    let mut session: Session =
        serde_json::from_str(&serde_json::to_string(&session).unwrap()).unwrap();
    let mut sealer = Sealer::default();
    let (_, failed) =
        unlock_partner(&mut sealer, &mut reread, &mut session, alex, "river stones").unwrap();
    assert_eq!(failed, 0);
    assert_eq!(reread.partner(alex), before_store.partner(alex));
    let mut entries_now: Vec<&Entry> = reread.entries.iter().collect();
    let mut entries_then: Vec<&Entry> = before_store.entries.iter().collect();
    entries_now.sort_by_key(|e| e.id);
    entries_then.sort_by_key(|e| e.id);
    assert_eq!(entries_now, entries_then);
    let mut checkins_now = reread.checkins.to_vec();
    let mut checkins_then = before_store.checkins.to_vec();
    checkins_now.sort_by_key(|c| c.at);
    checkins_then.sort_by_key(|c| c.at);
    assert_eq!(checkins_now, checkins_then);
    assert_eq!(reread.assignments, before_store.assignments);
    assert_eq!(session.for_partner(alex), before_session.for_partner(alex));
}

/// Locking again after unlocking seals nothing: the sealed copies are the
/// ones read from the disk (so the quick exit never waits for sealing).
#[test]
fn locking_after_unlocking_reuses_the_sealed_records() {
    let (store, mut session, alex, _, _) = alex_with_everything();
    let mut sealer = Sealer::default();
    let disk = sealer.store_for_disk(&store).unwrap().into_owned();
    let mut reread = disk.clone();
    let mut fresh = Sealer::default();
    unlock_partner(&mut fresh, &mut reread, &mut session, alex, "river stones").unwrap();
    fresh.lock_partner(&mut reread, &mut session, alex).unwrap();
    for (now, then) in reread.entries.arcs().iter().zip(disk.entries.arcs()) {
        assert!(Arc::ptr_eq(now, then), "entry {} sealed again", now.id);
    }
    assert_eq!(reread.checkins, disk.checkins);
    assert_eq!(reread.partners, disk.partners);
}

/// The size of a sealed record says only roughly how much was written: what
/// is sealed is padded to a power of two. (`age` itself adds a few random
/// bytes to each header, so the sealed texts vary a little more.)
#[test]
fn sealed_records_are_padded_to_coarse_sizes() {
    let (mut store, _, alex, _, key) = couple();
    let sizes: Vec<usize> = ["a", "a few words more", &"x".repeat(150), &"y".repeat(200)]
        .iter()
        .map(|text| {
            store
                .entries
                .iter_mut_where(|e| e.author == alex && e.visibility == Visibility::Private)
                .for_each(|e| e.body = Body::Text((*text).to_string()));
            let disk = Sealer::default().store_for_disk(&store).unwrap();
            match &disk.entries[0].body {
                Body::Sealed(s) => key.open(s).unwrap().len(),
                Body::Text(_) => panic!("not sealed"),
            }
        })
        .collect();
    assert!(
        sizes.iter().all(|n| n.is_power_of_two() && *n >= 256),
        "{sizes:?}"
    );
    assert_eq!(sizes[0], sizes[1], "{sizes:?}");
    assert_eq!(sizes[2], sizes[3], "{sizes:?}");
    assert!(sizes[2] > sizes[1], "{sizes:?}");
}

/// A store written by an older trustmend sealed only the words: the titles,
/// numbers and profile were plain. Opened now, all of it is sealed in memory
/// before anyone is at the keyboard, and unlocking opens both layers.
#[test]
fn an_older_store_with_words_alone_sealed_is_sealed_whole_at_the_start() {
    let (store, mut session, alex, _, _) = alex_with_everything();
    let mut older = store.clone();
    let recipient = older
        .partner(alex)
        .and_then(|p| p.protection.as_ref())
        .map(|p| p.recipient.clone())
        .unwrap();
    for e in older
        .entries
        .iter_mut_where(|e| e.author == alex && e.visibility == Visibility::Private)
    {
        if let Body::Text(text) = &e.body {
            e.body = Body::Sealed(crypto::seal(&recipient, text).unwrap());
        }
    }
    let mut sealer = Sealer::default();
    seal_everyone(&mut sealer, &mut older, &mut session).unwrap();
    marks_in("memory", &serde_json::to_string(&older).unwrap());
    let (_, failed) =
        unlock_partner(&mut sealer, &mut older, &mut session, alex, "river stones").unwrap();
    assert_eq!(failed, 0);
    let alex_entry = older
        .entries
        .iter()
        .find(|e| e.author == alex && e.visibility == Visibility::Private)
        .unwrap();
    assert_eq!(alex_entry.body, Body::Text(ALEX_SECRET.into()));
    assert_eq!(alex_entry.heading, "MARK-HEADING the night I found out");
}
