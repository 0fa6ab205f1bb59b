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
