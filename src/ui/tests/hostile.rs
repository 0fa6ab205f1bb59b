//! Hostile text on screen: escape sequences, control characters, very long
//! lines, a 1 MB paste, emoji, combining marks and right-to-left text, in
//! the editor (ratatui-textarea draws its own lines) and when reading an
//! entry. Nothing raw may reach the terminal and the frame must hold.

use super::*;
use crate::model::{Entry, EntryKind, Visibility};

/// The strings every screen here is tried with.
pub(crate) fn hostile() -> Vec<String> {
    vec![
        "clear\u{1b}[2J\u{1b}[H and title \u{1b}]0;owned\u{7} done".into(),
        "bell\u{7} backspace\u{8} nul-ish\u{1} del\u{7f} c1\u{9b}31m tab\there".into(),
        "CR\r overwrite\rline\r\nwindows".into(),
        "x".repeat(100_000),
        "word ".repeat(200_000), // 1 MB
        "👩‍❤️‍👨 family 👨‍👩‍👧‍👦 flags 🇳🇱🇯🇵 skin 👍🏽".repeat(50),
        "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306} zalgo a\u{300}\u{301}\u{302}\u{303}"
            .repeat(40),
        "שלום, מה שלומך? مرحبا بك \u{202e}reversed\u{202c} \u{2067}isolate\u{2069}".into(),
        "wide 漢字かなカナ한국어 and zero\u{200b}width\u{feff}bom".repeat(30),
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n tall".into(),
    ]
}

fn assert_safe(t: &Terminal<TestBackend>, what: &str, footer: &str) {
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{what}: a control character reached the screen: {:?}",
            cell.symbol()
        );
    }
    let rows: Vec<String> = (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    assert!(
        rows[0].starts_with(" trustmend"),
        "{what}: header moved: {:?}",
        rows[0]
    );
    // The footer's hints may wrap onto a second row (e.g. the quick exit).
    assert!(
        rows[rows.len() - 2..].iter().any(|r| r.contains(footer)),
        "{what}: footer moved:\n{}",
        rows.join("\n")
    );
}

#[test]
fn hostile_text_in_the_editor_never_reaches_the_terminal_and_is_kept_exactly() {
    for (i, text) in hostile().iter().enumerate() {
        let mut wb = alex();
        acts(&mut wb, &[Action::Select, Action::Select]);
        wb.update(Msg::Paste(text.clone()), now());
        let kept = wb.editor().unwrap().text();
        // The terminal's line endings become newlines; nothing else changes.
        assert_eq!(
            kept,
            text.replace("\r\n", "\n").replace('\r', "\n"),
            "string {i}"
        );
        for (w, h) in [(80, 24), (120, 40)] {
            let t = render_at(&wb, w, h);
            assert_safe(&t, &format!("editor, string {i}, {w}x{h}"), "Ctrl+S");
        }
        act(&mut wb, Action::Save);
        let entry = wb.store().entries.last().unwrap();
        assert_eq!(entry.body.text(), Some(kept.as_str()), "string {i}");
    }
}

#[test]
fn hostile_text_read_from_the_journal_is_drawn_safely_and_stays_as_stored() {
    for (i, text) in hostile().iter().enumerate() {
        let mut wb = alex();
        let author = wb.active().unwrap();
        let id = wb.store_mut().fresh_id();
        wb.store_mut().entries.push(Entry {
            id,
            author,
            kind: EntryKind::Free { strategy: None },
            heading: text.chars().take(500).collect::<String>().into(),
            body: Body::Text(text.clone()),
            visibility: Visibility::Private,
            created: now(),
            updated: now(),
        });
        act(&mut wb, Action::OpenJournal);
        assert_safe(&render(&wb), &format!("journal list, string {i}"), "help");
        act(&mut wb, Action::Select);
        assert_safe(&render(&wb), &format!("reading, string {i}"), "help");
        act(&mut wb, Action::Edit);
        assert_safe(&render(&wb), &format!("editing, string {i}"), "Ctrl+S");
        // Opening it in the editor changes nothing until the person types.
        assert_eq!(wb.editor().unwrap().text(), *text, "string {i}");
        assert_eq!(
            wb.store().entry(id).unwrap().body.text(),
            Some(text.as_str())
        );
    }
}
