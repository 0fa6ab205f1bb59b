//! Every store format ever released keeps loading. Each `store-vN.json` in
//! `tests/fixtures/` was written by format N; when the format changes, the
//! old fixtures stay and a migration in `store::migrate` must carry them.

use std::path::PathBuf;

use trustmend::model::{Body, SCHEMA_VERSION};
use trustmend::store::{DataDir, load_store_file, to_json};

fn fixtures() -> Vec<(u32, PathBuf)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let n = name
                .strip_prefix("store-v")?
                .strip_suffix(".json")?
                .parse()
                .ok()?;
            Some((n, e.path()))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn there_is_a_fixture_for_every_format_up_to_the_current_one() {
    let versions: Vec<u32> = fixtures().iter().map(|(n, _)| *n).collect();
    assert_eq!(versions, (1..=SCHEMA_VERSION).collect::<Vec<_>>());
}

#[test]
fn every_fixture_loads_into_the_current_format() {
    for (version, path) in fixtures() {
        let store = load_store_file(&path)
            .unwrap_or_else(|e| panic!("format {version} no longer loads: {e}"))
            .unwrap();
        assert_eq!(store.schema_version, SCHEMA_VERSION, "{}", path.display());
        assert!(!store.partners.is_empty(), "{}", path.display());
        // Every entry's author is one of the people in it.
        for entry in &store.entries {
            assert!(store.partner(entry.author).is_some(), "entry {}", entry.id);
        }
    }
}

#[test]
fn the_v1_fixture_keeps_its_people_words_and_unknown_fields() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.json");
    let store = load_store_file(&path).unwrap().unwrap();
    let names: Vec<&str> = store.partners.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Alex", "Sam"]);
    assert_eq!(store.entries.len(), 10);
    let hostile = store.entry(900).unwrap();
    let Body::Text(text) = &hostile.body else {
        panic!("not text")
    };
    assert!(
        text.starts_with("ESC\u{1b}[2J\u{1b}]0;title\u{7}"),
        "{text:?}"
    );
    assert!(text.contains("e\u{301} RTL \u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{202e}evil"));

    // Saved again by this version: nothing from the file is dropped. Only
    // the format number and the generation of the snapshot (new in format
    // 2) differ.
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    dir.write_store_bytes(&to_json(&store).unwrap()).unwrap();
    let mut before: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let mut after: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.store_path()).unwrap()).unwrap();
    for doc in [&mut before, &mut after] {
        let map = doc.as_object_mut().unwrap();
        map.remove("schema_version");
        map.remove("generation");
    }
    assert_eq!(after, before);
}

#[test]
fn the_v2_fixture_reads_with_its_change_log_applied() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v2.json");
    let snapshot: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(snapshot["entries"].as_array().unwrap().len(), 10);
    let store = load_store_file(&path).unwrap().unwrap();
    // The log deleted entry 100, added entry 901 and renamed Sam.
    assert!(store.entry(100).is_none());
    let later = store.entry(901).unwrap();
    assert_eq!(
        later.body.text(),
        Some("Added after the snapshot, in the change log.")
    );
    assert_eq!(store.entries.len(), 10);
    assert_eq!(store.entries.last().map(|e| e.id), Some(901));
    let names: Vec<&str> = store.partners.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Alex", "Sam R."]);
    // Unknown fields of the snapshot are still there.
    assert!(!store.unknown.is_empty());
}

#[test]
fn the_v3_fixture_keeps_skipped_check_in_numbers_skipped() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v3.json");
    let store = load_store_file(&path).unwrap().unwrap();
    let last = store.checkins.last().unwrap();
    assert_eq!(last.trust, Some(5));
    assert_eq!((last.mood, last.sleep, last.stress), (None, None, None));
    // Written back, a skipped number stays absent rather than becoming 0.
    let doc: serde_json::Value = serde_json::from_slice(&to_json(&store).unwrap()).unwrap();
    let written = doc["checkins"].as_array().unwrap().last().unwrap();
    assert!(written.get("sleep").is_none(), "{written}");
    assert_eq!(written["trust"], 5);
}
