use std::io;
use std::sync::Arc;

use chrono::DateTime;

use super::*;
use crate::model::{Body, Entry, EntryKind, Role, Timestamp, Visibility};

fn t(s: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn sample() -> Store {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t("2026-01-01T10:00:00+01:00"));
    store.add_partner("Sam", Role::Repairing, t("2026-01-01T10:05:00+01:00"));
    for (text, visibility) in [
        ("first", Visibility::Private),
        ("second", Visibility::Shared),
    ] {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author: alex,
            kind: EntryKind::Reflection {
                strategy: "honesty".into(),
                prompt: "p1".into(),
            },
            heading: "What happened?".into(),
            body: Body::Text(text.into()),
            visibility,
            created: t("2026-01-02T09:00:00+01:00"),
            updated: t("2026-01-02T09:30:00+01:00"),
        });
    }
    store
}

fn temp() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    dir.ensure().unwrap();
    (tmp, dir)
}

/// Writes `bytes` as store.json, loads it expecting an error, and checks
/// the file was not touched.
fn refused(bytes: &[u8]) -> StoreError {
    let (_tmp, dir) = temp();
    std::fs::write(dir.store_path(), bytes).unwrap();
    let err = dir.load_store().unwrap_err();
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), bytes);
    let msg = err.to_string();
    assert!(
        msg.contains(&dir.store_path().display().to_string()),
        "{msg}"
    );
    err
}

#[test]
fn a_store_round_trips_through_the_disk() {
    let (_tmp, dir) = temp();
    let store = sample();
    let bytes = to_json(&store).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let version = format!("\"schema_version\": {SCHEMA_VERSION}");
    assert!(text.contains(&version), "{text}");
    assert!(text.ends_with("}\n"));
    dir.write_store_bytes(&bytes).unwrap();
    assert_eq!(dir.load_store().unwrap(), Some(store));
}

#[test]
fn every_role_round_trips_through_the_disk_by_its_short_name() {
    let (_tmp, dir) = temp();
    let mut store = Store::default();
    for (i, role) in Role::ALL.into_iter().enumerate() {
        store.add_partner(&format!("p{i}"), role, t("2026-01-01T10:00:00+01:00"));
    }
    let bytes = to_json(&store).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    for role in Role::ALL {
        let spelled = format!("\"role\":\"{}\"", role.short());
        assert!(text.contains(&spelled), "{spelled} in {text}");
    }
    dir.write_store_bytes(&bytes).unwrap();
    let back = dir.load_store().unwrap().unwrap();
    let roles: Vec<Role> = back.partners.iter().map(|p| p.role).collect();
    assert_eq!(roles, Role::ALL);
}

#[test]
fn a_session_round_trips_and_a_missing_one_is_fresh() {
    let (_tmp, dir) = temp();
    assert_eq!(dir.load_session().unwrap(), Session::default());
    let mut session = Session {
        last_partner: Some(2),
        ..Session::default()
    };
    session.set_partner(2, Default::default());
    dir.write_session_bytes(&session_to_json(&session).unwrap())
        .unwrap();
    assert_eq!(dir.load_session().unwrap(), session);
}

#[test]
fn a_missing_store_is_a_first_run() {
    let (_tmp, dir) = temp();
    assert!(dir.load_store().unwrap().is_none());
    // Even when the folder itself does not exist yet.
    assert!(
        DataDir::at(dir.root().join("nope"))
            .load_store()
            .unwrap()
            .is_none()
    );
}

#[test]
fn an_empty_file_is_an_error_not_an_empty_workbook() {
    for bytes in [&b""[..], b"  \n\n"] {
        let err = refused(bytes);
        assert!(matches!(err, StoreError::Empty { .. }), "{err:?}");
        assert!(err.to_string().contains("is empty"), "{err}");
        assert!(err.to_string().contains("doctor --recover"), "{err}");
    }
}

