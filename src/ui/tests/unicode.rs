//! Wide characters (CJK, emoji, joined emoji) take the columns the terminal
//! gives them: boxes stay closed, nothing spills, nothing is cut in half.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use super::flows::answer_first_prompt;
use super::*;

const CJK: &str = "信頼を取り戻すには時間がかかります。少しずつ、毎日。";
const EMOJI: &str = "今日は話せた 👋🏽 👨‍👩‍👧 🇯🇵 ok";

/// Each row as the terminal shows it (a wide cell's hidden neighbour skipped).
fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let sym = buf[(x, y)].symbol();
                row.push_str(sym);
                x += (sym.width() as u16).max(1);
            }
            row
        })
        .collect()
}

/// Every row is exactly as wide as the terminal: no wide character was
/// counted as one column (which would push the right border off screen).
fn assert_every_row_fits(buf: &Buffer) {
    for (y, row) in rows(buf).iter().enumerate() {
        assert_eq!(row.width(), usize::from(buf.area.width), "row {y}: {row:?}");
    }
}

#[test]
fn the_editor_keeps_its_box_around_cjk_and_emoji() {
    let mut wb = alex();
    open_home_item(&mut wb, 0);
    act(&mut wb, Action::Select);
    // Long enough to wrap inside the box, twice.
    type_text(&mut wb, &format!("{CJK}{CJK}{CJK}\n{EMOJI}"));
    let t = render(&wb);
    let buf = t.backend().buffer();
    assert_every_row_fits(buf);
    let shown = rows(buf);
    let boxed: Vec<&String> = shown.iter().filter(|r| r.starts_with('│')).collect();
    assert!(!boxed.is_empty());
    for r in &boxed {
        assert!(r.ends_with('│'), "the right border moved: {r:?}");
    }
    assert!(
        shown.iter().any(|r| r.contains("👨‍👩‍👧")),
        "the joined emoji is drawn whole:\n{}",
        shown.join("\n")
    );
    assert!(shown.iter().any(|r| r.contains("👋🏽")));
    // The words are all there, wrapped, not cut.
    let inside: String = boxed.iter().map(|r| r.trim_matches('│').trim()).collect();
    assert!(
        inside.contains(&CJK.repeat(3)),
        "a character was clipped at the edge: {inside}"
    );
}

#[test]
fn the_journal_list_shortens_wide_text_by_columns() {
    let mut wb = alex();
    answer_first_prompt(&mut wb, 0, &format!("{CJK}{CJK}{CJK}{CJK}"));
    acts(&mut wb, &[Action::StopEditing, Action::Back]);
    answer_first_prompt(&mut wb, 1, EMOJI);
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    let t = render(&wb);
    let buf = t.backend().buffer();
    assert_every_row_fits(buf);
    // The visibility tag lines up in one column whatever the text's width.
    let tag_at = |y: u16| {
        (0..buf.area.width - 7)
            .find(|&x| (0..7).map(|i| buf[(x + i, y)].symbol()).collect::<String>() == "private")
    };
    let (a, b) = (tag_at(2), tag_at(3));
    assert!(a.is_some() && a == b, "tags at {a:?} and {b:?}");
    insta::assert_snapshot!("journal_list_wide_text", t.backend());
}

#[test]
fn a_wide_name_fits_the_header_and_the_picker() {
    let mut wb = workbook_with(&[("信頼さん👋🏽", Role::Hurt), ("Sam", Role::Repairing)]);
    let t = render(&wb);
    assert_every_row_fits(t.backend().buffer());
    assert!(
        rows(t.backend().buffer())
            .iter()
            .any(|r| r.contains("信頼さん👋🏽"))
    );
    act(&mut wb, Action::Select);
    let t = render(&wb);
    assert_every_row_fits(t.backend().buffer());
    assert!(rows(t.backend().buffer())[0].contains("信頼さん👋🏽"));
}
