//! Every screen at 80x24, reached by driving the state machine with the
//! messages a person's keys would send, then drawn on a `TestBackend`.

use std::sync::Arc;

use chrono::{DateTime, Duration};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::{Theme, draw, draw_with};
use crate::content::Content;
use crate::keymap::Action;
use crate::model::{Body, Role, Stage, Store, Timestamp};
use crate::workbook::{Msg, SaveTarget, Screen, Session, Workbook};

mod calm;
mod checkin;
mod couples;
mod departure;
mod es;
mod es_sweep;
mod fits;
mod flows;
mod homework;
mod hostile;
mod journal;
mod measure;
mod passphrase;
mod progress;
mod search;
mod settings;
mod themes;
mod together_box;
mod unicode;

pub(super) fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
}

pub(super) fn workbook_with(names: &[(&str, Role)]) -> Workbook {
    let content = Content::bundled().unwrap();
    let mut store = Store::default();
    for (name, role) in names {
        store.add_partner(name, *role, now());
        store.past_foundations(); // has read "Before you begin"
    }
    Workbook::new(Arc::new(content), store, Session::default(), None)
}

/// Alex, who was hurt, on the home screen.
pub(super) fn alex() -> Workbook {
    workbook_with(&[("Alex", Role::Hurt)])
}

pub(super) fn act(wb: &mut Workbook, action: Action) {
    wb.update_now(Msg::Action(action), now());
}

pub(super) fn act_at(wb: &mut Workbook, action: Action, days: i64) {
    wb.update_now(Msg::Action(action), now() + Duration::days(days));
}

pub(super) fn acts(wb: &mut Workbook, actions: &[Action]) {
    for a in actions {
        act(wb, *a);
    }
}

/// Type `text` into the focused field, key by key.
pub(super) fn type_text(wb: &mut Workbook, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        wb.update_now(Msg::Input(KeyEvent::new(code, KeyModifiers::NONE)), now());
    }
}

/// The stage of strategy `index` for the person at the keyboard.
pub(super) fn stage(wb: &Workbook, index: usize) -> Stage {
    let id = &wb.content().strategies[index].id;
    wb.partner().unwrap().progress(id).stage
}

/// Alex (at the keyboard, chosen on the picker) and Sam, both past the
/// safety check, so the couples exercises are open.
pub(super) fn couple() -> Workbook {
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    for p in &mut wb.store_mut().partners {
        p.safety_check = Some(crate::model::SafetyOutcome::Clear);
    }
    act(&mut wb, Action::Select); // the picker: Alex
    wb
}

/// Open `item` from the home screen.
pub(super) fn open(wb: &mut Workbook, item: crate::workbook::HomeItem) {
    let n = wb.home_items().iter().position(|i| *i == item).unwrap();
    open_home_item(wb, n);
}

/// Open the `n`th home item (0-based) from the home screen.
pub(super) fn open_home_item(wb: &mut Workbook, n: usize) {
    assert!(matches!(wb.screen(), Screen::Home(_)), "not on home");
    act(wb, Action::Top);
    for _ in 0..n {
        act(wb, Action::Down);
    }
    act(wb, Action::Select);
}

pub(super) fn render_at(wb: &Workbook, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, wb)).unwrap();
    terminal
}

pub(super) fn render(wb: &Workbook) -> Terminal<TestBackend> {
    render_at(wb, 80, 24)
}

/// Snapshot the screen at 80x24 under `name`; on every screen snapshotted,
/// check too that the terminal's cursor follows the selection as arrows
/// move it (see [`cursor_follows_selection`]).
macro_rules! snap {
    ($name:expr, $wb:expr) => {
        $crate::ui::tests::cursor_follows_selection(&$wb);
        $crate::ui::tests::accessible_keeps_one_item_per_line(&$wb);
        $crate::ui::tests::f2_is_shown_where_there_is_room(&$wb);
        insta::assert_snapshot!($name, $crate::ui::tests::render(&$wb).backend())
    };
}

