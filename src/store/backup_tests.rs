use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::*;
use crate::model::Store;
use crate::store::to_json;

fn at(day: u32, hour: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_milli_opt(hour, min, 0, 0)
        .unwrap()
}

fn fake(taken: NaiveDateTime, bytes: u64) -> Backup {
    let name = name_for(taken);
    Backup {
        path: PathBuf::from(&name),
        name,
        taken,
        bytes,
    }
}

fn names(paths: &[PathBuf]) -> Vec<String> {
    let mut v: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    v.sort();
    v
}

#[test]
fn names_carry_their_time_and_sort_by_it() {
    let t = at(25, 10, 17);
    assert_eq!(name_for(t), "store-2026-11-25T10-17-00.000.json");
    assert_eq!(parse_name(&name_for(t)), Some(t));
    assert_eq!(parse_name("store-2026-11-25T10-17-00.000-2.json"), Some(t));
    assert_eq!(parse_name("store.json"), None);
    assert_eq!(parse_name("store-yesterday.json"), None);
    assert!(name_for(at(9, 23, 59)) < name_for(at(10, 0, 0)));
}

#[test]
fn the_last_saves_and_one_per_day_for_a_week_are_kept() {
    let policy = Policy {
        recent: 3,
        daily_days: 7,
        max_bytes: u64::MAX,
    };
    // Five saves today, two on each of the ten days before.
    let mut all: Vec<Backup> = (0..5).map(|m| fake(at(25, 9, m), 10)).collect();
    for back in 1..=10 {
        let day = at(25, 0, 0) - Duration::days(back);
        all.push(fake(day + Duration::hours(8), 10));
        all.push(fake(day + Duration::hours(20), 10));
    }
    let delete = plan_prune(&all, at(25, 0, 0).date(), policy);
    let kept: Vec<&Backup> = all.iter().filter(|b| !delete.contains(&b.path)).collect();
    let kept_names: Vec<String> = kept.iter().map(|b| b.name.clone()).collect();
    // The three newest of today, and the evening copy of days 1..=6 back.
    assert_eq!(kept.len(), 3 + 6, "{kept_names:#?}");
    for m in 2..5 {
        assert!(kept_names.contains(&name_for(at(25, 9, m))));
    }
    for back in 1..=6 {
        let evening = at(25, 20, 0) - Duration::days(back);
        assert!(kept_names.contains(&name_for(evening)), "{back}");
    }
    assert!(!kept_names.contains(&name_for(at(25, 20, 0) - Duration::days(7))));
}

#[test]
fn the_total_size_is_bounded_but_the_newest_always_stays() {
    let policy = Policy {
        recent: 10,
        daily_days: 7,
        max_bytes: 25,
    };
    let all: Vec<Backup> = (0..5).map(|m| fake(at(25, 9, m), 10)).collect();
    let delete = plan_prune(&all, at(25, 0, 0).date(), policy);
    assert_eq!(
        names(&delete),
        names(&[
            all[0].path.clone(),
            all[1].path.clone(),
            all[2].path.clone()
        ])
    );
    let huge = [fake(at(25, 9, 0), 1000)];
    assert!(plan_prune(&huge, at(25, 0, 0).date(), policy).is_empty());
}

fn temp() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    dir.ensure().unwrap();
    (tmp, dir)
}

fn store_with(next_id: u64) -> Vec<u8> {
    to_json(&Store {
        next_id,
        ..Store::default()
    })
    .unwrap()
}

#[test]
fn each_save_keeps_the_copy_it_replaces() {
    let (_tmp, dir) = temp();
    dir.write_store_bytes(&store_with(1)).unwrap();
    assert!(dir.backups().unwrap().is_empty(), "nothing to keep yet");
    dir.write_store_bytes(&store_with(2)).unwrap();
    dir.write_store_bytes(&store_with(3)).unwrap();
    let backups = dir.backups().unwrap();
    assert_eq!(backups.len(), 2);
    // Newest first: the copy replaced by the last save.
    assert_eq!(std::fs::read(&backups[0].path).unwrap(), store_with(2));
    assert_eq!(std::fs::read(&backups[1].path).unwrap(), store_with(1));
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), store_with(3));
}

#[test]
fn saving_the_same_bytes_again_keeps_no_backup() {
    let (_tmp, dir) = temp();
    dir.write_store_bytes(&store_with(1)).unwrap();
    dir.write_store_bytes(&store_with(1)).unwrap();
    assert!(dir.backups().unwrap().is_empty());
    dir.write_store_bytes(&store_with(2)).unwrap();
    assert_eq!(dir.backups().unwrap().len(), 1);
}

#[test]
fn many_saves_in_one_go_stay_within_the_policy() {
    let (_tmp, dir) = temp();
    dir.write_store_bytes(&store_with(0)).unwrap();
    let policy = Policy {
        recent: 4,
        daily_days: 7,
        max_bytes: u64::MAX,
    };
    let t = at(25, 9, 0);
    for i in 1..=10u64 {
        // The same millisecond every time: names must still be unique.
        dir.back_up_store(t, policy, Some(&store_with(i))).unwrap();
        dir.sink_write(&dir.store_path(), &store_with(i)).unwrap();
    }
    let backups = dir.backups().unwrap();
    assert_eq!(backups.len(), 4);
    let mut held: Vec<Vec<u8>> = backups
        .iter()
        .map(|b| std::fs::read(&b.path).unwrap())
        .collect();
    held.sort();
    let mut expected: Vec<Vec<u8>> = (6..=9).map(store_with).collect();
    expected.sort();
    assert_eq!(held, expected);
}

#[cfg(unix)]
#[test]
fn backups_are_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_tmp, dir) = temp();
    std::fs::write(dir.store_path(), store_with(1)).unwrap();
    std::fs::set_permissions(dir.store_path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    dir.write_store_bytes(&store_with(2)).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.backup_dir()), 0o700);
    let backups = dir.backups().unwrap();
    assert_eq!(mode(&backups[0].path), 0o600);
    assert_eq!(std::fs::read(&backups[0].path).unwrap(), store_with(1));
}

#[test]
fn a_backup_that_cannot_be_made_does_not_stop_the_save() {
    let (_tmp, dir) = temp();
    dir.write_store_bytes(&store_with(1)).unwrap();
    // A file where the backups folder should be.
    std::fs::write(dir.backup_dir(), b"in the way").unwrap();
    dir.write_store_bytes(&store_with(2)).unwrap();
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), store_with(2));
    assert_eq!(std::fs::read(dir.backup_dir()).unwrap(), b"in the way");
}
