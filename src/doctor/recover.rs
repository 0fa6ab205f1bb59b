//! `trustmend doctor --recover`: one store made from every file in the data
//! folder that holds any of the journal, written as one transaction.
//!
//! What is read (see [`each_found`]): `store.json` and its change log; every
//! `store.json.replaced-*` and `store.changes.jsonl.replaced-*` kept aside;
//! every backup in `backups/` with its log, and any log there on its own;
//! and the temporary files an interrupted save left (`.store.json.XXXXXX`).
//! Each is read tolerating damage: a snapshot that is not valid JSON is read
//! one record (partner, entry, check-in) to a line, and a log one save to a
//! line; a line that cannot be read is named with its number and the lines
//! around it are kept. `doctor --recover` reads the journal once and every
//! other file after it, one at a time, each let go once merged: what a
//! copy holds word for word as the journal does is held once (see
//! [`read_and_merge`]).
//!
//! How they are merged (see [`Merger`]): entries keep their ids; the same
//! entry found in two files (same author and creation time) is kept once,
//! in its latest version (or, for `--restore`, the backup's); two different
//! entries under one id keep both, the later one under a new id; an entry
//! found again under another id is recognised by its content and kept once.
//! Check-ins and assignments are joined the same way. Nothing any file holds
//! is dropped, so entries deleted on purpose may come back; but who is in
//! the workbook is taken from the journal (and its log) when it reads whole,
//! so a partner who left, and their entries, are never brought back from an
//! older file.
//!
//! How it is written: the merged store is written like any whole save (a
//! temporary file, fsync, rename over `store.json`), after the copy it
//! replaces is kept in `backups/`. Nothing that was read is moved or
//! changed before that rename, so a recovery interrupted at any point
//! leaves every file it read where it was, and running it again does it
//! all again: there is no half-done recovery to finish or undo.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Result, bail};
use chrono::NaiveDateTime;

use crate::model::{
    Assignment, Body, CheckIn, Entry, EntryId, Partner, PartnerId, Store, Timestamp,
};
use crate::store::plain::Protected;
use crate::store::{self, DataDir, StoreError, changes, leftovers};

/// What one file holds, as far as it could be read.
pub struct Source {
    /// The file, for messages.
    pub path: PathBuf,
    pub kind: Kind,
    /// What it holds, applied to an empty store where it is a log alone.
    pub store: Store,
    /// Lines that could not be read: (line number, why).
    pub bad: Vec<(usize, String)>,
    /// Whether it was read whole, as trustmend reads it (no line skipped).
    pub whole: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `store.json` with the lines of its log that follow it.
    Live,
    /// Every line of the live log, of any generation.
    LiveLog,
    /// A file kept aside as `*.replaced-*`.
    Replaced,
    /// A backup in `backups/` (with its log), or a log there alone.
    Backup,
    /// A temporary file of a save that did not finish.
    Temporary,
}

impl Kind {
    fn word(self) -> String {
        match self {
            Kind::Live => crate::t!("recover-kind-live"),
            Kind::LiveLog => crate::t!("recover-kind-log"),
            Kind::Replaced => crate::t!("recover-kind-replaced"),
            Kind::Backup => crate::t!("recover-kind-backup"),
            Kind::Temporary => crate::t!("recover-kind-temporary"),
        }
    }
}

/// A file that may hold any of the journal ([`each_found`]), not read yet.
pub struct Found {
    pub path: PathBuf,
    pub kind: Kind,
    /// A change log read on its own (else a snapshot, read with its log).
    pub log_alone: bool,
}

impl Found {
    /// What it holds, as far as it can be read (see [`Source`]); `None`
    /// if it is gone.
    pub fn read(&self) -> Option<Source> {
        if self.log_alone {
            read_log_alone(&self.path, self.kind)
        } else {
            read_snapshot_and_log(&self.path, self.kind)
        }
    }
}

/// Every file that may hold any of the journal, in the order they are
/// read: the live store first (if `live`), then the most recent copies
/// before older ones; none of them read yet.
pub fn each_found(dir: &DataDir, live: bool) -> Vec<Found> {
    let mut out = Vec::new();
    let mut put = |path: PathBuf, kind: Kind, log_alone: bool| {
        out.push(Found {
            path,
            kind,
            log_alone,
        });
    };
    if live {
        put(dir.store_path(), Kind::Live, false);
    }
    put(dir.changes_path(), Kind::LiveLog, true);
    let mut names = file_names(dir.root());
    names.sort();
    names.reverse();
    for name in &names {
        if leftovers::is_store_leftover(name) {
            put(dir.root().join(name), Kind::Temporary, false);
        }
    }
    // Kept aside by trustmend (`NAME.replaced-DATE`) or by hand
    // (`store.json.old`, `store.changes.jsonl.bak`…).
    let log_name = changes::path_for(Path::new(store::STORE_FILE))
        .display()
        .to_string();
    for name in &names {
        let path = dir.root().join(name);
        if name.starts_with(&format!("{}.", store::STORE_FILE)) {
            put(path, Kind::Replaced, false);
        } else if name.starts_with(&format!("{log_name}.")) {
            put(path, Kind::Replaced, true);
        }
    }
    let mut backups = file_names(&dir.backup_dir());
    backups.sort();
    backups.reverse();
    for name in &backups {
        let path = dir.backup_dir().join(name);
        if leftovers::is_store_leftover(name) {
            put(path, Kind::Temporary, false);
        } else if store::backup::parse_name(name).is_some() {
            put(path, Kind::Backup, false);
        } else if name.ends_with(changes::SUFFIX) {
            // A backup's log is read with its snapshot; one on its own is
            // no backup, and nothing else reads it.
            let stem = name.strip_suffix(changes::SUFFIX).unwrap_or(name);
            let kind = if backups.contains(&format!("{stem}.json")) {
                Kind::Backup
            } else {
                Kind::Replaced
            };
            put(path, kind, true);
        }
    }
    out
}

