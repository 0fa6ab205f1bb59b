//! Where a protected person's records are plain and where they are sealed.
//!
//! Protection is of a person, not of fields. Everything a protected person
//! owns is sealed *whole* to their `age` recipient wherever it is written:
//! each private entry (title, strategy, kind, dates and words), each
//! check-in (numbers, feelings, body signs, note and time), their profile
//! (progress, commitments and reviews, move-on ticks, safety-check outcome,
//! country, sharing choices, and any field added to `Partner` later) with
//! their therapist's assignments, and their place and drafts in the session.
//! What stays plain is what the other partner may see anyway (their name,
//! role, that they exist, what they shared, their replies) and what opening
//! needs (the recipient and the sealed identity), plus one bit: whether
//! their safety check lets couples exercises open (the other partner sees
//! that from whether they open; see [`public_partner`]).
//!
//! A sealed record keeps only its id and author (and for a check-in, its
//! author) beside the ciphertext; everything else is a placeholder that
//! says nothing ([`sealed_at`] for its times). In memory a locked person's
//! records are exactly these sealed records: no screen, report or door can
//! draw what is not there. Unlocking opens them ([`open_partner`]); locking
//! puts the sealed copies back ([`Sealer::lock_partner`]), which are cached
//! from opening and from every save, so locking seals nothing on the way out.
//!
//! Sealing needs only the public recipient, never the passphrase. The text
//! sealed is padded to a power of two (at least 256 bytes), so the size of
//! a sealed record says only roughly how much was written.
//!
//! Shared entries are meant for both partners and stay plain.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::crypto::{self, Protection, SealError, Unlocked};
use crate::model::session::PartnerSession;
use crate::model::{
    Assignment, Body, CheckIn, Commons, Entry, EntryId, EntryKind, Partner, PartnerId,
    SafetyOutcome, Session, Store, Timestamp, Visibility,
};

#[cfg(test)]
mod tests;

/// Unit tests use a small scrypt work factor so they run fast; the real app
/// lets `age` aim for about a second.
#[cfg(test)]
const WORK_FACTOR: Option<u8> = Some(10);
#[cfg(not(test))]
const WORK_FACTOR: Option<u8> = None;

/// The first line of every ASCII-armored `age` file.
pub const ARMOR_BEGIN: &str = crate::crypto::armor::BEGIN;

/// What a whole sealed record's plain text starts with, before its JSON (an
/// older trustmend sealed only an entry's words or a note, which never start
/// so).
const WHOLE: &str = "trustmend sealed record 1\n";

/// Sealed texts are padded to a power of two of at least this many bytes.
const PAD_FLOOR: usize = 256;

pub use crate::crypto::is_sealed;

/// The time every sealed record says it was written (the real one is
/// inside): the Unix epoch, which no real record can have.
pub fn sealed_at() -> Timestamp {
    chrono::DateTime::UNIX_EPOCH.fixed_offset()
}

/// Whether `entry` is a whole sealed record (see the module's docs).
pub fn is_sealed_entry(entry: &Entry) -> bool {
    entry.created == sealed_at() && matches!(entry.body, Body::Sealed(_))
}

/// Whether `checkin` is a whole sealed record.
pub fn is_sealed_checkin(checkin: &CheckIn) -> bool {
    checkin.at == sealed_at() && checkin.note.as_deref().is_some_and(is_sealed)
}

/// Whether a protected person's `entry` must be sealed: everything of theirs
/// but what is shared now (shared entries and replies are meant for both).
fn sealable(entry: &Entry) -> bool {
    entry.visibility == Visibility::Private
}

/// `value` as JSON behind [`WHOLE`], padded, sealed to `recipient`.
fn seal_whole<T: Serialize>(recipient: &str, value: &T) -> Result<String, SealError> {
    let json = serde_json::to_string(value).map_err(|_| SealError::record())?;
    let mut text = Zeroizing::new(String::with_capacity(WHOLE.len() + json.len()));
    text.push_str(WHOLE);
    text.push_str(&json);
    drop(Zeroizing::new(json));
    let padded = (text.len() + 1).next_power_of_two().max(PAD_FLOOR);
    while text.len() < padded {
        text.push(' ');
    }
    crypto::seal(recipient, &text)
}

