//! Where a protected partner's words are plain and where they are sealed.
//!
//! In memory, an unlocked partner's private entries and drafts are plain
//! text, so the workbook works on them as on anyone's. On disk they are
//! never plain: [`Sealer::store_for_disk`] and [`Sealer::session_for_disk`]
//! make the copies that `store.json` and `session.json` receive, sealing the
//! private entries, check-in notes and drafts of every partner who has a
//! [`Protection`]
//! (sealing needs only their public recipient, never the passphrase).
//! Locking again puts the sealed text back in memory and forgets the key.
//!
//! Shared entries are meant for both partners and stay plain.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::crypto::{self, Protection, SealError, Unlocked};
use crate::model::Session;
use crate::model::{Body, CheckIns, Entry, EntryId, PartnerId, Store, Timestamp, Visibility};

#[cfg(test)]
mod tests;

/// Unit tests use a small scrypt work factor so they run fast; the real app
/// lets `age` aim for about a second.
#[cfg(test)]
const WORK_FACTOR: Option<u8> = Some(10);
#[cfg(not(test))]
const WORK_FACTOR: Option<u8> = None;

/// The first line of every ASCII-armored `age` file.
pub const ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";

/// Whether a draft's text is sealed (drafts have no `Body` to say so).
pub fn is_sealed(text: &str) -> bool {
    text.trim_start().starts_with(ARMOR_BEGIN)
}

/// Open a partner's sealed private entries and drafts in memory. Returns how
/// many could not be opened (they stay sealed and show as locked).
pub fn open_partner(
    store: &mut Store,
    session: &mut Session,
    partner: PartnerId,
    key: &Unlocked,
) -> usize {
    let mut failed = 0;
    let sealed_by_partner = |e: &Entry| e.author == partner && matches!(e.body, Body::Sealed(_));
    for entry in store.entries.iter_mut_where(sealed_by_partner) {
        if let Body::Sealed(sealed) = &entry.body {
            match key.open(sealed) {
                Ok(text) => entry.body = Body::Text(text),
                Err(_) => failed += 1,
            }
        }
    }
    let sealed_note =
        |c: &crate::model::CheckIn| c.author == partner && c.note.as_deref().is_some_and(is_sealed);
    if store.checkins.iter().any(sealed_note) {
        for c in store.checkins.iter_mut().filter(|c| sealed_note(c)) {
            if let Some(note) = &c.note {
                match key.open(note) {
                    Ok(text) => c.note = Some(text),
                    Err(_) => failed += 1,
                }
            }
        }
    }
    if let Some(s) = session.partners.get_mut(&partner.to_string()) {
        for draft in s.drafts.iter_mut().filter(|d| is_sealed(&d.text)) {
            match key.open(&draft.text) {
                Ok(text) => draft.text = text,
                Err(_) => failed += 1,
            }
        }
    }
    failed
}

/// Makes the on-disk copies, remembering each entry's ciphertext so that an
/// unchanged entry is not sealed again on every save.
#[derive(Default, Clone)]
pub struct Sealer {
    /// Per entry: the plain text last sealed and the sealed entry written.
    sealed: BTreeMap<EntryId, (Zeroizing<String>, Arc<Entry>)>,
    /// Per check-in (author and time): the plain note last sealed and its
    /// ciphertext, so an unchanged list of check-ins is written unchanged.
    notes: BTreeMap<(PartnerId, Timestamp), (Zeroizing<String>, String)>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer({} entries cached)", self.sealed.len())
    }
}