/// Issue 28, for screen readers that follow the terminal's cursor: on
/// `wb`'s screen as it is and after each of a few arrow keys (on a copy),
/// the cursor is on the row drawn as selected (marked "›") whenever one
/// is drawn, and otherwise shown somewhere on the text, unless a text
/// field has it (its own cursor is checked by the editor's tests).
pub(super) fn cursor_follows_selection(wb: &Workbook) {
    use crate::keymap::lookup;
    let mut wb = wb.clone();
    let keys = [KeyCode::Down, KeyCode::Down, KeyCode::Up, KeyCode::Down];
    for key in std::iter::once(None).chain(keys.map(Some)) {
        if let Some(code) = key {
            let Some(action) = lookup(wb.context(), KeyEvent::new(code, KeyModifiers::NONE)) else {
                return; // typed into a field
            };
            wb.update_now(Msg::Action(action), now());
        }
        if wb.accepts_text() || wb.help_open() || matches!(wb.screen(), Screen::Neutral(_)) {
            return;
        }
        let t = render(&wb);
        let buf = t.backend().buffer().clone();
        let marked: Vec<u16> = (0..buf.area.height)
            .filter(|y| (0..buf.area.width).any(|x| buf[(x, *y)].symbol() == "›"))
            .collect();
        let shown = t.backend().cursor_visible();
        let at = t.backend().cursor_position();
        let screen = screen_lines(&t);
        assert!(shown, "no cursor for a screen reader on:\n{screen}");
        // A question asked over a list has the cursor, not the list.
        if !marked.is_empty() && wb.context() != crate::keymap::Context::Confirm {
            assert!(
                marked.contains(&at.y),
                "cursor on row {} but the selection is on {marked:?}:\n{screen}",
                at.y
            );
        }
    }
}

/// Issue 28, the `accessible` setting: on `wb`'s screen drawn with it (and
/// with `?` open over it), no box border is drawn (a screen reader would
/// read it out), no line holds two things to tick or choose, and nothing
/// moves by itself.
pub(super) fn accessible_keeps_one_item_per_line(wb: &Workbook) {
    let mut wb = wb.clone();
    wb.config_mut().accessible = true;
    assert!(!wb.wants_fast_ticks(), "something moves");
    let mut with_help = wb.clone();
    with_help.update_now(Msg::Action(Action::Help), now());
    for wb in [&wb, &with_help] {
        let t = render(wb);
        let screen = screen_lines(&t);
        // A box has corners; the progress charts' axes are drawn data
        // (said in words by `walk` and the reports), not a box.
        let charts = matches!(wb.screen(), Screen::Progress(_)) && !wb.help_open();
        for row in screen.lines().filter(|_| !charts) {
            let border = row.chars().find(|c| matches!(c, '┌' | '┐' | '└' | '┘'));
            assert!(
                border.is_none(),
                "a border {border:?} with accessible on:\n{screen}"
            );
        }
        for row in screen.lines() {
            // A tick box, a value chosen ("[3]") or a tab shown ("[2 weeks]").
            let items = row.matches('[').count();
            assert!(items <= 1, "{items} items on one line:\n{row}\n{screen}");
        }
    }
}

/// Stumble 5 of issue 28, on `wb`'s screen as drawn at 80x24: the key
/// bar shows F2 unless it would take a row the screen uses (two blank rows
/// above the bar are room to spare). The search's results grow to fill the
/// screen as they come, so its bar never takes a second row.
pub(super) fn f2_is_shown_where_there_is_room(wb: &Workbook) {
    use crate::keymap::Context;
    let context = wb.context();
    if wb.help_open()
        || matches!(
            context,
            Context::Calm | Context::Help | Context::Neutral | Context::JournalSearch
        )
    {
        return;
    }
    let t = render(wb);
    let screen = screen_lines(&t);
    let lines: Vec<&str> = screen.lines().collect();
    let footer = super::frame::footer_hints(context, 78);
    if footer.iter().any(|(k, _)| *k == "F2") {
        return;
    }
    let bar_rows = lines
        .iter()
        .rev()
        .take_while(|l| !l.trim().is_empty())
        .count();
    let blank = lines
        .iter()
        .rev()
        .skip(bar_rows)
        .take_while(|l| l.trim().is_empty())
        .count();
    assert!(
        blank < 2,
        "{context:?}: no F2 on the key bar, with {blank} blank rows above it:\n{screen}"
    );
}