/// A whole sealed record opened: `Ok(None)` when it is an older sealing of
/// words alone (the caller keeps the text as it is).
fn open_whole<T: for<'de> Deserialize<'de>>(
    key: &Unlocked,
    sealed: &str,
) -> Result<Result<T, Zeroizing<String>>, ()> {
    open_whole_as(key, sealed, |json| serde_json::from_str(json))
}

/// [`open_whole`], the record's JSON read by `read`.
fn open_whole_as<T>(
    key: &Unlocked,
    sealed: &str,
    read: impl FnOnce(&str) -> serde_json::Result<T>,
) -> Result<Result<T, Zeroizing<String>>, ()> {
    let text = Zeroizing::new(key.open(sealed).map_err(|_| ())?);
    match text.strip_prefix(WHOLE) {
        Some(json) => read(json.trim_end()).map(Ok).map_err(|_| ()),
        None => Ok(Err(text)),
    }
}

/// `entry` sealed whole: only its id and author stay readable.
pub fn seal_entry(recipient: &str, entry: &Entry) -> Result<Entry, SealError> {
    Ok(Entry {
        id: entry.id,
        author: entry.author,
        kind: EntryKind::Free { strategy: None },
        heading: Default::default(),
        body: Body::Sealed(seal_whole(recipient, entry)?),
        visibility: Visibility::Private,
        created: sealed_at(),
        updated: sealed_at(),
    })
}

/// `checkin` sealed whole: only its author stays readable.
pub fn seal_checkin(recipient: &str, checkin: &CheckIn) -> Result<CheckIn, SealError> {
    Ok(CheckIn {
        author: checkin.author,
        at: sealed_at(),
        mood: None,
        trust: None,
        sleep: None,
        appetite: None,
        stress: None,
        feelings: Default::default(),
        body_signs: Default::default(),
        note: Some(seal_whole(recipient, checkin)?),
    })
}

/// A person's own record and their therapist's assignments, sealed as one.
#[derive(Serialize, Deserialize)]
struct Profile {
    partner: Partner,
    #[serde(default)]
    assignments: Vec<Assignment>,
}

/// What may be plain of a protected person: every field is named, so a new
/// one cannot be forgotten here, and everything not public is sealed in
/// `sealed`.
pub fn public_partner(partner: &Partner, sealed: String) -> Partner {
    let Partner {
        id,
        name,
        role,
        created,
        progress: _,
        commitments: _,
        move_on: _,
        seen_safety_note: _,
        share_checkin_numbers: _,
        protection,
        safety_check: _,
        safety_checked_on: _,
        country: _,
        read_foundations: _,
        sealed: _,
        measures: _,
    } = partner;
    Partner {
        id: *id,
        name: name.clone(),
        role: *role,
        created: *created,
        progress: BTreeMap::new(),
        commitments: Vec::new(),
        move_on: Default::default(),
        seen_safety_note: true,
        share_checkin_numbers: false,
        protection: protection.clone(),
        // Only whether couples exercises may open: the other partner learns
        // that from whether they open, never whether a check was taken or
        // what it found.
        safety_check: crate::privacy::lets_couples_open(partner).then_some(SafetyOutcome::Clear),
        safety_checked_on: None,
        country: None,
        read_foundations: false,
        sealed: Some(sealed),
        measures: Vec::new(),
    }
}

/// A person's record sealed whole with their assignments: the public record
/// that may be written (see [`public_partner`]).
pub fn seal_partner(
    recipient: &str,
    partner: &Partner,
    assignments: Vec<Assignment>,
) -> Result<Partner, SealError> {
    let profile = Profile {
        partner: Partner {
            sealed: None,
            ..partner.clone()
        },
        assignments,
    };
    Ok(public_partner(partner, seal_whole(recipient, &profile)?))
}