fn file_names(folder: &Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .map(|read| {
            read.flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A snapshot (read whole if it can be, else one record to a line) with
/// the lines of its log that follow it. `None` if there is no such file.
fn read_snapshot_and_log(path: &Path, kind: Kind) -> Option<Source> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut source = match store::load_snapshot(path) {
        Ok(Some(store)) => Source {
            path: path.to_path_buf(),
            kind,
            store,
            bad: Vec::new(),
            whole: true,
        },
        Ok(None) => return None,
        Err(_) => {
            let bytes = std::fs::read(path).ok()?;
            let (store, bad) = salvage_snapshot(&bytes);
            Source {
                path: path.to_path_buf(),
                kind,
                store,
                bad,
                whole: false,
            }
        }
    };
    apply_own_log(&mut source.store, path);
    Some(source)
}

/// The lines of the log beside the snapshot at `path` that follow it (of
/// its generation), applied to `store`, the snapshot, as far as they can
/// be read; its next id raised above every id the log names.
fn apply_own_log(store: &mut Store, path: &Path) {
    let generation = store.generation;
    if generation != 0
        && let Ok(bytes) = std::fs::read(changes::path_for(path))
    {
        let mut highest = 0;
        for line in changes::read_lines(&bytes) {
            match line {
                changes::Line::Change(_, change) => {
                    highest = highest.max(change.highest_id());
                    if change.generation == generation {
                        changes::apply(store, change);
                    }
                }
                changes::Line::Bad(..) => {}
            }
        }
        changes::raise_next_id(store, highest);
    }
}

/// The file `found` read for the merge as [`Found::read`] reads it, a
/// snapshot entry by entry: each entry the merge holds already, word for
/// word, is taken as the merge's own (shared, not copied), so a journal
/// and a backup of it are not both in memory. A file the journal's own
/// read would refuse or upgrade, and a log alone, are read by
/// [`Found::read`].
fn read_beside(found: &Found, merger: &Merger) -> Option<Source> {
    if found.log_alone {
        return found.read();
    }
    let mut sifted = Sifted {
        merger,
        entries: Vec::new(),
        checkins: Vec::new(),
    };
    let Ok(store::Streamed::Read(mut store)) = store::each_record_of(&found.path, &mut sifted)
    else {
        return found.read();
    };
    store.entries = sifted.entries.into_iter().collect();
    store.checkins = sifted.checkins.into();
    apply_own_log(&mut store, &found.path);
    Some(Source {
        path: found.path.clone(),
        kind: found.kind,
        store,
        bad: Vec::new(),
        whole: true,
    })
}

/// A snapshot's records as [`read_beside`] keeps them.
struct Sifted<'m> {
    merger: &'m Merger,
    entries: Vec<Arc<Entry>>,
    checkins: Vec<CheckIn>,
}

impl store::records::Records for Sifted<'_> {
    fn entry(&mut self, entry: &Entry) {
        let shared = match self.merger.holds(entry) {
            Some(have) => Arc::clone(have),
            None => Arc::new(entry.clone()),
        };
        self.entries.push(shared);
    }

    fn checkin(&mut self, checkin: &CheckIn) {
        self.checkins.push(checkin.clone());
    }
}

/// A log on its own: every line, of any generation, applied in order to an
/// empty store.
fn read_log_alone(path: &Path, kind: Kind) -> Option<Source> {
    let bytes = std::fs::read(path).ok()?;
    let mut store = Store::default();
    let mut bad = Vec::new();
    let lines = changes::read_lines(&bytes);
    let last = lines.len();
    let mut highest = 0;
    for (i, line) in lines.into_iter().enumerate() {
        match line {
            changes::Line::Change(_, change) => {
                highest = highest.max(change.highest_id());
                store.generation = store.generation.max(change.generation);
                changes::apply(&mut store, change);
            }
            // A torn last line is a save that never finished, not damage.
            changes::Line::Bad(n, why) if i + 1 < last || bytes.ends_with(b"\n") => {
                bad.push((n, why));
            }
            changes::Line::Bad(..) => {}
        }
    }
    changes::raise_next_id(&mut store, highest);
    Some(Source {
        path: path.to_path_buf(),
        kind,
        whole: bad.is_empty(),
        store,
        bad,
    })
}

/// What a damaged snapshot still holds: `store.json` keeps one partner,
/// entry or check-in to a line (see `store::layout`), so each line that is
/// one of those whole is kept; a line that starts a record but cannot be
/// read is named.
pub fn salvage_snapshot(bytes: &[u8]) -> (Store, Vec<(usize, String)>) {
    let mut store = Store::default();
    let mut bad = Vec::new();
    let mut entries = Vec::new();
    let mut checkins = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let n = i + 1;
        let Ok(text) = std::str::from_utf8(raw) else {
            bad.push((n, "not text (a byte that is not UTF-8)".to_string()));
            continue;
        };
        let line = text.trim().trim_end_matches(',');
        if let Some(value) = line.strip_prefix("\"next_id\":") {
            if let Ok(next) = value.trim().parse::<u64>() {
                store.next_id = store.next_id.max(next);
            }
            continue;
        }
        if let Some(value) = line.strip_prefix("\"generation\":") {
            if let Ok(generation) = value.trim().parse::<u64>() {
                store.generation = generation;
            }
            continue;
        }
        if !line.starts_with('{') || line == "{" {
            continue;
        }
        if let Ok(entry) = serde_json::from_str::<Entry>(line) {
            entries.push(entry);
        } else if let Ok(checkin) = serde_json::from_str::<CheckIn>(line) {
            checkins.push(checkin);
        } else if let Ok(partner) = serde_json::from_str::<Partner>(line) {
            store.partners.push(partner);
        } else if let Ok(assignment) = serde_json::from_str::<Assignment>(line) {
            store.assignments.push(assignment);
        } else {
            bad.push((n, "a record that cannot be read".to_string()));
        }
    }
    store.entries = entries.into();
    store.checkins = checkins.into();
    changes::raise_next_id(&mut store, 0);
    (store, bad)
}

/// Which version wins when two files hold the same entry differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// The one written last (its `updated` time).
    Latest,
    /// The one in the first file merged (`--restore`: the backup's).
    First,
}

/// What the merge did, for the message.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Merged {
    /// Entries added from each source (by index in the sources).
    pub added: Vec<usize>,
    /// Entries left where they are because their author is no one in the
    /// journal (see [`Merger`]).
    pub strangers: usize,
    /// Entries that shared an id with a different entry, given a new one.
    pub renumbered: usize,
}

/// Sources merged one at a time, in order, each of them free to be let go
/// once added: what the merge needs of every source at once (the highest
/// id, above which an entry sharing its id with another is given a new
/// one) is known by [`Merger::finish`], where those new ids are given.
/// Entries are shared with the sources they came from, not copied.
///
/// Who is in the workbook is taken from the journal as trustmend reads it
/// (its snapshot read whole, and its log), and from a backup being
/// restored: a person found only in older files may be one who left, whose
/// words must not come back into the journal (see `store::leave`). Only
/// when the journal itself is damaged or missing are the people of the
/// other files taken too. The sources people are taken from must be added
/// before the others (as [`each_found`] orders them, a backup being
/// restored first).
pub struct Merger {
    prefer: Prefer,
    /// Whether `store.json` was read whole (see [`Source::whole`]).
    live_whole: bool,
    /// People, check-ins, assignments and the rest; entries at the end.
    out: Store,
    entries: Vec<Arc<Entry>>,
    by_id: HashMap<EntryId, usize>,
    /// Every entry's content ([`content_key`]): built on the first clash of
    /// ids only, as most merges never need it.
    contents: Option<HashSet<String>>,
    /// Where in `entries` the entries to be given a new id are, in order.
    renumbered: Vec<usize>,
    /// The highest id of every source added, entries and next ids.
    highest: u64,
    strangers: HashSet<EntryId>,
    /// Whether no source with people has been added yet.
    first_with_partners: bool,
    report: Merged,
}

