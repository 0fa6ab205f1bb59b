//! The real binary in a pseudo-terminal: a free entry found again with `/`,
//! after a restart, and after words are added to it in the app; and
//! `trustmend export --search` with the same matching.

use crate::common;

use common::{Tui, keys, run_cli, stderr, stdout};
use trustmend::model::{Body, Entry, EntryKind, Visibility};
use trustmend::store::DataDir;

/// Alex's workbook with a free entry among other words, written on disk.
fn alex_with_a_free_entry(dir: &std::path::Path) {
    let mut tui = Tui::start(dir, &[]);
    tui.create_profile("Alex");
    tui.send("q");
    assert!(tui.wait_exit());
    let data = DataDir::at(dir.to_path_buf());
    let mut store = data.load_store().unwrap().unwrap();
    let alex = store.partners[0].id;
    let when = chrono::DateTime::parse_from_rfc3339("2026-11-28T19:30:00+01:00").unwrap();
    for (n, text) in [
        "Breakfast was quiet. We read the paper.",
        "Café au lait by the river; Sam held my hand and I let him.",
        "A long day at work, nothing to say.",
    ]
    .iter()
    .enumerate()
    {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author: alex,
            kind: EntryKind::Free { strategy: None },
            heading: Default::default(),
            body: Body::Text(text.to_string()),
            visibility: Visibility::Private,
            created: when + chrono::Duration::hours(n as i64),
            updated: when + chrono::Duration::hours(n as i64),
        });
    }
    data.save_store(&mut store).unwrap();
}

#[test]
fn a_free_entry_is_searched_and_found_again_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    alex_with_a_free_entry(dir.path());

    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Suggested next");
    tui.send("J");
    tui.wait_for("1 all strategies");
    tui.send("/");
    tui.wait_for("Search:");
    // No accent, other case: still found, and only it.
    tui.type_text("CAFE RIVER");
    tui.wait_for("1 found");
    let screen = tui.screen();
    assert!(screen.contains("Café au lait by the river"), "{screen}");
    assert!(!screen.contains("Breakfast"), "{screen}");
    // Enter keeps the results; Enter again reads the entry.
    tui.send(keys::ENTER);
    tui.wait_for("n/N next/previous match");
    tui.send(keys::ENTER);
    tui.wait_for("Your words");
    // Add words to it, save, and leave.
    tui.send("e");
    tui.wait_for("Ctrl+S");
    tui.type_text(" Walnuts.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    tui.send(keys::ESC);
    tui.wait_for("clear search");
    tui.send(keys::ESC); // clear the search
    tui.wait_gone("Search:");
    tui.send("q");
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit());

    // After a restart, the words added in the app are found too.
    let mut tui = Tui::start(dir.path(), &[]);
    tui.wait_for("Suggested next");
    tui.send("J");
    tui.wait_for("1 all strategies");
    tui.send("/");
    tui.type_text("walnut");
    tui.wait_for("1 found");
    // The list shows the words around the match; the entry, all of them.
    assert!(tui.screen().contains("Walnuts."), "{}", tui.screen());
    tui.send(keys::ENTER);
    tui.wait_for("n/N next/previous match");
    tui.send(keys::ENTER);
    tui.wait_for("Café au lait by the river");
    tui.send(keys::ESC);
    tui.wait_for("clear search");
    tui.send(keys::ESC);
    tui.wait_gone("1 found");
    tui.send("q");
    tui.wait_for("Suggested next");
    tui.send("q");
    assert!(tui.wait_exit());

    // The export finds the same entry with the same matching.
    let out = run_cli(
        dir.path(),
        &["export", "--format", "markdown", "--search", "cafe RIVER"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.contains("Café au lait by the river"), "{md}");
    assert!(
        !md.contains("Breakfast") && !md.contains("A long day"),
        "{md}"
    );
    let none = run_cli(
        dir.path(),
        &["export", "--format", "markdown", "--search", "zebra"],
    );
    assert!(none.status.success(), "{}", stderr(&none));
    assert!(!stdout(&none).contains("Café"), "{}", stdout(&none));
    let blank = run_cli(dir.path(), &["export", "--search", "  "]);
    assert!(!blank.status.success());
    assert!(
        stderr(&blank).contains("no words to look for"),
        "{}",
        stderr(&blank)
    );
}