/// A person's session (place, drafts, what they have read) sealed whole.
fn seal_session(recipient: &str, s: &PartnerSession) -> Result<PartnerSession, SealError> {
    Ok(PartnerSession {
        sealed: Some(seal_whole(recipient, s)?),
        ..PartnerSession::default()
    })
}

/// Open a person's sealed records in memory: entries, check-ins, profile
/// (with their assignments) and session. Returns how many could not be
/// opened (they stay sealed and unchanged). The sealed copies are kept in
/// `sealer`, so locking again needs no sealing.
/// A person's key and their records opened with it, off the UI thread.
pub struct Opened {
    pub key: Arc<Unlocked>,
    pub ahead: Ahead,
}

/// Records opened ahead, off the UI thread: each sealed record beside what
/// it opened to ([`open_partner`] uses those still in place, and opens the
/// rest itself).
#[derive(Default)]
pub struct Ahead {
    pub entries: Vec<(Arc<Entry>, Arc<Entry>)>,
    pub checkins: Vec<(CheckIn, CheckIn)>,
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("entries", &self.ahead.entries.len())
            .field("checkins", &self.ahead.checkins.len())
            .finish_non_exhaustive()
    }
}

/// `partner`'s sealed entries as they are in memory now (for [`open_entries`]).
pub fn sealed_entries(store: &Store, partner: PartnerId) -> Vec<Arc<Entry>> {
    store
        .entries
        .arcs()
        .iter()
        .filter(|e| e.author == partner && matches!(e.body, Body::Sealed(_)))
        .cloned()
        .collect()
}

/// Open each of `sealed` with `key` (the slow part of unlocking a long
/// journal, for a thread of its own); those that do not open are left out,
/// and [`open_partner`] tries them again and counts them.
pub fn open_entries(
    key: &Unlocked,
    partner: PartnerId,
    sealed: Vec<Arc<Entry>>,
) -> Vec<(Arc<Entry>, Arc<Entry>)> {
    // Their headings and ids, kept once for all of them.
    let mut commons = Commons::default();
    sealed
        .into_iter()
        .filter_map(|s| {
            let plain = open_entry(key, partner, &s, &mut commons)?;
            Some((s, Arc::new(plain)))
        })
        .collect()
}

/// `partner`'s sealed check-ins as they are in memory now (for
/// [`open_checkins`]).
pub fn sealed_checkins(store: &Store, partner: PartnerId) -> Vec<CheckIn> {
    store
        .checkins
        .iter()
        .filter(|c| c.author == partner && c.note.as_deref().is_some_and(is_sealed))
        .cloned()
        .collect()
}

/// Open each of `sealed` with `key` (off the UI thread, as [`open_entries`]);
/// each sealed check-in beside what it opened to.
pub fn open_checkins(
    key: &Unlocked,
    partner: PartnerId,
    sealed: Vec<CheckIn>,
) -> Vec<(CheckIn, CheckIn)> {
    sealed
        .into_iter()
        .filter_map(|s| {
            let plain = open_checkin(key, partner, &s)?;
            Some((s, plain))
        })
        .collect()
}

/// One sealed check-in of `partner`'s opened with `key`: a whole sealed
/// record, or (sealed by an older trustmend) its note alone.
fn open_checkin(key: &Unlocked, partner: PartnerId, sealed: &CheckIn) -> Option<CheckIn> {
    let note = sealed.note.as_deref()?;
    if !is_sealed_checkin(sealed) {
        let mut plain = sealed.clone();
        plain.note = Some(key.open(note).ok()?);
        return Some(plain);
    }
    let mut plain = match open_whole::<CheckIn>(key, note) {
        Ok(Ok(plain)) if plain.author == partner => plain,
        _ => return None,
    };
    if let Some(inner) = plain.note.as_deref().filter(|n| is_sealed(n)) {
        plain.note = Some(key.open(inner).ok()?);
    }
    Some(plain)
}