/// The screen as lines, for messages.
pub(super) fn screen_lines(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
pub(super) use snap;

/// Snapshot a screen's styles (the default theme) and its text in the plain
/// theme, and check the plain theme draws no colour at all. Evaluates to the
/// terminal, holding the plain drawing. A macro so the snapshots keep the
/// caller's names.
macro_rules! styles_and_plain {
    ($wb:expr, $styles:literal, $plain:literal) => {{
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        t.draw(|f| $crate::ui::draw(f, &$wb)).unwrap();
        insta::assert_debug_snapshot!($styles, t.backend().buffer());
        t.draw(|f| $crate::ui::draw_with(f, &$wb, &$crate::ui::Theme::plain()))
            .unwrap();
        insta::assert_snapshot!($plain, t.backend());
        assert!(t.backend().buffer().content().iter().all(|c| {
            c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset
        }));
        t
    }};
}
pub(super) use styles_and_plain;

/// Every character on screen, to look for what should never be there.
pub(super) fn screen_text(t: &Terminal<TestBackend>) -> String {
    t.backend()
        .buffer()
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect()
}

#[test]
fn too_small_says_so_and_what_to_do() {
    let wb = alex();
    for (w, h) in [(30, 8), (79, 23)] {
        let t = render_at(&wb, w, h);
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), t.backend());
        let text = screen_text(&t);
        assert!(text.contains("larger"), "{text}");
        // Stumble 11 of issue 28: how to quit, and F2, drawn there too.
        for keys in ["Ctrl+C", "Ctrl+Q", "F2"] {
            assert!(text.contains(keys), "{keys} missing at {w}x{h}: {text}");
        }
    }
}

/// Stumble 11 of issue 28: in a window too small, `?` opened the help
/// unseen (so the next Ctrl+C only closed it) and F2 did nothing. Now `?`
/// does nothing there, F2 opens the breathing guide, whose words and
/// seconds show in the small window, and Esc leaves it.
#[test]
fn too_small_question_mark_does_nothing_and_f2_breathes() {
    let mut wb = alex();
    wb.update_now(Msg::Resize(60, 20), now());
    act(&mut wb, Action::Help);
    assert!(!wb.help_open(), "no help nobody can see");
    act(&mut wb, Action::Calm);
    assert!(matches!(wb.screen(), Screen::Calm(_)));
    let text = screen_text(&render_at(&wb, 60, 20));
    assert!(text.contains("Breathe in"), "{text}");
    assert!(text.contains("Esc back"), "{text}");
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen(), Screen::Home(_)));
    // Nothing else acts unseen.
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen(), Screen::Home(_)));
}

