//! Finding and sealing a protected person's records left plain on disk.
//!
//! What the app saves is sealed before it reaches the saver
//! ([`crate::vault::Sealer`]), but a file written *before* a person turned
//! protection on (or by an older trustmend, which sealed only words), or
//! before an entry of theirs was turned private again, still holds their
//! records as they were. These are the records meant here: in any version of
//! a store (a snapshot, a line of its change log, a backup), whose author is
//! protected in the current store, and that are not sealed whole: an entry
//! not shared in the current store (private there or here, or deleted
//! since), a check-in, and their own partner record (progress, commitments,
//! ticks…). Only the person's public recipient is needed to seal them
//! ([`crate::vault`]), never their passphrase.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::{DataDir, StoreError, changes};
use crate::crypto::SealError;
use crate::model::{CheckIn, Entry, EntryId, Partner, PartnerId, Store, Visibility};
use crate::vault;

/// Who is protected in the current store, and which of their entries are
/// shared now (the only ones of theirs that may be plain).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Protected {
    recipients: BTreeMap<PartnerId, String>,
    shared_now: HashSet<EntryId>,
}

impl Protected {
    pub fn of(current: &Store) -> Protected {
        let recipients = vault::recipients(current);
        let shared_now = if recipients.is_empty() {
            HashSet::new()
        } else {
            current
                .entries
                .iter()
                .filter(|e| {
                    recipients.contains_key(&e.author) && e.visibility == Visibility::Shared
                })
                .map(|e| e.id)
                .collect()
        };
        Protected {
            recipients,
            shared_now,
        }
    }

    /// Nobody is protected: nothing can be plain that should not be.
    pub fn is_empty(&self) -> bool {
        self.recipients.is_empty()
    }

    /// Whether `partner` is protected.
    pub fn protects(&self, partner: PartnerId) -> bool {
        self.recipients.contains_key(&partner)
    }

    /// Whether this version of an entry must not be written as it is: by a
    /// protected person, not sealed whole, and not shared now. An entry
    /// shared once and since made private, or deleted, is sealed too:
    /// nobody else is meant to read it any more, and only its author could.
    pub fn exposes(&self, entry: &Entry) -> bool {
        self.recipients.contains_key(&entry.author)
            && !vault::is_sealed_entry(entry)
            && (entry.visibility == Visibility::Private || !self.shared_now.contains(&entry.id))
    }

    /// Whether this check-in of a protected person is not sealed whole (its
    /// numbers, feelings, time or note readable).
    pub fn exposes_checkin(&self, checkin: &CheckIn) -> bool {
        self.recipients.contains_key(&checkin.author) && !vault::is_sealed_checkin(checkin)
    }

    /// Whether this record of a protected person holds their profile plain.
    pub fn exposes_partner(&self, partner: &Partner) -> bool {
        self.recipients.contains_key(&partner.id) && partner.sealed.is_none()
    }

    /// How many exposed records `store` holds.
    pub fn count_exposed(&self, store: &Store) -> usize {
        if self.is_empty() {
            return 0;
        }
        store.entries.iter().filter(|e| self.exposes(e)).count()
            + store
                .checkins
                .iter()
                .filter(|c| self.exposes_checkin(c))
                .count()
            + store
                .partners
                .iter()
                .filter(|p| self.exposes_partner(p))
                .count()
    }

    /// Whether `store` holds any exposed record.
    pub fn exposed_in(&self, store: &Store) -> bool {
        !self.is_empty()
            && (store.entries.iter().any(|e| self.exposes(e))
                || store.checkins.iter().any(|c| self.exposes_checkin(c))
                || store.partners.iter().any(|p| self.exposes_partner(p)))
    }

    /// Whether `partner` is protected here with another key than in `old`
    /// (or was not protected there): what `old`'s files hold of them may
    /// be plain, even of entries no longer in the store.
    pub fn newly_protected_since(&self, old: &Store) -> bool {
        self.recipients.iter().any(|(id, recipient)| {
            old.partner(*id)
                .and_then(|p| p.protection.as_ref())
                .is_none_or(|p| &p.recipient != recipient)
        })
    }

