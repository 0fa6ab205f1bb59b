//! Texts that must be read whole: at 80x24, home's description of every
//! item and both notes of the move-on checklist are shown to their last
//! word, never cut mid-sentence.

use std::cell::Cell;

use super::*;
use crate::ui::Ctx;
use crate::workbook::HomeItem;

/// The screen's words in order, rows joined and spaces collapsed, with the
/// list's markers and borders left out, so a wrapped text can be found
/// whole.
fn words(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let width = usize::from(buf.area.width);
    let cells: Vec<&str> = buf.content().iter().map(|c| c.symbol()).collect();
    cells
        .chunks(width)
        .map(|row| row.concat())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn every_home_text_is_shown_whole(mut wb: Workbook) {
    if matches!(wb.screen(), Screen::Picker(_)) {
        act(&mut wb, Action::Select);
    }
    assert!(matches!(wb.screen(), Screen::Home(_)), "not home");
    let items = wb.home_items();
    act(&mut wb, Action::Top);
    for (i, item) in items.iter().enumerate() {
        let theme = Theme::default();
        let ctx = Ctx {
            wb: &wb,
            theme: &theme,
            width: 80,
            height: 24,
            cursor: Cell::new(None),
        };
        let said = crate::ui::home::summary(&ctx, *item);
        let shown = words(&render(&wb));
        assert!(
            shown.contains(&flat(&said)),
            "item {i} ({item:?}) is cut at 80x24: {said:?}\n{shown}"
        );
        act(&mut wb, Action::Down);
    }
}

#[test]
fn home_describes_every_item_whole_at_80x24() {
    every_home_text_is_shown_whole(alex());
    every_home_text_is_shown_whole(workbook_with(&[
        ("Alex", Role::Hurt),
        ("Sam", Role::Repairing),
    ]));
}

#[test]
fn both_notes_of_the_move_on_checklist_are_shown_whole_at_80x24() {
    let mut wb = alex();
    let at = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::MoveOn)
        .unwrap();
    open_home_item(&mut wb, at);
    assert!(matches!(wb.screen(), Screen::MoveOn(_)));
    let mo = wb.content().move_on.clone();
    let first = words(&render(&wb));
    assert!(first.contains(&flat(&mo.intro)), "{first}");
    // The closing note, with its safety advice, by the last item.
    act(&mut wb, Action::Bottom);
    let last = words(&render(&wb));
    assert!(last.contains(&flat(&mo.closing)), "{last}");
    assert!(last.contains("Help and safety"), "{last}");
}