/// Stumble 5 of issue 28: F2 was on home's key bar only. Every key bar
/// shows it at 80 columns where it fits without taking a row from the
/// screen, and every writing screen shows it.
#[test]
fn f2_is_on_every_key_bar_with_room_for_it() {
    use crate::keymap::Context;
    let width = 78;
    let mut without = Vec::new();
    for &context in Context::ALL {
        if matches!(context, Context::Calm | Context::Help | Context::Neutral) {
            continue;
        }
        let hints = super::frame::footer_hints(context, width);
        if !hints.iter().any(|(k, _)| *k == "F2") {
            without.push(context);
        }
    }
    // Those without it are full: at 80 columns it would take a row from a
    // screen that needs it (a list, the text being read). They show it in
    // a wider window, and `?` lists it everywhere.
    for context in &without {
        assert!(
            super::frame::footer_hints(*context, 400)
                .iter()
                .any(|(k, _)| *k == "F2"),
            "{context:?} has no F2 even with room"
        );
    }
    for must in [
        Context::Home,
        Context::Editor,
        Context::Prompt,
        Context::Confirm,
        Context::SafetyCheck,
        Context::Practising,
        Context::Choosing,
        Context::JournalLink,
        Context::Cover,
        Context::JournalList,
        Context::CheckIn,
    ] {
        assert!(!without.contains(&must), "{must:?} has no F2");
    }
}

#[test]
fn welcome_in_five_steps() {
    let mut wb = workbook_with(&[]);
    snap!("welcome_1_intro", wb);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    snap!("welcome_2_name_missing", wb);
    type_text(&mut wb, "Sam");
    let t = render(&wb);
    insta::assert_snapshot!("welcome_2_name", t.backend());
    // The cursor is in the box, just after "Sam".
    let p = t.backend().cursor_position();
    assert_eq!((p.x, p.y), (4 + 3, 6), "cursor at {p:?}");
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Down);
    snap!("welcome_3_role", wb);
    act(&mut wb, Action::Select);
    snap!("welcome_4_country", wb);
    act(&mut wb, Action::Select);
    snap!("welcome_5_safety", wb);
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen(), Screen::Home(_)));
    assert_eq!(wb.partner().unwrap().role, Role::Repairing);
    // Skipped: nothing saved, so the locale's guess (if any) is used.
    assert_eq!(wb.partner().unwrap().country, None);
}

/// The welcome up to its country step, with what the edge guessed.
fn welcome_at_country(config: crate::config::Config) -> Workbook {
    let mut wb = workbook_with(&[]);
    *wb.config_mut() = config;
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Sam");
    acts(&mut wb, &[Action::Select, Action::Select]);
    wb
}

#[test]
fn the_welcome_asks_where_you_live_once_starting_from_the_locale() {
    let guessed = crate::config::Config {
        locale_country: Some("NZ".into()),
        ..Default::default()
    };
    let mut wb = welcome_at_country(guessed.clone());
    let text = screen_text(&render(&wb));
    assert!(text.contains("Step 4 of 5 · Where you live"), "{text}");
    assert!(
        text.contains("› New Zealand"),
        "the locale's place is chosen: {text}"
    );
    // One up from New Zealand is Australia; the safety step shows its lines.
    acts(&mut wb, &[Action::Up, Action::Select]);
    let text = screen_text(&render(&wb));
    assert!(text.contains("1800RESPECT"), "{text}");
    act(&mut wb, Action::Select);
    assert_eq!(wb.partner().unwrap().country.as_deref(), Some("AU"));
    assert_eq!(wb.here().help_country().as_deref(), Some("AU"));

    // "Somewhere else" is kept, so the locale's guess does not override it.
    let mut wb = welcome_at_country(guessed);
    acts(
        &mut wb,
        &[Action::Bottom, Action::Down, Action::Down, Action::Down],
    );
    let rows = crate::workbook::welcome::country_choices(wb.content()).len();
    for _ in 0..rows {
        act(&mut wb, Action::Down);
    }
    acts(&mut wb, &[Action::Up, Action::Select, Action::Select]);
    assert_eq!(wb.partner().unwrap().country.as_deref(), Some("ZZ"));
    assert_eq!(wb.here().help_country().as_deref(), Some("ZZ"));

    // With `country` in the settings the question is not asked at all.
    let set = crate::config::Config {
        country: Some("IE".into()),
        ..Default::default()
    };
    let mut wb = welcome_at_country(set);
    let text = screen_text(&render(&wb));
    assert!(text.contains("Step 4 of 4 · If you are not safe"), "{text}");
    assert!(text.contains("Women's Aid"), "{text}");
    act(&mut wb, Action::Select);
    assert_eq!(wb.partner().unwrap().country, None);
    assert_eq!(wb.here().help_country().as_deref(), Some("IE"));
}