    /// `store` with every exposed record sealed whole; how many were.
    pub fn seal(&self, store: &mut Store) -> Result<usize, SealError> {
        let mut sealed = 0;
        for entry in store.entries.iter_mut_where(|e| self.exposes(e)) {
            if let Some(recipient) = self.recipients.get(&entry.author) {
                *entry = vault::seal_entry(recipient, entry)?;
                sealed += 1;
            }
        }
        if store.checkins.iter().any(|c| self.exposes_checkin(c)) {
            for c in store.checkins.iter_mut() {
                if let (true, Some(recipient)) =
                    (self.exposes_checkin(c), self.recipients.get(&c.author))
                {
                    *c = vault::seal_checkin(recipient, c)?;
                    sealed += 1;
                }
            }
        }
        let exposed: Vec<usize> = (0..store.partners.len())
            .filter(|at| self.exposes_partner(&store.partners[*at]))
            .collect();
        for at in exposed {
            let id = store.partners[at].id;
            let Some(recipient) = self.recipients.get(&id) else {
                continue;
            };
            let assignments = store
                .assignments
                .iter()
                .filter(|a| a.partner == id)
                .cloned()
                .collect();
            store.partners[at] = vault::seal_partner(recipient, &store.partners[at], assignments)?;
            store.assignments.retain(|a| a.partner != id);
            sealed += 1;
        }
        Ok(sealed)
    }
}

/// How many exposed records the store file at `path` holds, in its snapshot
/// and in every line of its change log (lines of any generation: a line
/// skipped when reading is still on the disk). A line that cannot be read
/// is not counted. `Ok(0)` for a file that does not exist.
///
/// The snapshot is read one record at a time, each dropped once looked at
/// (see `store::records`), and the log a line at a time: this runs
/// while the journal itself is in memory (at start, and in `doctor`), and
/// a second copy of it would double what the program holds.
pub fn count_in_store_file(path: &Path, protected: &Protected) -> Result<usize, StoreError> {
    if protected.is_empty() {
        return Ok(0);
    }
    let mut counter = Counter::new(protected);
    let streamed = super::each_record_of(path, &mut counter)?;
    counter.finish(path, &streamed)
}

/// [`count_in_store_file`] as a reader of a snapshot's records, for a
/// caller that hands them to another reader too (`doctor`, which looks at
/// each backup against the journal while it counts): each exposed entry
/// and check-in counted as it is read, then the rest of the file counted
/// by [`Counter::finish`].
pub struct Counter<'p> {
    protected: &'p Protected,
    found: usize,
}

impl<'p> Counter<'p> {
    pub fn new(protected: &'p Protected) -> Counter<'p> {
        Counter {
            protected,
            found: 0,
        }
    }

    /// The count of the file at `path`, its snapshot handed to this counter
    /// as `streamed` says (`store::each_record_of`): the records counted as
    /// read and the rest of the snapshot, or, for a snapshot that had to be
    /// read whole (another version, damage), that read alone (the records
    /// handed over before it was known are counted there, not twice); and
    /// every line of its log.
    pub fn finish(self, path: &Path, streamed: &super::Streamed) -> Result<usize, StoreError> {
        let protected = self.protected;
        let notes = |cs: &[CheckIn]| cs.iter().filter(|c| protected.exposes_checkin(c)).count();
        let partners = |ps: &[Partner]| ps.iter().filter(|p| protected.exposes_partner(p)).count();
        let mut found = match streamed {
            super::Streamed::Absent => 0,
            // Its entries and check-ins counted as they were read.
            super::Streamed::Read(rest) => self.found + protected.count_exposed(rest),
            // Not a snapshot in the current format (or not one at all): read
            // whole, as the journal is, for its upgrade or for why it cannot be.
            super::Streamed::Unread => {
                super::load_snapshot(path)?.map_or(0, |snapshot| protected.count_exposed(&snapshot))
            }
        };
        let log = changes::path_for(path);
        if let Ok(file) = std::fs::File::open(&log) {
            use std::io::BufRead as _;
            for line in std::io::BufReader::new(file).lines() {
                let Ok(line) = line else { break };
                if let Ok(change) = serde_json::from_str::<changes::Change>(&line) {
                    found += change
                        .entries
                        .iter()
                        .filter(|e| protected.exposes(e))
                        .count()
                        + notes(&change.checkins_added)
                        + change.checkins.as_deref().map_or(0, notes)
                        + change.partners.as_deref().map_or(0, partners);
                }
            }
        }
        Ok(found)
    }
}

impl super::records::Records for Counter<'_> {
    fn entry(&mut self, entry: &Entry) {
        self.found += usize::from(self.protected.exposes(entry));
    }

