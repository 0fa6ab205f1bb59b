//! A strategy from the first page to done, and the journal it leaves.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::workbook::StrategyFocus;

/// From home, open strategy `index` and save an answer to its first prompt.
pub(in crate::ui) fn answer_first_prompt(wb: &mut Workbook, index: usize, text: &str) {
    open_home_item(wb, index);
    act(wb, Action::Select);
    assert!(matches!(stage(wb, index), Stage::Reflecting { prompt: 0 }));
    type_text(wb, text);
    act(wb, Action::Save);
}

/// Skip the prompts left, choose the first suggestion, practise, review.
pub(in crate::ui) fn finish_strategy(wb: &mut Workbook, index: usize) {
    open_home_item(wb, index);
    act(wb, Action::Select);
    while matches!(stage(wb, index), Stage::Reflecting { .. }) {
        acts(wb, &[Action::StopEditing, Action::Skip]);
    }
    // Choose, ask to review the same day, yes, how it went.
    acts(
        wb,
        &[
            Action::Select,
            Action::Select,
            Action::Confirm,
            Action::Select,
        ],
    );
    act(wb, Action::Save);
    assert_eq!(stage(wb, index), Stage::Done);
    act(wb, Action::Back);
}

fn in_strategy(wb: &Workbook) -> &crate::workbook::StrategyView {
    match wb.screen() {
        Screen::Strategy(v) => v,
        _ => panic!("not in a strategy"),
    }
}

#[test]
fn a_strategy_stage_by_stage() {
    let mut wb = alex();
    open_home_item(&mut wb, 2);
    assert_eq!(stage(&wb, 2), Stage::Reading);
    snap!("strategy_reading", wb);

    act(&mut wb, Action::Select);
    assert!(matches!(stage(&wb, 2), Stage::Reflecting { prompt: 0 }));
    type_text(
        &mut wb,
        "I keep going over the night I found out.\nI want to hear it said plainly.",
    );
    let t = render(&wb);
    insta::assert_snapshot!("strategy_reflecting_typing", t.backend());
    // The cursor is in the answer box, after the last word typed.
    let p = t.backend().cursor_position();
    let line = t.backend().buffer().content()[usize::from(p.y) * 80..][..80]
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect::<String>();
    assert!(line.contains("plainly."), "cursor on {line:?}");
    act(&mut wb, Action::Save);
    assert!(matches!(stage(&wb, 2), Stage::Reflecting { prompt: 1 }));
    act(&mut wb, Action::StopEditing);
    assert_eq!(in_strategy(&wb).focus, StrategyFocus::Main);
    snap!("strategy_reflecting_unfocused", wb);

    while matches!(stage(&wb, 2), Stage::Reflecting { .. }) {
        acts(&mut wb, &[Action::StopEditing, Action::Skip]);
    }
    act(&mut wb, Action::Down);
    snap!("strategy_committing", wb);
    act(&mut wb, Action::Bottom);
    act(&mut wb, Action::Select);
    type_text(
        &mut wb,
        "This week I will say sorry without adding \"but\".",
    );
    snap!("strategy_committing_own", wb);
    act(&mut wb, Action::Save);
    assert!(matches!(stage(&wb, 2), Stage::Practising { .. }));
    snap!("strategy_practising", wb);
    // One Enter the same day asks; Esc (Cancel) leaves it practising.
    act(&mut wb, Action::Select);
    snap!("strategy_practising_asked", wb);
    act(&mut wb, Action::Cancel);

    act_at(&mut wb, Action::Select, 8);
    act(&mut wb, Action::Down);
    snap!("strategy_reviewing", wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Harder than I thought.");
    snap!("strategy_reviewing_editor", wb);
    act_at(&mut wb, Action::Save, 8);
    assert_eq!(stage(&wb, 2), Stage::Done);
    snap!("strategy_done", wb);

    act(&mut wb, Action::ReadGuidance);
    assert!(in_strategy(&wb).show_guidance);
    snap!("strategy_guidance_again", wb);
}

#[test]
fn guidance_scrolls_to_its_last_line_and_no_further() {
    // Scroll limits are the state machine's; the pane must agree with them
    // at every size, or the last lines could never be read.
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let mut content = Content::bundled().unwrap();
        let long: Vec<String> = (1..=80)
            .map(|i| format!("Line {i} of the guidance."))
            .collect();
        content.strategies[0].guidance = long.join("\n");
        let mut store = Store::default();
        store.add_partner("Alex", Role::Hurt, now());
        let mut wb = Workbook::new(Arc::new(content), store, Session::default(), None);
        wb.update(Msg::Resize(w, h), now());
        open_home_item(&mut wb, 0);
        let text = screen_text(&render_at(&wb, w, h));
        assert!(
            text.contains("Line 1 of") && text.contains("↓ more"),
            "{w}x{h}"
        );
        act(&mut wb, Action::Bottom);
        let text = screen_text(&render_at(&wb, w, h));
        assert!(text.contains("Line 80 of"), "{w}x{h}: last line not shown");
        assert!(
            !text.contains("↓ more") && text.contains("↑ more"),
            "{w}x{h}"
        );
        // One row up shows the line before the first one on screen.
        let first = (1..=80)
            .find(|i| text.contains(&format!("Line {i} of")))
            .unwrap();
        act(&mut wb, Action::Up);
        let text = screen_text(&render_at(&wb, w, h));
        assert!(text.contains(&format!("Line {} of", first - 1)), "{w}x{h}");
    }
}