#[test]
fn help_and_safety_shows_the_places_to_turn_first_at_80x24() {
    let mut wb = alex();
    wb.config_mut().country = Some("AU".into());
    open_home_item(&mut wb, 15);
    assert!(matches!(wb.screen(), Screen::Safety(_)));
    snap!("safety_australia", wb);
    let text = screen_text(&render(&wb));
    let au = &wb.content().help.place("AU").unwrap().lines;
    for l in au {
        assert!(
            text.contains(&l.name),
            "{} is below the fold: {text}",
            l.name
        );
    }
    assert!(text.contains("findahelpline.com"), "{text}");
    assert!(text.contains("Ctrl+Q leaves trustmend at once"), "{text}");
    assert!(!text.to_lowercase().contains("content pack"), "{text}");
    // Scrolling reaches the end of the page and stops there.
    for _ in 0..200 {
        act(&mut wb, Action::Down);
    }
    let text = screen_text(&render(&wb));
    let last = &wb
        .content()
        .help
        .places
        .last()
        .unwrap()
        .lines
        .last()
        .unwrap()
        .detail;
    let tail: String = last
        .split_whitespace()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let tail_words: Vec<&str> = tail.split(' ').rev().collect();
    assert!(
        text.contains(tail_words.join(" ").as_str()),
        "{tail_words:?}: {text}"
    );
}

#[test]
fn welcome_for_a_profile_not_here_yet_keeps_the_notice_and_the_safety_note() {
    let content = Content::bundled().unwrap();
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, now());
    store.past_foundations(); // has read "Before you begin"
    let wb = Workbook::new(Arc::new(content), store, Session::default(), Some("Sam"));
    assert!(matches!(wb.screen(), Screen::Welcome(_)) && wb.notice().is_some());
    let t = render(&wb);
    insta::assert_snapshot!("welcome_with_notice", t.backend());
    assert!(screen_text(&t).contains("not therapy"));
}

#[test]
fn picker_lists_everyone_and_someone_new() {
    let wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    assert!(matches!(wb.screen(), Screen::Picker(_)));
    snap!("picker", wb);
}

#[test]
fn home_fresh() {
    let wb = alex();
    snap!("home_fresh", wb);
}

/// Stumbles 6 and 12 of issue 28: a new person's first home suggests
/// "Before you begin", with the cursor on it and its description whole
/// at 80x24 (it ended "When your").
#[test]
fn a_new_persons_home_suggests_before_you_begin_whole() {
    let content = Content::bundled().unwrap();
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, now());
    let wb = Workbook::new(Arc::new(content), store, Session::default(), None);
    snap!("home_new_person", wb);
    let text = screen_lines(&render(&wb));
    assert!(text.contains("Suggested next: Before you begin"), "{text}");
    assert!(text.contains("› Before you begin"), "{text}");
    assert!(
        text.contains("Read this first: 8 short parts, starting with Acknowledge the pain."),
        "{text}"
    );
}

#[test]
fn home_fits_larger_terminals_too() {
    let mut wb = alex();
    flows::finish_strategy(&mut wb, 0);
    for (w, h) in [(100, 30), (200, 60)] {
        wb.update_now(Msg::Resize(w, h), now());
        insta::assert_snapshot!(format!("home_{w}x{h}"), render_at(&wb, w, h).backend());
    }
}

#[test]
fn home_colours_are_never_the_only_signal() {
    let mut wb = alex();
    act(&mut wb, Action::Down);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| draw(f, &wb)).unwrap();
    insta::assert_debug_snapshot!("home_styles", t.backend().buffer());
    // Without colour, the selection still shows: marked and reversed.
    t.draw(|f| draw_with(f, &wb, &Theme::plain())).unwrap();
    let buf = t.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert!(screen_text(&t).contains("›  2. [ ] Transparency"));
}