/// One sealed entry of `partner`'s opened with `key`, if it opens and is
/// theirs, its heading and ids kept among `commons`.
fn open_entry(
    key: &Unlocked,
    partner: PartnerId,
    sealed: &Entry,
    commons: &mut Commons,
) -> Option<Entry> {
    let Body::Sealed(ciphertext) = &sealed.body else {
        return None;
    };
    let opened = if is_sealed_entry(sealed) {
        match open_whole_as(key, ciphertext, |json| Entry::read_among(json, commons)) {
            Ok(Ok(mut entry)) => {
                entry.body = open_body(key, &entry.body)?;
                Some(entry)
            }
            _ => None,
        }
    } else {
        // Sealed by an older trustmend: the words alone.
        key.open(ciphertext).ok().map(|text| Entry {
            body: Body::Text(text),
            ..sealed.clone()
        })
    };
    opened.filter(|e| e.id == sealed.id && e.author == partner)
}

pub fn open_partner(
    sealer: &mut Sealer,
    store: &mut Store,
    session: &mut Session,
    partner: PartnerId,
    key: &Unlocked,
    ahead: &Ahead,
) -> usize {
    let (ahead, ahead_checkins) = (&ahead.entries, &ahead.checkins);
    let mut failed = 0;
    let ahead: HashMap<EntryId, &(Arc<Entry>, Arc<Entry>)> =
        ahead.iter().map(|pair| (pair.0.id, pair)).collect();
    // Entries, in place (their order is by id and stays so).
    let theirs: Vec<usize> = (0..store.entries.len())
        .filter(|at| {
            store
                .entries
                .get(*at)
                .is_some_and(|e| e.author == partner && matches!(e.body, Body::Sealed(_)))
        })
        .collect();
    let mut commons = Commons::default();
    for at in theirs {
        let Some(sealed) = store.entries.arcs().get(at).cloned() else {
            continue;
        };
        // Opened ahead, off the UI thread, if it is still the same record.
        let opened = match ahead.get(&sealed.id) {
            Some((was, plain)) if Arc::ptr_eq(was, &sealed) => Some(Arc::clone(plain)),
            _ => open_entry(key, partner, &sealed, &mut commons).map(Arc::new),
        };
        match opened {
            Some(plain) => {
                if is_sealed_entry(&sealed) {
                    sealer
                        .entries
                        .insert(plain.id, (Arc::clone(&plain), Arc::clone(&sealed)));
                }
                store.entries.set_shared(at, plain);
            }
            _ => failed += 1,
        }
    }
    // Check-ins (each looked up by its sealed note among those opened
    // ahead, off the UI thread).
    let ahead_checkins: HashMap<&str, &CheckIn> = ahead_checkins
        .iter()
        .filter_map(|(sealed, plain)| Some((sealed.note.as_deref()?, plain)))
        .collect();
    let sealed_here = |c: &CheckIn| c.author == partner && c.note.as_deref().is_some_and(is_sealed);
    if store.checkins.iter().any(sealed_here) {
        for c in store.checkins.iter_mut().filter(|c| sealed_here(c)) {
            let whole = is_sealed_checkin(c);
            let opened = match c.note.as_deref().and_then(|n| ahead_checkins.get(n)) {
                Some(plain) => Some((*plain).clone()),
                None => open_checkin(key, partner, c),
            };
            match opened {
                Some(plain) => {
                    if whole {
                        sealer
                            .checkins
                            .insert(key_of(&plain), (plain.clone(), c.clone()));
                    }
                    *c = plain;
                }
                None => failed += 1,
            }
        }
    }
    // The profile and assignments.
    if let Some(sealed) = store.partner(partner).and_then(|p| p.sealed.clone()) {
        match open_whole::<Profile>(key, &sealed) {
            Ok(Ok(profile)) if profile.partner.id == partner => {
                let public = store.partner(partner).cloned();
                let mut opened = profile.partner;
                // The protection record on disk is the one in force.
                if let Some(public) = &public {
                    opened.protection.clone_from(&public.protection);
                }
                opened.sealed = None;
                if let Some(p) = store.partner_mut(partner) {
                    *p = opened.clone();
                }
                for a in &profile.assignments {
                    if !store.assignments.contains(a) {
                        store.assignments.push(a.clone());
                    }
                }
                if let Some(public) = public {
                    sealer
                        .profiles
                        .insert(partner, (opened, profile.assignments, public));
                }
            }
            _ => failed += 1,
        }
    }
    // The session: their place, drafts and what they have read.
    if let Some(s) = session.partners.get_mut(&partner.to_string()) {
        if let Some(sealed) = s.sealed.clone() {
            match open_whole::<PartnerSession>(key, &sealed) {
                Ok(Ok(mut opened)) => {
                    opened.sealed = None;
                    *s = opened;
                }
                _ => failed += 1,
            }
        }
        for draft in s.drafts.iter_mut().filter(|d| is_sealed(&d.text)) {
            match key.open(&draft.text) {
                Ok(text) => draft.text = text,
                Err(_) => failed += 1,
            }
        }
    }
    failed
}