#[test]
fn truncated_json_says_where_it_was_cut() {
    let full = to_json(&sample()).unwrap();
    let err = refused(&full[..full.len() / 2]);
    let StoreError::Json {
        line,
        column,
        problem,
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(*problem, JsonProblem::CutShort);
    assert!(*line > 1 && *column > 0, "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains(&format!("line {line}, column {column}")),
        "{msg}"
    );
    assert!(msg.contains("trustmend has not changed it"), "{msg}");
}

#[test]
fn damaged_json_names_line_and_column() {
    let err = refused(b"{\n  \"schema_version\": 1,\n  oops\n}\n");
    assert!(
        matches!(
            err,
            StoreError::Json {
                line: 3,
                column: 3,
                problem: JsonProblem::Syntax,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("line 3, column 3"), "{err}");
}

/// A journal large enough to be mapped and read in several steps of
/// `crate::mapped`, whose pages are let go behind the parse: it reads the
/// same, and damage near its end is still named by its own line and column
/// (counted from the start, through pages already let go).
#[test]
fn a_large_journal_reads_the_same_with_its_pages_let_go_behind_and_damage_is_named() {
    let (_tmp, dir) = temp();
    let mut store = sample();
    let words = "a long evening written down, ".repeat(36_000);
    for _ in 0..30 {
        store.add_free_entry(
            1,
            &words,
            Visibility::Private,
            t("2026-01-03T21:00:00+01:00"),
        );
    }
    let bytes = to_json(&store).unwrap();
    assert!(bytes.len() > 3 * crate::mapped::STEP, "{}", bytes.len());
    dir.write_store_bytes(&bytes).unwrap();
    assert_eq!(dir.load_store().unwrap(), Some(store));
    assert!(
        crate::mapped::last_let_go() >= bytes.len() - 2 * crate::mapped::STEP,
        "let go {} of {}",
        crate::mapped::last_let_go(),
        bytes.len()
    );
    // Damaged in its last entry: the line and column serde_json gives for
    // the bytes held whole in memory.
    let text = String::from_utf8(bytes).unwrap();
    let at = text.rfind("\"body\"").unwrap();
    let damaged = format!("{}oops{}", &text[..at], &text[at..]);
    let whole = serde_json::from_str::<Store>(&damaged).unwrap_err();
    let err = refused(damaged.as_bytes());
    let StoreError::Json { line, column, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!((*line, *column), (whole.line(), whole.column()), "{err}");
    assert!(
        crate::mapped::last_let_go() > 0,
        "the damaged file was let go too"
    );
}

#[test]
fn json_of_the_wrong_shape_is_refused() {
    for bytes in [
        &b"[]"[..],
        b"{\"schema_version\": \"one\"}",
        b"{\"partners\": []}",
    ] {
        let err = refused(bytes);
        assert!(
            matches!(
                err,
                StoreError::Json {
                    problem: JsonProblem::Shape,
                    ..
                }
            ),
            "{err:?}"
        );
    }
}

#[test]
fn bytes_that_are_not_text_are_refused() {
    let err = refused(b"{\n\"schema_version\": 1, \"x\": \"\xff\xfe\"}");
    assert!(
        matches!(err, StoreError::NotText { line: 2, .. }),
        "{err:?}"
    );
}

#[test]
fn a_byte_order_mark_is_not_damage() {
    let (_tmp, dir) = temp();
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(to_json(&sample()).unwrap());
    std::fs::write(dir.store_path(), bytes).unwrap();
    assert_eq!(dir.load_store().unwrap(), Some(sample()));
}

#[test]
fn a_store_from_a_newer_trustmend_is_refused_even_if_its_shape_changed() {
    let next = SCHEMA_VERSION + 1;
    let same_shape = format!("{{\"schema_version\": {next}, \"partners\": []}}");
    for bytes in [
        same_shape.as_bytes(),
        b"{\"partners\": {\"new\": \"layout\"}, \"schema_version\": 7}",
    ] {
        let err = refused(bytes);
        assert!(matches!(err, StoreError::Newer { .. }), "{err:?}");
        let found = if bytes.ends_with(b"7}") { 7 } else { next };
        let expected = format!(
            "was written by a newer trustmend (format {found}, this one reads up to \
             {SCHEMA_VERSION}). Update trustmend; the file was not changed."
        );
        assert!(err.to_string().contains(&expected), "{err}");
    }
}

#[test]
fn a_session_from_a_newer_trustmend_is_refused() {
    let (_tmp, dir) = temp();
    std::fs::write(dir.session_path(), b"{\"version\": 99}").unwrap();
    let err = dir.load_session().unwrap_err();
    assert!(
        matches!(err, StoreError::Newer { found: 99, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("session.json"), "{err}");
}

#[test]
fn a_folder_in_place_of_the_store_is_refused() {
    let (_tmp, dir) = temp();
    std::fs::create_dir(dir.store_path()).unwrap();
    let err = dir.load_store().unwrap_err();
    assert!(matches!(err, StoreError::NotAFile { .. }), "{err:?}");
    assert!(err.to_string().contains("is a folder, not a file"), "{err}");
    assert!(dir.store_path().is_dir());
}

#[test]
fn unknown_top_level_fields_survive_load_and_save() {
    let (_tmp, dir) = temp();
    let mut json: serde_json::Value = serde_json::from_slice(&to_json(&sample()).unwrap()).unwrap();
    json["from_the_future"] = serde_json::json!({"keep": [1, 2, 3]});
    std::fs::write(dir.store_path(), serde_json::to_vec(&json).unwrap()).unwrap();
    let store = dir.load_store().unwrap().unwrap();
    dir.write_store_bytes(&to_json(&store).unwrap()).unwrap();
    let back: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.store_path()).unwrap()).unwrap();
    assert_eq!(
        back["from_the_future"],
        serde_json::json!({"keep": [1, 2, 3]})
    );
}

#[test]
fn a_second_lock_on_the_same_folder_fails_and_names_the_holder() {
    let (_tmp, dir) = temp();
    let held = dir.lock().unwrap();
    assert_eq!(held.path(), dir.lock_path());
    let err = dir.lock().unwrap_err();
    let me = std::process::id();
    assert!(
        matches!(&err, StoreError::Locked { pid: Some(pid), .. } if *pid == me),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains(&format!(
            "The workbook is open in another trustmend (process {me}). Close that one first."
        )),
        "{msg}"
    );
    drop(held);
    let again = dir.lock().unwrap();
    assert!(dir.lock_path().exists());
    drop(again);
}

#[test]
fn lock_creates_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("a").join("b"));
    let _lock = dir.lock().unwrap();
    let pid = std::fs::read_to_string(dir.lock_path()).unwrap();
    assert_eq!(pid.trim(), std::process::id().to_string());
}

struct Failing(io::ErrorKind);

impl FileSink for Failing {
    fn write_atomic(&self, _: &Path, _: &[u8]) -> io::Result<()> {
        Err(io::Error::from(self.0))
    }

    fn append(&self, _: &Path, _: &[u8]) -> io::Result<()> {
        Err(io::Error::from(self.0))
    }
}

#[test]
fn a_full_disk_is_reported_as_such_and_the_old_file_survives() {
    let (_tmp, dir) = temp();
    let old = to_json(&sample()).unwrap();
    dir.write_store_bytes(&old).unwrap();
    let dir = dir.with_sink(Arc::new(Failing(io::ErrorKind::StorageFull)));
    let err = dir.write_store_bytes(b"{}").unwrap_err();
    assert!(err.is_disk_full());
    let msg = err.to_string();
    assert!(msg.contains("the disk is full"), "{msg}");
    assert!(
        msg.contains(&dir.store_path().display().to_string()),
        "{msg}"
    );
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), old);
}

