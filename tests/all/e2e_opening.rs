//! The real binary opening a large journal: the first screen is drawn from
//! the summary the last save left, before the journal itself is read; keys
//! typed meanwhile are carried out once it is, in order, and nothing is
//! lost; the quick exit works at once.

use crate::common;

use common::{Tui, keys};
use trustmend::content::Content;
use trustmend::store::DataDir;
use trustmend::workbook::{HomeItem, Session, Workbook};

/// A data folder with a synthetic journal of `n` entries, saved as the app
/// saves it (so it has its summary). Large enough that reading it takes a
/// moment in a debug build.
fn large(n: usize) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let mut store = trustmend::synthetic::store(&Content::bundled().unwrap(), n);
    dir.save_store(&mut store).unwrap();
    assert!(dir.load_summary().is_some());
    tmp
}

#[test]
fn keys_typed_while_the_journal_opens_are_carried_out_once_it_is_read() {
    let tmp = large(20_000);
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    // Home first, from the summary: whose workbook, and how many entries.
    tui.wait_for("Opening your journal");
    let first = tui.screen();
    assert!(first.contains("Alex"), "{first}");
    assert!(first.contains("Journal (10000 entries)"), "{first}");
    // Into the journal and down one, before it has been read.
    tui.send("J");
    tui.send(keys::DOWN);
    tui.wait_gone("Opening your journal");
    tui.wait_for("trustmend · Journal");
    let journal = tui.screen();
    let rows: Vec<&str> = journal.lines().filter(|l| l.contains(" · ")).collect();
    assert!(
        rows.iter().any(|l| l.trim_start().starts_with('›')),
        "{journal}"
    );
    assert!(
        !rows
            .iter()
            .find(|l| l.contains("private") || l.contains("shared"))
            .is_some_and(|l| l.trim_start().starts_with('›')),
        "the down arrow moved past the first entry:\n{journal}"
    );
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
}

#[test]
fn an_entry_written_right_after_opening_is_saved_as_a_small_change() {
    let tmp = large(5_000);
    let dir = DataDir::at(tmp.path().to_path_buf());
    let snapshot = std::fs::read(dir.store_path()).unwrap();
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Suggested next");
    tui.send("J");
    tui.wait_for("trustmend · Journal");
    tui.wait_gone("Opening your journal");
    tui.send(keys::ENTER);
    tui.send("e");
    tui.wait_for("Ctrl+S");
    tui.type_text(" Added today.");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    // The journal file itself was not rewritten; the change log holds the
    // one entry changed.
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), snapshot);
    let log = std::fs::read_to_string(dir.changes_path()).unwrap();
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(log.contains("Added today."));
    let store = dir.load_store().unwrap().unwrap();
    let edited = store
        .entries
        .iter()
        .filter(|e| e.body.text().is_some_and(|t| t.ends_with(" Added today.")))
        .count();
    assert_eq!(edited, 1);
}

#[test]
fn the_quick_exit_works_while_the_journal_opens() {
    let tmp = large(20_000);
    let dir = DataDir::at(tmp.path().to_path_buf());
    let snapshot = std::fs::read(dir.store_path()).unwrap();
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Opening your journal");
    tui.send("\x11"); // Ctrl+Q
    assert!(tui.wait_exit());
    assert_eq!(std::fs::read(dir.store_path()).unwrap(), snapshot);
    assert!(!dir.changes_path().exists(), "nothing new was written");
}

/// Alex left a new entry unsaved in the journal last time, so the real
/// workbook reopens onto it, while the stand-in drawn during the read
/// shows home. Keys are for the screen the person sees: `J` typed on that
/// home opens the journal's list, and never becomes a letter of the draft
/// the person could not see.
#[test]
fn keys_typed_on_the_home_drawn_while_the_journal_opens_act_on_home() {
    use trustmend::model::{Draft, DraftTarget, Location, Session};
    let tmp = large(20_000);
    let dir = DataDir::at(tmp.path().to_path_buf());
    let store = dir.load_store().unwrap().unwrap();
    let alex = store.partner_by_name("Alex").unwrap().id;
    let mut session = Session::default();
    session.keep_draft(
        alex,
        Draft {
            target: DraftTarget::NewEntry { strategy: None },
            text: "Words from last night".into(),
        },
    );
    if let Some(s) = session.partners.get_mut(&alex.to_string()) {
        s.location = Location::Journal;
    }
    std::fs::write(dir.session_path(), serde_json::to_vec(&session).unwrap()).unwrap();
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Opening your journal");
    assert!(tui.screen().contains("Suggested next"), "{}", tui.screen());
    tui.send("J");
    tui.wait_gone("Opening your journal");
    tui.wait_for("trustmend · Journal");
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let after = dir.load_session().unwrap();
    let drafts: Vec<&str> = after
        .partners
        .values()
        .flat_map(|p| p.drafts.iter().map(|d| d.text.as_str()))
        .collect();
    assert_eq!(
        drafts,
        ["Words from last night"],
        "the draft is kept as it was, with no letter typed into it"
    );
}