/// An entry's body opened if it is still sealed inside the whole record (an
/// entry first sealed by an older trustmend, then sealed whole without its
/// key).
fn open_body(key: &Unlocked, body: &Body) -> Option<Body> {
    match body {
        Body::Text(_) => Some(body.clone()),
        Body::Sealed(inner) => key.open(inner).ok().map(Body::Text),
    }
}

/// What a check-in is known by in the sealer's cache.
fn key_of(c: &CheckIn) -> (PartnerId, Timestamp) {
    (c.author, c.at)
}

/// Makes the on-disk copies, remembering each record's sealed copy so that
/// an unchanged one is not sealed again on every save (and is written as
/// the very same record, so the change log sees it unchanged).
#[derive(Default, Clone)]
pub struct Sealer {
    /// Per entry: the plain entry last sealed (by pointer: an entry that
    /// changes is a new one) and the sealed record written.
    entries: HashMap<EntryId, (Arc<Entry>, Arc<Entry>)>,
    /// Per check-in (author and time): the plain check-in last sealed and
    /// the sealed record written.
    checkins: HashMap<(PartnerId, Timestamp), (CheckIn, CheckIn)>,
    /// Per protected person: their profile and assignments last sealed, and
    /// the public record written.
    profiles: HashMap<PartnerId, (Partner, Vec<Assignment>, Partner)>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer({} entries cached)", self.entries.len())
    }
}

