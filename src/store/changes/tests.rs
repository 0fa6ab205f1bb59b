use chrono::DateTime;
use proptest::prelude::*;

use super::*;
use crate::model::{Body, CheckIn, EntryKind, Role, Timestamp, Visibility};
use crate::store::DataDir;

fn t(s: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn entry(id: EntryId, text: &str) -> Entry {
    Entry {
        id,
        author: 1,
        kind: EntryKind::Free { strategy: None },
        heading: format!("entry {id}").into(),
        body: Body::Text(text.into()),
        visibility: Visibility::Private,
        created: t("2026-03-01T09:00:00+01:00"),
        updated: t("2026-03-01T09:00:00+01:00"),
    }
}

fn checkin(trust: u8) -> CheckIn {
    CheckIn::sample(1, t("2026-03-01T21:00:00+01:00"), trust)
}

/// A store as read from disk: two people, three entries, one check-in.
fn on_disk() -> Store {
    let mut s = Store::default();
    s.add_partner("Alex", Role::Hurt, t("2026-03-01T08:00:00+01:00"));
    s.add_partner("Sam", Role::Repairing, t("2026-03-01T08:00:00+01:00"));
    for text in ["one", "two", "three"] {
        let id = s.fresh_id();
        s.entries.push(entry(id, text));
    }
    s.checkins.push(checkin(4));
    s.generation = 77;
    s
}

fn texts(s: &Store) -> Vec<String> {
    s.entries
        .iter()
        .map(|e| e.body.text().unwrap_or_default().to_string())
        .collect()
}

/// `diff` then `apply`, through the line that would be written.
fn replayed(old: &Store, new: &Store) -> Store {
    let change = diff(old, new).expect("a change can carry this");
    let line = change.to_line().unwrap();
    let text = String::from_utf8(line).unwrap();
    let mut out = old.clone();
    for c in parse(Path::new("log"), &text, old.generation).unwrap() {
        apply(&mut out, c);
    }
    out
}

#[test]
fn a_new_entry_is_a_line_holding_that_entry_alone() {
    let old = on_disk();
    let mut new = old.clone();
    let id = new.fresh_id();
    new.entries.push(entry(id, "four"));
    let change = diff(&old, &new).unwrap();
    assert_eq!(change.generation, 77);
    assert_eq!(change.entries, vec![entry(id, "four")]);
    assert!(change.partners.is_none() && change.checkins.is_none());
    assert!(change.removed.is_empty() && change.checkins_added.is_empty());
    assert_eq!(change.next_id, Some(new.next_id));
    let line = change.to_line().unwrap();
    assert!(line.len() < 400, "{} bytes", line.len());
    assert_eq!(replayed(&old, &new), new);
}

#[test]
fn nothing_changed_is_an_empty_change() {
    let old = on_disk();
    let change = diff(&old, &old.clone()).unwrap();
    assert!(change.is_empty(), "{change:?}");
}

#[test]
fn edits_and_deletions_keep_every_entry_in_its_place() {
    let old = on_disk();
    let mut new = old.clone();
    new.entries[1].body = Body::Text("two, edited".into());
    new.entries.retain(|e| e.id != 1);
    let id = new.fresh_id();
    new.entries.push(entry(id, "four"));
    new.checkins.push(checkin(6));
    new.partners[1].name = "Samira".into();
    let change = diff(&old, &new).unwrap();
    assert_eq!(change.removed, vec![1]);
    assert_eq!(change.entries.len(), 2, "the edited one and the new one");
    assert_eq!(change.checkins_added, vec![checkin(6)]);
    assert!(change.partners.is_some());
    let back = replayed(&old, &new);
    assert_eq!(texts(&back), ["two, edited", "three", "four"]);
    assert_eq!(back, new);
}

#[test]
fn a_reordered_journal_or_another_format_is_written_whole() {
    let old = on_disk();
    let mut reordered = old.clone();
    reordered.entries = old.entries.iter().rev().cloned().collect();
    assert_eq!(diff(&old, &reordered), None);
    let mut newer = old.clone();
    newer
        .unknown
        .insert("from_the_future".into(), serde_json::json!(1));
    assert_eq!(diff(&old, &newer), None);
}

#[test]
fn a_changed_check_in_replaces_them_all() {
    let old = on_disk();
    let mut new = old.clone();
    new.checkins[0].trust = Some(9);
    let change = diff(&old, &new).unwrap();
    assert_eq!(change.checkins, Some(new.checkins.to_vec()));
    assert_eq!(replayed(&old, &new), new);
}

#[test]
fn lines_of_another_generation_and_a_torn_last_line_are_skipped() {
    let one = Change {
        generation: 5,
        next_id: Some(10),
        ..Change::default()
    };
    let stale = Change {
        generation: 4,
        next_id: Some(99),
        ..Change::default()
    };
    let line = |c: &Change| String::from_utf8(c.to_line().unwrap()).unwrap();
    let whole = line(&one);
    let text = format!("{}{}{}", line(&stale), whole, &whole[..whole.len() / 2]);
    let read = parse(Path::new("log"), &text, 5).unwrap();
    assert_eq!(read, vec![one.clone()]);
    // A last line that is whole but lost its newline still counts.
    let text = format!("{}{}", whole, whole.trim_end());
    assert_eq!(parse(Path::new("log"), &text, 5).unwrap().len(), 2);
}

#[test]
fn damage_before_the_last_line_is_refused_with_its_line_number() {
    let line = String::from_utf8(
        Change {
            generation: 5,
            ..Change::default()
        }
        .to_line()
        .unwrap(),
    )
    .unwrap();
    let text = format!("{line}{{\"generation\": 5, \"removed\": [oops]}}\n{line}");
    let err = parse(Path::new("/data/store.changes.jsonl"), &text, 5).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("/data/store.changes.jsonl"), "{msg}");
    assert!(msg.contains("line 2"), "{msg}");
    assert!(msg.contains("has not changed it"), "{msg}");
}

