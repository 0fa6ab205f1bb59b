//! Shared entries kept after a partner left (`partner remove --keep-shared`)
//! are readable only by who was there when each was written: a partner who
//! joins later sees none of them, nor what the one who stayed shared with
//! the one who left, in Shared (walk), search, export or status.

use crate::common;

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use chrono::DateTime;
use common::{run_cli, stderr, stdout};
use trustmend::model::{Body, Entry, EntryKind, Role, SafetyOutcome, Store, Timestamp, Visibility};
use trustmend::store::DataDir;

const SAM_KEPT: &str = "SAMKEPTMARKER what Sam kept for Alex";
const ALEX_TO_SAM: &str = "ALEXTOSAMMARKER Sam, I read what you wrote";
const ALEX_REPLY: &str = "ALEXREPLYMARKER thank you";
const MARKERS: [&str; 3] = ["SAMKEPTMARKER", "ALEXTOSAMMARKER", "ALEXREPLYMARKER"];

fn t(s: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn push(store: &mut Store, author: u32, kind: EntryKind, text: &str, when: &str) -> u64 {
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author,
        kind,
        heading: "Shared".into(),
        body: Body::Text(text.into()),
        visibility: Visibility::Shared,
        created: t(when),
        updated: t(when),
    });
    id
}

/// Alex and Sam in couples mode, each with a shared entry, Alex's reply to
/// Sam's; then Sam leaves keeping theirs, and Taylor joins with a clear
/// safety check (couples mode on again).
fn taylor_joins_after_sam_left(data: &Path) {
    let dir = DataDir::at(data.to_path_buf());
    dir.ensure().unwrap();
    let mut store = Store::default();
    let when = t("2026-01-01T10:00:00+00:00");
    let alex = store.add_partner("Alex", Role::Hurt, when);
    let sam = store.add_partner("Sam", Role::Repairing, when);
    for p in &mut store.partners {
        p.seen_safety_note = true;
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    let free = || EntryKind::Free { strategy: None };
    let kept = push(
        &mut store,
        sam,
        free(),
        SAM_KEPT,
        "2026-01-02T10:00:00+00:00",
    );
    push(
        &mut store,
        alex,
        free(),
        ALEX_TO_SAM,
        "2026-01-03T10:00:00+00:00",
    );
    push(
        &mut store,
        alex,
        EntryKind::Reply { to: kept },
        ALEX_REPLY,
        "2026-01-04T10:00:00+00:00",
    );
    dir.save_store(&mut store).unwrap();

    let out = run_cli(
        data,
        &["partner", "remove", "Sam", "--keep-shared", "--yes"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // Alex still reads what Sam kept for them.
    let out = run_cli(data, &["export", "--profile", "Alex"]);
    assert!(stdout(&out).contains("SAMKEPTMARKER"), "{}", stdout(&out));

    common::add_partner(data, "Taylor", "repairing");
    let mut store = dir.load_store().unwrap().unwrap();
    for p in &mut store.partners {
        p.seen_safety_note = true;
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    dir.save_store(&mut store).unwrap();
}

fn none_of_the_markers(what: &str, text: &str) {
    for m in MARKERS {
        assert!(!text.contains(m), "{what} shows {m} to Taylor:\n{text}");
    }
}

#[test]
fn a_later_partner_reads_nothing_shared_before_they_joined() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    taylor_joins_after_sam_left(&data);

    for args in [
        &["status", "--profile", "Taylor"][..],
        &["export", "--profile", "Taylor"],
        &["export", "--profile", "Taylor", "--format", "html"],
        &["export", "--profile", "Taylor", "--format", "json"],
        &["export", "--profile", "Taylor", "--search", "marker"],
    ] {
        let out = run_cli(&data, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        none_of_the_markers(&format!("{args:?}"), &stdout(&out));
    }

    // Walk, as Taylor: Shared.
    let mut child = crate::common::command()
        .arg("walk")
        .env("TRUSTMEND_DATA_DIR", &data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"2\ns\nq\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    assert!(text.contains("Home. Taylor"), "{text}");
    none_of_the_markers("walk's Shared", &text);

    // Alex, who was there, still reads all three.
    let out = run_cli(&data, &["export", "--profile", "Alex"]);
    for m in MARKERS {
        assert!(stdout(&out).contains(m), "Alex lost {m}");
    }
}
