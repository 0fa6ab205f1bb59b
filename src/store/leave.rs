//! A partner leaving the workbook: everything of theirs taken out of every
//! file in the data folder that holds it — `store.json` and its change log,
//! `session.json`, `summary.json`, every backup (with its log), the copies
//! kept aside by `doctor` (`*.replaced-*`) and what a killed own editor left
//! (`own_editor::remove_leftovers`).
//!
//! What goes is decided by [`Leaving::apply`], a pure function: the
//! partner's record (progress, commitments, move-on checklist, safety
//! check, protection), their private entries, their shared entries unless
//! they keep them, their check-ins, their homework and their place and
//! drafts in the session. Nothing of the other partner is touched.
//!
//! Crash safety: a `leaving.json` naming who leaves (an id, no words) is
//! written first, and removed last; while it is there, every start that
//! takes the lock finishes the job first ([`DataDir::open_for_writing`]).
//! Each file is replaced whole by an atomic rename, so each is either as it
//! was or without the partner, and each only ever loses the leaving
//! partner's records: a kill at any point never loses a word of the partner
//! who stays. `store.json` is written after the backups and the session,
//! with a new generation, so its old log (removed just after) is skipped if
//! a kill leaves it; the next start removes it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{DataDir, Lock, StoreError, changes};
use crate::model::{PartnerId, Session, Store, Visibility};

/// The marker of a leaving not finished yet.
pub use crate::model::LEAVING_FILE;

/// Who leaves, and whether their shared entries stay for the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leaving {
    pub partner: PartnerId,
    pub keep_shared: bool,
}

/// What was taken out, to tell the person exactly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Removed {
    /// Their record (name, role, safety check, passphrase record) went.
    pub record: bool,
    pub private_entries: usize,
    pub shared_entries: usize,
    /// Shared entries kept for the other partner.
    pub shared_kept: usize,
    pub checkins: usize,
    /// Strategies with progress, and commitments.
    pub strategies: usize,
    pub commitments: usize,
    pub assignments: usize,
    pub drafts: usize,
    /// Backups (and copies kept aside) written again without them.
    pub backups_rewritten: usize,
    /// Files a killed own editor left (its folder, or the old `tmp/`), removed.
    pub editor_files: usize,
}

impl Leaving {
    /// `store` without the partner; what went. Applying it twice takes
    /// nothing more the second time (a leaving cut short is finished by
    /// doing it again).
    pub fn apply(&self, store: &mut Store) -> Removed {
        let mut out = Removed::default();
        let id = self.partner;
        if let Some(p) = store.partner(id) {
            out.strategies = p.progress.len();
            out.commitments = p.commitments.len();
        }
        let before = store.partners.len();
        store.partners.retain(|p| p.id != id);
        out.record = store.partners.len() < before;
        for e in store.entries.iter().filter(|e| e.author == id) {
            match e.visibility {
                Visibility::Private => out.private_entries += 1,
                Visibility::Shared if self.keep_shared => out.shared_kept += 1,
                Visibility::Shared => out.shared_entries += 1,
            }
        }
        let keep_shared = self.keep_shared;
        store
            .entries
            .retain(|e| e.author != id || (keep_shared && e.visibility == Visibility::Shared));
        if store.checkins.iter().any(|c| c.author == id) {
            let before = store.checkins.len();
            store.checkins.retain(|c| c.author != id);
            out.checkins = before - store.checkins.len();
        }
        let before = store.assignments.len();
        store.assignments.retain(|a| a.partner != id);
        out.assignments = before - store.assignments.len();
        out
    }

    /// `session` without the partner's place and drafts; how many drafts.
    pub fn apply_to_session(&self, session: &mut Session) -> usize {
        let drafts = session
            .partners
            .remove(&self.partner.to_string())
            .map_or(0, |s| s.drafts.len());
        if session.last_partner == Some(self.partner) {
            session.last_partner = None;
        }
        drafts
    }
}

impl DataDir {
    pub fn leaving_path(&self) -> PathBuf {
        self.root().join(LEAVING_FILE)
    }

    /// Takes `leaving.partner` out of every file of the data folder (see the
    /// module). Every file is read before anything is written: one that
    /// cannot be read stops it with nothing changed, naming the file.
    pub fn remove_partner(&self, lock: &Lock, leaving: Leaving) -> Result<Removed, StoreError> {
        self.remove_partner_from(lock, leaving, None)
    }

    /// [`DataDir::remove_partner`], with the journal as already read under
    /// this `lock` (so it is what is on disk): not read a second time, and
    /// never two copies of it in memory at once.
    pub fn remove_partner_from(
        &self,
        lock: &Lock,
        leaving: Leaving,
        read: Option<Store>,
    ) -> Result<Removed, StoreError> {
        lock.verify()?;
        let plan = self.plan(read)?;
        let bytes = serde_json::to_vec(&leaving).map_err(|source| StoreError::Encode {
            what: "leaving note",
            source,
        })?;
        self.write(self.leaving_path(), &bytes)?;
        self.carry_out(leaving, plan)
    }

    /// A leaving cut short (a kill, a full disk): finished now, before
    /// anything else is written. `None` when there is none.
    pub(crate) fn finish_leaving(&self, lock: &Lock) -> Result<Option<Removed>, StoreError> {
        let path = self.leaving_path();
        let Ok(bytes) = std::fs::read(&path) else {
            return Ok(None);
        };
        let leaving: Leaving =
            serde_json::from_slice(&bytes).map_err(|e| StoreError::json(path.clone(), &e))?;
        lock.verify()?;
        let plan = self.plan(None)?;
        self.carry_out(leaving, plan).map(Some)
    }

