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
