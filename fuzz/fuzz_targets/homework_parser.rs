//! Any text as a therapist's homework file: the parser either accepts it or
//! lists problems with a place in the file; it never panics.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use trustmend::content::Content;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::bundled().expect("the bundled pack loads"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match trustmend::homework::parse(Path::new("homework.toml"), text, content()) {
        Ok(_) => {}
        Err(problems) => assert!(!problems.is_empty(), "an error lists its problems"),
    }
});