impl Sealer {
    /// The store as it may be written: private entries of protecting
    /// partners sealed. Fails (and nothing should be written) rather than
    /// let plain text through.
    pub fn store_for_disk<'a>(&mut self, store: &'a Store) -> Result<Cow<'a, Store>, SealError> {
        let recipients = recipients(store);
        if recipients.is_empty() {
            return Ok(Cow::Borrowed(store));
        }
        // Entries are shared, so this copies pointers; only the sealed ones
        // are replaced below, and an unchanged one by the very entry written
        // last time, so the change log sees it unchanged.
        let mut out = store.clone();
        for (at, entry) in store.entries.iter().enumerate() {
            let Some(recipient) = recipients.get(&entry.author) else {
                continue;
            };
            if entry.visibility != Visibility::Private {
                continue;
            }
            let Body::Text(text) = &entry.body else {
                continue;
            };
            let sealed = match self.sealed.get(&entry.id) {
                Some((plain, sealed))
                    if plain.as_str() == text && same_apart_from_body(sealed, entry) =>
                {
                    Arc::clone(sealed)
                }
                cached => {
                    let ciphertext = match cached {
                        Some((plain, sealed)) if plain.as_str() == text => match &sealed.body {
                            Body::Sealed(c) => c.clone(),
                            Body::Text(_) => crypto::seal(recipient, text)?,
                        },
                        _ => crypto::seal(recipient, text)?,
                    };
                    let sealed = Arc::new(with_body(entry, Body::Sealed(ciphertext)));
                    self.sealed.insert(
                        entry.id,
                        (Zeroizing::new(text.clone()), Arc::clone(&sealed)),
                    );
                    sealed
                }
            };
            out.entries.set_shared(at, sealed);
        }
        self.seal_notes(&recipients, &mut out.checkins)?;
        Ok(Cow::Owned(out))
    }

    /// Seals the check-in notes of protected partners in `checkins` (a
    /// note is as private as a private entry). The list is copied only if
    /// one is plain.
    fn seal_notes(
        &mut self,
        recipients: &BTreeMap<PartnerId, String>,
        checkins: &mut CheckIns,
    ) -> Result<(), SealError> {
        let plain = |c: &crate::model::CheckIn| {
            recipients.contains_key(&c.author) && c.note.as_deref().is_some_and(|n| !is_sealed(n))
        };
        if !checkins.iter().any(plain) {
            return Ok(());
        }
        for c in checkins.iter_mut() {
            let (Some(note), Some(recipient)) = (c.note.as_deref(), recipients.get(&c.author))
            else {
                continue;
            };
            if is_sealed(note) {
                continue;
            }
            let key = (c.author, c.at);
            let ciphertext = match self.notes.get(&key) {
                Some((was, sealed)) if was.as_str() == note => sealed.clone(),
                _ => {
                    let sealed = crypto::seal(recipient, note)?;
                    self.notes
                        .insert(key, (Zeroizing::new(note.to_string()), sealed.clone()));
                    sealed
                }
            };
            c.note = Some(ciphertext);
        }
        Ok(())
    }

    /// The session as it may be written: drafts of protecting partners sealed.
    pub fn session_for_disk(&self, session: &Session, store: &Store) -> Result<Session, SealError> {
        let recipients = recipients(store);
        let mut out = session.clone();
        for (id, s) in &mut out.partners {
            let Some(recipient) = id.parse().ok().and_then(|id| recipients.get(&id)) else {
                continue;
            };
            for draft in s.drafts.iter_mut().filter(|d| !is_sealed(&d.text)) {
                draft.text = crypto::seal(recipient, &draft.text)?;
            }
        }
        Ok(out)
    }

    /// Lock a partner again: their plain private entries and drafts in memory
    /// are replaced by sealed text. The caller drops their `Unlocked`.
    pub fn lock_partner(
        &mut self,
        store: &mut Store,
        session: &mut Session,
        partner: PartnerId,
    ) -> Result<(), SealError> {
        let sealed = self.store_for_disk(store)?.into_owned();
        let session_sealed = self.session_for_disk(session, store)?;
        for (at, sealed) in sealed.entries.arcs().iter().enumerate() {
            let theirs = store
                .entries
                .get(at)
                .is_some_and(|e| e.author == partner && e.id == sealed.id);
            if theirs {
                store.entries.set_shared(at, Arc::clone(sealed));
            }
        }
        if store
            .checkins
            .iter()
            .zip(sealed.checkins.iter())
            .any(|(now, disk)| now.author == partner && now.note != disk.note)
        {
            for (now, disk) in store.checkins.iter_mut().zip(sealed.checkins.iter()) {
                if now.author == partner {
                    now.note.clone_from(&disk.note);
                }
            }
        }
        self.notes.retain(|(author, _), _| *author != partner);
        let key = partner.to_string();
        if let Some(s) = session_sealed.partners.get(&key).cloned() {
            session.partners.insert(key, s);
        }
        self.sealed.retain(|id, _| {
            store
                .entries
                .iter()
                .any(|e| e.id == *id && e.author != partner)
        });
        Ok(())
    }
}

/// Start protecting `partner`: their existing private entries will be sealed
/// at the next save. Returns the key, already unlocked for this session.
pub fn protect_partner(
    store: &mut Store,
    partner: PartnerId,
    passphrase: &str,
) -> Result<Unlocked, SealError> {
    let (protection, key) = crypto::protect_with(passphrase, WORK_FACTOR)?;
    if let Some(p) = store.partner_mut(partner) {
        p.protection = Some(protection);
    }
    Ok(key)
}

/// Unlock `partner` with their passphrase and open their words in memory.
pub fn unlock_partner(
    store: &mut Store,
    session: &mut Session,
    partner: PartnerId,
    passphrase: &str,
) -> Result<(Unlocked, usize), crypto::UnlockError> {
    let protection: Protection = store
        .partner(partner)
        .and_then(|p| p.protection.clone())
        .ok_or_else(|| crypto::UnlockError::Damaged("this partner is not protected".into()))?;
    let key = crypto::unlock(&protection, passphrase)?;
    let failed = open_partner(store, session, partner, &key);
    Ok((key, failed))
}

/// Whether two versions of an entry differ in their body alone. (Every
/// field is named, so a new one cannot be forgotten here.)
fn same_apart_from_body(a: &Entry, b: &Entry) -> bool {
    let Entry {
        id,
        author,
        kind,
        heading,
        body: _,
        visibility,
        created,
        updated,
    } = a;
    *id == b.id
        && *author == b.author
        && *kind == b.kind
        && *heading == b.heading
        && *visibility == b.visibility
        && *created == b.created
        && *updated == b.updated
}

/// `entry` with another body, without copying its old one.
fn with_body(entry: &Entry, body: Body) -> Entry {
    Entry {
        id: entry.id,
        author: entry.author,
        kind: entry.kind.clone(),
        heading: entry.heading.clone(),
        body,
        visibility: entry.visibility,
        created: entry.created,
        updated: entry.updated,
    }
}

fn recipients(store: &Store) -> BTreeMap<PartnerId, String> {
    store
        .partners
        .iter()
        .filter_map(|p| Some((p.id, p.protection.as_ref()?.recipient.clone())))
        .collect()
}
