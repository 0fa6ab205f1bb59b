//! `trustmend doctor`: the check-up lists backups, and `--restore` puts one
//! back while keeping the file it replaces.

use crate::common;

use common::{run_cli, said, stderr, stdout};
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
        stdout(&out).contains("is kept as it was in"),
        "{}",
        stdout(&out)
    );
    let restored = dir.load_store().unwrap().unwrap();
    assert!(restored.entries.is_empty() && restored.next_id >= 1);
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
        (
            "store-2026-01-01T00-00-00.000.json",
            "cannot be read as a trustmend journal",
        ),
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
            heading: Default::default(),
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
    // The backup's words, and every later one the journal and its log held:
    // restoring never leaves the log's words out.
    let restored = dir.load_store().unwrap().unwrap();
    let words: Vec<_> = restored
        .entries
        .iter()
        .filter_map(|e| e.body.text())
        .collect();
    assert_eq!(
        words,
        ["saved in the log", "after the rewrite", "in the newest log"]
    );
    assert!(run_cli(dir.root(), &["doctor"]).status.success());
}

fn fixture_store(dir: &DataDir) -> Store {
    let fixture = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.json"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.root()).unwrap();
    std::fs::write(dir.store_path(), fixture).unwrap();
    dir.load_store().unwrap().unwrap()
}

fn with_entry(store: &Store, text: &str) -> Store {
    let mut next = store.clone();
    let mut entry = next.entries.last().unwrap().clone();
    entry.id = next.fresh_id();
    entry.body = trustmend::model::Body::Text(text.into());
    next.entries.push(entry);
    next
}

fn names_in(dir: &std::path::Path, starting: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(starting))
        .map(|e| e.path())
        .collect()
}