impl Sealer {
    /// The store as it may be written: everything of every protected person
    /// sealed whole but what they share. Fails (and nothing should be
    /// written) rather than let plain text through.
    pub fn store_for_disk<'a>(&mut self, store: &'a Store) -> Result<Cow<'a, Store>, SealError> {
        let recipients = recipients(store);
        if recipients.is_empty() {
            return Ok(Cow::Borrowed(store));
        }
        let plain_entry =
            |e: &Entry| recipients.contains_key(&e.author) && sealable(e) && !is_sealed_entry(e);
        let plain_checkin =
            |c: &CheckIn| recipients.contains_key(&c.author) && !is_sealed_checkin(c);
        let plain_partner = |p: &Partner| recipients.contains_key(&p.id) && p.sealed.is_none();
        if !store.entries.iter().any(plain_entry)
            && !store.checkins.iter().any(plain_checkin)
            && !store.partners.iter().any(plain_partner)
        {
            return Ok(Cow::Borrowed(store));
        }
        // Entries are shared, so this copies pointers; only the sealed ones
        // are replaced below, and an unchanged one by the very record
        // written last time.
        let mut out = store.clone();
        for (at, entry) in store.entries.arcs().iter().enumerate() {
            if !plain_entry(entry) {
                continue;
            }
            let Some(recipient) = recipients.get(&entry.author) else {
                continue;
            };
            let sealed = match self.entries.get(&entry.id) {
                Some((plain, sealed)) if Arc::ptr_eq(plain, entry) => Arc::clone(sealed),
                _ => {
                    let sealed = Arc::new(seal_entry(recipient, entry)?);
                    self.entries
                        .insert(entry.id, (Arc::clone(entry), Arc::clone(&sealed)));
                    sealed
                }
            };
            out.entries.set_shared(at, sealed);
        }
        if store.checkins.iter().any(plain_checkin) {
            for c in out.checkins.iter_mut() {
                if !plain_checkin(c) {
                    continue;
                }
                let Some(recipient) = recipients.get(&c.author) else {
                    continue;
                };
                let sealed = match self.checkins.get(&key_of(c)) {
                    Some((plain, sealed)) if plain == c => sealed.clone(),
                    _ => {
                        let sealed = seal_checkin(recipient, c)?;
                        self.checkins.insert(key_of(c), (c.clone(), sealed.clone()));
                        sealed
                    }
                };
                *c = sealed;
            }
        }
        for p in store.partners.iter().filter(|p| plain_partner(p)) {
            let Some(recipient) = recipients.get(&p.id) else {
                continue;
            };
            let assignments: Vec<Assignment> = store
                .assignments
                .iter()
                .filter(|a| a.partner == p.id)
                .cloned()
                .collect();
            let public = match self.profiles.get(&p.id) {
                Some((plain, was, public)) if plain == p && *was == assignments => public.clone(),
                _ => {
                    let public = seal_partner(recipient, p, assignments.clone())?;
                    self.profiles
                        .insert(p.id, (p.clone(), assignments, public.clone()));
                    public
                }
            };
            if let Some(slot) = out.partners.iter_mut().find(|q| q.id == p.id) {
                *slot = public;
            }
            out.assignments.retain(|a| a.partner != p.id);
        }
        Ok(Cow::Owned(out))
    }

    /// The session as it may be written: every protected person's place,
    /// drafts and what they have read, sealed whole.
    pub fn session_for_disk(&self, session: &Session, store: &Store) -> Result<Session, SealError> {
        let recipients = recipients(store);
        let mut out = session.clone();
        // Who was at the keyboard last is theirs too (nothing at the start
        // reads it; leaving clears it).
        if out
            .last_partner
            .is_some_and(|id| recipients.contains_key(&id))
        {
            out.last_partner = None;
        }
        for (id, s) in &mut out.partners {
            let Some(recipient) = id.parse().ok().and_then(|id| recipients.get(&id)) else {
                continue;
            };
            if s.sealed.is_none() {
                *s = seal_session(recipient, s)?;
            }
        }
        Ok(out)
    }

    /// Lock a person again: their records in memory become the sealed
    /// copies (cached from opening and from saves, so this seals only what
    /// changed since the last save), their assignments go back inside their
    /// profile, and their session is sealed. The caller drops their key.
    /// Returns whether anything in memory was plain (so the files may be).
    pub fn lock_partner(
        &mut self,
        store: &mut Store,
        session: &mut Session,
        partner: PartnerId,
    ) -> Result<bool, SealError> {
        let disk = self.store_for_disk(store)?;
        let was_plain = matches!(disk, Cow::Owned(_));
        let sealed = disk.into_owned();
        let session_sealed = self.session_for_disk(session, store)?;
        let theirs: Vec<(usize, Arc<Entry>)> = store
            .entries
            .arcs()
            .iter()
            .zip(sealed.entries.arcs())
            .enumerate()
            .filter(|(_, (now, disk))| now.author == partner && !Arc::ptr_eq(now, disk))
            .map(|(at, (_, disk))| (at, Arc::clone(disk)))
            .collect();
        let mut dropped = Vec::with_capacity(theirs.len());
        for (at, disk) in theirs {
            if let Some(plain) = store.entries.arcs().get(at) {
                dropped.push(Arc::clone(plain));
            }
            store.entries.set_shared(at, disk);
        }
        if store
            .checkins
            .iter()
            .zip(sealed.checkins.iter())
            .any(|(now, disk)| now.author == partner && now != disk)
        {
            for (now, disk) in store.checkins.iter_mut().zip(sealed.checkins.iter()) {
                if now.author == partner {
                    now.clone_from(disk);
                }
            }
        }
        if let (Some(slot), Some(public)) = (
            store.partners.iter_mut().find(|p| p.id == partner),
            sealed.partners.iter().find(|p| p.id == partner),
        ) {
            slot.clone_from(public);
        }
        // Their assignments went inside the sealed profile (any left plain on
        // the disk copy stay here too, never dropped).
        store
            .assignments
            .retain(|a| a.partner != partner || sealed.assignments.contains(a));
        let key = partner.to_string();
        if let Some(s) = session_sealed.partners.get(&key).cloned() {
            session.partners.insert(key, s);
        }
        // What stays cached of them is sealed already; the plain copies go.
        self.entries.retain(|_, (plain, _)| plain.author != partner);
        self.checkins.retain(|(author, _), _| *author != partner);
        self.profiles.remove(&partner);
        for plain in dropped {
            forget(plain);
        }
        Ok(was_plain)
    }
}