impl Merger {
    pub fn new(prefer: Prefer, live_whole: bool) -> Merger {
        Merger {
            prefer,
            live_whole,
            out: Store::default(),
            entries: Vec::new(),
            by_id: HashMap::new(),
            contents: None,
            renumbered: Vec::new(),
            highest: 0,
            strangers: HashSet::new(),
            first_with_partners: true,
            report: Merged::default(),
        }
    }

    /// Whether people are taken from the `i`th source, of `kind`.
    fn trusted(&self, i: usize, kind: Kind) -> bool {
        !self.live_whole
            || matches!(kind, Kind::Live | Kind::LiveLog)
            || (i == 0 && self.prefer == Prefer::First)
    }

    /// The people of the `i`th source not met yet, if people are taken
    /// from it.
    fn meet(&mut self, i: usize, source: &Source) {
        if self.trusted(i, source.kind) {
            for partner in &source.store.partners {
                if self.out.partner(partner.id).is_none() {
                    self.out.partners.push(partner.clone());
                }
            }
        }
    }

    /// The entry the merge holds under `entry`'s id, if it is the same
    /// entry, word for word: adding `entry` changes nothing.
    fn holds(&self, entry: &Entry) -> Option<&Arc<Entry>> {
        let at = *self.by_id.get(&entry.id)?;
        let have = &self.entries[at];
        (**have == *entry).then_some(have)
    }

    /// The next source, merged.
    pub fn add(&mut self, source: &Source) {
        let i = self.report.added.len();
        self.meet(i, source);
        let from_trusted = self.trusted(i, source.kind);
        self.highest = self.highest.max(source.store.next_id.saturating_sub(1));
        let mut added = 0;
        for entry in source.store.entries.arcs() {
            self.highest = self.highest.max(entry.id);
            if !from_trusted && self.out.partner(entry.author).is_none() {
                self.strangers.insert(entry.id);
                continue;
            }
            if self.holds(entry).is_some() {
                continue;
            }
            match self.by_id.get(&entry.id) {
                None => {
                    self.by_id.insert(entry.id, self.entries.len());
                    if let Some(set) = self.contents.as_mut() {
                        set.insert(content_key(entry));
                    }
                    self.entries.push(Arc::clone(entry));
                    added += 1;
                }
                Some(&at) if same_entry(&self.entries[at], entry) => {
                    if self.prefer == Prefer::Latest && entry.updated > self.entries[at].updated {
                        self.entries[at] = Arc::clone(entry);
                    }
                }
                Some(_) => {
                    let entries = &self.entries;
                    let set = self
                        .contents
                        .get_or_insert_with(|| entries.iter().map(|e| content_key(e)).collect());
                    if set.insert(content_key(entry)) {
                        self.renumbered.push(self.entries.len());
                        self.entries.push(Arc::clone(entry));
                        added += 1;
                    }
                }
            }
        }
        self.report.added.push(added);
        let out = &mut self.out;
        // The first file holding people gives their records (the most
        // recent); the others add only people not there yet.
        if self.first_with_partners && from_trusted && !source.store.partners.is_empty() {
            for partner in &source.store.partners {
                if let Some(at) = out.partners.iter().position(|p| p.id == partner.id) {
                    out.partners[at] = partner.clone();
                }
            }
            self.first_with_partners = false;
        }
        // Each check-in not there yet, once (found whole: looking through
        // the list for each would take minutes for years of them).
        let mut seen: HashSet<&CheckIn> = out.checkins.iter().collect();
        let new: Vec<CheckIn> = source
            .store
            .checkins
            .iter()
            .filter(|c| seen.insert(c))
            .cloned()
            .collect();
        let mut checkins = out.checkins.to_vec();
        checkins.extend(new);
        checkins.sort_by_key(|c| c.at);
        out.checkins = checkins.into();
        for assignment in &source.store.assignments {
            if !out.assignments.contains(assignment) {
                out.assignments.push(assignment.clone());
            }
        }
        for (key, value) in &source.store.unknown {
            out.unknown
                .entry(key.clone())
                .or_insert_with(|| value.clone());
        }
        out.generation = out.generation.max(source.store.generation);
    }

    /// The merged store: entries sharing an id with another given new ids,
    /// above every id of every source, in the order they were found.
    pub fn finish(mut self) -> (Store, Merged) {
        let mut next_free = self.highest + 1;
        for &at in &self.renumbered {
            Arc::make_mut(&mut self.entries[at]).id = next_free;
            next_free += 1;
        }
        self.report.renumbered = self.renumbered.len();
        self.report.strangers = self.strangers.len();
        self.entries.sort_by_key(|e| e.id);
        self.out.entries = self.entries.into_iter().collect();
        changes::raise_next_id(&mut self.out, next_free.saturating_sub(1));
        (self.out, self.report)
    }
}

/// The same entry in two versions: one author, one moment it was begun.
fn same_entry(a: &Entry, b: &Entry) -> bool {
    a.author == b.author && a.created == b.created && a.kind == b.kind
}

/// An entry's content, its id left out.
fn content_key(entry: &Entry) -> String {
    let mut e = entry.clone();
    e.id = 0;
    serde_json::to_string(&e).unwrap_or_default()
}

/// Where an entry's content may be found again: who wrote it, when it was
/// begun, and a sample of its words (their length, their first and their
/// last bytes). Two entries with one content ([`content_key`]) have one
/// of these; a protected person's sealed entries, which all say they were
/// begun at one placeholder moment, have each their own (a sealed text
/// ends in its own ciphertext), so they are not all compared with each
/// other.
type Moment = (PartnerId, Timestamp, u64);

fn moment(entry: &Entry) -> Moment {
    use std::hash::{Hash as _, Hasher as _};
    let text = match &entry.body {
        Body::Text(t) | Body::Sealed(t) => t.as_bytes(),
    };
    let mut sample = std::hash::DefaultHasher::new();
    text.len().hash(&mut sample);
    text[..text.len().min(32)].hash(&mut sample);
    text[text.len().saturating_sub(96)..].hash(&mut sample);
    (entry.author, entry.created, sample.finish())
}

/// The journal made ready, once, to tell what another file holds that it
/// lacks (`doctor` looks at every copy against it).
pub struct Known<'a> {
    entries: &'a crate::model::Entries,
    ids: HashMap<EntryId, &'a Entry>,
    /// The entries by [`Moment`]: the only ones whose content
    /// ([`content_key`], which holds it) can be another's. Worked out
    /// only once an entry is not found under its id.
    by_moment: std::cell::OnceCell<HashMap<Moment, Vec<&'a Entry>>>,
    /// Every check-in, found whole: looking through the list for each
    /// would take minutes for years of them, and so would looking through
    /// those of one moment (a protected person's sealed check-ins all say
    /// they were made at one placeholder moment).
    checkins: HashSet<&'a CheckIn>,
}