#[test]
fn the_log_of_a_store_file_sits_beside_it() {
    assert_eq!(
        path_for(Path::new("/d/store.json")),
        Path::new("/d/store.changes.jsonl")
    );
    assert_eq!(
        path_for(Path::new("/d/backups/store-2026-01-01T00-00-00.000.json")),
        Path::new("/d/backups/store-2026-01-01T00-00-00.000.changes.jsonl")
    );
}

#[test]
fn a_store_reads_as_its_snapshot_with_its_log_applied() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let mut old = on_disk();
    dir.save_store(&mut old).unwrap();
    let snapshot = std::fs::read(dir.store_path()).unwrap();
    let mut new = old.clone();
    let id = new.fresh_id();
    new.entries.push(entry(id, "four"));
    let grew = dir.append_change(&diff(&old, &new).unwrap(), &new).unwrap();
    assert_eq!(
        std::fs::read(dir.store_path()).unwrap(),
        snapshot,
        "untouched"
    );
    assert_eq!(std::fs::metadata(dir.changes_path()).unwrap().len(), grew);
    assert_eq!(dir.load_store().unwrap(), Some(new.clone()));
    assert!(dir.changes_end_cleanly());

    // Written whole again: the log is gone, and the copy replaced (snapshot
    // and log together) is a backup that reads as the store it was.
    let mut newest = new.clone();
    newest.entries.retain(|e| e.id != 1);
    dir.save_store(&mut newest).unwrap();
    assert!(!dir.changes_path().exists());
    assert_eq!(dir.load_store().unwrap(), Some(newest));
    let backups = dir.backups().unwrap();
    let latest = crate::store::load_store_file(&backups[0].path).unwrap();
    assert_eq!(latest, Some(new));
}

#[test]
fn a_log_cut_short_by_a_crash_is_read_up_to_its_last_whole_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let mut old = on_disk();
    dir.save_store(&mut old).unwrap();
    let mut new = old.clone();
    new.next_id += 5;
    dir.append_change(&diff(&old, &new).unwrap(), &new).unwrap();
    let mut newer = new.clone();
    newer.next_id += 5;
    let line = diff(&new, &newer).unwrap().to_line().unwrap();
    let mut log = std::fs::read(dir.changes_path()).unwrap();
    log.extend_from_slice(&line[..line.len() - 3]);
    std::fs::write(dir.changes_path(), &log).unwrap();
    assert_eq!(dir.load_store().unwrap(), Some(new));
    assert!(!dir.changes_end_cleanly(), "no line may follow a torn one");
}

fn with_entries(ids: &[EntryId]) -> Store {
    let mut s = on_disk();
    s.entries = ids
        .iter()
        .map(|&id| entry(id, "words"))
        .collect::<Vec<_>>()
        .into();
    s.next_id = 100;
    s
}