/// Start protecting `partner`: everything of theirs will be sealed at the
/// next save. Returns the key, already unlocked for this session, and their
/// recovery key (to be shown once, never stored).
pub fn protect_partner(
    store: &mut Store,
    partner: PartnerId,
    passphrase: &str,
) -> Result<(Unlocked, crypto::RecoveryKey), SealError> {
    let (mut protection, key) = crypto::protect_with(passphrase, WORK_FACTOR)?;
    let recovery = crypto::add_recovery(&mut protection, &key)?;
    if let Some(p) = store.partner_mut(partner) {
        p.protection = Some(protection);
    }
    Ok((key, recovery))
}

/// What protecting a person makes, off the UI thread: their protection
/// record, their key (already open for this session), their recovery key (to
/// show once) and their records sealed to the new recipient, each beside the
/// plain record it seals (the [`Sealer`] takes them as if from a save, so the
/// first save after protecting seals nothing it already has).
pub struct Protected {
    pub protection: Protection,
    pub key: Arc<Unlocked>,
    pub recovery: Arc<crypto::RecoveryKey>,
    pub entries: Vec<(Arc<Entry>, Arc<Entry>)>,
    pub checkins: Vec<(CheckIn, CheckIn)>,
}

impl std::fmt::Debug for Protected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Protected")
            .field("entries", &self.entries.len())
            .field("checkins", &self.checkins.len())
            .finish_non_exhaustive()
    }
}

/// What of `partner`'s must be sealed when they start protecting: their
/// private entries and their check-ins, as they are in memory now.
pub fn to_protect(store: &Store, partner: PartnerId) -> (Vec<Arc<Entry>>, Vec<CheckIn>) {
    let entries = store
        .entries
        .arcs()
        .iter()
        .filter(|e| e.author == partner && sealable(e) && !is_sealed_entry(e))
        .cloned()
        .collect();
    let checkins = store
        .checkins
        .iter()
        .filter(|c| c.author == partner && !is_sealed_checkin(c))
        .cloned()
        .collect();
    (entries, checkins)
}

