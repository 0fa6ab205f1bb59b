//! Settings, colour and shell integration, through the real binary.

use crate::common;

use common::{run_cli, stderr, stdout};

#[test]
fn config_show_names_the_file_and_the_settings_in_effect() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let f = file.to_str().unwrap();
    let out = run_cli(dir.path(), &["--config", f, "config", "show"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("does not exist"), "{text}");
    assert!(text.contains("theme = \"dark\""), "{text}");

    std::fs::write(&file, "theme = \"high-contrast\"\nfont = \"big\"\n").unwrap();
    let out = run_cli(dir.path(), &["--config", f, "config", "show"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("# Settings from {f}")));
    assert!(stdout(&out).contains("theme = \"high-contrast\""));
    let warn = stderr(&out);
    assert!(
        warn.contains(&format!("{f}:2: unknown setting `font`")),
        "{warn}"
    );

    let path = run_cli(dir.path(), &["--config", f, "config", "path"]);
    assert_eq!(stdout(&path).trim(), f);
}

#[test]
fn a_bad_setting_stops_before_the_workbook_opens_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "\nshare_check_ins = \"maybe\"\n").unwrap();
    let out = crate::common::command()
        .env("TRUSTMEND_DATA_DIR", dir.path())
        .env("TRUSTMEND_CONFIG", &file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:2:19", file.display())), "{err}");
    assert!(!dir.path().join("store.json").exists());
}

#[test]
fn completions_for_each_shell_know_the_commands_and_options() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef trustmend"),
        ("fish", "complete -c trustmend"),
    ] {
        let out = run_cli(dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains(marker), "{shell}:\n{script}");
        for word in ["status", "export", "config", "color", "data-dir", "never"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let bad = run_cli(dir.path(), &["completions", "tcsh"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("bash"), "{}", stderr(&bad));
}

#[test]
fn the_man_page_describes_the_program_and_its_options() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(
        page.starts_with(".ie") || page.contains(".TH trustmend"),
        "{page}"
    );
    for word in ["\\-\\-config", "\\-\\-color", "not therapy", "completions"] {
        assert!(page.contains(word), "the man page lacks {word}");
    }
}

/// The man page as `man` would show its words: roff's escapes undone, one
/// line per line of text (font changes and spacing requests dropped).
fn man_text(page: &str) -> String {
    page.lines()
        .filter(|l| !l.starts_with(".\\\"") && !l.starts_with(".ie") && !l.starts_with(".el"))
        .map(|l| {
            l.replace("\\\\", "\u{0}")
                .replace("\\-", "-")
                .replace("\\(aq", "'")
                .replace("\\(ga", "`")
                .replace("\\fB", "")
                .replace("\\fI", "")
                .replace("\\fR", "")
                .replace("\\fP", "")
                .replace("\\&", "")
                .replace("\\e", "\\")
                .replace("\\ ", " ")
                .replace('\u{0}', "\\")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_man_page_has_keys_files_environment_and_exit_status_and_names_no_missing_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_cli(dir.path(), &["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    let text = man_text(&page);
    for section in [
        "KEYS",
        "FILES",
        "ENVIRONMENT",
        "\"EXIT STATUS\"",
        "COMMANDS",
    ] {
        assert!(
            page.contains(&format!(".SH {section}")),
            "no {section} section:\n{text}"
        );
    }

    // KEYS: every screen of the key tables, with each of its keys and what
    // they do, as the help shows them.
    use trustmend::keymap::{self, Context};
    for &ctx in Context::ALL {
        let title = ctx.title();
        assert!(text.contains(title), "KEYS lacks the screen {title:?}");
        for b in keymap::bindings(ctx) {
            assert!(
                text.contains(&format!("{}\n{}", b.label, b.hint)),
                "KEYS lacks {} {} for {title:?}",
                b.label,
                b.hint
            );
        }
    }
    for b in keymap::ANYWHERE {
        assert!(
            text.contains(&format!("{}\n{}", b.label, b.hint)),
            "{}",
            b.label
        );
    }

    for words in [
        "store.json",
        "session.json",
        "config.toml",
        "~/.local/share/trustmend/",
        "~/Library/Application Support/trustmend/",
        "%APPDATA%\\trustmend\\data\\",
        "~/.config/trustmend/config.toml",
        "TRUSTMEND_DATA_DIR",
        "TRUSTMEND_CONFIG",
        "NO_COLOR",
        "VISUAL",
        "EDITOR",
        "LC_ALL",
        "TZ",
    ] {
        assert!(
            text.contains(words),
            "the man page lacks {words:?}:\n{text}"
        );
    }
    for status in ["0", "1", "2"] {
        assert!(
            page.contains(&format!(".TP\n{status}\n"))
                || page.contains(&format!(".TP\n\\fB{status}\\fR\n")),
            "EXIT STATUS lacks {status}:\n{text}"
        );
    }

    // Every command, with its own options, in this one page; and no
    // reference to a page that is not there (like trustmend-status(1)).
    for command in [
        "trustmend status",
        "trustmend export",
        "trustmend homework check",
        "--shared-only",
        "--force",
    ] {
        assert!(text.contains(command), "the man page lacks {command:?}");
    }
    let mut pages = vec![];
    for (at, _) in text.match_indices('(') {
        let after = &text[at + 1..];
        let before = text[..at].chars().last();
        if before.is_some_and(char::is_alphanumeric)
            && after.len() > 1
            && after.as_bytes()[0].is_ascii_digit()
            && after.as_bytes()[1] == b')'
        {
            let name: String = text[..at]
                .chars()
                .rev()
                .take_while(|c| !c.is_whitespace())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            pages.push(format!("{name}({})", &after[..1]));
        }
    }
    assert_eq!(pages, Vec::<String>::new(), "refers to other manual pages");
}

/// The tests never read the settings of whoever runs them: a
/// `language = "es"` in the runner's own `~/.config/trustmend/config.toml`
/// once turned the English tests Spanish. Every program a test starts looks
/// for its settings in a folder of its own under cargo's temporary folder.
#[test]
fn the_tests_never_read_the_runner_s_own_settings() {
    let dir = tempfile::tempdir().unwrap();
    let first = run_cli(dir.path(), &["config", "path"]);
    let second = run_cli(dir.path(), &["config", "path"]);
    let (first, second) = (stdout(&first), stdout(&second));
    let tests_own = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    for path in [&first, &second] {
        let path = std::path::Path::new(path.trim());
        assert!(path.starts_with(tests_own), "{}", path.display());
        assert!(!path.exists(), "{}", path.display());
    }
    assert_ne!(first, second, "each program has a folder of its own");
}