#[test]
fn entries_out_of_id_order_are_still_told_exactly() {
    // Not how trustmend keeps them, but a store may come this way.
    let old = with_entries(&[7, 3, 5]);
    let mut new = old.clone();
    new.entries.retain(|e| e.id != 3);
    if let Some(e) = new.entry_mut(5) {
        e.body = Body::Text("changed".into());
    }
    new.entries.push(entry(4, "older id, written last"));
    assert_eq!(replayed(&old, &new), new);
}

#[test]
fn a_new_entry_with_an_older_id_at_the_end_is_told_exactly() {
    let old = with_entries(&[1, 3, 5]);
    let mut new = old.clone();
    new.entries.retain(|e| e.id != 3);
    new.entries
        .push(entry(2, "an id never used before, written last"));
    assert_eq!(replayed(&old, &new), new);
}

#[test]
fn an_id_twice_or_an_entry_moved_means_writing_the_journal_whole() {
    let old = with_entries(&[1, 2, 3]);
    let mut twice = old.clone();
    twice.entries.push(entry(3, "again"));
    assert!(diff(&old, &twice).is_none(), "an id twice cannot be a line");
    let moved = with_entries(&[2, 1, 3]);
    assert!(
        diff(&old, &moved).is_none(),
        "a moved entry cannot be a line"
    );
    let mut put_back = old.clone();
    put_back.entries.retain(|e| e.id != 2);
    put_back.entries.push(entry(2, "put back at the end"));
    assert!(
        diff(&old, &put_back).is_none(),
        "nor one put back elsewhere"
    );
    // An id twice on disk: what is kept cannot be told apart.
    let doubled = with_entries(&[1, 1, 2]);
    let single = with_entries(&[1, 2]);
    assert!(diff(&doubled, &single).is_none());
}

/// One thing a person can do to a store, for the property below.
#[derive(Debug, Clone)]
enum Edit {
    Write(String),
    Rewrite(usize, String),
    Delete(usize),
    Share(usize),
    CheckIn(u8),
    Rename(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        "[a-z \n\"\\\\]{0,40}".prop_map(Edit::Write),
        (0usize..8, "[a-z ]{0,20}").prop_map(|(i, s)| Edit::Rewrite(i, s)),
        (0usize..8).prop_map(Edit::Delete),
        (0usize..8).prop_map(Edit::Share),
        (0u8..=10).prop_map(Edit::CheckIn),
        "[A-Za-z]{1,8}".prop_map(Edit::Rename),
    ]
}

fn carry_out(s: &mut Store, e: &Edit) {
    let n = s.entries.len().max(1);
    match e {
        Edit::Write(text) => {
            let id = s.fresh_id();
            s.entries.push(entry(id, text));
        }
        Edit::Rewrite(i, text) => {
            if let Some(id) = s.entries.get(i % n).map(|e| e.id)
                && let Some(e) = s.entry_mut(id)
            {
                e.body = Body::Text(text.clone());
            }
        }
        Edit::Delete(i) => {
            if let Some(id) = s.entries.get(i % n).map(|e| e.id) {
                s.entries.retain(|e| e.id != id);
            }
        }
        Edit::Share(i) => {
            if let Some(id) = s.entries.get(i % n).map(|e| e.id)
                && let Some(e) = s.entry_mut(id)
            {
                e.visibility = Visibility::Shared;
            }
        }
        Edit::CheckIn(trust) => s.checkins.push(checkin(*trust)),
        Edit::Rename(name) => s.partners[0].name = name.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever is done between two saves, reading the snapshot and the
    /// lines appended gives exactly the store as it was in memory.
    #[test]
    fn snapshot_plus_log_is_always_the_store_in_memory(
        saves in prop::collection::vec(prop::collection::vec(edit(), 0..5), 1..8)
    ) {
        let mut disk = on_disk();
        let mut log = String::new();
        let mut memory = disk.clone();
        for edits in &saves {
            for e in edits {
                carry_out(&mut memory, e);
            }
            let change = diff(&disk, &memory).expect("edits in place are a change");
            log.push_str(&String::from_utf8(change.to_line().unwrap()).unwrap());
            disk = memory.clone();
        }
        let mut read = on_disk();
        for c in parse(Path::new("log"), &log, read.generation).unwrap() {
            apply(&mut read, c);
        }
        prop_assert_eq!(read, memory);
    }
}