#[test]
fn strategy_screens_on_larger_terminals() {
    let mut wb = alex();
    wb.update(Msg::Resize(100, 30), now());
    open_home_item(&mut wb, 2);
    insta::assert_snapshot!("strategy_reading_100x30", render_at(&wb, 100, 30).backend());
    act(&mut wb, Action::Select);
    type_text(&mut wb, "A first answer.");
    insta::assert_snapshot!(
        "strategy_reflecting_100x30",
        render_at(&wb, 100, 30).backend()
    );
    wb.update(Msg::Resize(200, 60), now());
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::ReadGuidance);
    insta::assert_snapshot!(
        "strategy_guidance_200x60",
        render_at(&wb, 200, 60).backend()
    );
}

#[test]
fn home_with_progress() {
    let mut wb = alex();
    finish_strategy(&mut wb, 0);
    answer_first_prompt(&mut wb, 1, "Some words about openness.");
    acts(&mut wb, &[Action::StopEditing, Action::Back]);
    open_home_item(&mut wb, 3);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Down);
    snap!("home_progress", wb);
}

#[test]
fn journal_list_read_edit_delete() {
    let mut wb = alex();
    act(&mut wb, Action::OpenJournal);
    snap!("journal_empty", wb);
    act(&mut wb, Action::Back);

    answer_first_prompt(
        &mut wb,
        0,
        "We stopped talking long before it happened.\nI want us to start again.",
    );
    let at = super::now() + Duration::days(1);
    for c in "The second answer, a day later.".chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        wb.update(Msg::Input(key), at);
    }
    wb.update(Msg::Action(Action::Save), at);
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    assert!(matches!(wb.screen(), Screen::Journal(_)));
    snap!("journal_list", wb);
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Select);
    snap!("journal_read", wb);
    act(&mut wb, Action::Edit);
    type_text(&mut wb, " More.");
    snap!("journal_edit", wb);
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Delete);
    snap!("journal_confirm_delete", wb);
}

#[test]
fn a_long_journal_keeps_the_selected_entry_on_screen() {
    let mut wb = alex();
    answer_first_prompt(&mut wb, 0, "template");
    let template = wb.store().entries[0].clone();
    for i in 1..40 {
        let mut e = template.clone();
        e.id = wb.store_mut().fresh_id();
        e.body = Body::Text(format!("Entry number {i}"));
        e.created = now() + Duration::days(i);
        wb.store_mut().entries.push(e);
    }
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    act(&mut wb, Action::Bottom);
    let text = screen_text(&render(&wb));
    assert!(text.contains("› ") && text.contains("template"), "{text}");
    act(&mut wb, Action::Top);
    let text = screen_text(&render(&wb));
    assert!(text.contains("Entry number 39"), "{text}");
}

