//! Any bytes as store.json: the loader either reads a store or refuses with
//! a message naming the file; it never panics, and never changes the file.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use trustmend::store::{DataDir, to_json};

fn dir() -> &'static (tempfile::TempDir, DataDir) {
    static DIR: OnceLock<(tempfile::TempDir, DataDir)> = OnceLock::new();
    DIR.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = DataDir::at(tmp.path().to_path_buf());
        (tmp, dir)
    })
}

fuzz_target!(|data: &[u8]| {
    let (_, dir) = dir();
    std::fs::write(dir.store_path(), data).expect("write input");
    match dir.load_store() {
        Ok(Some(store)) => {
            // What loads must save and load back the same.
            let bytes = to_json(&store).expect("encode");
            let back: trustmend::model::Store =
                serde_json::from_slice(&bytes).expect("own output parses");
            assert_eq!(back, store);
        }
        Ok(None) => panic!("an existing file was read as no store"),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.contains("store.json"), "{msg}");
        }
    }
    assert_eq!(std::fs::read(dir.store_path()).expect("read back"), data);
});
