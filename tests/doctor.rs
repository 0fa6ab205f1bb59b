//! `trustmend doctor`: the check-up lists backups, and `--restore` puts one
//! back while keeping the file it replaces.

mod common;

use common::{run_cli, stderr, stdout};
use trustmend::model::Store;
use trustmend::store::{DataDir, to_json};

fn store_with(next_id: u64) -> Vec<u8> {
    to_json(&Store {
        next_id,
        ..Store::default()
    })
    .unwrap()
}

#[test]
fn doctor_lists_backups_and_restores_one_keeping_the_damaged_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    dir.write_store_bytes(&store_with(1)).unwrap();
    dir.write_store_bytes(&store_with(2)).unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(
        text.contains("store.json: 0 entries by no one yet"),
        "{text}"
    );
    assert!(text.contains("backups in "), "{text}");
    assert!(text.contains("not open in any trustmend"), "{text}");
    let backup = dir.backups().unwrap()[0].name.clone();
    assert!(text.contains(&backup), "{text}");

    // The store gets damaged; doctor says so and fails.
    let damaged = b"{\"schema_version\": 1, \"partn".to_vec();
    std::fs::write(dir.store_path(), &damaged).unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(!out.status.success());
    assert!(
        stdout(&out).contains("store.json is cut short"),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).contains("1 problem found"), "{}", stderr(&out));

    let out = run_cli(dir.root(), &["doctor", "--restore", &backup]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("The file it replaced is kept as"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), store_with(1));
    let aside: Vec<_> = std::fs::read_dir(dir.root())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("store.json.replaced-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(aside[0].path()).unwrap(), damaged);
}

#[test]
fn a_damaged_or_missing_backup_is_not_restored() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    dir.write_store_bytes(&store_with(5)).unwrap();
    std::fs::create_dir_all(dir.backup_dir()).unwrap();
    let bad = dir.backup_dir().join("store-2026-01-01T00-00-00.000.json");
    std::fs::write(&bad, b"").unwrap();
    for (name, words) in [
        ("store-2026-01-01T00-00-00.000.json", "cannot be restored"),
        (
            "store-1999-01-01T00-00-00.000.json",
            "there is no backup file",
        ),
    ] {
        let out = run_cli(dir.root(), &["doctor", "--restore", name]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains(words), "{}", stderr(&out));
        assert_eq!(std::fs::read(dir.store_path()).unwrap(), store_with(5));
    }
}

#[test]
fn restore_waits_for_the_workbook_to_be_closed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    dir.write_store_bytes(&store_with(1)).unwrap();
    dir.write_store_bytes(&store_with(2)).unwrap();
    let backup = dir.backups().unwrap()[0].name.clone();
    let _held = dir.lock().unwrap();
    let out = run_cli(dir.root(), &["doctor", "--restore", &backup]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("The workbook is open in another trustmend"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), store_with(2));
}

/// A backup taken when the journal was written whole holds the change log
/// it had: restored, the saves in that log are there, and the log that was
/// current is kept aside, not lost.
#[test]
fn a_backup_is_restored_with_its_change_log_and_the_current_log_is_kept() {
    use trustmend::model::{Body, Entry, EntryKind, Role, Visibility};
    use trustmend::store::changes;
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, now);
    dir.save_store(&mut store).unwrap();
    let with_entry = |from: &Store, words: &str| {
        let mut next = from.clone();
        let id = next.fresh_id();
        next.entries.push(Entry {
            id,
            author: alex,
            kind: EntryKind::Free { strategy: None },
            heading: String::new(),
            body: Body::Text(words.into()),
            visibility: Visibility::Private,
            created: now,
            updated: now,
        });
        next
    };
    let logged = with_entry(&store, "saved in the log");
    dir.append_change(&changes::diff(&store, &logged).unwrap(), &logged)
        .unwrap();
    // Written whole: the snapshot and its log become a backup.
    let mut rewritten = with_entry(&logged, "after the rewrite");
    dir.save_store(&mut rewritten).unwrap();
    let later = with_entry(&rewritten, "in the newest log");
    dir.append_change(&changes::diff(&rewritten, &later).unwrap(), &later)
        .unwrap();

    let backup = dir.backups().unwrap()[0].name.clone();
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(
        stdout(&out).contains(&format!("{backup}  saved")),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("1 entry"), "{}", stdout(&out));
    let out = run_cli(dir.root(), &["doctor", "--restore", &backup]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Its later saves are kept as"),
        "{}",
        stdout(&out)
    );
    let restored = dir.load_store().unwrap().unwrap();
    let words: Vec<_> = restored
        .entries
        .iter()
        .filter_map(|e| e.body.text())
        .collect();
    assert_eq!(words, ["saved in the log"]);
    let kept: Vec<String> = std::fs::read_dir(dir.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("store.changes.jsonl.replaced-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let aside = std::fs::read_to_string(dir.root().join(&kept[0])).unwrap();
    assert!(aside.contains("in the newest log"));
}