#[test]
fn a_change_log_without_its_store_is_named_never_deleted_and_rebuilt() {
    use trustmend::store::saver::Saver;
    for dangling in [false, true] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::at(tmp.path().join("data"));
        let s0 = fixture_store(&dir);
        let mut saver = Saver::new(dir.clone());
        saver.start_from(s0.clone());
        let s1 = with_entry(&s0, "first of the new ones");
        saver.save(s1.clone()).unwrap();
        // A day later: the first save appends, then writes the store whole.
        let yesterday = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
        std::fs::File::options()
            .write(true)
            .open(dir.store_path())
            .unwrap()
            .set_modified(yesterday)
            .unwrap();
        let mut saver = Saver::new(dir.clone());
        saver.start_from(dir.load_store().unwrap().unwrap());
        let s2 = with_entry(&s1, "second of the new ones");
        saver.save(s2.clone()).unwrap();
        let s3 = with_entry(&s2, "only in the log");
        saver.save(s3.clone()).unwrap();
        drop(saver);
        let log = std::fs::read(dir.changes_path()).unwrap();

        // store.json goes (moved aside as damaged, or a link to nowhere).
        std::fs::rename(dir.store_path(), dir.root().join("store.json.damaged")).unwrap();
        if dangling {
            std::os::unix::fs::symlink(tmp.path().join("nowhere.json"), dir.store_path()).unwrap();
        }
        for args in [&["status"][..], &["walk"]] {
            let out = run_cli(dir.root(), args);
            assert!(
                !out.status.success(),
                "{args:?} must not start over the log"
            );
            let err = stderr(&out);
            assert!(err.contains("store.changes.jsonl"), "{err}");
            assert!(err.contains("doctor --recover"), "{err}");
            assert_eq!(std::fs::read(dir.changes_path()).unwrap(), log, "{args:?}");
        }
        let out = run_cli(dir.root(), &["doctor"]);
        let text = stdout(&out);
        assert!(!out.status.success(), "{text}");
        assert!(text.contains("store.changes.jsonl"), "{text}");
        assert!(text.contains("(1 entry)"), "{text}");
        assert!(!text.contains("none yet"), "{text}");

        let out = run_cli(dir.root(), &["doctor", "--rebuild"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let said = stdout(&out);
        assert!(said.contains("Recovered"), "{said}");
        let rebuilt = dir.load_store().unwrap().unwrap();
        assert_eq!(rebuilt.partners, s3.partners);
        assert_eq!(rebuilt.entries, s3.entries, "dangling: {dangling}");
        let kept = names_in(dir.root(), "store.changes.jsonl.replaced-");
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(std::fs::read(&kept[0]).unwrap(), log);
        if dangling {
            let link = names_in(dir.root(), "store.json.replaced-");
            assert_eq!(link.len(), 1);
            assert!(link[0].is_symlink());
        }
        let out = run_cli(dir.root(), &["doctor"]);
        assert!(out.status.success(), "{}", stdout(&out));
    }
}

#[test]
fn duplicate_entry_ids_are_reported_and_repaired_into_a_new_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    let store = fixture_store(&dir);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.store_path()).unwrap()).unwrap();
    let first = doc["entries"][0]["id"].clone();
    doc["entries"][1]["id"] = first.clone();
    let bytes = serde_json::to_vec_pretty(&doc).unwrap();
    std::fs::write(dir.store_path(), &bytes).unwrap();

    let err = dir.load_store().unwrap_err().to_string();
    assert!(
        err.contains(&dir.store_path().display().to_string()),
        "{err}"
    );
    assert!(err.contains(&format!("id {first}")), "{err}");
    assert!(err.contains("doctor --recover"), "{err}");
    assert_eq!(
        std::fs::read(dir.store_path()).unwrap(),
        bytes,
        "left untouched"
    );
    let out = run_cli(dir.root(), &["status"]);
    assert!(!out.status.success());
    assert_eq!(
        std::fs::read(dir.store_path()).unwrap(),
        bytes,
        "left untouched"
    );
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(!out.status.success());
    assert!(stdout(&out).contains("same id"), "{}", stdout(&out));

    let out = run_cli(dir.root(), &["doctor", "--repair"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("1 entry that shared an id with another got a new id"),
        "{}",
        stdout(&out)
    );
    let repaired = dir.load_store().unwrap().unwrap();
    assert_eq!(repaired.entries.len(), store.entries.len());
    let mut texts: Vec<_> = repaired
        .entries
        .iter()
        .map(|e| serde_json::to_string(&e.body).unwrap())
        .collect();
    let mut before: Vec<_> = store
        .entries
        .iter()
        .map(|e| serde_json::to_string(&e.body).unwrap())
        .collect();
    texts.sort();
    before.sort();
    assert_eq!(texts, before, "every entry's words are kept");
    // The file replaced is kept in backups/, byte for byte.
    let kept = dir.backups().unwrap();
    assert!(
        kept.iter()
            .any(|b| std::fs::read(&b.path).unwrap() == bytes),
        "{kept:?}"
    );
    assert!(run_cli(dir.root(), &["doctor"]).status.success());
}

#[test]
fn doctor_names_plain_private_words_of_a_protected_partner_anywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    let mut store = fixture_store(&dir);
    let private = store
        .entries
        .iter()
        .find(|e| e.visibility == trustmend::model::Visibility::Private)
        .unwrap()
        .author;
    store.partner_mut(private).unwrap().protection = Some(trustmend::crypto::Protection {
        identity_sealed: "sealed".into(),
        recipient: "age1notchecked".into(),
        identity_recovery: None,
    });
    dir.save_store(&mut store).unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    let text = said(&out);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("in plain text, readable without the passphrase"),
        "{text}"
    );
    // A second whole write keeps the first in backups/: named there too.
    dir.save_store(&mut store).unwrap();
    let text = stdout(&run_cli(dir.root(), &["doctor"]));
    assert!(
        text.contains("holding a protected partner's private words"),
        "{text}"
    );
}

