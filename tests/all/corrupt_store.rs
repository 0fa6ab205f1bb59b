//! A store.json that cannot be read is refused with a message that names
//! the file and the way out, and is left exactly as it was, byte for byte.

use std::path::PathBuf;

use trustmend::store::{DataDir, StoreError};

fn fixture() -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.json"))
        .unwrap()
}

/// Loads `bytes` as store.json; the file must be unchanged afterwards.
fn load(dir: &DataDir, bytes: &[u8]) -> Result<(), StoreError> {
    std::fs::write(dir.store_path(), bytes).unwrap();
    let result = dir.load_store().map(|_| ());
    assert_eq!(
        std::fs::read(dir.store_path()).unwrap(),
        bytes,
        "file changed"
    );
    result
}

fn temp() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    (tmp, dir)
}

fn assert_helpful(dir: &DataDir, err: &StoreError) {
    let msg = err.to_string();
    assert!(
        msg.contains(&dir.store_path().display().to_string()),
        "{msg}"
    );
    assert!(
        msg.contains("trustmend has not changed it") || msg.contains("the file was not changed"),
        "{msg}"
    );
}

#[test]
fn the_store_cut_at_every_byte_is_refused_and_left_alone() {
    let (_tmp, dir) = temp();
    let full = fixture();
    let mut refused = 0;
    for len in 0..full.len() {
        let cut = &full[..len];
        match load(&dir, cut) {
            Err(e) => {
                assert_helpful(&dir, &e);
                let msg = e.to_string();
                assert!(
                    msg.contains("is empty")
                        || msg.contains("is cut short")
                        || msg.contains("not a text file"),
                    "cut at {len}: {msg}"
                );
                refused += 1;
            }
            // Only the final newline may go missing without loss.
            Ok(()) => assert_eq!(len, full.len() - 1, "cut at {len} loaded"),
        }
    }
    eprintln!("{} truncations tried, {refused} refused", full.len());
    assert_eq!(refused, full.len() - 1);
}

#[test]
fn hostile_shapes_are_refused_with_their_reason() {
    let (_tmp, dir) = temp();
    let deep_array = "[".repeat(100_000);
    let deep_inside = format!(
        "{{\"schema_version\": 1, \"later\": {}",
        "[".repeat(100_000)
    );
    let deep_object = "{\"a\":".repeat(50_000);
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"".to_vec(), "is empty"),
        (b" \n\t ".to_vec(), "is empty"),
        (b"\xef\xbb\xbf".to_vec(), "is empty"),
        (
            b"{\"schema_version\": 1, \"partners\": [\xff\xfe]}".to_vec(),
            "not a text file",
        ),
        (b"\xc3\x28".to_vec(), "not a text file"),
        (deep_array.into_bytes(), "not a trustmend file"),
        (deep_inside.into_bytes(), "damaged"),
        (deep_object.into_bytes(), "damaged"),
        (b"null".to_vec(), "not a trustmend file"),
        (b"[]".to_vec(), "not a trustmend file"),
        (b"\"store\"".to_vec(), "not a trustmend file"),
        (b"{}".to_vec(), "not a trustmend file"),
        (
            b"{\"schema_version\": \"1\"}".to_vec(),
            "not a trustmend file",
        ),
        (
            b"{\"schema_version\": 1, \"partners\": {}}".to_vec(),
            "not a trustmend file",
        ),
        (
            b"{\"schema_version\": 1, \"entries\": \"all of them\"}".to_vec(),
            "not a trustmend file",
        ),
        (
            b"{\"schema_version\": 1, \"next_id\": -1}".to_vec(),
            "not a trustmend file",
        ),
        (
            b"{\"schema_version\": 1, \"partners\": [{\"id\": 1}]}".to_vec(),
            "not a trustmend file",
        ),
        (b"{\"schema_version\": 1} trailing".to_vec(), "damaged"),
        (b"{\"schema_version\": 1,}".to_vec(), "damaged"),
        (
            format!(
                "{{\"schema_version\": {}}}",
                trustmend::model::SCHEMA_VERSION + 1
            )
            .into_bytes(),
            "newer trustmend",
        ),
        (
            b"{\"schema_version\": 18446744073709551615}".to_vec(),
            "newer trustmend",
        ),
        (b"{\"schema_version\": 0}".to_vec(), "older format (0)"),
    ];
    for (bytes, words) in &cases {
        let err =
            load(&dir, bytes).expect_err(&String::from_utf8_lossy(&bytes[..bytes.len().min(60)]));
        assert_helpful(&dir, &err);
        assert!(err.to_string().contains(words), "{words}: {err}");
    }
    eprintln!("{} hostile shapes tried, all refused", cases.len());
}

#[test]
fn a_folder_named_store_json_is_refused_and_kept() {
    let (_tmp, dir) = temp();
    std::fs::create_dir_all(dir.store_path().join("inside")).unwrap();
    let err = dir.load_store().unwrap_err();
    assert_helpful(&dir, &err);
    assert!(err.to_string().contains("is a folder, not a file"), "{err}");
    assert!(dir.store_path().join("inside").is_dir());
}

#[test]
fn a_symlinked_store_is_refused_and_never_replaced_by_a_file() {
    let (tmp, dir) = temp();
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("store.json");
    std::fs::write(&target, fixture()).unwrap();
    std::os::unix::fs::symlink(&target, dir.store_path()).unwrap();
    let err = dir.load_store().unwrap_err();
    assert!(matches!(err, StoreError::Symlink { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.contains("symbolic link"), "{msg}");
    assert!(msg.contains(&target.display().to_string()), "{msg}");
    // Nor does a whole write go through it.
    let mut store = trustmend::model::Store::default();
    let err = dir.save_store(&mut store).unwrap_err();
    assert!(matches!(err, StoreError::Symlink { .. }), "{err}");
    assert!(dir.write_store_bytes(b"{}").is_err());
    assert!(dir.store_path().is_symlink(), "the link is kept");
    assert_eq!(std::fs::read(&target).unwrap(), fixture());
}
