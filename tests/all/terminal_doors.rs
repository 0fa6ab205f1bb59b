//! Every door that prints what a person or a file wrote (stderr messages,
//! config warnings, doctor's report, homework check) goes through the one
//! sanitiser: no C0 or C1 control character but the newline reaches the
//! terminal, whatever the string.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;

fn controls_in(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && (c.is_control() || ('\u{80}'..='\u{9f}').contains(&c)))
        .collect()
}

/// A string made of ordinary words and the controls a hostile file or
/// name would use: ESC, BEL, CSI as a C1 (U+009B), DEL, NUL-free.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z]{1,4}",
            Just("\u{1b}[2J".to_string()),
            Just("\u{1b}]0;t\u{7}".to_string()),
            Just("\u{9b}31m".to_string()),
            Just("\u{85}".to_string()),
            Just("\u{7f}".to_string()),
            Just("\r".to_string()),
            "[\u{1}-\u{1f}]",
            "[\u{80}-\u{9f}]",
        ],
        1..6,
    )
    .prop_map(|parts| parts.concat().replace(['/', '\0'], ""))
}

fn run(args: &[&str], home: &std::path::Path) -> std::process::Output {
    crate::common::command()
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("TRUSTMEND_CONFIG")
        .env_remove("TRUSTMEND_DATA_DIR")
        .output()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_door_prints_a_control_character(name in hostile()) {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path();
        // stderr: a message naming a file the person named.
        let missing = home.join(format!("{name}.toml"));
        let out = run(&["--config", missing.to_str().unwrap(), "status"], home);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        prop_assert!(!out.status.success(), "a missing --config file is an error");
        prop_assert!(controls_in(&err).is_empty(), "stderr: {err:?}");

        // stderr: a config warning naming a key the file holds; stdout:
        // `config show` names the file.
        let config = home.join(format!("settings-{name}.toml"));
        // TOML refuses a raw DEL even in a quoted key.
        let key = serde_json::to_string(&name.replace('\u{7f}', "")).unwrap();
        std::fs::write(&config, format!("{key} = 1\n")).unwrap();
        let out = run(&["--config", config.to_str().unwrap(), "config", "show"], home);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        prop_assert!(err.contains("warning"), "the warning was given: {err:?}");
        prop_assert!(controls_in(&err).is_empty(), "stderr: {err:?}");
        prop_assert!(controls_in(&said).is_empty(), "stdout: {said:?}");

        // stdout: doctor's report names the data folder.
        let data = home.join(format!("data-{name}"));
        let out = run(&["--data-dir", data.to_str().unwrap(), "doctor"], home);
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        prop_assert!(said.contains("data-"), "{said:?}");
        prop_assert!(controls_in(&said).is_empty(), "stdout: {said:?}");

        // stdout: homework check names who assigned it.
        let file = home.join("homework.toml");
        let by = serde_json::to_string(&format!("Dr {}", name.replace('\u{7f}', ""))).unwrap();
        let template = run(&["homework", "template"], home);
        let text = String::from_utf8_lossy(&template.stdout)
            .lines()
            .map(|l| if l.starts_with("assigned_by") { format!("assigned_by = {by}") } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(&file, text).unwrap();
        let out = run(&["homework", "check", file.to_str().unwrap()], home);
        let both = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        prop_assert!(both.contains("homework from Dr"), "the name reached the door: {both:?}");
        prop_assert!(controls_in(&both).is_empty(), "homework check: {both:?}");
    }
}

#[test]
fn the_sanitiser_refuses_every_c0_and_c1_control() {
    for c in (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32) {
        if c == '\n' {
            continue;
        }
        let text = format!("a{c}b");
        let safe = trustmend::text::printable(&text);
        assert!(
            controls_in(&safe).is_empty(),
            "U+{:04X} got through",
            c as u32
        );
        assert!(safe.starts_with('a') && safe.ends_with('b'));
    }
}