/// Issue 25, item 8: each message says what is true of the file it is
/// about and what to do next, and doctor is not "ok" while every command
/// refuses.
#[test]
fn messages_about_the_disk_point_the_right_way() {
    let tmp = tempfile::tempdir().unwrap();
    // The data folder is a file: not a matter of permissions.
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    for args in [&["status"][..], &["doctor"], &["partner", "list"]] {
        let out = run_cli(&file, args);
        let said = format!("{}{}", stdout(&out), stderr(&out));
        assert!(!out.status.success(), "{args:?}");
        assert!(!said.contains("permissions"), "{args:?}: {said}");
        assert!(said.contains("folder"), "{args:?}: {said}");
    }
    // Restoring something that is no journal: nothing to move aside.
    let dir = DataDir::at(tmp.path().join("data"));
    dir.ensure().unwrap();
    dir.write_store_bytes(&store_with(3)).unwrap();
    let out = run_cli(dir.root(), &["doctor", "--restore", "/etc/passwd"]);
    assert!(!out.status.success());
    assert!(!stderr(&out).contains("Move it aside"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was changed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), store_with(3));
    // Settings: not UTF-8 names the byte; a --config file that is not there
    // is an error, not the defaults.
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, b"theme = \"\xff\"\n").unwrap();
    let out = run_cli(
        dir.root(),
        &["--config", config.to_str().unwrap(), "config", "show"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("byte 10"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("permissions"), "{}", stderr(&out));
    let out = run_cli(
        dir.root(),
        &["--config", "/nonexistent/config.toml", "status"],
    );
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    // Doctor is not ok while every save would refuse.
    assert!(run_cli(dir.root(), &["doctor"]).status.success());
    std::fs::write(dir.leaving_path(), b"{ damaged").unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("leaving.json"), "{}", stdout(&out));
    std::fs::remove_file(dir.leaving_path()).unwrap();
    let _ = std::fs::remove_file(dir.lock_path());
    std::fs::create_dir(dir.lock_path()).unwrap();
    let out = run_cli(dir.root(), &["doctor"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("trustmend.lock"), "{}", stdout(&out));
}

/// Issue 22, item 3: a copy of the journal kept aside from before Alex
/// protected holds an entry of theirs in plain. `doctor` names it as a
/// problem; `doctor --recover` brings the entry into the journal sealed,
/// never writing it plain into `store.json`.
#[test]
fn a_copy_kept_aside_with_a_protected_persons_words_in_plain_is_named_and_recovered_sealed() {
    use trustmend::model::{Body, Entry, EntryKind, Role, Visibility};
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, at);
    let entry = |id, words: &str| Entry {
        id,
        author: alex,
        kind: EntryKind::Free { strategy: None },
        heading: Default::default(),
        body: Body::Text(words.into()),
        visibility: Visibility::Private,
        created: at,
        updated: at,
    };
    let id = store.fresh_id();
    store.entries.push(entry(id, "plumaside words kept aside"));
    // The copy kept aside, plain, from before protecting.
    std::fs::write(
        tmp.path().join("store.json.replaced-2026-03-01T09-30-00"),
        to_json(&store).unwrap(),
    )
    .unwrap();
    // The journal now: that entry gone from it (lost), another written, and
    // Alex protected.
    store.entries.retain(|_| false);
    let id = store.fresh_id();
    store.entries.push(entry(id, "plumlive words"));
    trustmend::vault::protect_partner(&mut store, alex, "quiet harbour at dawn").unwrap();
    let mut sealed = trustmend::vault::Sealer::default()
        .store_for_disk(&store)
        .unwrap()
        .into_owned();
    dir.save_store(&mut sealed).unwrap();

    let out = run_cli(dir.root(), &["doctor"]);
    let text = said(&out);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains(
            "store.json.replaced-2026-03-01T09-30-00: 2 records of a protected partner in plain"
        ),
        "{text}"
    );

    let out = run_cli(dir.root(), &["doctor", "--recover"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let journal = common::journal_on_disk(dir.root());
    assert!(!journal.contains("plumaside"), "written plain: {journal}");
    let back = dir.load_store().unwrap().unwrap();
    assert_eq!(back.entries.len(), 2, "the entry kept aside is back");
    assert!(back.entries.iter().all(trustmend::vault::is_sealed_entry));
}