#[test]
fn write_errors_say_what_to_do() {
    let (_tmp, dir) = temp();
    for (kind, words) in [
        (io::ErrorKind::PermissionDenied, "the folder is read-only"),
        (io::ErrorKind::ReadOnlyFilesystem, "the folder is read-only"),
        (io::ErrorKind::NotFound, "the folder has gone"),
    ] {
        let dir = dir.clone().with_sink(Arc::new(Failing(kind)));
        let err = dir.write_session_bytes(b"{}").unwrap_err();
        assert!(!err.is_disk_full());
        let msg = err.to_string();
        assert!(msg.contains(words), "{msg}");
        assert!(msg.contains("session.json"), "{msg}");
    }
}

#[test]
fn saving_into_a_vanished_folder_says_it_has_gone() {
    let (_tmp, dir) = temp();
    let gone = DataDir::at(dir.root().join("gone"));
    let err = gone.write_store_bytes(b"{}\n").unwrap_err();
    assert!(err.to_string().contains("the folder has gone"), "{err}");
}

#[test]
fn an_explicit_folder_wins_and_is_made_absolute() {
    let dir = DataDir::resolve(Some(PathBuf::from("some/where"))).unwrap();
    assert!(dir.root().is_absolute());
    assert!(dir.root().ends_with("some/where"));
    assert_eq!(dir.store_path(), dir.root().join("store.json"));
    assert_eq!(dir.session_path(), dir.root().join("session.json"));
    assert_eq!(dir.lock_path(), dir.root().join("trustmend.lock"));
    // An empty TRUSTMEND_DATA_DIR= means "not set", never the current folder.
    if let Ok(default) = DataDir::resolve(Some(PathBuf::new())) {
        assert_ne!(default.root(), std::env::current_dir().unwrap());
    }
}

#[cfg(unix)]
#[test]
fn files_and_folder_are_private_on_unix() {
    use std::os::unix::fs::PermissionsExt as _;
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("fresh"));
    dir.ensure().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(dir.root()), 0o700);
    // A loose mode on an old file is not inherited.
    std::fs::write(dir.store_path(), b"{}").unwrap();
    std::fs::set_permissions(dir.store_path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    dir.write_store_bytes(&to_json(&sample()).unwrap()).unwrap();
    dir.write_session_bytes(b"{\"version\": 1}\n").unwrap();
    assert_eq!(mode(&dir.store_path()), 0o600);
    assert_eq!(mode(&dir.session_path()), 0o600);
    let _lock = dir.lock().unwrap();
    assert_eq!(mode(&dir.lock_path()), 0o600);
}