    fn checkin(&mut self, checkin: &CheckIn) {
        self.found += usize::from(self.protected.exposes_checkin(checkin));
    }
}

/// What re-sealing the backups did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resealed {
    /// Backups that held plain words and now hold them sealed.
    pub resealed: usize,
    /// Backups that could not be read or written, left as they were.
    pub left: Vec<PathBuf>,
}

impl DataDir {
    /// Seals, in every backup in `backups/`, the words `protected` says
    /// must not be plain. A backup that holds some is written again whole
    /// (with a new generation, then its log removed: the log's lines are in
    /// it), so the file replaced keeps no plain copy.
    pub fn reseal_backups(&self, protected: &Protected) -> Resealed {
        let mut out = Resealed::default();
        if protected.is_empty() {
            return out;
        }
        let Ok(all) = self.backups() else {
            return out;
        };
        for b in all {
            match self.reseal_backup(&b.path, protected) {
                Ok(true) => out.resealed += 1,
                Ok(false) => {}
                Err(_) => out.left.push(b.path),
            }
        }
        out
    }

    /// Seals the same words in every copy of the journal kept beside it: a
    /// `store.json.replaced-*` (or one kept aside by hand as `store.json.*`)
    /// and a temporary file an interrupted save left. A log kept aside on
    /// its own (`store.changes.jsonl.replaced-*`) is left as it is and
    /// named by `doctor`.
    pub fn reseal_kept_aside(&self, protected: &Protected) -> Resealed {
        let mut out = Resealed::default();
        if protected.is_empty() {
            return out;
        }
        let Ok(names) = std::fs::read_dir(self.root()) else {
            return out;
        };
        let aside = format!("{}.", super::STORE_FILE);
        for name in names
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
        {
            let kept = name.starts_with(&aside) && !name.ends_with(super::changes::SUFFIX);
            if !kept && !super::leftovers::is_store_leftover(&name) {
                continue;
            }
            let path = self.root().join(&name);
            if !path.is_file() {
                continue;
            }
            match self.reseal_backup(&path, protected) {
                Ok(true) => out.resealed += 1,
                Ok(false) => {}
                Err(_) => out.left.push(path),
            }
        }
        out
    }