impl<'a> Known<'a> {
    pub fn of(live: &'a Store) -> Known<'a> {
        Known {
            entries: &live.entries,
            ids: live.entries.iter().map(|e| (e.id, e)).collect(),
            by_moment: std::cell::OnceCell::new(),
            checkins: live.checkins.iter().collect(),
        }
    }

    /// Whether the journal lacks `entry`: it is not under its id (the same,
    /// or the same entry in another version), nor anywhere by its content.
    pub fn lacks(&self, entry: &Entry) -> bool {
        if self
            .ids
            .get(&entry.id)
            .is_some_and(|have| **have == *entry || same_entry(have, entry))
        {
            return false;
        }
        let by_moment = self.by_moment.get_or_init(|| {
            let mut by_moment: HashMap<Moment, Vec<&Entry>> = HashMap::new();
            for e in self.entries.iter() {
                by_moment.entry(moment(e)).or_default().push(e);
            }
            by_moment
        });
        let Some(same_moment) = by_moment.get(&moment(entry)) else {
            return true;
        };
        let key = content_key(entry);
        !same_moment.iter().any(|e| content_key(e) == key)
    }

    /// Whether the journal lacks the check-in `c`.
    pub fn lacks_checkin(&self, c: &CheckIn) -> bool {
        !self.checkins.contains(c)
    }

    /// What `source` holds that the journal lacks: entries and check-ins.
    pub fn missing(&self, source: &Store) -> (usize, usize) {
        (
            source.entries.iter().filter(|e| self.lacks(e)).count(),
            source
                .checkins
                .iter()
                .filter(|c| self.lacks_checkin(c))
                .count(),
        )
    }
}

/// A snapshot with its log, looked at against the journal ([`look_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// How many entries it holds.
    pub entries: usize,
    /// How many entries and check-ins it holds that the journal lacks
    /// (all of them when the journal could not be read).
    pub missing: (usize, usize),
}

/// The snapshot at `path` (a backup) with its change log, read as strictly
/// as the journal is ([`store::load_store_file`]) but entry by entry, each
/// looked at against `known` and let go: the journal and a backup of it
/// are never both in memory. `Ok(None)` if it is not there; `Err` if the
/// journal's own read would refuse it (then `--recover` reads what it
/// can of it, see [`Found::read`]).
pub fn look_at(known: &Known, path: &Path) -> Result<Option<Look>, StoreError> {
    let mut judged = Judged::new(known);
    let streamed = store::each_record_of(path, &mut judged)?;
    judged.finish(path, streamed)
}

/// [`look_at`] and `plain::count_in_store_file` of the file at `path`,
/// its snapshot read once for both: what it holds that the journal lacks,
/// and how many records of someone `protected` it holds in plain (`None`
/// when that cannot be told: the file cannot be read).
pub fn look_and_count(
    known: &Known,
    path: &Path,
    protected: &Protected,
) -> (Result<Option<Look>, StoreError>, Option<usize>) {
    if protected.is_empty() {
        return (look_at(known, path), Some(0));
    }
    let mut judged = Judged::new(known);
    let mut counter = crate::store::plain::Counter::new(protected);
    let streamed =
        store::each_record_of(path, &mut store::records::Both(&mut judged, &mut counter));
    let streamed = match streamed {
        Ok(streamed) => streamed,
        Err(e) => return (Err(e), None),
    };
    let count = counter.finish(path, &streamed).ok();
    (judged.finish(path, streamed), count)
}

/// Each entry of a snapshot, as it is read: its id and whether the journal
/// lacks it; how many of its check-ins the journal lacks.
struct Judged<'k, 'a> {
    known: &'k Known<'a>,
    entries: HashMap<EntryId, bool>,
    twice: bool,
    checkins: usize,
}

impl store::records::Records for Judged<'_, '_> {
    fn entry(&mut self, e: &Entry) {
        let lacked = self.known.lacks(e);
        self.twice |= self.entries.insert(e.id, lacked).is_some();
    }

    fn checkin(&mut self, c: &CheckIn) {
        self.checkins += usize::from(self.known.lacks_checkin(c));
    }
}

impl<'k, 'a> Judged<'k, 'a> {
    fn new(known: &'k Known<'a>) -> Self {
        Judged {
            known,
            entries: HashMap::new(),
            twice: false,
            checkins: 0,
        }
    }

    /// The look at the file at `path`, its snapshot handed to this as
    /// `streamed` says, with its log applied.
    fn finish(self, path: &Path, streamed: store::Streamed) -> Result<Option<Look>, StoreError> {
        let Judged {
            known,
            entries: mut judged,
            checkins: mut snapshot_checkins,
            twice,
        } = self;
        let mut rest = match streamed {
            store::Streamed::Absent => return Ok(None),
            store::Streamed::Read(rest) if !twice => rest,
            // Another version, damage, or an id twice: read whole, as the
            // journal is, for the upgrade or for why it is refused.
            _ => {
                return Ok(store::load_store_file(path)?.map(|whole| Look {
                    entries: whole.entries.len(),
                    missing: known.missing(&whole),
                }));
            }
        };
        if let Some(read) = store::log_of(path, rest.generation)? {
            for change in read.changes {
                // An entry the log removes or writes again is the log's: the
                // snapshot's version no longer counts, and the log's is kept
                // in `rest` as the whole read applies it.
                for id in change
                    .removed
                    .iter()
                    .chain(change.entries.iter().map(|e| &e.id))
                {
                    judged.remove(id);
                }
                // Every check-in written again: the snapshot's no longer count
                // (the log's are in `rest`, which held none of the snapshot's).
                if change.checkins.is_some() {
                    snapshot_checkins = 0;
                }
                changes::apply(&mut rest, change);
            }
        }
        let from_log = rest.entries.iter().filter(|e| known.lacks(e)).count();
        let checkins = snapshot_checkins
            + rest
                .checkins
                .iter()
                .filter(|c| known.lacks_checkin(c))
                .count();
        Ok(Some(Look {
            entries: judged.len() + rest.entries.len(),
            missing: (judged.values().filter(|l| **l).count() + from_log, checkins),
        }))
    }
}

