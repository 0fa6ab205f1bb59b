//! A therapist's homework end to end: import it from the command line,
//! do the assigned strategy in the real app (including the therapist's
//! extra prompt), export HTML, and find the step marked done.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};

const HOMEWORK: &str = r#"
assigned_by = "Dr. Rivera"
to = "Alex"
start = 2026-01-05
note = "One small step at a time."

[[step]]
strategy = "open-communication"
due = 2099-01-12

[[step.prompt]]
id = "rivera-better-than-feared"
role = "hurt"
text = "Which talk this week went better than you feared?"

[[step]]
strategy = "transparency"
due = 2099-01-19
"#;

#[test]
fn import_homework_finish_the_assigned_strategy_and_export_it_as_done() {
    let dir = tempfile::tempdir().unwrap();

    // Alex starts a workbook (the welcome: name, "I was hurt", safety).
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    tui.wait_for("Suggested next: Before you begin");
    tui.send("q");
    assert!(tui.wait_exit());

    let file = dir.path().join("homework.toml");
    std::fs::write(&file, HOMEWORK).unwrap();
    let file = file.to_str().unwrap();
    let check = run_cli(dir.path(), &["homework", "check", file]);
    assert!(check.status.success(), "{}", stderr(&check));
    let import = run_cli(dir.path(), &["homework", "import", file]);
    assert!(import.status.success(), "{}", stderr(&import));

    // Home offers the homework after the ten strategies.
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Homework from Dr. Rivera (0 of 2 done)");
    tui.send("g"); // a new person starts on "Before you begin"
    for _ in 0..10 {
        tui.send(keys::DOWN);
    }
    tui.wait_for("› Homework from Dr. Rivera");
    tui.send(keys::ENTER);
    tui.wait_for("One small step at a time.");
    tui.wait_for("Dr. Rivera added 1 prompt for you");
    tui.send(keys::ENTER); // open communication
    tui.wait_for("Guidance");
    tui.send(keys::ENTER);
    tui.wait_for("Prompt 1 of 5");
    // Skip the pack's four prompts for someone who was hurt.
    for n in 2..=5 {
        tui.send(keys::ESC);
        tui.send("s");
        tui.wait_for(&format!("Prompt {n} of 5"));
    }
    tui.wait_for("Prompt 5 of 5 · from Dr. Rivera");
    tui.wait_for("Which talk this week went better than you feared?");
    tui.type_text("Sunday's walk, when we both slowed down.");
    tui.wait_for("Sunday's walk");
    tui.send(keys::CTRL_S);
    tui.wait_for("Choose one thing to practise");
    tui.send(keys::ENTER); // the first suggestion
    tui.wait_for("● practising");
    tui.send(keys::ENTER);
    tui.wait_for("Review it now"); // the same day: asked first
    tui.send("y");
    tui.wait_for("How did it go?");
    tui.send(keys::ENTER); // kept
    tui.wait_for("What did you learn?");
    tui.send(keys::CTRL_S);
    tui.wait_for("✓ done");
    tui.send(keys::ESC);
    tui.wait_for("Homework from Dr. Rivera (1 of 2 done)");
    tui.send("q");
    assert!(tui.wait_exit(), "quit cleanly");

    let out = dir.path().join("report.html");
    let export = run_cli(
        dir.path(),
        &[
            "export",
            "--format",
            "html",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<h2>Homework from Dr. Rivera</h2>"), "{html}");
    let row = html
        .lines()
        .find(|l| l.starts_with("<tr><td>Open communication</td>"))
        .unwrap_or_else(|| panic!("no homework row for open communication:\n{html}"));
    assert!(row.contains("class=\"done\">done "), "{row}");
    let next = html
        .lines()
        .find(|l| l.starts_with("<tr><td>Transparency</td>"))
        .unwrap();
    assert!(next.contains("not done yet"), "{next}");
    assert!(html.contains("Which talk this week went better than you feared?"));
    assert!(html.contains("Sunday&#39;s walk, when we both slowed down."));

    let status = run_cli(dir.path(), &["status"]);
    let text = stdout(&status);
    assert!(text.contains("Homework from Dr. Rivera"), "{text}");
    assert!(text.contains("Open communication"), "{text}");
}