    fn reseal_backup(&self, path: &Path, protected: &Protected) -> Result<bool, StoreError> {
        if count_in_store_file(path, protected)? == 0 {
            return Ok(false);
        }
        let Some(mut store) = super::load_store_file(path)? else {
            return Ok(false);
        };
        protected.seal(&mut store).map_err(|e| StoreError::Write {
            path: path.to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        })?;
        store.generation = super::next_generation(store.generation);
        let bytes = super::to_json(&store)?;
        self.sink_write(path, &bytes)
            .map_err(|source| StoreError::Write {
                path: path.to_path_buf(),
                source,
            })?;
        let log = changes::path_for(path);
        match std::fs::remove_file(&log) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
            Err(source) => Err(StoreError::Write { path: log, source }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;
    use crate::testing::t0;

    /// Alex protected (only the recipient matters for finding plain
    /// records), with plain words of theirs: two private entries, one
    /// shared, a check-in; and Sam's private entry.
    fn journal() -> Store {
        let mut store = Store::default();
        let alex = store.add_partner("Alex", Role::Hurt, t0());
        let sam = store.add_partner("Sam", Role::Repairing, t0());
        for (author, visibility) in [
            (alex, Visibility::Private),
            (alex, Visibility::Shared),
            (alex, Visibility::Private),
            (sam, Visibility::Private),
        ] {
            store.add_free_entry(author, &format!("words of {author}"), visibility, t0());
        }
        store.checkins.push(CheckIn::sample(alex, t0(), 4));
        store.partners[0].protection = Some(crate::crypto::Protection {
            identity_sealed: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
            recipient: "age1example".into(),
            identity_recovery: None,
        });
        store
    }

    /// The journal, who is protected in it, and where its file goes.
    fn at_hand() -> (Store, Protected, tempfile::TempDir, PathBuf) {
        let store = journal();
        let protected = Protected::of(&store);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.json");
        (store, protected, dir, path)
    }

    #[test]
    fn plain_records_are_counted_in_the_snapshot_read_a_record_at_a_time() {
        let (store, protected, _dir, path) = at_hand();
        std::fs::write(&path, serde_json::to_vec_pretty(&store).unwrap()).unwrap();
        // Two private entries, the check-in, and Alex's own record.
        assert_eq!(count_in_store_file(&path, &protected).unwrap(), 4);
        assert_eq!(
            count_in_store_file(&path, &protected).unwrap(),
            protected.count_exposed(&store)
        );
        // …read a record at a time, not whole.
        let text = std::fs::read_to_string(&path).unwrap();
        let mut handed = Store::default();
        assert!(crate::store::records::each_record(text.as_bytes(), &mut handed).is_some());
        // Not a snapshot of this version: read whole, as before.
        let mut old = serde_json::to_value(&store).unwrap();
        old["schema_version"] = serde_json::json!(crate::model::SCHEMA_VERSION + 1);
        std::fs::write(&path, serde_json::to_vec(&old).unwrap()).unwrap();
        assert!(
            count_in_store_file(&path, &protected).is_err(),
            "a newer file is refused"
        );
        // Damaged: refused, as the whole read refuses it.
        std::fs::write(&path, b"{\"schema_version\": 2, \"entries\": [").unwrap();
        assert!(count_in_store_file(&path, &protected).is_err());
    }

    /// A snapshot in an older format (a backup from before an upgrade) is
    /// read record by record before its version is known, then read whole
    /// for its upgrade: each plain record counted once, from the whole
    /// read, not also from the records handed over first.
    #[test]
    fn an_older_snapshot_read_whole_counts_each_record_once() {
        let (store, protected, _dir, path) = at_hand();
        let mut old = serde_json::to_value(&store).unwrap();
        old["schema_version"] = serde_json::json!(crate::model::SCHEMA_VERSION - 1);
        std::fs::write(&path, serde_json::to_vec(&old).unwrap()).unwrap();
        let upgraded = crate::store::load_snapshot(&path).unwrap().unwrap();
        assert_eq!(protected.count_exposed(&upgraded), 4);
        assert_eq!(count_in_store_file(&path, &protected).unwrap(), 4);
    }

    #[test]
    fn a_snapshot_is_counted_whatever_its_size_or_mark_its_pages_let_go_behind() {
        let (store, protected, _dir, path) = at_hand();
        // With a byte order mark, as an editor may leave one.
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend(serde_json::to_vec(&store).unwrap());
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(count_in_store_file(&path, &protected).unwrap(), 4);
        // Mapped, and longer than the steps in which the pages read are let
        // go (the first entries' pages are, while the last are read): the
        // same count.
        let mut long = store.clone();
        if let Some(e) = long.entries.first_mut() {
            e.body = crate::model::Body::Text("words ".repeat(3_000_000));
        }
        std::fs::write(&path, serde_json::to_vec_pretty(&long).unwrap()).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() > 2 * crate::mapped::STEP as u64);
        assert_eq!(
            count_in_store_file(&path, &protected).unwrap(),
            protected.count_exposed(&long)
        );
        // No snapshot at all: nothing in it.
        std::fs::remove_file(&path).unwrap();
        assert_eq!(count_in_store_file(&path, &protected).unwrap(), 0);
    }
}