/// The row home's cursor is on, in a screen.
fn selected_row(screen: &str) -> Option<String> {
    screen
        .lines()
        .find(|l| l.trim_start().starts_with('›'))
        .map(|l| l.trim().to_string())
}

/// Home answers a move at once while the journal is still being read (the
/// stand-in moves its cursor, "Opening your journal…" still at the foot),
/// and the journal, once read, opens where the cursor was left: keys that
/// need the journal wait for it, in order, after those answered.
#[test]
fn home_answers_a_move_before_the_journal_is_read() {
    let tmp = large(20_000);
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Opening your journal");
    let first = tui.screen();
    let from = tui.written();
    tui.send(keys::DOWN);
    tui.send(keys::ENTER);
    tui.wait_gone("Opening your journal");
    let moved_while_reading = tui
        .frames_after(from)
        .into_iter()
        .any(|s| s.contains("Opening your journal") && selected_row(&s) != selected_row(&first));
    assert!(
        moved_while_reading,
        "the cursor moved only once the journal was read:\n{first}"
    );
    // Enter, which waited, opened the second item of home.
    let below = first
        .lines()
        .skip_while(|l| !l.trim_start().starts_with('›'))
        .nth(1)
        .map(|l| l.trim().to_string())
        .unwrap_or_default();
    assert!(!below.is_empty(), "{first}");
    let opened = tui.screen();
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    assert!(
        !opened.contains("Suggested next"),
        "Enter opened the item below the first ({below}):\n{opened}"
    );
}

/// The check-in opens and is filled in while the journal is still being
/// read (its number drawn with "Opening your journal…" still at the foot);
/// Enter, which saves, waits for the journal, and then saves exactly what
/// was filled in.
#[test]
fn the_check_in_is_filled_in_before_the_journal_is_read_and_saved_once_it_is() {
    // Large enough that the read outlasts three keys on a quick machine
    // with the suite running beside it (20,000 did not, on a machine of
    // 2026-12-07, with the code of the time and of the stop before).
    let tmp = large(60_000);
    let dir = DataDir::at(tmp.path().to_path_buf());
    let before = dir.load_store().unwrap().unwrap().checkins.len();
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Opening your journal");
    let from = tui.written();
    tui.send("c");
    tui.send("4");
    tui.send(keys::ENTER);
    tui.wait_for("Check-in saved");
    let filled_while_reading = tui.frames_after(from).into_iter().any(|s| {
        s.contains("Opening your journal")
            && s.lines().any(|l| l.contains("Mood") && l.contains("[4]"))
    });
    assert!(
        filled_while_reading,
        "the check-in was filled in only once the journal was read:\n{}",
        tui.screen()
    );
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    // One check-in more than the journal held, Alex's, as filled in (the
    // journal's own check-ins come in the order they were written).
    let store = dir.load_store().unwrap().unwrap();
    let alex = store.partners.iter().find(|p| p.name == "Alex").unwrap().id;
    let new: Vec<_> = store.checkins.iter().skip(before).collect();
    assert_eq!(new.len(), 1, "one check-in saved: {new:?}");
    assert_eq!((new[0].author, new[0].mood), (alex, Some(4)));
}

/// A new entry begun while the journal is still being read: "New entry" on
/// home opens the choice of a strategy at once (drawn with "Opening your
/// journal…" still at the foot), and the words typed are kept; Ctrl+S,
/// which saves, waits for the journal, and then saves exactly those words.
#[test]
fn a_new_entry_is_begun_before_the_journal_is_read_and_saved_once_it_is() {
    // Larger than the others' journals: fifteen keys are typed before the
    // one looked for, and each must come while the journal is still read,
    // even with every other test running beside this one.
    let tmp = large(60_000);
    let dir = DataDir::at(tmp.path().to_path_buf());
    let store = dir.load_store().unwrap().unwrap();
    let before = store.entries.len();
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let home = Workbook::new(content, store, Session::default(), Some("Alex")).home_items();
    let new_entry = home
        .iter()
        .position(|i| *i == HomeItem::NewEntry)
        .expect("New entry on home");
    let mut tui = Tui::start(tmp.path(), &["--profile", "Alex"]);
    tui.wait_for("Opening your journal");
    let from = tui.written();
    tui.send("g");
    tui.send(&keys::DOWN.repeat(new_entry));
    tui.send(keys::ENTER);
    tui.send(keys::ENTER);
    tui.send("A walk by the river");
    tui.send(keys::CTRL_S);
    tui.wait_for("Saved.");
    let begun_while_reading = tui
        .frames_after(from)
        .into_iter()
        .any(|s| s.contains("Opening your journal") && s.contains("Does it belong to a strategy?"));
    assert!(
        begun_while_reading,
        "the new entry began only once the journal was read:\n{}",
        tui.screen()
    );
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let store = dir.load_store().unwrap().unwrap();
    let alex = store.partners.iter().find(|p| p.name == "Alex").unwrap().id;
    let new: Vec<_> = store.entries.iter().skip(before).collect();
    assert_eq!(new.len(), 1, "one entry saved: {new:?}");
    assert_eq!(new[0].author, alex);
    assert_eq!(new[0].body.text(), Some("A walk by the river"));
}