/// `doctor --recover` (and `--rebuild`, `--repair`, `--restore`): every
/// source merged, written as one new `store.json`. `first` is a file to
/// merge before all the others, preferring its versions (`--restore`).
///
/// The journal is read once, as trustmend reads it, and every other file
/// after it one at a time, each let go once merged: what a copy holds that
/// is in the journal already, word for word, is held once (see
/// [`read_beside`]).
pub fn recover(dir: &DataDir, first: Option<&Path>, now: NaiveDateTime) -> Result<String> {
    let lock = dir.lock()?;
    let store_path = dir.store_path();
    let live = dir.load_store();
    let (told, (mut merged, report)) = read_and_merge(dir, first, &live)?;
    if first.is_none()
        && let Ok(Some(live)) = &live
        && same_journal(live, &merged)
    {
        drop(lock);
        return Ok(format!(
            "{}\n{}{}",
            found(&told, &report),
            crate::t!(
                "recover-nothing-to-do",
                path = store_path.display().to_string()
            ),
            strangers_note(&report)
        ));
    }
    drop(live);
    // A damaged file stays readable where doctor looks, line numbers and
    // all: an exact copy beside it, written before anything is replaced.
    let mut kept = Vec::new();
    for source in told
        .iter()
        .filter(|s| matches!(s.kind, Kind::Live | Kind::LiveLog) && !s.bad.is_empty())
    {
        let aside = dir.aside_name(&source.path, now);
        let bytes = std::fs::read(&source.path)?;
        dir.sink_write(&aside, &bytes)
            .map_err(|source| StoreError::Write {
                path: aside.clone(),
                source,
            })?;
        kept.push(aside);
    }
    // Not a plain file (a link, a folder): renamed aside, so the new file
    // can take its name. A link is still read where it is kept (its words
    // are in the merge already); a folder holds no words of ours.
    for path in [&store_path, &dir.changes_path()] {
        if let Ok(meta) = std::fs::symlink_metadata(path)
            && !meta.is_file()
        {
            let aside = dir.aside_name(path, now);
            std::fs::rename(path, &aside)?;
            kept.push(aside);
        }
    }
    // A copy kept aside from before a person protected may hold their
    // records in plain: what is written is sealed like any save.
    crate::store::plain::Protected::of(&merged)
        .seal(&mut merged)
        .map_err(|e| anyhow::anyhow!("{e}. {}", crate::t!("recover-nothing-changed")))?;
    dir.save_store(&mut merged)?;
    drop(lock);
    let mut msg = found(&told, &report);
    let _ = write!(
        msg,
        "\n{}",
        crate::t!(
            "recover-done",
            path = store_path.display().to_string(),
            what = super::describe(&merged)
        )
    );
    msg.push_str(&strangers_note(&report));
    if report.renumbered > 0 {
        let _ = write!(
            msg,
            " {}",
            crate::t!("recover-renumbered", n = report.renumbered)
        );
    }
    for aside in kept {
        let _ = write!(
            msg,
            " {}",
            crate::t!("recover-kept-aside", path = aside.display().to_string())
        );
    }
    let _ = write!(msg, " {}", crate::t!("recover-after"));
    Ok(msg)
}

/// Every file of the data folder that may hold any of the journal, read
/// and merged (see [`recover`]): `first` first (a backup being restored),
/// if any, then the journal (`live`, as trustmend read it), then each
/// other file, as [`each_found`] orders them; with what to tell of each.
fn read_and_merge(
    dir: &DataDir,
    first: Option<&Path>,
    live: &Result<Option<Store>, StoreError>,
) -> Result<(Vec<Told>, (Store, Merged))> {
    let store_path = dir.store_path();
    let not_first = |path: &Path| Some(path) != first;
    // When the journal cannot be read as trustmend reads it, as much of
    // it as can be (as `Found::read` reads any file).
    let live_source = match live {
        _ if !not_first(&store_path) => None,
        Ok(Some(store)) => Some(Source {
            path: store_path.clone(),
            kind: Kind::Live,
            store: store.clone(),
            bad: Vec::new(),
            whole: true,
        }),
        _ => read_snapshot_and_log(&store_path, Kind::Live),
    };
    let prefer = if first.is_some() {
        Prefer::First
    } else {
        Prefer::Latest
    };
    // The backup being restored, read beside the journal too.
    let restored = match first {
        None => None,
        Some(first) => {
            let mut beside = Merger::new(prefer, false);
            if let Some(live) = &live_source {
                beside.add(live);
            }
            let found = Found {
                path: first.to_path_buf(),
                kind: Kind::Backup,
                log_alone: false,
            };
            match read_beside(&found, &beside) {
                Some(source) if !source.store.entries.is_empty() || source.whole => Some(source),
                _ => bail!(crate::t!(
                    "recover-unreadable-backup",
                    path = first.display().to_string()
                )),
            }
        }
    };
    let mut merger = Merger::new(prefer, live_source.as_ref().is_some_and(|s| s.whole));
    let mut told = Vec::new();
    for source in [restored, live_source].into_iter().flatten() {
        told.push(Told::of(&source));
        merger.add(&source);
    }
    for found in each_found(dir, false) {
        if not_first(&found.path)
            && let Some(source) = read_beside(&found, &merger)
        {
            told.push(Told::of(&source));
            merger.add(&source);
        }
    }
    if told.is_empty() {
        bail!(crate::t!(
            "recover-nothing-there",
            dir = dir.root().display().to_string()
        ));
    }
    Ok((told, merger.finish()))
}

/// What [`found`] tells of a file that was read, once it is let go.
#[derive(Debug, PartialEq)]
struct Told {
    path: PathBuf,
    kind: Kind,
    entries: usize,
    bad: Vec<(usize, String)>,
}

impl Told {
    fn of(source: &Source) -> Told {
        Told {
            path: source.path.clone(),
            kind: source.kind,
            entries: source.store.entries.len(),
            bad: source.bad.clone(),
        }
    }
}

/// What was left where it is for privacy (see [`Merger`]), if anything.
fn strangers_note(report: &Merged) -> String {
    match report.strangers {
        0 => String::new(),
        n => format!(" {}", crate::t!("recover-strangers", n = n)),
    }
}

/// Whether two stores hold the same journal: their generations aside, and
/// the order of their check-ins (the merge sorts them by their moment,
/// and a protected person's sealed check-ins all carry one placeholder
/// moment: a journal holding them is in another order, and no less whole).
fn same_journal(a: &Store, b: &Store) -> bool {
    let mut count: HashMap<&CheckIn, isize> = HashMap::new();
    for c in a.checkins.iter() {
        *count.entry(c).or_default() += 1;
    }
    for c in b.checkins.iter() {
        *count.entry(c).or_default() -= 1;
    }
    a.entries == b.entries
        && a.partners == b.partners
        && count.values().all(|n| *n == 0)
        && a.assignments == b.assignments
}

