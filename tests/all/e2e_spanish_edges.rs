//! What the program says at its own edges, in Spanish: started without a
//! terminal. (Each test fails on an English sentence of the program's own.)

use crate::common;

#[test]
fn started_without_a_terminal_it_says_so_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, expect, never) in [
        ("es_ES.UTF-8", "terminal", "needs a terminal"),
        ("C", "needs a terminal", "necesita"),
    ] {
        let out = common::command()
            .env("TRUSTMEND_DATA_DIR", dir.path())
            .env("LANG", lang)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{said}");
        assert!(said.contains(expect), "{lang}: {said}");
        assert!(!said.contains(never), "{lang}: {said}");
        assert!(said.contains("trustmend status"), "{lang}: {said}");
    }
}
