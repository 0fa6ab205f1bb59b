//! Any bytes as one file of a content pack (the first byte picks which):
//! the loader either accepts the pack or reports problems with a file name;
//! it never panics.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use trustmend::content::{Content, FILES};

fn dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let dir = dir();
    for name in FILES {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    let name = FILES[usize::from(which) % FILES.len()];
    std::fs::write(dir.path().join(name), text).expect("write input");
    match Content::load_dir(dir.path()) {
        Ok(content) => {
            let _ = content.summary();
        }
        Err(e) => {
            assert!(!e.problems.is_empty());
            assert!(e.to_string().contains(".toml") || e.to_string().contains(name));
        }
    }
});