/// One line per file read: what it holds and what the merge took from it.
fn found(sources: &[Told], report: &Merged) -> String {
    let mut out = crate::t!("recover-read");
    for (i, source) in sources.iter().enumerate() {
        let _ = write!(
            out,
            "\n  {} ({}): {}",
            source.path.display(),
            source.kind.word(),
            super::entries(source.entries)
        );
        let added = report.added.get(i).copied().unwrap_or(0);
        if i > 0 && added > 0 {
            let _ = write!(out, ", {}", crate::t!("recover-added", n = added));
        }
        if !source.bad.is_empty() {
            let lines: Vec<String> = source.bad.iter().map(|(n, _)| n.to_string()).collect();
            let _ = write!(
                out,
                "; {}",
                crate::t!(
                    "recover-damaged-lines",
                    n = lines.len(),
                    lines = lines.join(", ")
                )
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Years of daily check-ins by two partners.
    fn years(days: i64) -> Store {
        let start = crate::testing::t0();
        let mut store = Store::default();
        for day in 0..days {
            for author in [1, 2] {
                let at = start + chrono::Duration::days(day) + chrono::Duration::hours(author);
                store
                    .checkins
                    .push(CheckIn::sample(author as PartnerId, at, (day % 11) as u8));
            }
        }
        store
    }

    use crate::model::{Body, Role, Visibility};
    use crate::store::changes::Change;
    use crate::testing::t0;
    use proptest::test_runner::TestCaseError;

    /// A journal of two people: `n` entries, a check-in every other one.
    fn journal(n: i64) -> Store {
        let mut store = Store::default();
        let alex = store.add_partner("Alex", Role::Hurt, t0());
        let sam = store.add_partner("Sam", Role::Repairing, t0());
        for i in 0..n {
            let at = t0() + chrono::Duration::hours(i);
            let who = if i % 3 == 0 { sam } else { alex };
            let id = store.add_free_entry(who, &format!("Day {i}"), Visibility::Private, at);
            if i % 4 == 0 {
                // Written again later.
                for e in store.entries.iter_mut_where(|e| e.id == id) {
                    e.updated = at + chrono::Duration::minutes(30);
                }
            }
            if i % 2 == 0 {
                store
                    .checkins
                    .push(CheckIn::sample(who, at, (i % 11) as u8));
            }
        }
        store.generation = 5;
        store
    }

    /// `store` written as a backup in `folder`, with `log`'s lines beside
    /// it; the backup's path.
    fn backup(folder: &Path, store: &Store, log: &[Change]) -> PathBuf {
        let path = folder.join("store-2026-12-01T10-00-00.000.json");
        std::fs::write(&path, store::to_json(store).unwrap()).unwrap();
        let mut lines = String::new();
        for change in log {
            lines.push_str(&serde_json::to_string(change).unwrap());
            lines.push('\n');
        }
        if !log.is_empty() {
            std::fs::write(changes::path_for(&path), lines).unwrap();
        }
        path
    }

    /// Alex (partner 1) protected in `live`, with a made-up recipient (only
    /// it matters for finding their plain records).
    fn alex_protected(live: &Store) -> Protected {
        let mut store = live.clone();
        if let Some(p) = store.partner_mut(1) {
            p.protection = Some(crate::crypto::Protection {
                identity_sealed: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
                recipient: "age1example".into(),
                identity_recovery: None,
            });
        }
        Protected::of(&store)
    }

    /// `look_and_count` says what `look_at` and `count_in_store_file`
    /// say, each reading the file on its own; returns the count.
    fn read_once_as_twice(
        known: &Known,
        path: &Path,
        protected: &Protected,
    ) -> Result<Option<usize>, TestCaseError> {
        let (looked, counted) = look_and_count(known, path, protected);
        proptest::prop_assert_eq!(
            looked.map_err(|e| e.to_string()),
            look_at(known, path).map_err(|e| e.to_string())
        );
        let alone = crate::store::plain::count_in_store_file(path, protected).ok();
        proptest::prop_assert_eq!(counted, alone);
        Ok(counted)
    }

    /// What the whole read of the file at `path` says `look_at` should.
    fn whole_look(known: Option<&Known>, path: &Path) -> Result<Option<Look>, String> {
        match store::load_store_file(path) {
            Ok(Some(whole)) => Ok(Some(Look {
                entries: whole.entries.len(),
                missing: known.map_or((whole.entries.len(), whole.checkins.len()), |k| {
                    k.missing(&whole)
                }),
            })),
            Ok(None) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    /// A copy of `live` changed since as `since` says (entries deleted,
    /// rewritten, renumbered, written anew; check-ins added) and the lines
    /// of a log beside it as `log` says (removals, rewrites, new entries,
    /// check-ins added or all of them again, lines of other generations).
    fn changed(
        live: &Store,
        since: &[(u8, usize)],
        log: &[(u8, usize, u64)],
    ) -> (Store, Vec<Change>) {
        let mut copy = live.clone();
        let at = |k: usize| t0() + chrono::Duration::minutes(k as i64 * 7 + 1);
        for &(what, k) in since {
            let n = copy.entries.len().max(1);
            let id = copy.entries.get(k % n).map(|e| e.id);
            match (what, id) {
                (0, Some(id)) => copy.entries.retain(|e| e.id != id),
                (1, Some(id)) => {
                    for e in copy.entries.iter_mut_where(|e| e.id == id) {
                        e.body = Body::Text(format!("Rewritten {k}"));
                    }
                }
                (2, Some(id)) => {
                    let fresh = copy.fresh_id();
                    for e in copy.entries.iter_mut_where(|e| e.id == id) {
                        e.id = fresh;
                    }
                }
                (3, _) => {
                    copy.add_free_entry(1, &format!("Only here {k}"), Visibility::Shared, at(k));
                }
                _ => copy
                    .checkins
                    .push(CheckIn::sample(2, at(k), (k % 11) as u8)),
            }
        }
        let mut lines = Vec::new();
        for (seq, &(what, k, generation)) in log.iter().enumerate() {
            let mut change = Change {
                generation,
                seq: Some(seq as u64),
                ..Change::default()
            };
            let n = copy.entries.len().max(1);
            let some = copy.entries.get(k % n).cloned();
            match (what, some) {
                (0, Some(e)) => change.removed.push(e.id),
                (1, Some(mut e)) => {
                    e.body = Body::Text(format!("In the log {k}"));
                    change.entries.push(e);
                }
                (2, _) => {
                    let mut e = live.entries.get(k % 30).cloned().unwrap();
                    e.id = 1000 + k as u64;
                    change.entries.push(e);
                }
                (3, _) => change.checkins_added.push(CheckIn::sample(1, at(k), 3)),
                (4, _) => {
                    change.checkins = Some(copy.checkins.iter().skip(k % 5).cloned().collect());
                }
                (5, Some(e)) => {
                    // Removed, then written again.
                    change.removed.push(e.id);
                    change.entries.push(e);
                }
                _ => change.next_id = Some(5000),
            }
            lines.push(change);
        }
        (copy, lines)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

        /// A backup looked at entry by entry, never held whole, says what
        /// its whole read says: how many entries it holds, and how many
        /// entries and check-ins the journal lacks, whatever the journal
        /// changed since (entries deleted, rewritten, renumbered, written
        /// anew; check-ins added or rewritten) and whatever its log holds
        /// (removals, rewrites, new entries, check-ins added or all of them
        /// again, lines of an older snapshot, a line of a newer one); and
        /// the same when the journal itself could not be read.
        #[test]
        fn a_backup_looked_at_entry_by_entry_says_what_its_whole_read_says(
            since in proptest::collection::vec((0u8..5, 0usize..40), 0..16),
            log in proptest::collection::vec((0u8..7, 0usize..40, 3u64..7), 0..10),
            readable in proptest::prelude::any::<bool>(),
        ) {
            let live = journal(30);
            let (copy, lines) = changed(&live, &since, &log);
            let folder = tempfile::tempdir().unwrap();
            let path = backup(folder.path(), &copy, &lines);
            // The journal unread: nothing known, so everything lacked.
            let nothing = Store::default();
            let known = Known::of(if readable { &live } else { &nothing });
            let looked = look_at(&known, &path).map_err(|e| e.to_string());
            let whole = whole_look(readable.then_some(&known), &path);
            proptest::prop_assert_eq!(&looked, &whole);
            // Read once for the look and the count of Alex's plain records
            // (`doctor` with someone protected), as read twice.
            let counted = read_once_as_twice(&known, &path, &alex_protected(&live))?;
            proptest::prop_assert!(counted.is_some_and(|n| n > 0), "Alex's records are plain");
            // And what the journal lacks is what its definition says: not
            // under the same id (the same, or the same entry written
            // again), nor anywhere with the same content.
            if let (Some(_), Ok(Some(look)), Ok(Some(read))) =
                (readable.then_some(&known), &looked, store::load_store_file(&path))
            {
                let lacked = read
                    .entries
                    .iter()
                    .filter(|e| {
                        let by_id = live.entries.iter().find(|l| l.id == e.id);
                        !by_id.is_some_and(|l| l == *e || same_entry(l, e))
                            && !live.entries.iter().any(|l| content_key(l) == content_key(e))
                    })
                    .count();
                let checkins = read
                    .checkins
                    .iter()
                    .filter(|c| !live.checkins.iter().any(|l| l == *c))
                    .count();
                proptest::prop_assert_eq!(look.missing, (lacked, checkins));
            }
        }
    }

    /// Every file [`each_found`] names, read whole, in its order: how
    /// `doctor --recover` read them before it read them one at a time
    /// beside the journal, kept as what [`read_and_merge`] must equal.
    fn gather(dir: &DataDir) -> Vec<Source> {
        each_found(dir, true)
            .iter()
            .filter_map(Found::read)
            .collect()
    }

    /// Every source merged into one store, in order: the people of every
    /// source they may be taken from met first, then each added by a
    /// [`Merger`].
    fn merge(sources: &[Source], prefer: Prefer) -> (Store, Merged) {
        let live_whole = sources.iter().any(|s| s.kind == Kind::Live && s.whole);
        let mut merger = Merger::new(prefer, live_whole);
        for (i, source) in sources.iter().enumerate() {
            merger.meet(i, source);
        }
        for source in sources {
            merger.add(source);
        }
        merger.finish()
    }

    /// `store` written at `path` as a snapshot, `log`'s lines beside it.
    fn write_snapshot(path: &Path, store: &Store, log: &[Change]) {
        std::fs::write(path, store::to_json(store).unwrap()).unwrap();
        if !log.is_empty() {
            let mut lines = String::new();
            for change in log {
                lines.push_str(&serde_json::to_string(change).unwrap());
                lines.push('\n');
            }
            std::fs::write(changes::path_for(path), lines).unwrap();
        }
    }

    /// What `recover` tells of each file and merges, as text: equal for
    /// two ways of reading the same folder only if they merged the same.
    fn told_and_merged(told: &[Told], merged: &(Store, Merged)) -> (String, String, Merged) {
        (
            found(told, &merged.1),
            String::from_utf8(store::to_json(&merged.0).unwrap()).unwrap(),
            merged.1.clone(),
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

        /// `doctor --recover` reads the journal once and every other file
        /// after it entry by entry, an entry the journal holds word for
        /// word kept once: it tells of every file and merges what merging
        /// every file read whole tells and merges. Over one to three copies
        /// (backups, and a copy kept aside), each changed since in every
        /// way [`changed`] knows and with a log of every kind; the
        /// journal's own log; the journal damaged; someone who left, whose
        /// entries the copies still hold; a backup being restored.
        #[test]
        fn recovery_reading_copies_beside_the_journal_merges_what_reading_them_whole_merges(
            copies in proptest::collection::vec(
                (
                    proptest::collection::vec((0u8..5, 0usize..40), 0..12),
                    proptest::collection::vec((0u8..7, 0usize..40, 3u64..7), 0..8),
                ),
                1..4,
            ),
            live_log in proptest::collection::vec((0u8..6, 0usize..40), 0..6),
            damaged in proptest::prelude::any::<bool>(),
            someone_left in proptest::prelude::any::<bool>(),
            restore in proptest::prelude::any::<bool>(),
        ) {
            let before = journal(30);
            let mut live = before.clone();
            if someone_left {
                live.partners.retain(|p| p.id != 2);
            }
            let folder = tempfile::tempdir().unwrap();
            let dir = DataDir::at(folder.path().to_path_buf());
            let live_lines: Vec<(u8, usize, u64)> =
                live_log.iter().map(|&(what, k)| (what, k, live.generation)).collect();
            let (_, lines) = changed(&live, &[], &live_lines);
            write_snapshot(&dir.store_path(), &live, &lines);
            if damaged {
                let text = std::fs::read_to_string(dir.store_path()).unwrap();
                let mut broken: Vec<&str> = text.lines().collect();
                broken[9] = "    {\"id\": not a record,";
                std::fs::write(dir.store_path(), broken.join("\n")).unwrap();
            }
            std::fs::create_dir_all(dir.backup_dir()).unwrap();
            let mut paths = Vec::new();
            for (i, (since, log)) in copies.iter().enumerate() {
                let (copy, lines) = changed(&before, since, log);
                let path = if i == 2 {
                    dir.root().join("store.json.replaced-2026-12-03T10-00-00.000")
                } else {
                    dir.backup_dir().join(format!("store-2026-12-0{}T10-00-00.000.json", i + 1))
                };
                write_snapshot(&path, &copy, &lines);
                paths.push(path);
            }
            let first = restore.then(|| paths[0].clone());
            let prefer = if restore { Prefer::First } else { Prefer::Latest };
            let restored = || first.as_deref().and_then(|f| read_snapshot_and_log(f, Kind::Backup));

            // Every file read whole, then merged, as before.
            let mut sources: Vec<Source> = restored().into_iter().collect();
            sources.extend(gather(&dir).into_iter().filter(|s| Some(s.path.as_path()) != first.as_deref()));
            let whole: Vec<Told> = sources.iter().map(Told::of).collect();
            let want = told_and_merged(&whole, &merge(&sources, prefer));

            let live_read = dir.load_store();
            proptest::prop_assert_eq!(live_read.is_ok(), !damaged);
            let (told, merged) = read_and_merge(&dir, first.as_deref(), &live_read).unwrap();
            proptest::prop_assert_eq!(told_and_merged(&told, &merged), want);

            // Each copy read beside the journal is what its whole read is.
            let mut merger = Merger::new(prefer, !damaged);
            if let Some(journal) = sources.iter().find(|s| s.kind == Kind::Live) {
                merger.add(journal);
            }
            for found in each_found(&dir, false).iter().filter(|f| !f.log_alone) {
                let beside = read_beside(found, &merger).map(|s| (Told::of(&s), store::to_json(&s.store).unwrap()));
                let alone = found.read().map(|s| (Told::of(&s), store::to_json(&s.store).unwrap()));
                proptest::prop_assert_eq!(beside, alone);
            }
        }
    }

    /// A backup of the journal, read beside it for `doctor --recover`,
    /// holds the journal's own entries where they are the same, not
    /// copies: the journal and its backups are not each in memory.
    #[test]
    fn a_backup_read_beside_the_journal_shares_the_entries_it_holds_the_same() {
        let live = journal(40);
        let folder = tempfile::tempdir().unwrap();
        let dir = DataDir::at(folder.path().to_path_buf());
        write_snapshot(&dir.store_path(), &live, &[]);
        std::fs::create_dir_all(dir.backup_dir()).unwrap();
        let (copy, lines) = changed(&live, &[(1, 3), (3, 5)], &[(1, 7, live.generation)]);
        write_snapshot(
            &dir.backup_dir().join("store-2026-12-01T10-00-00.000.json"),
            &copy,
            &lines,
        );
        let journal = read_snapshot_and_log(&dir.store_path(), Kind::Live).unwrap();
        let mut merger = Merger::new(Prefer::Latest, true);
        merger.add(&journal);
        let found = each_found(&dir, false);
        let backup = found.iter().find(|f| f.kind == Kind::Backup).unwrap();
        let beside = read_beside(backup, &merger).unwrap();
        let shared = beside
            .store
            .entries
            .arcs()
            .iter()
            .filter(|e| {
                journal
                    .store
                    .entries
                    .arcs()
                    .iter()
                    .any(|j| Arc::ptr_eq(j, e))
            })
            .count();
        // Two entries rewritten (one since, one in its log), one new.
        assert_eq!(beside.store.entries.len(), 41);
        assert_eq!(shared, 38);
    }

    /// A journal whose check-ins are not in the order of their moments (a
    /// protected person's are sealed with one placeholder moment, among
    /// the others), and no copy holding more: `doctor --recover` says there
    /// is nothing to recover and leaves it as it is, byte for byte.
    #[test]
    fn a_whole_journal_with_check_ins_out_of_order_is_left_as_it_is() {
        let mut live = journal(12);
        let mut checkins: Vec<CheckIn> = live.checkins.iter().cloned().collect();
        checkins.reverse();
        checkins.push(CheckIn::sample(2, Timestamp::default(), 4));
        live.checkins = checkins.into();
        let folder = tempfile::tempdir().unwrap();
        let dir = DataDir::at(folder.path().to_path_buf());
        write_snapshot(&dir.store_path(), &live, &[]);
        std::fs::create_dir_all(dir.backup_dir()).unwrap();
        write_snapshot(
            &dir.backup_dir().join("store-2026-12-01T10-00-00.000.json"),
            &live,
            &[],
        );
        let before = std::fs::read(dir.store_path()).unwrap();
        let said = recover(&dir, None, t0().naive_local()).unwrap();
        assert!(
            said.contains(&crate::t!(
                "recover-nothing-to-do",
                path = dir.store_path().display().to_string()
            )),
            "{said}"
        );
        assert_eq!(std::fs::read(dir.store_path()).unwrap(), before);
    }

    /// A backup the journal's own read refuses, or must upgrade, is read
    /// whole to say so, as before: damaged, of an older version, with an id
    /// twice, or with a log that follows a newer snapshot.
    #[test]
    fn a_backup_the_journals_read_refuses_or_upgrades_is_told_as_it_tells() {
        let live = journal(12);
        let known = Known::of(&live);
        let folder = tempfile::tempdir().unwrap();
        let path = backup(folder.path(), &live, &[]);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut twice = live.clone();
        let first = twice.entries.iter().next().cloned().unwrap();
        twice.entries.push(first);
        let twice = String::from_utf8(store::to_json(&twice).unwrap()).unwrap();
        let older = {
            let mut old = serde_json::to_value(&live).unwrap();
            old["schema_version"] = serde_json::json!(2);
            serde_json::to_string(&old).unwrap()
        };
        let cut = text[..text.len() / 2].to_string();
        let protected = alex_protected(&live);
        for (what, bytes) in [("twice", twice), ("older", older), ("cut", cut)] {
            std::fs::write(&path, bytes).unwrap();
            assert_eq!(
                look_at(&known, &path).map_err(|e| e.to_string()),
                whole_look(Some(&known), &path),
                "{what}"
            );
            // Read once for both, as read twice; the older one's plain
            // records counted once, from its upgrade.
            let counted = read_once_as_twice(&known, &path, &protected)
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            let expected = match what {
                "cut" => None,
                "older" => {
                    Some(protected.count_exposed(&store::load_snapshot(&path).unwrap().unwrap()))
                }
                _ => counted,
            };
            assert_eq!(counted, expected, "{what}");
            assert!(
                counted != Some(0) || what == "cut",
                "{what}: nothing counted"
            );
        }
        assert!(look_at(&known, &path).is_err(), "a cut file is refused");
        std::fs::write(&path, &text).unwrap();
        let newer = Change {
            generation: live.generation + 1,
            seq: Some(0),
            ..Change::default()
        };
        backup(folder.path(), &live, &[newer]);
        assert!(look_at(&known, &path).is_err(), "older than its log");
        read_once_as_twice(&known, &path, &protected).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            look_at(&known, &folder.path().join("gone.json")).ok(),
            Some(None)
        );
        let gone = folder.path().join("gone.json");
        assert_eq!(
            read_once_as_twice(&known, &gone, &protected).unwrap_or_else(|e| panic!("{e}")),
            Some(0)
        );
    }

    #[test]
    fn check_ins_a_copy_holds_that_the_journal_lacks_are_counted_among_years_of_them() {
        // Twenty-seven years of check-ins: `doctor` compares each copy's
        // with the journal's. (How long that takes is `felt`'s `doctor` row,
        // a benchmark, not a timed test.)
        let live = years(10_000);
        let mut copy = live.clone();
        let changed = copy.checkins.get(500).cloned();
        if let Some(mut c) = changed {
            c.trust = Some(10);
            copy.checkins.push(c);
        }
        assert_eq!(Known::of(&live).missing(&copy), (0, 1));
        assert_eq!(Known::of(&copy).missing(&live), (0, 0));
    }
}
