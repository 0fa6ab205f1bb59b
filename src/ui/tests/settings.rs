//! Settings from config.toml as they show on screen.

use super::flows::answer_first_prompt;
use super::*;

#[test]
fn the_journal_writes_dates_in_the_settings_format() {
    let mut wb = alex();
    answer_first_prompt(&mut wb, 0, "Some words.");
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    assert!(screen_text(&render(&wb)).contains("1 Mar 2026"));
    wb.config_mut().date_format = "%Y-%m-%d".into();
    let shown = screen_text(&render(&wb));
    assert!(
        shown.contains("2026-03-01 09:00 · Open communication"),
        "{shown}"
    );
    // A pattern that slipped past the settings check never breaks drawing.
    wb.config_mut().date_format = "%Q \u{1b}[2J".into();
    let shown = screen_text(&render(&wb));
    assert!(
        shown.contains("1 Mar 2026") && !shown.contains('\u{1b}'),
        "{shown}"
    );
}

/// Issue 28: `accessible = true` (or `--accessible`) for a screen reader
/// following the full screen: no box borders around the text read or
/// written (a reader would read them out), nothing moving, and the cursor
/// still at the start of the text.
#[test]
fn accessible_draws_no_box_borders_and_nothing_moves() {
    let boxes = |wb: &Workbook| {
        screen_text(&render(wb))
            .chars()
            .filter(|c| matches!(c, '┌' | '┐' | '└' | '┘' | '│' | '─'))
            .count()
    };
    // Guidance, an answer being written, the FAQ: boxed, then not.
    let mut wb = alex();
    acts(&mut wb, &[Action::Top, Action::Select]);
    let reading = wb.clone();
    act(&mut wb, Action::Select);
    let writing = wb.clone();
    for mut wb in [reading, writing] {
        assert!(boxes(&wb) > 0, "boxed by default");
        wb.config_mut().accessible = true;
        assert_eq!(boxes(&wb), 0, "{}", screen_lines(&render(&wb)));
        let t = render(&wb);
        assert!(t.backend().cursor_visible());
    }
    let mut wb = alex();
    act(&mut wb, Action::Calm);
    assert!(
        wb.wants_fast_ticks(),
        "the breathing shape moves by default"
    );
    wb.config_mut().accessible = true;
    assert!(!wb.wants_fast_ticks(), "still");
}