/// The slow part of protecting (the key derivation, then every record
/// sealed), for a thread of its own: `progress(done, total)` is called as
/// records are sealed. Needs nothing of the workbook.
pub fn protect_records(
    passphrase: &str,
    entries: Vec<Arc<Entry>>,
    checkins: Vec<CheckIn>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Protected, SealError> {
    let total = entries.len() + checkins.len();
    progress(0, total);
    let (mut protection, key) = crypto::protect_with(passphrase, WORK_FACTOR)?;
    let recovery = crypto::add_recovery(&mut protection, &key)?;
    let recipient = protection.recipient.clone();
    let mut done = 0;
    let mut step = |done: usize| {
        if done.is_multiple_of(64) || done == total {
            progress(done, total);
        }
    };
    let mut sealed_entries = Vec::with_capacity(entries.len());
    for entry in entries {
        let sealed = Arc::new(seal_entry(&recipient, &entry)?);
        sealed_entries.push((entry, sealed));
        done += 1;
        step(done);
    }
    let mut sealed_checkins = Vec::with_capacity(checkins.len());
    for checkin in checkins {
        let sealed = seal_checkin(&recipient, &checkin)?;
        sealed_checkins.push((checkin, sealed));
        done += 1;
        step(done);
    }
    Ok(Protected {
        protection,
        key: Arc::new(key),
        recovery: Arc::new(recovery),
        entries: sealed_entries,
        checkins: sealed_checkins,
    })
}

/// Protecting `partner` is done: their protection record is in the store,
/// and the records sealed off the UI thread are taken as written (only
/// those still exactly as they were sealed; anything changed meanwhile is
/// sealed at the next save like any change).
pub fn finish_protecting(
    sealer: &mut Sealer,
    store: &mut Store,
    partner: PartnerId,
    done: &Protected,
) {
    if let Some(p) = store.partner_mut(partner) {
        p.protection = Some(done.protection.clone());
    }
    for (plain, sealed) in &done.entries {
        sealer
            .entries
            .insert(plain.id, (Arc::clone(plain), Arc::clone(sealed)));
    }
    for (plain, sealed) in &done.checkins {
        sealer
            .checkins
            .insert(key_of(plain), (plain.clone(), sealed.clone()));
    }
}

/// After a recovery: `partner`'s key sealed again under a new passphrase
/// (the same key, so every record still opens; the recovery key still works).
pub fn new_passphrase(
    store: &mut Store,
    partner: PartnerId,
    key: &Unlocked,
    passphrase: &str,
) -> Result<(), SealError> {
    let Some(p) = store.partner_mut(partner) else {
        return Ok(());
    };
    let Some(protection) = &p.protection else {
        return Ok(());
    };
    p.protection = Some(crypto::with_new_passphrase(
        protection,
        key,
        passphrase,
        WORK_FACTOR,
    )?);
    Ok(())
}

/// Unlock `partner` with their passphrase and open their records in memory.
pub fn unlock_partner(
    sealer: &mut Sealer,
    store: &mut Store,
    session: &mut Session,
    partner: PartnerId,
    passphrase: &str,
) -> Result<(Unlocked, usize), crypto::UnlockError> {
    let protection: Protection = store
        .partner(partner)
        .and_then(|p| p.protection.clone())
        .ok_or(crypto::UnlockError::Damaged(crypto::Damage::NotProtected))?;
    let key = crypto::unlock(&protection, passphrase)?;
    let failed = open_partner(sealer, store, session, partner, &key, &Ahead::default());
    Ok((key, failed))
}

/// A store as loaded, with every protected person's records sealed whole in
/// memory too (a store written by an older trustmend holds their profile,
/// check-in numbers and entry titles plain): nobody is unlocked at the
/// start, so nothing of theirs is there to draw. Needs no passphrase.
/// Returns whether anything was plain: then the files are too, and the
/// caller saves at once so they are sealed without waiting for a change.
pub fn seal_everyone(
    sealer: &mut Sealer,
    store: &mut Store,
    session: &mut Session,
) -> Result<bool, SealError> {
    let ids: Vec<PartnerId> = store
        .partners
        .iter()
        .filter(|p| p.protection.is_some())
        .map(|p| p.id)
        .collect();
    let mut was_plain = false;
    for id in ids {
        was_plain |= sealer.lock_partner(store, session, id)?;
    }
    Ok(was_plain)
}

/// Wipe an entry's words as it is dropped, if nothing else holds it (a save
/// on its way to the disk may still; it drops its copy once written). Its
/// heading wipes itself once no other entry holds it ([`crate::model::Common`]).
fn forget(entry: Arc<Entry>) {
    if let Some(Entry {
        body: Body::Text(text),
        ..
    }) = Arc::into_inner(entry)
    {
        drop(Zeroizing::new(text));
    }
}

/// Each protected person's public key: the one place that says who is
/// protected (`store::plain` asks it too).
pub(crate) fn recipients(store: &Store) -> BTreeMap<PartnerId, String> {
    store
        .partners
        .iter()
        .filter_map(|p| Some((p.id, p.protection.as_ref()?.recipient.clone())))
        .collect()
}