#[test]
fn an_error_notice_says_it_in_words() {
    let mut wb = alex();
    wb.update_now(
        Msg::SaveFailed(
            SaveTarget::Store,
            1,
            crate::testing::disk_full("/home/alex/.local/share/trustmend/store.json"),
        ),
        now(),
    );
    let t = render(&wb);
    insta::assert_snapshot!("notice_error", t.backend());
    assert!(screen_text(&t).contains("Error: Your journal is not saved yet"));
}

#[test]
fn help_lists_the_keys_of_the_screen_underneath() {
    let mut wb = alex();
    act(&mut wb, Action::Help);
    snap!("help_home", wb);
    let text = screen_text(&render(&wb));
    assert!(text.contains("↑/k"), "k is listed for up");
    assert!(text.contains("↓/j"), "j is listed for down");
    assert!(!text.contains("therapy"), "the help is about keys");
    act(&mut wb, Action::Back);
    assert!(!wb.help_open());
}

#[test]
fn every_help_popup_lists_k_where_k_moves_up() {
    use crate::keymap::{self, Context};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE);
    for ctx in [
        Context::Home,
        Context::JournalList,
        Context::Reading,
        Context::CheckIn,
    ] {
        assert!(
            keymap::lookup(ctx, k) == Some(Action::Up),
            "{ctx:?}: k does not move up"
        );
        let rows: Vec<_> = keymap::bindings(ctx)
            .iter()
            .map(super::super::keymap::Binding::help_row)
            .collect();
        assert!(
            rows.iter()
                .any(|(keys, what)| keys.split('/').any(|x| x == "k") && what.ends_with("up")),
            "{ctx:?}: {rows:?}"
        );
    }
}

#[test]
fn documents_faq_foundations_safety() {
    let mut wb = alex();
    open_home_item(&mut wb, 13);
    assert!(matches!(wb.screen(), Screen::Faq(_)));
    act(&mut wb, Action::Down);
    snap!("faq", wb);
    act(&mut wb, Action::Back);
    open_home_item(&mut wb, 10);
    assert!(matches!(wb.screen(), Screen::Foundations(_)));
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Down);
    snap!("foundations", wb);
    act(&mut wb, Action::PageDown);
    snap!("foundations_scrolled", wb);
    act(&mut wb, Action::Back);
    open_home_item(&mut wb, 15);
    assert!(matches!(wb.screen(), Screen::Safety(_)));
    snap!("safety", wb);
}

#[test]
fn move_on_with_a_tick() {
    let mut wb = alex();
    open_home_item(&mut wb, 14);
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Toggle);
    snap!("move_on", wb);
    act(&mut wb, Action::Bottom);
    snap!("move_on_last", wb);
    let big = render_at(&wb, 100, 40);
    insta::assert_snapshot!("move_on_100x40", big.backend());
}

#[test]
fn user_text_never_reaches_the_terminal_raw() {
    let mut wb = alex();
    flows::answer_first_prompt(&mut wb, 0, "first");
    let me = wb.active().unwrap();
    let hostile = "hi\u{1b}[2J\u{1b}]0;owned\u{7}there\nline\u{9b}two";
    wb.store_mut().entries[0].body = Body::Text(hostile.into());
    wb.store_mut().partner_mut(me).unwrap().name = "Al\u{1b}[31mex".into();
    acts(
        &mut wb,
        &[Action::StopEditing, Action::Back, Action::OpenJournal],
    );
    for screen in ["list", "read"] {
        let text = screen_text(&render(&wb));
        assert!(!text.chars().any(char::is_control), "{screen}: {text:?}");
        // Shown, as visible symbols: ␛ where the escape was.
        assert!(text.contains("hi␛[2J"), "{screen}: {text}");
        assert!(text.contains("Al␛[31mex"), "{screen}: {text}");
        act(&mut wb, Action::Select);
    }
    assert!(matches!(wb.screen(), Screen::Journal(_)));
}

