//! The change log beside a store file: each save after the first appends
//! what changed (a line of JSON) instead of rewriting the whole journal.
//!
//! `store.json` is a snapshot; `store.changes.jsonl` holds, one per line,
//! the saves made since that snapshot was written. Reading the store is
//! reading the snapshot and applying its lines in order. Every so often
//! (see [`super::writer`]) the snapshot is rewritten whole and the log
//! starts again, so the log stays a small fraction of the journal.
//!
//! Each line names the snapshot it follows by its `generation`, a number
//! no two snapshots share. A line of another generation is left over from
//! before the snapshot was rewritten (a crash between writing the new
//! snapshot and removing the old log) and is already in the snapshot: it
//! is skipped. A last line without its newline is a save cut off by a
//! crash: it never finished, so it is skipped too, exactly as a
//! half-written snapshot would never have replaced the old one. Any other
//! line that cannot be read is damage, and is reported with its line
//! number like a damaged `store.json`.
//!
//! What is here is pure: [`diff`] between two stores, [`apply`] of a change,
//! and parsing the log's text. Appending is [`super::DataDir::append_change`].

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::model::{Assignment, CheckIn, Entry, EntryId, Partner, Store};

/// `NAME.json` → `NAME.changes.jsonl`, for `store.json` and its backups.
pub fn path_for(store: &Path) -> PathBuf {
    let name = store
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    store.with_file_name(format!("{stem}{SUFFIX}"))
}

pub const SUFFIX: &str = ".changes.jsonl";

/// One save: what differs from the store as it was after the save before.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Change {
    /// The snapshot this change follows ([`Store::generation`]).
    pub generation: u64,
    /// Where in the log this line was written (its first byte's offset),
    /// so that no two lines of one generation share it: a line found again
    /// with the same generation and `seq` is a copy (a line pasted twice,
    /// say) and is skipped, never applied twice. Lines written before this
    /// field existed have none and are read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
    /// Entries deleted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<EntryId>,
    /// Entries new or changed, whole. A changed one keeps its place in the
    /// journal; new ones go at the end, in this order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<Entry>,
    /// Check-ins added at the end.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins_added: Vec<CheckIn>,
    /// Every check-in, when they changed otherwise than by new ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkins: Option<Vec<CheckIn>>,
    /// Every partner, when anything about one changed (they are small).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partners: Option<Vec<Partner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignments: Option<Vec<Assignment>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_id: Option<u64>,
}

impl Change {
    /// Nothing changed: there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty()
            && self.entries.is_empty()
            && self.checkins_added.is_empty()
            && self.checkins.is_none()
            && self.partners.is_none()
            && self.assignments.is_none()
            && self.next_id.is_none()
    }

    /// The line appended to the log, newline included.
    pub fn to_line(&self) -> Result<Vec<u8>, StoreError> {
        let mut line = serde_json::to_vec(self).map_err(|source| StoreError::Encode {
            what: "change",
            source,
        })?;
        line.push(b'\n');
        Ok(line)
    }
}

/// What turns `old` into `new`, as a line of the log of `old`'s snapshot.
/// `None` when the difference is not one a change can carry (the journal
/// was reordered, or the format fields differ): the store must then be
/// written whole.
///
/// Cheap for the usual save: entries are shared between the two stores
/// (see [`crate::model::Entries`]), so an unchanged one is recognised by
/// its pointer, without comparing its words.
pub fn diff(old: &Store, new: &Store) -> Option<Change> {
    if old.schema_version != new.schema_version || old.unknown != new.unknown {
        return None;
    }
    let mut change = Change {
        generation: old.generation,
        ..Change::default()
    };
    let (old_arcs, new_arcs) = (old.entries.arcs(), new.entries.arcs());
    let (removed, entries) = match in_order(old_arcs, new_arcs) {
        Some(found) => found,
        None => by_id(old_arcs, new_arcs)?,
    };
    change.removed = removed;
    change.entries = entries;

    let before = old.checkins.len();
    if new.checkins.same_list(&old.checkins) {
        // Not even looked at since: unchanged.
    } else if new.checkins.get(..before) == Some(&old.checkins[..]) {
        change.checkins_added = new.checkins[before..].to_vec();
    } else {
        change.checkins = Some(new.checkins.to_vec());
    }
    if old.partners != new.partners {
        change.partners = Some(new.partners.clone());
    }
    if old.assignments != new.assignments {
        change.assignments = Some(new.assignments.clone());
    }
    if old.next_id != new.next_id {
        change.next_id = Some(new.next_id);
    }
    Some(change)
}