/// A journal longer than the screen: the rows shown are the ones around the
/// selection, newest first, and moving down scrolls one row at a time.
#[test]
fn a_long_journal_shows_the_rows_around_the_selection() {
    let mut wb = alex();
    let me = wb.active().unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    for n in 0..300 {
        let id = wb.store_mut().fresh_id();
        wb.store_mut().entries.push(crate::model::Entry {
            id,
            author: me,
            kind: crate::model::EntryKind::Free { strategy: None },
            heading: Default::default(),
            body: crate::model::Body::Text(format!("entry number {n}")),
            visibility: crate::model::Visibility::Private,
            created: at + chrono::Duration::hours(n),
            updated: at + chrono::Duration::hours(n),
        });
    }
    act(&mut wb, Action::OpenJournal);
    let rows = |wb: &Workbook| -> Vec<String> {
        let t = render(wb);
        (0..24)
            .map(|y| {
                (0..80)
                    .map(|x| t.backend().buffer()[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .filter(|l| l.contains("entry number"))
            .collect()
    };
    let first = rows(&wb);
    assert!(
        first[0].contains("› ") && first[0].contains("entry number 299"),
        "{first:?}"
    );
    let height = first.len();
    for _ in 0..(height + 9) {
        act(&mut wb, Action::Down);
    }
    let later = rows(&wb);
    // In the middle of the list, one row says there is more above.
    assert_eq!(later.len(), height - 1);
    let screen = super::screen_text(&render(&wb));
    assert!(screen.contains("▲ more above") && screen.contains("▼ more below"));
    let shown = later.len();
    // The selection sits on the last row; the rows above it follow in order.
    let selected = 299 - (height + 9);
    assert!(later[shown - 1].contains("› "), "{later:?}");
    for (i, row) in later.iter().enumerate() {
        let n = selected + (shown - 1 - i);
        assert!(
            row.contains(&format!("entry number {n} ")),
            "row {i}: {row:?}"
        );
    }
}

#[test]
fn end_goes_to_the_end_of_a_long_entry_at_once_and_up_leaves_it_at_once() {
    let mut wb = alex();
    let long: String = (1..=40)
        .map(|n| format!("Line {n} of a long entry.\n"))
        .collect();
    answer_first_prompt(&mut wb, 0, long.trim_end());
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    act(&mut wb, Action::Select);
    let text = |wb: &Workbook| super::screen_text(&render(wb));
    assert!(text(&wb).contains("Line 1 of"));
    assert!(!text(&wb).contains("Line 40 of"));
    act(&mut wb, Action::Bottom);
    let at_end = text(&wb);
    assert!(at_end.contains("Line 40 of"), "{at_end}");
    act(&mut wb, Action::Up);
    let one_up = text(&wb);
    assert!(!one_up.contains("Line 40 of"), "↑ moves at once:\n{one_up}");
    act(&mut wb, Action::Top);
    assert!(text(&wb).contains("Line 1 of"));
}

#[test]
fn the_journal_list_tells_apart_two_entries_of_one_day_by_their_time() {
    let mut wb = alex();
    answer_first_prompt(&mut wb, 0, "Morning words.");
    let later = super::now() + Duration::hours(5);
    for c in "Afternoon words.".chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        wb.update(Msg::Input(key), later);
    }
    wb.update(Msg::Action(Action::Save), later);
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    let text = super::screen_text(&render(&wb));
    assert!(text.contains("1 Mar 2026 09:00"), "{text}");
    assert!(text.contains("1 Mar 2026 14:00"), "{text}");
}