    /// Every file that may hold something of the partner, read (the
    /// journal only if it was not, `read`).
    fn plan(&self, read: Option<Store>) -> Result<Plan, StoreError> {
        let store = match read {
            Some(store) => store,
            None => self.load_store()?.unwrap_or_default(),
        };
        let session = self.load_session()?;
        let mut backups = Vec::new();
        for b in self.backups()? {
            let copy = super::load_store_file_as_is(&b.path)?;
            backups.push((b.path, copy.unwrap_or_default()));
        }
        let mut asides = Vec::new();
        let mut aside_logs = Vec::new();
        if let Ok(read) = std::fs::read_dir(self.root()) {
            for entry in read.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = entry.path();
                if name.starts_with("store.json.replaced") {
                    let copy = super::load_snapshot(&path)?.unwrap_or_default();
                    asides.push((path, copy));
                } else if name.starts_with("store.changes.jsonl.replaced") {
                    let text =
                        std::fs::read_to_string(&path).map_err(|source| StoreError::Read {
                            path: path.clone(),
                            source,
                        })?;
                    aside_logs.push((path, text));
                }
            }
        }
        Ok(Plan {
            store,
            session,
            backups,
            asides,
            aside_logs,
        })
    }

    fn carry_out(&self, leaving: Leaving, plan: Plan) -> Result<Removed, StoreError> {
        let Plan {
            mut store,
            mut session,
            backups,
            asides,
            aside_logs,
        } = plan;
        let mut removed = leaving.apply(&mut store);
        for (path, mut copy) in backups {
            let log = changes::path_for(&path);
            let took = leaving.apply(&mut copy);
            if took != Removed::default() || std::fs::symlink_metadata(&log).is_ok() {
                copy.generation = super::next_generation(copy.generation);
                self.write(path.clone(), &super::to_json(&copy)?)?;
                remove_if_there(&log)?;
                removed.backups_rewritten += 1;
            }
        }
        for (path, mut copy) in asides {
            if leaving.apply(&mut copy) != Removed::default() {
                self.write(path, &super::to_json(&copy)?)?;
                removed.backups_rewritten += 1;
            }
        }
        for (path, text) in aside_logs {
            if let Some(text) = without_in_log(&text, leaving)? {
                self.write(path, text.as_bytes())?;
                removed.backups_rewritten += 1;
            }
        }
        removed.drafts = leaving.apply_to_session(&mut session);
        self.write_session_bytes(&super::session_to_json(&session)?)?;
        removed.editor_files = self.empty_editor_folder();
        // Last: the journal itself, whole, with a new generation; then its
        // old log goes (if a kill leaves it, its lines are of the old
        // generation, never read, and the next start removes it).
        self.save_store_backing_up(&mut store, false)?;
        remove_if_there(&self.changes_path())?;
        // The save above does not fail for a summary not written; here its
        // names would stay behind, so it must be.
        self.write_summary(&store)?;
        remove_if_there(&self.leaving_path())?;
        Ok(removed)
    }

    /// The own editor's temporary files: only a crash leaves one, and no
    /// editor runs while the lock is held.
    fn empty_editor_folder(&self) -> usize {
        crate::own_editor::remove_leftovers(self.root()).len()
    }
}

struct Plan {
    store: Store,
    session: Session,
    backups: Vec<(PathBuf, Store)>,
    asides: Vec<(PathBuf, Store)>,
    aside_logs: Vec<(PathBuf, String)>,
}

/// A change log kept aside, without the partner's lines' records: `None`
/// when it held nothing of theirs. A line that cannot be read is dropped
/// (it may hold their words, and nothing reads it).
fn without_in_log(text: &str, leaving: Leaving) -> Result<Option<String>, StoreError> {
    let mut out = String::new();
    let mut changed = false;
    for line in text.lines() {
        let Ok(mut change) = serde_json::from_str::<changes::Change>(line) else {
            changed = true;
            continue;
        };
        let mut as_store = Store {
            entries: std::mem::take(&mut change.entries).into(),
            ..Store::default()
        };
        as_store
            .checkins
            .extend(std::mem::take(&mut change.checkins_added));
        let mut took = leaving.apply(&mut as_store);
        change.entries = as_store.entries.into_iter().collect();
        change.checkins_added = std::mem::take(&mut *as_store.checkins);
        if let Some(all) = change.checkins.as_mut() {
            let before = all.len();
            all.retain(|c| c.author != leaving.partner);
            took.checkins += before - all.len();
        }
        if let Some(all) = change.partners.as_mut() {
            let before = all.len();
            all.retain(|p| p.id != leaving.partner);
            took.record |= all.len() < before;
        }
        if let Some(all) = change.assignments.as_mut() {
            let before = all.len();
            all.retain(|a| a.partner != leaving.partner);
            took.assignments += before - all.len();
        }
        changed |= took != Removed::default();
        out.push_str(&String::from_utf8_lossy(&change.to_line()?));
    }
    Ok(changed.then_some(out))
}

fn remove_if_there(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StoreError::Write {
            path: path.to_path_buf(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests;