/// What became of the entries (ids removed; entries changed or new), when
/// they are kept as trustmend keeps them: in order of their ids, which
/// only grow. Then one walk along both lists tells it, with no lookup per
/// entry. `None` when the old list is in any other order, or when what
/// follows the entries kept is not entries newer than all of them: then
/// [`by_id`] looks.
fn in_order(old: &[Arc<Entry>], new: &[Arc<Entry>]) -> Option<(Vec<EntryId>, Vec<Entry>)> {
    let mut removed = Vec::new();
    let mut entries = Vec::new();
    let mut next = 0;
    let mut newest: Option<EntryId> = None;
    for was in old {
        // Strictly growing ids also mean no id is there twice.
        if newest.is_some_and(|id| was.id <= id) {
            return None;
        }
        newest = Some(was.id);
        match new.get(next) {
            Some(now) if now.id == was.id => {
                if changed(was, now) {
                    entries.push(Entry::clone(now));
                }
                next += 1;
            }
            // Kept entries stay in order, so one that is not next is gone.
            _ => removed.push(was.id),
        }
    }
    for now in &new[next..] {
        if newest.is_some_and(|id| now.id <= id) {
            return None;
        }
        newest = Some(now.id);
        entries.push(Entry::clone(now));
    }
    Some((removed, entries))
}

/// Whether the entry kept under one id is different now: an entry not
/// touched since is the very one shared with the copy on disk.
fn changed(was: &Arc<Entry>, now: &Arc<Entry>) -> bool {
    !Arc::ptr_eq(was, now) && **was != **now
}

/// [`in_order`] for entries in any order: looks each one up by id. `None`
/// when the change cannot be said as a line (an id twice, or entries that
/// stayed but moved): then the journal is written whole.
fn by_id(old: &[Arc<Entry>], new: &[Arc<Entry>]) -> Option<(Vec<EntryId>, Vec<Entry>)> {
    let new_ids: HashSet<EntryId> = new.iter().map(|e| e.id).collect();
    if new_ids.len() != new.len() {
        return None;
    }
    let mut removed = Vec::new();
    let kept: Vec<_> = old
        .iter()
        .filter(|e| {
            let stays = new_ids.contains(&e.id);
            if !stays {
                removed.push(e.id);
            }
            stays
        })
        .collect();
    // What stays must stay in order, ahead of anything new.
    if kept.len() > new.len() {
        return None;
    }
    let mut entries = Vec::new();
    for (&was, now) in kept.iter().zip(new) {
        if was.id != now.id {
            return None;
        }
        if changed(was, now) {
            entries.push(Entry::clone(now));
        }
    }
    entries.extend(new[kept.len()..].iter().map(|e| Entry::clone(e)));
    Some((removed, entries))
}

/// Carries out one line of the log on the store it follows.
pub fn apply(store: &mut Store, change: Change) {
    if !change.removed.is_empty() {
        let removed: HashSet<EntryId> = change.removed.into_iter().collect();
        store.entries.retain(|e| !removed.contains(&e.id));
    }
    for entry in change.entries {
        match store.entries.position(|e| e.id == entry.id) {
            Some(at) => store.entries.set(at, entry),
            None => store.entries.push(entry),
        }
    }
    if let Some(all) = change.checkins {
        store.checkins = all.into();
    }
    store.checkins.extend(change.checkins_added);
    if let Some(partners) = change.partners {
        store.partners = partners;
    }
    if let Some(assignments) = change.assignments {
        store.assignments = assignments;
    }
    if let Some(next_id) = change.next_id {
        store.next_id = next_id;
    }
}

/// The changes in a log's text that follow the snapshot of `generation`,
/// in order. `path` is only for messages.
pub fn parse(path: &Path, text: &str, generation: u64) -> Result<Vec<Change>, StoreError> {
    parse_log(path, text, generation).map(|read| read.changes)
}

