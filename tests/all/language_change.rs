//! Changing the `language` setting between sessions, and back: every
//! answer, draft and homework prompt stays attached to its prompt, by the
//! same ids, whichever language the workbook is read in.

use crate::common;

use std::path::Path;
use std::process::Output;

use common::{Tui, keys, stderr, stdout};

/// `trustmend ARGS` with `input` on stdin, a locale that chooses nothing,
/// and the settings file in `dir`: only the setting picks the language.
fn run(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut cmd = common::command();
    cmd.args(args)
        .env("TRUSTMEND_DATA_DIR", dir)
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"))
        .env("LANG", "C.UTF-8");
    let out = common::fed(cmd, input);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn set_language(dir: &Path, code: &str) {
    std::fs::write(dir.join("config.toml"), format!("language = \"{code}\"\n")).unwrap();
}

/// Each entry of the JSON export, strategy by strategy, as (prompt id,
/// words, the question as it read when written), in order.
fn answers(dir: &Path) -> Vec<(String, String, String)> {
    let json = stdout(&run(dir, &["export", "--format", "json"], ""));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let field = |e: &serde_json::Value, k: &str| e[k].as_str().unwrap_or_default().to_string();
    let strategies = value["strategies"].as_array().cloned().unwrap_or_default();
    strategies
        .iter()
        .flat_map(|s| s["entries"].as_array().cloned().unwrap_or_default())
        .map(|e| (field(&e, "prompt"), field(&e, "text"), field(&e, "heading")))
        .collect()
}

#[test]
fn answers_drafts_and_homework_keep_their_prompts_through_a_change_of_language_and_back() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    set_language(d, "en");
    // In English: the welcome, then the first prompt of the first strategy.
    run(d, &["walk"], "c\nAlex\n1\n10\nc\n1\nc\nANSWER-WORDS\n.\n");
    // A therapist's homework, in English, and a draft left on the full screen.
    let template = stdout(&run(d, &["homework", "template"], ""));
    let file = d.join("hw.toml");
    std::fs::write(&file, template).unwrap();
    run(d, &["homework", "import", file.to_str().unwrap()], "");
    let mut tui = Tui::start_with_env(
        d,
        &[],
        &[
            ("TRUSTMEND_CONFIG", d.join("config.toml").to_str().unwrap()),
            ("LANG", "C.UTF-8"),
        ],
    );
    tui.wait_for("Enter to write");
    tui.send(keys::ENTER);
    tui.wait_for("Ctrl+S");
    tui.type_text("DRAFT-WORDS");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let english = answers(d);
    assert!(
        english
            .iter()
            .any(|(id, text, _)| !id.is_empty() && text.contains("ANSWER-WORDS")),
        "{english:?}"
    );
    let homework = "When did a hard conversation this week go a little better";

    for (code, strategy, other) in [
        ("es", "Comunicación abierta", "Open communication"),
        ("en", "Open communication", "Comunicación abierta"),
    ] {
        set_language(d, code);
        // The same answers under the same prompt ids (each keeps the
        // question as it read when it was written).
        assert_eq!(answers(d), english, "in {code}");
        // The strategy in the language, with the draft where it was left
        // (the second prompt, after the one answered).
        let walk = stdout(&run(d, &["walk"], "1\nc\nw\n"));
        assert!(walk.contains(strategy), "{code}: {walk}");
        assert!(!walk.contains(other), "{code}: {walk}");
        assert!(walk.contains("DRAFT-WORDS"), "{code}: {walk}");
        // The homework's prompt (the therapist's own words) still assigned,
        // with the answer beside the strategy in the language.
        let md = stdout(&run(d, &["export", "--format", "markdown"], ""));
        for words in [homework, "ANSWER-WORDS", strategy] {
            assert!(md.contains(words), "{code}: {words:?} missing:\n{md}");
        }
    }
}