#[test]
fn a_list_that_does_not_fit_says_so_and_a_notice_never_hides_add_your_partner() {
    // Alone: a short notice does not push "Add your partner" out of sight.
    let mut wb = alex();
    act(&mut wb, Action::OpenCheckIn);
    for _ in 0..5 {
        acts(&mut wb, &[Action::Digit(3), Action::Down]);
    }
    act(&mut wb, Action::Save);
    assert!(matches!(wb.screen(), Screen::Home(_)));
    assert!(wb.notice().is_some());
    // "Check-in saved" once the save is on the disk.
    let seq = wb.saves().queued(crate::workbook::SaveTarget::Store);
    wb.update(Msg::Saved(crate::workbook::SaveTarget::Store, seq), now());
    let quiet = screen_text(&render(&wb));
    assert!(quiet.contains("Check-in saved"), "{quiet}");
    assert!(quiet.contains("Add your partner"), "{quiet}");
    assert!(!quiet.contains("more below"), "{quiet}");
    // A couple at 80x24: more items than rows, and a sign at either end.
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Back);
    let top = screen_text(&render(&wb));
    assert!(
        top.contains("▼ more below") && !top.contains("▲ more above"),
        "{top}"
    );
    act(&mut wb, Action::Bottom);
    let bottom = screen_text(&render(&wb));
    assert!(bottom.contains("Pass the keyboard") && bottom.contains("▲ more above"));
    for (w, h) in [(100, 40), (200, 60)] {
        assert!(!screen_text(&render_at(&wb, w, h)).contains("more above"));
    }
}
/// Issue 28, for screen readers: on a screen of text to read, the
/// terminal's cursor is at the start of that text (the first letter of
/// the guidance, of the help page, of the keys in `?`), not on a line of
/// decoration above it, and it stays there with `accessible` on.
#[test]
fn the_cursor_is_at_the_start_of_the_text_being_read() {
    use crate::workbook::HomeItem;
    let at_start = |name: &str, wb: &Workbook, first: &str| {
        let t = render(wb);
        let screen = screen_lines(&t);
        assert!(t.backend().cursor_visible(), "{name}: no cursor\n{screen}");
        let at = t.backend().cursor_position();
        let row = screen.lines().nth(usize::from(at.y)).unwrap_or("");
        let from: String = row.chars().skip(usize::from(at.x)).collect();
        assert!(
            from.starts_with(first),
            "{name}: cursor at {at:?} on {row:?}, not on {first:?}\n{screen}"
        );
    };
    let open = |item: HomeItem| {
        let mut wb = alex();
        let n = wb.home_items().iter().position(|i| *i == item).unwrap();
        open_home_item(&mut wb, n);
        wb
    };
    for accessible in [false, true] {
        let mut wb = open(HomeItem::Strategy(0));
        wb.config_mut().accessible = accessible;
        let guidance = &wb.content().strategies[0].guidance;
        let first: String = guidance
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        at_start("guidance", &wb, &first);

        let mut wb = open(HomeItem::Safety);
        wb.config_mut().accessible = accessible;
        let t = render(&wb);
        let screen = screen_lines(&t);
        // The first line of the page inside its box, whatever it says.
        let inside = screen
            .lines()
            .position(|l| l.contains("Where to turn"))
            .unwrap()
            + 1;
        assert_eq!(
            usize::from(t.backend().cursor_position().y),
            inside,
            "{screen}"
        );

        let mut wb = alex();
        wb.config_mut().accessible = accessible;
        act(&mut wb, Action::Help);
        let own = crate::keymap::bindings(wb.screen_context());
        let first_key = own[0].help_row().0;
        at_start("help", &wb, &first_key);
    }
}