/// A log as read for the snapshot of one generation (see [`parse_log`]).
#[derive(Debug, Default)]
pub struct LogRead {
    /// The lines to apply, in order: of the snapshot's generation, each once.
    pub changes: Vec<Change>,
    /// The newest generation of a line that follows a *later* snapshot than
    /// this one, if any: then the snapshot is older than its log (a backup
    /// copied over `store.json`), and the lines skipped hold saves it lacks.
    pub newer: Option<u64>,
    /// The highest entry or commitment id in any line, of any generation:
    /// new ids are handed out above it.
    pub highest_id: u64,
}

/// [`parse`], telling also what the lines skipped hold (see [`LogRead`]).
/// A line repeated (the same generation and `seq` as one before it) is
/// skipped; a line of an older generation is already in the snapshot; a
/// torn last line never finished. Any other line that cannot be read is
/// damage, refused with its line number (`trustmend doctor --recover`
/// keeps the good lines around it: see [`read_lines`]).
pub fn parse_log(path: &Path, text: &str, generation: u64) -> Result<LogRead, StoreError> {
    let mut out = LogRead::default();
    let mut seen = HashSet::new();
    let mut rest = text;
    let mut line_no = 0;
    while !rest.is_empty() {
        line_no += 1;
        let (line, complete) = match rest.find('\n') {
            Some(end) => {
                let line = &rest[..end];
                rest = &rest[end + 1..];
                (line, true)
            }
            None => (std::mem::take(&mut rest), false),
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Change>(line) {
            Ok(change) => {
                out.highest_id = out.highest_id.max(change.highest_id());
                if change.generation > generation {
                    out.newer = out.newer.max(Some(change.generation));
                }
                let repeated = change
                    .seq
                    .is_some_and(|seq| !seen.insert((change.generation, seq)));
                if change.generation == generation && !repeated {
                    out.changes.push(change);
                }
                // Otherwise already part of the snapshot, or a copy of a
                // line read before (see the module's notes).
            }
            // A save cut off by a crash: it never finished.
            Err(_) if !complete => {}
            Err(e) => {
                let mut err = StoreError::json(path.to_path_buf(), &e);
                if let StoreError::Json { line, .. } = &mut err {
                    *line = line_no;
                }
                return Err(err);
            }
        }
    }
    Ok(out)
}

impl Change {
    /// The highest entry or commitment id this line holds or names.
    pub fn highest_id(&self) -> u64 {
        let entries = self.entries.iter().map(|e| e.id);
        let commitments = self
            .partners
            .iter()
            .flatten()
            .flat_map(|p| p.commitments.iter().map(|c| c.id));
        let next = self.next_id.map(|n| n.saturating_sub(1));
        entries
            .chain(commitments)
            .chain(self.removed.iter().copied())
            .chain(next)
            .max()
            .unwrap_or(0)
    }
}

/// One line of a log as [`read_lines`] found it.
#[derive(Debug)]
pub enum Line {
    /// A save, with its line number.
    Change(usize, Change),
    /// A line that is not a save (damaged, not text, cut short): its
    /// number and why, so it can be named and set aside.
    Bad(usize, String),
}

/// Every line of a log's bytes, of whatever generation, tolerating damage:
/// a line that is not text or not a save is reported as [`Line::Bad`] and
/// the lines around it are still read. Repeated lines (same generation and
/// `seq`) are left out. For recovery, which must keep every good line.
pub fn read_lines(bytes: &[u8]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        let Ok(text) = std::str::from_utf8(raw) else {
            out.push(Line::Bad(
                line_no,
                "not text (a byte that is not UTF-8)".into(),
            ));
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Change>(text) {
            Ok(change) => {
                let repeated = change
                    .seq
                    .is_some_and(|seq| !seen.insert((change.generation, seq)));
                if !repeated {
                    out.push(Line::Change(line_no, change));
                }
            }
            Err(e) => out.push(Line::Bad(line_no, e.to_string())),
        }
    }
    out
}

/// Raises `store.next_id` above every entry and commitment id in it and
/// above `also`, so an id is never handed out twice, whatever a log line
/// or a hand edit set it to.
pub fn raise_next_id(store: &mut Store, also: u64) {
    let entries = store.entries.iter().map(|e| e.id);
    let commitments = store
        .partners
        .iter()
        .flat_map(|p| p.commitments.iter().map(|c| c.id));
    let highest = entries.chain(commitments).max().unwrap_or(0).max(also);
    store.next_id = store.next_id.max(highest.saturating_add(1));
}

#[cfg(test)]
mod tests;
