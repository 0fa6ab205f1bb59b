//! The therapist's loop end to end, at the keyboard: Dr. Rivera's file
//! adds a prompt to a strategy Alex finished the day before and asks for
//! the CSI-4; `homework check` and `import` take it; Alex answers both from
//! the homework screen; the report, encrypted with `--encrypt-to` for a key
//! made by `age-keygen`, opens with the real `age -d -i` and holds the
//! answer and the score with its band.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use crate::common;

use common::{Tui, keys, run_cli, stderr, walk};

const HOMEWORK: &str = r#"
assigned_by = "Dr. Rivera"
to = "Alex"
start = 2026-01-05
measures = ["csi4"]
measures_every_days = 14

[[step]]
strategy = "open-communication"

[[step.prompt]]
id = "rivera-after"
role = "everyone"
text = "Now that you have practised, what would you keep doing?"
"#;

/// Open communication, from home to done, every prompt skipped.
fn finish_open_communication(tui: &mut Tui) {
    tui.open_first_prompt();
    loop {
        tui.send(keys::ESC);
        tui.send("s");
        std::thread::sleep(std::time::Duration::from_millis(150));
        if tui.screen().contains("Choose one thing to practise") {
            break;
        }
    }
    tui.send(keys::ENTER);
    tui.wait_for("● practising");
    tui.send(keys::ENTER);
    tui.wait_for("Review it now");
    tui.send("y");
    tui.wait_for("How did it go?");
    tui.send(keys::ENTER);
    tui.wait_for("What did you learn?");
    tui.send(keys::CTRL_S);
    tui.wait_for("✓ done");
    tui.send(keys::ESC);
}

fn tool(name: &str) -> &str {
    let found = Command::new(name).arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "the `{name}` command is needed for this test: apt-get install -y age"
    );
    name
}

#[test]
fn the_therapists_loop_prompts_on_a_finished_strategy_and_a_questionnaire_reach_an_encrypted_report()
 {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    finish_open_communication(&mut tui);
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit());

    // The therapist writes the file and checks it; the client imports it.
    let file = dir.path().join("homework.toml");
    std::fs::write(&file, HOMEWORK).unwrap();
    let file = file.to_str().unwrap();
    let check = run_cli(dir.path(), &["homework", "check", file]);
    assert!(check.status.success(), "{}", stderr(&check));
    let import = run_cli(dir.path(), &["homework", "import", file]);
    assert!(import.status.success(), "{}", stderr(&import));

    // The homework screen lists the prompt and the questionnaire; each
    // opens directly and comes back to it.
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Homework from Dr. Rivera");
    tui.send("g");
    for _ in 0..10 {
        tui.send(keys::DOWN);
    }
    tui.wait_for("› Homework from Dr. Rivera");
    tui.send(keys::ENTER);
    tui.wait_for("↳ Now that you have practised");
    tui.wait_for("CSI-4");
    tui.wait_for("to answer");
    tui.send(keys::ENTER); // on the prompt not answered yet
    tui.wait_for("what would you keep doing?");
    tui.type_text("Asking before I assume, every evening.");
    tui.wait_for("every evening.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    tui.send(keys::ESC); // back to the homework, the strategy still done
    tui.wait_for("CSI-4");
    tui.wait_gone("↳ Now that you have practised");
    tui.send(keys::DOWN);
    tui.send(keys::ENTER);
    tui.wait_for("CSI-4 · question 1 of 4");
    tui.wait_for("6  Perfect");
    for answer in ["4", "3", "3", "2"] {
        tui.send(answer);
    }
    tui.wait_for("CSI-4: 12 of 21: below the cut-off (13.5)");
    tui.wait_for("Funk JL, Rogge RD");
    tui.send(keys::ENTER);
    tui.wait_for("answered");
    tui.send(keys::ESC);
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit(), "quit cleanly");

    // The therapist's key pair, made once with age-keygen.
    let key = dir.path().join("therapist.key");
    let made = Command::new(tool("age-keygen"))
        .arg("-o")
        .arg(&key)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let public = Command::new("age-keygen")
        .arg("-y")
        .arg(&key)
        .output()
        .unwrap();
    let public = String::from_utf8(public.stdout).unwrap().trim().to_string();
    assert!(public.starts_with("age1"), "{public}");

    let report = dir.path().join("report.md.age");
    let export = run_cli(
        dir.path(),
        &[
            "export",
            "--format",
            "markdown",
            "--encrypt-to",
            &public,
            "-o",
            report.to_str().unwrap(),
        ],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let sealed = std::fs::read_to_string(&report).unwrap();
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!sealed.contains("every evening"));

    let opened = Command::new(tool("age"))
        .arg("-d")
        .arg("-i")
        .arg(&key)
        .arg(&report)
        .output()
        .unwrap();
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
    let text = String::from_utf8(opened.stdout).unwrap();
    for words in [
        "Now that you have practised, what would you keep doing?",
        "Asking before I assume, every evening.",
        "## Questionnaires",
        "**CSI-4**",
        "12 of 21 (below the cut-off (13.5): notable dissatisfaction)",
        "Funk JL, Rogge RD",
    ] {
        assert!(text.contains(words), "no {words:?} in the report:\n{text}");
    }
}

/// In `walk`, PHQ-9 item 9 answered "Several days" after eight "Not at
/// all" (a total of 1, the lowest band) opens Help and safety at once,
/// with the crisis line of where the person said they live.
#[test]
fn in_walk_phq9_item_9_opens_help_and_safety_with_the_local_crisis_line() {
    let dir = tempfile::tempdir().unwrap();
    let content = trustmend::content::Content::bundled().unwrap();
    let us = trustmend::workbook::welcome::country_choices(&content)
        .iter()
        .position(|(code, _)| code.as_deref() == Some("US"))
        .expect("the United States in the welcome's list")
        + 1;
    // Welcome (name, hurt, where, safety note), then `r` and PHQ-9.
    let mut input = format!("c\nRobin\n1\n{us}\nc\nr\n1\n");
    input.push_str(&"0\n".repeat(8));
    input.push_str("1\nq\n");
    let (ok, out, err) = walk(dir.path(), &input);
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("PHQ-9, question 9 of 9"), "{out}");
    let after = out
        .split("PHQ-9, question 9 of 9")
        .nth(1)
        .unwrap_or_default();
    assert!(
        after.contains("Thank you for answering honestly"),
        "{after}"
    );
    assert!(after.contains("988 Suicide & Crisis Lifeline"), "{after}");
    // Kept, for the person alone: in their own report, with its band.
    let status = run_cli(dir.path(), &["export", "--format", "markdown"]);
    let report = common::stdout(&status);
    assert!(report.contains("1 of 27 (none to minimal)"), "{report}");
}
